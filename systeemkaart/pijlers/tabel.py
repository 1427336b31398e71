"""All scores of the Pijlers page as one editable table, for typing in a flip chart
quickly; applied only when every row is sound (:func:`systeem.analyses.pijlers.controleer`),
otherwise a message and nothing changes."""

from __future__ import annotations

import streamlit as st

from systeem.analyses import pijlers
from systeem.analyses.pijlers import PIJLERS
from systeem.model.kaart import Kaart
from systeem.model.validatie import KaartFout
from systeemkaart import staat
from systeemkaart.pijlers import MELDING, fout_tekst
from systeemkaart.teksten import tekst


def tabel_sleutel(versie: int | None = None) -> str:
    """The key of the table editor for kaart version ``versie`` (the current one when
    absent): a new version starts the editor afresh."""
    if versie is None:
        versie = st.session_state.get(staat.VERSIE, 0)
    return f"pj_tabel_{versie}"


def toon(kaart: Kaart, taal: str) -> None:
    """Draw the table of ``kaart``'s scores in an expander and store a sound edit."""
    scores = kaart.pijlers
    korte = {p: pijlers.pijler_tekst(p, taal).kort for p in PIJLERS}
    with st.expander(tekst("pijlers.tabel.kop", taal), expanded=False):
        st.caption(tekst("pijlers.tabel.uitleg", taal))
        melding = st.container()
        cc = st.column_config
        bewerkt = st.data_editor(
            scores,
            key=tabel_sleutel(),
            num_rows="dynamic",
            hide_index=True,
            width="stretch",
            column_config={
                "beoordelaar": cc.TextColumn(tekst("pijlers.kolom.beoordelaar", taal)),
                "pijler": cc.SelectboxColumn(
                    tekst("pijlers.kolom.pijler", taal),
                    options=list(PIJLERS),
                    format_func=korte.get,
                ),
                "score": cc.NumberColumn(
                    tekst("pijlers.kolom.score", taal),
                    min_value=pijlers.LAAGST,
                    max_value=pijlers.HOOGST,
                    step=1,
                    format="%d",
                    help=tekst("pijlers.score_hulp", taal),
                ),
                "notitie": cc.TextColumn(tekst("pijlers.notitie", taal), width="large"),
            },
        )
    if bewerkt.equals(scores):
        return
    try:
        nieuw = pijlers.controleer(bewerkt)
    except KaartFout as fout:
        melding.error(fout_tekst(fout, taal))
        return
    if nieuw.equals(scores):
        return
    if staat.zet_kaart(kaart.met(pijlers=nieuw)):
        st.session_state[MELDING] = tekst("pijlers.tabel.bewaard", taal)
    st.rerun()
