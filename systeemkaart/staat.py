"""The app's state for one browser session: the open kaart and the view settings.

Every page reads the open kaart with :func:`kaart` and replaces it with :func:`zet_kaart`
after an edit; this module is the one place that knows where the kaart lives.

Where it lives: the user's own kaarten are in the store (:mod:`systeem.opslag`, one
SQLite file); the session keeps a copy of the open one, with the stored version it is
based on.  Every :func:`zet_kaart` stores at once (autosave, no save button) and the
kaart's id is in the URL (``?kaart=<id>``), so a refresh, a bookmark or a server
restart reopens the kaart exactly as it was.  An example kaart (``?voorbeeld=<naam>``,
and the default one when the URL names nothing) is read from ``systeem/voorbeeldkaarten/`` and stays
pristine: the first edit stores the user's own copy (with the example as the first
undo step) and switches the URL to ``?kaart=<id>``.

A save based on an outdated version (another tab changed the kaart) is refused by the
store; the refused edit is kept as a foto and under :data:`CONFLICT`, and
:mod:`systeemkaart.bewaren` tells the user and offers to reload or to store the edit anyway.
When the store cannot be used at all, the app keeps working on the session copy and
says so.

Coming back.  The browser remembers the interface language and the last own kaart it
opened (:mod:`systeemkaart.herinnering`).  A new session whose URL names no kaart opens that kaart;
with none (a first visit, or the kaart went to the bin) the default example opens in
the background and the app lands on the Start page (:func:`naar_start`).  The language
is in the URL too (``?taal=``), so a refresh keeps it.

Settings shared by pages (language, threshold, selected partner, layers) live under
fixed keys in ``st.session_state`` so widgets can bind to them directly.

No other module of :mod:`systeemkaart` imports :mod:`systeem.opslag` (a test checks it):
what a page needs of the store (the lists of kaarten and foto's, the bin, a foto) it asks
here, and a failure reaches it as :class:`OpslagFout`, which it finds here too
(``staat.OpslagFout``).
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from systeem.analyses import balans
from systeem.bestanden import voorbeelden
from systeem.model.kaart import Kaart
from systeem.model.problemen import Zin
from systeem.model.validatie import valideer
from systeem.opslag import LOKAAL, Bevroren, Foto, OpslagFout, Stand, VerouderdeVersie, Werkruimte
from systeem.weergave import layout
from systeemkaart import herinnering, toegang
from systeemkaart.teksten import TALEN, tekst

log = logging.getLogger("systeemkaart")

# Keys in st.session_state.
KAART = "kaart"
VERSIE = "kaart_versie"  # bumped on every change, so editors reset to the new kaart
KAART_ID = "kaart_id"  # the open kaart's id in the store; None for an example
BASIS = "kaart_basis"  # the stored version the open kaart is based on
STAND = "kaart_stand"  # the store's bookkeeping of the open kaart (opslag.Stand), per run
CONFLICT = "kaart_conflict"  # {"kaart": the refused edit, "foto": its foto's name}
ANDERS = "kaart_anders"  # undo/redo refused: the kaart changed elsewhere
OPSLAG_FOUT = "opslag_fout"  # the store's last problem, in the interface language
OPSLAG_MELDING = "opslag_melding"  # a one-off message (unknown id, file set aside)
VOORBEELD = "_voorbeeld"  # the name of the open example, while it is pristine
TAAL = "taal"
DREMPEL = "drempel"
GESELECTEERD = "geselecteerd"
GROOTTE = "grootte"
LAAG_AFHANKELIJKHEDEN = "laag_afhankelijkheden"
LAAG_BELANGEN = "laag_belangen"
PSEUDONIEMEN = "pseudoniemen"
STAP = "stap"
# Presenter mode, per visit of the page: the names choice is made, the partner clicked there.
PRESENTATIE_KEUZE = "presentatie_keuze"
PRESENTATIE_GEKOZEN = "presentatie_gekozen"
BEGONNEN = "_begonnen"  # begin() ran before in this session
WIE = "_wie"  # who the open kaart belongs to: (role, participant key) of toegang
NAAR_START = "_naar_start"  # a fresh session that had nothing of its own to open

_STANDAARDEN = {
    TAAL: "nl",
    DREMPEL: balans.DREMPEL,
    GESELECTEERD: None,
    GROOTTE: "betrokkenheid",
    LAAG_AFHANKELIJKHEDEN: True,
    LAAG_BELANGEN: False,
    PSEUDONIEMEN: True,  # presenting hides who is who unless the trainer chooses otherwise
    STAP: 1,
    VERSIE: 0,
    KAART_ID: None,
    BASIS: None,
}


def begin() -> None:
    """Fill in the defaults once per session and open a kaart.

    ``?kaart=<id>`` opens that stored kaart; ``?voorbeeld=<naam>`` that example; with
    neither a new session opens the last own kaart this browser opened
    (:mod:`systeemkaart.herinnering`), or else the default example, and then :func:`naar_start`
    says to show the Start page.  ``?taal=en`` starts in English, else the language the
    browser remembers.  The URL always names the open kaart and the language afterwards.
    """
    if BEGONNEN not in st.session_state:
        st.session_state[BEGONNEN] = True
        gevraagd_taal = st.query_params.get("taal")
        if gevraagd_taal in TALEN:
            st.session_state[TAAL] = gevraagd_taal
        elif TAAL not in st.session_state and herinnering.taal():
            st.session_state[TAAL] = herinnering.taal()
    for sleutel, waarde in _STANDAARDEN.items():
        # Re-assigning keeps a setting whose widget is not on this run's page (another
        # page, or presenter mode): Streamlit would otherwise drop it with the widget.
        st.session_state[sleutel] = st.session_state.get(sleutel, waarde)
    toegang.bepaal()
    if st.session_state.get(WIE, toegang.wie()) != toegang.wie():
        _sluit()  # someone else now (a participant who joined): not the last one's kaart
    st.session_state[WIE] = toegang.wie()
    if toegang.rol() == toegang.GAST:
        # Before joining a werksessie: no store at all, only the join page.
        if KAART not in st.session_state:
            _toon(voorbeelden.laad(voorbeelden.STANDAARD), None, None)
        for sleutel in ("kaart", "voorbeeld", "deelnemer"):
            _zet_param(sleutel, None)  # an old or wrong link's ids mean nothing here
        _zet_param("taal", taal())
        return
    _meld_apart_gezet()

    gevraagd_id = st.query_params.get("kaart")
    gevraagd = st.query_params.get("voorbeeld")
    if gevraagd_id and gevraagd_id != st.session_state[KAART_ID]:
        if not open_kaart(gevraagd_id):
            st.session_state[OPSLAG_MELDING] = tekst("opslag.onbekend", taal())
            open_voorbeeld(voorbeelden.STANDAARD)
    elif (
        not gevraagd_id
        and gevraagd in voorbeelden.namen()
        and st.session_state.get(VOORBEELD) != gevraagd
    ):
        open_voorbeeld(gevraagd)
    elif KAART not in st.session_state:
        laatste = herinnering.kaart_id()
        if (laatste is None or not _open_laatste(laatste)) and not _open_eigen_nieuwste():
            open_voorbeeld(voorbeelden.STANDAARD)
            st.session_state[NAAR_START] = True
    _zet_url()
    _ververs_stand()


def naar_start() -> bool:
    """Whether this run should show the Start page instead of the default page: once, in
    a new session whose URL named nothing and whose browser had no own kaart to reopen."""
    return bool(st.session_state.pop(NAAR_START, False))


def verlaat_presentatie() -> None:
    """Forget the presenter's step, names choice and clicked partner.

    Called on every run of another page, so each visit of Presenteren starts at step 1
    with the choice between real names and pseudonyms, and nothing selected.  The last
    choice stays in :data:`PSEUDONIEMEN` and is offered first next time.
    """
    st.session_state[STAP] = 1
    st.session_state.pop(PRESENTATIE_KEUZE, None)
    st.session_state.pop(PRESENTATIE_GEKOZEN, None)


def kaart() -> Kaart:
    """The open kaart."""
    return st.session_state[KAART]


def zet_kaart(nieuw: Kaart) -> bool:
    """Make ``nieuw`` the open kaart and store it at once (every partner gets a place).

    An example becomes the user's own stored copy on its first change.  Returns
    ``True`` when the change is stored; ``False`` when the store refused it because
    the kaart changed elsewhere (the open kaart stays as it was, the edit is kept, see
    :data:`CONFLICT`) or could not store it (the edit stays open in this session).
    """
    nieuw = layout.met_posities(nieuw)
    oud = st.session_state.get(KAART)
    st.session_state[VERSIE] = st.session_state.get(VERSIE, 0) + 1
    if oud is not None and nieuw == oud:
        return True  # nothing changed; the editors start afresh all the same
    winkel = _opslag()
    if winkel is None:
        _zet_open(nieuw)
        return False
    kid = st.session_state.get(KAART_ID)
    try:
        if kid is None:
            # The original (an example, say) becomes the first undo step of the copy.
            kid = winkel.maak(oud if oud is not None else nieuw)
            st.session_state[KAART_ID], st.session_state[BASIS] = kid, 1
            st.session_state.pop(VOORBEELD, None)
        versie = winkel.bewaar(kid, nieuw, basis=st.session_state.get(BASIS))
    except Bevroren as fout:
        # The trainer froze editing: the edit is not applied, the editors start afresh.
        st.session_state[OPSLAG_FOUT] = melding(fout)
        return False
    except VerouderdeVersie:
        naam = tekst("opslag.conflict.foto", taal(), tijd=datetime.now().strftime("%H:%M:%S"))
        try:
            winkel.maak_foto(kid, naam, nieuw)
        except OpslagFout:
            log.exception("kon de geweigerde wijziging niet als foto bewaren")
        st.session_state[CONFLICT] = {"kaart": nieuw, "foto": naam}
        return False
    except OpslagFout as fout:
        log.warning("opslaan mislukt: %s", fout)
        st.session_state[OPSLAG_FOUT] = melding(fout)
        _zet_open(nieuw)
        return False
    st.session_state.pop(OPSLAG_FOUT, None)
    st.session_state[BASIS] = versie
    _zet_open(nieuw)
    _zet_url()
    return True


def open_voorbeeld(naam: str) -> None:
    """Open the example kaart ``naam`` as shipped; nothing is stored until it changes."""
    _toon(voorbeelden.laad(naam), None, None)
    st.session_state[VOORBEELD] = naam
    _zet_url()


def open_kaart(kaart_id: str) -> bool:
    """Open the stored kaart ``kaart_id``; ``False`` when there is no such kaart."""
    winkel = _opslag()
    if winkel is None:
        return False
    try:
        opgeslagen = winkel.lees(kaart_id)
    except OpslagFout as fout:
        log.warning("kaart %s niet geopend: %s", kaart_id, fout)
        return False
    _toon(opgeslagen.kaart, kaart_id, opgeslagen.versie)
    _zet_url()
    return True


def nieuwe_kaart(titel: str, opgave: str, partner: str = "") -> None:
    """Start a new kaart with a title, the shared task and (optionally) a first partner,
    and store it.

    Raises
    ------
    KaartFout
        when the input breaks the rules (an empty name, say); nothing changes then.
    """
    nieuw = valideer(
        {
            "formaat": "systeemkaart",
            "versie": 1,
            "titel": titel or opgave,
            "opgave": opgave,
            "partners": [{"id": "p1", "naam": partner}] if partner else [],
            "stromen": [],
        }
    )
    _bewaar_als_nieuw(layout.met_posities(nieuw))


def kopie_van_voorbeeld(naam: str) -> None:
    """Store a copy of the example ``naam`` as the user's own kaart and open it."""
    _bewaar_als_nieuw(layout.met_posities(voorbeelden.laad(naam)))


