"""Beelden: several views of one collaboration, compared.

A *beeld* (view) is one person's stromen between the same partners and opgave: made by a
participant, or typed in by a facilitator after a paper round.  A beeld may be made on
behalf of a partner (its *zelfbeeld*, self-view) or by an outside observer.  The same
collaboration is rarely seen the same way: the partner who gives a lot feels it far more
than the partners who receive.  This module says where the views differ.

Definitions (every figure is computed from the beelden as given; a stroom is identified
by ``(van, naar, soort)``; two stromen of one beeld with the same van, naar and soort are
told apart by their order, ``nr`` 0, 1, ..., so the first matches the first of another
beeld):

- per stroom: in how many beelden it occurs (``beelden``) and which share that is
  (``aandeel``, the *agreement*: 1 when every beeld has it), and its waarde over the
  beelden that have it: ``laagste``, ``mediaan``, ``hoogste`` and ``spreiding`` (highest
  minus lowest);
- per partner and beeld: the partner's balance in that beeld, exactly as
  :func:`systeem.analyses.balans.balans` defines it for a kaart with that beeld's stromen
  (NaN when the partner has no stromen there), and the median over the beelden;
- the *kloof* (gap) of a partner with a zelfbeeld: its balance in its own beeld minus the
  median of its balance in the other beelden (positive: it sees itself taking more than
  the others see it take);
- the *samenvoeging* (merge) with threshold ``k``: one kaart with every stroom that at
  least ``k`` beelden contain, at its median waarde (rounded half up to a whole point).

Example
-------
>>> from systeem.model.schets import schets
>>> kaart = schets("a b")
>>> beelden = {
...     "van A": schets("a b", "a>opgave geld 4, opgave>a kennis 1").stromen,
...     "van B": schets("a b", "a>opgave geld 2, opgave>a kennis 2").stromen,
... }
>>> balans_per_beeld(kaart, beelden).loc["a"].round(2).tolist()
[-0.6, 0.0, -0.3]
>>> float(kloof(kaart, beelden, {"van A": "a", "van B": "b"}).loc["a", "kloof"].round(2))
-0.6
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from systeem.analyses import balans as balans_mod
from systeem.model.kaart import Kaart
from systeem.teksten import getal, tekst, woord

#: The columns that identify a stroom across beelden (``nr``: the how-manieth stroom with
#: the same van, naar and soort in its beeld, from 0).
SLEUTEL = ["van", "naar", "soort", "nr"]


def stromen_vergeleken(beelden: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """Return every stroom of any beeld with its agreement and its waarden over the beelden.

    Parameters
    ----------
    beelden : the beelden by name, each a stromen table (columns ``van``, ``naar``,
        ``soort``, ``waarde`` at least).

    Returns
    -------
    A frame with a row per stroom (``van``, ``naar``, ``soort``, ``nr``), sorted by agreement
    (lowest first) and then by spread (largest first), with columns ``beelden``,
    ``aandeel``, ``laagste``, ``mediaan``, ``hoogste``, ``spreiding`` and ``in`` (the
    names of the beelden that have it, in the order given).

    Example
    -------
    >>> from systeem.model.schets import schets
    >>> t = stromen_vergeleken({
    ...     "x": schets("a", "a>opgave geld 4").stromen,
    ...     "y": schets("a", "a>opgave geld 2, opgave>a kennis 1").stromen,
    ... })
    >>> t[["van", "naar", "beelden", "aandeel", "mediaan", "spreiding"]].values.tolist()
    [['opgave', 'a', 1, 0.5, 1.0, 0], ['a', 'opgave', 2, 1.0, 3.0, 2]]
    """
    return _vergeleken(_lang(beelden), len(beelden))


def balans_per_beeld(
    kaart: Kaart, beelden: Mapping[str, pd.DataFrame], drempel: float = balans_mod.DREMPEL
) -> pd.DataFrame:
    """Return every partner's balance in each beeld, and the median over the beelden.

    Parameters
    ----------
    kaart : the kaart whose partners and opgave the beelden share (its own stromen are
        not used).
    beelden : the beelden by name, each a stromen table.
    drempel : the balance threshold (checked as :func:`systeem.analyses.balans.balans`
        checks it).

    Returns
    -------
    A frame indexed by partner id (kaart order) with a column per beeld (in the order
    given) and ``mediaan`` (NaN for a partner without stromen in any beeld).

    Example
    -------
    >>> from systeem.model.schets import schets
    >>> k = schets("a b", "a>opgave geld 3")
    >>> per_beeld = balans_per_beeld(k, {"enig": k.stromen})
    >>> bool(per_beeld.loc["a", "enig"] == balans_mod.balans(k).loc["a", "balans"])
    True
    """
    kolommen = {
        naam: balans_mod.balans(kaart.met(stromen=stromen), drempel)["balans"]
        for naam, stromen in beelden.items()
    }
    tabel = pd.DataFrame(kolommen, index=kaart.partners["id"].to_numpy(), dtype="float64")
    tabel["mediaan"] = tabel[list(beelden)].median(axis=1, skipna=True)
    return tabel


def kloof(
    kaart: Kaart,
    beelden: Mapping[str, pd.DataFrame],
    namens: Mapping[str, str | None],
    drempel: float = balans_mod.DREMPEL,
) -> pd.DataFrame:
    """Return, for every partner with a zelfbeeld, how its own view of its balance differs
    from the others' views.

    Parameters
    ----------
    kaart : the kaart the beelden share.
    beelden : the beelden by name, each a stromen table.
    namens : for each beeld name, the partner id it was made on behalf of, or None (an
        outside observer); a beeld not named here counts as an observer's.
    drempel : the balance threshold.

    Returns
    -------
    A frame indexed by partner id, one row per partner with a zelfbeeld (kaart order;
    with two zelfbeelden for one partner, the first one given), with columns ``beeld``
    (the zelfbeeld's name), ``zelf``, ``anderen`` (the median over the other beelden) and
    ``kloof`` (``zelf - anderen``; NaN when either is unknown), sorted by the size of the
    gap, largest first.

    Example
    -------
    >>> from systeem.model.schets import schets
    >>> k = schets("a")
    >>> b = {"eigen": schets("a", "a>opgave geld 3").stromen, "ander": schets("a", "opgave>a geld 3").stromen}
    >>> kloof(k, b, {"eigen": "a"})[["zelf", "anderen", "kloof"]].values.tolist()
    [[-1.0, 1.0, -2.0]]
    """
    return _kloof(balans_per_beeld(kaart, beelden, drempel), beelden, namens)


def samenvoegen(kaart: Kaart, beelden: Mapping[str, pd.DataFrame], k: int = 1) -> Kaart:
    """Return the group kaart: ``kaart`` with every stroom that at least ``k`` beelden
    contain, at its median waarde rounded half up (3.5 becomes 4).

    Parameters
    ----------
    kaart : the kaart the beelden share; its partners, opgave and everything but its
        stromen are kept.
    beelden : the beelden by name, each a stromen table.
    k : how many beelden must contain a stroom, from 1 (every stroom of every beeld) to
        the number of beelden (only the stromen all agree on).

    Raises
    ------
    ValueError
        for a ``k`` below 1 or above the number of beelden (with at least one beeld).

    Example
    -------
    >>> from systeem.model.schets import schets
    >>> b = {"x": schets("a", "a>opgave geld 4").stromen, "y": schets("a", "a>opgave geld 3, opgave>a kennis 1").stromen}
    >>> samenvoegen(schets("a"), b, k=2).stromen[["van", "waarde"]].values.tolist()
    [['a', 4]]
    """
    if beelden and not 1 <= int(k) <= len(beelden):
        raise ValueError(f"k moet tussen 1 en {len(beelden)} liggen, niet {k}")
    lang = _lang(beelden)
    vergeleken = _vergeleken(lang, len(beelden))
    gekozen = vergeleken[vergeleken["beelden"] >= int(k)]
    # A stroom keeps the other fields (omschrijving, tastbaar) of its first occurrence.
    eerste = lang.drop_duplicates(SLEUTEL).drop(columns=["beeld", "waarde"])
    stromen = gekozen[[*SLEUTEL, "mediaan"]].merge(eerste, on=SLEUTEL, how="left")
    stromen["waarde"] = np.floor(stromen.pop("mediaan") + 0.5).astype("int64")
    stromen = stromen.sort_values(["nr"], kind="stable")  # a repeated stroom after its first
    stromen = stromen.reindex(columns=kaart.stromen.columns)
    stromen = stromen.astype(kaart.stromen.dtypes.to_dict())
    return kaart.met(stromen=stromen.reset_index(drop=True))


def verschillen(
    kaart: Kaart,
    beelden: Mapping[str, pd.DataFrame],
    namens: Mapping[str, str | None] | None = None,
    drempel: float = balans_mod.DREMPEL,
    taal: str = "nl",
) -> pd.DataFrame:
    """Return where the beelden differ, largest difference first, each as a sentence a
    facilitator can read aloud.

    Four kinds of difference, each with a size from 0 to 1 so they rank together:

    - ``zelfbeeld``: a partner's own view against the others' (:func:`kloof`); size
      ``|kloof| / 2`` (a balance runs from -1 to 1);
    - ``uiteen``: a partner's balance over the beelden that show it, lowest to highest;
      size ``(hoogste - laagste) / 2``;
    - ``ontbreekt``: a stroom not every beeld has; size ``1 - aandeel``;
    - ``spreiding``: a stroom weighed differently; size ``spreiding / 4`` (waarden run
      from 1 to 5).

    Differences of size 0 are left out.  Ties keep that order of kinds, then kaart order.

    Returns
    -------
    A frame with columns ``soort`` (the kind), ``wie`` (a partner id, or
    ``"van>naar soort"``), ``grootte`` and ``zin`` (the sentence in ``taal``).

    Example
    -------
    >>> from systeem.model.schets import schets
    >>> k = schets("a")
    >>> b = {"eigen": schets("a", "a>opgave geld 3").stromen, "ander": schets("a", "opgave>a geld 3").stromen}
    >>> verschillen(k, b, {"eigen": "a"}, taal="en")["zin"].iloc[0]
    "A's own view: gives far more than it takes (balance -1.00). The other views: takes far more than it gives (1.00)."
    """
    namen = kaart.namen()
    rijen: list[dict] = []
    tabel = balans_per_beeld(kaart, beelden, drempel)
    gaten = _kloof(tabel, beelden, namens or {}).dropna(subset=["kloof"])
    gaten = gaten[gaten["kloof"] != 0]
    klassen = {
        kant: balans_mod.klasse(gaten[kant], drempel).map(lambda c: tekst(f"klasse.{c}", taal))
        for kant in ("zelf", "anderen")
    }
    rijen += [
        {
            "soort": "zelfbeeld",
            "wie": partner,
            "grootte": abs(rij["kloof"]) / 2,
            "zin": tekst(
                "beelden.zelfbeeld",
                taal,
                partner=namen.get(partner, partner),
                zelf_klasse=klassen["zelf"][partner],
                zelf=getal(rij["zelf"], taal),
                anderen_klasse=klassen["anderen"][partner],
                anderen=getal(rij["anderen"], taal),
            ),
        }
        for partner, rij in gaten.iterrows()  # one per zelfbeeld: a handful
    ]
    per_beeld = tabel[list(beelden)]
    bekend = per_beeld.notna().sum(axis=1) >= 2
    breedte = (per_beeld.max(axis=1) - per_beeld.min(axis=1)).where(bekend, 0).fillna(0)
    uiteen = per_beeld[breedte > 0]
    laag, hoog = uiteen.idxmin(axis=1), uiteen.idxmax(axis=1)
    rijen += [
        {
            "soort": "uiteen",
            "wie": partner,
            "grootte": breedte[partner] / 2,
            "zin": tekst(
                "beelden.uiteen",
                taal,
                partner=namen.get(partner, partner),
                laagste=getal(per_beeld.loc[partner, laag[partner]], taal),
                laagste_beeld=laag[partner],
                hoogste=getal(per_beeld.loc[partner, hoog[partner]], taal),
                hoogste_beeld=hoog[partner],
            ),
        }
        for partner in breedte.index[breedte > 0]
    ]
    vergeleken = stromen_vergeleken(beelden)
    for soort, grootte, sleutel in (
        ("ontbreekt", 1 - vergeleken["aandeel"], "beelden.stroom_ontbreekt"),
        ("spreiding", vergeleken["spreiding"] / 4, "beelden.stroom_spreiding"),
    ):
        gekozen = vergeleken[grootte > 0]
        rijen += [
            {
                "soort": soort,
                "wie": f"{r['van']}>{r['naar']} {r['soort']}"
                + (f" ({r['nr'] + 1})" if r["nr"] else ""),
                "grootte": float(grootte[i]),
                "zin": tekst(
                    sleutel,
                    taal,
                    van=namen.get(r["van"], r["van"]),
                    naar=namen.get(r["naar"], r["naar"]),
                    soort=woord("soort", r["soort"], taal),
                    n=r["beelden"],
                    m=len(beelden),
                    laagste=r["laagste"],
                    hoogste=r["hoogste"],
                ),
            }
            for i, r in zip(gekozen.index, gekozen.to_dict("records"), strict=True)
        ]
    uit = pd.DataFrame(rijen, columns=["soort", "wie", "grootte", "zin"])
    uit["grootte"] = uit["grootte"].astype("float64")
    return uit.sort_values("grootte", ascending=False, kind="stable").reset_index(drop=True)


# ---------------------------------------------------------------------------
# Private helpers.


def _kloof(
    tabel: pd.DataFrame, beelden: Mapping[str, pd.DataFrame], namens: Mapping[str, str | None]
) -> pd.DataFrame:
    """:func:`kloof` from the balance per beeld (:func:`balans_per_beeld`) already made."""
    eigen = pd.Series({naam: namens.get(naam) for naam in beelden}, dtype=object).dropna()
    eigen = eigen[eigen.isin(tabel.index) & ~eigen.duplicated()]
    rijen = []
    for naam, partner in eigen.items():  # one row per zelfbeeld: at most one per partner
        anderen = tabel.loc[partner, [b for b in beelden if b != naam]]
        rijen.append(
            {
                "partner": partner,
                "beeld": naam,
                "zelf": tabel.loc[partner, naam],
                "anderen": anderen.median(skipna=True) if len(anderen) else np.nan,
            }
        )
    uit = pd.DataFrame(rijen, columns=["partner", "beeld", "zelf", "anderen"])
    uit["kloof"] = (uit["zelf"] - uit["anderen"]).astype("float64")
    # The largest gap first; ties (and unknown gaps, last) in kaart order.
    volgorde = {p: i for i, p in enumerate(tabel.index)}
    uit = uit.assign(_grootte=uit["kloof"].abs(), _plek=uit["partner"].map(volgorde))
    uit = uit.sort_values(["_grootte", "_plek"], ascending=[False, True], na_position="last")
    return uit.drop(columns=["_grootte", "_plek"]).set_index("partner")


def _vergeleken(lang: pd.DataFrame, aantal: int) -> pd.DataFrame:
    """:func:`stromen_vergeleken` from the beelden's stromen in one frame (:func:`_lang`)
    and the number of beelden."""
    kolommen = [*SLEUTEL, "beelden", "aandeel", "laagste", "mediaan", "hoogste", "spreiding", "in"]
    if lang.empty:
        return pd.DataFrame(columns=kolommen)
    groep = lang.groupby(SLEUTEL, sort=False)
    tabel = groep["waarde"].agg(laagste="min", mediaan="median", hoogste="max").reset_index()
    tabel["beelden"] = groep.size().to_numpy()
    tabel["aandeel"] = tabel["beelden"] / aantal
    tabel["spreiding"] = tabel["hoogste"] - tabel["laagste"]
    tabel["mediaan"] = tabel["mediaan"].astype("float64")
    tabel["in"] = groep["beeld"].agg(list).to_numpy()
    tabel = tabel.sort_values(["aandeel", "spreiding"], ascending=[True, False], kind="stable")
    return tabel[kolommen].reset_index(drop=True)


def _lang(beelden: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """All beelden's stromen in one frame with the columns ``beeld`` and ``nr`` (see
    :data:`SLEUTEL`)."""
    delen = [stromen.assign(beeld=naam) for naam, stromen in beelden.items() if len(stromen)]
    if not delen:
        return pd.DataFrame(columns=[*SLEUTEL, "waarde", "beeld"])
    lang = pd.concat(delen, ignore_index=True)
    lang["nr"] = lang.groupby(["beeld", "van", "naar", "soort"], sort=False).cumcount()
    return lang
