"""Klas: a class of kaarten seen together, the trainer's overview of a werksessie.

In a werksessie every participant draws a kaart of the same collaboration; the trainer
wants to see at a glance what the room made of it.  Everything here is computed from the
existing analyses of each kaart, never anew:

- :func:`kerncijfers` per kaart: how many ``partners`` and ``stromen``, how many partners
  are out of balance (``uit_balans``: klasse ``geeft_veel_meer`` or ``haalt_veel_meer``
  in :func:`systeem.analyses.balans.balans` with the same ``drempel``), and the largest
  imbalance: ``grootste_onbalans`` is the largest ``|balans|`` of a partner (0.0 when no
  partner has stromen) and ``grootste_partner`` the name of that partner (the first in
  kaart order on a tie; None when the largest is 0, so no partner is off balance at all).
  :func:`kerncijfers_tabel` puts them in a table, one row per kaart.
- :func:`signaal_telling`: per kind of signaal (its ``code``, see
  :mod:`systeem.analyses.signalen`) in how many kaarten it occurs at least once, most
  frequent first, then by code.
- :func:`onbalans_per_soort_partner`: per kind of partner (the partners' ``type`` or
  ``sector``) how many partners of that kind the kaarten hold together, how many of them
  are out of balance, and that share (``uit_balans / partners``; a partner without
  stromen counts as a partner that is not out of balance).  Kinds are compared without
  case and with every run of spaces as one space, written the way they first appear; an
  empty kind is one kind, ``""`` (the page gives it a name).  Most out of balance first,
  then the highest share, then by name.

The kaarten come as a mapping from a key the caller chooses (a participant, a werkruimte)
to a kaart; the tables keep those keys.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from systeem.analyses import balans, signalen
from systeem.model.kaart import Kaart
from systeem.teksten import tekst

#: The columns of :func:`kerncijfers_tabel` and their dtypes.
KERNCIJFERS: dict[str, str] = {
    "partners": "int64",
    "stromen": "int64",
    "uit_balans": "int64",
    "grootste_onbalans": "float64",
    "grootste_partner": "object",
}

#: The columns a partner table may be grouped by in :func:`onbalans_per_soort_partner`.
SOORT_KOLOMMEN = ("type", "sector")


def kerncijfers(kaart: Kaart, drempel: float = balans.DREMPEL) -> dict[str, Any]:
    """Return the key figures of one kaart (see the module docstring).

    Parameters
    ----------
    kaart : the kaart.
    drempel : the balance threshold (:data:`systeem.analyses.balans.DREMPEL` by default).

    Returns
    -------
    A dict with ``partners``, ``stromen``, ``uit_balans`` (ints), ``grootste_onbalans``
    (float in ``[0, 1]``) and ``grootste_partner`` (a name or None).

    Example
    -------
    >>> from systeem.model.schets import schets
    >>> k = schets("a b c", "a>opgave geld 2, opgave>a kennis 2, b>c tijd 2")
    >>> kerncijfers(k)
    {'partners': 3, 'stromen': 3, 'uit_balans': 2, 'grootste_onbalans': 1.0, 'grootste_partner': 'B'}
    """
    tabel = balans.balans(kaart, drempel)
    grootte = tabel["balans"].abs().fillna(0.0).to_numpy()
    plek = int(np.argmax(grootte)) if len(grootte) else -1
    grootste = float(grootte[plek]) if plek >= 0 else 0.0
    return {
        "partners": int(len(tabel)),
        "stromen": int(len(kaart.stromen)),
        "uit_balans": int(tabel["klasse"].isin(balans.UIT_BALANS).sum()),
        "grootste_onbalans": grootste,
        "grootste_partner": str(tabel["naam"].iloc[plek]) if grootste > 0 else None,
    }


def kerncijfers_tabel(
    kaarten: Mapping[str, Kaart], drempel: float = balans.DREMPEL
) -> pd.DataFrame:
    """Return :func:`kerncijfers` of every kaart as a table.

    Parameters
    ----------
    kaarten : ``{key: kaart}``.
    drempel : the balance threshold.

    Returns
    -------
    A frame indexed by the keys (in the mapping's order) with the columns of
    :data:`KERNCIJFERS`; empty, with those columns, for no kaarten.

    Example
    -------
    >>> from systeem.model.schets import schets
    >>> t = kerncijfers_tabel({"Anna": schets("a", "a>opgave geld 2"), "Bram": schets("a b")})
    >>> t[["partners", "uit_balans", "grootste_partner"]].to_dict(orient="index")
    {'Anna': {'partners': 1, 'uit_balans': 1, 'grootste_partner': 'A'}, 'Bram': {'partners': 2, 'uit_balans': 0, 'grootste_partner': None}}
    """
    rijen = [kerncijfers(k, drempel) for k in kaarten.values()]  # one row per kaart
    return pd.DataFrame(
        {
            kolom: pd.Series([r[kolom] for r in rijen], dtype=dtype)
            for kolom, dtype in KERNCIJFERS.items()
        }
    ).set_axis(pd.Index(list(kaarten), dtype=object))


def signaal_telling(
    kaarten: Mapping[str, Kaart], drempel: float = balans.DREMPEL, taal: str = "nl"
) -> pd.DataFrame:
    """Return, per kind of signaal, in how many kaarten it occurs.

    Parameters
    ----------
    kaarten : ``{key: kaart}``.
    drempel : the balance threshold.
    taal : language of ``omschrijving``, ``"nl"`` or ``"en"``.

    Returns
    -------
    A frame with a row per signaal code that occurs in at least one kaart: ``signaal``
    (the code, :data:`systeem.analyses.signalen.CODES`), ``omschrijving`` (a short text
    in ``taal``) and ``kaarten`` (how many kaarten raise it at least once); most kaarten
    first, then by code; rows numbered 0, 1, 2, ...

    Example
    -------
    >>> from systeem.model.schets import schets
    >>> k1, k2 = schets("a b", "a>opgave geld 3"), schets("a", "a>opgave geld 1, opgave>a tijd 1")
    >>> signaal_telling({"1": k1, "2": k2, "3": k1}, taal="en").values.tolist()
    [['geeft_veel_meer', 'A partner gives far more than it takes', 2], ['geen_stromen', 'A partner without streams', 2]]
    """
    codes = pd.Series(
        [
            code
            for kaart in kaarten.values()
            for code in dict.fromkeys(s.code for s in signalen.signalen(kaart, drempel, taal))
        ],
        dtype=object,
    )
    telling = codes.value_counts().rename_axis("signaal").rename("kaarten").reset_index()
    telling = telling.sort_values(["kaarten", "signaal"], ascending=[False, True], kind="stable")
    omschrijving = telling["signaal"].map(lambda code: tekst(f"klas.signaal.{code}", taal))
    telling.insert(1, "omschrijving", omschrijving.astype(object))
    return telling.astype({"signaal": object, "kaarten": "int64"}).reset_index(drop=True)


def onbalans_per_soort_partner(
    kaarten: Mapping[str, Kaart], drempel: float = balans.DREMPEL, kolom: str = "type"
) -> pd.DataFrame:
    """Return, per kind of partner, how often partners of that kind are out of balance.

    Parameters
    ----------
    kaarten, drempel : the kaarten (``{key: kaart}``) and the balance threshold.
    kolom : the partner column that says the kind: ``"type"`` or ``"sector"``.

    Returns
    -------
    A frame with a row per kind: ``soort_partner`` (as first written; ``""`` for the
    partners without one), ``partners`` (how many partners of that kind over all
    kaarten), ``uit_balans`` (how many of them are out of balance) and ``aandeel``
    (``uit_balans / partners``); sorted as the module docstring says, rows numbered 0, 1, ...

    Raises
    ------
    ValueError
        for a ``kolom`` not in :data:`SOORT_KOLOMMEN`.

    Example
    -------
    >>> from systeem.model.schets import schets
    >>> k = schets("a b", "a>opgave geld 3, opgave>b kennis 1, b>opgave geld 1")
    >>> onbalans_per_soort_partner({"1": k, "2": k}).values.tolist()
    [['organisatie', 4, 2, 0.5]]
    """
    if kolom not in SOORT_KOLOMMEN:
        raise ValueError(f"kolom moet een van {SOORT_KOLOMMEN} zijn, niet {kolom!r}")
    delen = [
        pd.DataFrame(
            {
                "soort": kaart.partners[kolom].to_numpy(dtype=object),
                "uit": balans.balans(kaart, drempel)["klasse"].isin(balans.UIT_BALANS).to_numpy(),
            }
        )
        for kaart in kaarten.values()
    ]
    alle = pd.concat([_LEEG_DEEL, *delen], ignore_index=True)
    soort = alle["soort"].where(alle["soort"].notna(), "").astype(str)
    soort = soort.str.replace(r"\s+", " ", regex=True).str.strip()
    alle = alle.assign(soort=soort, sleutel=soort.str.casefold())
    tabel = alle.groupby("sleutel", sort=False).agg(
        soort_partner=("soort", "first"), partners=("uit", "size"), uit_balans=("uit", "sum")
    )
    tabel = tabel.astype({"soort_partner": object, "partners": "int64", "uit_balans": "int64"})
    tabel["aandeel"] = (tabel["uit_balans"] / tabel["partners"]).astype("float64")
    tabel = tabel.sort_values(
        ["uit_balans", "aandeel", "soort_partner"], ascending=[False, False, True], kind="stable"
    )
    return tabel.reset_index(drop=True)


#: No partners: the start of every concatenation, so no kaarten still give the columns.
_LEEG_DEEL = pd.DataFrame({"soort": pd.Series(dtype=object), "uit": pd.Series(dtype=bool)})
