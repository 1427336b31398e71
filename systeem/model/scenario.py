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

Also here, because they are what a scenario and a move *are*:

- how a form asks for each field of a move (:class:`Veld`, read with :func:`velden`), so
  one generic form serves every move (:mod:`systeem.model.invullen` builds the move from
  its answers);
- a move in one sentence with the names of its partners (:func:`beschrijving`);
- the rules of a kaart's list of scenarios: names are unique and not empty
  (:func:`nieuw`, :func:`hernoemd`, :func:`vrije_naam`, :func:`volgende_naam`), the
  order changes one step at a time (:func:`verschoven`), and which scenario is active
  after the list changed under it (:func:`actieve_plek`); the moves of one scenario
  follow the same rules (:meth:`Scenario.met_aan`, :meth:`Scenario.verschoven`, ...).
  Every rule is a pure function that returns a new tuple; a refused change raises
  :class:`ScenarioFout` with a code, and the page says it in the user's language.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, TypeVar

from systeem.model.kaart import OPGAVE, PARTNER_TYPES, Kaart
from systeem.teksten import aantal_punten, tekst, woord

#: The cost-sharing keys, in the order the page offers them.
SLEUTELS = ("eigen", "gelijk", "gebruik", "grootte")
#: Direction of a third party's stroom: it brings to ``met``, or takes from ``met``.
RICHTINGEN = ("brengt", "haalt")
#: The most points one move of a partner or the opgave gives or takes, as a form offers
#: it and as a suggestion makes it.
MAX_PUNTEN = 50

T = TypeVar("T")


@dataclass(frozen=True)
class Veld:
    """How a form asks for one field of a move; the forms are built from these.

    ``soort`` says what the field holds:

    - ``"partner"``: a partner's id; ``"knoop"``: a partner's id or the opgave;
      ``"partners"``: partner ids (none: all partners);
    - ``"soort"``: a soort of stroom (a suggested one, one on the kaart, or a new one);
    - ``"getal"``: a whole number from ``min`` to ``max`` in steps of ``stap``;
    - ``"factor"``: a factor, asked as a change in percent from ``min`` to ``max`` in
      steps of ``stap`` (0 % is the factor 1, +50 % is 1.5);
    - ``"tekst"``: text of at most ``max`` characters (no limit: None);
    - ``"keuze"``: one of ``keuzes``;
    - ``"tabel"``: rows of the dataclass ``rij``, whose fields carry their own Veld;
    - ``"gewichten"``: a number from ``min`` to ``max`` per partner, or none.

    ``verplicht``: the form must answer it.  ``voorstel``: the answer a form starts with
    where it is not the field's default (a compensation in ``geld``).  ``naam``: what a
    form calls the field where that is not the field's own name (``"ontvanger"``, the
    partner a compensation goes to).  ``als``: the field counts only while another field
    has the given answer (the sizes, only for the key ``grootte``).

    Example
    -------
    >>> [(naam, veld.soort, start) for naam, veld, start in velden(Vertrek)]
    [('partner', 'partner', '')]
    """

    soort: str
    verplicht: bool = False
    min: float | None = None
    max: float | None = None
    stap: float = 1
    keuzes: tuple[str, ...] = ()
    voorstel: Any = None
    naam: str = ""
    als: tuple[str, Any] | None = None
    rij: type | None = None


def _vraag(soort: str, standaard: Any = dataclasses.MISSING, **veld: Any) -> Any:
    """A dataclass field with its default, and how a form asks for it."""
    return dataclasses.field(default=standaard, metadata={"veld": Veld(soort, **veld)})


def velden(klasse: type) -> tuple[tuple[str, Veld, Any], ...]:
    """The fields a form asks for, in order: ``(name, Veld, the answer it starts with)``.

    A field without a :class:`Veld` (``aan``, a third party's ``id``) is not asked for.

    Example
    -------
    >>> [(naam, start) for naam, _, start in velden(Compensatie)]
    [('partner', ''), ('van', 'opgave'), ('soort', 'geld'), ('punten', 1), ('omschrijving', '')]
    >>> velden(Compensatie)[0][1].naam
    'ontvanger'
    """
    uit = []
    for f in dataclasses.fields(klasse):
        veld = f.metadata.get("veld")
        if veld is None:
            continue
        start = f.default if f.default is not dataclasses.MISSING else None
        uit.append((f.name, veld, start if veld.voorstel is None else veld.voorstel))
    return tuple(uit)


