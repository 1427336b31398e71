"""Toegang: who this browser is in the app, and which part of the store it may reach.

Four roles:

- ``lokaal``: the single user of a start on loopback (the default): the store's
  :data:`~systeem.opslag.LOKAAL` werkruimte, everything as it always was.
- In a werksessie (``SYSTEEMKAART_WERKSESSIE=1``, set by ``bash scripts/start.sh
  --werksessie``) a browser is one of:

  - ``trainer``: it came with the store's trainer key (``?trainer=<key>``, compared in
    constant time) or the browser remembers that key; it gets the trainer's view of the
    store (every werkruimte; what it makes goes to its own, ``LOKAAL``) and the
    Werksessie page.  The key leaves the URL at once, so it never shows on a projected
    screen; the browser keeps it in a cookie for a refresh or a restart.
  - ``deelnemer``: it names a participant's personal key (``?deelnemer=<key>``, the
    personal link, or the cookie the browser keeps); it gets that participant's
    werkruimte only.
  - ``gast``: nothing yet; it sees only the Meedoen (join) page and reaches no store.

Safety lies in the store, not here: a participant holds a
:class:`~systeem.opslag.Werkruimte` view, which answers an id of another werkruimte as an
unknown id, and the freeze is refused by the store itself.  This module only decides
which view a session holds; :mod:`systeemkaart.staat` is its one user for kaarten.
"""

from __future__ import annotations

import logging
import os
import secrets
import threading

import streamlit as st

from systeem.bestanden.meldingen import zin
from systeem.opslag import BEWAARDAGEN as BEWAARDAGEN  # for the trainer's page
from systeem.opslag import (
    Deelnemer,
    OnbekendeDeelnemer,
    Opslag,
    OpslagFout,
    Werkruimte,
)
from systeemkaart import herinnering

log = logging.getLogger("systeemkaart")

#: The environment variable that turns on the werksessie mode.
OMGEVING = "SYSTEEMKAART_WERKSESSIE"

LOKAAL, TRAINER, DEELNEMER, GAST = "lokaal", "trainer", "deelnemer", "gast"

# Keys in st.session_state.
ROL = "_rol"
SLEUTEL = "_sleutel"  # the participant's personal key (their werkruimte's name)
NAAM = "_deelnemer_naam"
NET_AANGEMELD = "_net_aangemeld"  # this run follows the join: go to the kaart
TRAINERSLEUTEL = "_trainersleutel"  # the key the trainer came with, for the browser to keep

_OPGERUIMD = threading.Event()  # the expired werksessies were removed in this process


def werksessie_modus() -> bool:
    """Whether the app runs as a werksessie (the environment says so)."""
    return os.environ.get(OMGEVING, "").strip().lower() in {"1", "true", "ja", "yes", "aan"}


def bepaal() -> str:
    """Decide (once per session, or again when the URL names another key) and return the
    role of this session; see the module docstring."""
    if not werksessie_modus():
        st.session_state[ROL] = LOKAAL
        return LOKAAL
    _ruim_op()
    gevraagd_trainer = st.query_params.get("trainer")
    if gevraagd_trainer is not None:
        del st.query_params["trainer"]  # never left on a projected screen
        if _is_trainersleutel(gevraagd_trainer):
            _word(TRAINER, None, "")
            st.session_state[TRAINERSLEUTEL] = gevraagd_trainer
            return TRAINER
    gevraagd = st.query_params.get("deelnemer")
    if gevraagd and gevraagd != st.session_state.get(SLEUTEL) and _word_deelnemer(gevraagd):
        return DEELNEMER
    if st.session_state.get(ROL) == TRAINER:
        return TRAINER
    if st.session_state.get(ROL) == DEELNEMER:
        if _word_deelnemer(st.session_state.get(SLEUTEL) or ""):
            return DEELNEMER  # still known: the werksessie's kaarten were not deleted
    elif st.session_state.get(ROL) == GAST:
        return GAST
    if _is_trainersleutel(herinnering.trainer()):
        _word(TRAINER, None, "")
        st.session_state[TRAINERSLEUTEL] = herinnering.trainer()
        return TRAINER
    onthouden = herinnering.deelnemer()
    if onthouden and _word_deelnemer(onthouden):
        return DEELNEMER
    _word(GAST, None, "")
    return GAST


