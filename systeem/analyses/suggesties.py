"""Suggesties: the smallest move that brings a partner back in balance and puts nobody else out.

For each partner out of balance (:data:`systeem.analyses.balans.UIT_BALANS`) this module computes,
in whole points, the least change ``k`` that puts its balans strictly inside the band
``-t < balans < t``, and offers it as a ready interventie.  A point is one unit of a
stroom's waarde (a stroom weighs 1 to 5): a move of 3 points is as much as one stroom of
waarde 3.

- A partner that *gives far more* (brengen ``B`` > halen ``H``):

  - ``compenseren``, the smallest ``k`` with balans(B, H + k) inside the band.  The giver is
    the first of these for which the move *works* (below): a partner that takes far more
    than it brings (:data:`~systeem.analyses.balans.HAALT_VEEL_MEER`), the one that receives most
    from the partner first, then the one furthest out (highest balans), then kaart order;
    then the opgave; then a third party (:class:`~systeem.model.scenario.DerdePartij`, a
    "Financier" that brings the ``k`` points in stromen of at most 5).  A partner or the
    opgave gives at most :data:`MAX_PUNTEN` in one move; a larger need goes to the third
    party;
  - ``minder_brengen`` (when it receives anything at all: a partner that only gives cannot
    get into balance by giving less), the smallest ``k`` with balans(B - k, H) inside the
    band, taken off what it brings to one receiver that gets at least ``k`` from it: first
    a receiver that takes far more (its halen goes down, towards balance), most received
    first; then the opgave (no partner changes); then any other receiver for which it
    works.

- A partner that *takes far more*: ``meer_brengen``, the smallest ``k`` with
  balans(B + k, H) inside the band, as a new stroom to the opgave (no partner changes), in
  the soort it already brings most (``tijd`` when it brings nothing).

A move *works* when, after it, the partner is in balans, no other partner that was in
balans has left it, every other partner out of balance is in balans or on the same side
no further out (``|balans|`` not larger), and a partner without stromen still has none.
``k`` is the minimum for the partner itself; the giver or receiver only decides whether
that ``k`` works.  No suggestion is made of more than :data:`MAX_PUNTEN` points but the
third party's, so a partner that would need more to bring more or less gets none.

**The soort of a compensation** is one the partner lacks or values, never a soort it
mainly brings (every soort tied for its largest brought waarde) and never ``overig``:

1. the first soort its belangen name: a whole word of an omschrijving that is a soort on
   the kaart or in :data:`systeem.model.kaart.SOORTEN`, belangen in kaart order;
2. else the soort it already receives most (ties: the first on the kaart);
3. else the soort the other partners receive most;
4. else ``geld``, or ``positie`` when it mainly brings geld (and so on down
   :data:`systeem.model.kaart.SOORTEN`).

**How it is computed.**  :func:`minimale_punten` starts from the closed form of the band's
boundary and corrects it against :func:`systeem.analyses.balans.klasse` itself.  What a candidate
move does to the totals is exact (a compensation adds ``k`` to the giver's brengen and the
partner's halen; bringing less to a receiver takes ``k`` off the partner's brengen and the
receiver's halen), so which candidates work is decided for all partners at once with
numpy and :func:`~systeem.analyses.balans.klasse`.  Then every chosen move is applied with
:func:`systeem.analyses.interventies.pas_toe` to the part of the kaart that touches the partners
it concerns (a partner's balans depends only on its own stromen) and their balance
computed with :func:`systeem.analyses.balans.balans`; should that disagree, the next candidate is
taken.  So "works" means what the rest of the program says.  That check is a few
milliseconds per suggestion, so on a large kaart the page asks only for the partners it
shows (``partners``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import numpy as np
import pandas as pd

from systeem.analyses import balans as balans_mod
from systeem.analyses.interventies import MAX_WAARDE, pas_toe
from systeem.model.geheugen import onthoud
from systeem.model.kaart import OPGAVE, SOORTEN, Kaart, nieuw_id
from systeem.model.scenario import (  # MAX_PUNTEN: the most points of one move
    MAX_PUNTEN,
    Bijdrage,
    Compensatie,
    DerdePartij,
    DerdeStroom,
    Interventie,
)
from systeem.teksten import aantal_punten, getal, tekst, woord

#: The kinds of suggestion.
COMPENSEREN, MINDER_BRENGEN, MEER_BRENGEN = "compenseren", "minder_brengen", "meer_brengen"
#: The name of the third party a suggestion brings in.
FINANCIER = "Financier"
#: Never a soort to compensate in: it says nothing of what the partner values.
OVERIG = "overig"
#: The last resort for the soort of a compensation, in order: geld, positie, the other
#: suggested soorten (each only for a partner that does not mainly bring it).
STANDAARDSOORTEN = ("geld", "positie", *(s for s in SOORTEN if s not in ("geld", "positie")))


@dataclass(frozen=True)
class Suggestie:
    """One suggested move for one partner: ``soort`` (:data:`COMPENSEREN`, ...), the
    whole ``punten`` it takes, the ready ``interventie``, the partner's balans after it,
    and the one other partner it changes (``ander``, empty when none) with that partner's
    balans before and after."""

    partner: str
    soort: str
    punten: int
    interventie: Interventie
    balans_na: float
    ander: str = ""
    ander_voor: float | None = None
    ander_na: float | None = None

    def tekst(self, kaart: Kaart, taal: str = "nl") -> str:
        """The suggestion in one sentence, with what it does to the others."""
        namen = kaart.namen()
        zet = self.interventie
        if isinstance(zet, DerdePartij):
            wie, soort = "derde", zet.stromen[0].soort
        else:
            wie, soort = ("partner" if self.ander else "opgave"), getattr(zet, "soort", "")
        return tekst(
            f"suggestie.{self.soort}.{wie}",
            taal,
            partner=namen.get(self.partner, self.partner),
            punten=aantal_punten(self.punten, taal),
            soort=woord("soort", soort, taal),
            ander=namen.get(self.ander, self.ander),
            voor=_met_teken(self.ander_voor, taal),
            na=_met_teken(self.ander_na, taal),
            naam=getattr(zet, "naam", ""),
            balans=_met_teken(self.balans_na, taal),
        )


def _met_teken(balans: float | None, taal: str) -> str:
    """A balans as the sentences write it: ``+0,20``, ``-0,25``, ``0,00``."""
    if balans is not None and round(balans, 2) == 0:
        return getal(0.0, taal)
    return getal(balans, taal, teken=True)


@onthoud()
def suggesties(
    kaart: Kaart, drempel: float = balans_mod.DREMPEL, partners: tuple[str, ...] | None = None
) -> list[Suggestie]:
    """Return the smallest rebalancing moves that put nobody else out of balance.

    Parameters
    ----------
    kaart : the kaart.
    drempel : the balance threshold ``t``.
    partners : only these partners' suggestions (all partners out of balance when None).

    Returns
    -------
    The suggestions in kaart order of the partners; per partner that gives far more,
    compensation first, then giving less; per partner that takes far more, bringing more.

    Example
    -------
    ``a`` gives 10 and gets 2; ``b`` only takes, 5 from ``a``.  ``b`` compensates ``a``
    with 4 points (halen 6 > 10 / 2) and ends in balans itself; ``a`` bringing 7 less to
    ``b`` would leave ``b`` without stromen, to the opgave it brings only 5, so it gets
    no such suggestion.  ``b`` brings 3 more to the opgave (brengen 3 > 5 / 2).

    >>> from systeem.model.validatie import valideer
    >>> k = valideer({"formaat": "systeemkaart", "versie": 2, "titel": "T",
    ...     "partners": [{"id": "a", "naam": "A"}, {"id": "b", "naam": "B"}],
    ...     "stromen": [{"van": "a", "naar": "b", "soort": "personeel", "waarde": 5},
    ...                 {"van": "a", "naar": "opgave", "soort": "geld", "waarde": 5},
    ...                 {"van": "opgave", "naar": "a", "soort": "positie", "waarde": 2}]})
    >>> [(s.partner, s.soort, s.punten) for s in suggesties(k)]
    [('a', 'compenseren', 4), ('b', 'meer_brengen', 3)]
    >>> suggesties(k)[0].interventie
    Compensatie(aan=True, partner='a', van='b', soort='positie', punten=4, omschrijving='')
    >>> suggesties(k)[0].tekst(k)
    'Compenseer A met 4 punten positie van B (die daarmee van +1,00 naar +0,11 gaat); de balans van A komt dan op -0,25.'
    """
    tabel = balans_mod.balans(kaart, drempel)
    uit = tabel[tabel["klasse"].isin(balans_mod.UIT_BALANS)]
    if partners is not None:
        uit = uit[uit.index.isin(list(partners))]
    if not len(uit):
        return []
    b = uit["brengen"].to_numpy()
    h = uit["halen"].to_numpy()
    geeft = (uit["klasse"] == balans_mod.GEEFT_VEEL_MEER).to_numpy()
    erbij = minimale_punten(b, h, drempel, COMPENSEREN)
    minder = minimale_punten(b, h, drempel, MINDER_BRENGEN)
    meer = minimale_punten(b, h, drempel, MEER_BRENGEN)
    gevers = _gevers(kaart, tabel, uit.index[geeft], erbij[geeft], drempel)
    ontvangers = _ontvangers(kaart, tabel, uit.index[geeft], minder[geeft], drempel)
    soort_erbij = compensatiesoort(kaart, tuple(uit.index[geeft]))
    soort_meer = _hoofdsoort(kaart, uit.index[~geeft])
    toets = _Toets(kaart, tabel, drempel)

    def compensaties(pid: str, soort: object, k: int) -> Iterator[Interventie]:
        if not isinstance(soort, str):  # it mainly brings every suggested soort
            return
        for van in gevers.get(pid, []):
            yield Compensatie(partner=pid, van=van, soort=soort, punten=k)
        yield _derde(kaart, pid, soort, k)

    uitkomst: list[Suggestie] = []
    # A few suggestions per partner out of balance, each checked by applying it.
    for i, pid in enumerate(uit.index):
        if geeft[i]:
            k = int(erbij[i])
            uitkomst += toets.eerste(pid, COMPENSEREN, k, compensaties(pid, soort_erbij[pid], k))
            k = int(minder[i])
            zetten = (Bijdrage(partner=pid, punten=-k, naar=n) for n in ontvangers.get(pid, []))
            uitkomst += toets.eerste(pid, MINDER_BRENGEN, k, zetten)
        else:
            k = int(meer[i])
            soort = soort_meer.get(pid, "tijd")
            zetten = [Bijdrage(partner=pid, punten=k, naar=OPGAVE, soort=soort)]
            uitkomst += toets.eerste(pid, MEER_BRENGEN, k, zetten if k <= MAX_PUNTEN else [])
    return uitkomst


def minimale_punten(
    brengen: np.ndarray, halen: np.ndarray, drempel: float, soort: str
) -> np.ndarray:
    """The least whole ``k >= 1`` per partner that puts its balans inside ``(-t, t)``.

    Parameters
    ----------
    brengen, halen : the partners' totals (whole numbers).
    drempel : the threshold ``t``.
    soort : :data:`COMPENSEREN` (``halen + k``), :data:`MINDER_BRENGEN` (``brengen - k``)
        or :data:`MEER_BRENGEN` (``brengen + k``).

    Returns
    -------
    ``k`` per partner; 0 where the move cannot bring that partner into balance (it is
    in balance already, or the move pushes it the wrong way, or giving less would leave
    it without stromen).

    Example
    -------
    >>> minimale_punten(np.array([10, 6]), np.array([3, 0]), 1 / 3, COMPENSEREN).tolist()
    [3, 4]
    >>> minimale_punten(np.array([10, 6]), np.array([3, 0]), 1 / 3, MINDER_BRENGEN).tolist()
    [5, 0]
    """
    b = np.asarray(brengen, dtype="int64")
    h = np.asarray(halen, dtype="int64")
    t = drempel

    def na(k: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        if soort == COMPENSEREN:
            return b, h + k
        if soort == MINDER_BRENGEN:
            return b - k, h
        return b + k, h

    def binnen(k: np.ndarray) -> np.ndarray:
        return _klassen(*na(k), t)[1] == balans_mod.IN_BALANS

    # Closed form of the boundary, then exact correction against klasse itself.
    with np.errstate(divide="ignore", invalid="ignore"):
        if soort == COMPENSEREN:
            schatting = np.floor(b * (1 - t) / (1 + t) - h) + 1
            mogelijk = b > h
        elif soort == MINDER_BRENGEN:
            grens = h * (1 + t) / (1 - t) if t < 1 else np.full(len(h), np.inf)
            schatting = np.floor(b - grens) + 1
            mogelijk = (b > h) & (h > 0)
        else:
            schatting = np.floor(h * (1 - t) / (1 + t) - b) + 1
            mogelijk = h > b
    bovengrens = np.abs(b - h)
    k = np.clip(np.nan_to_num(schatting, nan=1, posinf=1, neginf=1), 1, np.maximum(bovengrens, 1))
    k = k.astype("int64")
    for _ in range(3):  # the estimate is off by at most a point of rounding
        k = np.where(binnen(k) | (k >= bovengrens), k, k + 1)
    for _ in range(3):
        k = np.where((k > 1) & binnen(np.maximum(k - 1, 0)), k - 1, k)
    return np.where(mogelijk & (bovengrens > 0) & ~binnen(np.zeros_like(k)), k, 0)


def compensatiesoort(kaart: Kaart, partners: tuple[str, ...]) -> pd.Series:
    """The soort to compensate each of ``partners`` in (the rule in the module docstring).

    Parameters
    ----------
    kaart : the kaart.
    partners : partner ids.

    Returns
    -------
    A Series of soorten indexed by the partner ids, in the given order; missing (None)
    for a partner that mainly brings every suggested soort at once.

    Example
    -------
    ``a`` brings geld and gets kennis; ``b`` has a belang that names tijd; ``c`` gets
    nothing, and the others get kennis most; ``d`` brings nothing and gets nothing.

    >>> from systeem.model.validatie import valideer
    >>> k = valideer({"formaat": "systeemkaart", "versie": 2, "titel": "T",
    ...     "partners": [{"id": p, "naam": p.upper()} for p in "abcd"],
    ...     "stromen": [{"van": "a", "naar": "opgave", "soort": "geld", "waarde": 5},
    ...                 {"van": "b", "naar": "a", "soort": "kennis", "waarde": 2},
    ...                 {"van": "c", "naar": "b", "soort": "tijd", "waarde": 1}],
    ...     "belangen": [{"partner": "b", "omschrijving": "Meer tijd voor cliënten",
    ...                   "soort": "organisatie", "houding": "steunt"}]})
    >>> compensatiesoort(k, ("a", "b", "c", "d")).to_dict()
    {'a': 'kennis', 'b': 'tijd', 'c': 'kennis', 'd': 'kennis'}
    """
    ids = pd.Index(list(partners), dtype="str")
    soorten, gebracht, ontvangen, totaal = _per_soort(kaart, ids)
    hoofd = _hoofd(gebracht)
    # What may be chosen: not a soort the partner mainly brings, not overig.
    mag = ~hoofd & (soorten != OVERIG)
    rijen = np.arange(len(ids))
    keuze = np.full(len(ids), -1)
    # 1. The first soort its belangen name.
    b = kaart.belangen[kaart.belangen["partner"].isin(ids)]
    if len(b):
        woorden = sorted(set(soorten) - {OVERIG}, key=len, reverse=True)
        patroon = r"(?<!\w)(?:" + "|".join(map(re.escape, woorden)) + r")(?!\w)"
        genoemd = pd.DataFrame(
            {
                "partner": ids.get_indexer(b["partner"]),
                "soort": b["omschrijving"].str.lower().str.findall(patroon).to_numpy(),
            }
        ).explode("soort")
        genoemd = genoemd.dropna(subset=["soort"])
        p = genoemd["partner"].to_numpy(dtype="int64")
        c = pd.Index(soorten).get_indexer(genoemd["soort"])
        goed = mag[p, c]
        p, c = p[goed], c[goed]
        eerste_p, plek = np.unique(p, return_index=True)
        keuze[eerste_p] = c[plek]
    # 2. The soort it receives most; 3. the soort the others receive most.
    for waarden in (ontvangen, totaal[None, :] - ontvangen):
        waarden = np.where(mag, waarden, 0)
        beste = waarden.argmax(axis=1) if waarden.shape[1] else np.zeros(len(ids), "int64")
        heeft = waarden[rijen, beste] > 0 if waarden.shape[1] else np.zeros(len(ids), bool)
        keuze = np.where((keuze < 0) & heeft, beste, keuze)
    # 4. The first of the standard soorten it may get.
    standaard = pd.Index(soorten).get_indexer(list(STANDAARDSOORTEN))
    toegestaan = mag[:, standaard]
    eerste = toegestaan.argmax(axis=1)
    keuze = np.where((keuze < 0) & toegestaan.any(axis=1), standaard[eerste], keuze)
    uitkomst = np.where(keuze >= 0, soorten[np.maximum(keuze, 0)], None)
    return pd.Series(uitkomst, index=ids, name="soort", dtype="object")


# ---------------------------------------------------------------------------
# Candidates: who gives, who receives less.


def _gevers(
    kaart: Kaart, tabel: pd.DataFrame, ids: pd.Index, k: np.ndarray, drempel: float
) -> dict[str, list[str]]:
    """Per partner that gives far more, the givers of its compensation of ``k`` points for
    which it works, in order of preference: partners that take far more (most received
    from the partner, highest balans, kaart order), then the opgave."""
    nodig = (k > 0) & (k <= MAX_PUNTEN)
    ids, k = ids[nodig], k[nodig]
    if not len(ids):
        return {}
    nemers = tabel[tabel["klasse"] == balans_mod.HAALT_VEEL_MEER]
    n = len(nemers)
    paren = pd.DataFrame(
        {
            "partner": np.repeat(ids.to_numpy(), n),
            "van": np.tile(nemers.index.to_numpy(), len(ids)),
            "k": np.repeat(k, n),
            "brengen": np.tile(nemers["brengen"].to_numpy(), len(ids)),
            "halen": np.tile(nemers["halen"].to_numpy(), len(ids)),
            "balans": np.tile(nemers["balans"].to_numpy(), len(ids)),
            "volgorde": np.tile(np.arange(n), len(ids)),
        }
    )
    balans_na, klasse_na = _klassen(paren["brengen"] + paren["k"], paren["halen"], drempel)
    paren = paren[_niet_slechter(balans_mod.HAALT_VEEL_MEER, paren["balans"], klasse_na, balans_na)]
    paren = paren.assign(bedrag=_bedragen(kaart, paren["partner"], paren["van"]))
    paren = paren.sort_values(
        ["bedrag", "balans", "volgorde"], ascending=[False, False, True], kind="stable"
    )
    opgave = pd.DataFrame({"partner": ids, "van": OPGAVE})
    lijst = pd.concat([paren[["partner", "van"]], opgave], ignore_index=True)
    return lijst.groupby("partner", sort=False)["van"].agg(list).to_dict()


def _ontvangers(
    kaart: Kaart, tabel: pd.DataFrame, ids: pd.Index, k: np.ndarray, drempel: float
) -> dict[str, list[str]]:
    """Per partner that gives far more, the receivers it can bring ``k`` points less to
    (each gets at least ``k`` from it) for which it works, in order of preference: those
    that take far more (most received first), the opgave, the others (most received)."""
    nodig = (k > 0) & (k <= MAX_PUNTEN)
    punten = pd.Series(k[nodig], index=ids[nodig])
    if not len(punten):
        return {}
    s = kaart.stromen
    s = s[s["van"].isin(punten.index)]
    paren = s.groupby(["van", "naar"], sort=False)["waarde"].sum().rename("bedrag").reset_index()
    paren = paren.assign(k=paren["van"].map(punten))
    paren = paren[paren["bedrag"] >= paren["k"]]
    # The opgave is no partner: it has no row in the table and nothing to check.
    voor = tabel.reindex(paren["naar"].to_numpy())
    partner = paren["naar"].to_numpy() != OPGAVE
    balans_na, klasse_na = _klassen(
        voor["brengen"].fillna(0),
        voor["halen"].fillna(0).to_numpy() - paren["k"].to_numpy(),
        drempel,
    )
    werkt = ~partner | _niet_slechter(voor["klasse"], voor["balans"], klasse_na, balans_na)
    rang = np.where(
        ~partner, 1, np.where(voor["klasse"].to_numpy() == balans_mod.HAALT_VEEL_MEER, 0, 2)
    )
    paren = paren.assign(rang=rang)[werkt]
    paren = paren.sort_values(["rang", "bedrag"], ascending=[True, False], kind="stable")
    return paren.groupby("van", sort=False)["naar"].agg(list).to_dict()


def _derde(kaart: Kaart, partner: str, soort: str, punten: int) -> DerdePartij:
    """A third party that brings ``partner`` ``punten`` of ``soort``, in stromen of at most 5."""
    bezet = {*kaart.partners["id"], OPGAVE} | {
        z.id for s in kaart.scenarios for z in s.interventies if isinstance(z, DerdePartij)
    }
    namen, naam, n = set(kaart.partners["naam"]), FINANCIER, 2
    while naam in namen:
        naam, n = f"{FINANCIER} {n}", n + 1
    vol, rest = divmod(punten, MAX_WAARDE)
    waarden = [MAX_WAARDE] * vol + ([rest] if rest else [])
    return DerdePartij(
        id=nieuw_id(naam, bezet),
        naam=naam,
        stromen=tuple(DerdeStroom(met=partner, soort=soort, waarde=w) for w in waarden),
    )


class _Toets:
    """Whether a move works, by applying it (see the module docstring)."""

    def __init__(self, kaart: Kaart, tabel: pd.DataFrame, drempel: float):
        self.kaart, self.tabel, self.drempel = kaart, tabel, drempel

    def eerste(
        self, partner: str, soort: str, punten: int, zetten: Iterable[Interventie]
    ) -> list[Suggestie]:
        """The first of ``zetten`` that works, as a one-element list (empty when none does)."""
        if punten <= 0:
            return []
        for zet in zetten:
            suggestie = self.werkt(partner, soort, punten, zet)
            if suggestie is not None:
                return [suggestie]
        return []

    def werkt(self, partner: str, soort: str, punten: int, zet: Interventie) -> Suggestie | None:
        """The suggestion when ``zet`` works, else None."""
        anderen = sorted(zet.verwijzingen() - {partner, OPGAVE})
        knopen = [partner, *anderen]
        voor = self.tabel.loc[knopen]
        na = _balans_na(self.kaart, zet, knopen, self.drempel)
        if na.loc[partner, "klasse"] != balans_mod.IN_BALANS:
            return None
        if not _niet_slechter(
            voor["klasse"].iloc[1:],
            voor["balans"].iloc[1:],
            na["klasse"].iloc[1:],
            na["balans"].iloc[1:],
        ).all():
            return None
        ander = anderen[0] if anderen else ""
        return Suggestie(
            partner,
            soort,
            punten,
            zet,
            float(na.loc[partner, "balans"]),
            ander,
            float(voor.loc[ander, "balans"]) if ander else None,
            float(na.loc[ander, "balans"]) if ander else None,
        )


def _balans_na(kaart: Kaart, zet: Interventie, knopen: list[str], drempel: float) -> pd.DataFrame:
    """balans and klasse of ``knopen`` after ``zet``, applied to the part of the kaart that
    touches them (their stromen both ways): the same numbers as on the whole kaart, without
    copying it.  :func:`systeem.analyses.balans.totalen` unremembered (the part is used once), then
    :func:`systeem.analyses.balans.klasse`."""
    s = kaart.stromen
    raakt = s["van"].isin(knopen) | s["naar"].isin(knopen)
    deel = kaart.met(
        partners=kaart.partners[kaart.partners["id"].isin(knopen)].reset_index(drop=True),
        stromen=s[raakt].reset_index(drop=True),
    )
    totalen = balans_mod.totalen.__wrapped__(pas_toe(deel, zet)).loc[knopen]
    waarde, klasse = _klassen(totalen["brengen"], totalen["halen"], drempel)
    return pd.DataFrame({"balans": waarde, "klasse": klasse}, index=knopen)


# ---------------------------------------------------------------------------
# Helpers on arrays and tables.


def _klassen(b: object, h: object, t: float) -> tuple[np.ndarray, np.ndarray]:
    """balans and klasse of totals ``b``, ``h``, exactly as :mod:`systeem.analyses.balans` computes them."""
    b = np.asarray(b, dtype="int64")
    h = np.asarray(h, dtype="int64")
    totaal = (b + h).astype("float64")
    with np.errstate(divide="ignore", invalid="ignore"):
        waarde = np.where(totaal > 0, (h - b) / np.where(totaal > 0, totaal, 1), np.nan)
    klassen = balans_mod.klasse(pd.Series(waarde, dtype="float64"), t)
    return waarde, klassen.to_numpy()


def _niet_slechter(
    klasse_voor: object, balans_voor: object, klasse_na: object, balans_na: object
) -> np.ndarray:
    """Whether another partner is not worse off: in balans stays in balans; out of balance
    ends in balans, or on the same side no further out; without stromen stays without."""
    kv, kn = np.asarray(klasse_voor), np.asarray(klasse_na)
    bv = np.asarray(balans_voor, dtype="float64")
    bn = np.asarray(balans_na, dtype="float64")
    in_balans = kn == balans_mod.IN_BALANS
    with np.errstate(invalid="ignore"):
        niet_verder = (kn == kv) & (np.abs(bn) <= np.abs(bv))
    zonder = (kv == balans_mod.GEEN_STROMEN) & (kn == balans_mod.GEEN_STROMEN)
    return np.where(kv == balans_mod.IN_BALANS, in_balans, in_balans | niet_verder | zonder)


def _bedragen(kaart: Kaart, van: pd.Series, naar: pd.Series) -> np.ndarray:
    """The summed waarde of the stromen ``van[i] -> naar[i]`` (0 where there are none)."""
    s = kaart.stromen
    per_paar = s.groupby(["van", "naar"])["waarde"].sum()
    sleutels = pd.MultiIndex.from_arrays([van.to_numpy(), naar.to_numpy()])
    return per_paar.reindex(sleutels, fill_value=0).to_numpy()


def _per_soort(
    kaart: Kaart, ids: pd.Index
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The soorten (those on the kaart in order of appearance, then the other suggested
    ones), and per partner of ``ids`` and soort what it brings and receives, and per soort
    what all partners receive."""
    s = kaart.stromen
    codes, op_kaart = pd.factorize(s["soort"])
    soorten = np.array([*op_kaart, *(x for x in SOORTEN if x not in set(op_kaart))], dtype=object)
    waarde = s["waarde"].to_numpy("int64")
    van, naar = ids.get_indexer(s["van"]), ids.get_indexer(s["naar"])

    def som(rij: np.ndarray) -> np.ndarray:
        mee = rij >= 0
        plek = rij[mee] * len(soorten) + codes[mee]
        telling = np.bincount(plek, weights=waarde[mee], minlength=len(ids) * len(soorten))
        return telling.reshape(len(ids), len(soorten)).round().astype("int64")

    naar_partner = (s["naar"] != OPGAVE).to_numpy()
    totaal = (
        np.bincount(codes[naar_partner], weights=waarde[naar_partner], minlength=len(soorten))
        .round()
        .astype("int64")
    )
    return soorten, som(van), som(naar), totaal


def _hoofd(gebracht: np.ndarray) -> np.ndarray:
    """Per partner and soort: whether it is tied for the partner's largest brought waarde."""
    hoogste = gebracht.max(axis=1, keepdims=True) if gebracht.shape[1] else gebracht
    return (gebracht == hoogste) & (gebracht > 0)


def _hoofdsoort(kaart: Kaart, ids: pd.Index) -> dict[str, str]:
    """Per partner of ``ids`` that brings anything, the soort it brings most (ties: the
    first on the kaart)."""
    soorten, gebracht, _, _ = _per_soort(kaart, ids)
    brengt = gebracht.sum(axis=1) > 0
    beste = soorten[gebracht.argmax(axis=1)] if len(soorten) else np.array([], dtype=object)
    return dict(zip(ids[brengt], beste[brengt], strict=True))
