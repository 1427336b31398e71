"""Kumu: Kumu's spreadsheet layout (elements and connections), read and written.

Kumu (kumu.io) imports a map from a workbook whose sheets hold **elements** (a ``Label``
column, optionally ``ID``, ``Type``, ``Description``, ``Tags`` and any other field) and
**connections** (``From`` and ``To``, optionally ``ID``, ``Type``, ``Label``,
``Description``, ``Strength``, ``Direction``, ``Tags``, ...).  Kumu reads a sheet by its
columns, not by its name: any sheet with From and To holds connections, any other sheet
with a Label column holds elements; a sheet whose name ends in ``(ignore)`` is passed
over, and two empty rows start a new part of a sheet with its own column names.

Reading (:func:`uit_bladen`, :func:`lees`) maps them onto a kaart, following Kumu's own
rules (docs.kumu.io, "Structure your data for Kumu", "How do I avoid duplicating data?",
"How do I add arrows to my connections?"):

- an element is a partner: Label -> naam, Description -> toelichting, Type -> type when
  it is organisatie/team/persoon (organization, organisation, person), otherwise type
  organisatie with the Type as sector; an element whose Type is one of
  :data:`OPGAVE_TYPES` is the opgave (the first one), its Label the opgave text and its
  Description the kaart's toelichting;
- identity as in Kumu: an element with an ID is known by its ID, one without by its
  Label and Type together; rows that name the same element are merged into one (the
  later row's non-empty cells win), so the same Label with another Type is another
  element; From and To name an element by its ID, else by its Label (exactly, else
  without regard to case); a Label shared by two elements is ambiguous there and that
  connection row is refused; a From or To that names no element becomes a new partner,
  as Kumu does;
- a connection is a stroom: Type -> soort (lower case; ``overig`` when empty), Label ->
  omschrijving, Strength -> waarde (:func:`sterkte_waarden`); ``A|B`` in From or To gives
  one stroom per pair; Direction ``mutual`` or ``undirected`` gives two stromen, one each
  way with the same waarde (the second marked ``"kumu:spiegel": true``), so a two-way
  connection does not tilt the balance; a connection from an element to itself is left
  out (noted);
- every other column (Tags, Description of a connection, Direction, ID, Image, any
  field) is kept in the row's extra fields under its own column name, and so are the
  original Type and Strength where the kaart's own field cannot give them back;
- a row that cannot be read (an empty Label, From or To, a Strength that is neither a
  number nor a known word, an unknown Direction, an ambiguous From or To) refuses the
  workbook with :class:`KumuRijfouten` listing every such row, or, with ``sla_over``,
  is left out and listed in :attr:`KumuImport.overgeslagen`.

What happened is told in :attr:`KumuImport.meldingen` (notes as data, written in any
language with ``notities_in(taal)``; :attr:`KumuImport.notities` gives them in Dutch).

Writing (:func:`naar_bladen`, :func:`naar_xlsx`) gives sheets Elements (the opgave when
it is in use, then the partners, with their balans and klasse as fields Kumu can colour
by) and Connections, putting back the original Type, Strength, Direction, ID and every
extra field, and folding a two-way pair back into one connection.  A kaart that came
from Kumu goes back to Kumu without losing or adding anything; afhankelijkheden,
belangen, posities, scenarios and the pijlerscan are not part of it.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any

import numpy as np
import pandas as pd

from systeem.analyses import balans as balans_mod
from systeem.analyses import netwerkmaten
from systeem.bestanden import bladen as bladen_mod
from systeem.bestanden.excel import schrijf_bladen
from systeem.bestanden.meldingen import (
    MetNotities,
    aantal,
    decimaal,
    opsomming,
    probleem,
    reeks,
    zin,
)
from systeem.model.kaart import (
    OPGAVE,
    Kaart,
    extra_dicts,
    heeft_opgave,
    slug,
    standaard_tastbaar,
)
from systeem.model.problemen import KaartFout, Probleem, Zin
from systeem.model.validatie import valideer

ELEMENTEN = "Elements"
VERBINDINGEN = "Connections"

#: Type words (compared without regard to case) that mark the opgave element.
OPGAVE_TYPES = frozenset({"opgave", "gedeelde opgave", "shared task"})

#: Element fields this program writes itself (derived from the stromen); passed over
#: silently on reading.
AFGELEID = frozenset({"brengen", "halen", "balans", "klasse", *netwerkmaten.KOLOMMEN})

#: Kumu type words -> partner type.
TYPES = {
    "organisatie": "organisatie",
    "organization": "organisatie",
    "organisation": "organisatie",
    "team": "team",
    "persoon": "persoon",
    "person": "persoon",
}

#: Waarde of a connection without Strength.
STANDAARD_WAARDE = 3

#: Kumu's connection directions; the first is the default.
RICHTINGEN = ("directed", "mutual", "undirected")
#: Directions that give a stroom each way.
TWEEZIJDIG = frozenset({"mutual", "undirected"})

#: Strength words (compared without regard to case and extra spaces) -> waarde.
STERKTE_WOORDEN = {
    **dict.fromkeys(("very weak", "zeer zwak", "heel zwak", "very low", "zeer laag"), 1),
    **dict.fromkeys(("weak", "zwak", "low", "laag"), 2),
    **dict.fromkeys(
        ("medium", "moderate", "average", "middel", "gemiddeld", "matig", "normaal"), 3
    ),
    **dict.fromkeys(("strong", "sterk", "high", "hoog"), 4),
    **dict.fromkeys(("very strong", "zeer sterk", "heel sterk", "very high", "zeer hoog"), 5),
}

#: Extra-field keys of the Kumu import's own bookkeeping.
SPIEGEL = "kumu:spiegel"  # the second stroom of a mutual or undirected connection
WAARDE = "kumu:waarde"  # the waarde the Strength gave at import
GROEP = "kumu:verbinding"  # the connection row a stroom of an ``A|B`` row came from

#: A sheet whose name ends so is passed over, as Kumu does.
NEGEER = "(ignore)"

# Column roles per kind of sheet (column names compared without regard to case).
_ROLLEN = {
    ELEMENTEN: {
        "id": "id",
        "label": "label",
        "type": "type",
        "element type": "type",
        "description": "description",
        "sector": "sector",
        "invloed": "invloed",
    },
    VERBINDINGEN: {
        "id": "id",
        "from": "van",
        "to": "naar",
        "type": "type",
        "connection type": "type",
        "label": "label",
        "strength": "strength",
        "direction": "direction",
        "tastbaar": "tastbaar",
    },
}
_KOP = {"id": "ID", "type": "Type", "strength": "Strength", "direction": "Direction"}
_MAX_SLEUTEL = 100


@dataclass(frozen=True)
class Rijfout:
    """One row of a Kumu sheet that cannot be read: sheet, row (as the spreadsheet
    numbers it), column (``""``: the extra columns together) and what is wrong
    (``melding``: a :class:`~systeem.model.problemen.Zin`, or the validation
    :class:`~systeem.model.problemen.Probleem` the row gave).

    Example
    -------
    >>> r = Rijfout("Connections", 4, "Direction", zin("invoer.kumu.richting", waarde="op"))
    >>> str(r)
    'blad Connections, rij 4, kolom Direction: moet directed, mutual of undirected zijn, niet "op"'
    >>> r.in_taal("en")
    'sheet Connections, row 4, column Direction: must be directed, mutual or undirected, not "op"'
    """

    blad: str
    rij: int
    kolom: str
    melding: Zin | Probleem

    @property
    def tekst(self) -> str:
        """What is wrong, in Dutch."""
        return self.melding.in_taal("nl")

    def kolom_in(self, taal: str = "nl") -> str:
        """The column as a reader sees it in ``taal``."""
        return self.kolom or zin("invoer.kumu.extra_kolommen").in_taal(taal)

    def probleem(self) -> Probleem:
        """The row as a problem of the file as a whole (sheet, row and column in its text)."""
        kolom = self.kolom or zin("invoer.kumu.extra_kolommen")
        return probleem(
            "invoer.kumu.rij", blad=self.blad, rij=self.rij, kolom=kolom, melding=self.melding
        )

    def in_taal(self, taal: str = "nl") -> str:
        """The row and what is wrong with it, in ``taal``."""
        return self.probleem().in_taal(taal)

    def __str__(self) -> str:
        return self.in_taal("nl")


class KumuRijfouten(KaartFout):
    """Rows of a Kumu workbook that cannot be read; the rest could be.

    ``rijen`` lists them (:class:`Rijfout`); reading again with ``sla_over=True`` leaves
    them out and imports the rest.

    Example
    -------
    >>> fout = KumuRijfouten([Rijfout("Elements", 3, "Label", zin("invoer.kumu.leeg"))])
    >>> isinstance(fout, KaartFout), str(fout.problemen[0])
    (True, 'blad Elements, rij 3, kolom Label: is leeg; vul dit in')
    """

    def __init__(self, rijen: Sequence[Rijfout]):
        self.rijen = tuple(rijen)
        super().__init__([r.probleem() for r in self.rijen])


@dataclass(frozen=True)
class KumuImport(MetNotities):
    """A kaart read from Kumu, with notes on how it was read (``meldingen``), and the rows
    left out when read with ``sla_over`` (``weggelaten``, :class:`Rijfout`); see
    :class:`systeem.bestanden.meldingen.MetNotities` for them as text."""

    kaart: Kaart
    meldingen: tuple[Zin, ...] = field(default_factory=tuple)
    weggelaten: tuple[Rijfout, ...] = field(default_factory=tuple)


def is_kumu(bladen: Mapping[str, object]) -> bool:
    """Whether a workbook is in Kumu's layout: a sheet is called Elements or Connections,
    or none is one of ours (:data:`systeem.bestanden.bladen.BLADEN`) and a sheet has Kumu's columns
    (Label, or From and To).

    Example
    -------
    >>> is_kumu({"Elements": None, "Connections": None}), is_kumu({"Partners": None})
    (True, False)
    >>> is_kumu({"Mensen": pd.DataFrame(columns=["Label", "Type"])})
    True
    """
    namen = {_norm(n) for n in bladen}
    if namen & {_norm(ELEMENTEN), _norm(VERBINDINGEN)}:
        return True
    eigen = {_norm(n).replace(" ", "") for n in bladen_mod.BLADEN}
    if {n.replace(" ", "") for n in namen} & eigen:
        return False
    return any(
        isinstance(f, pd.DataFrame) and _soort_van([_norm(k) for k in f.columns]) is not None
        for f in bladen.values()
    )


def sterkte_waarden(sterkte: pd.Series) -> tuple[pd.Series, Zin | str]:
    """Return the waarde (1-5) of each Strength of one sheet, and the rule applied.

    The rule: a word (:data:`STERKTE_WOORDEN`: weak, medium, strong, zwak, sterk, ...)
    gives its value; numbers are kept when every number of the sheet is a whole number
    from 1 to 5, otherwise scaled linearly from the sheet's lowest..highest to 1..5 and
    rounded half up (all equal: 3); empty gives :data:`STANDAARD_WAARDE`.  Anything else
    gives NA (the caller refuses that row).  The rule is a message
    (:class:`~systeem.model.problemen.Zin`), or ``""`` when nothing was scaled or translated.

    Example
    -------
    >>> w, regel = sterkte_waarden(pd.Series([0.2, 0.6, 1.0, "Strong", None, "?"]))
    >>> w.tolist(), regel.in_taal(), regel.in_taal("en")
    ([1, 3, 5, 4, 3, <NA>], 'Strength 0,2 tot 1 is lineair omgezet naar 1-5; Strong = 4', 'Strength 0.2 to 1 was scaled linearly to 1-5; Strong = 4')
    """
    ruw = sterkte.astype(object).where(sterkte.notna(), None)
    getal = bladen_mod.getal_cellen(ruw, heel=False)
    is_getal = getal.map(lambda v: isinstance(v, float))
    tekst = ruw.map(lambda v: " ".join(v.split()).casefold() if isinstance(v, str) else None)
    woord = tekst.map(STERKTE_WOORDEN).where(~is_getal)
    waarde = pd.Series(pd.NA, index=sterkte.index, dtype="Int64")
    waarde[woord.notna()] = woord[woord.notna()].astype("int64")
    waarde[ruw.isna()] = STANDAARD_WAARDE
    regels: list[Zin | str] = []
    if is_getal.any():
        v = getal[is_getal].astype("float64")
        if ((v == np.floor(v)) & v.between(1, 5)).all():
            waarde[is_getal] = v.astype("int64")
        elif v.min() == v.max():
            waarde[is_getal] = 3
            regels.append(zin("invoer.kumu.sterkte_gelijk", waarde=decimaal(v.min())))
        else:
            laag, hoog = v.min(), v.max()
            geschaald = np.floor(1 + 4 * (v - laag) / (hoog - laag) + 0.5 + 1e-9)
            waarde[is_getal] = geschaald.clip(1, 5).astype("int64")
            regels.append(
                zin("invoer.kumu.sterkte_geschaald", laag=decimaal(laag), hoog=decimaal(hoog))
            )
    if woord.notna().any():
        gezien = ruw[woord.notna()].map(lambda v: " ".join(v.split()))
        gezien = gezien[~gezien.str.casefold().duplicated()]
        regels.append("; ".join(f"{w} = {STERKTE_WOORDEN[w.casefold()]}" for w in gezien.head(10)))
    return waarde, reeks(regels)


def uit_bladen(
    bladen: Mapping[str, pd.DataFrame],
    titel: str = "Kumu-kaart",
    *,
    sla_over: bool = False,
    secties: bool = True,
) -> KumuImport:
    """Map Kumu's sheets onto a kaart (see the module docstring for the rules).

    Parameters
    ----------
    bladen : sheet name -> frame, as :func:`systeem.bestanden.excel.lees_bladen` gives them (the
        header row as columns, the index the spreadsheet's row numbers).
    titel : the kaart's titel (Kumu's sheets carry none; the file name is usual).
    sla_over : leave out the rows that cannot be read (listed in ``overgeslagen``)
        instead of refusing the workbook.
    secties : two empty rows start a new part of a sheet with its own column names, as
        in Kumu's Excel and Google Sheets import (not in a CSV file: pass False).

    Raises
    ------
    KumuRijfouten
        when rows cannot be read and ``sla_over`` is False, listing every one.
    KaartFout
        for what is no row's fault: a sheet called Elements without a Label column, one
        called Connections without From or To, a column name used twice.

    Example
    -------
    >>> e = pd.DataFrame({"Label": ["Gemeente", "Zorg"], "Type": ["Organization", "Ziekenhuis"]},
    ...                  index=[2, 3])
    >>> c = pd.DataFrame({"From": ["Gemeente"], "To": ["Zorg"], "Type": ["Geld"],
    ...                   "Strength": [4], "Tags": ["x"]}, index=[2])
    >>> uit = uit_bladen({"Elements": e, "Connections": c}, titel="Proef")
    >>> uit.kaart.partners[["id", "type", "sector", "extra"]].values.tolist()
    [['gemeente', 'organisatie', '', '{"Type":"Organization"}'], ['zorg', 'organisatie', 'Ziekenhuis', '{"Type":"Ziekenhuis"}']]
    >>> uit.kaart.stromen[["soort", "waarde", "extra"]].values.tolist()
    [['geld', 4, '{"Type":"Geld","Tags":"x"}']]
    """
    delen, vaste_notities = _delen(bladen, secties)
    volgorde = {naam: i for i, naam in enumerate(bladen)}
    overslaan: dict[tuple[str, int], Rijfout] = {}
    for _ in range(6):
        uitkomst = _lees(delen, titel, set(overslaan))
        fouten = list(uitkomst.rijfouten)
        losse: list[Probleem] = []
        try:
            kaart = valideer(uitkomst.doc)
        except KaartFout as fout:
            for p in fout.problemen:
                geplaatst = uitkomst.plaats(p)
                (fouten if isinstance(geplaatst, Rijfout) else losse).append(geplaatst)
        if losse:
            raise KaartFout([*losse, *(f.probleem() for f in fouten)])
        if not fouten:
            overgeslagen = sorted(overslaan.values(), key=lambda f: _rang(f, volgorde))
            notities = [*vaste_notities, *uitkomst.notities]
            if overgeslagen:
                rijen = len({(f.blad, f.rij) for f in overgeslagen})
                notities.append(aantal("invoer.kumu.overgeslagen", rijen))
            return KumuImport(kaart, tuple(notities), tuple(overgeslagen))
        fouten = sorted(_uniek(fouten), key=lambda f: _rang(f, volgorde))
        nieuw = {(f.blad, f.rij): f for f in fouten if (f.blad, f.rij) not in overslaan}
        if not sla_over or not nieuw:
            raise KumuRijfouten(fouten)
        overslaan.update(nieuw)
    raise KumuRijfouten(sorted(overslaan.values(), key=lambda f: _rang(f, volgorde)))


def lees(inhoud: bytes, naam: str = "kumu.xlsx", *, sla_over: bool = False) -> KumuImport:
    """Read a Kumu spreadsheet (.xlsx) into a kaart with notes (see :func:`uit_bladen`).

    Example
    -------
    >>> from systeem.model.schets import schets
    >>> uit = lees(naar_xlsx(schets("a", "a>opgave geld 2")))
    >>> uit.kaart.stromen[["van", "naar", "waarde"]].values.tolist(), uit.notities_in("en")[0]
    ([['a', 'opgave', 2]], 'Element "Gedeelde opgave" (sheet Elements, row 2) is the shared task: its Type is "opgave".')
    """
    from systeem.bestanden import excel

    return uit_bladen(
        excel.lees_bladen(inhoud, naam),
        titel=PurePath(naam).stem or "Kumu-kaart",
        sla_over=sla_over,
    )


def naar_bladen(kaart: Kaart, taal: str = "nl") -> dict[str, pd.DataFrame]:
    """Return the kaart as Kumu's Elements and Connections sheets (text neutralised).

    Elements: the opgave (Type ``opgave``; left out when its text is empty and no stroom
    touches it), then the partners: Label, Type (the original Type when the kaart came
    from Kumu and it still fits, else organisatie/team/persoon), Description, Sector and
    Invloed where they say more than the Type, every extra field as its own column, and
    the derived Brengen, Halen, Balans, Klasse and the network measures
    (:data:`systeem.analyses.netwerkmaten.KOLOMMEN`).  Connections: From, To, Type (the
    original or the soort), Label (omschrijving), Strength (the original while the
    waarde is unchanged, else the waarde), Tastbaar where it differs from the soort's
    default, and every extra field (Description, Direction, Tags, ID, ...).  A two-way
    pair still intact is one connection with its Direction again; a broken one is two
    directed connections; the stromen of one ``A|B`` row are one row again.

    From and To name elements by Label, or by ID (and every element gets one: its own,
    else the partner id) when an element has an ID, a Label holds ``|``, or Kumu could
    not tell two elements apart by Label (the same Label and Type, or a shared Label a
    stroom uses).  Connection IDs are added only where two rows have the same From and
    To (Kumu would merge them) or an ID would repeat (``-2``).

    Example
    -------
    >>> from systeem.model.schets import schets
    >>> b = naar_bladen(schets("a", "a>opgave geld 2").met(opgave="Samen"))
    >>> b["Elements"][["Label", "Type"]].values.tolist()
    [['Samen', 'opgave'], ['A', 'organisatie']]
    >>> b["Connections"][["From", "To", "Type", "Strength"]].values.tolist()
    [['A', 'Samen', 'geld', 2]]
    """
    from systeem.teksten import tekst

    knopen = _knopen_uit(kaart, taal)
    elementen = _elementen_blad(kaart, knopen, taal, tekst)
    verbindingen = _verbindingen_blad(kaart, knopen)
    uit = {}
    for naam, frame in ((ELEMENTEN, elementen), (VERBINDINGEN, verbindingen)):
        frame = frame.astype(object).where(frame.notna(), None)
        for kolom in frame.columns:
            waarden = frame[kolom]
            frame[kolom] = bladen_mod.neutraliseer(waarden.where(waarden.ne(""), None))
        uit[naam] = frame.reset_index(drop=True)
    return uit


def naar_xlsx(kaart: Kaart, taal: str = "nl") -> bytes:
    """Return the kaart as a Kumu spreadsheet (.xlsx bytes).

    Example
    -------
    >>> from systeem.model.kaart import Kaart
    >>> naar_xlsx(Kaart(titel="T"))[:2]
    b'PK'
    """
    return schrijf_bladen(naar_bladen(kaart, taal))


# ---------------------------------------------------------------------------
# Reading: sheets and their parts.


@dataclass(frozen=True)
class _Deel:
    """One part of one sheet: its kind, column names and data rows (index: row number)."""

    blad: str
    soort: str
    kop_rij: int
    koppen: tuple[str, ...]
    rollen: Mapping[str, int]  # role -> column position
    extra: tuple[int, ...]  # positions of the columns kept as extra fields
    frame: pd.DataFrame  # columns 0..n-1


def _norm(naam: Any) -> str:
    """A column or sheet name compared as Kumu does: trimmed, spaces collapsed, any case."""
    return " ".join(str(naam).split()).casefold() if naam is not None else ""


def _soort_van(koppen: Sequence[str]) -> str | None:
    if "from" in koppen and "to" in koppen:
        return VERBINDINGEN
    if "label" in koppen:
        return ELEMENTEN
    return None


def _delen(bladen: Mapping[str, pd.DataFrame], secties: bool) -> tuple[list[_Deel], list[Zin]]:
    """The element and connection parts of the workbook, and notes on the rest.

    Raises KaartFout for what no row is to blame for (a missing column, a name twice)."""
    delen: list[_Deel] = []
    notities: list[Zin] = []
    problemen: list[Probleem] = []
    for naam, frame in bladen.items():
        blad = str(naam)
        if _norm(blad).endswith(NEGEER) or frame is None or frame.shape[1] == 0:
            continue
        stukken = _secties(frame) if secties else [(1, list(frame.columns), frame)]
        for nummer, (kop_rij, koppen, data) in enumerate(stukken):
            koppen = _kopnamen(koppen)
            norm = [_norm(k) for k in koppen]
            data = bladen_mod.lege_rijen_weg(data)
            soort = _soort_van(norm)
            if soort is None and nummer == 0:
                mist = {_norm(ELEMENTEN): "Label", _norm(VERBINDINGEN): "From"}.get(_norm(blad))
                if mist is not None:
                    mist = "To" if mist == "From" and "from" in norm else mist
                    problemen.append(
                        probleem("invoer.kumu.kolom_ontbreekt", blad=blad, rij=kop_rij, kolom=mist)
                    )
                elif not data.empty:
                    notities.append(zin("invoer.kumu.blad_niet", blad=blad))
                break  # a sheet Kumu cannot read is passed over whole
            if soort is None:
                delen.append(_Deel(blad, "", kop_rij, tuple(koppen), {}, (), data))
                continue
            if nummer == 0 and _norm(blad) not in (_norm(ELEMENTEN), _norm(VERBINDINGEN)):
                wat = "elementen" if soort == ELEMENTEN else "verbindingen"
                notities.append(zin(f"invoer.kumu.blad_{wat}", blad=blad))
            delen.append(_deel(blad, soort, kop_rij, koppen, norm, data, notities, problemen))
    if problemen:
        raise KaartFout(problemen)
    return delen, notities


def _deel(
    blad: str,
    soort: str,
    kop_rij: int,
    koppen: list[str],
    norm: list[str],
    data: pd.DataFrame,
    notities: list[Zin],
    problemen: list[Probleem],
) -> _Deel:
    """One readable part: which column plays which role, which are kept as extra."""
    rollen: dict[str, int] = {}
    extra: list[int] = []
    gezien: dict[str, int] = {}
    data = data.set_axis(range(data.shape[1]), axis=1)
    tekst = data.astype(object).where(data.notna(), "").astype(str)
    gevuld = tekst.apply(lambda k: k.str.strip().ne("")).any(axis=0) if len(data) else None
    for i, (kop, n) in enumerate(zip(koppen, norm, strict=True)):
        heeft_data = bool(gevuld[i]) if gevuld is not None else False
        if n == "":
            if heeft_data:
                notities.append(
                    zin("invoer.kumu.kolom_zonder_naam", blad=blad, letter=_letter(i), rij=kop_rij)
                )
            continue
        if n in gezien:
            problemen.append(
                probleem("invoer.kumu.kolom_dubbel", blad=blad, rij=kop_rij, kolom=kop)
            )
            continue
        gezien[n] = i
        rol = _ROLLEN[soort].get(n)
        if rol is not None and rol not in rollen:
            rollen[rol] = i
        elif soort == ELEMENTEN and n in AFGELEID:
            continue
        elif len(kop) > _MAX_SLEUTEL:
            if heeft_data:
                notities.append(
                    zin("invoer.kumu.kolomnaam_lang", blad=blad, kolom=kop[:40], max=_MAX_SLEUTEL)
                )
        else:
            extra.append(i)
    return _Deel(blad, soort, kop_rij, tuple(koppen), rollen, tuple(extra), data)


def _secties(frame: pd.DataFrame) -> list[tuple[int, list[Any], pd.DataFrame]]:
    """A sheet cut where two empty rows are followed by a row: that row holds the next
    part's column names.  Returns (row of the column names, names, data rows)."""
    data = frame.set_axis(range(frame.shape[1]), axis=1)
    if data.empty:
        return [(1, list(frame.columns), data)]
    leeg = pd.Series(True, index=data.index)
    leeg[bladen_mod.lege_rijen_weg(data).index] = False
    begin = ~leeg & leeg.shift(1, fill_value=False) & leeg.shift(2, fill_value=False)
    nummer = begin.cumsum()
    stukken = [(1, list(frame.columns), data[nummer.eq(0)])]
    for k in range(1, int(nummer.max()) + 1):
        stuk = data[nummer.eq(k)]
        stukken.append((int(stuk.index[0]), list(stuk.iloc[0]), stuk.iloc[1:]))
    return stukken


