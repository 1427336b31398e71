"""Voor en na: the whole-system figures after the active scenario, with their change,
each partner's balans before and after, and who changes klasse."""

from __future__ import annotations

import streamlit as st

from systeem.analyses import balans, vergelijking
from systeem.analyses.interventies import Uitkomst
from systeem.model.kaart import Kaart
from systeemkaart.grafieken import voor_na
from systeemkaart.teksten import getal, tekst


def toon(kaart: Kaart, uitkomst: Uitkomst, drempel: float, taal: str) -> None:
    """Before (``kaart``) and after (``uitkomst.kaart``) side by side."""
    st.subheader(tekst("interventies.voor_na.kop", taal))
    vergeleken = vergelijking.vergelijk(kaart, uitkomst.kaart, drempel)
    cijfers(balans.systeem(kaart, drempel), balans.systeem(uitkomst.kaart, drempel), taal)
    voor_na.toon(vergeleken.partners, drempel, taal)


def cijfers(voor: dict, na: dict, taal: str) -> None:
    """The whole-system figures after the scenario, with the change since before."""
    kol = st.columns(4)

    def was(waarde: str) -> str:
        return tekst("interventies.m.was", taal, waarde=waarde)

    kol[0].metric(
        tekst("interventies.m.uit_balans", taal),
        f"{na['uit_balans']} ({na['aandeel_uit_balans']:.0%})",
        delta=na["uit_balans"] - voor["uit_balans"],
        delta_color="inverse",
        delta_description=was(f"{voor['uit_balans']} ({voor['aandeel_uit_balans']:.0%})"),
        help=tekst("interventies.m.uit_balans_hulp", taal),
        border=True,
    )
    for k, klasse in zip(kol[1:3], balans.UIT_BALANS, strict=True):
        k.metric(
            tekst(f"interventies.m.{klasse}", taal),
            str(na[klasse]),
            delta=na[klasse] - voor[klasse],
            delta_color="inverse",
            delta_description=was(str(voor[klasse])),
            help=tekst(f"klasse.{klasse}", taal),
            border=True,
        )
    spreiding_voor, spreiding_na = voor["spreiding"], na["spreiding"]
    verschil: float | str | None = None
    if spreiding_voor is not None and spreiding_na is not None:
        d = spreiding_na - spreiding_voor
        verschil = 0 if abs(d) < 0.005 else getal(d, taal, teken=True)
    kol[3].metric(
        tekst("interventies.m.spreiding", taal),
        "–" if spreiding_na is None else getal(spreiding_na, taal),
        delta=verschil,
        delta_color="inverse",
        delta_description=was("–" if spreiding_voor is None else getal(spreiding_voor, taal)),
        help=tekst("interventies.m.spreiding_hulp", taal),
        border=True,
    )
