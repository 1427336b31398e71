"""Netwerkmaten: every node's place in the network (:mod:`systeem.analyses.netwerkmaten`) in
one sortable table, each column explained in its header's help, and the MICMAC roles."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from systeem.analyses import netwerkmaten
from systeem.model.kaart import OPGAVE, Kaart
from systeemkaart.grafieken.micmac import micmac
from systeemkaart.teksten import tekst


def tabel(kaart: Kaart, maten: pd.DataFrame, taal: str) -> None:
    """The measures ``maten`` of every node, the opgave first, in one table."""
    st.caption(tekst("balans.maten.uitleg", taal))
    if len(maten) > netwerkmaten.EXACT_TOT:
        st.caption(
            tekst(
                "balans.maten.schatting",
                taal,
                grens=f"{netwerkmaten.EXACT_TOT:,}".replace(",", "." if taal == "nl" else ","),
                aantal=netwerkmaten.STEEKPROEF,
            )
        )
    namen = {**kaart.namen(), OPGAVE: tekst("opgave", taal)}
    rollen = {r: tekst(f"micmac.{r}", taal) for r in netwerkmaten.ROLLEN}
    # The opgave is no side of an afhankelijkheid: no sterkte on or from it (0, an empty
    # sum, rather than the grid's English "None") and no rol.
    uit = maten.assign(
        micmac_rol=maten["micmac_rol"].map(rollen).fillna("–"),
        micmac_invloed=maten["micmac_invloed"].fillna(0),
        micmac_afhankelijkheid=maten["micmac_afhankelijkheid"].fillna(0),
    )
    uit.insert(0, "partner", uit.index.map(namen))
    cc = st.column_config
    config = {"partner": cc.TextColumn(tekst("balans.kolom.partner", taal), pinned=True)}
    opmaak = {"betweenness": "%.3f", "closeness": "%.3f", "pagerank": "%.4f"}
    for kolom in netwerkmaten.KOLOMMEN:
        label, hulp = tekst(f"maat.{kolom}", taal), tekst(f"maat.{kolom}.uitleg", taal)
        if kolom == "micmac_rol":
            config[kolom] = cc.TextColumn(label, help=hulp)
        else:
            config[kolom] = cc.NumberColumn(label, help=hulp, format=opmaak.get(kolom, "%d"))
    st.dataframe(uit, hide_index=True, width="stretch", column_config=config)


def rollen(kaart: Kaart, maten: pd.DataFrame, taal: str) -> None:
    """Influence against dependence per partner (none without afhankelijkheden)."""
    if not len(kaart.afhankelijkheden):
        st.caption(tekst("balans.micmac.leeg", taal))
        return
    st.caption(tekst("balans.micmac.uitleg", taal))
    st.altair_chart(micmac(kaart, maten, taal), width="stretch")