def herlaad() -> None:
    """Open the stored version of the open kaart again (after another tab changed it)."""
    st.session_state.pop(CONFLICT, None)
    st.session_state.pop(ANDERS, None)
    kid = st.session_state.get(KAART_ID)
    if kid is not None and not open_kaart(kid):
        open_voorbeeld(voorbeelden.STANDAARD)
    _ververs_stand()


def bewaar_toch() -> None:
    """Store the edit that was refused (see :data:`CONFLICT`) on top of the newest
    version: a deliberate choice; the other change stays reachable with undo."""
    conflict = st.session_state.pop(CONFLICT, None)
    st.session_state.pop(ANDERS, None)
    winkel, kid = _opslag(), st.session_state.get(KAART_ID)
    if not conflict or winkel is None or kid is None:
        return
    try:
        versie = winkel.bewaar(kid, conflict["kaart"])
    except OpslagFout as fout:
        st.session_state[OPSLAG_FOUT] = melding(fout)
        return
    _toon(conflict["kaart"], kid, versie)
    _ververs_stand()


def ongedaan_maken() -> None:
    """Undo the last edit of the open kaart (also one made before a refresh)."""
    _spring(terug=True)


def opnieuw_doen() -> None:
    """Redo the edit that was undone last."""
    _spring(terug=False)


