"""Macht: power and dependency per partner (:mod:`systeem.analyses.afhankelijkheid`).

The Balans page shows each partner's power as bars (:func:`staven`); the power tab of
the Interventies page lists who many depend on (:func:`afhankelijken`) and the
one-sided dependencies in words (:func:`regels`, also the dependencies a departure
breaks).  The asymmetry per pair is a pair matrix (:mod:`systeemkaart.grafieken.paren`).
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from systeem.analyses import afhankelijkheid
from systeem.model.kaart import Kaart
from systeem.weergave import AFHANKELIJKHEID_KLEUR
from systeemkaart.grafiek import TITEL_LETTER, partner_as, per_partner
from systeemkaart.opmaak import md
from systeemkaart.teksten import tekst


def staven(kaart: Kaart, taal: str) -> alt.TopLevelMixin:
    """Each partner's power (the sterkte of what depends on it), a bar per partner from
    the most powerful down."""
    macht = afhankelijkheid.macht(kaart)
    macht = macht.assign(partner=macht.index.map(kaart.namen())).sort_values(
        "macht", ascending=False
    )
    titel = tekst("balans.afh.macht", taal)
    grafiek = (
        alt.Chart(macht.reset_index(drop=True))
        .mark_bar(color=AFHANKELIJKHEID_KLEUR, cornerRadius=2)
        .encode(
            x=alt.X(
                "macht:Q",
                title=titel,
                axis=alt.Axis(titleFontSize=TITEL_LETTER, tickMinStep=1, format="d"),
            ),
            y=alt.Y("partner:N", sort=macht["partner"].tolist(), title=None, axis=partner_as()),
            tooltip=[
                alt.Tooltip("partner:N", title=tekst("balans.kolom.partner", taal)),
                alt.Tooltip("macht:Q", title=titel),
            ],
        )
    )
    return per_partner(grafiek, len(macht))


def afhankelijken(kaart: Kaart, namen: dict[str, str], taal: str) -> pd.DataFrame:
    """The partners others depend on, the most powerful first: how many depend on each,
    on how many it depends itself, and its power (empty when nobody depends on anyone)."""
    macht = afhankelijkheid.macht(kaart)
    macht = macht[macht["afhankelijken"] > 0].sort_values(
        ["macht", "afhankelijken"], ascending=False, kind="stable"
    )
    kolom = {
        k: tekst(f"interventies.macht.kolom.{k}", taal)
        for k in ("partner", "afhankelijken", "afhankelijk_van", "macht")
    }
    return pd.DataFrame(
        {
            kolom["partner"]: macht.index.map(namen),
            kolom["afhankelijken"]: macht["afhankelijken"].to_numpy(),
            kolom["afhankelijk_van"]: macht["afhankelijk_van"].to_numpy(),
            kolom["macht"]: macht["macht"].to_numpy(),
        }
    )


def regels(rijen: pd.DataFrame, sleutel: str, namen: dict[str, str], taal: str) -> str:
    """A bullet per dependency in ``rijen`` (``partner, afhankelijk_van, sterkte,
    waarvoor`` and maybe ``terug``), in the sentence ``sleutel``, as markdown."""
    terug = rijen["terug"] if "terug" in rijen else pd.Series(0, index=rijen.index)
    return "\n".join(
        "- "
        + tekst(
            sleutel,
            taal,
            partner=md(namen.get(r.partner, r.partner)),
            van=md(namen.get(r.afhankelijk_van, r.afhankelijk_van)),
            sterkte=int(r.sterkte),
            terug=int(t),
            waarvoor=tekst("interventies.vertrek.waarvoor", taal, waarvoor=md(r.waarvoor))
            if r.waarvoor
            else "",
        )
        for r, t in zip(rijen.itertuples(index=False), terug, strict=True)
    )
