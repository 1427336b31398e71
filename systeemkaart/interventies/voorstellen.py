"""Voorstellen: one-click suggestions (:mod:`systeem.analyses.suggesties`) for the kaart as the
active scenario leaves it: one added to the scenario brings its partner in balance
there, so it is gone from the list."""

from __future__ import annotations

import streamlit as st

from systeem.analyses import balans, suggesties
from systeem.model.kaart import Kaart
from systeemkaart.interventies import scenarios as sc
from systeemkaart.opmaak import md
from systeemkaart.teksten import tekst

#: Above this many suggestions the list shows the first ones and a partner picker.
VOORSTELLEN_MAX = 12


def toon(kaart: Kaart, drempel: float, plek: int | None, taal: str) -> None:
    """The suggestions for ``kaart``; a button adds one to the scenario at ``plek``."""
    st.subheader(tekst("interventies.voorstellen.kop", taal))
    st.caption(tekst("interventies.voorstellen.uitleg", taal))
    tabel = balans.balans(kaart, drempel)
    uit = tabel.index[tabel["klasse"].isin(balans.UIT_BALANS)].tolist()
    if not uit:
        geen = "geen" if plek is None else "geen_scenario"
        st.caption(tekst(f"interventies.voorstellen.{geen}", taal))
        return
    # Every suggestion is checked by applying it, so a large kaart gets those of the first
    # partners, and any partner's own on request, instead of a page of buttons.
    berekend = uit if len(uit) <= VOORSTELLEN_MAX else uit[:VOORSTELLEN_MAX]
    lijst = suggesties.suggesties(kaart, drempel, tuple(berekend))
    getoond = lijst
    if len(uit) > VOORSTELLEN_MAX or len(lijst) > VOORSTELLEN_MAX:
        gekozen = st.selectbox(
            tekst("interventies.voorstellen.kies", taal, aantal=len(uit)),
            uit,
            index=None,
            format_func=kaart.namen().__getitem__,
            placeholder=tekst("interventies.voorstellen.eerste", taal, aantal=VOORSTELLEN_MAX),
            key="iv_voorstel_partner",
        )
        if gekozen in uit:
            berekend = [gekozen]
            getoond = lijst = suggesties.suggesties(kaart, drempel, (gekozen,))
        else:
            getoond = lijst[:VOORSTELLEN_MAX]
    zonder = [p for p in berekend if p not in {s.partner for s in lijst}]
    if zonder:
        namen = ", ".join(md(kaart.namen()[p]) for p in zonder)
        st.caption(
            tekst("interventies.voorstellen.geen_zet", taal, namen=namen, max=suggesties.MAX_PUNTEN)
        )
    # The sentence whole, its button under it: a narrow column cut both short.
    for n, suggestie in enumerate(getoond):
        with st.container(border=True, key=f"iv_voorstel_rij_{n}"):
            st.markdown(md(suggestie.tekst(kaart, taal)))
            st.button(
                tekst("interventies.voeg_toe", taal),
                key=f"iv_voorstel_{n}",
                on_click=sc.voeg_toe,
                args=(plek, suggestie.interventie),
                icon=":material/add:",
            )