def kan_ongedaan() -> bool:
    """Whether there is an edit to undo."""
    stand = st.session_state.get(STAND)
    return bool(stand and stand.terug and stand.versie == st.session_state.get(BASIS))


def kan_opnieuw() -> bool:
    """Whether there is an undone edit to redo."""
    stand = st.session_state.get(STAND)
    return bool(stand and stand.vooruit and stand.versie == st.session_state.get(BASIS))


def stand() -> Stand | None:
    """The store's bookkeeping of the open kaart (None for an example or without store)."""
    return st.session_state.get(STAND)


def maak_foto(naam: str) -> int | None:
    """Save a foto of the open kaart (an example is stored as the user's own copy
    first); return the foto's id, or None when the store cannot be used."""
    winkel = _opslag()
    if winkel is None:
        return None
    if st.session_state.get(KAART_ID) is None:
        _bewaar_als_nieuw(kaart())
    kid = st.session_state.get(KAART_ID)
    if kid is None:
        return None
    try:
        return winkel.maak_foto(kid, naam, kaart())
    except OpslagFout as fout:
        st.session_state[OPSLAG_FOUT] = melding(fout)
        return None


def hernoem(kaart_id: str, titel: str) -> None:
    """Rename stored kaart ``kaart_id`` (the open one through :func:`zet_kaart`, so the
    session stays in step with the store).

    Raises
    ------
    OpslagFout
        for an empty name, or when the store cannot do it.
    """
    titel = titel.strip()
    if not titel:
        raise OpslagFout(Zin("opslagfout.kaart_naam"))
    if kaart_id == st.session_state.get(KAART_ID):
        zet_kaart(kaart().met(titel=titel))
        return
    _winkel().hernoem(kaart_id, titel)


