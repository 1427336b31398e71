"""Paren: what passes between two partners, as a matrix or, on a large kaart, as a list.

Two pair matrices, one chart (:func:`matrix`, on :mod:`systeemkaart.grafieken.warmtekaart`):

- the net flow between pairs (:func:`netto_matrix`, :mod:`systeem.analyses.wederkerigheid`):
  per row and column, what the column gives the row minus what the row gives the
  column, from the row's point of view (giving more is vermillion, getting more blue);
- the dependency asymmetry (:func:`asymmetrie_matrix`, :mod:`systeem.analyses.afhankelijkheid`):
  how much more the row depends on the column than the other way round.

A matrix has a row per node up to :data:`systeemkaart.grafiek.MATRIX_MAX`; above that a
page shows the largest pairs (:func:`grootste`, at most :data:`systeemkaart.grafiek.PAREN_MAX`).
"""

from __future__ import annotations

import altair as alt
import numpy as np
import pandas as pd

from systeem.analyses import wederkerigheid
from systeem.model.kaart import Kaart
from systeemkaart.grafiek import LETTER, TITEL_LETTER, divergerend, partner_as, per_partner
from systeemkaart.grafieken.warmtekaart import warmtekaart
from systeemkaart.teksten import tekst


def grootste(paren: pd.DataFrame, kolom: str, aantal: int | None = None) -> pd.DataFrame:
    """The pairs from the largest ``kolom`` (either sign) down, ties in their order; the
    first ``aantal`` (all: None).

    >>> grootste(pd.DataFrame({"n": [1, -3, 2, 3]}), "n", 3)["n"].tolist()
    [-3, 3, 2]
    """
    volgorde = paren[kolom].abs().sort_values(ascending=False, kind="stable").index
    uit = paren.reindex(volgorde)
    return uit if aantal is None else uit.head(aantal)


def matrix(
    lang: pd.DataFrame,
    volgorde: list[str],
    veld: str,
    *,
    titels: tuple[str, str] | None,
    legenda: str | None,
    tooltip: list[alt.Tooltip],
    letter: int,
) -> alt.TopLevelMixin:
    """A pair matrix of ``lang`` (``rij, kolom`` names and the number ``veld``), the rows
    and columns in ``volgorde``; ``titels`` of the row and column axes (None: none)."""
    rij_titel, kolom_titel = titels or (None, None)
    titel_letter = {"titleFontSize": TITEL_LETTER} if titels else {}
    x = alt.X(
        "kolom:N",
        sort=volgorde,
        title=kolom_titel,
        axis=partner_as(
            orient="top", labelAngle=-45, labelFontSize=LETTER - 1, labelLimit=200, **titel_letter
        ),
    )
    y = alt.Y(
        "rij:N",
        sort=volgorde,
        title=rij_titel,
        axis=partner_as(labelFontSize=LETTER - 1, **titel_letter),
    )
    grens = max(int(lang[veld].abs().max()), 1) if len(lang) else 1
    # From the row's point of view: giving (or depending) more is vermillion.
    schaal = divergerend(grens, geven_is_positief=True)
    kaartje = warmtekaart(
        lang,
        x,
        y,
        veld,
        schaal,
        grens,
        legenda=legenda,
        tooltip=tooltip,
        letter=letter,
        nullen=False,
    )
    return per_partner(kaartje, len(volgorde))


def netto_matrix(kaart: Kaart, namen: dict[str, str], taal: str) -> alt.TopLevelMixin:
    """The net flow between every two nodes (the opgave too), by their ``namen``."""
    netto = wederkerigheid.netto_matrix(kaart)
    netto.index = netto.columns = [namen[i] for i in netto.index]
    lang = netto.rename_axis(index="rij", columns="kolom").stack().rename("netto").reset_index()
    lang = lang[lang["rij"] != lang["kolom"]]
    rij, kolom = tekst("balans.paren.rij", taal), tekst("balans.paren.kolom", taal)
    return matrix(
        lang,
        list(netto.index),
        "netto",
        titels=None,
        legenda=None,
        tooltip=[
            alt.Tooltip("rij:N", title=rij),
            alt.Tooltip("kolom:N", title=kolom),
            alt.Tooltip("netto:Q", title=tekst("balans.paren.netto", taal)),
        ],
        letter=LETTER - 2,
    )


def asymmetrie_matrix(
    asym: pd.DataFrame, volgorde: list[str], namen: dict[str, str], taal: str
) -> alt.TopLevelMixin:
    """The dependency asymmetry of every pair in ``asym``
    (:func:`systeem.analyses.afhankelijkheid.asymmetrie`), the partners' rows in
    ``volgorde`` (ids)."""
    heen = pd.DataFrame(
        {"rij": asym["a"], "kolom": asym["b"], "op": asym["a_op_b"], "terug": asym["b_op_a"]}
    )
    terug = pd.DataFrame(
        {"rij": asym["b"], "kolom": asym["a"], "op": asym["b_op_a"], "terug": asym["a_op_b"]}
    )
    lang = pd.concat([heen, terug], ignore_index=True)
    lang = lang.assign(
        verschil=lang["op"] - lang["terug"],
        rij=lang["rij"].map(namen),
        kolom=lang["kolom"].map(namen),
    )
    rij, kolom = (
        tekst("interventies.macht.as_rij", taal),
        tekst("interventies.macht.as_kolom", taal),
    )
    verschil = tekst("interventies.macht.verschil", taal)
    return matrix(
        lang,
        [namen[p] for p in volgorde],
        "verschil",
        titels=(rij, kolom),
        legenda=verschil,
        tooltip=[
            alt.Tooltip("rij:N", title=rij),
            alt.Tooltip("kolom:N", title=kolom),
            alt.Tooltip("op:Q", title=tekst("interventies.macht.op", taal)),
            alt.Tooltip("terug:Q", title=tekst("interventies.macht.terug", taal)),
            alt.Tooltip("verschil:Q", title=verschil),
        ],
        letter=LETTER - 1,
    )


def asymmetrie_lijst(
    asym: pd.DataFrame, namen: dict[str, str], aantal: int, taal: str
) -> pd.DataFrame:
    """The ``aantal`` most unequal pairs of ``asym``: who depends on whom, by how much more."""
    paren = grootste(asym, "asymmetrie")
    paren = paren[paren["asymmetrie"] != 0].head(aantal)
    meer = paren["asymmetrie"] > 0
    return pd.DataFrame(
        {
            tekst("interventies.macht.afhankelijk", taal): np.where(meer, paren["a"], paren["b"]),
            tekst("interventies.macht.van", taal): np.where(meer, paren["b"], paren["a"]),
            tekst("interventies.macht.verschil", taal): paren["asymmetrie"].abs().to_numpy(),
        }
    ).replace(namen)
