"""Groepering: a kaart in which every sector is one partner.

A regional network of 500 to 2,000 partners cannot be read partner by partner.
:func:`per_sector` returns a new kaart in which the partners of one sector have become
one partner, so the map and the balance can be read at the level of sectors ("zorg
brengt veel personeel en haalt weinig"), and :func:`aantal_partners_per_sector` says
how big each sector is.

The rules:

- **Sector.**  The text in the partners' ``sector`` column, compared without case and
  with every run of spaces as one space (``"Zorg"`` and ``"zorg "`` are one sector);
  the sector is written the way its first partner writes it.  Partners with an empty
  sector form one group of their own, named "Zonder sector" (``taal="en"``: "No
  sector").  A sector name is text and stays text: it is never read as markup or as a
  template.
- **The sector partner.**  Id ``"sector:<sector>"`` (``"sector:"`` for the partners
  without a sector), naam the sector, type ``organisatie``, sector the sector,
  invloed the mean invloed of its partners rounded half up (None when none of them
  has one), toelichting how many partners it stands for and how many stromen within
  the sector were left out.  Sector partners come in the order in which their sector
  first appears in the kaart, the group without a sector last.
- **Stromen.**  Each stroom's ``van`` and ``naar`` become their sector partner (the
  opgave stays the opgave).  Stromen with the same ``van``, ``naar``, ``soort`` and
  ``tastbaar`` become one stroom whose ``waarde`` is the sum of theirs; its
  omschrijving says how many were combined.  (``tastbaar`` is part of the key so that
  the tangible/intangible split of :func:`systeem.analyses.balans.per_tastbaar` stays exact; as
  a soort is nearly always either tangible or not, that is one stroom per ``van``,
  ``naar`` and ``soort``.)
- **Stromen within one sector are dropped**: they do not cross the grouping.  Kept,
  they would be loops on the map and would count for the sector as brengen and halen
  at once, which says nothing about the balance between sectors.  So
  ``brengen(sector)`` is the sum of its partners' brengen minus the waarde of the
  stromen within the sector, and likewise for ``halen``; the opgave's totals do not
  change.  How many stromen were dropped, and their summed waarde, is in the
  toelichting of the sector partner (the map shows it on hover).
- **Afhankelijkheden** between sectors: per (sector, sector) pair the strongest, its
  ``waarvoor`` saying how many were combined; afhankelijkheden within one sector are
  dropped like stromen.  **Belangen** are dropped (a sector has no backpack), and so
  are the scenarios, which refer to partners by id.  **Posities** are empty: the layout
  places the sector partners.

**For viewing and analysis only.**  A summed ``waarde`` can be far above 5, so the
grouped kaart breaks the rules of :mod:`systeem.model.validatie` on purpose: never store,
export or validate it, and do not edit it.  :func:`systeem.analyses.balans.balans` and
:func:`systeem.weergave.vis_kolommen` work on it as on any kaart.

``minimum`` leaves small sectors alone: a sector with fewer partners than ``minimum``
is not grouped; its partners stay on the kaart as they are (after the sector
partners, in kaart order), with their stromen to and from the sector partners.  The
default 1 groups every sector.

Example
-------
>>> from systeem.model.validatie import valideer
>>> k = valideer({"formaat": "systeemkaart", "versie": 1, "titel": "T",
...     "partners": [{"id": "a", "naam": "A", "sector": "zorg"},
...                  {"id": "b", "naam": "B", "sector": "Zorg"},
...                  {"id": "c", "naam": "C", "sector": "gemeente"}],
...     "stromen": [{"van": "a", "naar": "c", "soort": "kennis", "waarde": 4},
...                 {"van": "b", "naar": "c", "soort": "kennis", "waarde": 5},
...                 {"van": "a", "naar": "b", "soort": "geld", "waarde": 2}]})
>>> g = per_sector(k)
>>> g.partners[["id", "naam"]].values.tolist()
[['sector:zorg', 'zorg'], ['sector:gemeente', 'gemeente']]
>>> g.stromen[["van", "naar", "waarde"]].values.tolist()
[['sector:zorg', 'sector:gemeente', 9]]
"""

from __future__ import annotations

import string

import numpy as np
import pandas as pd

from systeem.model.geheugen import onthoud
from systeem.model.kaart import KOLOMMEN, OPGAVE, Kaart, in_vorm, tabel
from systeem.teksten import tekst

#: Id prefix of a sector partner.
VOORVOEGSEL = "sector:"