def vraagt_partners(klasse: type) -> bool:
    """Whether a form for ``klasse`` asks for partners of the kaart (it is of no use on a
    kaart without partners).

    Example
    -------
    >>> vraagt_partners(Vertrek), vraagt_partners(DerdePartij)
    (True, False)
    """
    return any(v.soort in ("partner", "partners") for _, v, _ in velden(klasse))


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
    factor: float = _vraag("factor", 1.0, min=-100, max=400, stap=5, naam="procent")
    partners: tuple[str, ...] = _vraag("partners", ())
    soort: str = _vraag("soort", "", voorstel="overig", naam="soort_voordeel")
    waarde: int = _vraag("getal", 0, min=0, max=5)
    omschrijving: str = _vraag("tekst", "")

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
    #: Exactly one of these is set; a form asks which.
    EEN_VAN: ClassVar[tuple[str, ...]] = ("punten", "factor")
    partner: str = _vraag("partner", "", verplicht=True)
    factor: float | None = _vraag(
        "factor", None, min=-100, max=400, stap=5, voorstel=1.0, naam="procent"
    )
    punten: int | None = _vraag("getal", None, min=-MAX_PUNTEN, max=MAX_PUNTEN, voorstel=-1)
    naar: str = _vraag("knoop", "")
    soort: str = _vraag("soort", "")

    def verwijzingen(self) -> set[str]:
        return {self.partner} | ({self.naar} if self.naar else set())


@dataclass(frozen=True)
class Compensatie(Interventie):
    """Compenseren: ``punten`` of ``soort`` to ``partner`` from ``van`` (a partner or the opgave)."""

    zet: ClassVar[str] = "compenseren"
    partner: str = _vraag("partner", "", verplicht=True, naam="ontvanger")
    van: str = _vraag("knoop", OPGAVE, verplicht=True)
    soort: str = _vraag("soort", "geld", verplicht=True)
    punten: int = _vraag("getal", 1, min=1, max=MAX_PUNTEN)
    omschrijving: str = _vraag("tekst", "")

    def verwijzingen(self) -> set[str]:
        return {self.partner, self.van}


@dataclass(frozen=True)
class DerdeStroom:
    """A stroom of a third party: it ``brengt`` to or ``haalt`` from ``met``."""

    met: str = _vraag("knoop", verplicht=True, voorstel=OPGAVE)
    soort: str = _vraag("soort", verplicht=True, voorstel="geld")
    waarde: int = _vraag("getal", verplicht=True, min=1, max=5, voorstel=3)
    richting: str = _vraag("keuze", "brengt", keuzes=RICHTINGEN)
    omschrijving: str = _vraag("tekst", "")


@dataclass(frozen=True)
class DerdePartij(Interventie):
    """Derde partij: a new partner ``id``/``naam`` (a legislator, a funder) with its stromen."""

    zet: ClassVar[str] = "derde"
    id: str = ""
    naam: str = _vraag("tekst", "", verplicht=True, max=80)
    type: str = _vraag("keuze", "organisatie", keuzes=PARTNER_TYPES)
    sector: str = _vraag("tekst", "")
    invloed: int | None = _vraag("getal", None, min=0, max=5)
    stromen: tuple[DerdeStroom, ...] = _vraag(
        "tabel", (), rij=DerdeStroom, voorstel=(DerdeStroom(met=OPGAVE, soort="geld", waarde=3),)
    )

    def verwijzingen(self) -> set[str]:
        return {s.met for s in self.stromen}


@dataclass(frozen=True)
class Kostenverdeling(Interventie):
    """A cost-sharing key (:data:`SLEUTELS`) on the money the partners bring to the opgave.

    ``partners`` limits the key to some partners (all when empty); ``gewichten`` gives
    each partner's size for the key ``grootte`` (missing: its invloed).
    """

    zet: ClassVar[str] = "kostenverdeling"
    sleutel: str = _vraag("keuze", "eigen", keuzes=SLEUTELS)
    partners: tuple[str, ...] = _vraag("partners", ())
    gewichten: tuple[tuple[str, float], ...] = _vraag(
        "gewichten", (), min=0, max=1_000_000, naam="grootte", als=("sleutel", "grootte")
    )

    def naar_dict(self) -> dict[str, Any]:
        return {**super().naar_dict(), "gewichten": dict(self.gewichten)}

    def verwijzingen(self) -> set[str]:
        return set(self.partners) | {k for k, _ in self.gewichten}


