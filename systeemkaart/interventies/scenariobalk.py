"""Scenariobalk: pick the active scenario; create, rename, move and delete scenarios."""

from __future__ import annotations

import streamlit as st

from systeem.model.kaart import Kaart
from systeemkaart import onthouden
from systeemkaart.interventies import scenarios as sc
from systeemkaart.opmaak import md
from systeemkaart.teksten import tekst

#: The scenario selectbox (its value: a place in ``kaart.scenarios``).
KIES = "iv_scenario"
#: The buttons that move the active scenario: key, icon, step.
SCHUIVEN = (("op", ":material/arrow_upward:", -1), ("neer", ":material/arrow_downward:", 1))


def toon(kaart: Kaart, taal: str) -> int | None:
    """Draw the bar; return the place of the active scenario (None: there is none)."""
    scenarios = kaart.scenarios
    plek = sc.actief(scenarios)
    with st.container(border=True, key="iv_scenariobalk"):
        if plek is not None:
            _kies(kaart, plek, taal)
        kol = st.columns([5, 2, 2], vertical_alignment="bottom", gap="small")
        kol[0].text_input(
            tekst("interventies.scenario.naam", taal),
            key=sc.NAAM,
            help=tekst("interventies.scenario.naam_hulp", taal),
            placeholder=sc.standaardnaam(scenarios, taal),
            max_chars=80,
        )
        kol[1].button(
            tekst("interventies.scenario.nieuw", taal),
            key="iv_scenario_nieuw",
            on_click=sc.nieuw,
            icon=":material/add:",
            width="stretch",
        )
        kol[2].button(
            tekst("interventies.scenario.hernoem", taal),
            key="iv_scenario_hernoem",
            on_click=sc.hernoem,
            args=(plek,),
            icon=":material/edit:",
            disabled=plek is None,
            width="stretch",
        )
        fout = st.session_state.pop(sc.FOUT, None)
        if fout:
            st.error(md(fout))
    return plek


def _kies(kaart: Kaart, plek: int, taal: str) -> None:
    """The scenario picker with its up, down and delete buttons."""
    namen = [s.naam for s in kaart.scenarios]
    kol = st.columns([5, 1, 1, 1], vertical_alignment="bottom", gap="small")
    onthouden.toon(KIES, plek)
    kol[0].selectbox(
        tekst("interventies.scenario.kies", taal),
        range(len(namen)),
        format_func=namen.__getitem__,
        **onthouden.koppel(KIES, sc.GEKOZEN, lambda p: (p, namen[p])),
    )
    for k, (sleutel, icoon, stap) in zip(kol[1:3], SCHUIVEN, strict=True):
        k.button(
            "",
            key=f"iv_scenario_{sleutel}",
            icon=icoon,
            help=tekst(f"interventies.scenario.{sleutel}", taal),
            on_click=sc.schuif,
            args=(plek, stap),
            disabled=not 0 <= plek + stap < len(namen),
            width="stretch",
        )
    kol[3].button(
        "",
        key="iv_scenario_weg",
        icon=":material/delete:",
        help=tekst("interventies.scenario.weg", taal),
        on_click=sc.verwijder,
        args=(plek,),
        width="stretch",
    )