@onthoud()
def per_sector(kaart: Kaart, minimum: int = 1, taal: str = "nl") -> Kaart:
    """Return a kaart in which every sector is one partner (the module docstring has
    the rules).

    Parameters
    ----------
    kaart : the kaart.
    minimum : the smallest number of partners a sector needs to be grouped (at least
        1; default 1: every sector).  The partners of a smaller sector stay as they are.
    taal : ``"nl"`` or ``"en"``: the name of the group without a sector and the
        explanatory texts.

    Returns
    -------
    A new kaart with the same titel, opgave and toelichting; for viewing and analysis
    only (a ``waarde`` can be above 5), never to store or validate.

    Example
    -------
    >>> from systeem.model.validatie import valideer
    >>> k = valideer({"formaat": "systeemkaart", "versie": 1, "titel": "T",
    ...     "partners": [{"id": "a", "naam": "A", "sector": "zorg", "invloed": 2},
    ...                  {"id": "b", "naam": "B", "sector": "zorg", "invloed": 3},
    ...                  {"id": "c", "naam": "C"}],
    ...     "stromen": [{"van": "a", "naar": "opgave", "soort": "geld", "waarde": 4},
    ...                 {"van": "b", "naar": "opgave", "soort": "geld", "waarde": 3},
    ...                 {"van": "opgave", "naar": "c", "soort": "kennis", "waarde": 2}]})
    >>> g = per_sector(k)
    >>> g.partners[["id", "naam", "invloed"]].values.tolist()
    [['sector:zorg', 'zorg', 3], ['sector:', 'Zonder sector', <NA>]]
    >>> g.stromen[["van", "naar", "waarde", "omschrijving"]].values.tolist()
    [['sector:zorg', 'opgave', 7, 'Stromen samengevoegd: 2'], ['opgave', 'sector:', 2, 'Stromen samengevoegd: 1']]
    >>> per_sector(k, minimum=2).partners["id"].tolist()
    ['sector:zorg', 'c']
    """
    if isinstance(minimum, bool) or not isinstance(minimum, (int, np.integer)) or minimum < 1:
        raise ValueError(f"minimum moet een geheel getal van minstens 1 zijn, niet {minimum!r}")
    partners = kaart.partners.reset_index(drop=True)
    sectoren = _sectoren(partners)
    groot = sectoren["sleutel"].map(sectoren["sleutel"].value_counts()) >= minimum
    los = partners[~groot.to_numpy()]

    voorvoegsel = VOORVOEGSEL
    while los["id"].astype("str").str.startswith(voorvoegsel).any():
        voorvoegsel = "~" + voorvoegsel
    groepen = _groepen(partners[groot.to_numpy()], sectoren[groot], voorvoegsel)
    knoop = pd.Series(
        np.where(
            groot,
            sectoren["sleutel"].map(groepen["id"]).to_numpy(dtype=object),
            partners["id"].to_numpy(dtype=object),
        ),
        index=partners["id"].to_numpy(dtype=object),
        dtype=object,
    )
    knoop = knoop[~knoop.index.duplicated()]
    knoop[OPGAVE] = OPGAVE

    stromen, binnen = _stromen(kaart.stromen, knoop, taal)
    groepen = groepen.join(binnen, on="id").fillna({"aantal_binnen": 0, "waarde_binnen": 0})
    sector_partners = pd.DataFrame(
        {
            "id": groepen["id"],
            "naam": groepen["sector"].where(
                groepen["sector"] != "", tekst("groepering.zonder_sector", taal)
            ),
            "type": "organisatie",
            "sector": groepen["sector"],
            "invloed": np.floor(groepen["invloed"].astype("Float64") + 0.5).astype("Int64"),
            "toelichting": _vul(
                tekst("groepering.toelichting", taal),
                partners=groepen["aantal"],
                binnen=groepen["aantal_binnen"].astype("int64"),
                waarde=groepen["waarde_binnen"].astype("int64"),
            ),
        }
    )
    nieuwe_partners = pd.concat(
        [in_vorm("partners", sector_partners), in_vorm("partners", los)],
        ignore_index=True,
    )
    return Kaart(
        titel=kaart.titel,
        opgave=kaart.opgave,
        toelichting=kaart.toelichting,
        partners=nieuwe_partners,
        stromen=stromen,
        afhankelijkheden=_afhankelijkheden(kaart.afhankelijkheden, knoop, taal),
        belangen=tabel("belangen"),
        posities={},
        scenarios=(),
    )


@onthoud()
def aantal_partners_per_sector(kaart: Kaart) -> pd.Series:
    """Return how many partners each sector has.

    Sectors are compared as :func:`per_sector` does (case and extra spaces ignored)
    and come in its order: by first appearance in the kaart, the partners without a
    sector (index ``""``) last.

    Parameters
    ----------
    kaart : the kaart.

    Returns
    -------
    An ``int64`` Series named ``partners``, indexed by sector (``"sector"``), written as
    its first partner writes it.

    Example
    -------
    >>> from systeem.model.validatie import valideer
    >>> k = valideer({"formaat": "systeemkaart", "versie": 1, "titel": "T",
    ...     "partners": [{"id": "a", "naam": "A"}, {"id": "b", "naam": "B", "sector": "Zorg"},
    ...                  {"id": "c", "naam": "C", "sector": "zorg"}], "stromen": []})
    >>> aantal_partners_per_sector(k).to_dict()
    {'Zorg': 2, '': 1}
    """
    partners = kaart.partners.reset_index(drop=True)
    groepen = _groepen(partners, _sectoren(partners), VOORVOEGSEL)
    return pd.Series(
        groepen["aantal"].to_numpy(dtype="int64"),
        index=pd.Index(groepen["sector"].to_numpy(dtype=object), name="sector", dtype=object),
        name="partners",
    )


