"""The beoordelaar bar of the Pijlers page: pick the beoordelaar being scored, add one,
rename or remove one.

A beoordelaar's name is unique without regard to case (:func:`systeem.analyses.pijlers.bezet`).
The scores frame only holds pijlers with a score or a note, so a beoordelaar who was
added and has scored nothing yet is kept in the session, per open kaart
(:data:`~systeemkaart.pijlers.WACHTEND`: :func:`wachtend`, :func:`zet_wachtend`), until
the first score.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from systeem.analyses import pijlers
from systeem.model.validatie import KaartFout
from systeemkaart import staat
from systeemkaart.opmaak import md
from systeemkaart.pijlers import FOUT, GEKOZEN, KIES, MELDING, NAAM, WACHTEND, fout_tekst
from systeemkaart.teksten import tekst


def wachtend() -> list[str]:
    """The beoordelaars added to the open kaart in this session who have scored nothing."""
    bewaard = st.session_state.get(WACHTEND) or {}
    return list(bewaard.get("namen", [])) if bewaard.get("kaart") == _sleutel_kaart() else []


def zet_wachtend(namen: list[str]) -> None:
    """Keep ``namen`` as the open kaart's beoordelaars who have scored nothing yet."""
    st.session_state[WACHTEND] = {"kaart": _sleutel_kaart(), "namen": list(namen)}


def namen(scores: pd.DataFrame) -> list[str]:
    """The beoordelaars: those with scores, then those still waiting for their first."""
    bewaard = pijlers.beoordelaars(scores)
    return bewaard + [n for n in wachtend() if n not in bewaard]


def balk(namen: list[str], taal: str) -> str | None:
    """Draw the beoordelaar bar; return the chosen beoordelaar (None when there is none)."""
    if namen and st.session_state.get(KIES) not in namen:
        vorige = st.session_state.get(GEKOZEN)
        st.session_state[KIES] = vorige if vorige in namen else namen[0]
    with st.container(border=True, key="pj_balk"):
        if not namen:
            st.info(tekst("pijlers.leeg", taal), icon=":material/groups:")
            kol = st.columns([5, 2], vertical_alignment="bottom", gap="small")
            _naam_en_toevoegen(kol[0], kol[1], tekst("pijlers.naam.eerste", taal), True, taal)
        else:
            kol = st.columns([4, 4, 2, 2, 1], vertical_alignment="bottom", gap="small")
            kol[0].selectbox(tekst("pijlers.beoordelaar", taal), namen, key=KIES)
            _naam_en_toevoegen(kol[1], kol[2], tekst("pijlers.naam", taal), False, taal)
            kol[3].button(
                tekst("pijlers.hernoem", taal),
                key="pj_hernoem",
                on_click=_hernoem,
                icon=":material/edit:",
                help=tekst("pijlers.hernoem_hulp", taal),
                width="stretch",
            )
            kol[4].button(
                "",
                key="pj_weg",
                on_click=_verwijder,
                icon=":material/delete:",
                help=tekst("pijlers.weg_hulp", taal),
                width="stretch",
            )
        fout = st.session_state.pop(FOUT, None)
        if fout:
            st.error(fout)
    if not namen:
        return None
    st.session_state[GEKOZEN] = st.session_state.get(KIES)
    return st.session_state[GEKOZEN]


def _sleutel_kaart() -> tuple:
    """Which kaart the session's waiting beoordelaars belong to."""
    return st.session_state.get(staat.KAART_ID), st.session_state.get(staat.VOORBEELD)


def _naam_en_toevoegen(veld: Any, knop: Any, label: str, eerste: bool, taal: str) -> None:
    """The name field and the "add" button of the bar (the button stands out while there
    is no beoordelaar yet)."""
    veld.text_input(
        label, key=NAAM, max_chars=60, placeholder=tekst("pijlers.naam.placeholder", taal)
    )
    knop.button(
        tekst("pijlers.toevoegen", taal),
        key="pj_toevoegen",
        on_click=_voeg_toe,
        type="primary" if eerste else "secondary",
        icon=":material/person_add:",
        width="stretch",
    )


def _naam_fout(naam: str, anderen: list[str], taal: str) -> str | None:
    """Why ``naam`` cannot be a beoordelaar's name (in the UI language), or None."""
    if not naam:
        return tekst("pijlers.fout.naam_leeg", taal)
    if pijlers.bezet(naam, anderen):
        gelijk = next(n for n in anderen if pijlers.bezet(n, [naam]))
        return tekst("pijlers.fout.naam_bestaat", taal, naam=md(gelijk))
    return None


def _nieuwe_naam() -> str:
    return str(st.session_state.get(NAAM) or "").strip()


def _gelukt(naam: str, wachtend_: list[str], melding: str) -> None:
    """After an add or a rename: ``naam`` is chosen, the name field empties."""
    zet_wachtend(wachtend_)
    st.session_state[KIES] = naam
    st.session_state[NAAM] = ""
    st.session_state[MELDING] = melding


def _voeg_toe() -> None:
    """Add the beoordelaar named in the name field and choose them."""
    taal, scores = staat.taal(), staat.kaart().pijlers
    naam = _nieuwe_naam()
    fout = _naam_fout(naam, namen(scores), taal)
    if fout:
        st.session_state[FOUT] = fout
        return
    _gelukt(naam, [*wachtend(), naam], tekst("pijlers.toegevoegd", taal, naam=naam))


def _hernoem() -> None:
    """Give the chosen beoordelaar the name in the name field."""
    taal, kaart = staat.taal(), staat.kaart()
    oud = st.session_state.get(KIES)
    naam = _nieuwe_naam()
    alle = namen(kaart.pijlers)
    if oud not in alle:
        return
    fout = _naam_fout(naam, [n for n in alle if n != oud], taal)
    if fout:
        st.session_state[FOUT] = fout
        return
    nog = wachtend()
    if oud in pijlers.beoordelaars(kaart.pijlers):
        try:
            nieuw = pijlers.hernoem_beoordelaar(kaart.pijlers, oud, naam)
        except KaartFout as f:
            st.session_state[FOUT] = fout_tekst(f, taal)
            return
        if not staat.zet_kaart(kaart.met(pijlers=nieuw)):
            return
    else:
        nog = [naam if n == oud else n for n in nog]
    _gelukt(naam, nog, tekst("pijlers.hernoemd", taal, oud=oud, naam=naam))


def _verwijder() -> None:
    """Remove the chosen beoordelaar with all their scores (undo brings them back)."""
    taal, kaart = staat.taal(), staat.kaart()
    oud = st.session_state.get(KIES)
    nog = wachtend()  # before storing: the first edit of an example gives it its own id
    if oud in pijlers.beoordelaars(kaart.pijlers) and not staat.zet_kaart(
        kaart.met(pijlers=pijlers.zonder_beoordelaar(kaart.pijlers, oud))
    ):
        return
    zet_wachtend([n for n in nog if n != oud])
    st.session_state.pop(KIES, None)
    st.session_state[MELDING] = tekst("pijlers.verwijderd", taal, naam=oud)
