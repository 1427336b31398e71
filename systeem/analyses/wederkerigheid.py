"""Wederkerigheid: what flows between each pair of nodes, and how mutual it is.

For a pair of nodes ``a`` and ``b`` (partners or the opgave):

- ``a_naar_b`` is the sum of ``waarde`` over the stromen from ``a`` to ``b``, and
  ``b_naar_a`` the other way;
- ``netto = a_naar_b - b_naar_a``: positive when ``a`` gives ``b`` more than it gets back;
- ``wederkerigheid = min / max`` of the two directions, from 0 (one-way) to 1 (equal).

A pair appears only when at least one stroom runs between its nodes; ``a`` is the node
that comes first in kaart order (the opgave first, then the partners).

Both functions are remembered by the kaart's content (:func:`systeem.model.geheugen.onthoud`)
and return their own copies.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from systeem.model.geheugen import onthoud
from systeem.model.kaart import OPGAVE, Kaart


@onthoud()
def paren(kaart: Kaart) -> pd.DataFrame:
    """Return the flow between every pair of nodes that has stromen.

    Returns
    -------
    A frame with columns ``a``, ``b``, ``a_naar_b``, ``b_naar_a``, ``netto`` and
    ``wederkerigheid``, pairs in kaart order of ``a`` then ``b``.

    Example
    -------
    >>> from systeem.model.schets import schets
    >>> k = schets("a b", "b>a geld 4, a>b kennis 1")
    >>> paren(k).to_dict(orient="records")
    [{'a': 'a', 'b': 'b', 'a_naar_b': 1, 'b_naar_a': 4, 'netto': -3, 'wederkerigheid': 0.25}]
    """
    stromen = kaart.stromen
    rang = _rang(kaart)
    van_rang = stromen["van"].map(rang).to_numpy()
    naar_rang = stromen["naar"].map(rang).to_numpy()
    heen = van_rang < naar_rang
    frame = pd.DataFrame(
        {
            "ra": np.where(heen, van_rang, naar_rang),
            "rb": np.where(heen, naar_rang, van_rang),
            "a_naar_b": np.where(heen, stromen["waarde"], 0),
            "b_naar_a": np.where(heen, 0, stromen["waarde"]),
        }
    )
    frame = frame.groupby(["ra", "rb"], sort=True).sum().reset_index()
    knopen = np.array([OPGAVE, *kaart.partners["id"]], dtype=object)
    frame.insert(0, "a", knopen[frame["ra"].to_numpy()] if len(frame) else [])
    frame.insert(1, "b", knopen[frame["rb"].to_numpy()] if len(frame) else [])
    frame["netto"] = frame["a_naar_b"] - frame["b_naar_a"]
    laag = np.minimum(frame["a_naar_b"], frame["b_naar_a"])
    hoog = np.maximum(frame["a_naar_b"], frame["b_naar_a"])
    frame["wederkerigheid"] = (laag / hoog).astype("float64")
    kolommen = ["a", "b", "a_naar_b", "b_naar_a", "netto", "wederkerigheid"]
    return frame[kolommen].astype(
        {"a": "str", "b": "str", "a_naar_b": "int64", "b_naar_a": "int64", "netto": "int64"}
    )


@onthoud()
def netto_matrix(kaart: Kaart) -> pd.DataFrame:
    """Return the net flow as a square node x node matrix (for display).

    Cell ``[r, k]`` is what ``r`` gives ``k`` minus what ``k`` gives ``r``, so the matrix
    is antisymmetric.  It is dense (nodes squared): meant for the classroom sizes shown
    on screen; use :func:`paren` for large kaarten.

    Example
    -------
    >>> from systeem.model.schets import schets
    >>> k = schets("a", "a>opgave geld 3")
    >>> netto_matrix(k).to_dict()
    {'opgave': {'opgave': 0, 'a': 3}, 'a': {'opgave': -3, 'a': 0}}
    """
    knopen = [OPGAVE, *kaart.partners["id"]]
    stroom = kaart.stromen.pivot_table(
        index="van", columns="naar", values="waarde", aggfunc="sum", fill_value=0
    )
    stroom = stroom.reindex(index=knopen, columns=knopen, fill_value=0).astype("int64")
    netto = stroom - stroom.T
    netto.index.name = netto.columns.name = None
    return netto


def _rang(kaart: Kaart) -> pd.Series:
    """Node id -> position in kaart order (the opgave first)."""
    knopen = [OPGAVE, *kaart.partners["id"]]
    return pd.Series(range(len(knopen)), index=knopen)
