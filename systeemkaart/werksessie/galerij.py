"""Galerij: a tile per participant of the running werksessie, refreshed by itself.

Each tile shows the participant (their name, or "anoniem n"), the title and a small map
of their most recently changed kaart (:func:`systeem.weergave.miniatuur.svg`), how many
partners and stromen it has, how many partners are out of balance and the largest
imbalance (:func:`systeem.analyses.klas.kerncijfers_tabel`), and when it was last
edited; its button "Op het scherm" opens that kaart in this session with pseudonyms on
and goes to the Presenteren page.  A participant without a kaart gets a tile that says
so.  The tiles flow in rows as wide as the screen (four on a laptop, more on a projector,
fewer on a narrow screen).

The gallery is a fragment that reruns every :data:`INTERVAL` seconds on its own, so it
follows the room without disturbing the trainer's other widgets.  When someone joins, it
reruns the whole page once, so the count above it, the comparison's choice and the class
summary include the newcomer too.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from systeem.analyses.klas import kerncijfers_tabel
from systeem.weergave import miniatuur
from systeemkaart import staat
from systeemkaart.navigatie import pagina
from systeemkaart.opmaak import md
from systeemkaart.teksten import getal, tekst
from systeemkaart.werksessie import deelnemers

#: Seconds between two refreshes of the gallery.
INTERVAL = 5
#: Key in st.session_state: how many participants the page's last full run showed.
AANTAL = "_ws_aantal"
#: Width in px of a tile's small map (the tile is a little wider).
BEELD = (220, 140)


@st.fragment(run_every=INTERVAL)
def toon(opslag: Any, sessie_id: str, taal: str) -> None:
    """Draw the gallery of werksessie ``sessie_id`` (``opslag``: the whole store)."""
    try:
        tabel = deelnemers.galerij(opslag, sessie_id, taal)
    except staat.OpslagFout as fout:
        st.error(tekst("werksessie.fout", taal, reden=md(fout.in_taal(taal))))
        return
    if len(tabel) != st.session_state.get(AANTAL, len(tabel)):
        st.session_state[AANTAL] = len(tabel)
        st.rerun()  # someone joined (or left): the whole page follows, once
    if tabel.empty:
        st.info(tekst("werksessie.galerij.niemand", taal), icon=":material/groups:")
        return
    st.caption(tekst("werksessie.galerij.uitleg", taal, sec=INTERVAL))
    kaarten = deelnemers.met_kaart(tabel)
    cijfers = kerncijfers_tabel(kaarten, staat.drempel())
    bewerkt = tabel.loc[list(kaarten), "gewijzigd"]
    wanneer = pd.DataFrame(
        {
            "klok": deelnemers.klok(bewerkt, st.context.timezone),
            "geleden": deelnemers.geleden(bewerkt, pd.Timestamp.now(tz="UTC"), taal),
        }
    )
    with st.container(horizontal=True, key="ws_galerij"):
        for plek, (werkruimte, rij) in enumerate(tabel.iterrows()):  # a tile per participant
            with st.container(border=True, width=BEELD[0] + 34, key=f"ws_tegel_{plek}"):
                st.markdown(f"**{md(rij['label'])}**")
                if werkruimte not in kaarten:
                    st.caption(tekst("werksessie.galerij.geen_kaart", taal))
                    continue
                _tegel(rij, cijfers.loc[werkruimte], wanneer.loc[werkruimte], taal)
                if st.button(
                    tekst("werksessie.galerij.op_scherm", taal),
                    help=tekst("werksessie.galerij.op_scherm_hulp", taal),
                    icon=":material/co_present:",
                    key=f"ws_scherm_{plek}",
                    width="stretch",
                ):
                    _op_het_scherm(str(rij["kaart_id"]))


def _tegel(rij: pd.Series, cijfers: pd.Series, wanneer: pd.Series, taal: str) -> None:
    """The body of one participant's tile (title, map, figures, time)."""
    st.caption(md(rij["titel"]))
    st.image(
        miniatuur.svg(
            rij["kaart"], drempel=staat.drempel(), breedte=BEELD[0], hoogte=BEELD[1], taal=taal
        ),
        width=BEELD[0],
    )
    st.markdown(
        tekst(
            "werksessie.galerij.omvang",
            taal,
            partners=cijfers["partners"],
            stromen=cijfers["stromen"],
        )
        + "  \n"
        + tekst("werksessie.galerij.uit_balans", taal, n=cijfers["uit_balans"])
        + "  \n"
        + tekst(
            "werksessie.galerij.grootste", taal, grootste=getal(cijfers["grootste_onbalans"], taal)
        )
    )
    st.caption(
        tekst(
            "werksessie.galerij.gewijzigd", taal, tijd=wanneer["klok"], geleden=wanneer["geleden"]
        )
        + (
            "  \n" + tekst("werksessie.galerij.kaarten", taal, n=rij["kaarten"])
            if rij["kaarten"] > 1
            else ""
        )
    )


def _op_het_scherm(kaart_id: str) -> None:
    """Open the kaart in this session with pseudonyms on and go to Presenteren."""
    if staat.open_kaart(kaart_id):
        st.session_state[staat.PSEUDONIEMEN] = True
        st.switch_page(pagina("presenteren"))
    st.error(tekst("opslag.onbekend", staat.taal()))
