"""Afhankelijkheid: who depends on whom, how one-sided that is, and who holds power.

An afhankelijkheid says partner ``A`` depends on partner ``B`` for something, with a
``sterkte`` of 1 (a little) to 5 (cannot do without).  When a kaart lists ``A`` on ``B``
more than once (for different things), the strongest counts.

- ``asymmetrie`` of a pair: ``sterkte(a op b) - sterkte(b op a)``, a missing direction
  counting as 0.  Positive: ``a`` needs ``b`` more than the other way round.
- ``macht`` of a partner: the summed sterkte of the others that depend on it minus the
  summed sterkte of its own dependencies.  A partner that many depend on while it
  depends on few holds power.
- A dependency is *eenzijdig* (one-sided) when it is strong (sterkte 4 or 5) and the
  other partner depends back at most weakly (sterkte 0 or 1).

Every function here is remembered by the kaart's content
(:func:`systeem.model.geheugen.onthoud`) and returns its own copy.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from systeem.model.geheugen import onthoud
from systeem.model.kaart import Kaart

#: A dependency at least this strong counts as strong.
STERK = 4
#: ... and is one-sided when the dependency back is at most this strong.
HOOGUIT_TERUG = 1


@onthoud()
def sterktes(kaart: Kaart) -> pd.DataFrame:
    """Return one row per directed pair: ``partner``, ``afhankelijk_van``, ``sterkte``,
    ``waarvoor`` (the strongest entry's text), and ``terug`` (the sterkte the other way,
    0 when absent).

    Example
    -------
    >>> from systeem.model.validatie import valideer
    >>> k = valideer({"formaat": "systeemkaart", "versie": 1, "titel": "T",
    ...     "partners": [{"id": "a", "naam": "A"}, {"id": "b", "naam": "B"}],
    ...     "stromen": [], "afhankelijkheden": [
    ...         {"partner": "a", "afhankelijk_van": "b", "sterkte": 2, "waarvoor": "x"},
    ...         {"partner": "a", "afhankelijk_van": "b", "sterkte": 5, "waarvoor": "geld"},
    ...         {"partner": "b", "afhankelijk_van": "a", "sterkte": 1}]})
    >>> sterktes(k)[["partner", "afhankelijk_van", "sterkte", "waarvoor", "terug"]].values.tolist()
    [['a', 'b', 5, 'geld', 1], ['b', 'a', 1, '', 5]]
    """
    afh = kaart.afhankelijkheden
    codes, _ = pd.factorize(np.concatenate([afh["partner"], afh["afhankelijk_van"]]))
    van, op = np.split(codes.astype("int64"), 2)
    n = int(codes.max()) + 1 if len(codes) else 1
    paar, sterkte = van * n + op, afh["sterkte"].to_numpy("int64")
    # The strongest entry per pair, the first row among equals, in row order.
    volgorde = np.lexsort((np.arange(len(paar)), -sterkte, paar))
    eerste = np.ones(len(volgorde), dtype=bool)
    eerste[1:] = paar[volgorde[1:]] != paar[volgorde[:-1]]
    gekozen = np.sort(volgorde[eerste])
    terug = _opzoeken(paar[gekozen], sterkte[gekozen], op[gekozen] * n + van[gekozen])
    uit = afh.iloc[gekozen][["partner", "afhankelijk_van", "sterkte", "waarvoor"]]
    return uit.assign(terug=terug).reset_index(drop=True)


@onthoud()
def asymmetrie(kaart: Kaart) -> pd.DataFrame:
    """Return the dependency asymmetry of every pair with a dependency.

    Returns
    -------
    A frame with columns ``a``, ``b`` (``a`` first in kaart order), ``a_op_b``,
    ``b_op_a`` and ``asymmetrie`` (``a_op_b - b_op_a``).

    Example
    -------
    >>> from systeem.model.schets import schets
    >>> k = schets("a b", "", "b>a 4")
    >>> asymmetrie(k).to_dict(orient="records")
    [{'a': 'a', 'b': 'b', 'a_op_b': 0, 'b_op_a': 4, 'asymmetrie': -4}]
    """
    paren = sterktes(kaart)
    rang = pd.Series(range(len(kaart.partners)), index=kaart.partners["id"].to_numpy())
    voor = paren["partner"].map(rang) < paren["afhankelijk_van"].map(rang)
    frame = pd.DataFrame(
        {
            "a": np.where(voor, paren["partner"], paren["afhankelijk_van"]),
            "b": np.where(voor, paren["afhankelijk_van"], paren["partner"]),
            "a_op_b": np.where(voor, paren["sterkte"], paren["terug"]),
            "b_op_a": np.where(voor, paren["terug"], paren["sterkte"]),
        }
    ).drop_duplicates(["a", "b"])
    frame["asymmetrie"] = frame["a_op_b"] - frame["b_op_a"]
    frame = frame.assign(_ra=frame["a"].map(rang), _rb=frame["b"].map(rang))
    frame = frame.sort_values(["_ra", "_rb"]).drop(columns=["_ra", "_rb"])
    return frame.astype(
        {"a": "str", "b": "str", "a_op_b": "int64", "b_op_a": "int64", "asymmetrie": "int64"}
    ).reset_index(drop=True)


@onthoud()
def macht(kaart: Kaart) -> pd.DataFrame:
    """Return per partner how much others depend on it and it on others.

    Returns
    -------
    A frame indexed by partner id (kaart order) with ``afhankelijken`` (how many partners
    depend on it), ``afhankelijk_van`` (on how many it depends), ``sterkte_op`` (summed
    sterkte of the others on it), ``sterkte_van`` (its own, summed) and
    ``macht = sterkte_op - sterkte_van``.

    Example
    -------
    >>> from systeem.model.schets import schets
    >>> k = schets("a b c", "", "b>a 4, c>a 2")
    >>> macht(k)["macht"].to_dict()
    {'a': 6, 'b': -4, 'c': -2}
    """
    paren = sterktes(kaart)
    ids = pd.Index(kaart.partners["id"], name="id")
    sterkte = paren["sterkte"].to_numpy("int64")
    op = _per_partner(ids.get_indexer(paren["afhankelijk_van"]), sterkte, len(ids))
    van = _per_partner(ids.get_indexer(paren["partner"]), sterkte, len(ids))
    return pd.DataFrame(
        {
            "afhankelijken": op[0],
            "afhankelijk_van": van[0],
            "sterkte_op": op[1],
            "sterkte_van": van[1],
            "macht": op[1] - van[1],
        },
        index=ids,
    )


@onthoud()
def eenzijdig(kaart: Kaart, sterk: int = STERK, hooguit_terug: int = HOOGUIT_TERUG) -> pd.DataFrame:
    """Return the one-sided strong dependencies.

    Parameters
    ----------
    kaart : the kaart.
    sterk : the least sterkte that counts as strong (default 4).
    hooguit_terug : the most sterkte back that still counts as one-sided (default 1).

    Returns
    -------
    The rows of :func:`sterktes` with ``sterkte >= sterk`` and ``terug <= hooguit_terug``.

    Example
    -------
    >>> from systeem.model.schets import schets
    >>> k = schets("a b", "", "a>b 5")
    >>> eenzijdig(k)[["partner", "afhankelijk_van", "sterkte", "terug"]].values.tolist()
    [['a', 'b', 5, 0]]
    """
    paren = sterktes(kaart)
    return paren[(paren["sterkte"] >= sterk) & (paren["terug"] <= hooguit_terug)].reset_index(
        drop=True
    )


def _opzoeken(sleutels: np.ndarray, waarden: np.ndarray, gezocht: np.ndarray) -> np.ndarray:
    """``waarden`` at the position of each ``gezocht`` in the unique ``sleutels``, 0 where
    absent."""
    if not len(sleutels):
        return np.zeros(len(gezocht), dtype="int64")
    volgorde = np.argsort(sleutels)
    plek = np.searchsorted(sleutels, gezocht, sorter=volgorde).clip(max=len(sleutels) - 1)
    gevonden = volgorde[plek]
    return np.where(sleutels[gevonden] == gezocht, waarden[gevonden], 0).astype("int64")


def _per_partner(codes: np.ndarray, sterkte: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Per partner code ``0..n-1``: how many rows and their summed ``sterkte`` (codes of
    -1, no partner, are left out)."""
    mee = codes >= 0
    aantal = np.bincount(codes[mee], minlength=n).astype("int64")
    som = np.bincount(codes[mee], weights=sterkte[mee], minlength=n).round().astype("int64")
    return aantal, som
