"""Suggesties: the smallest move that brings a partner out of balance back within the threshold.

For each partner out of balance (:data:`systeem.balans.UIT_BALANS`) this module computes,
in whole waarde points, the least change that puts its balans strictly inside the band
``-t < balans < t``, and offers it as a ready interventie:

- a partner that *gives far more* (brengen ``B`` > halen ``H``):
  ``compenseren`` - the smallest ``k`` with balans(B, H + k) inside the band, from the
  partner that receives the most from it (else the opgave), in the soort it brings most;
  and, when it receives anything at all, ``bijdrage`` - the smallest ``k`` with
  balans(B - k, H) inside the band (a partner that only gives cannot get into balance
  by giving less: it would have no stromen left);
- a partner that *takes far more*: ``bijdrage`` - the smallest ``k`` with
  balans(B + k, H) inside the band, as a new stroom to the opgave.

The change only ever needs to reach ``B = H`` (balans 0), so ``k <= |B - H|``.  The
estimate from the closed form is corrected against :func:`systeem.balans.klasse` itself,
so "inside the band" means exactly what the rest of the program calls in balans; one
point less would not be enough.  All partners are computed at once with numpy.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from systeem import balans as balans_mod
from systeem.geheugen import onthoud
from systeem.interventies import hoofdsoort
from systeem.kaart import OPGAVE, Kaart
from systeem.scenario import Bijdrage, Compensatie, Interventie
from systeem.teksten import getal, tekst

#: The kinds of suggestion.
COMPENSEREN, MINDER_BRENGEN, MEER_BRENGEN = "compenseren", "minder_brengen", "meer_brengen"


@dataclass(frozen=True)
class Suggestie:
    """One suggested move for one partner: ``soort`` (:data:`COMPENSEREN`, ...), the
    whole ``punten`` it takes, the ready ``interventie`` and the partner's balans after it."""

    partner: str
    soort: str
    punten: int
    interventie: Interventie
    balans_na: float

    def tekst(self, kaart: Kaart, taal: str = "nl") -> str:
        """The suggestion in one sentence."""
        namen = kaart.namen()
        namen[OPGAVE] = tekst("interventie.de_opgave", taal)
        zet = self.interventie
        return tekst(
            f"suggestie.{self.soort}",
            taal,
            partner=namen.get(self.partner, self.partner),
            punten=self.punten,
            soort=getattr(zet, "soort", "") or hoofdsoort(kaart, self.partner),
            van=namen.get(getattr(zet, "van", ""), ""),
            balans=getal(self.balans_na, taal, teken=True),
        )


@onthoud()
def suggesties(kaart: Kaart, drempel: float = balans_mod.DREMPEL) -> list[Suggestie]:
    """Return the smallest rebalancing moves for every partner out of balance.

    Parameters
    ----------
    kaart : the kaart.
    drempel : the balance threshold ``t``.

    Returns
    -------
    The suggestions in kaart order of the partners; per partner that gives far more,
    compensation first, then giving less; per partner that takes far more, bringing more.

    Example
    -------
    >>> from systeem.validatie import valideer
    >>> k = valideer({"formaat": "systeemkaart", "versie": 2, "titel": "T",
    ...     "partners": [{"id": "a", "naam": "A"}, {"id": "b", "naam": "B"}],
    ...     "stromen": [{"van": "a", "naar": "b", "soort": "personeel", "waarde": 5},
    ...                 {"van": "a", "naar": "opgave", "soort": "geld", "waarde": 5},
    ...                 {"van": "opgave", "naar": "a", "soort": "positie", "waarde": 2}]})
    >>> [(s.partner, s.soort, s.punten) for s in suggesties(k)]
    [('a', 'compenseren', 4), ('a', 'minder_brengen', 7), ('b', 'meer_brengen', 3)]
    >>> suggesties(k)[0].interventie
    Compensatie(aan=True, partner='a', van='b', soort='personeel', punten=4, omschrijving='')
    """
    tabel = balans_mod.balans(kaart, drempel)
    uit = tabel[tabel["klasse"].isin(balans_mod.UIT_BALANS)]
    if not len(uit):
        return []
    b = uit["brengen"].to_numpy()
    h = uit["halen"].to_numpy()
    geeft = (uit["klasse"] == balans_mod.GEEFT_VEEL_MEER).to_numpy()
    erbij = minimale_punten(b, h, drempel, COMPENSEREN)
    minder = minimale_punten(b, h, drempel, MINDER_BRENGEN)
    meer = minimale_punten(b, h, drempel, MEER_BRENGEN)
    ontvanger = _grootste_ontvanger(kaart)

    uitkomst: list[Suggestie] = []
    # One or two suggestions per partner out of balance, built from the vectors above.
    for i, pid in enumerate(uit.index):
        soort = hoofdsoort(kaart, pid, standaard="geld")
        if geeft[i]:
            van = ontvanger.get(pid, OPGAVE)
            zet = Compensatie(partner=pid, van=van, soort=soort, punten=int(erbij[i]))
            uitkomst.append(
                Suggestie(pid, COMPENSEREN, int(erbij[i]), zet, _balans(b[i], h[i] + erbij[i]))
            )
            if h[i] > 0:
                zet = Bijdrage(partner=pid, punten=-int(minder[i]))
                uitkomst.append(
                    Suggestie(
                        pid, MINDER_BRENGEN, int(minder[i]), zet, _balans(b[i] - minder[i], h[i])
                    )
                )
        else:
            soort = hoofdsoort(kaart, pid, standaard="tijd")
            zet = Bijdrage(partner=pid, punten=int(meer[i]), soort=soort)
            uitkomst.append(
                Suggestie(pid, MEER_BRENGEN, int(meer[i]), zet, _balans(b[i] + meer[i], h[i]))
            )
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
        return _klasse_binnen(*na(k), t)

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


def _klasse_binnen(b: np.ndarray, h: np.ndarray, t: float) -> np.ndarray:
    """Whether balans(b, h) is classed in balans, exactly as :func:`balans.klasse` does."""
    totaal = (b + h).astype("float64")
    with np.errstate(divide="ignore", invalid="ignore"):
        waarde = np.where(totaal > 0, (h - b) / np.where(totaal > 0, totaal, 1), np.nan)
    klassen = balans_mod.klasse(pd.Series(waarde, dtype="float64"), t)
    return (klassen == balans_mod.IN_BALANS).to_numpy()


def _balans(b: float, h: float) -> float:
    return float((h - b) / (h + b)) if h + b else float("nan")


def _grootste_ontvanger(kaart: Kaart) -> dict[str, str]:
    """Per partner, the other partner that receives the most waarde from it."""
    s = kaart.stromen
    tussen = s[(s["van"] != OPGAVE) & (s["naar"] != OPGAVE)]
    if not len(tussen):
        return {}
    per_paar = tussen.groupby(["van", "naar"], sort=False)["waarde"].sum().reset_index()
    grootste = per_paar.sort_values("waarde", ascending=False, kind="stable").drop_duplicates("van")
    return dict(zip(grootste["van"], grootste["naar"], strict=True))