def rol() -> str:
    """The role of this session (``lokaal`` until :func:`bepaal` ran)."""
    return st.session_state.get(ROL, LOKAAL)


def wie() -> tuple[str, str | None]:
    """Who this session is: the role and, for a participant, the personal key."""
    return rol(), sleutel()


def sleutel() -> str | None:
    """The participant's personal key (``None`` for every other role)."""
    return st.session_state.get(SLEUTEL) if rol() == DEELNEMER else None


def te_onthouden() -> dict[str, str | None]:
    """What the browser should keep of who it is (:func:`systeemkaart.herinnering.onthoud`):
    the participant's personal key or the trainer's key."""
    return {
        "deelnemer": sleutel(),
        "trainer": st.session_state.get(TRAINERSLEUTEL) if rol() == TRAINER else None,
    }


def naam() -> str:
    """The participant's name as they gave it (empty when anonymous or not a participant)."""
    return st.session_state.get(NAAM, "") if rol() == DEELNEMER else ""


def winkel() -> Werkruimte:
    """The store view of this session: see the module docstring.

    Raises
    ------
    OpslagFout
        when the store cannot be used, and for a guest, who reaches no store at all.
    """
    opslag = Opslag()
    if rol() == LOKAAL:
        return opslag
    if rol() == TRAINER:
        return opslag.alles()
    if rol() == DEELNEMER and st.session_state.get(SLEUTEL):
        return opslag.werkruimte(st.session_state[SLEUTEL])
    raise OpslagFout(zin("opslagfout.meedoen_eerst"))


def opslag() -> Opslag:
    """The whole store, for the trainer's page only (:class:`OpslagFout` otherwise)."""
    if rol() != TRAINER:
        raise OpslagFout(zin("opslagfout.meedoen_eerst"))
    return Opslag()


def meld_aan(code: str, naam: str) -> Deelnemer:
    """Join the running werksessie with ``code`` as ``naam`` and make this session that
    participant (:class:`OpslagFout` for a wrong code, a shut door or a too long name)."""
    deelnemer = Opslag().meld_aan(code, naam)
    _word(DEELNEMER, deelnemer.werkruimte, deelnemer.naam)
    st.session_state[NET_AANGEMELD] = True
    return deelnemer


def bevroren() -> bool:
    """Whether this participant's werksessie is frozen right now (``False`` for the
    other roles, and when the store cannot tell)."""
    if rol() != DEELNEMER:
        return False
    try:
        opslag = Opslag()
        sessie = opslag.werksessie(opslag.deelnemer(st.session_state[SLEUTEL]).werksessie)
    except OpslagFout:
        return False
    return sessie.bevroren


# ---------------------------------------------------------------------------
# Private helpers.


def _word(nieuwe_rol: str, deelnemer_sleutel: str | None, deelnemer_naam: str) -> None:
    st.session_state[ROL] = nieuwe_rol
    st.session_state[SLEUTEL] = deelnemer_sleutel
    st.session_state[NAAM] = deelnemer_naam


def _word_deelnemer(kandidaat: str) -> bool:
    try:
        deelnemer = Opslag().deelnemer(kandidaat)
    except OnbekendeDeelnemer:
        return False
    except OpslagFout as fout:
        log.warning("deelnemer niet te lezen: %s", fout)
        return False
    _word(DEELNEMER, deelnemer.werkruimte, deelnemer.naam)
    return True


def _is_trainersleutel(kandidaat: str | None) -> bool:
    if not kandidaat:
        return False
    try:
        echt = Opslag().trainersleutel()
    except OpslagFout:
        return False
    return secrets.compare_digest(str(kandidaat).encode(), echt.encode())


def _ruim_op() -> None:
    """Remove the werksessies whose keeping time passed, once per process."""
    if _OPGERUIMD.is_set():
        return
    _OPGERUIMD.set()
    try:
        Opslag().ruim_op()
    except OpslagFout as fout:
        log.warning("opruimen mislukt: %s", fout)
