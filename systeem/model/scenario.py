"""Scenario: a named, ordered list of interventies on top of a kaart.

A scenario is data, stored with its kaart: a name and the interventies in the order
they apply, each switched on (``aan``) or off.  :mod:`systeem.analyses.interventies` applies a
scenario to a kaart and returns a new kaart; this module only says what a scenario
*is* and converts it to and from the plain dicts of the file format (versie 2, see
docs/file-format.md).

The moves (``zet``), one frozen dataclass each:

- :class:`Ambitie` ("ambitie bijstellen"): the opgave gives more back - what it returns
  to all or chosen partners is scaled by ``factor``, and/or a new shared benefit of
  ``soort`` and ``waarde`` goes to each of them;
- :class:`Bijdrage` ("bijdrage aanpassen"): a partner brings more or less - its outgoing
  stromen (all, or those to ``naar`` and/or of ``soort``) scaled by ``factor`` or
  changed by whole ``punten``;
- :class:`Compensatie` ("compenseren"): ``punten`` of ``soort`` to a partner from
  another partner or the opgave;
- :class:`DerdePartij` ("derde partij"): a new party (legislator, funder) with its stromen;
- :class:`Kostenverdeling`: the money the partners bring to the opgave shared by a key:
  each its own costs, equal shares, by use, by size;
- :class:`Vertrek` ("wat als ... vertrekt"): a partner leaves the kaart.

Partner ids in an interventie are not checked against the kaart here: the kaart keeps
changing under its scenarios, so a move that refers to a partner no longer on it is
skipped when applied, and the page says so.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, ClassVar

#: The cost-sharing keys, in the order the page offers them.
SLEUTELS = ("eigen", "gelijk", "gebruik", "grootte")
#: Direction of a third party's stroom: it brings to ``met``, or takes from ``met``.
RICHTINGEN = ("brengt", "haalt")


@dataclass(frozen=True)
class Interventie:
    """One what-if move; subclasses add the move's parameters.  ``aan``: switched on."""

    zet: ClassVar[str] = ""
    aan: bool = True

    def naar_dict(self) -> dict[str, Any]:
        """The move as a plain dict of the file format, ``zet`` first.

        Example
        -------
        >>> Compensatie(partner="a", punten=3).naar_dict()
        {'zet': 'compenseren', 'aan': True, 'partner': 'a', 'van': 'opgave', 'soort': 'geld', 'punten': 3, 'omschrijving': ''}
        """
        velden = {f.name: _plat(getattr(self, f.name)) for f in dataclasses.fields(self)}
        return {"zet": self.zet, **velden}

    def verwijzingen(self) -> set[str]:
        """The partner ids the move refers to (a third party's own id excluded)."""
        return set()


@dataclass(frozen=True)
class Ambitie(Interventie):
    """Ambitie bijstellen: the opgave gives more back.

    ``factor`` scales every stroom from the opgave to the chosen ``partners`` (all
    partners when empty); ``waarde`` > 0 adds a new shared benefit of ``soort`` from the
    opgave to each of them.
    """

    zet: ClassVar[str] = "ambitie"
    factor: float = 1.0
    partners: tuple[str, ...] = ()
    soort: str = ""
    waarde: int = 0
    omschrijving: str = ""

    def verwijzingen(self) -> set[str]:
        return set(self.partners)


@dataclass(frozen=True)
class Bijdrage(Interventie):
    """Bijdrage aanpassen: what ``partner`` brings, scaled or changed by whole points.

    The move works on the partner's outgoing stromen to ``naar`` and of ``soort`` (empty:
    any).  Exactly one of ``factor`` (scale each stroom, rounded to whole points) and
    ``punten`` (remove points from its largest stromen first, or add points as a new
    stroom to ``naar``, the opgave when empty) is set.
    """

    zet: ClassVar[str] = "bijdrage"
    partner: str = ""
    factor: float | None = None
    punten: int | None = None
    naar: str = ""
    soort: str = ""

    def verwijzingen(self) -> set[str]:
        return {self.partner} | ({self.naar} if self.naar else set())


@dataclass(frozen=True)
class Compensatie(Interventie):
    """Compenseren: ``punten`` of ``soort`` to ``partner`` from ``van`` (a partner or the opgave)."""

    zet: ClassVar[str] = "compenseren"
    partner: str = ""
    van: str = "opgave"
    soort: str = "geld"
    punten: int = 1
    omschrijving: str = ""

    def verwijzingen(self) -> set[str]:
        return {self.partner, self.van}


@dataclass(frozen=True)
class DerdeStroom:
    """A stroom of a third party: it ``brengt`` to or ``haalt`` from ``met``."""

    met: str
    soort: str
    waarde: int
    richting: str = "brengt"
    omschrijving: str = ""