@dataclass(frozen=True)
class Vertrek(Interventie):
    """Wat als ``partner`` vertrekt: the partner and everything that refers to it go."""

    zet: ClassVar[str] = "vertrek"
    partner: str = _vraag("partner", "", verplicht=True, naam="vertrekker")

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

    def erbij(self, zet: Interventie) -> Scenario:
        """The scenario with ``zet`` added at the end.

        Example
        -------
        >>> Scenario("S").erbij(Vertrek(partner="a")).interventies
        (Vertrek(aan=True, partner='a'),)
        """
        return self.met(interventies=(*self.interventies, zet))

    def met_aan(self, plek: int, aan: bool) -> Scenario:
        """The scenario with the move at ``plek`` switched on or off (unchanged when
        there is no such move).

        Example
        -------
        >>> Scenario("S", (Vertrek(partner="a"),)).met_aan(0, False).aangezet()
        ()
        """
        if not 0 <= plek < len(self.interventies):
            return self
        zet = dataclasses.replace(self.interventies[plek], aan=aan)
        return self.met(interventies=vervangen(self.interventies, plek, zet))

    def verschoven(self, plek: int, stap: int) -> Scenario:
        """The scenario with the move at ``plek`` moved ``stap`` places (:func:`verschoven`)."""
        return self.met(interventies=verschoven(self.interventies, plek, stap))

    def zonder(self, plek: int) -> Scenario:
        """The scenario without the move at ``plek`` (:func:`zonder`)."""
        return self.met(interventies=zonder(self.interventies, plek))


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


# ---------------------------------------------------------------------------
# A move in words.


def beschrijving(zet: Interventie, kaart: Kaart, taal: str = "nl") -> str:
    """The move in one sentence, with the names of the partners it concerns.

    Example
    -------
    >>> from systeem.model.schets import schets
    >>> k = schets("a")
    >>> beschrijving(Compensatie(partner="a", punten=3, soort="geld"), k)
    'Compenseren: A krijgt 3 punten geld van de opgave.'
    >>> beschrijving(Bijdrage(partner="a", punten=-1), k)
    'Bijdrage aanpassen: A brengt 1 punt minder.'
    >>> beschrijving(Bijdrage(partner="a", factor=1.5), k, "en")
    'Adjust a contribution: A brings 50% more.'
    """
    namen = kaart.namen()
    namen[OPGAVE] = tekst("interventie.de_opgave", taal)

    def naam(pid: str) -> str:
        return namen.get(pid, pid)

    def wie(ids: tuple[str, ...]) -> str:
        return ", ".join(naam(p) for p in ids) if ids else tekst("interventie.alle", taal)

    def procent(factor: float) -> str:
        """A factor as the change it makes: 1.5 is "50% meer", 0.8 "20% minder"."""
        verschil = round((factor - 1) * 100, 1)
        getal = f"{abs(verschil):g}"
        getal = getal.replace(".", ",") if taal == "nl" else getal
        return tekst(
            "zet.procent.minder" if verschil < 0 else "zet.procent.meer", taal, procent=getal
        )

    if isinstance(zet, Ambitie):
        delen = []
        if zet.factor != 1:
            delen.append(
                tekst("zet.ambitie.factor", taal, wie=wie(zet.partners), factor=procent(zet.factor))
            )
        if zet.waarde > 0:
            delen.append(
                tekst(
                    "zet.ambitie.nieuw",
                    taal,
                    wie=wie(zet.partners),
                    soort=woord("soort", zet.soort or "overig", taal),
                    waarde=zet.waarde,
                )
            )
        inhoud = "; ".join(delen) or tekst("zet.niets", taal)
    elif isinstance(zet, Bijdrage):
        filter_ = []
        if zet.naar:
            filter_.append(tekst("zet.bijdrage.naar", taal, naar=naam(zet.naar)))
        if zet.soort:
            filter_.append(tekst("zet.bijdrage.soort", taal, soort=woord("soort", zet.soort, taal)))
        welke = (" " + " ".join(filter_)) if filter_ else ""
        if zet.factor is not None:
            inhoud = tekst(
                "zet.bijdrage.factor", taal, partner=naam(zet.partner), factor=procent(zet.factor)
            )
        elif (zet.punten or 0) < 0:
            inhoud = tekst(
                "zet.bijdrage.minder",
                taal,
                partner=naam(zet.partner),
                punten=aantal_punten(-zet.punten, taal),
            )
        else:
            inhoud = tekst(
                "zet.bijdrage.meer",
                taal,
                partner=naam(zet.partner),
                punten=aantal_punten(zet.punten or 0, taal),
            )
        inhoud += welke
    elif isinstance(zet, Compensatie):
        inhoud = tekst(
            "zet.compenseren.tekst",
            taal,
            partner=naam(zet.partner),
            punten=aantal_punten(zet.punten, taal),
            soort=woord("soort", zet.soort, taal),
            van=naam(zet.van),
        )
    elif isinstance(zet, DerdePartij):
        sleutel = {0: "zet.derde.tekst.0", 1: "zet.derde.tekst.1"}.get(
            len(zet.stromen), "zet.derde.tekst"
        )
        inhoud = tekst(sleutel, taal, naam=zet.naam, aantal=len(zet.stromen))
    elif isinstance(zet, Kostenverdeling):
        inhoud = tekst(f"zet.kostenverdeling.{zet.sleutel}", taal)
        if zet.partners:
            inhoud += tekst("zet.kostenverdeling.tussen", taal, wie=wie(zet.partners))
    elif isinstance(zet, Vertrek):
        inhoud = tekst("zet.vertrek.tekst", taal, partner=naam(zet.partner))
    else:
        raise TypeError(f"onbekende interventie {zet!r}")
    return f"{tekst(f'zet.{zet.zet}', taal)}: {inhoud}."


