"""Voor en na: each partner's balans before and after a scenario or a departure.

An arrow per partner from its balans before (a grey ring) to after (a triangle in the
colour of its klasse after, pointing the way it moved; a diamond when it stayed), on
the balans axis from -1 to +1 with the "in balans" band; under it the partners that
change klasse, before and after in words.  The table the chart reads is
:attr:`systeem.analyses.vergelijking.Vergelijking.partners`.
"""

from __future__ import annotations

import altair as alt
import numpy as np
import pandas as pd
import streamlit as st

from systeemkaart.grafiek import (
    BAND,
    balans_as,
    klasse_kleur,
    klasse_kleuren,
    klasse_tekst,
    partner_as,
    per_partner,
)
from systeemkaart.teksten import tekst


def toon(partners: pd.DataFrame, drempel: float, taal: str) -> None:
    """The arrows (when any partner has a balans before or after) and who changes klasse."""
    if partners[["balans_toen", "balans_nu"]].notna().any(axis=None):
        st.caption(tekst("interventies.pijlen.uitleg", taal))
        st.altair_chart(pijlen(partners, drempel, taal), width="stretch")
    wissels(partners, taal)


def pijlen(partners: pd.DataFrame, drempel: float, taal: str) -> alt.TopLevelMixin:
    """Per partner an arrow from its balans before to after; the green band is "in balans"."""
    data = partners.reset_index()
    toen, nu = data["balans_toen"], data["balans_nu"]
    data = data.assign(
        klasse_na=data["klasse_nu"].map(lambda k: klasse_tekst(k, taal)),
        klasse_voor=data["klasse_toen"].map(lambda k: klasse_tekst(k, taal)),
        richting=np.select(
            [nu > toen + 1e-9, nu < toen - 1e-9], ["rechts", "links"], default="gelijk"
        ),
    )
    volgorde = data.sort_values(["balans_toen", "balans_nu"], kind="stable", na_position="last")[
        "naam"
    ].tolist()
    schaal = alt.Scale(domain=[-1, 1])
    x = alt.X(
        "balans_nu:Q",
        scale=schaal,
        title=tekst("interventies.pijlen.as", taal),
        axis=balans_as(taal),
    )
    y = alt.Y("naam:N", sort=volgorde, title=None, axis=partner_as())
    tooltip = [
        alt.Tooltip("naam:N", title=tekst("interventies.kolom.partner", taal)),
        alt.Tooltip(
            "balans_toen:Q", title=tekst("interventies.kolom.balans_voor", taal), format="+.2f"
        ),
        alt.Tooltip(
            "balans_nu:Q", title=tekst("interventies.kolom.balans_na", taal), format="+.2f"
        ),
        alt.Tooltip("klasse_voor:N", title=tekst("interventies.kolom.klasse_voor", taal)),
        alt.Tooltip("klasse_na:N", title=tekst("interventies.kolom.klasse_na", taal)),
    ]
    band = (
        alt.Chart(pd.DataFrame({"van": [-drempel], "tot": [drempel]}))
        .mark_rect(color=BAND, opacity=0.10)
        .encode(x=alt.X("van:Q", scale=schaal), x2="tot:Q")
    )
    nul = (
        alt.Chart(pd.DataFrame({"x": [0]}))
        .mark_rule(color="#777777")
        .encode(x=alt.X("x:Q", scale=schaal))
    )
    lijnen = (
        alt.Chart(data.dropna(subset=["balans_toen", "balans_nu"]))
        .mark_rule(strokeWidth=3, color="#8A8A8A")
        .encode(x=alt.X("balans_toen:Q", scale=schaal), x2="balans_nu:Q", y=y)
    )
    voor = (
        alt.Chart(data.dropna(subset=["balans_toen"]))
        .mark_point(shape="circle", filled=False, size=150, strokeWidth=2.5, color="#8A8A8A")
        .encode(x=alt.X("balans_toen:Q", scale=schaal), y=y, tooltip=tooltip)
    )
    na = (
        alt.Chart(data.dropna(subset=["balans_nu"]))
        .mark_point(filled=True, size=300, opacity=1, stroke="white", strokeWidth=1)
        .encode(
            x=x,
            y=y,
            color=klasse_kleur("klasse_na", data["klasse_nu"], taal),
            shape=alt.Shape(
                "richting:N",
                scale=alt.Scale(
                    domain=["rechts", "links", "gelijk"],
                    range=["triangle-right", "triangle-left", "diamond"],
                ),
                legend=None,
            ),
            tooltip=tooltip,
        )
    )
    return per_partner(alt.layer(band, nul, lijnen, voor, na), len(volgorde))


def wissels(partners: pd.DataFrame, taal: str) -> None:
    """The partners whose klasse changes, before -> after in words, in the klasse colours."""
    st.markdown(f"**{tekst('interventies.wissels.kop', taal)}**")
    wissel = partners[partners["klasse_toen"].fillna("") != partners["klasse_nu"].fillna("")]
    if wissel.empty:
        st.caption(tekst("interventies.wissels.geen", taal))
        return

    def woorden(kolom: pd.Series, leeg: str) -> list[str]:
        return [klasse_tekst(k, taal) if isinstance(k, str) else tekst(leeg, taal) for k in kolom]

    kolom = {
        k: tekst(f"interventies.kolom.{k}", taal) for k in ("partner", "klasse_voor", "klasse_na")
    }
    tabel = pd.DataFrame(
        {
            kolom["partner"]: wissel["naam"].to_numpy(),
            kolom["klasse_voor"]: woorden(wissel["klasse_toen"], "interventies.wissels.nieuw"),
            kolom["klasse_na"]: woorden(wissel["klasse_nu"], "interventies.wissels.weg"),
        }
    )
    opmaak = klasse_kleuren(tabel.style, [kolom["klasse_voor"], kolom["klasse_na"]], taal)
    st.table(opmaak, hide_index=True)
