"""Scenariobalk: pick the active scenario; create, rename, move and delete scenarios."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

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


def schuifknoppen(
    kolommen: Sequence[Any],
    plek: int,
    aantal: int,
    sleutel: str,
    hulp: str,
    taal: str,
    bij_klik: Callable[..., None],
    args: tuple,
    **opties: Any,
) -> None:
    """The up and down buttons of the item at ``plek`` of ``aantal``, one in each of the
    two ``kolommen``: ``sleutel`` and the text key ``hulp`` with ``op`` or ``neer`` filled
    in; a click calls ``bij_klik(*args, step)``."""
    for kolom, (naam, icoon, stap) in zip(kolommen, SCHUIVEN, strict=True):
        kolom.button(
            "",
            key=sleutel.format(naam),
            icon=icoon,
            help=tekst(hulp.format(naam), taal),
            on_click=bij_klik,
            args=(*args, stap),
            disabled=not 0 <= plek + stap < aantal,
            **opties,
        )


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
    schuifknoppen(
        kol[1:3],
        plek,
        len(namen),
        "iv_scenario_{}",
        "interventies.scenario.{}",
        taal,
        sc.schuif,
        (plek,),
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
