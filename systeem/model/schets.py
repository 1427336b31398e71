"""Schets: a small kaart written in a line or three, for examples and tests.

A schets names the partners by id (their names are the ids in capitals) and writes
each stroom as ``van>naar soort waarde`` and each afhankelijkheid as
``partner>afhankelijk_van sterkte``, separated by commas.  It goes through
:func:`systeem.model.validatie.valideer` like every other kaart, so a schets is always a
valid kaart.  The docstring examples of the analyses use it, so an example shows its
kaart in one glance instead of a page of JSON.
"""

from __future__ import annotations

from systeem.model.kaart import Kaart
from systeem.model.validatie import valideer


def schets(partners: str, stromen: str = "", afhankelijkheden: str = "") -> Kaart:
    """Return the valid kaart titled "T" that the three short strings describe.

    Parameters
    ----------
    partners : partner ids separated by spaces (``"a b c"``); each one's name is its id
        in capitals.
    stromen : ``"van>naar soort waarde"`` per stroom, separated by commas; ``opgave``
        names the shared task.
    afhankelijkheden : ``"partner>afhankelijk_van sterkte"`` per afhankelijkheid,
        separated by commas.

    Raises
    ------
    KaartFout
        when the kaart breaks a rule (an unknown partner, a waarde of 0, ...).

    Example
    -------
    >>> k = schets("a b", "a>opgave geld 2, b>a kennis 1", "b>a 4")
    >>> k.namen()["a"], len(k.stromen), k.afhankelijkheden["sterkte"].tolist()
    ('A', 2, [4])
    """
    return valideer(
        {
            "formaat": "systeemkaart",
            "versie": 2,
            "titel": "T",
            "partners": [{"id": p, "naam": p.upper()} for p in partners.split()],
            "stromen": [
                {"van": van, "naar": naar, "soort": soort, "waarde": int(waarde)}
                for van, naar, soort, waarde in _regels(stromen, 3)
            ],
            "afhankelijkheden": [
                {"partner": partner, "afhankelijk_van": van, "sterkte": int(sterkte)}
                for partner, van, sterkte in _regels(afhankelijkheden, 2)
            ],
        }
    )


def _regels(tekst: str, velden: int) -> list[list[str]]:
    """Split ``"a>b x 1, c>d y 2"`` into ``[["a", "b", "x", "1"], ...]`` (``velden`` after ``>``)."""
    uit = []
    for regel in filter(None, (r.strip() for r in tekst.split(","))):
        van, rest = regel.split(">", 1)
        delen = rest.split()
        if len(delen) != velden:
            raise ValueError(f"schets: {regel!r} heeft niet {velden} velden na '>'")
        uit.append([van.strip(), *delen])
    return uit
