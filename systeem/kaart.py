"""The kaart: one map of one collaboration, as it lives in memory.

A kaart holds a title, the text of the shared task (the *opgave*), an optional
explanation, and four tables as pandas frames with fixed columns:

- ``partners``: ``id, naam, type, sector, invloed, toelichting`` – the parties at the table;
- ``stromen``: ``van, naar, soort, waarde, omschrijving, tastbaar`` – what flows from one
  node to another; a node is a partner id or the reserved id ``"opgave"``;
- ``afhankelijkheden``: ``partner, afhankelijk_van, waarvoor, sterkte``;
- ``belangen``: ``partner, omschrijving, soort, houding``;

plus ``posities``, a mapping from node id to an ``(x, y)`` place on the map, and
``scenarios``, the what-if scenarios kept with the kaart (:mod:`systeem.scenario`).

This is the one representation of a kaart in memory.  Files and widgets convert to it
at the edges: :func:`systeem.validatie.valideer` builds a kaart from a JSON-shaped dict
(and is the only way in that checks the rules), :meth:`Kaart.naar_dict` gives the
normalised dict of file format v2 back.  Treat a kaart as immutable: functions that
change one return a new kaart (:meth:`Kaart.met`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from systeem.scenario import Scenario

#: The reserved node id of the shared task.
OPGAVE = "opgave"

#: Format name and the newest format version this program reads and writes.
FORMAAT = "systeemkaart"
VERSIE = 2

#: The suggested vocabulary of soorten (other words are allowed).
SOORTEN = (
    "geld",
    "personeel",
    "klanten",
    "positie",
    "macht",
    "kennis",
    "informatie",
    "tijd",
    "autonomie",
    "legitimiteit",
    "netwerk",
    "overig",
)

#: Soorten that count as tangible when a stroom does not say ``tastbaar`` itself.
TASTBARE_SOORTEN = frozenset({"geld", "personeel", "klanten", "tijd"})

PARTNER_TYPES = ("organisatie", "team", "persoon")
BELANG_SOORTEN = ("organisatie", "persoonlijk")
HOUDINGEN = ("steunt", "neutraal", "schuurt")

#: Columns and dtypes of the four tables, in file order.
KOLOMMEN: dict[str, dict[str, str]] = {
    "partners": {
        "id": "str",
        "naam": "str",
        "type": "str",
        "sector": "str",
        "invloed": "Int64",
        "toelichting": "str",
    },
    "stromen": {
        "van": "str",
        "naar": "str",
        "soort": "str",
        "waarde": "int64",
        "omschrijving": "str",
        "tastbaar": "bool",
    },
    "afhankelijkheden": {
        "partner": "str",
        "afhankelijk_van": "str",
        "waarvoor": "str",
        "sterkte": "int64",
    },
    "belangen": {
        "partner": "str",
        "omschrijving": "str",
        "soort": "str",
        "houding": "str",
    },
}

TABELLEN = tuple(KOLOMMEN)


def tabel(naam: str, rijen: list[dict[str, Any]] | None = None) -> pd.DataFrame:
    """Return one of the four kaart tables as a frame with its fixed columns and dtypes.

    Parameters
    ----------
    naam : one of ``"partners"``, ``"stromen"``, ``"afhankelijkheden"``, ``"belangen"``.
    rijen : records with (at least) the table's columns; already validated.

    Example
    -------
    >>> tabel("stromen", [{"van": "a", "naar": "opgave", "soort": "geld", "waarde": 3,
    ...                    "omschrijving": "", "tastbaar": True}]).dtypes["waarde"]
    dtype('int64')
    """
    kolommen = KOLOMMEN[naam]
    frame = pd.DataFrame.from_records(rijen or [], columns=list(kolommen))
    return frame.astype(kolommen)


@dataclass(frozen=True, eq=False)
class Kaart:
    """One map of one collaboration (see the module docstring for the tables).

    Example
    -------
    >>> k = Kaart(titel="Proef", opgave="Samen iets oplossen")
    >>> len(k.partners), list(k.stromen.columns)[:3]
    (0, ['van', 'naar', 'soort'])
    """

    titel: str
    opgave: str = ""
    toelichting: str = ""
    partners: pd.DataFrame = field(default_factory=lambda: tabel("partners"))
    stromen: pd.DataFrame = field(default_factory=lambda: tabel("stromen"))
    afhankelijkheden: pd.DataFrame = field(default_factory=lambda: tabel("afhankelijkheden"))
    belangen: pd.DataFrame = field(default_factory=lambda: tabel("belangen"))
    posities: Mapping[str, tuple[float, float]] = field(default_factory=dict)
    scenarios: tuple[Scenario, ...] = ()

    def naar_dict(self) -> dict[str, Any]:
        """Return the kaart as the normalised dict of file format v2.

        Every optional field is written out with its value or default, in file order,
        so the same kaart always gives the same dict.

        Example
        -------
        >>> Kaart(titel="Proef").naar_dict()["partners"]
        []
        """
        doc: dict[str, Any] = {
            "formaat": FORMAAT,
            "versie": VERSIE,
            "titel": self.titel,
            "opgave": self.opgave,
            "toelichting": self.toelichting,
        }
        for naam in TABELLEN:
            doc[naam] = records(getattr(self, naam))
        doc["posities"] = {k: [float(x), float(y)] for k, (x, y) in self.posities.items()}
        doc["scenarios"] = [s.naar_dict() for s in self.scenarios]
        return doc

    def met(self, **wijzigingen: Any) -> Kaart:
        """Return a copy of the kaart with the given fields replaced.

        Example
        -------
        >>> Kaart(titel="Oud").met(titel="Nieuw").titel
        'Nieuw'
        """
        return dataclasses.replace(self, **wijzigingen)

    def namen(self) -> dict[str, str]:
        """Return ``{node id: display name}`` for every partner and the opgave.

        Example
        -------
        >>> Kaart(titel="T", opgave="Samen").namen()
        {'opgave': 'Samen'}
        """
        namen = {OPGAVE: self.opgave or "Gedeelde opgave"}
        namen.update(zip(self.partners["id"], self.partners["naam"], strict=True))
        return namen

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Kaart):
            return NotImplemented
        return self.naar_dict() == other.naar_dict()

    __hash__ = None  # type: ignore[assignment]


def standaard_tastbaar(soorten: pd.Series) -> pd.Series:
    """Return, per soort, whether a stroom of that soort counts as tangible by default.

    Example
    -------
    >>> standaard_tastbaar(pd.Series(["geld", "kennis"])).tolist()
    [True, False]
    """
    return soorten.isin(TASTBARE_SOORTEN)


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Return the rows of a frame as plain-Python records, ``None`` for a missing value.

    Numpy and pandas scalars become ``int``, ``float``, ``bool`` and ``str``, so the
    records go straight into ``json.dumps``.

    Example
    -------
    >>> records(pd.DataFrame({"a": [1, 2], "b": [0.5, float("nan")]}))
    [{'a': 1, 'b': 0.5}, {'a': 2, 'b': None}]
    """
    schoon = frame.astype(object).where(frame.notna(), None)
    return schoon.to_dict(orient="records")
