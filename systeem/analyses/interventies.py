"""Interventies: what-if moves applied to a kaart, and what they changed.

An interventie (:mod:`systeem.model.scenario`) is data; applying it is a pure function that
returns a new kaart and leaves the old one alone.  :func:`toepassen` applies a whole
scenario: its switched-on moves in order, each on the result of the one before.  A move
that cannot apply (it names a partner that is no longer on the kaart, say) is skipped
and reported in the :class:`Uitkomst`, and the moves after it still apply.

Whole points.  A stroom's waarde is a whole number from 1 to 5, and every kaart a move
returns keeps that rule, so it passes :func:`systeem.model.validatie.valideer`:

- *scaling* a stroom by a factor rounds to whole points (half up); a stroom that rounds
  to 0 goes, one that grows beyond 5 becomes several stromen of at most 5 with the same
  ends, soort and omschrijving (7 becomes 5 + 2), so the total is what the factor says;
- *removing* points takes them from the largest stromen first, one point at a time;
- *adding* points makes new stromen of 5, and one with the rest.

Cost-sharing keys (:class:`~systeem.model.scenario.Kostenverdeling`).  The money the chosen
partners bring to the opgave (stromen of soort ``geld`` to ``"opgave"``) is the pot; a
key shares the pot's total points out again, rounded by largest remainder so the total
stays the same: ``gelijk`` in equal shares, ``gebruik`` in proportion to what each
partner takes from the opgave (all soorten), ``grootte`` in proportion to each
partner's size (the key's ``gewichten``; the partner's invloed where it has none).
``eigen`` - each partner carries its own costs - is the key most kaarten already show:
what each brings stays what it brings, so it changes nothing and serves as the
reference to compare the other keys with.

:func:`toepassen` is remembered by the content of the kaart and the scenario
(:func:`systeem.model.geheugen.onthoud`): the page applies the open scenario on every rerun,
and does the work only when the kaart or the scenario changed.  Every call returns its
own copy of the :class:`Uitkomst`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from systeem.model.geheugen import onthoud
from systeem.model.kaart import OPGAVE, Kaart, in_vorm, standaard_tastbaar, tabel
from systeem.model.scenario import (
    Ambitie,
    Bijdrage,
    Compensatie,
    DerdePartij,
    Interventie,
    Kostenverdeling,
    Scenario,
    Vertrek,
)

# A move in words is the model's (systeem.model.scenario); the name stays here for callers.
from systeem.model.scenario import beschrijving as beschrijving
from systeem.teksten import tekst

#: The largest waarde of one stroom.
MAX_WAARDE = 5
#: The soort of money streams, the ones a cost-sharing key works on.
GELD = "geld"


class NietToepasbaar(ValueError):
    """A move cannot apply to this kaart; ``code`` and ``waarden`` say why (see :meth:`melding`)."""

    def __init__(self, code: str, **waarden: Any):
        self.code, self.waarden = code, waarden
        super().__init__(self.melding("nl"))

    def melding(self, taal: str = "nl") -> str:
        """Why the move does not apply, in ``taal``."""
        return tekst(f"interventie.niet.{self.code}", taal, **self.waarden)


@dataclass(frozen=True)
class Stap:
    """One interventie of a scenario as applied: ``nr`` its place in the scenario,
    ``toegepast`` whether it changed the kaart, ``melding`` why not (empty when it did)."""

    nr: int
    interventie: Interventie
    toegepast: bool
    melding: str = ""


@dataclass(frozen=True)
class Uitkomst:
    """A scenario applied: the kaart after it, every step, and per stroom of the new kaart
    whether the scenario added or changed it (``gewijzigd``, a bool Series in the order
    of ``kaart.stromen``)."""

    kaart: Kaart
    stappen: tuple[Stap, ...]
    gewijzigd: pd.Series = field(repr=False)


@onthoud(maxsize=32)
def toepassen(kaart: Kaart, scenario: Scenario, taal: str = "nl") -> Uitkomst:
    """Apply the switched-on interventies of ``scenario`` to ``kaart``, in order.

    Parameters
    ----------
    kaart : the kaart before (left unchanged).
    scenario : the scenario; moves that are off are listed as skipped.
    taal : the language of the messages of skipped moves.

    Example
    -------
    >>> from systeem.model.validatie import valideer
    >>> k = valideer({"formaat": "systeemkaart", "versie": 2, "titel": "T",
    ...     "partners": [{"id": "a", "naam": "A"}, {"id": "b", "naam": "B"}],
    ...     "stromen": [{"van": "a", "naar": "opgave", "soort": "geld", "waarde": 4}]})
    >>> s = Scenario("S", (Compensatie(partner="a", punten=7), Vertrek(partner="x")))
    >>> u = toepassen(k, s)
    >>> u.kaart.stromen[["van", "naar", "waarde"]].values.tolist()
    [['a', 'opgave', 4], ['opgave', 'a', 5], ['opgave', 'a', 2]]
    >>> u.gewijzigd.tolist(), [stap.toegepast for stap in u.stappen]
    ([False, True, True], [True, False])
    >>> u.stappen[1].melding
    'Partner "x" staat niet (meer) op de kaart; deze interventie doet niets.'
    """
    huidig = kaart
    stappen = []
    # A scenario holds a handful of moves; each move itself is vectorised.
    for nr, zet in enumerate(scenario.interventies):
        if not zet.aan:
            stappen.append(Stap(nr, zet, False, tekst("interventie.uit", taal)))
            continue
        try:
            huidig = pas_toe(huidig, zet)
        except NietToepasbaar as fout:
            stappen.append(Stap(nr, zet, False, fout.melding(taal)))
        else:
            stappen.append(Stap(nr, zet, True))
    return Uitkomst(huidig, tuple(stappen), gewijzigde_stromen(kaart, huidig))


def pas_toe(kaart: Kaart, zet: Interventie) -> Kaart:
    """Apply one move to ``kaart`` (whether it is switched on or not) and return the new kaart.

    Raises
    ------
    NietToepasbaar
        when the move names a partner that is not on the kaart, or has nothing to work on.

    Example
    -------
    >>> from systeem.model.validatie import valideer
    >>> k = valideer({"formaat": "systeemkaart", "versie": 2, "titel": "T",
    ...     "partners": [{"id": "a", "naam": "A"}],
    ...     "stromen": [{"van": "a", "naar": "opgave", "soort": "geld", "waarde": 4}]})
    >>> pas_toe(k, Bijdrage(partner="a", factor=0.5)).stromen["waarde"].tolist()
    [2]
    """
    _controleer_partners(kaart, zet)
    if isinstance(zet, Ambitie):
        return _ambitie(kaart, zet)
    if isinstance(zet, Bijdrage):
        return _bijdrage(kaart, zet)
    if isinstance(zet, Compensatie):
        return _compensatie(kaart, zet)
    if isinstance(zet, DerdePartij):
        return _derde(kaart, zet)
    if isinstance(zet, Kostenverdeling):
        return _kostenverdeling(kaart, zet)
    if isinstance(zet, Vertrek):
        return zonder_partner(kaart, zet.partner)
    raise TypeError(f"onbekende interventie {zet!r}")


def zonder_partner(kaart: Kaart, partner: str) -> Kaart:
    """Return the kaart without ``partner`` and without every row that refers to it.

    Its stromen (both ways), afhankelijkheden (both sides), belangen and positie go, so
    nothing is left pointing at a partner that is gone.

    Example
    -------
    >>> from systeem.model.validatie import valideer
    >>> k = valideer({"formaat": "systeemkaart", "versie": 2, "titel": "T",
    ...     "partners": [{"id": "a", "naam": "A"}, {"id": "b", "naam": "B"}],
    ...     "stromen": [{"van": "a", "naar": "b", "soort": "geld", "waarde": 2},
    ...                 {"van": "b", "naar": "opgave", "soort": "tijd", "waarde": 1}]})
    >>> zonder_partner(k, "a").stromen[["van", "naar"]].values.tolist()
    [['b', 'opgave']]
    """
    s, a, b = kaart.stromen, kaart.afhankelijkheden, kaart.belangen
    return kaart.met(
        partners=kaart.partners[kaart.partners["id"] != partner].reset_index(drop=True),
        stromen=s[(s["van"] != partner) & (s["naar"] != partner)].reset_index(drop=True),
        afhankelijkheden=a[
            (a["partner"] != partner) & (a["afhankelijk_van"] != partner)
        ].reset_index(drop=True),
        belangen=b[b["partner"] != partner].reset_index(drop=True),
        posities={k: v for k, v in kaart.posities.items() if k != partner},
    )


def gewijzigde_stromen(voor: Kaart, na: Kaart) -> pd.Series:
    """Per stroom of ``na``: True when ``voor`` has no such stroom (new, or another waarde).

    Stromen are compared on ``van, naar, soort, waarde, omschrijving`` as a multiset: when
    ``voor`` has a stroom twice and ``na`` three times, one of the three is new.

    Example
    -------
    >>> from systeem.model.validatie import valideer
    >>> def k(*w):
    ...     return valideer({"formaat": "systeemkaart", "versie": 2, "titel": "T",
    ...         "partners": [{"id": "a", "naam": "A"}],
    ...         "stromen": [{"van": "a", "naar": "opgave", "soort": "geld", "waarde": x}
    ...                     for x in w]})
    >>> gewijzigde_stromen(k(3, 2), k(3, 4, 3)).tolist()
    [False, True, True]
    """
    sleutel = ["van", "naar", "soort", "waarde", "omschrijving"]

    def genummerd(stromen: pd.DataFrame) -> pd.DataFrame:
        return stromen[sleutel].assign(_n=stromen.groupby(sleutel, sort=False).cumcount())

    oud = genummerd(voor.stromen).assign(_oud=True)
    samen = genummerd(na.stromen).merge(oud, on=[*sleutel, "_n"], how="left")
    return pd.Series(samen["_oud"].isna().to_numpy(), index=na.stromen.index, name="gewijzigd")


# ---------------------------------------------------------------------------
# The moves.


def _ambitie(kaart: Kaart, zet: Ambitie) -> Kaart:
    ids = list(zet.partners) or kaart.partners["id"].tolist()
    stromen = kaart.stromen
    if zet.factor != 1:
        terug = (stromen["van"] == OPGAVE) & stromen["naar"].isin(ids)
        stromen = _schaal(stromen, terug, zet.factor)
    if zet.waarde > 0:
        nieuw = _stromen(
            van=[OPGAVE] * len(ids),
            naar=ids,
            soort=zet.soort or "overig",
            punten=np.full(len(ids), zet.waarde),
            omschrijving=zet.omschrijving,
        )
        stromen = _samen(stromen, nieuw)
    return kaart.met(stromen=stromen)


def _bijdrage(kaart: Kaart, zet: Bijdrage) -> Kaart:
    stromen = kaart.stromen
    welke = stromen["van"] == zet.partner
    if zet.naar:
        welke &= stromen["naar"] == zet.naar
    if zet.soort:
        welke &= stromen["soort"] == zet.soort
    if zet.factor is not None:
        return kaart.met(stromen=_schaal(stromen, welke, zet.factor))
    punten = zet.punten or 0
    if punten < 0:
        if not welke.any():
            raise NietToepasbaar("niets_te_verminderen", partner=kaart.namen()[zet.partner])
        return kaart.met(stromen=_verminder(stromen, welke, -punten))
    soort = zet.soort or hoofdsoort(kaart, zet.partner)
    nieuw = _stromen([zet.partner], [zet.naar or OPGAVE], soort, np.array([punten]), "")
    return kaart.met(stromen=_samen(stromen, nieuw))


def _compensatie(kaart: Kaart, zet: Compensatie) -> Kaart:
    if zet.van == zet.partner:
        raise NietToepasbaar("zichzelf", partner=kaart.namen()[zet.partner])
    nieuw = _stromen([zet.van], [zet.partner], zet.soort, np.array([zet.punten]), zet.omschrijving)
    return kaart.met(stromen=_samen(kaart.stromen, nieuw))


def _derde(kaart: Kaart, zet: DerdePartij) -> Kaart:
    if zet.id in set(kaart.partners["id"]):
        raise NietToepasbaar("id_bezet", id=zet.id)
    rij = {
        "id": zet.id,
        "naam": zet.naam,
        "type": zet.type,
        "sector": zet.sector,
        "invloed": zet.invloed,
        "toelichting": "",
    }
    partners = pd.concat([kaart.partners, tabel("partners", [rij])], ignore_index=True)
    stromen = kaart.stromen
    if zet.stromen:
        s = pd.DataFrame([vars(x) for x in zet.stromen])
        brengt = s["richting"] == "brengt"
        nieuw = tabel(
            "stromen",
            pd.DataFrame(
                {
                    "van": np.where(brengt, zet.id, s["met"]),
                    "naar": np.where(brengt, s["met"], zet.id),
                    "soort": s["soort"],
                    "waarde": s["waarde"],
                    "omschrijving": s["omschrijving"],
                    "tastbaar": standaard_tastbaar(s["soort"]),
                }
            ).to_dict(orient="records"),
        )
        stromen = _samen(stromen, nieuw)
    return kaart.met(partners=in_vorm("partners", partners), stromen=stromen)


def _kostenverdeling(kaart: Kaart, zet: Kostenverdeling) -> Kaart:
    ids = pd.Index(list(zet.partners) or kaart.partners["id"].tolist())
    stromen = kaart.stromen
    pot = (stromen["soort"] == GELD) & (stromen["naar"] == OPGAVE) & stromen["van"].isin(ids)
    totaal = int(stromen.loc[pot, "waarde"].sum())
    if totaal == 0:
        raise NietToepasbaar("geen_geld")
    if zet.sleutel == "eigen":
        return kaart
    gewichten = _gewichten(kaart, zet, ids)
    if gewichten.sum() <= 0:
        raise NietToepasbaar(f"geen_gewichten_{zet.sleutel}")
    aandeel = verdeel(totaal, gewichten.to_numpy())
    nieuw = _stromen(
        van=ids.tolist(),
        naar=[OPGAVE] * len(ids),
        soort=GELD,
        punten=aandeel,
        omschrijving=tekst(f"zet.kostenverdeling.{zet.sleutel}.kort", "nl"),
    )
    return kaart.met(stromen=_samen(stromen[~pot], nieuw))


def verdeel(totaal: int, gewichten: np.ndarray) -> np.ndarray:
    """Share ``totaal`` whole points in proportion to ``gewichten`` (largest remainder).

    Every share is the floor of its exact share; the points left over go one each to the
    largest remainders, ties to the first.  The shares always add up to ``totaal``.

    Example
    -------
    >>> verdeel(10, np.array([1.0, 1.0, 1.0])).tolist()
    [4, 3, 3]
    >>> verdeel(7, np.array([3.0, 1.0, 0.0])).tolist()
    [5, 2, 0]
    """
    exact = totaal * gewichten / gewichten.sum()
    heel = np.floor(exact).astype("int64")
    over = totaal - int(heel.sum())
    volgorde = np.argsort(-(exact - heel), kind="stable")
    heel[volgorde[:over]] += 1
    return heel


def hoofdsoort(kaart: Kaart, partner: str, standaard: str = "overig") -> str:
    """The soort in which ``partner`` brings the most waarde (``standaard`` when it brings
    nothing); ties go to the soort that comes first on the kaart.

    Example
    -------
    >>> from systeem.model.validatie import valideer
    >>> k = valideer({"formaat": "systeemkaart", "versie": 2, "titel": "T",
    ...     "partners": [{"id": "a", "naam": "A"}],
    ...     "stromen": [{"van": "a", "naar": "opgave", "soort": "tijd", "waarde": 2},
    ...                 {"van": "a", "naar": "opgave", "soort": "kennis", "waarde": 3}]})
    >>> hoofdsoort(k, "a"), hoofdsoort(k, "opgave")
    ('kennis', 'overig')
    """
    eigen = kaart.stromen[kaart.stromen["van"] == partner]
    if not len(eigen):
        return standaard
    return str(eigen.groupby("soort", sort=False)["waarde"].sum().idxmax())


# ---------------------------------------------------------------------------
# Whole points.


def _controleer_partners(kaart: Kaart, zet: Interventie) -> None:
    bekend = set(kaart.partners["id"]) | {OPGAVE}
    onbekend = sorted(zet.verwijzingen() - bekend)
    if onbekend:
        raise NietToepasbaar("onbekende_partner", partner=onbekend[0])


def _gewichten(kaart: Kaart, zet: Kostenverdeling, ids: pd.Index) -> pd.Series:
    if zet.sleutel == "gelijk":
        return pd.Series(1.0, index=ids)
    if zet.sleutel == "gebruik":
        s = kaart.stromen
        uit_opgave = s[s["van"] == OPGAVE].groupby("naar")["waarde"].sum()
        return uit_opgave.reindex(ids, fill_value=0).astype("float64")
    invloed = kaart.partners.set_index("id")["invloed"].astype("Float64").fillna(0)
    eigen = pd.Series(dict(zet.gewichten), dtype="float64")
    return eigen.reindex(ids).fillna(invloed.reindex(ids).astype("float64")).fillna(0.0)


def _schaal(stromen: pd.DataFrame, welke: pd.Series, factor: float) -> pd.DataFrame:
    """Scale the waarde of the ``welke`` stromen by ``factor``, in whole points."""
    nieuw = stromen["waarde"].where(~welke, np.floor(stromen["waarde"] * factor + 0.5))
    return _in_stukken(stromen.assign(waarde=nieuw.astype("int64")))


def _verminder(stromen: pd.DataFrame, welke: pd.Series, punten: int) -> pd.DataFrame:
    """Take ``punten`` points off the ``welke`` stromen, from the largest first.

    Each point of a stroom of waarde w has a height 1..w; the points taken are the
    highest ones over all chosen stromen (ties: the earlier stroom first).
    """
    rijen = np.flatnonzero(welke.to_numpy())
    waarden = stromen["waarde"].to_numpy()[rijen]
    per_punt = np.repeat(rijen, waarden)
    begin = np.repeat(np.cumsum(waarden) - waarden, waarden)
    hoogte = np.repeat(waarden, waarden) - (np.arange(len(per_punt)) - begin)
    volgorde = np.lexsort((per_punt, -hoogte))
    weg = np.bincount(per_punt[volgorde[:punten]], minlength=len(stromen))
    return _in_stukken(stromen.assign(waarde=stromen["waarde"].to_numpy() - weg))


def _in_stukken(stromen: pd.DataFrame) -> pd.DataFrame:
    """Drop stromen of waarde 0 and split those above 5 into stromen of at most 5, in place."""
    stukken = -(-stromen["waarde"].to_numpy() // MAX_WAARDE)
    uit = stromen.loc[stromen.index.repeat(stukken)]
    nr = uit.groupby(level=0).cumcount().to_numpy()
    waarde = np.minimum(MAX_WAARDE, uit["waarde"].to_numpy() - MAX_WAARDE * nr)
    return in_vorm("stromen", uit.assign(waarde=waarde).reset_index(drop=True))


def _stromen(
    van: list[str], naar: list[str], soort: str, punten: np.ndarray, omschrijving: str
) -> pd.DataFrame:
    """New stromen ``van[i] -> naar[i]`` of ``punten[i]`` points each, in pieces of at most 5."""
    nieuw = pd.DataFrame(
        {
            "van": van,
            "naar": naar,
            "soort": soort,
            "waarde": np.asarray(punten, dtype="int64"),
            "omschrijving": omschrijving,
            "tastbaar": standaard_tastbaar(pd.Series([soort] * len(van), dtype="str")),
        }
    )
    return _in_stukken(nieuw)


def _samen(stromen: pd.DataFrame, nieuw: pd.DataFrame) -> pd.DataFrame:
    frames = [f for f in (stromen, nieuw) if len(f)]
    if not frames:
        return tabel("stromen")
    return in_vorm("stromen", pd.concat(frames, ignore_index=True))