def aantal_sectoren(kaart: Kaart) -> int:
    """Return how many sectors the partners name, as :func:`aantal_partners_per_sector`
    counts them; partners without a sector are not a sector.  A per-sector view
    (:func:`per_sector`) shows something from two sectors on.

    Example
    -------
    >>> from systeem.model.schets import schets
    >>> from systeem.model.validatie import valideer
    >>> aantal_sectoren(schets("a b"))
    0
    >>> sectoren = {"a": "Zorg", "b": " zorg", "c": "Wonen", "d": ""}
    >>> partners = [{"id": p, "naam": p, "sector": s} for p, s in sectoren.items()]
    >>> aantal_sectoren(valideer({"formaat": "systeemkaart", "versie": 2, "titel": "T",
    ...     "partners": partners, "stromen": []}))
    2
    """
    return int(aantal_partners_per_sector(kaart).drop("", errors="ignore").size)


# ---------------------------------------------------------------------------
# Helpers.


def _sectoren(partners: pd.DataFrame) -> pd.DataFrame:
    """Per partner its sector text (trimmed, "" when empty) and its grouping key."""
    sector = partners["sector"].astype(object).where(partners["sector"].notna(), "")
    sector = sector.astype("str").str.strip()
    sleutel = sector.str.casefold().str.replace(r"\s+", " ", regex=True)
    return pd.DataFrame({"sector": sector, "sleutel": sleutel}, index=partners.index)


def _groepen(partners: pd.DataFrame, sectoren: pd.DataFrame, voorvoegsel: str) -> pd.DataFrame:
    """One row per sector (indexed by key): ``sector`` as first written, ``id``,
    ``aantal`` partners and mean ``invloed``; first appearance first, no sector last."""
    frame = pd.DataFrame(
        {
            "sleutel": sectoren["sleutel"],
            "sector": sectoren["sector"],
            "invloed": partners["invloed"].astype("Float64"),
        }
    )
    groepen = frame.groupby("sleutel", sort=False).agg(
        sector=("sector", "first"), aantal=("sector", "size"), invloed=("invloed", "mean")
    )
    groepen = groepen.iloc[np.argsort(groepen.index == "", kind="stable")]
    groepen.insert(0, "id", voorvoegsel + groepen["sector"])
    return groepen


def _stromen(
    stromen: pd.DataFrame, knoop: pd.Series, taal: str
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The stromen between groups, summed, and per group the stromen within it
    (``aantal_binnen``, ``waarde_binnen``, indexed by group id)."""
    s = stromen.assign(
        van=_naar_knoop(stromen["van"], knoop), naar=_naar_knoop(stromen["naar"], knoop)
    )
    intern = (s["van"] == s["naar"]).to_numpy()
    binnen = (
        s[intern]
        .groupby("van", sort=False)["waarde"]
        .agg(aantal_binnen="size", waarde_binnen="sum")
    )
    samen = (
        s[~intern]
        .groupby(["van", "naar", "soort", "tastbaar"], sort=False, dropna=False)["waarde"]
        .agg(waarde="sum", aantal="size")
        .reset_index()
    )
    samen["omschrijving"] = _vul(tekst("groepering.stromen", taal), aantal=samen["aantal"])
    return in_vorm("stromen", samen), binnen


def _afhankelijkheden(afh: pd.DataFrame, knoop: pd.Series, taal: str) -> pd.DataFrame:
    """The afhankelijkheden between groups: the strongest per pair."""
    a = afh.assign(
        partner=_naar_knoop(afh["partner"], knoop),
        afhankelijk_van=_naar_knoop(afh["afhankelijk_van"], knoop),
    )
    a = a[(a["partner"] != a["afhankelijk_van"]).to_numpy()]
    samen = (
        a.groupby(["partner", "afhankelijk_van"], sort=False)["sterkte"]
        .agg(sterkte="max", aantal="size")
        .reset_index()
    )
    samen["waarvoor"] = _vul(tekst("groepering.afhankelijkheden", taal), aantal=samen["aantal"])
    kolommen = KOLOMMEN["afhankelijkheden"]
    return samen[list(kolommen)].astype(kolommen)


def _naar_knoop(ids: pd.Series, knoop: pd.Series) -> pd.Series:
    """Node ids replaced by their group's id (an unknown id stays itself)."""
    return ids.map(knoop).fillna(ids).astype(object)


def _vul(sjabloon: str, **kolommen: pd.Series) -> pd.Series:
    """Fill a ``{placeholder}`` template per row, vectorised over equally long columns."""
    lengte = len(next(iter(kolommen.values())))
    index = next(iter(kolommen.values())).index
    uit = pd.Series([""] * lengte, index=index, dtype=object)
    for letterlijk, veld, _, _ in string.Formatter().parse(sjabloon):
        uit = uit + letterlijk
        if veld is not None:
            uit = uit + kolommen[veld].astype("str").to_numpy(dtype=object)
    return uit