def dupliceer(kaart_id: str, titel: str) -> str:
    """Store a copy of kaart ``kaart_id`` named ``titel``; return the copy's id."""
    return _winkel().dupliceer(kaart_id, titel)


def verwijder(kaart_id: str) -> None:
    """Move kaart ``kaart_id`` to the bin; when it is the open kaart, the default
    example opens instead."""
    _winkel().verwijder(kaart_id)
    if kaart_id == st.session_state.get(KAART_ID):
        open_voorbeeld(voorbeelden.STANDAARD)
        _ververs_stand()


def herstel(kaart_id: str) -> None:
    """Take kaart ``kaart_id`` out of the bin."""
    _winkel().herstel(kaart_id)
    _ververs_stand()


def wis(kaart_id: str) -> None:
    """Delete kaart ``kaart_id`` for good, with its history and foto's
    (:class:`OpslagFout` when the store cannot do it)."""
    _winkel().wis(kaart_id)


def kaarten(prullenbak: bool = False) -> pd.DataFrame:
    """The stored kaarten, last changed first (``prullenbak``: those in the bin, last
    deleted first): columns ``id, titel, opgave, gemaakt, gewijzigd, verwijderd``
    (:class:`OpslagFout` when the store cannot be used)."""
    lijst = _winkel().lijst(prullenbak=prullenbak)
    if "werkruimte" in lijst:  # the trainer: their own kaarten here, the group's elsewhere
        lijst = lijst[lijst["werkruimte"] == LOKAAL].drop(columns="werkruimte")
    return lijst.reset_index(drop=True)


