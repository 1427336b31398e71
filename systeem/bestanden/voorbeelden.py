"""Voorbeelden: the example kaarten that ship with Systeemkaart, for trainers.

Each example is a file ``data/<naam>.json`` in file format v2, written by us; its
weights are illustrative, and each file says so in its ``toelichting``.

A trainer can add examples of their own: point the environment variable
``SYSTEEMKAART_VOORBEELDEN`` at a folder of kaart files (``*.json``), and they appear
beside the shipped ones (a file with the same name as a shipped example replaces it).
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from systeem import bestanden
from systeem.bestanden.meldingen import MetMelding, zin
from systeem.model.kaart import Kaart

MAP = Path(__file__).resolve().parents[1] / "voorbeeldkaarten"

#: The example that opens when the app starts.
STANDAARD = "loonaangifteketen"


#: Environment variable naming a folder with a trainer's own example kaarten.
EIGEN_MAP = "SYSTEEMKAART_VOORBEELDEN"


class OnbekendVoorbeeld(MetMelding, KeyError):
    """No example kaart has this name; ``melding`` says which (``in_taal(taal)``)."""

    def __str__(self) -> str:  # KeyError would show the message's repr
        return self.in_taal("nl")


def namen() -> list[str]:
    """Return the names of the example kaarten, the default one first.

    Example
    -------
    >>> namen()[0]
    'loonaangifteketen'
    """
    return sorted(_bestanden(), key=lambda n: (n != STANDAARD, n))


def laad(naam: str) -> Kaart:
    """Return the example kaart ``naam`` (each file read once per process).

    Raises
    ------
    OnbekendVoorbeeld
        (a KeyError) for a name that is not an example.

    Example
    -------
    >>> laad("gebiedsontwikkeling").titel
    'Gebiedsontwikkeling Spoorzone'
    """
    pad = _bestanden().get(naam)
    if pad is None:
        raise OnbekendVoorbeeld(zin("invoer.voorbeeld.onbekend", naam=naam))
    return _lees(pad, pad.stat().st_mtime_ns)


def _bestanden() -> dict[str, Path]:
    """Example name -> file: the shipped ones, then the trainer's folder on top."""
    mappen = [MAP]
    eigen = os.environ.get(EIGEN_MAP)
    if eigen and Path(eigen).is_dir():
        mappen.append(Path(eigen))
    return {p.stem: p for map_ in mappen for p in sorted(map_.glob("*.json"))}


@cache
def _lees(pad: Path, _gewijzigd: int) -> Kaart:
    """Read one example file; the modification time in the key re-reads a changed file."""
    return bestanden.lees(pad)