# ---------------------------------------------------------------------------
# The list of scenarios (and of the moves in one): pure rules on tuples.


class ScenarioFout(ValueError):
    """A change to the list of scenarios that is refused.

    ``code`` says why: ``"naam_leeg"`` (a scenario needs a name) or ``"bestaat"``
    (another scenario has that name, ``waarden["naam"]``).  The page says it in the
    user's language.
    """

    def __init__(self, code: str, **waarden: Any):
        self.code, self.waarden = code, waarden
        super().__init__(f"{code} {waarden}")


def vrije_naam(scenarios: Sequence[Scenario], basis: str) -> str:
    """``basis`` when no scenario has that name yet, else the first free ``"basis (2)"``,
    ``"basis (3)"``, ...

    Example
    -------
    >>> vrije_naam((Scenario("Zonder A"), Scenario("Zonder A (2)")), "Zonder A")
    'Zonder A (3)'
    >>> vrije_naam((), "Zonder A")
    'Zonder A'
    """
    bezet = {s.naam for s in scenarios}
    naam, n = basis, 2
    while naam in bezet:
        naam, n = f"{basis} ({n})", n + 1
    return naam


def volgende_naam(scenarios: Sequence[Scenario], patroon: Callable[[int], str]) -> str:
    """The name of a new scenario: ``patroon(n)`` for the first ``n``, from the number of
    scenarios + 1 up, that no scenario has yet ("Scenario 3").

    Example
    -------
    >>> volgende_naam((Scenario("Plan"), Scenario("Scenario 3")), "Scenario {}".format)
    'Scenario 4'
    """
    bezet = {s.naam for s in scenarios}
    n = len(scenarios) + 1
    while patroon(n) in bezet:
        n += 1
    return patroon(n)


def nieuw(
    scenarios: Sequence[Scenario], naam: str, interventies: Sequence[Interventie] = ()
) -> tuple[Scenario, ...]:
    """The list with a new scenario ``naam`` (spaces around it dropped) at the end.

    Raises
    ------
    ScenarioFout
        ``naam_leeg`` when the name is empty, ``bestaat`` when a scenario has it already.

    Example
    -------
    >>> [s.naam for s in nieuw((Scenario("A"),), " B ")]
    ['A', 'B']
    >>> nieuw((Scenario("A"),), "A")
    Traceback (most recent call last):
    ...
    systeem.model.scenario.ScenarioFout: bestaat {'naam': 'A'}
    """
    naam = _geldige_naam(naam, scenarios)
    return (*scenarios, Scenario(naam, tuple(interventies)))


