"""Voorbeelden: the example kaarten that ship with Systeemkaart, for trainers.

Each example is a file ``data/<naam>.json`` in file format v1, written by us; its
weights are illustrative, and each file says so in its ``toelichting``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from systeem import bestanden
from systeem.kaart import Kaart

MAP = Path(__file__).resolve().parent.parent / "data"

#: The example that opens when the app starts.
STANDAARD = "loonaangifteketen"


def namen() -> list[str]:
    """Return the names of the example kaarten, the default one first.

    Example
    -------
    >>> namen()[0]
    'loonaangifteketen'
    """
    alle = sorted(p.stem for p in MAP.glob("*.json"))
    return sorted(alle, key=lambda n: n != STANDAARD)


@cache
def laad(naam: str) -> Kaart:
    """Return the example kaart ``naam`` (read once per process; kaarten are immutable).

    Example
    -------
    >>> laad("gebiedsontwikkeling").titel
    'Gebiedsontwikkeling Spoorzone'
    """
    if naam not in namen():
        raise KeyError(f'onbekende voorbeeldkaart "{naam}"')
    return bestanden.lees(MAP / f"{naam}.json")
