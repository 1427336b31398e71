"""What a quick form's submit does on the Invoeren page.

The submit runs in a callback (before the page script), so after a submit the map
already shows the new entry.  The row is built by :mod:`systeem.bestanden.toevoegen` (a
stroom by :func:`systeem.bestanden.tabellen.met_stroom`); a bad entry keeps its problems
for the form (shown once) and changes nothing.  After a good one the form says what it
added and only what must change is cleared: the "naar" and the omschrijving of a
stroom, the partner depended on and the waarvoor of an afhankelijkheid, the omschrijving
of a belang.  The "van", soort and waarde stay, so several stromen of one partner are
entered without choosing it again.  After adding partners the Stroom tab opens.
"""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from systeem.bestanden import tabellen, toevoegen
from systeem.model.kaart import Kaart
from systeem.model.validatie import KaartFout, Probleem
from systeemkaart import staat
from systeemkaart.invoeren.kolommen import namen as knoopnamen
from systeemkaart.invoeren.sleutels import FOUT, GEDAAN, MELDING, SNEL_TAB, K
from systeemkaart.teksten import tekst, woord


def partners_toevoegen(taal: str) -> None:
    """Add a partner per line typed, all of the chosen type."""
    namen = toevoegen.namen(str(st.session_state.get(K["namen"]) or ""))
    if not namen:
        _fout("partners", KaartFout([Probleem("namen", tekst("invoeren.partners.leeg", taal))]))
        return
    soort = st.session_state.get(K["type"])
    if _voeg_toe("partners", lambda k: toevoegen.met_partners(k, namen, soort)) is None:
        return
    _gedaan("partners", "invoeren.partners.toegevoegd", taal, namen=", ".join(namen))
    st.session_state[MELDING] = st.session_state[GEDAAN]["partners"]
    st.session_state[K["namen"]] = ""
    st.session_state[SNEL_TAB] = tekst("invoeren.snel.stroom", taal)


def stroom_toevoegen(taal: str) -> None:
    """Add the stroom of the form; keep van, soort and waarde for the next one."""
    s = st.session_state
    soort = toevoegen.stroom_soort(s.get(K["soort"]), s.get(K["andere"]))
    velden = (s.get(K["van"]), s.get(K["naar"]), soort, s.get(K["waarde"]))
    omschrijving = str(s.get(K["omschrijving"]) or "")
    nieuw = _voeg_toe("stroom", lambda k: tabellen.met_stroom(k, *velden, omschrijving))
    if nieuw is None:
        return
    stroom = nieuw.stromen.iloc[-1]
    namen, soort = knoopnamen(nieuw, taal), woord("soort", stroom["soort"], taal)
    van, naar, waarde = namen[stroom["van"]], namen[stroom["naar"]], int(stroom["waarde"])
    _gedaan("stroom", "invoeren.toegevoegd", taal, van=van, naar=naar, soort=soort, waarde=waarde)
    s[K["soort"]] = stroom["soort"]  # a new soort typed in "andere" is a pill now
    s[K["naar"]], s[K["omschrijving"]], s[K["andere"]] = None, "", ""


def afh_toevoegen(taal: str) -> None:
    """Add the afhankelijkheid of the form; keep the partner and the sterkte."""
    s = st.session_state
    velden = (s.get(K["afh_partner"]), s.get(K["afh_van"]), s.get(K["sterkte"]))
    waarvoor = str(s.get(K["waarvoor"]) or "")
    nieuw = _voeg_toe(
        "afhankelijkheid", lambda k: toevoegen.met_afhankelijkheid(k, *velden, waarvoor)
    )
    if nieuw is None:
        return
    rij, namen = nieuw.afhankelijkheden.iloc[-1], nieuw.namen()
    partner, van = namen[rij["partner"]], namen[rij["afhankelijk_van"]]
    sleutel = "invoeren.afh.toegevoegd"
    _gedaan("afhankelijkheid", sleutel, taal, partner=partner, van=van, sterkte=int(rij["sterkte"]))
    s[K["afh_van"]], s[K["waarvoor"]] = None, ""


def belang_toevoegen(taal: str) -> None:
    """Add the belang of the form; keep the partner, soort and houding."""
    s = st.session_state
    partner, omschrijving = s.get(K["belang_partner"]), str(s.get(K["belang_omschrijving"]) or "")
    keuzes = (s.get(K["belang_soort"]), s.get(K["houding"]))
    nieuw = _voeg_toe("belang", lambda k: toevoegen.met_belang(k, partner, omschrijving, *keuzes))
    if nieuw is None:
        return
    rij = nieuw.belangen.iloc[-1]
    naam, wat = nieuw.namen()[rij["partner"]], rij["omschrijving"]
    _gedaan("belang", "invoeren.belang.toegevoegd", taal, partner=naam, omschrijving=wat)
    s[K["belang_omschrijving"]] = ""


def _voeg_toe(formulier: str, maak: Callable[[Kaart], Kaart]) -> Kaart | None:
    """Make the kaart that ``maak`` builds from the open one the open kaart and return
    it; None (and the problems kept for the form) when it breaks a rule."""
    try:
        nieuw = maak(staat.kaart())
    except KaartFout as fout:
        _fout(formulier, fout)
        return None
    staat.zet_kaart(nieuw)
    return nieuw


def _fout(formulier: str, fout: KaartFout) -> None:
    st.session_state.setdefault(FOUT, {})[formulier] = fout
    st.session_state.setdefault(GEDAAN, {}).pop(formulier, None)


def _gedaan(formulier: str, sleutel: str, taal: str, **waarden: object) -> None:
    """Keep for the form what it added: the text ``sleutel`` with ``waarden``."""
    st.session_state.setdefault(GEDAAN, {})[formulier] = tekst(sleutel, taal, **waarden)