@dataclass(frozen=True)
class DerdePartij(Interventie):
    """Derde partij: a new partner ``id``/``naam`` (a legislator, a funder) with its stromen."""

    zet: ClassVar[str] = "derde"
    id: str = ""
    naam: str = ""
    type: str = "organisatie"
    sector: str = ""
    invloed: int | None = None
    stromen: tuple[DerdeStroom, ...] = ()

    def verwijzingen(self) -> set[str]:
        return {s.met for s in self.stromen}


@dataclass(frozen=True)
class Kostenverdeling(Interventie):
    """A cost-sharing key (:data:`SLEUTELS`) on the money the partners bring to the opgave.

    ``partners`` limits the key to some partners (all when empty); ``gewichten`` gives
    each partner's size for the key ``grootte`` (missing: its invloed).
    """

    zet: ClassVar[str] = "kostenverdeling"
    sleutel: str = "eigen"
    partners: tuple[str, ...] = ()
    gewichten: tuple[tuple[str, float], ...] = ()

    def naar_dict(self) -> dict[str, Any]:
        return {**super().naar_dict(), "gewichten": dict(self.gewichten)}

    def verwijzingen(self) -> set[str]:
        return set(self.partners) | {k for k, _ in self.gewichten}


@dataclass(frozen=True)
class Vertrek(Interventie):
    """Wat als ``partner`` vertrekt: the partner and everything that refers to it go."""

    zet: ClassVar[str] = "vertrek"
    partner: str = ""

    def verwijzingen(self) -> set[str]:
        return {self.partner}


#: The move classes by their ``zet``.
ZETTEN: dict[str, type[Interventie]] = {
    k.zet: k for k in (Ambitie, Bijdrage, Compensatie, DerdePartij, Kostenverdeling, Vertrek)
}


@dataclass(frozen=True)
class Scenario:
    """A named, ordered list of interventies.

    Example
    -------
    >>> s = Scenario("Gemeente compenseert", (Compensatie(partner="zorg", van="gemeente"),))
    >>> s.naar_dict()["interventies"][0]["zet"]
    'compenseren'
    >>> uit_dict(s.naar_dict()) == s
    True
    """

    naam: str
    interventies: tuple[Interventie, ...] = ()

    def naar_dict(self) -> dict[str, Any]:
        """The scenario as a plain dict of the file format."""
        return {"naam": self.naam, "interventies": [i.naar_dict() for i in self.interventies]}

    def met(self, **wijzigingen: Any) -> Scenario:
        """A copy with the given fields replaced."""
        return dataclasses.replace(self, **wijzigingen)

    def aangezet(self) -> tuple[Interventie, ...]:
        """The interventies that are switched on, in order."""
        return tuple(i for i in self.interventies if i.aan)


def uit_dict(doc: dict[str, Any]) -> Scenario:
    """Build a :class:`Scenario` from a dict that passed validation (file format v2).

    Example
    -------
    >>> s = uit_dict({"naam": "S", "interventies": [{"zet": "vertrek", "partner": "a"}]})
    >>> s.interventies
    (Vertrek(aan=True, partner='a'),)
    """
    return Scenario(
        naam=doc["naam"], interventies=tuple(interventie(i) for i in doc.get("interventies", []))
    )


def interventie(doc: dict[str, Any]) -> Interventie:
    """Build one move from its dict (``zet`` says which); absent fields get their default.

    Example
    -------
    >>> interventie({"zet": "ambitie", "factor": 1.5, "partners": ["a"]})
    Ambitie(aan=True, factor=1.5, partners=('a',), soort='', waarde=0, omschrijving='')
    """
    soort = ZETTEN[doc["zet"]]
    velden = {k: v for k, v in doc.items() if k != "zet"}
    if "partners" in velden:
        velden["partners"] = tuple(velden["partners"])
    if "gewichten" in velden:
        velden["gewichten"] = tuple((str(k), float(v)) for k, v in velden["gewichten"].items())
    if "stromen" in velden:
        velden["stromen"] = tuple(DerdeStroom(**s) for s in velden["stromen"])
    if "factor" in velden and velden["factor"] is not None:
        velden["factor"] = float(velden["factor"])
    return soort(**velden)


def _plat(waarde: Any) -> Any:
    """A field value as plain JSON-ready data."""
    if isinstance(waarde, tuple):
        return [_plat(w) for w in waarde]
    if dataclasses.is_dataclass(waarde):
        return {f.name: _plat(getattr(waarde, f.name)) for f in dataclasses.fields(waarde)}
    return waarde