def fotos(kaart_id: str) -> pd.DataFrame:
    """The foto's of stored kaart ``kaart_id``, newest first: columns ``id, naam, gemaakt``
    (:class:`OpslagFout` when the store cannot be used)."""
    return _winkel().fotos(kaart_id)


def foto(foto_id: int) -> Foto:
    """Foto ``foto_id`` with its kaart (``.kaart``, ``.naam``, ``.gemaakt``)
    (:class:`OpslagFout` when there is no such foto or the store cannot be used)."""
    return _winkel().foto(foto_id)


def verwijder_foto(foto_id: int) -> None:
    """Delete foto ``foto_id`` (:class:`OpslagFout` when the store cannot do it)."""
    _winkel().verwijder_foto(foto_id)


def opslag_pad() -> Path | None:
    """The store's file for the single local user; None in a werksessie (no one there is
    shown a path on the server) or when the store cannot be used (the reason is then in
    :data:`OPSLAG_FOUT`)."""
    if toegang.rol() != toegang.LOKAAL:
        return None
    winkel = _opslag()
    return None if winkel is None else winkel.pad


def _opslag() -> Werkruimte | None:
    """This session's view of the store (:func:`systeemkaart.toegang.winkel`), or None
    when it cannot be used (the reason is then in :data:`OPSLAG_FOUT`)."""
    try:
        return toegang.winkel()
    except OpslagFout as fout:
        st.session_state[OPSLAG_FOUT] = melding(fout)
        return None


def melding(fout: OpslagFout) -> str:
    """What the store's failure ``fout`` says, in the interface language; to a participant
    or a guest of a werksessie without the server's paths (a path on the server is shown
    to no one there: they read "the store on the server" and are asked to tell the trainer).
    """
    waarden = getattr(fout.melding, "waarden", {}) or {}
    if toegang.rol() in (toegang.DEELNEMER, toegang.GAST) and {"pad", "map"} & set(waarden):
        return tekst("opslag.fout_op_server", taal())
    return fout.in_taal(taal())


def taal() -> str:
    """The interface language, ``"nl"`` or ``"en"``."""
    return st.session_state.get(TAAL, "nl")


def drempel() -> float:
    """The balance threshold chosen on the Kaart page (default 1/3)."""
    return float(st.session_state.get(DREMPEL, balans.DREMPEL))


# ---------------------------------------------------------------------------
# Private helpers.


def _winkel() -> Werkruimte:
    """The store; :class:`OpslagFout` when it cannot be used."""
    winkel = _opslag()
    if winkel is None:
        raise OpslagFout(st.session_state.get(OPSLAG_FOUT) or Zin("opslagfout.niet_beschikbaar"))
    return winkel


def _toon(nieuw: Kaart, kaart_id: str | None, basis: int | None) -> None:
    """Make ``nieuw`` the open kaart without storing it (it came from the store or
    from ``systeem/voorbeeldkaarten/``)."""
    st.session_state[KAART_ID] = kaart_id
    st.session_state[BASIS] = basis
    st.session_state.pop(VOORBEELD, None)
    st.session_state.pop(CONFLICT, None)
    st.session_state.pop(ANDERS, None)
    st.session_state[VERSIE] = st.session_state.get(VERSIE, 0) + 1
    _zet_open(layout.met_posities(nieuw))


def _sluit() -> None:
    """Close the open kaart without a trace (the session became someone else)."""
    for sleutel in (KAART, BASIS, STAND, VOORBEELD, CONFLICT, ANDERS, OPSLAG_FOUT):
        st.session_state.pop(sleutel, None)
    st.session_state[KAART_ID] = None
    st.session_state[VERSIE] = st.session_state.get(VERSIE, 0) + 1