def hernoemd(scenarios: Sequence[Scenario], plek: int, naam: str) -> tuple[Scenario, ...]:
    """The list with the scenario at ``plek`` called ``naam`` (spaces around it dropped);
    unchanged when there is no scenario at ``plek``.

    Raises
    ------
    ScenarioFout
        ``naam_leeg`` when the name is empty, ``bestaat`` when another scenario has it.

    Example
    -------
    >>> [s.naam for s in hernoemd((Scenario("A"), Scenario("B")), 1, "C")]
    ['A', 'C']
    >>> hernoemd((Scenario("A"), Scenario("B")), 1, "A")
    Traceback (most recent call last):
    ...
    systeem.model.scenario.ScenarioFout: bestaat {'naam': 'A'}
    """
    scenarios = tuple(scenarios)
    if not 0 <= plek < len(scenarios):
        return scenarios
    naam = _geldige_naam(naam, scenarios[:plek] + scenarios[plek + 1 :])
    return vervangen(scenarios, plek, scenarios[plek].met(naam=naam))


def actieve_plek(namen: Sequence[str], plek: object, naam: object) -> int | None:
    """The place of the active scenario in a list with ``namen``, when it was at ``plek``
    and called ``naam`` before the list changed (undo, another tab, a deletion).

    The scenario that is still at its place with its name; else the scenario with its
    name (it moved); else the one now at its place, or the last (it is gone).  None for
    an empty list; place 0 when nothing was active.

    Example
    -------
    >>> actieve_plek(["A", "B", "C"], 0, "B"), actieve_plek(["A", "B"], 1, "X")
    (1, 1)
    >>> actieve_plek(["A"], 3, "X"), actieve_plek(["A", "B"], None, None), actieve_plek([], 0, "A")
    (0, 0, None)
    """
    if not namen:
        return None
    if not isinstance(plek, int) or isinstance(plek, bool):
        plek = 0
    if 0 <= plek < len(namen) and namen[plek] == naam:
        return plek
    if naam in namen:
        return list(namen).index(naam)
    return min(max(plek, 0), len(namen) - 1)


def vervangen(reeks: Sequence[T], plek: int, nieuw: T) -> tuple[T, ...]:
    """``reeks`` with the item at ``plek`` replaced by ``nieuw``.

    Example
    -------
    >>> vervangen(("a", "b", "c"), 1, "x")
    ('a', 'x', 'c')
    """
    return (*reeks[:plek], nieuw, *reeks[plek + 1 :])


def verschoven(reeks: Sequence[T], plek: int, stap: int) -> tuple[T, ...]:
    """``reeks`` with the item at ``plek`` swapped with the one ``stap`` places on (-1:
    one up, 1: one down); unchanged when either place is outside the list.

    Example
    -------
    >>> verschoven(("a", "b", "c"), 0, 1), verschoven(("a", "b", "c"), 0, -1)
    (('b', 'a', 'c'), ('a', 'b', 'c'))
    """
    lijst = list(reeks)
    if 0 <= plek < len(lijst) and 0 <= plek + stap < len(lijst):
        lijst[plek], lijst[plek + stap] = lijst[plek + stap], lijst[plek]
    return tuple(lijst)


def zonder(reeks: Sequence[T], plek: int) -> tuple[T, ...]:
    """``reeks`` without the item at ``plek`` (unchanged when there is none).

    Example
    -------
    >>> zonder(("a", "b", "c"), 1), zonder(("a",), 4)
    (('a', 'c'), ('a',))
    """
    if not 0 <= plek < len(reeks):
        return tuple(reeks)
    return (*reeks[:plek], *reeks[plek + 1 :])


def _geldige_naam(naam: str, anderen: Sequence[Scenario]) -> str:
    naam = str(naam or "").strip()
    if not naam:
        raise ScenarioFout("naam_leeg")
    if naam in {s.naam for s in anderen}:
        raise ScenarioFout("bestaat", naam=naam)
    return naam
