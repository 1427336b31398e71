"""Paren: the net flow between pairs, a matrix for a classroom kaart, a list for a large one.

Up to :data:`systeemkaart.grafiek.MATRIX_MAX` nodes the pair matrix
(:func:`systeemkaart.grafieken.paren.netto_matrix`) with every pair's numbers in a table
under it; above it the :data:`systeemkaart.grafiek.PAREN_MAX` pairs with the largest net
flow (:mod:`systeem.analyses.wederkerigheid`).
"""

from __future__ import annotations

import streamlit as st

from systeem.analyses import wederkerigheid
from systeem.model.kaart import OPGAVE, Kaart
from systeemkaart.grafiek import MATRIX_MAX, PAREN_MAX
from systeemkaart.grafieken import paren as paren_grafiek
from systeemkaart.teksten import tekst


def toon(kaart: Kaart, taal: str) -> None:
    """The pairs of ``kaart``: the matrix and a table, or the largest pairs."""
    namen = {**kaart.namen(), OPGAVE: kaart.opgave or tekst("opgave", taal)}
    klein = len(kaart.partners) + 1 <= MATRIX_MAX
    if klein:
        st.caption(tekst("balans.paren.uitleg", taal))
        st.altair_chart(paren_grafiek.netto_matrix(kaart, namen, taal), width="stretch")
    else:
        st.caption(tekst("balans.paren.groot", taal))
    paren = wederkerigheid.paren(kaart)
    paren = paren.assign(a=paren["a"].map(namen), b=paren["b"].map(namen))
    paren = paren_grafiek.grootste(paren, "netto", None if klein else PAREN_MAX)
    cc = st.column_config
    config = {
        "a": cc.TextColumn(tekst("balans.paren.a", taal)),
        "b": cc.TextColumn(tekst("balans.paren.b", taal)),
        "a_naar_b": cc.NumberColumn(tekst("balans.paren.a_naar_b", taal), width="small"),
        "b_naar_a": cc.NumberColumn(tekst("balans.paren.b_naar_a", taal), width="small"),
        "netto": cc.NumberColumn(tekst("balans.paren.netto", taal), format="%+d", width="small"),
        "wederkerigheid": cc.ProgressColumn(
            tekst("balans.paren.wederkerigheid", taal),
            min_value=0.0,
            max_value=1.0,
            format="%.2f",
            help=tekst("balans.paren.wederkerigheid_hulp", taal),
        ),
    }
    if klein:
        with st.expander(tekst("balans.paren.tabel", taal)):
            st.dataframe(paren, hide_index=True, width="stretch", column_config=config)
    else:
        st.dataframe(paren, hide_index=True, width="stretch", column_config=config)
