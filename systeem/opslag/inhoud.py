"""Inhoud: how the store writes a kaart and a moment in time into a row, and reads them back.

A kaart is kept as the compact normalised JSON of
:meth:`systeem.model.kaart.Kaart.naar_dict`; a moment as an ISO 8601 string in UTC.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from systeem.bestanden import lees_json
from systeem.bestanden.meldingen import reeks, zin
from systeem.model.kaart import Kaart
from systeem.model.problemen import KaartFout
from systeem.opslag.fouten import OpslagFout


def nu() -> str:
    """Return the present moment as the store writes it (UTC, microseconds).

    Example
    -------
    >>> nu().endswith("+00:00")
    True
    """
    return datetime.now(UTC).isoformat(timespec="microseconds")


def als_json(kaart: Kaart) -> str:
    """Return ``kaart`` as the store keeps it: compact JSON, non-ASCII kept.

    Example
    -------
    >>> als_json(Kaart(titel="Één"))[:40]
    '{"formaat":"systeemkaart","versie":2,"ti'
    """
    return json.dumps(kaart.naar_dict(), ensure_ascii=False, separators=(",", ":"))


def als_kaart(inhoud: str) -> Kaart:
    """Return the kaart a row keeps (:class:`OpslagFout` when it cannot be read).

    Example
    -------
    >>> als_kaart(als_json(Kaart(titel="Één"))).titel
    'Één'
    """
    try:
        return lees_json(inhoud)
    except KaartFout as fout:
        raise OpslagFout(zin("opslagfout.onleesbaar", fout=reeks(fout.problemen))) from None
