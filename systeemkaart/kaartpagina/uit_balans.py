"""The partners out of balance beside the Kaart page's map, each with its signal and a
button that selects it on the map, and the other signals folded below.  A big kaart
lists the partners furthest out of balance first, up to :data:`UIT_MAX`; the Balans page
has them all."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from systeem.analyses import balans
from systeem.analyses.signalen import Signaal
from systeemkaart import netwerk_component, staat
from systeemkaart.kaartpagina import BADGE_KLEUREN
from systeemkaart.kaartpagina.instellingen import drempel_label
from systeemkaart.opmaak import md
from systeemkaart.teksten import tekst

#: A big kaart lists this many partners out of balance (the furthest out first) ...
UIT_MAX = 15
#: ... and this many other signals; the Balans page has them all.
OVERIG_MAX = 40


def uit_balans(tabel: pd.DataFrame, alle: list[Signaal], taal: str) -> None:
    """The partners out of balance (``tabel`` is the balans, ``alle`` the signalen),
    then the other signals."""
    st.markdown(f"#### {tekst('kaart.uit_balans', taal)}")
    met = int((tabel["klasse"] != balans.GEEN_STROMEN).sum())
    uit = [s for s in alle if s.code in balans.UIT_BALANS]
    drempel = drempel_label(staat.drempel(), taal)
    if not met:
        st.caption(tekst("kaart.nog_niets_te_wegen", taal))
    elif uit:
        st.caption(tekst("kaart.uit_balans_aantal", taal, uit=len(uit), met=met, drempel=drempel))
    else:
        st.success(tekst("kaart.niemand_uit_balans", taal, drempel=drempel))
    verborgen = 0
    if len(uit) > UIT_MAX:
        # A big kaart: the partners furthest out of balance first, the rest on Balans.
        uit = sorted(uit, key=lambda s: -abs(float(tabel.at[s.partners[0], "balans"])))
        uit, verborgen = uit[:UIT_MAX], len(uit) - UIT_MAX
    for s in uit:
        _partner(s, tabel, taal)
    if verborgen:
        st.caption(tekst("kaart.uit_balans_meer", taal, aantal=verborgen))
    overig = [s for s in alle if s.code not in balans.UIT_BALANS]
    if overig:
        with st.expander(tekst("kaart.overige_signalen", taal, aantal=len(overig))):
            for s in overig[:OVERIG_MAX]:
                st.markdown("- " + md(s.tekst))
            if len(overig) > OVERIG_MAX:
                st.caption(tekst("kaart.overige_meer", taal, aantal=len(overig) - OVERIG_MAX))


def _partner(s: Signaal, tabel: pd.DataFrame, taal: str) -> None:
    """One partner out of balance: name, klasse, the signal and a button to show it."""
    pid = s.partners[0]
    with st.container(border=True, key=f"kaart_uit_{pid}"):
        kleur = BADGE_KLEUREN[s.code]
        st.markdown(
            f"**{md(tabel.at[pid, 'naam'])}**  \n:{kleur}-badge[{tekst(f'klasse.{s.code}', taal)}]"
        )
        st.markdown(md(s.tekst))
        st.button(
            tekst("kaart.toon", taal),
            key=f"kaart_toon_{pid}",
            on_click=netwerk_component.kies,
            args=(pid,),
            icon=":material/my_location:",
            type="secondary",
            disabled=pid == st.session_state.get(staat.GESELECTEERD),
        )