def _kopnamen(koppen: Sequence[Any]) -> list[str]:
    """Column names as text (a number as written), trimmed; ``""`` for an empty cell."""
    tekst = bladen_mod.tekst_cellen(pd.Series(list(koppen), dtype=object))
    return [str(t).strip() if _gevuld(t) else "" for t in tekst.tolist()]


def _letter(i: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(i + 1)


# ---------------------------------------------------------------------------
# Reading: cells.


def _kolom(deel: _Deel, rol: str) -> pd.Series:
    if rol in deel.rollen:
        return deel.frame[deel.rollen[rol]].astype(object)
    return pd.Series(None, index=deel.frame.index, dtype=object)


def _tekst(deel: _Deel, rol: str) -> pd.Series:
    """A role's cells as text (:func:`systeem.bestanden.bladen.tekst_cellen`); None without the column."""
    if rol not in deel.rollen:
        return pd.Series(None, index=deel.frame.index, dtype=object)
    return bladen_mod.tekst_cellen(_kolom(deel, rol))


def _extra_velden(deel: _Deel) -> list[dict[str, Any]]:
    """Per row, the extra columns that hold something: {column name: value}."""
    if not deel.extra:
        return [{} for _ in range(len(deel.frame))]
    waarden = pd.DataFrame(
        {deel.koppen[i]: bladen_mod.extra_cellen(deel.frame[i]) for i in deel.extra},
        index=deel.frame.index,
    )
    return [
        {k: v for k, v in rij.items() if v is not None}
        for rij in waarden.astype(object).to_dict(orient="records")
    ]


#: Per kind of sheet: the roles read as text, and the roles whose column name is kept
#: (as ``<naam>_kop``) so an export can write it back.
_TEKSTROLLEN = {
    ELEMENTEN: ("label", "type", "description", "id", "sector"),
    VERBINDINGEN: ("van", "naar", "type", "label", "id"),
}
_KOPROLLEN = {
    ELEMENTEN: {"type": "type", "id": "id"},
    VERBINDINGEN: {"type": "type", "strength": "sterkte", "direction": "richting", "id": "id"},
}


def _cellen(d: _Deel) -> dict[str, Any]:
    """A part's cells read per role: text, the ID as written, what each kind of sheet
    adds (Invloed; Strength, Direction, Tastbaar), the extra fields and column names."""
    cellen: dict[str, Any] = {rol: _tekst(d, rol) for rol in _TEKSTROLLEN[d.soort]}
    cellen["id_waarde"] = bladen_mod.extra_cellen(_kolom(d, "id"))
    if d.soort == ELEMENTEN:
        cellen["invloed"] = bladen_mod.getal_cellen(_kolom(d, "invloed"), heel=True)
    else:
        cellen["sterkte"] = bladen_mod.extra_cellen(_kolom(d, "strength"))
        cellen["richting"] = bladen_mod.extra_cellen(_kolom(d, "direction"))
        cellen["tastbaar"] = bladen_mod.ja_nee_cellen(_kolom(d, "tastbaar"))
    cellen["extra"] = _extra_velden(d)
    cellen.update({f"{naam}_kop": _kop_van(d, rol) for rol, naam in _KOPROLLEN[d.soort].items()})
    return cellen


def _rijen(delen: Sequence[_Deel], soort: str) -> pd.DataFrame:
    """Every row of the parts of one ``soort`` (elements or connections), with its sheet
    and row and its cells read per role (:func:`_cellen`); empty cells as None.  An empty
    part goes first, so the columns are there when no sheet of this soort is."""
    leeg = _Deel("", soort, 1, (), {}, (), pd.DataFrame())
    stukken = [
        pd.DataFrame(
            {"blad": d.blad, "rij": d.frame.index.astype("int64"), **_cellen(d)},
            index=d.frame.index,
        ).astype(object)
        for d in (leeg, *delen)
        if d.soort == soort
    ]
    return _zonder_nan(pd.concat(stukken, ignore_index=True))


def _zonder_nan(frame: pd.DataFrame) -> pd.DataFrame:
    """Empty cells as None (pandas turns an all-None column into NaN)."""
    frame = frame.astype(object)
    return frame.where(frame.notna(), None)


def _kop_van(deel: _Deel, rol: str) -> str:
    """The column name a role has in this part (Kumu's own name when it has none)."""
    return deel.koppen[deel.rollen[rol]] if rol in deel.rollen else _KOP.get(rol, rol)


# ---------------------------------------------------------------------------
# Reading: from rows to a kaart document.


@dataclass
class _Uitkomst:
    """One reading pass: the document, the notes, the rows that cannot be read, and
    where each partner and stroom came from (for validation messages)."""

    doc: dict[str, Any]
    notities: list[Zin]
    rijfouten: list[Rijfout]
    partner_rij: list[tuple[str, int] | None]
    stroom_rij: list[tuple[str, int]]
    opgave_rij: tuple[str, int] | None

    def plaats(self, p: Probleem) -> Rijfout | Probleem:
        """A validation problem as the row it came from, when there is one: its path
        (``("stromen", 3, "waarde")``) gives the sheet, row and column."""
        if p.pad[:1] == ("opgave_extra",) and self.opgave_rij is not None:
            blad, rij = self.opgave_rij
            return Rijfout(blad, rij, _sleutel(p.pad[1:]), p)
        herkomst = {"partners": self.partner_rij, "stromen": self.stroom_rij}.get(p.tabel or "")
        if herkomst is None or p.rij is None or p.rij >= len(herkomst) or herkomst[p.rij] is None:
            return p
        blad, rij = herkomst[p.rij]  # type: ignore[misc]
        kolommen = _PARTNER_KOLOM if p.tabel == "partners" else _STROOM_KOLOM
        veld = p.pad[2:]
        kolom = kolommen.get(_sleutel(veld)) or _sleutel(
            veld[1:] if veld[:1] == ("extra",) else veld
        )
        return Rijfout(blad, rij, kolom, p)


_PARTNER_KOLOM = {
    "naam": "Label",
    "toelichting": "Description",
    "type": "Type",
    "sector": "Sector",
    "invloed": "Invloed",
    "id": "Label",
}
_STROOM_KOLOM = {
    "van": "From",
    "naar": "To",
    "soort": "Type",
    "waarde": "Strength",
    "omschrijving": "Label",
    "tastbaar": "Tastbaar",
}


def _sleutel(pad: tuple[str | int, ...]) -> str:
    """The column a path inside a row names: its parts with dots; ``""`` for none (the
    extra columns together)."""
    return ".".join(str(d) for d in pad)


def _lees(delen: Sequence[_Deel], titel: str, overslaan: set[tuple[str, int]]) -> _Uitkomst:
    """One pass over the parts, leaving out the rows in ``overslaan``."""
    notities: list[Zin] = []
    fouten: list[Rijfout] = []
    e = _zonder(_rijen(delen, ELEMENTEN), overslaan)
    c = _zonder(_rijen(delen, VERBINDINGEN), overslaan)
    for d in delen:
        if d.soort == "" and (d.blad, d.kop_rij) not in overslaan:
            tot = int(d.frame.index[-1]) if len(d.frame) else d.kop_rij
            fouten.append(
                Rijfout(
                    d.blad, d.kop_rij, "A", zin("invoer.kumu.nieuw_deel", van=d.kop_rij, tot=tot)
                )
            )

    # Elements: rows with a Label, merged as Kumu merges them.
    leeg = e["label"].isna()
    fouten += _lege_cellen(e[leeg], "Label")
    knopen = _samengevoegd(e[~leeg], notities)
    heeft_ids = knopen["id"].notna().any()
    soort = knopen["type"].map(lambda t: _norm(t) if _gevuld(t) else "")
    is_opgave = soort.isin(OPGAVE_TYPES)
    opgave_knoop = int(is_opgave.idxmax()) if is_opgave.any() else None
    if opgave_knoop is not None:
        o = knopen.loc[opgave_knoop]
        notities.append(
            zin(
                "invoer.kumu.opgave", label=o["label"], blad=o["blad"], rij=o["rij"], type=o["type"]
            )
        )
        if is_opgave.sum() > 1:
            notities.append(zin("invoer.kumu.opgave_meer", n=int(is_opgave.sum())))
    elif len(knopen):
        types = opsomming([f'"{t}"' for t in sorted(OPGAVE_TYPES)], "of")
        notities.append(zin("invoer.kumu.geen_opgave", types=types))

    # Connections: rows that can be read.
    c, rijfouten = _leesbare_verbindingen(c)
    fouten += rijfouten
    c = _verbindingen_samengevoegd(c, notities)
    waarde = pd.Series(pd.NA, index=c.index, dtype="Int64")
    for blad, rijen in c.groupby("blad", sort=False).groups.items():
        w, regel = sterkte_waarden(c.loc[rijen, "sterkte"])
        waarde[rijen] = w
        if regel:
            notities.append(zin("invoer.kumu.sterkte_regel", blad=blad, regel=regel))
    zonder = c["sterkte"].isna()
    if zonder.any():
        notities.append(
            zin("invoer.kumu.zonder_sterkte", n=int(zonder.sum()), waarde=STANDAARD_WAARDE)
        )
    c = c.assign(waarde=waarde)

    # From and To: each name in them, resolved to an element.
    paren = c[["van_lijst", "naar_lijst"]].explode("van_lijst").explode("naar_lijst")
    paren = paren.rename(columns={"van_lijst": "van", "naar_lijst": "naar"})
    paren["c"] = paren.index
    paren = paren.reset_index(drop=True)
    van, van_dubbel, van_label = _zoek_knopen(paren["van"], knopen)
    naar, naar_dubbel, naar_label = _zoek_knopen(paren["naar"], knopen)
    for kant, kolom, dubbel in (("van", "From", van_dubbel), ("naar", "To", naar_dubbel)):
        for i in paren.index[dubbel]:
            rij = c.loc[paren.at[i, "c"]]
            fouten.append(
                Rijfout(rij["blad"], rij["rij"], kolom, _dubbel_tekst(paren.at[i, kant], knopen))
            )
    fout_c = set(paren.loc[van_dubbel | naar_dubbel, "c"])
    houden = ~paren["c"].isin(fout_c)
    paren, van, naar = paren[houden], van[houden], naar[houden]
    if (van_label | naar_label)[houden].any() and heeft_ids:
        n = int((van_label | naar_label)[houden].sum())
        notities.append(zin("invoer.kumu.label_naast_id", n=n))

    # Names that match no element: new partners, as Kumu makes new elements.
    los = pd.concat([paren["van"][van.isna()], paren["naar"][naar.isna()]])
    los = los.loc[~los.str.casefold().duplicated()] if len(los) else los
    if len(los):
        namen = ", ".join(los.head(10)) + (" ..." if len(los) > 10 else "")
        notities.append(zin("invoer.kumu.nieuwe_partners", n=len(los), namen=namen))
    nieuw_nummer = pd.Series(
        range(len(knopen), len(knopen) + len(los)), index=los.str.casefold().to_numpy()
    )
    van = van.fillna(paren["van"].str.casefold().map(nieuw_nummer))
    naar = naar.fillna(paren["naar"].str.casefold().map(nieuw_nummer))

    # Ids of the nodes: the opgave, the elements, the new partners.
    is_partner = pd.Series(True, index=knopen.index)
    if opgave_knoop is not None:
        is_partner[opgave_knoop] = False
    namen = pd.concat(
        [knopen.loc[is_partner, "label"], pd.Series(los.to_numpy(), dtype=object)],
        ignore_index=True,
    )
    ids = _ids(namen)
    knoop_id = pd.Series(
        ids, index=[*knopen.index[is_partner], *range(len(knopen), len(knopen) + len(los))]
    )
    if opgave_knoop is not None:
        knoop_id[opgave_knoop] = OPGAVE

    # Self-loops are left out.
    paren = paren.assign(van_id=van.astype("int64").map(knoop_id).to_numpy())
    paren = paren.assign(naar_id=naar.astype("int64").map(knoop_id).to_numpy())
    zelf = paren["van_id"].eq(paren["naar_id"])
    for ci in paren.loc[zelf, "c"].drop_duplicates():
        rij = c.loc[ci]
        notities.append(zin("invoer.kumu.zelf", blad=rij["blad"], rij=rij["rij"], naam=rij["van"]))
    paren = paren[~zelf]
    meer = c.index[c["van_lijst"].map(len).gt(1) | c["naar_lijst"].map(len).gt(1)]
    uit_meer = paren["c"].isin(meer)
    if uit_meer.any():
        n = paren.loc[uit_meer, "c"].nunique()
        notities.append(zin("invoer.kumu.meer_elementen", n=n, stromen=int(uit_meer.sum())))

    stromen, stroom_rij = _stromen(c, paren, meer, notities)
    partners, partner_rij, opgave_extra, toelichting, opgave_tekst, opgave_rij = _partners(
        knopen, is_partner, opgave_knoop, ids, los, heeft_ids, notities
    )
    doc: dict[str, Any] = {
        "formaat": "systeemkaart",
        "versie": 2,
        "titel": titel,
        "opgave": opgave_tekst,
        "toelichting": toelichting,
        "partners": partners,
        "stromen": stromen,
    }
    if opgave_extra:
        doc["opgave_extra"] = opgave_extra
    return _Uitkomst(doc, notities, fouten, partner_rij, stroom_rij, opgave_rij)


def _zonder(frame: pd.DataFrame, overslaan: set[tuple[str, int]]) -> pd.DataFrame:
    if not overslaan or frame.empty:
        return frame
    sleutel = pd.Series(list(zip(frame["blad"], frame["rij"], strict=True)), index=frame.index)
    return frame[~sleutel.isin(overslaan)]


def _lege_cellen(frame: pd.DataFrame, kolom: str) -> list[Rijfout]:
    """A row problem "is empty" in ``kolom`` for each row of ``frame``."""
    plekken = zip(frame["blad"], frame["rij"].astype(int), strict=True)
    return [Rijfout(b, r, kolom, zin("invoer.kumu.leeg")) for b, r in plekken]


def _ongeldig(c: pd.DataFrame, fout: pd.Series, rol: str, code: str) -> list[Rijfout]:
    """A row problem ``code`` for each connection row where ``fout``, in the column of
    ``rol`` (its name in that sheet), naming the cell's value."""
    return [
        Rijfout(
            c.at[i, "blad"],
            int(c.at[i, "rij"]),
            c.at[i, f"{rol}_kop"],
            zin(code, waarde=c.at[i, rol]),
        )
        for i in c.index[fout]
    ]


def _samengevoegd(e: pd.DataFrame, notities: list[Zin]) -> pd.DataFrame:
    """The elements: rows naming the same element (by ID, else Label and Type) merged,
    the later row's non-empty cells first; one row per element, numbered 0, 1, ..."""
    kolommen = ["label", "type", "description", "id", "id_waarde", "sector", "invloed"]
    kolommen += ["type_kop", "id_kop"]
    if e.empty:
        return pd.DataFrame(columns=["blad", "rij", *kolommen, "extra", "rijen"], dtype=object)
    label = e["label"].astype(str).str.strip()
    sleutel = ("l\x00" + label + "\x00" + e["type"].fillna("").astype(str).str.strip()).where(
        e["id"].isna(), "i\x00" + e["id"].astype(str)
    )
    groepen = e.groupby(sleutel.to_numpy(), sort=False)
    knopen = groepen[kolommen].last()
    knopen["blad"] = groepen["blad"].first()
    knopen["rij"] = groepen["rij"].first()
    knopen["rijen"] = groepen["rij"].agg(list)
    extra = groepen["extra"].agg(lambda ds: {k: v for d in ds for k, v in d.items()})
    knopen["extra"] = extra
    knopen = knopen.reset_index(drop=True).astype(object)
    knopen = knopen.where(knopen.notna(), None)
    knopen["label"] = knopen["label"].astype(str).str.strip()
    dubbel = knopen[knopen["rijen"].map(len).gt(1)]
    for _, k in dubbel.head(10).iterrows():
        if k["id"] is not None:
            wie = zin("invoer.kumu.wie.id", id=k["id"])
        elif k["type"] is not None:
            wie = zin("invoer.kumu.wie.label_type", label=k["label"], type=k["type"])
        else:
            wie = zin("invoer.kumu.wie.label", label=k["label"])
        rijen = opsomming([str(r) for r in k["rijen"]])
        notities.append(zin("invoer.kumu.samengevoegd", blad=k["blad"], wie=wie, rijen=rijen))
    zonder_id = knopen[knopen["id"].isna()]
    vaker = zonder_id.groupby("label", sort=False)["type"].agg(list)
    for label, types in vaker[vaker.map(len).gt(1)].head(10).items():
        woorden = opsomming([t or zin("invoer.kumu.type_leeg") for t in types])
        notities.append(zin("invoer.kumu.ander_type", label=label, n=len(types), types=woorden))
    return knopen


def _leesbare_verbindingen(c: pd.DataFrame) -> tuple[pd.DataFrame, list[Rijfout]]:
    """Connection rows with their From/To names split at ``|``; the rows that cannot be
    read (empty From or To, an unknown Direction, a Strength that is no number or word)
    become row problems and are left out."""
    fouten: list[Rijfout] = []
    c = c.assign(van_lijst=c["van"].map(_namen), naar_lijst=c["naar"].map(_namen))
    slecht = pd.Series(False, index=c.index)
    for kant, kolom in (("van_lijst", "From"), ("naar_lijst", "To")):
        leeg = c[kant].map(len).eq(0)
        fouten += _lege_cellen(c[leeg], kolom)
        slecht |= leeg
    richting = c["richting"].map(lambda v: _norm(v) if _gevuld(v) else "directed")
    onbekend = ~richting.isin(RICHTINGEN)
    fouten += _ongeldig(c, onbekend, "richting", "invoer.kumu.richting")
    slecht |= onbekend
    c = c.assign(richting_norm=richting)
    w, _ = sterkte_waarden(c["sterkte"])
    geen = w.isna()
    fouten += _ongeldig(c, geen, "sterkte", "invoer.kumu.sterkte")
    slecht |= geen
    return c[~slecht], fouten


def _namen(cel: Any) -> list[str]:
    """The element names in a From or To cell: split at ``|``, trimmed, none empty."""
    if not _gevuld(cel):
        return []
    return [n.strip() for n in str(cel).split("|") if n.strip()]


def _verbindingen_samengevoegd(c: pd.DataFrame, notities: list[Zin]) -> pd.DataFrame:
    """Connection rows with the same ID are one connection in Kumu: merged, the later
    row's non-empty cells first (at the place of the first)."""
    if c.empty or c["id"].isna().all():
        return c
    met_id = c["id"].notna()
    dubbel = met_id & c["id"].duplicated(keep=False)
    if not dubbel.any():
        return c
    groepen = c[dubbel].groupby("id", sort=False)
    for ident, rijen in groepen["rij"].agg(list).head(10).items():
        blad = c.loc[dubbel & c["id"].eq(ident), "blad"].iloc[0]
        notities.append(
            zin(
                "invoer.kumu.verbinding_samengevoegd",
                blad=blad,
                id=ident,
                rijen=opsomming([str(r) for r in rijen]),
            )
        )
    eerste = c[dubbel].drop_duplicates("id")
    uit = c[~dubbel | c.index.isin(eerste.index)].copy()
    kolommen = [k for k in c.columns if k not in ("blad", "rij", "extra")]
    for doel, (_, rijen) in zip(eerste.index, groepen, strict=True):
        for kolom in kolommen:
            gevuld = rijen[kolom][rijen[kolom].map(_gevuld)]
            uit.at[doel, kolom] = gevuld.iloc[-1] if len(gevuld) else None
        uit.at[doel, "extra"] = {k: v for d in rijen["extra"] for k, v in d.items()}
    return uit


def _gevuld(v: Any) -> bool:
    return v is not None and not (isinstance(v, float) and math.isnan(v))


def _zoek_knopen(namen: pd.Series, knopen: pd.DataFrame) -> tuple[pd.Series, pd.Series, pd.Series]:
    """Per name: the element it names (by ID, else by exact Label, else by Label in any
    case; NaN when none), whether it is ambiguous, and whether it matched a Label."""
    namen = namen.astype(object).astype(str)
    knoop = pd.Series(np.nan, index=namen.index)
    dubbel = pd.Series(False, index=namen.index)
    per_label = pd.Series(False, index=namen.index)
    if knopen.empty:
        return knoop, dubbel, per_label
    met_id = knopen[knopen["id"].notna()]
    knoop = namen.map(pd.Series(met_id.index, index=met_id["id"].astype(str).to_numpy()))
    knoop = knoop.astype("float64")
    label = knopen["label"].astype(str)
    for sleutel, zoek in ((label, namen), (label.str.casefold(), namen.str.casefold())):
        keer = zoek.map(sleutel.value_counts()).fillna(0)
        eerste = pd.Series(sleutel.index, index=sleutel.to_numpy())
        eerste = eerste[~eerste.index.duplicated()]
        open_ = knoop.isna() & ~dubbel
        een = open_ & keer.eq(1)
        knoop[een] = zoek[een].map(eerste).astype("float64")
        per_label |= een
        dubbel |= open_ & keer.gt(1)
    return knoop, dubbel, per_label


def _dubbel_tekst(naam: str, knopen: pd.DataFrame) -> Zin:
    treffers = knopen[knopen["label"].str.casefold().eq(naam.strip().casefold())]
    welke = [
        zin("invoer.kumu.element_type", blad=k["blad"], rij=k["rij"], type=k["type"])
        if k["type"]
        else zin("invoer.kumu.element", blad=k["blad"], rij=k["rij"])
        for _, k in treffers.head(5).iterrows()
    ]
    return zin("invoer.kumu.dubbel_label", naam=naam, n=len(treffers), welke=reeks(welke))


def _stromen(
    c: pd.DataFrame, paren: pd.DataFrame, gedeeld: pd.Index, notities: list[Zin]
) -> tuple[list[dict[str, Any]], list[tuple[str, int]]]:
    """The stromen of the connection pairs, a second one the other way for a two-way
    connection; per stroom the sheet and row it came from."""
    if paren.empty:
        return [], []
    rij = c.loc[paren["c"]].reset_index(drop=True)
    paren = paren.reset_index(drop=True)
    soort = rij["type"].map(lambda t: (t if _gevuld(t) else "").strip().lower() or "overig")
    geen_type = rij["type"].isna()
    if geen_type.any():
        notities.append(zin("invoer.kumu.zonder_type", n=int(c["type"].isna().sum())))
    extra = []
    for r, s, p in zip(rij.to_dict(orient="records"), soort, paren["c"], strict=True):
        e: dict[str, Any] = {}
        if r["id_waarde"] is not None:
            e[r["id_kop"]] = r["id_waarde"]
        if (r["type"] or "") != s:
            e[r["type_kop"]] = r["type"] or ""
        origineel = r["sterkte"]
        if not (
            isinstance(origineel, int)
            and not isinstance(origineel, bool)
            and origineel == r["waarde"]
        ):
            if origineel is not None:
                e[r["sterkte_kop"]] = origineel
            e[WAARDE] = int(r["waarde"])
        if r["richting"] is not None:
            e[r["richting_kop"]] = r["richting"]
        e.update(r["extra"])
        if p in gedeeld:
            e[GROEP] = f"{r['blad']}!{r['rij']}"
        extra.append(e)
    basis = pd.DataFrame(
        {
            "van": paren["van_id"],
            "naar": paren["naar_id"],
            "soort": soort,
            "waarde": rij["waarde"].astype("int64"),
            "omschrijving": rij["label"].fillna(""),
            "tastbaar": rij["tastbaar"],
            "extra": extra,
            "blad": rij["blad"],
            "rij": rij["rij"].astype("int64"),
        }
    )
    tweezijdig = rij["richting_norm"].isin(TWEEZIJDIG)
    spiegel = basis[tweezijdig].rename(columns={"van": "naar", "naar": "van"})
    spiegel["extra"] = spiegel["extra"].map(lambda e: {**e, SPIEGEL: True})
    if tweezijdig.any():
        notities.append(zin("invoer.kumu.tweezijdig", n=paren.loc[tweezijdig, "c"].nunique()))
    alle = pd.concat([basis, spiegel]).sort_index(kind="stable").reset_index(drop=True)
    herkomst = list(zip(alle["blad"], alle["rij"].astype(int), strict=True))
    records = []
    for r in alle.drop(columns=["blad", "rij"]).to_dict(orient="records"):
        if r["tastbaar"] is None:
            del r["tastbaar"]
        if not r["extra"]:
            del r["extra"]
        records.append(r)
    return records, herkomst


def _partners(
    knopen: pd.DataFrame,
    is_partner: pd.Series,
    opgave_knoop: int | None,
    ids: list[str],
    los: pd.Series,
    heeft_ids: bool,
    notities: list[Zin],
) -> tuple[list[dict[str, Any]], list[tuple[str, int] | None], dict[str, Any], str, str, Any]:
    """The partner records (elements, then new partners), where each came from, and the
    opgave's extra fields, toelichting, text and row."""
    p = knopen[is_partner]
    soort = p["type"].map(lambda t: _norm(t) if _gevuld(t) else "")
    ptype = soort.map(TYPES).fillna("organisatie")
    onbekend = p["type"].notna() & soort.map(TYPES).isna()
    if onbekend.any():
        woorden = [f'"{t}"' for t in p.loc[onbekend, "type"].drop_duplicates()]
        if len(woorden) > 10:
            woorden = [*woorden[:9], f"{woorden[9]} ..."]
        notities.append(aantal("invoer.kumu.onbekend_type", len(woorden), types=opsomming(woorden)))
    sector = p["sector"].where(p["sector"].notna(), p["type"].where(onbekend, None)).fillna("")
    partners: list[dict[str, Any]] = []
    for k, t, s, pid in zip(p.to_dict(orient="records"), ptype, sector, ids[: len(p)], strict=True):
        e: dict[str, Any] = {}
        if k["id_waarde"] is not None:
            e[k["id_kop"]] = k["id_waarde"]
        if (k["type"] or "") != t:
            e[k["type_kop"]] = k["type"] or ""
        e.update(k["extra"])
        rec: dict[str, Any] = {
            "id": pid,
            "naam": k["label"],
            "type": t,
            "sector": s,
            "toelichting": k["description"] or "",
        }
        if k["invloed"] is not None:
            rec["invloed"] = k["invloed"]
        if e:
            rec["extra"] = e
        partners.append(rec)
    herkomst: list[tuple[str, int] | None] = list(zip(p["blad"], p["rij"].astype(int), strict=True))
    for naam, pid in zip(los, ids[len(p) :], strict=True):
        rec = {"id": pid, "naam": naam}
        if heeft_ids:
            rec["extra"] = {"ID": naam}
        partners.append(rec)
        herkomst.append(None)
    opgave_extra: dict[str, Any] = {}
    toelichting = opgave_tekst = ""
    opgave_rij = None
    if opgave_knoop is not None:
        o = knopen.loc[opgave_knoop]
        if o["id_waarde"] is not None:
            opgave_extra[o["id_kop"]] = o["id_waarde"]
        if o["type"] != "opgave":
            opgave_extra[o["type_kop"]] = o["type"]
        for rol, kop in (("sector", "Sector"), ("invloed", "Invloed")):
            if o[rol] is not None:
                opgave_extra[kop] = o[rol]
        opgave_extra.update(o["extra"])
        toelichting = o["description"] or ""
        opgave_tekst = o["label"]
        opgave_rij = (o["blad"], int(o["rij"]))
    return partners, herkomst, opgave_extra, toelichting, opgave_tekst, opgave_rij


def _ids(namen: pd.Series) -> list[str]:
    """Unique ids from names (:func:`systeem.model.kaart.slug`), numbered as Kumu's
    elements were numbered before (``a``, ``a_2``; unlike :func:`nieuwe_ids`, a cut
    name keeps a trailing ``_``, so ids of existing imports stay the same)."""
    basis = slug(namen.astype(str))
    basis = basis.where(basis.ne("") & basis.ne(OPGAVE), "partner")
    nummer = basis.groupby(basis).cumcount()
    ids = basis.where(nummer.eq(0), basis + "_" + (nummer + 1).astype(str))
    while ids.duplicated().any():  # "a_2" given as a name next to two "a"s: rare
        dubbel = ids.duplicated()
        ids[dubbel] = ids[dubbel] + "_"
    return ids.tolist()


def _uniek(fouten: list[Rijfout]) -> list[Rijfout]:
    return list(dict.fromkeys(fouten))


def _rang(f: Rijfout, volgorde: Mapping[str, int]) -> tuple[int, int]:
    return volgorde.get(f.blad, len(volgorde)), f.rij


# ---------------------------------------------------------------------------
# Writing.


def _zoek(extra: Mapping[str, Any], namen: frozenset[str]) -> tuple[str | None, Any]:
    """The first extra field whose name is one of ``namen`` (any case): (name, value)."""
    for k, v in extra.items():
        if _norm(k) in namen:
            return k, v
    return None, None


_TYPE_NAMEN = frozenset({"type", "element type", "connection type"})
_ID_NAMEN = frozenset({"id"})
_STERKTE_NAMEN = frozenset({"strength"})
_RICHTING_NAMEN = frozenset({"direction"})


def _boekhouding(sleutel: str) -> bool:
    return sleutel.startswith(("kumu:", "systeemkaart:"))


def _partner_type(t: Any) -> str:
    return TYPES.get(_norm(t), "organisatie") if t is not None else "organisatie"


def _sector_uit_type(t: Any) -> str:
    return str(t) if t not in (None, "") and _norm(t) not in TYPES else ""


@dataclass(frozen=True)
class _Knopen:
    """The nodes of an export: the opgave (when written) and the partners, with their
    extra fields, Label, Type, the reference From/To use, and the ID column (or None)."""

    ids: list[str]
    extra: list[dict[str, Any]]
    label: list[str]
    type_: list[str]
    sector: list[Any]
    ref: dict[str, Any]
    id_kolom: list[Any] | None
    id_kop: str
    type_kop: str
    met_opgave: bool


def _knopen_uit(kaart: Kaart, taal: str) -> _Knopen:
    from systeem.teksten import tekst

    p = kaart.partners
    s = kaart.stromen
    met_opgave = heeft_opgave(kaart)
    extra = ([dict(kaart.opgave_extra)] if met_opgave else []) + extra_dicts(p["extra"])
    ids = ([OPGAVE] if met_opgave else []) + p["id"].tolist()
    label = ([kaart.opgave or tekst("opgave", taal)] if met_opgave else []) + p["naam"].tolist()
    types: list[str] = []
    sectoren: list[Any] = []
    if met_opgave:
        _, t = _zoek(extra[0], _TYPE_NAMEN)
        types.append(t if t is not None and _norm(t) in OPGAVE_TYPES else "opgave")
        sectoren.append(None)
    for e, pt, ps in zip(extra[int(met_opgave) :], p["type"], p["sector"], strict=True):
        _, t = _zoek(e, _TYPE_NAMEN)
        afgeleid = _sector_uit_type(t)
        if t is not None and _partner_type(t) == pt and (ps == afgeleid or ps != ""):
            types.append(t)
            sectoren.append(ps if ps != afgeleid else None)
        else:
            types.append(pt)
            sectoren.append(ps or None)
    id_kop = next((k for e in extra for k in e if _norm(k) == "id"), "ID")
    type_kop = next((k for e in extra for k in e if _norm(k) in _TYPE_NAMEN), "Type")
    eigen_id = [_zoek(e, _ID_NAMEN)[1] for e in extra]
    per_id = (
        any(v is not None for v in eigen_id)
        or any("|" in n for n in label)
        or _labels_botsen(ids, label, types, s)
    )
    id_kolom: list[Any] | None = None
    if per_id:
        bezet = {str(v) for v in eigen_id if v is not None}
        id_kolom = []
        for v, i in zip(eigen_id, ids, strict=True):
            if v is None:
                v = basis = i.replace("|", "_")
                n = 2
                while v in bezet:
                    v, n = f"{basis}_{n}", n + 1
                bezet.add(v)
            id_kolom.append(v)
        ref = dict(zip(ids, id_kolom, strict=True))
    else:
        ref = dict(zip(ids, label, strict=True))
    return _Knopen(ids, extra, label, types, sectoren, ref, id_kolom, id_kop, type_kop, met_opgave)


def _labels_botsen(
    ids: list[str], label: list[str], types: list[str], stromen: pd.DataFrame
) -> bool:
    """Whether Kumu could not tell the nodes apart by Label: two share a Label (any case)
    and have the same Type too (Kumu would merge them), or a stroom names one of them."""
    frame = pd.DataFrame({"id": ids, "label": label, "type": types}, dtype=str)
    sleutel = frame["label"].str.strip().str.casefold()
    dubbel = sleutel.duplicated(keep=False)
    if not dubbel.any():
        return False
    gebruikt = frame["id"].isin(set(stromen["van"]) | set(stromen["naar"]))
    zelfde_type = (sleutel + "\x00" + frame["type"].str.casefold()).duplicated(keep=False)
    return bool((dubbel & (gebruikt | zelfde_type)).any())


def _elementen_blad(kaart: Kaart, k: _Knopen, taal: str, tekst: Any) -> pd.DataFrame:
    """The Elements sheet: core columns, extra fields, then the derived balance."""
    p = kaart.partners
    n = len(k.ids)
    o = int(k.met_opgave)
    kern: dict[str, list[Any]] = {}
    if k.id_kolom is not None:
        kern[k.id_kop] = k.id_kolom
    kern["Label"] = k.label
    kern[k.type_kop] = k.type_
    kern["Description"] = ([kaart.toelichting] if o else []) + p["toelichting"].tolist()
    if any(v is not None for v in k.sector):
        kern["Sector"] = k.sector
    invloed = p["invloed"].astype(object).where(p["invloed"].notna(), None).tolist()
    if any(v is not None for v in invloed):
        kern["Invloed"] = [None] * o + invloed
    frame = pd.DataFrame(kern, index=range(n), dtype=object)
    verbruikt = _TYPE_NAMEN | _ID_NAMEN
    frame = _met_extra(frame, k.extra, verbruikt)
    tabel = balans_mod.balans(kaart)
    klasse = tabel["klasse"].map(lambda x: tekst(f"klasse.{x}", taal))
    balans = tabel["balans"].round(3).astype(object).where(tabel["balans"].notna(), None)
    for kop, waarden in (
        ("Brengen", tabel["brengen"].tolist()),
        ("Halen", tabel["halen"].tolist()),
        ("Balans", balans.tolist()),
        ("Klasse", klasse.tolist()),
    ):
        frame[kop] = pd.Series([None] * o + waarden, index=frame.index, dtype=object)
    # The network measures, for Kumu to size or colour by; the opgave's row only when
    # the opgave is an element.
    maten = netwerkmaten.maten(kaart)
    maten = maten if o else maten.drop(index=OPGAVE)
    maten = maten.astype(object).where(maten.notna(), None)
    for kop in netwerkmaten.KOLOMMEN:
        waarden = maten[kop].map(lambda v: round(float(v), 6) if isinstance(v, float) else v)
        frame[kop] = pd.Series(waarden.tolist(), index=frame.index, dtype=object)
    return frame


def _met_extra(
    frame: pd.DataFrame, extra: list[dict[str, Any]], verbruikt: frozenset[str]
) -> pd.DataFrame:
    """``frame`` with the extra fields as columns (a name that differs only in case from a
    column already there fills that column where it is empty)."""
    velden = [
        {k: v for k, v in e.items() if not _boekhouding(k) and _norm(k) not in verbruikt}
        for e in extra
    ]
    if not any(velden):
        return frame
    namen = {_norm(c): c for c in frame.columns}
    for kolom in _kolomvolgorde(velden):
        waarden = pd.Series([e.get(kolom) for e in velden], index=frame.index, dtype=object)
        doel = namen.get(_norm(kolom))
        if doel is None:
            namen[_norm(kolom)] = kolom
            frame[kolom] = waarden
        else:
            frame[doel] = frame[doel].where(frame[doel].notna(), waarden)
    return frame


def _kolomvolgorde(velden: list[dict[str, Any]]) -> list[str]:
    """The names of all rows' fields in one order that keeps each row's own order (so a
    row read back has its fields in the same order); names no row orders in the order
    they first appear.  Rows that disagree: the first-seen name goes first."""
    eerst: dict[str, int] = {}
    na: dict[str, set[str]] = {}
    voor: dict[str, int] = {}
    for e in velden:
        sleutels = list(e)
        for k in sleutels:
            if k not in eerst:
                eerst[k] = len(eerst)
                na[k], voor[k] = set(), 0
        for a, b in zip(sleutels, sleutels[1:], strict=False):
            if b not in na[a]:
                na[a].add(b)
                voor[b] += 1
    volgorde: list[str] = []
    over = set(eerst)
    while over:
        vrij = [k for k in over if voor[k] == 0] or list(over)
        k = min(vrij, key=eerst.__getitem__)
        volgorde.append(k)
        over.discard(k)
        for b in na[k]:
            voor[b] -= 1
    return volgorde


def _verbindingen_blad(kaart: Kaart, k: _Knopen) -> pd.DataFrame:
    """The Connections sheet: one row per stroom, two-way pairs and ``A|B`` rows folded."""
    s = kaart.stromen.reset_index(drop=True)
    extra = extra_dicts(s["extra"])
    type_kop = next((x for e in extra for x in e if _norm(x) in _TYPE_NAMEN), "Type")
    sterkte_kop = next((x for e in extra for x in e if _norm(x) == "strength"), "Strength")
    richting_kop = next((x for e in extra for x in e if _norm(x) == "direction"), "Direction")
    id_kop = next((x for e in extra for x in e if _norm(x) == "id"), "ID")
    soorten = s["soort"].tolist()
    waarden = s["waarde"].tolist()
    type_uit, sterkte_uit, richting = [], [], []
    for e, soort, w in zip(extra, soorten, waarden, strict=True):
        _, t = _zoek(e, _TYPE_NAMEN)
        type_uit.append(
            t if t is not None and (str(t).strip().lower() or "overig") == soort else soort
        )
        _, st = _zoek(e, _STERKTE_NAMEN)
        sterkte_uit.append(st if e.get(WAARDE) == w and WAARDE in e else w)
        _, r = _zoek(e, _RICHTING_NAMEN)
        richting.append(_norm(r) if r is not None else "directed")
    tastbaar = s["tastbaar"].astype(bool)
    afwijkend = tastbaar.ne(standaard_tastbaar(s["soort"]))
    frame = pd.DataFrame(
        {
            "From": s["van"].map(k.ref),
            "To": s["naar"].map(k.ref),
            type_kop: type_uit,
            "Label": s["omschrijving"],
            sterkte_kop: sterkte_uit,
        },
        dtype=object,
    )
    frame = _met_extra(frame, extra, _TYPE_NAMEN | _STERKTE_NAMEN)
    if afwijkend.any():
        frame["Tastbaar"] = np.where(tastbaar, "ja", "nee")
        frame["Tastbaar"] = frame["Tastbaar"].where(afwijkend, None)

    # Two-way pairs: a mirror next to its unchanged original is folded into it.
    spiegel = pd.Series([e.get(SPIEGEL) is True for e in extra], dtype=bool)
    tweezijdig = pd.Series([r in TWEEZIJDIG for r in richting], dtype=bool) & ~spiegel
    inhoud = pd.Series(
        [json.dumps({x: v for x, v in e.items() if x != SPIEGEL}, sort_keys=True) for e in extra],
        dtype=object,
    )
    rest = s["soort"] + "\x00" + s["waarde"].astype(str) + "\x00" + s["omschrijving"]
    rest = rest + "\x00" + s["tastbaar"].astype(str) + "\x00" + inhoud
    sleutel_orig = s["van"] + "\x00" + s["naar"] + "\x00" + rest
    sleutel_spiegel = s["naar"] + "\x00" + s["van"] + "\x00" + rest
    orig = pd.DataFrame({"sleutel": sleutel_orig[tweezijdig]})
    orig["nr"] = orig.groupby("sleutel").cumcount()
    spie = pd.DataFrame({"sleutel": sleutel_spiegel[spiegel]})
    spie["nr"] = spie.groupby("sleutel").cumcount()
    gepaard = orig.reset_index().merge(spie.reset_index(), on=["sleutel", "nr"])
    weg = pd.Series(False, index=s.index)
    weg[gepaard["index_y"].to_numpy()] = True
    gebroken = (tweezijdig | spiegel) & ~weg
    gebroken[gepaard["index_x"].to_numpy()] = False
    if gebroken.any():
        namen = {_norm(c): c for c in frame.columns}
        kop = namen.get("direction", richting_kop)
        frame[kop] = (
            frame[kop].where(~gebroken, "directed")
            if kop in frame
            else np.where(gebroken, "directed", None)
        )
    frame = frame[~weg.to_numpy()]
    groep = pd.Series([e.get(GROEP) for e in extra], dtype=object)[~weg.to_numpy()]
    groep = groep.where(~spiegel[~weg.to_numpy()], None)
    frame = _met_verbinding_ids(_gevouwen(frame, groep), id_kop)
    namen = {_norm(c): c for c in frame.columns}
    if "id" in namen:
        frame = frame[[namen["id"], *(c for c in frame.columns if c != namen["id"])]]
    return frame


def _gevouwen(frame: pd.DataFrame, groep: pd.Series) -> pd.DataFrame:
    """The stromen of one ``A|B`` row back in one row, when they are still exactly the
    cross product of their ends with every other cell equal."""
    if groep.isna().all():
        return frame
    houden = pd.Series(True, index=frame.index)
    for _, rijen in groep.dropna().groupby(groep.dropna(), sort=False).groups.items():
        if len(rijen) < 2:
            continue
        deel = frame.loc[rijen]
        overig = deel.drop(columns=["From", "To"]).astype(str)
        vans = list(dict.fromkeys(deel["From"]))
        naars = list(dict.fromkeys(deel["To"]))
        paren = set(zip(deel["From"], deel["To"], strict=True))
        if (
            len(paren) == len(deel) == len(vans) * len(naars)
            and overig.nunique().le(1).all()
            and all("|" not in str(x) for x in vans + naars)
        ):
            eerste = rijen[0]
            frame.at[eerste, "From"] = "|".join(str(x) for x in vans)
            frame.at[eerste, "To"] = "|".join(str(x) for x in naars)
            houden[rijen[1:]] = False
    return frame[houden]


def _met_verbinding_ids(frame: pd.DataFrame, id_kop: str) -> pd.DataFrame:
    """Connection IDs where Kumu needs them: an ID used by two rows gets ``-2``, ``-3``
    on the later ones; rows with the same From and To get an ID (``s<row>``), since
    Kumu merges such connections otherwise."""
    frame = frame.reset_index(drop=True)
    namen = {_norm(c): c for c in frame.columns}
    kop = namen.get("id", id_kop)
    ids = frame[kop] if kop in frame else pd.Series(None, index=frame.index, dtype=object)
    tekst = pd.Series(
        [str(v) if _gevuld(v) else None for v in ids.tolist()], index=ids.index, dtype=object
    )
    paar = frame["From"].astype(str) + "\x00" + frame["To"].astype(str)
    nodig = tekst.isna() & paar.duplicated(keep=False)
    if not nodig.any() and not tekst.dropna().duplicated().any():
        return frame
    bezet = set(tekst.dropna())
    uit = ids.astype(object).copy()
    gegeven = tekst.dropna()
    volg = gegeven.groupby(gegeven).cumcount()
    for i in volg.index[volg.gt(0)]:
        n, nieuw = 2, f"{tekst[i]}-2"
        while nieuw in bezet:
            n, nieuw = n + 1, f"{tekst[i]}-{n + 1}"
        bezet.add(nieuw)
        uit[i] = nieuw
    for i in tekst.index[nodig]:
        nieuw, n = f"s{i + 1}", 1
        while nieuw in bezet:
            nieuw, n = f"s{i + 1}_{n}", n + 1
        bezet.add(nieuw)
        uit[i] = nieuw
    frame = frame.drop(columns=[kop]) if kop in frame else frame
    frame.insert(0, kop, uit)
    return frame
