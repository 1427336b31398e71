"""Scoring one beoordelaar on the Pijlers page: per dimensie (with its tension) its two
pijlers, each with its explanation, a score 1-5 (click the chosen score again for "niet
gescoord") and a note.

The widgets have fixed keys (:func:`score_sleutel`, :func:`notitie_sleutel`) and are set
from the kaart before they are drawn, so they follow the chosen beoordelaar, undo and
another tab.  A change is stored at once (:func:`_zet`).
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from systeem.analyses import pijlers
from systeem.analyses.pijlers import DIMENSIES, PIJLERS, PIJLERS_VAN, SCORES
from systeem.model.validatie import KaartFout
from systeemkaart import staat
from systeemkaart.opmaak import md
from systeemkaart.pijlers import FOUT, KIES, fout_tekst
from systeemkaart.pijlers.beoordelaars import wachtend, zet_wachtend
from systeemkaart.teksten import tekst


def score_sleutel(pijler: str) -> str:
    """The key of the score widget of ``pijler``."""
    return f"pj_score_{pijler}"


def notitie_sleutel(pijler: str) -> str:
    """The key of the note field of ``pijler``."""
    return f"pj_notitie_{pijler}"


def toon(scores: pd.DataFrame, beoordelaar: str, taal: str) -> None:
    """Draw the scoring of ``beoordelaar``: the four dimensies with their pijlers."""
    eigen = scores[scores["beoordelaar"] == beoordelaar].set_index("pijler")
    gescoord = int(eigen["score"].notna().sum())
    st.subheader(tekst("pijlers.scoren.kop", taal, naam=md(beoordelaar)))
    st.caption(tekst("pijlers.scoren.uitleg", taal, aantal=gescoord, totaal=len(PIJLERS)))
    for dimensie in DIMENSIES:
        dim = pijlers.dimensie_tekst(dimensie, taal)
        with st.container(border=True, key=f"pj_dim_{dimensie}"):
            st.markdown(f"#### {dim.naam} · *{dim.spanning}*")
            st.caption(dim.uitleg)
            for pijler in PIJLERS_VAN[dimensie]:
                _pijler(pijler, eigen, taal)


def _pijler(pijler: str, eigen: pd.DataFrame, taal: str) -> None:
    """Score and note of one pijler, set from the kaart before they are drawn."""
    uitleg = pijlers.pijler_tekst(pijler, taal)
    score = eigen["score"].get(pijler, pd.NA)
    score = None if pd.isna(score) else int(score)
    notitie = str(eigen["notitie"].get(pijler, "") or "")
    if st.session_state.get(score_sleutel(pijler), None) != score:
        st.session_state[score_sleutel(pijler)] = score
    if st.session_state.get(notitie_sleutel(pijler), "") != notitie:
        st.session_state[notitie_sleutel(pijler)] = notitie
    st.markdown(f"**{uitleg.naam}**")
    st.caption(uitleg.uitleg)
    kol = st.columns([1, 1], vertical_alignment="center", gap="small")
    kol[0].segmented_control(
        uitleg.naam,
        SCORES,
        key=score_sleutel(pijler),
        on_change=_zet,
        args=(pijler,),
        label_visibility="collapsed",
        help=tekst("pijlers.score_hulp", taal),
        width="stretch",
    )
    kol[1].text_input(
        tekst("pijlers.notitie", taal),
        key=notitie_sleutel(pijler),
        on_change=_zet,
        args=(pijler,),
        max_chars=500,
        label_visibility="collapsed",
        placeholder=tekst("pijlers.notitie_leeg", taal),
    )


def _zet(pijler: str) -> None:
    """Store the chosen beoordelaar's score and note of ``pijler`` (from the widgets)."""
    taal, kaart = staat.taal(), staat.kaart()
    beoordelaar = st.session_state.get(KIES)
    if not beoordelaar:
        return
    score = st.session_state.get(score_sleutel(pijler))
    notitie = str(st.session_state.get(notitie_sleutel(pijler)) or "")
    try:
        nieuw = pijlers.met_score(kaart.pijlers, beoordelaar, pijler, score, notitie)
    except KaartFout as f:
        st.session_state[FOUT] = fout_tekst(f, taal)
        return
    # Read before storing: the first edit of an example gives the kaart its own id.
    nog = wachtend()
    if staat.zet_kaart(kaart.met(pijlers=nieuw)):
        # One who cleared every score keeps waiting in the session; one who scored no
        # longer waits.
        bewaard = set(pijlers.beoordelaars(nieuw))
        nog = [n for n in nog if n not in bewaard]
        if beoordelaar not in bewaard:
            nog.append(beoordelaar)
        zet_wachtend(nog)
