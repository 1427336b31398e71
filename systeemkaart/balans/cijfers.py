"""Cijfers: the whole-system figures of the balance (:func:`systeem.analyses.balans.systeem`)."""

from __future__ import annotations

import streamlit as st

from systeem.analyses import balans
from systeemkaart.grafiek import klasse_tekst
from systeemkaart.teksten import getal, tekst


def toon(cijfers: dict, taal: str) -> None:
    """The figures as five metrics: with stromen, out of balance, giving and taking far
    more, the spread of the balans."""
    kolommen = st.columns(5)
    kolommen[0].metric(
        tekst("balans.m.met_stromen", taal),
        f"{cijfers['met_stromen']} / {cijfers['partners']}",
        help=tekst("balans.m.met_stromen_hulp", taal),
        border=True,
    )
    kolommen[1].metric(
        tekst("balans.m.uit_balans", taal),
        f"{cijfers['uit_balans']} ({cijfers['aandeel_uit_balans']:.0%})",
        help=tekst("balans.m.uit_balans_hulp", taal),
        border=True,
    )
    for kolom, klasse, label in (
        (kolommen[2], balans.GEEFT_VEEL_MEER, "balans.m.geeft"),
        (kolommen[3], balans.HAALT_VEEL_MEER, "balans.m.haalt"),
    ):
        kolom.metric(
            tekst(label, taal), cijfers[klasse], help=klasse_tekst(klasse, taal), border=True
        )
    spreiding = cijfers["spreiding"]
    kolommen[4].metric(
        tekst("balans.m.spreiding", taal),
        "–" if spreiding is None else getal(spreiding, taal),
        help=tekst("balans.m.spreiding_hulp", taal),
        border=True,
    )
