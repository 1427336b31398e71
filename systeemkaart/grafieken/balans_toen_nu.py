"""The balans of each partner at two moments (two foto's, or a foto and now; Mijn
kaarten), as dumbbells: per partner the balans then (grey) and now, joined by a line in
the colour of its movement (:func:`systeem.analyses.vergelijking.vergelijk`); the band
around 0 is "in balans"."""

from __future__ import annotations

import altair as alt
import pandas as pd

from systeem.analyses import vergelijking
from systeemkaart.grafiek import partner_as, per_partner
from systeemkaart.teksten import tekst

#: Colours of the movements (as on the map: green is balance).
KLEUREN = {
    vergelijking.NAAR_BALANS: "#009E73",
    vergelijking.VAN_BALANS: "#D55E00",
    vergelijking.GELIJK: "#999999",
    vergelijking.NIEUW: "#0072B2",
    vergelijking.VERTROKKEN: "#BBBBBB",
    vergelijking.ONBEPAALD: "#BBBBBB",
}


def balans_toen_nu(partners: pd.DataFrame, drempel: float, taal: str) -> alt.LayerChart:
    """The dumbbells of ``partners`` (the ``partners`` frame of a
    :class:`systeem.analyses.vergelijking.Vergelijking`), with the band of ``drempel``."""
    breed = partners.reset_index().assign(
        beweging_tekst=lambda t: t["beweging"].map(lambda b: tekst(f"vergelijk.beweging.{b}", taal))
    )
    toen, nu = tekst("vergelijk.toen", taal), tekst("vergelijk.nu", taal)
    lang = breed.melt(
        id_vars=["naam", "beweging_tekst"],
        value_vars=["balans_toen", "balans_nu"],
        var_name="moment",
        value_name="balans",
    ).dropna(subset=["balans"])
    lang["moment"] = lang["moment"].map({"balans_toen": toen, "balans_nu": nu})
    volgorde = breed["naam"].tolist()
    namen = [tekst(f"vergelijk.beweging.{b}", taal) for b in KLEUREN]
    kleur = alt.Color(
        "beweging_tekst:N",
        title=tekst("vergelijk.beweging", taal),
        scale=alt.Scale(domain=namen, range=list(KLEUREN.values())),
    )
    schaal = alt.Scale(domain=[-1, 1])
    x = alt.X("balans:Q", title=tekst("vergelijk.as", taal), scale=schaal)
    y = alt.Y("naam:N", title=None, sort=volgorde, axis=partner_as(labelFontSize=14))
    band = (
        alt.Chart(pd.DataFrame({"van": [-drempel], "tot": [drempel]}))
        .mark_rect(color="#009E73", opacity=0.08)
        .encode(x=alt.X("van:Q", scale=schaal), x2="tot:Q")
    )
    nul = alt.Chart(pd.DataFrame({"x": [0]})).mark_rule(color="#777777").encode(x="x:Q")
    lijnen = (
        alt.Chart(breed.dropna(subset=["balans_toen", "balans_nu"]))
        .mark_rule(strokeWidth=3)
        .encode(x=alt.X("balans_toen:Q", scale=schaal), x2="balans_nu:Q", y=y, color=kleur)
    )
    punten = (
        alt.Chart(lang)
        .mark_point(filled=True, size=140, opacity=1)
        .encode(
            x=x,
            y=y,
            shape=alt.Shape("moment:N", title=tekst("vergelijk.moment", taal)),
            color=alt.condition(
                alt.datum.moment == toen, alt.value("#9E9E9E"), alt.value("#1F2933")
            ),
            tooltip=[
                alt.Tooltip("naam:N", title=tekst("vergelijk.partner", taal)),
                alt.Tooltip("moment:N", title=tekst("vergelijk.moment", taal)),
                alt.Tooltip("balans:Q", title=tekst("vergelijk.balans", taal), format="+.2f"),
                alt.Tooltip("beweging_tekst:N", title=tekst("vergelijk.beweging", taal)),
            ],
        )
    )
    return (
        per_partner(alt.layer(band, nul, lijnen, punten), len(volgorde))
        .configure_axis(labelFontSize=14, titleFontSize=14)
        .configure_legend(labelFontSize=14, titleFontSize=14, orient="bottom")
    )
