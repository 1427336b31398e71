"""Interventies: try what-if moves on the kaart and watch the balance move.

Three tabs:

- **Scenario**: pick, create, rename, order and delete the kaart's scenarios
  (:mod:`systeem.model.scenario`); list the interventies of the active one (switch each on or
  off, reorder, remove; a move that cannot apply says why); one-click suggestions
  (:mod:`systeem.analyses.suggesties`) and a form for every move; and, the heart of the page,
  before and after side by side: the whole-system figures with their change, an arrow
  per partner from its balans before to its balans after, the partners that change
  klasse, and the map of the scenario with the changed stromen highlighted.
- **Wat als ... vertrekt**: which partners lose which stromen, which afhankelijkheden
  break, whether the network falls apart (:func:`systeem.analyses.netwerk.vertrek`), how the
  balans of the others moves; keep it as a scenario in one click.
- **Macht en invloed**: the dependency asymmetry per pair, the partners many depend on,
  the one-sided dependencies (:mod:`systeem.analyses.afhankelijkheid`) and the invloed x balans
  kwadranten with a debrief text per kwadrant (:mod:`systeem.analyses.kwadrant`).

Scenarios are stored with the kaart: every change goes through
:func:`systeemkaart.staat.zet_kaart`, so it is saved at once, can be undone and survives a
refresh.  The page reads the state, calls the core and lays out; the parts are in
:mod:`systeemkaart.interventies`, the charts in :mod:`systeemkaart.grafieken`.
"""

from __future__ import annotations

import streamlit as st

from systeem.analyses import interventies
from systeem.model.kaart import Kaart
from systeem.weergave import html
from systeemkaart import bewaren, staat
from systeemkaart.interventies import (
    formulier,
    macht,
    scenariobalk,
    scenarios,
    vertrek,
    voor_en_na,
    voorstellen,
    zetten,
)
from systeemkaart.opmaak import md
from systeemkaart.teksten import tekst


def toon() -> None:
    """Draw the page."""
    taal = staat.taal()
    kaart = staat.kaart()
    drempel = staat.drempel()
    st.title(tekst("interventies.titel", taal))
    st.caption(tekst("interventies.uitleg", taal))
    st.info(tekst("interventies.inschatting", taal), icon=":material/info:")
    bewaren.knoppen()
    melding = st.session_state.pop(scenarios.MELDING, None)
    if melding:
        st.toast(md(melding))
    scenario_tab, vertrek_tab, macht_tab = st.tabs(
        [tekst(f"interventies.tab.{t}", taal) for t in ("scenario", "vertrek", "macht")]
    )
    with scenario_tab:
        _scenario(kaart, drempel, taal)
    with vertrek_tab:
        vertrek.toon(kaart, drempel, taal)
    with macht_tab:
        macht.toon(kaart, drempel, taal)


def _scenario(kaart: Kaart, drempel: float, taal: str) -> None:
    """The scenario tab: the bar, the moves, suggestions and the form beside before and
    after, and the map of the scenario under them."""
    plek = scenariobalk.toon(kaart, taal)
    scenario = kaart.scenarios[plek] if plek is not None else None
    uitkomst = interventies.toepassen(kaart, scenario, taal) if scenario is not None else None
    links, rechts = st.columns([2, 3], gap="large")
    with links:
        if scenario is None:
            st.info(tekst("interventies.leeg", taal))
        else:
            zetten.toon(kaart, plek, uitkomst, taal)
        voorstellen.toon(kaart if uitkomst is None else uitkomst.kaart, drempel, plek, taal)
        formulier.toon(kaart, plek, taal)
    with rechts:
        if scenario is None:
            st.subheader(tekst("interventies.voor_na.kop", taal))
            st.info(tekst("interventies.voor_na.leeg", taal))
        else:
            voor_en_na.toon(kaart, uitkomst, drempel, taal)
    if scenario is not None:
        st.subheader(tekst("interventies.kaart.kop", taal, naam=md(scenario.naam)))
        st.caption(tekst("interventies.kaart.uitleg", taal))
        kaartbeeld = html(
            uitkomst.kaart,
            drempel=drempel,
            taal=taal,
            gewijzigd=uitkomst.gewijzigd,
            hoogte=680,
            kop=True,
        )
        st.iframe(kaartbeeld, height=720)


toon()
