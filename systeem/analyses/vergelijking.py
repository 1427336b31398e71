"""Vergelijking: one kaart at two moments (two foto's, or a foto and now), side by side.

Per partner the balans then and now, and whether the partner moved toward balance (its
balans came closer to 0), away from it, or stayed where it was; partners that joined
or left are named as such.  Per stroom whether it was added, removed, or kept with
another waarde.  Partners are matched by id (renaming keeps the id, so a renamed partner
is the same partner); stromen by ``van, naar, soort`` and ``omschrijving``.

Everything is computed with joins over the kaart's frames; no loop over rows.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from systeem.analyses.balans import DREMPEL, balans
from systeem.model.geheugen import onthoud
from systeem.model.kaart import Kaart

NAAR_BALANS = "naar_balans"
VAN_BALANS = "van_balans"
GELIJK = "gelijk"
NIEUW = "nieuw"
VERTROKKEN = "vertrokken"
#: A partner without stromen then or now: its balans cannot be compared.
ONBEPAALD = "onbepaald"
#: The kinds of movement, in the order a table shows them.
BEWEGINGEN = (VAN_BALANS, NAAR_BALANS, GELIJK, NIEUW, VERTROKKEN, ONBEPAALD)

#: The columns that make two stromen "the same stroom".
STROOM_SLEUTEL = ["van", "naar", "soort", "omschrijving"]

#: Smaller changes of the distance to balance than this count as no change.
_MARGE = 1e-9


@dataclass(frozen=True)
class Vergelijking:
    """Two moments of a kaart compared.

    - ``partners``: indexed by partner id (the partners of now in kaart order, then
      those that left), columns ``naam``, ``balans_toen``, ``balans_nu``,
      ``klasse_toen``, ``klasse_nu`` (``None`` where the partner was not on the kaart),
      ``verschuiving`` (balans now minus then) and ``beweging`` (one of
      :data:`BEWEGINGEN`);
    - ``toegevoegd`` and ``verwijderd``: the stromen only now / only then, columns
      ``van, naar, soort, omschrijving, waarde, van_naam, naar_naam``;
    - ``gewijzigd``: the stromen in both with another waarde, columns ``van, naar,
      soort, omschrijving, waarde_toen, waarde_nu, van_naam, naar_naam``.
    """

    partners: pd.DataFrame
    toegevoegd: pd.DataFrame
    verwijderd: pd.DataFrame
    gewijzigd: pd.DataFrame


@onthoud()
def vergelijk(toen: Kaart, nu: Kaart, drempel: float = DREMPEL) -> Vergelijking:
    """Compare kaart ``toen`` with kaart ``nu`` (see :class:`Vergelijking`).

    Parameters
    ----------
    toen, nu : the two moments of one kaart.
    drempel : the balance threshold for the klassen (default 1/3).

    Example
    -------
    >>> from systeem.model.validatie import valideer
    >>> def k(*stromen):
    ...     return valideer({"formaat": "systeemkaart", "versie": 1, "titel": "T",
    ...         "partners": [{"id": "a", "naam": "A"}],
    ...         "stromen": [{"van": v, "naar": n, "soort": "geld", "waarde": w}
    ...                     for v, n, w in stromen]})
    >>> v = vergelijk(k(("a", "opgave", 4)), k(("a", "opgave", 4), ("opgave", "a", 3)))
    >>> rij = v.partners.loc["a"]
    >>> float(rij["balans_toen"]), round(float(rij["balans_nu"]), 2), rij["beweging"]
    (-1.0, -0.14, 'naar_balans')
    >>> v.toegevoegd[["van_naam", "naar_naam", "waarde"]].values.tolist()
    [['Gedeelde opgave', 'A', 3]]
    """
    return Vergelijking(
        _partners(toen, nu, drempel), *_stromen(toen, nu, {**toen.namen(), **nu.namen()})
    )


def _partners(toen: Kaart, nu: Kaart, drempel: float) -> pd.DataFrame:
    oud = balans(toen, drempel)[["naam", "balans", "klasse"]]
    nieuw = balans(nu, drempel)[["naam", "balans", "klasse"]]
    tabel = nieuw.merge(
        oud, how="outer", left_index=True, right_index=True, suffixes=("_nu", "_toen"), sort=False
    )
    volgorde = [*nieuw.index, *oud.index.difference(nieuw.index, sort=False)]
    tabel = tabel.reindex(volgorde)
    tabel.index.name = "id"
    was, is_ = tabel.index.isin(oud.index), tabel.index.isin(nieuw.index)
    afstand = tabel["balans_nu"].abs() - tabel["balans_toen"].abs()
    beweging = np.select(
        [
            ~was,
            ~is_,
            tabel["balans_toen"].isna() | tabel["balans_nu"].isna(),
            afstand < -_MARGE,
            afstand > _MARGE,
        ],
        [NIEUW, VERTROKKEN, ONBEPAALD, NAAR_BALANS, VAN_BALANS],
        default=GELIJK,
    )
    uit = pd.DataFrame(
        {
            "naam": tabel["naam_nu"].fillna(tabel["naam_toen"]),
            "balans_toen": tabel["balans_toen"].astype("float64"),
            "balans_nu": tabel["balans_nu"].astype("float64"),
            "klasse_toen": tabel["klasse_toen"].astype(object).where(was, None),
            "klasse_nu": tabel["klasse_nu"].astype(object).where(is_, None),
            "verschuiving": (tabel["balans_nu"] - tabel["balans_toen"]).astype("float64"),
            "beweging": beweging,
        },
        index=tabel.index,
    )
    return uit


def _stromen(
    toen: Kaart, nu: Kaart, namen: dict[str, str]
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Added, removed and changed stromen.  Equal keys are paired in order of
    appearance (the second "A → B geld" then with the second now)."""

    def genummerd(stromen: pd.DataFrame) -> pd.DataFrame:
        tabel = stromen[[*STROOM_SLEUTEL, "waarde"]].copy()
        tabel["_nr"] = tabel.groupby(STROOM_SLEUTEL, sort=False).cumcount()
        return tabel

    samen = genummerd(toen.stromen).merge(
        genummerd(nu.stromen),
        on=[*STROOM_SLEUTEL, "_nr"],
        how="outer",
        suffixes=("_toen", "_nu"),
        indicator=True,
        sort=False,
    )

    def met_namen(tabel: pd.DataFrame) -> pd.DataFrame:
        tabel = tabel.drop(columns=["_nr", "_merge"]).reset_index(drop=True)
        tabel["van_naam"] = tabel["van"].map(namen).fillna(tabel["van"])
        tabel["naar_naam"] = tabel["naar"].map(namen).fillna(tabel["naar"])
        return tabel

    toegevoegd = met_namen(
        samen[samen["_merge"] == "right_only"]
        .drop(columns="waarde_toen")
        .rename(columns={"waarde_nu": "waarde"})
    )
    verwijderd = met_namen(
        samen[samen["_merge"] == "left_only"]
        .drop(columns="waarde_nu")
        .rename(columns={"waarde_toen": "waarde"})
    )
    beide = samen[(samen["_merge"] == "both") & (samen["waarde_toen"] != samen["waarde_nu"])]
    gewijzigd = met_namen(beide)
    for tabel, kolommen in (
        (toegevoegd, ["waarde"]),
        (verwijderd, ["waarde"]),
        (gewijzigd, ["waarde_toen", "waarde_nu"]),
    ):
        tabel[kolommen] = tabel[kolommen].astype("int64")
    return toegevoegd, verwijderd, gewijzigd
