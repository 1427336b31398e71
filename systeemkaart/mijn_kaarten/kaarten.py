"""The Kaarten tab of Mijn kaarten: every stored kaart with its title, opgave and last
change, to open, duplicate, rename or move to the bin; and the form for a new kaart
(empty, or a copy of an example)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from systeem.bestanden import voorbeelden
from systeem.model.validatie import KaartFout
from systeemkaart import staat
from systeemkaart.bewaren import tijd
from systeemkaart.mijn_kaarten import acties
from systeemkaart.mijn_kaarten.acties import MELDING, knop
from systeemkaart.navigatie import pagina
from systeemkaart.opmaak import md
from systeemkaart.teksten import tekst


def lijst(tabel: pd.DataFrame, taal: str) -> None:
    """Draw the stored kaarten of ``tabel`` (:func:`systeemkaart.staat.kaarten`), each with
    its buttons; the open one says so instead of offering to open it."""
    st.subheader(tekst("mijn.lijst", taal))
    if tabel.empty:
        st.info(tekst("mijn.leeg", taal))
        return
    open_id = st.session_state.get(staat.KAART_ID)
    for rij in tabel.itertuples(index=False):
        with st.container(border=True, key=f"mijn_kaart_{rij.id}"):
            links, open_, kopie, meer = st.columns([6, 1.3, 1.3, 1], vertical_alignment="center")
            with links:
                st.markdown(f"**{md(rij.titel)}**")
                regels = [md(rij.opgave)] if rij.opgave else []
                regels.append(tekst("mijn.gewijzigd", taal, tijd=tijd(rij.gewijzigd, taal)))
                st.caption("  \n".join(regels))
            is_open = rij.id == open_id
            open_.button(
                tekst("mijn.open_nu" if is_open else "mijn.openen", taal),
                key=f"mijn_open_{rij.id}",
                on_click=acties.open_,
                args=(rij.id,),
                disabled=is_open,
                type="secondary" if is_open else "primary",
                width="stretch",
            )
            kopie_titel = tekst("mijn.kopie", taal, titel=rij.titel)
            knop(
                kopie,
                tekst("mijn.dupliceren", taal),
                f"mijn_kopie_{rij.id}",
                acties.dupliceer,
                (rij.id, kopie_titel),
                ":material/content_copy:",
            )
            # A label, not only an icon: Streamlit names an icon-only button for screen
            # readers by the icon ("more_vert icon").
            with meer.popover(
                tekst("mijn.meer_knop", taal),
                icon=":material/more_vert:",
                help=tekst("mijn.meer", taal),
                width="stretch",
            ):
                _meer(rij.id, rij.titel, taal)


def _meer(kaart_id: str, titel: str, taal: str) -> None:
    """The More menu of a kaart: a new name, and the bin."""
    st.text_input(tekst("mijn.nieuwe_naam", taal), value=titel, key=f"mijn_naam_{kaart_id}")
    for label, sleutel, actie, args, icon in (
        ("mijn.hernoemen", "mijn_hernoem", acties.hernoem, (kaart_id,), ":material/edit:"),
        ("mijn.verwijderen", "mijn_weg", acties.verwijder, (kaart_id, titel), ":material/delete:"),
    ):
        knop(st, tekst(label, taal), f"{sleutel}_{kaart_id}", actie, args, icon, breed=False)


def nieuw(taal: str) -> None:
    """The form for a new kaart: empty (a title and an opgave) or a copy of an example;
    the new kaart opens on Invoeren (empty) or on the Kaart page (an example)."""
    with st.expander(tekst("mijn.nieuw", taal), icon=":material/add:"):
        soort = st.radio(
            tekst("mijn.nieuw.soort", taal),
            ["leeg", "voorbeeld"],
            format_func=lambda s: tekst(f"mijn.nieuw.{s}", taal),
            horizontal=True,
            key="mijn_nieuw_soort",
        )
        with st.form("mijn_nieuw", border=False):
            if soort == "leeg":
                titel = st.text_input(tekst("mijn.nieuw.titel", taal), key="mijn_nieuw_titel")
                opgave = st.text_input(tekst("mijn.nieuw.opgave", taal), key="mijn_nieuw_opgave")
            else:
                naam = st.selectbox(
                    tekst("mijn.nieuw.kies_voorbeeld", taal),
                    voorbeelden.namen(),
                    format_func=lambda n: voorbeelden.laad(n).titel,
                    key="mijn_nieuw_voorbeeld",
                )
            if not st.form_submit_button(tekst("mijn.nieuw.maak", taal), type="primary"):
                return
        try:
            if soort == "leeg":
                if not (titel.strip() or opgave.strip()):
                    st.error(tekst("mijn.nieuw.leeg_fout", taal))
                    return
                staat.nieuwe_kaart(titel.strip(), opgave.strip())
            else:
                staat.kopie_van_voorbeeld(naam)
        except KaartFout as fout:
            st.error("\n".join(p.rij_tekst(taal) for p in fout.problemen))
            return
        st.session_state[MELDING] = tekst("mijn.nieuw.gemaakt", taal, titel=staat.kaart().titel)
        st.switch_page(pagina("invoeren" if soort == "leeg" else "kaart"))
