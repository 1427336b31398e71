"""Soorten: where the imbalance sits, a heatmap of partner x soort of the saldo.

A row per partner (in the order of the balans chart), a column per soort, each cell
the saldo (halen - brengen) of that partner in that soort: blue where it takes more,
vermillion where it gives more (:mod:`systeem.analyses.balans`, ``per_soort``).
"""

from __future__ import annotations

import altair as alt

from systeem.analyses import balans
from systeem.model.kaart import Kaart
from systeemkaart.grafiek import LETTER, divergerend, partner_as, per_partner
from systeemkaart.grafieken.warmtekaart import warmtekaart
from systeemkaart.teksten import tekst, woordenlijst


def per_soort(kaart: Kaart, volgorde: list[str], taal: str) -> alt.LayerChart:
    """Heatmap partner x soort of the saldo, the partners' rows in ``volgorde`` (names)."""
    namen = kaart.namen()
    data = balans.per_soort(kaart)
    data = data.assign(
        partner=data["id"].map(namen), soort=data["soort"].replace(woordenlijst("soort", taal))
    )
    grens = max(int(data["saldo"].abs().max()), 1) if len(data) else 1
    soort, saldo = tekst("balans.soort.soort", taal), tekst("balans.soort.saldo", taal)
    x = alt.X(
        "soort:N",
        title=None,
        sort="ascending",
        axis=alt.Axis(
            orient="top", labelAngle=-40, labelFontSize=LETTER, labelLimit=160, labelOverlap=False
        ),
    )
    y = alt.Y("partner:N", sort=volgorde, title=None, axis=partner_as())
    tooltip = [
        alt.Tooltip("partner:N", title=tekst("balans.kolom.partner", taal)),
        alt.Tooltip("soort:N", title=soort),
        alt.Tooltip("brengen:Q", title=tekst("balans.kolom.brengt", taal)),
        alt.Tooltip("halen:Q", title=tekst("balans.kolom.haalt", taal)),
        alt.Tooltip("saldo:Q", title=saldo),
    ]
    kaartje = warmtekaart(
        data, x, y, "saldo", divergerend(grens), grens, legenda=saldo, tooltip=tooltip
    )
    return per_partner(kaartje, data["partner"].nunique())
