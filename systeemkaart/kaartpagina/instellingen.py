"""The settings above the Kaart page's map: the balance threshold, what node size stands
for, the layers (afhankelijkheden, belangen) and the per-sector view.

The widgets show the shared settings in :mod:`systeemkaart.staat` (threshold, layers,
size) under keys of their own and keep a change there (:mod:`systeemkaart.onthouden`),
so the settings survive a visit to another page; the per-sector view is kept only
while the page is shown.
"""

from __future__ import annotations

import math

import streamlit as st

from systeem.analyses import balans, groepering, netwerkmaten
from systeem.model.kaart import Kaart
from systeem.weergave import GROOTTES
from systeemkaart import onthouden, staat
from systeemkaart.teksten import getal, tekst

#: Threshold choices: 0.05 .. 0.95 in steps of 0.05, plus the default 1/3.
DREMPELS = sorted({round(0.05 * i, 2) for i in range(1, 20)} | {balans.DREMPEL})

# Widget keys (mirrors of the shared settings in systeemkaart.staat).
W_DREMPEL = "kaart_w_drempel"
W_GROOTTE = "kaart_w_grootte"
W_AFHANKELIJKHEDEN = "kaart_w_afhankelijkheden"
W_BELANGEN = "kaart_w_belangen"
#: Widget key of the per-sector view (session only).
W_PER_SECTOR = "kaart_per_sector"


def instellingen(taal: str) -> None:
    """The settings in three columns: threshold, size, and the toggles."""
    kolommen = st.columns([4, 2, 3], gap="medium", vertical_alignment="bottom")
    with kolommen[0]:
        huidig = staat.drempel()
        keuzes = DREMPELS if huidig in DREMPELS else sorted({*DREMPELS, huidig})
        onthouden.toon(W_DREMPEL, huidig)
        st.select_slider(
            tekst("kaart.drempel", taal),
            options=keuzes,
            format_func=lambda v: drempel_label(v, taal),
            help=tekst("kaart.drempel_uitleg", taal),
            **onthouden.koppel(W_DREMPEL, staat.DREMPEL),
        )
    with kolommen[1]:
        onthouden.toon(W_GROOTTE, onthouden.bewaard(staat.GROOTTE, GROOTTES[0]))
        st.selectbox(
            tekst("kaart.grootte", taal),
            GROOTTES,
            format_func=lambda g: _grootte_label(g, taal),
            **onthouden.koppel(W_GROOTTE, staat.GROOTTE),
        )
    with kolommen[2]:
        for widget, sleutel, label in (
            (W_AFHANKELIJKHEDEN, staat.LAAG_AFHANKELIJKHEDEN, "kaart.laag_afhankelijkheden"),
            (W_BELANGEN, staat.LAAG_BELANGEN, "kaart.laag_belangen"),
        ):
            onthouden.toon(widget, bool(onthouden.bewaard(sleutel)))
            st.toggle(tekst(label, taal), **onthouden.koppel(widget, sleutel))
        if groepering.aantal_sectoren(staat.kaart()) > 1:
            st.toggle(
                tekst("kaart.per_sector", taal),
                key=W_PER_SECTOR,
                help=tekst("kaart.per_sector.help", taal),
            )


def per_sector(kaart: Kaart) -> bool:
    """Whether the map of ``kaart`` shows one node per sector (chosen, and the kaart has
    two sectors or more)."""
    return bool(st.session_state.get(W_PER_SECTOR)) and groepering.aantal_sectoren(kaart) > 1


def drempel_label(waarde: float, taal: str) -> str:
    """A threshold in words: the default named as such, another as a number."""
    if math.isclose(waarde, balans.DREMPEL):
        return tekst("kaart.drempel_standaard", taal)
    return getal(waarde, taal)


def _grootte_label(grootte: str, taal: str) -> str:
    """What node size stands for, in words: betrokkenheid, invloed or a network measure."""
    if grootte in netwerkmaten.MATEN:
        return tekst(f"maat.{grootte}", taal)
    return tekst(f"kaart.grootte.{grootte}", taal)
