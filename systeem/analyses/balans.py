"""Balans: what each partner brings to the collaboration and what it takes out.

Definitions (docs/architecture.md works an example through):

- ``brengen(p)`` is the sum of ``waarde`` over the stromen leaving node ``p``;
  ``halen(p)`` the sum over the stromen entering ``p``.  Stromen to and from the opgave
  count ("what I bring to the table", "what I get out of it"); a stroom between two
  partners counts for both ends: brengen for the giver, halen for the receiver.
- ``balans(p) = (halen - brengen) / (halen + brengen)``, a number in ``[-1, 1]``:
  -1 only gives, +1 only takes, 0 gives as much as it takes.  Undefined (NaN) for a
  partner without stromen.
- ``klasse`` with threshold ``t`` (default 1/3: one side at least twice the other),
  both boundaries inclusive: ``geeft_veel_meer`` when ``balans <= -t``,
  ``haalt_veel_meer`` when ``balans >= t``, ``geen_stromen`` without stromen,
  ``in_balans`` otherwise.  The opgave is not a partner and gets no klasse.

Because every stroom adds its waarde to one node's brengen and another node's halen,
the totals over all nodes (the opgave included) are always equal.

Every function of a kaart here is remembered by the kaart's content
(:func:`systeem.model.geheugen.onthoud`): an unchanged kaart is not computed again, and every
call returns its own copy.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from systeem.model.geheugen import onthoud
from systeem.model.kaart import OPGAVE, Kaart

#: Default threshold: one side at least twice the other, (2 - 1) / (2 + 1).
DREMPEL = 1 / 3

GEEFT_VEEL_MEER = "geeft_veel_meer"
HAALT_VEEL_MEER = "haalt_veel_meer"
IN_BALANS = "in_balans"
GEEN_STROMEN = "geen_stromen"
#: The classes, from giving to taking, then the partner without stromen.
KLASSEN = (GEEFT_VEEL_MEER, IN_BALANS, HAALT_VEEL_MEER, GEEN_STROMEN)
UIT_BALANS = (GEEFT_VEEL_MEER, HAALT_VEEL_MEER)


@onthoud()
def totalen(kaart: Kaart) -> pd.DataFrame:
    """Return ``brengen`` and ``halen`` for every node, the opgave first.

    Parameters
    ----------
    kaart : the kaart.

    Returns
    -------
    A frame indexed by node id (``"opgave"``, then the partners in kaart order) with the
    integer columns ``brengen`` and ``halen``.

    Example
    -------
    >>> from systeem.model.schets import schets
    >>> k = schets("a b", "a>b geld 3, opgave>a kennis 1")
    >>> totalen(k).to_dict(orient="index")
    {'opgave': {'brengen': 1, 'halen': 0}, 'a': {'brengen': 3, 'halen': 1}, 'b': {'brengen': 0, 'halen': 3}}
    """
    knopen = pd.Index([OPGAVE, *kaart.partners["id"]], name="id")
    waarde = kaart.stromen["waarde"].to_numpy("int64")
    van = knopen.get_indexer(kaart.stromen["van"])
    naar = knopen.get_indexer(kaart.stromen["naar"])
    return pd.DataFrame(
        {
            "brengen": _som_per_knoop(van, waarde, len(knopen)),
            "halen": _som_per_knoop(naar, waarde, len(knopen)),
        },
        index=knopen,
    )


@onthoud()
def balans(kaart: Kaart, drempel: float = DREMPEL) -> pd.DataFrame:
    """Return the balance of every partner.

    Parameters
    ----------
    kaart : the kaart.
    drempel : the threshold ``t``, with ``0 < t <= 1`` (default 1/3).

    Returns
    -------
    A frame indexed by partner id, in kaart order, with columns ``naam``, ``brengen``,
    ``halen``, ``balans`` (float, NaN without stromen) and ``klasse``.

    Example
    -------
    >>> from systeem.model.schets import schets
    >>> k = schets("a b", "a>opgave geld 4, opgave>a kennis 2")
    >>> balans(k)[["brengen", "halen", "klasse"]].to_dict(orient="index")
    {'a': {'brengen': 4, 'halen': 2, 'klasse': 'geeft_veel_meer'}, 'b': {'brengen': 0, 'halen': 0, 'klasse': 'geen_stromen'}}
    """
    _controleer_drempel(drempel)
    tabel = totalen(kaart).drop(index=OPGAVE)
    totaal = tabel["halen"] + tabel["brengen"]
    tabel["balans"] = ((tabel["halen"] - tabel["brengen"]) / totaal.where(totaal > 0)).astype(
        "float64"
    )
    tabel["klasse"] = klasse(tabel["balans"], drempel)
    tabel.insert(0, "naam", kaart.partners["naam"].to_numpy())
    return tabel


def klasse(balans: pd.Series, drempel: float = DREMPEL) -> pd.Series:
    """Classify balance figures with threshold ``drempel`` (boundaries inclusive).

    Example
    -------
    >>> klasse(pd.Series([-1/3, -0.3, 0.5, float("nan")])).tolist()
    ['geeft_veel_meer', 'in_balans', 'haalt_veel_meer', 'geen_stromen']
    """
    _controleer_drempel(drempel)
    waarden = np.select(
        [balans.isna(), balans <= -drempel, balans >= drempel],
        [GEEN_STROMEN, GEEFT_VEEL_MEER, HAALT_VEEL_MEER],
        default=IN_BALANS,
    )
    return pd.Series(waarden, index=balans.index, name="klasse", dtype="str")


@onthoud()
def per_soort(kaart: Kaart) -> pd.DataFrame:
    """Return brengen and halen per partner and soort: where an imbalance sits.

    Returns
    -------
    A frame with a row per (partner, soort) that has stromen, columns ``id``, ``soort``,
    ``brengen``, ``halen`` and ``saldo`` (halen - brengen); partners in kaart order,
    soorten alphabetical.  The opgave is left out.

    Example
    -------
    >>> from systeem.model.schets import schets
    >>> k = schets("a", "a>opgave personeel 4, opgave>a positie 2")
    >>> per_soort(k).values.tolist()
    [['a', 'personeel', 4, 0, -4], ['a', 'positie', 0, 2, 2]]
    """
    return _uitsplitsing(kaart, "soort")


@onthoud()
def per_tastbaar(kaart: Kaart) -> pd.DataFrame:
    """Return brengen and halen per partner, tangible and intangible apart.

    Returns
    -------
    Like :func:`per_soort`, with a boolean column ``tastbaar`` instead of ``soort``.

    Example
    -------
    >>> from systeem.model.schets import schets
    >>> k = schets("a", "a>opgave geld 4, opgave>a positie 2")
    >>> per_tastbaar(k).values.tolist()
    [['a', False, 0, 2, 2], ['a', True, 4, 0, -4]]
    """
    return _uitsplitsing(kaart, "tastbaar")


@onthoud()
def systeem(kaart: Kaart, drempel: float = DREMPEL) -> dict[str, Any]:
    """Return whole-system figures of the balance.

    Returns
    -------
    A dict with ``partners`` (count), ``met_stromen`` (partners with stromen), one count
    per klasse, ``uit_balans`` (both imbalance classes), ``aandeel_uit_balans`` (share
    of the partners with stromen that is out of balance, 0 when none has stromen), and
    ``spreiding``, ``laagste``, ``hoogste`` of the balans (population standard
    deviation, minimum, maximum; None when no partner has stromen).

    Example
    -------
    >>> from systeem.model.schets import schets
    >>> k = schets("a b", "a>b geld 3")
    >>> s = systeem(k)
    >>> s["uit_balans"], s["aandeel_uit_balans"], s["spreiding"]
    (2, 1.0, 1.0)
    """
    tabel = balans(kaart, drempel)
    telling = tabel["klasse"].value_counts().reindex(list(KLASSEN), fill_value=0)
    met_stromen = int(len(tabel) - telling[GEEN_STROMEN])
    uit = int(telling[list(UIT_BALANS)].sum())
    waarden = tabel["balans"].dropna()
    leeg = waarden.empty
    return {
        "partners": int(len(tabel)),
        "met_stromen": met_stromen,
        **{k: int(v) for k, v in telling.items()},
        "uit_balans": uit,
        "aandeel_uit_balans": uit / met_stromen if met_stromen else 0.0,
        "spreiding": None if leeg else float(waarden.std(ddof=0)),
        "laagste": None if leeg else float(waarden.min()),
        "hoogste": None if leeg else float(waarden.max()),
    }


def _controleer_drempel(drempel: float) -> None:
    if not 0 < drempel <= 1:
        raise ValueError(f"de drempel moet groter dan 0 en hoogstens 1 zijn, niet {drempel}")


def _som_per_knoop(codes: np.ndarray, waarde: np.ndarray, n: int) -> np.ndarray:
    """The summed ``waarde`` per node code ``0..n-1`` (codes of -1, no node, left out)."""
    mee = codes >= 0
    return np.bincount(codes[mee], weights=waarde[mee], minlength=n).round().astype("int64")


def _uitsplitsing(kaart: Kaart, kolom: str) -> pd.DataFrame:
    """brengen/halen per (partner, ``kolom``), partners in kaart order."""
    stromen = kaart.stromen
    gegeven = stromen.groupby(["van", kolom])["waarde"].sum().rename("brengen")
    gekregen = stromen.groupby(["naar", kolom])["waarde"].sum().rename("halen")
    gegeven.index.names = gekregen.index.names = ["id", kolom]
    tabel = pd.concat([gegeven, gekregen], axis=1).fillna(0).astype("int64").reset_index()
    tabel = tabel[tabel["id"] != OPGAVE]
    volgorde = pd.Series(range(len(kaart.partners)), index=kaart.partners["id"].to_numpy())
    tabel = tabel.assign(_volgorde=tabel["id"].map(volgorde)).sort_values(
        ["_volgorde", kolom], kind="stable"
    )
    tabel["saldo"] = tabel["halen"] - tabel["brengen"]
    return tabel.drop(columns="_volgorde").reset_index(drop=True)
