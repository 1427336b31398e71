"""Herinnering: what the browser remembers between visits, the interface language and
the last opened own kaart.

Two cookies of this site, ``systeemkaart_taal`` and ``systeemkaart_kaart`` (the store id
of the kaart, never its content), kept for a year.  They are read once, when a session
starts, from the request that opened it (``st.context.cookies``); :func:`onthoud` writes
them with a small page script after a run in which they changed.  So someone who closes
the tab and opens the plain address again gets their own kaart back, in the language
they chose; the URL (``?kaart=``, ``?taal=``) still wins, for a refresh or a bookmark.

Why in the browser and not in the store: the store is one file for everyone who uses
this installation (a trainer's laptop, a course server); what someone opened last
belongs to that person's browser.  A browser without the cookies (a first visit, a
private window, AppTest) remembers nothing.
"""

from __future__ import annotations

import json
import re

import streamlit as st

from systeemkaart.teksten import TALEN

TAAL_KOEKJE = "systeemkaart_taal"
KAART_KOEKJE = "systeemkaart_kaart"
#: In a werksessie: the participant's personal key, or the trainer's key.
DEELNEMER_KOEKJE = "systeemkaart_deelnemer"
TRAINER_KOEKJE = "systeemkaart_trainer"
#: How long the browser keeps them, in seconds (a year).
BEWAARTIJD = 365 * 24 * 60 * 60
#: A store id: URL-safe letters, digits, "-" and "_" (systeem.opslag.Opslag.maak).
_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")


def taal() -> str | None:
    """The language the browser remembers, or None."""
    waarde = _koekje(TAAL_KOEKJE)
    return waarde if waarde in TALEN else None


def kaart_id() -> str | None:
    """The id of the last own kaart the browser opened, or None."""
    waarde = _koekje(KAART_KOEKJE)
    return waarde if waarde and _ID.fullmatch(waarde) else None


def deelnemer() -> str | None:
    """The werksessie participant's personal key the browser keeps, or None."""
    waarde = _koekje(DEELNEMER_KOEKJE)
    return waarde if waarde and _ID.fullmatch(waarde) else None


def trainer() -> str | None:
    """The trainer key the browser keeps, or None."""
    waarde = _koekje(TRAINER_KOEKJE)
    return waarde if waarde and _ID.fullmatch(waarde) else None


def script(
    taal: str, kaart_id: str | None, deelnemer: str | None = None, trainer: str | None = None
) -> str:
    """The page script that stores the language and (when there is one) the kaart id,
    and in a werksessie the participant's or the trainer's key.

    Example
    -------
    >>> "systeemkaart_taal=en" in script("en", None), "systeemkaart_kaart" in script("en", None)
    (True, False)
    >>> "systeemkaart_deelnemer=abc" in script("nl", None, deelnemer="abc")
    True
    """
    koekjes = {TAAL_KOEKJE: taal}
    for naam, waarde in (
        (KAART_KOEKJE, kaart_id),
        (DEELNEMER_KOEKJE, deelnemer),
        (TRAINER_KOEKJE, trainer),
    ):
        if waarde is not None and _ID.fullmatch(waarde):
            koekjes[naam] = waarde
    regels = "".join(
        f"document.cookie = {json.dumps(f'{naam}={waarde}; Max-Age={BEWAARTIJD}; Path=/; SameSite=Lax')};\n"
        for naam, waarde in koekjes.items()
    )
    return f"<script>\n{regels}</script>"


def onthoud(
    taal: str, kaart_id: str | None, deelnemer: str | None = None, trainer: str | None = None
) -> None:
    """Let the browser remember ``taal`` and, for an own kaart, ``kaart_id``
    (an example leaves the last own kaart as it was), and in a werksessie who it is.
    Call once per run."""
    st.html(script(taal, kaart_id, deelnemer, trainer), unsafe_allow_javascript=True)


def _koekje(naam: str) -> str | None:
    try:
        waarde = st.context.cookies.get(naam)
    except Exception:  # noqa: BLE001 - no request (a bare script run): nothing remembered
        return None
    return waarde if isinstance(waarde, str) else None  # AppTest has no real request
