"""Zetten: the moves of the active scenario, each in a sentence, switched on or off,
moved up or down, removed; a move that cannot apply says why."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from systeem.analyses.interventies import Uitkomst
from systeem.model.kaart import Kaart
from systeem.model.scenario import beschrijving
from systeemkaart import staat
from systeemkaart.interventies import scenarios as sc
from systeemkaart.interventies.scenariobalk import schuifknoppen
from systeemkaart.opmaak import md
from systeemkaart.teksten import tekst


def toon(kaart: Kaart, plek: int, uitkomst: Uitkomst, taal: str) -> None:
    """The moves of the scenario at ``plek`` as ``uitkomst`` applied them."""
    scenario = kaart.scenarios[plek]
    st.subheader(tekst("interventies.lijst.kop", taal))
    if not scenario.interventies:
        st.caption(tekst("interventies.lijst.leeg", taal))
        return
    # Names of third parties added earlier in the scenario, for the sentences.
    extra = uitkomst.kaart.partners[~uitkomst.kaart.partners["id"].isin(kaart.partners["id"])]
    namen_kaart = kaart.met(partners=pd.concat([kaart.partners, extra], ignore_index=True))
    versie = st.session_state.get(staat.VERSIE, 0)
    aantal = len(scenario.interventies)
    for stap in uitkomst.stappen:
        i, zet = stap.nr, stap.interventie
        with st.container(border=True, key=f"iv_rij_{i}"):
            kol = st.columns([1.5, 6, 0.8, 0.8, 0.8], vertical_alignment="center", gap="small")
            sleutel = f"iv_aan_{versie}_{i}"
            kol[0].checkbox(
                tekst("interventies.aan", taal),
                value=zet.aan,
                key=sleutel,
                on_change=sc.zet_aan,
                args=(plek, i, sleutel),
            )
            kol[1].markdown(md(beschrijving(zet, namen_kaart, taal)))
            if not stap.toegepast:
                icoon = "" if not zet.aan else ":material/warning: "
                kol[1].caption(icoon + md(stap.melding))
            schuifknoppen(
                kol[2:4],
                i,
                aantal,
                f"iv_{{}}_{i}",
                "interventies.{}",
                taal,
                sc.schuif_zet,
                (plek, i),
            )
            kol[4].button(
                "",
                key=f"iv_weg_{i}",
                icon=":material/close:",
                help=tekst("interventies.weg", taal),
                on_click=sc.verwijder_zet,
                args=(plek, i),
            )
