"""The four tables of the Invoeren page as editable grids, under a search box.

A search box above the tables keeps a long kaart workable (a regional network of
hundreds of partners): each editor shows only the rows that match
(:func:`systeem.bestanden.tabellen.zoek`), with a hidden column to merge its edits back
(:mod:`systeemkaart.invoeren.verwerken`).  Changing the search term starts the editors
afresh.  Above :data:`systeem.weergave.GROOT` partners a line says the tables are long and
the search box helps.  Empty cells show empty (``placeholder=""``), not "None".  Above
each grid: its incomplete new rows, the problems of its edit, or the question about
deleting partners still referred to.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from systeem import weergave
from systeem.bestanden import tabellen
from systeem.model.kaart import Kaart
from systeemkaart.invoeren.editors import editor, mee, terugdraaien
from systeemkaart.invoeren.kolommen import KOLOMMEN, kolommen
from systeemkaart.invoeren.meldingen import toon_fout
from systeemkaart.invoeren.sleutels import ZOEK
from systeemkaart.invoeren.verwerken import verwerk
from systeemkaart.opmaak import md
from systeemkaart.teksten import tekst


def rasters(kaart: Kaart, taal: str) -> None:
    """The four tables as editable grids under a search box, and their edits applied."""
    st.subheader(tekst("invoeren.tabellen", taal))
    st.caption(tekst("invoeren.tabellen_uitleg", taal))
    zoekterm = _zoekvak(kaart, taal)
    tabs = st.tabs([tekst(f"invoeren.tab.{naam}", taal) for naam in KOLOMMEN])
    editors: dict[str, dict[str, Any]] = {}
    bewerkt: dict[str, pd.DataFrame] = {}
    meldingen: dict[str, Any] = {}
    for tab, naam in zip(tabs, KOLOMMEN, strict=True):
        with tab:
            st.caption(tekst(f"invoeren.uitleg.{naam}", taal))
            config = kolommen(naam, kaart, taal)
            deze = editors[naam] = editor(naam, kaart, zoekterm, config)
            gefilterd = deze["zichtbaar"] is not None
            if gefilterd:
                st.caption(
                    tekst(
                        "zoeken.gefilterd",
                        taal,
                        getoond=len(deze["data"]),
                        totaal=len(deze["volledig"]),
                        zoekterm=md(zoekterm),
                    )
                )
            meldingen[naam] = st.container()
            bewerkt[naam] = st.data_editor(
                deze["data"],
                key=deze["sleutel"],
                column_order=KOLOMMEN[naam],
                column_config=config,
                num_rows="dynamic",
                # The hidden RIJ column can be shown from the toolbar, never edited.
                disabled=[tabellen.RIJ] if gefilterd else False,
                hide_index=True,
                width="stretch",
                placeholder="",
            )
    verwerk(kaart, editors, bewerkt, taal)
    for naam, deze in editors.items():
        with meldingen[naam]:
            _toon_meldingen(naam, deze, taal)


def _zoekvak(kaart: Kaart, taal: str) -> str:
    """The search box above the tables; returns the search term (trimmed)."""
    zoekterm = st.text_input(
        tekst("zoeken.label", taal),
        key=ZOEK,
        placeholder=tekst("zoeken.placeholder", taal),
        help=tekst("zoeken.hulp", taal),
    )
    if len(kaart.partners) > weergave.GROOT:
        st.info(tekst("zoeken.groot", taal, partners=len(kaart.partners)))
    return (zoekterm or "").strip()


def _toon_meldingen(naam: str, deze: dict[str, Any], taal: str) -> None:
    """Above a grid: the rows still incomplete, the problems of its edit, or the
    question about deleting partners still referred to."""
    for regel in deze["wachtend"]:
        st.info(regel, icon=":material/edit_note:")
    if deze["vraag"] is not None:
        _bevestig_verwijderen(deze["vraag"], taal)
    elif deze["fout"] is not None:
        plekken = {naam: deze["plekken"]} if deze["plekken"] is not None else None
        toon_fout(deze["fout"], naam, taal, plekken=plekken)


def _bevestig_verwijderen(fout: tabellen.VerwijderFout, taal: str) -> None:
    """Warn that deleted partners are still used, with the two ways on."""
    regels = [
        "- "
        + tekst(
            "invoeren.gevolg",
            taal,
            naam=md(naam),
            stromen=aantallen.get("stromen", 0),
            afhankelijkheden=aantallen.get("afhankelijkheden", 0),
            belangen=aantallen.get("belangen", 0),
        )
        for naam, aantallen in fout.gevolgen.values()
    ]
    st.warning("\n".join([tekst("invoeren.verwijderen", taal), "", *regels]))
    links, rechts = st.columns(2)
    links.button(tekst("invoeren.verwijder_mee", taal), key="invoeren_verwijder_mee", on_click=mee)
    rechts.button(
        tekst("invoeren.terugdraaien", taal),
        key="invoeren_terug_partners",
        on_click=terugdraaien,
    )
