"""The app's state for one browser session: the open kaart and the view settings.

Every page reads the open kaart with :func:`kaart` and replaces it with :func:`zet_kaart`
after an edit; this module is the one place that knows where the kaart lives (now the
session state; the storage issue moves it to SQLite behind the same functions).

Settings shared by pages (language, threshold, selected partner, layers) live under
fixed keys in ``st.session_state`` so widgets can bind to them directly.
"""

from __future__ import annotations

import streamlit as st

from systeem import balans, layout, voorbeelden
from systeem.kaart import Kaart
from systeem.teksten import TALEN
from systeem.validatie import valideer

# Keys in st.session_state.
KAART = "kaart"
VERSIE = "kaart_versie"  # bumped on every change, so editors reset to the new kaart
TAAL = "taal"
DREMPEL = "drempel"
GESELECTEERD = "geselecteerd"
GROOTTE = "grootte"
LAAG_AFHANKELIJKHEDEN = "laag_afhankelijkheden"
LAAG_BELANGEN = "laag_belangen"
PSEUDONIEMEN = "pseudoniemen"
STAP = "stap"

_STANDAARDEN = {
    TAAL: "nl",
    DREMPEL: balans.DREMPEL,
    GESELECTEERD: None,
    GROOTTE: "betrokkenheid",
    LAAG_AFHANKELIJKHEDEN: True,
    LAAG_BELANGEN: False,
    PSEUDONIEMEN: False,
    STAP: 3,
    VERSIE: 0,
}


def begin() -> None:
    """Fill in the defaults once per session and open a kaart.

    ``?voorbeeld=<naam>`` in the URL opens that example; otherwise the default example
    opens, so a trainer sees a map at once.  ``?taal=en`` starts in English.
    """
    for sleutel, waarde in _STANDAARDEN.items():
        # Re-assigning keeps a setting whose widget is not on this run's page (another
        # page, or presenter mode): Streamlit would otherwise drop it with the widget.
        st.session_state[sleutel] = st.session_state.get(sleutel, waarde)
    taal = st.query_params.get("taal")
    if taal in TALEN and "_taal_uit_url" not in st.session_state:
        st.session_state[TAAL] = taal
        st.session_state["_taal_uit_url"] = True
    gevraagd = st.query_params.get("voorbeeld")
    if KAART not in st.session_state or (
        gevraagd in voorbeelden.namen() and st.session_state.get("_voorbeeld") != gevraagd
    ):
        open_voorbeeld(gevraagd if gevraagd in voorbeelden.namen() else voorbeelden.STANDAARD)


def kaart() -> Kaart:
    """The open kaart."""
    return st.session_state[KAART]


def zet_kaart(nieuw: Kaart) -> None:
    """Make ``nieuw`` the open kaart (every partner gets a place on the map)."""
    st.session_state[KAART] = layout.met_posities(nieuw)
    st.session_state[VERSIE] = st.session_state.get(VERSIE, 0) + 1
    if st.session_state.get(GESELECTEERD) not in set(nieuw.partners["id"]):
        st.session_state[GESELECTEERD] = None


def open_voorbeeld(naam: str) -> None:
    """Open the example kaart ``naam`` (a fresh copy; the shipped file stays as it is)."""
    zet_kaart(voorbeelden.laad(naam))
    st.session_state["_voorbeeld"] = naam
    st.query_params["voorbeeld"] = naam


def nieuwe_kaart(titel: str, opgave: str, partner: str) -> None:
    """Start an empty kaart with a title, the shared task and a first partner.

    Raises
    ------
    KaartFout
        when the input breaks the rules (an empty name, say); nothing changes then.
    """
    zet_kaart(
        valideer(
            {
                "formaat": "systeemkaart",
                "versie": 1,
                "titel": titel or opgave,
                "opgave": opgave,
                "partners": [{"id": "p1", "naam": partner}],
                "stromen": [],
            }
        )
    )
    st.session_state.pop("_voorbeeld", None)
    st.query_params.pop("voorbeeld", None)


def taal() -> str:
    """The interface language, ``"nl"`` or ``"en"``."""
    return st.session_state.get(TAAL, "nl")


def drempel() -> float:
    """The balance threshold chosen on the Kaart page (default 1/3)."""
    return float(st.session_state.get(DREMPEL, balans.DREMPEL))