def _zet_open(nieuw: Kaart) -> None:
    st.session_state[KAART] = nieuw
    if st.session_state.get(GESELECTEERD) not in set(nieuw.partners["id"]):
        st.session_state[GESELECTEERD] = None


def _bewaar_als_nieuw(nieuw: Kaart) -> None:
    winkel = _opslag()
    if winkel is None:
        _toon(nieuw, None, None)
        return
    try:
        kid = winkel.maak(nieuw)
    except OpslagFout as fout:
        st.session_state[OPSLAG_FOUT] = melding(fout)
        _toon(nieuw, None, None)
        return
    _toon(nieuw, kid, 1)
    _zet_url()
    _ververs_stand()


def _spring(terug: bool) -> None:
    winkel, kid = _opslag(), st.session_state.get(KAART_ID)
    if winkel is None or kid is None:
        return
    try:
        doe = winkel.ongedaan if terug else winkel.opnieuw
        opgeslagen = doe(kid, basis=st.session_state.get(BASIS))
    except VerouderdeVersie:
        st.session_state[ANDERS] = True
        return
    except OpslagFout as fout:
        st.session_state[OPSLAG_FOUT] = melding(fout)
        return
    if opgeslagen is not None:
        _toon(opgeslagen.kaart, kid, opgeslagen.versie)
    _ververs_stand()


def _zet_url() -> None:
    """Name the open kaart and the language in the URL (a page switch clears the query
    string)."""
    kid = st.session_state.get(KAART_ID)
    naam = st.session_state.get(VOORBEELD)
    _zet_param("kaart", kid)
    _zet_param("voorbeeld", naam if kid is None else None)
    _zet_param("taal", taal())
    _zet_param("deelnemer", toegang.sleutel())


def _open_laatste(kaart_id: str) -> bool:
    """Open the last own kaart the browser remembers, unless it is gone or in the bin."""
    winkel = _opslag()
    if winkel is None:
        return False
    try:
        if winkel.stand(kaart_id).verwijderd is not None:
            return False
    except OpslagFout:
        return False
    return open_kaart(kaart_id)


def _open_eigen_nieuwste() -> bool:
    """A participant with no kaart open gets their own most recently changed one (the
    starter, right after joining); the other roles start as before."""
    if toegang.rol() != toegang.DEELNEMER:
        return False
    try:
        lijst = _winkel().lijst()
    except OpslagFout:
        return False
    return not lijst.empty and open_kaart(str(lijst["id"].iloc[0]))


def _zet_param(sleutel: str, waarde: Any) -> None:
    if waarde is None:
        if sleutel in st.query_params:
            del st.query_params[sleutel]
    elif st.query_params.get(sleutel) != waarde:
        st.query_params[sleutel] = waarde


def _ververs_stand() -> None:
    kid = st.session_state.get(KAART_ID)
    winkel = _opslag() if kid is not None else None
    if winkel is None:
        st.session_state[STAND] = None
        return
    try:
        st.session_state[STAND] = winkel.stand(kid)
    except OpslagFout as fout:
        st.session_state[OPSLAG_FOUT] = melding(fout)
        st.session_state[STAND] = None


def _meld_apart_gezet() -> None:
    """Tell each session once that a broken store file was set aside."""
    winkel = _opslag()
    if winkel is None or winkel.apart_gezet is None:
        return
    if st.session_state.get("_apart_gemeld") != str(winkel.apart_gezet):
        st.session_state["_apart_gemeld"] = str(winkel.apart_gezet)
        if toegang.rol() == toegang.LOKAAL:
            bericht = tekst("opslag.apart_gezet", taal(), pad=str(winkel.apart_gezet))
        else:  # a path on the server is shown to no one in a werksessie
            bericht = tekst("opslag.apart_gezet_zonder_pad", taal())
        st.session_state[OPSLAG_MELDING] = bericht
