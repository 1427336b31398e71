"""Tabelkern: what the edit tables and the spreadsheets share between human tables and a kaart.

Two edges turn tables a person fills in into a kaart: the Invoeren page's edit tables
(:mod:`systeem.bestanden.tabellen`) and the spreadsheet layout of Excel and CSV files
(:mod:`systeem.bestanden.bladen`).  Both read the same tables of the kaart, hand the rows
to :func:`systeem.model.validatie.valideer` and name each problem it finds by the row the
person sees.  What they share lives here:

- which columns of each table hold text, whole numbers, yes/no and references to a
  partner (:data:`TEKST`, :data:`HEEL`, :data:`JANEE`, :data:`VERWIJZINGEN`);
- rows as the records :func:`~systeem.model.validatie.valideer` takes, an empty cell left
  out so that a required one reads as missing (:func:`records_zonder_leeg`);
- a problem's row in the human table it came from, read from the problem's ``pad``
  (:func:`plaats`), never from its text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

import pandas as pd

from systeem.model.kaart import records
from systeem.model.problemen import Probleem

#: Per table of the kaart, the columns that hold text.
TEKST: dict[str, tuple[str, ...]] = {
    "partners": ("id", "naam", "type", "sector", "toelichting"),
    "stromen": ("van", "naar", "soort", "omschrijving"),
    "afhankelijkheden": ("partner", "afhankelijk_van", "waarvoor"),
    "belangen": ("partner", "omschrijving", "soort", "houding"),
    "pijlers": ("beoordelaar", "pijler", "notitie"),
}
#: Per table, the columns that hold a whole number.
HEEL: dict[str, tuple[str, ...]] = {
    "partners": ("invloed",),
    "stromen": ("waarde",),
    "afhankelijkheden": ("sterkte",),
    "pijlers": ("score",),
}
#: Per table, the columns that hold yes or no.
JANEE: dict[str, tuple[str, ...]] = {"stromen": ("tastbaar",)}
#: Per table, the columns that refer to a partner (by id in the kaart).
VERWIJZINGEN: dict[str, tuple[str, ...]] = {
    "stromen": ("van", "naar"),
    "afhankelijkheden": ("partner", "afhankelijk_van"),
    "belangen": ("partner",),
}


def records_zonder_leeg(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Return the rows of ``frame`` as records, each without its empty (``None``) fields.

    Example
    -------
    >>> records_zonder_leeg(pd.DataFrame({"a": ["x", None], "b": [None, 2]}, dtype=object))
    [{'a': 'x'}, {'b': 2}]
    """
    return [
        {k: v for k, v in rij.items() if v is not None}
        for rij in records(frame.reset_index(drop=True))
    ]


class Plaats(NamedTuple):
    """Where a problem is in a human table: the table, the row's label there, and the rest
    of the problem's path (the field, then anything inside it)."""

    tabel: str
    rij: Any
    rest: tuple[str | int, ...]


def plaats(
    probleem: Probleem, rijen: Mapping[str, Sequence[Any]], eerste: int = 0
) -> Plaats | None:
    """Return where a problem of :func:`~systeem.model.validatie.valideer` is in the human
    table its rows came from, or None when it is not in a row of one of ``rijen``.

    Parameters
    ----------
    probleem : a problem whose ``pad`` counts rows in the records ``valideer`` got
        (``("stromen", 1, "waarde")``: the second stroom).
    rijen : per table, the labels of the rows in the order they were handed to
        ``valideer`` (the row numbers of a spreadsheet, the labels of an edit table).
    eerste : the label of the first row when counting on past the end of ``rijen``
        (it cannot happen, but no label is looked up that is not there): 0 for an edit
        table, 2 for a spreadsheet whose row 1 holds the column names.

    Example
    -------
    >>> p = Probleem(("stromen", 1, "waarde"), "probleem.ontbreekt")
    >>> plaats(p, {"stromen": [2, 5]})
    Plaats(tabel='stromen', rij=5, rest=('waarde',))
    >>> plaats(Probleem(("titel",), "probleem.ontbreekt"), {"stromen": [2]}) is None
    True
    """
    if probleem.tabel is None or probleem.tabel not in rijen or probleem.rij is None:
        return None
    labels = rijen[probleem.tabel]
    i = probleem.rij
    return Plaats(probleem.tabel, labels[i] if i < len(labels) else i + eerste, probleem.pad[2:])
