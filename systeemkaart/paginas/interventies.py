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
refresh.  The active scenario is remembered in the session by place and name; when the
list changes under it (undo, another tab), the page keeps the scenario of that name, or
the one now at its place.

The page only calls the core and draws; it computes no balance itself.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable

import altair as alt
import numpy as np
import pandas as pd
import streamlit as st

from systeem.analyses import (
    afhankelijkheid,
    interventies,
    kwadrant,
    netwerk,
    suggesties,
    vergelijking,
)
from systeem.analyses import balans as balans_mod
from systeem.bestanden.tabellen import nieuw_id
from systeem.model.kaart import OPGAVE, PARTNER_TYPES, SOORTEN, Kaart
from systeem.model.scenario import (
    RICHTINGEN,
    SLEUTELS,
    Ambitie,
    Bijdrage,
    Compensatie,
    DerdePartij,
    DerdeStroom,
    Interventie,
    Kostenverdeling,
    Scenario,
    Vertrek,
)
from systeem.model.validatie import KaartFout, valideer
from systeem.weergave import KLASSE_KLEUREN, html
from systeemkaart import bewaren, staat
from systeemkaart.grafiek import (
    LETTER,
    MATRIX_MAX,
    PAREN_MAX,
    TITEL_LETTER,
    klasse_schaal,
    klasse_tekst,
    partner_as,
    per_partner,
)
from systeemkaart.opmaak import md
from systeemkaart.teksten import getal, tekst, woord

# Session keys of this page.
KIES = "iv_scenario"  # the scenario selectbox (index into kaart.scenarios)
GEKOZEN = "iv_gekozen"  # the active scenario's name, kept across pages
PLEK = "iv_plek"  # ... and its place
NAAM = "iv_naam"  # the name field for a new or renamed scenario
MELDING = "iv_melding"  # a message for the next run (toast)
FOUT = "iv_fout"  # a refused scenario action, shown once under the scenario bar
ZET = "iv_zet"  # the move the form is for
SLEUTEL = "iv_sleutel"  # the cost-sharing key the form is for
VERTREK = "iv_vertrek"  # the partner of "wat als ... vertrekt"

#: The moves in the order the form offers them.
ZETTEN = ("ambitie", "bijdrage", "compenseren", "derde", "kostenverdeling", "vertrek")
#: The "in balans" band and the colour scale ends of the asymmetry matrix.
BAND = "#009E73"
AFHANKELIJK, NEUTRAAL, MACHTIG = (
    KLASSE_KLEUREN[balans_mod.GEEFT_VEEL_MEER],
    "#F2F2F2",
    KLASSE_KLEUREN[balans_mod.HAALT_VEEL_MEER],
)


#: Above this many suggestions the list shows the first ones and a partner picker.
VOORSTELLEN_MAX = 12


def toon() -> None:
    """Draw the page."""
    taal = staat.taal()
    kaart = staat.kaart()
    drempel = staat.drempel()
    st.title(tekst("interventies.titel", taal))
    st.caption(tekst("interventies.uitleg", taal))
    st.info(tekst("interventies.inschatting", taal), icon=":material/info:")
    bewaren.knoppen()
    melding = st.session_state.pop(MELDING, None)
    if melding:
        st.toast(md(melding))
    scenario_tab, vertrek_tab, macht_tab = st.tabs(
        [tekst(f"interventies.tab.{t}", taal) for t in ("scenario", "vertrek", "macht")]
    )
    with scenario_tab:
        _scenario(kaart, drempel, taal)
    with vertrek_tab:
        _vertrek(kaart, drempel, taal)
    with macht_tab:
        _macht(kaart, drempel, taal)


# ---------------------------------------------------------------------------
# Scenario tab.


def _scenario(kaart: Kaart, drempel: float, taal: str) -> None:
    plek = _scenariobalk(kaart, taal)
    scenario = kaart.scenarios[plek] if plek is not None else None
    uitkomst = interventies.toepassen(kaart, scenario, taal) if scenario is not None else None
    links, rechts = st.columns([2, 3], gap="large")
    with links:
        if scenario is None:
            st.info(tekst("interventies.leeg", taal))
        else:
            _lijst(kaart, plek, uitkomst, taal)
        _voorstellen(kaart if uitkomst is None else uitkomst.kaart, drempel, plek, taal)
        _formulier(kaart, plek, taal)
    with rechts:
        if scenario is None:
            st.subheader(tekst("interventies.voor_na.kop", taal))
            st.info(tekst("interventies.voor_na.leeg", taal))
        else:
            _voor_en_na(kaart, uitkomst, drempel, taal)
    if scenario is not None:
        st.subheader(tekst("interventies.kaart.kop", taal, naam=md(scenario.naam)))
        st.caption(tekst("interventies.kaart.uitleg", taal))
        st.iframe(
            html(
                uitkomst.kaart,
                drempel=drempel,
                taal=taal,
                gewijzigd=uitkomst.gewijzigd,
                hoogte=680,
                kop=True,
            ),
            height=720,
        )


def _scenariobalk(kaart: Kaart, taal: str) -> int | None:
    """Pick the active scenario; create, rename, move and delete.  Returns its place."""
    scenarios = kaart.scenarios
    plek = _actieve_plek(scenarios)
    with st.container(border=True, key="iv_scenariobalk"):
        if plek is not None:
            namen = [s.naam for s in scenarios]
            if st.session_state.get(KIES) != plek:
                st.session_state[KIES] = plek
            kol = st.columns([5, 1, 1, 1], vertical_alignment="bottom", gap="small")
            kol[0].selectbox(
                tekst("interventies.scenario.kies", taal),
                range(len(namen)),
                format_func=namen.__getitem__,
                key=KIES,
                on_change=_gekozen,
            )
            for k, (sleutel, icoon, stap) in zip(
                kol[1:3],
                (("op", ":material/arrow_upward:", -1), ("neer", ":material/arrow_downward:", 1)),
                strict=True,
            ):
                k.button(
                    "",
                    key=f"iv_scenario_{sleutel}",
                    icon=icoon,
                    help=tekst(f"interventies.scenario.{sleutel}", taal),
                    on_click=_schuif_scenario,
                    args=(plek, stap),
                    disabled=not 0 <= plek + stap < len(namen),
                    width="stretch",
                )
            kol[3].button(
                "",
                key="iv_scenario_weg",
                icon=":material/delete:",
                help=tekst("interventies.scenario.weg", taal),
                on_click=_verwijder_scenario,
                args=(plek,),
                width="stretch",
            )
        kol = st.columns([5, 2, 2], vertical_alignment="bottom", gap="small")
        kol[0].text_input(
            tekst("interventies.scenario.naam", taal),
            key=NAAM,
            help=tekst("interventies.scenario.naam_hulp", taal),
            placeholder=_vrije_naam(scenarios, taal),
            max_chars=80,
        )
        kol[1].button(
            tekst("interventies.scenario.nieuw", taal),
            key="iv_scenario_nieuw",
            on_click=_nieuw_scenario,
            icon=":material/add:",
            width="stretch",
        )
        kol[2].button(
            tekst("interventies.scenario.hernoem", taal),
            key="iv_scenario_hernoem",
            on_click=_hernoem_scenario,
            args=(plek,),
            icon=":material/edit:",
            disabled=plek is None,
            width="stretch",
        )
        fout = st.session_state.pop(FOUT, None)
        if fout:
            st.error(md(fout))
    return plek


def _actieve_plek(scenarios: tuple[Scenario, ...]) -> int | None:
    """The place of the active scenario: the remembered one if it is still at its place,
    else the scenario with its name, else the one now at its place (or the last)."""
    if not scenarios:
        return None
    namen = [s.naam for s in scenarios]
    plek, naam = st.session_state.get(PLEK), st.session_state.get(GEKOZEN)
    if not isinstance(plek, int):
        plek = 0
    if not (0 <= plek < len(namen) and namen[plek] == naam):
        plek = namen.index(naam) if naam in namen else min(max(plek, 0), len(namen) - 1)
    _onthoud(plek, scenarios)
    return plek


def _onthoud(plek: int, scenarios: tuple[Scenario, ...]) -> None:
    st.session_state[PLEK], st.session_state[GEKOZEN] = plek, scenarios[plek].naam


def _gekozen() -> None:
    """The user picked another scenario in the selectbox."""
    scenarios = staat.kaart().scenarios
    plek = st.session_state.get(KIES)
    if isinstance(plek, int) and 0 <= plek < len(scenarios):
        _onthoud(plek, scenarios)


def _vrije_naam(scenarios: tuple[Scenario, ...], taal: str, basis: str | None = None) -> str:
    """A name no scenario has yet: "Scenario 3", or ``basis``, "basis (2)", ..."""
    bezet = {s.naam for s in scenarios}
    if basis is None:
        n = len(scenarios) + 1
        while tekst("interventies.scenario.standaard", taal, n=n) in bezet:
            n += 1
        return tekst("interventies.scenario.standaard", taal, n=n)
    naam, n = basis, 2
    while naam in bezet:
        naam, n = f"{basis} ({n})", n + 1
    return naam


def _bewaar(scenarios: tuple[Scenario, ...], melding: str, actief: int | None = None) -> bool:
    """Store the kaart with ``scenarios`` (autosave, undoable); make ``actief`` the active
    scenario and leave ``melding`` for the next run."""
    gelukt = staat.zet_kaart(staat.kaart().met(scenarios=tuple(scenarios)))
    if actief is not None and 0 <= actief < len(scenarios):
        _onthoud(actief, scenarios)
    if gelukt:
        st.session_state[MELDING] = melding
    return gelukt


def _nieuw_scenario(zetten: tuple[Interventie, ...] = (), naam: str | None = None) -> None:
    """Add a scenario (named from the name field, else "Scenario n") and make it active."""
    taal, scenarios = staat.taal(), staat.kaart().scenarios
    uit_veld = naam is None
    if naam is None:
        naam = str(st.session_state.get(NAAM) or "").strip() or _vrije_naam(scenarios, taal)
    if naam in {s.naam for s in scenarios}:
        st.session_state[FOUT] = tekst("interventies.scenario.bestaat", taal, naam=naam)
        return
    if uit_veld:
        st.session_state[NAAM] = ""
    nieuw = (*scenarios, Scenario(naam, tuple(zetten)))
    _bewaar(nieuw, tekst("interventies.scenario.gemaakt", taal, naam=naam), len(nieuw) - 1)


def _hernoem_scenario(plek: int | None) -> None:
    taal, scenarios = staat.taal(), staat.kaart().scenarios
    if plek is None or plek >= len(scenarios):
        return
    naam = str(st.session_state.get(NAAM) or "").strip()
    if not naam:
        st.session_state[FOUT] = tekst("interventies.scenario.naam_leeg", taal)
        return
    if naam in {s.naam for i, s in enumerate(scenarios) if i != plek}:
        st.session_state[FOUT] = tekst("interventies.scenario.bestaat", taal, naam=naam)
        return
    st.session_state[NAAM] = ""
    oud = scenarios[plek].naam
    nieuw = _vervang(scenarios, plek, scenarios[plek].met(naam=naam))
    _bewaar(nieuw, tekst("interventies.scenario.hernoemd", taal, oud=oud, naam=naam), plek)


def _schuif_scenario(plek: int, stap: int) -> None:
    scenarios = staat.kaart().scenarios
    if 0 <= plek < len(scenarios) and 0 <= plek + stap < len(scenarios):
        nieuw = _gewisseld(scenarios, plek, plek + stap)
        naam = scenarios[plek].naam
        _bewaar(
            nieuw, tekst("interventies.scenario.verplaatst", staat.taal(), naam=naam), plek + stap
        )


def _verwijder_scenario(plek: int) -> None:
    scenarios = staat.kaart().scenarios
    if not 0 <= plek < len(scenarios):
        return
    naam = scenarios[plek].naam
    nieuw = scenarios[:plek] + scenarios[plek + 1 :]
    actief = min(plek, len(nieuw) - 1) if nieuw else None
    _bewaar(nieuw, tekst("interventies.scenario.verwijderd", staat.taal(), naam=naam), actief)


def _vervang(reeks: tuple, plek: int, nieuw: object) -> tuple:
    return (*reeks[:plek], nieuw, *reeks[plek + 1 :])


def _gewisseld(reeks: tuple, i: int, j: int) -> tuple:
    lijst = list(reeks)
    lijst[i], lijst[j] = lijst[j], lijst[i]
    return tuple(lijst)


# ---------------------------------------------------------------------------
# The interventies of the active scenario.


def _lijst(kaart: Kaart, plek: int, uitkomst: interventies.Uitkomst, taal: str) -> None:
    scenario = kaart.scenarios[plek]
    st.subheader(tekst("interventies.lijst.kop", taal))
    if not scenario.interventies:
        st.caption(tekst("interventies.lijst.leeg", taal))
        return
    # Names of third parties added earlier in the scenario, for the sentences.
    extra = uitkomst.kaart.partners[~uitkomst.kaart.partners["id"].isin(kaart.partners["id"])]
    namen_kaart = kaart.met(partners=pd.concat([kaart.partners, extra], ignore_index=True))
    versie = st.session_state.get(staat.VERSIE, 0)
    laatste = len(scenario.interventies) - 1
    for stap in uitkomst.stappen:
        i, zet = stap.nr, stap.interventie
        with st.container(border=True, key=f"iv_rij_{i}"):
            kol = st.columns([1.5, 6, 0.8, 0.8, 0.8], vertical_alignment="center", gap="small")
            sleutel = f"iv_aan_{versie}_{i}"
            kol[0].checkbox(
                tekst("interventies.aan", taal),
                value=zet.aan,
                key=sleutel,
                on_change=_zet_aan,
                args=(plek, i, sleutel),
            )
            kol[1].markdown(md(interventies.beschrijving(zet, namen_kaart, taal)))
            if not stap.toegepast:
                icoon = "" if not zet.aan else ":material/warning: "
                kol[1].caption(icoon + md(stap.melding))
            for k, (naam, icoon, richting) in zip(
                kol[2:4],
                (("op", ":material/arrow_upward:", -1), ("neer", ":material/arrow_downward:", 1)),
                strict=True,
            ):
                k.button(
                    "",
                    key=f"iv_{naam}_{i}",
                    icon=icoon,
                    help=tekst(f"interventies.{naam}", taal),
                    on_click=_schuif,
                    args=(plek, i, richting),
                    disabled=not 0 <= i + richting <= laatste,
                )
            kol[4].button(
                "",
                key=f"iv_weg_{i}",
                icon=":material/close:",
                help=tekst("interventies.weg", taal),
                on_click=_verwijder,
                args=(plek, i),
            )


def _met_scenario(plek: int, wijzig: Callable[[Scenario], Scenario], melding: str) -> None:
    """Change the scenario at ``plek`` (if it is still there) and store the kaart."""
    scenarios = staat.kaart().scenarios
    if 0 <= plek < len(scenarios):
        _bewaar(_vervang(scenarios, plek, wijzig(scenarios[plek])), melding, plek)


def _zet_aan(plek: int, i: int, sleutel: str) -> None:
    aan = bool(st.session_state.get(sleutel))

    def wijzig(s: Scenario) -> Scenario:
        if i >= len(s.interventies):
            return s
        zet = dataclasses.replace(s.interventies[i], aan=aan)
        return s.met(interventies=_vervang(s.interventies, i, zet))

    taal = staat.taal()
    _met_scenario(
        plek, wijzig, tekst("interventies.aangezet" if aan else "interventies.uitgezet", taal)
    )


def _schuif(plek: int, i: int, stap: int) -> None:
    def wijzig(s: Scenario) -> Scenario:
        if not (0 <= i < len(s.interventies) and 0 <= i + stap < len(s.interventies)):
            return s
        return s.met(interventies=_gewisseld(s.interventies, i, i + stap))

    _met_scenario(plek, wijzig, tekst("interventies.verplaatst", staat.taal()))


def _verwijder(plek: int, i: int) -> None:
    def wijzig(s: Scenario) -> Scenario:
        return s.met(interventies=s.interventies[:i] + s.interventies[i + 1 :])

    _met_scenario(plek, wijzig, tekst("interventies.verwijderd", staat.taal()))


def _voeg_toe(plek: int | None, zet: Interventie) -> None:
    """Append ``zet`` to the active scenario; start "Scenario 1" when there is none."""
    taal, scenarios = staat.taal(), staat.kaart().scenarios
    if plek is None or not 0 <= plek < len(scenarios):
        _nieuw_scenario((zet,), naam=_vrije_naam(scenarios, taal))
        return

    def wijzig(s: Scenario) -> Scenario:
        return s.met(interventies=(*s.interventies, zet))

    _met_scenario(plek, wijzig, tekst("interventies.toegevoegd", taal, naam=scenarios[plek].naam))


# ---------------------------------------------------------------------------
# Suggestions.


def _voorstellen(kaart: Kaart, drempel: float, plek: int | None, taal: str) -> None:
    """The suggestions for ``kaart`` as the active scenario leaves it: one added to the
    scenario brings its partner in balance there, so it is gone from the list."""
    st.subheader(tekst("interventies.voorstellen.kop", taal))
    st.caption(tekst("interventies.voorstellen.uitleg", taal))
    tabel = balans_mod.balans(kaart, drempel)
    uit = tabel.index[tabel["klasse"].isin(balans_mod.UIT_BALANS)].tolist()
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
                on_click=_voeg_toe,
                args=(plek, suggestie.interventie),
                icon=":material/add:",
            )


# ---------------------------------------------------------------------------
# The form: one move with its parameters.


class _Invoerfout(ValueError):
    """The form's input is not usable; ``regels`` say which field and why (in the UI language)."""

    def __init__(self, regels: list[str]):
        self.regels = regels
        super().__init__("; ".join(regels))


def _formulier(kaart: Kaart, plek: int | None, taal: str) -> None:
    st.subheader(tekst("interventies.nieuw.kop", taal))
    zet = st.selectbox(
        tekst("interventies.nieuw.zet", taal),
        ZETTEN,
        format_func=lambda z: tekst(f"zet.{z}", taal),
        key=ZET,
    )
    st.caption(tekst(f"interventies.nieuw.uitleg.{zet}", taal))
    sleutel = None
    if zet == "kostenverdeling":
        sleutel = st.selectbox(
            tekst("interventies.veld.sleutel", taal),
            SLEUTELS,
            format_func=lambda s: tekst(f"interventies.sleutel.{s}", taal),
            key=SLEUTEL,
        )
    if not len(kaart.partners) and zet != "derde":
        st.info(tekst("interventies.nieuw.geen_partners", taal))
        return
    with st.form(f"iv_form_{zet}", border=True):
        bouw = _VELDEN[zet](kaart, taal, sleutel)
        verstuurd = st.form_submit_button(
            tekst("interventies.nieuw.knop", taal), type="primary", icon=":material/add:"
        )
    if not verstuurd:
        return
    try:
        nieuw = bouw()
    except _Invoerfout as fout:
        _toon_fout(fout.regels, taal)
        return
    scenarios = kaart.scenarios
    if plek is None:
        naam = _vrije_naam(scenarios, taal)
        scenarios, actief = (*scenarios, Scenario(naam, (nieuw,))), len(scenarios)
    else:
        naam, actief = scenarios[plek].naam, plek
        scenario = scenarios[plek]
        scenarios = _vervang(
            scenarios, plek, scenario.met(interventies=(*scenario.interventies, nieuw))
        )
    try:
        valideer(kaart.met(scenarios=scenarios).naar_dict())
    except KaartFout as fout:
        _toon_fout([p.rij_tekst() for p in fout.problemen], taal)
        return
    _bewaar(scenarios, tekst("interventies.toegevoegd", taal, naam=naam), actief)
    st.rerun()


def _toon_fout(regels: list[str], taal: str) -> None:
    st.error("\n".join([tekst("interventies.fout.kop", taal), "", *(f"- {md(r)}" for r in regels)]))


def _veld(naam: str, taal: str) -> str:
    return tekst(f"interventies.veld.{naam}", taal)


def _namen(kaart: Kaart, taal: str) -> dict[str, str]:
    """Node id -> name, the opgave by its text."""
    return {**kaart.namen(), OPGAVE: kaart.opgave or tekst("opgave", taal)}


def _soorten(kaart: Kaart) -> list[str]:
    """The suggested soorten, then those on the kaart that are not among them."""
    return [*SOORTEN, *sorted(set(kaart.stromen["soort"]) - set(SOORTEN))]


def _partner(
    kaart: Kaart, taal: str, zet: str, veld: str, *, opgave: bool = False, index: int | None = None
) -> str | None:
    namen = _namen(kaart, taal)
    ids = ([OPGAVE] if opgave else []) + kaart.partners["id"].tolist()
    return st.selectbox(
        _veld(veld, taal),
        ids,
        index=index,
        format_func=namen.get,
        placeholder=tekst("interventies.kies", taal),
        key=f"iv_{zet}_{veld}",
    )


def _soort(kaart: Kaart, taal: str, zet: str, veld: str, standaard: str | None) -> str | None:
    soorten = _soorten(kaart)
    return st.selectbox(
        _veld(veld, taal),
        soorten,
        index=soorten.index(standaard) if standaard in soorten else None,
        format_func=lambda s: woord("soort", s, taal),
        placeholder=tekst("interventies.kies", taal),
        accept_new_options=True,
        key=f"iv_{zet}_{veld}",
    )


def _nodig(waarde: object, veld: str, taal: str, fouten: list[str]) -> None:
    if waarde is None or (isinstance(waarde, str) and not waarde.strip()):
        fouten.append(tekst("interventies.fout.leeg", taal, veld=_veld(veld, taal)))


def _klaar(fouten: list[str]) -> None:
    if fouten:
        raise _Invoerfout(fouten)


def _velden_ambitie(kaart: Kaart, taal: str, _sleutel: str | None) -> Callable[[], Interventie]:
    namen = _namen(kaart, taal)
    partners = st.multiselect(
        _veld("partners", taal),
        kaart.partners["id"].tolist(),
        format_func=namen.get,
        placeholder=tekst("interventies.alle", taal),
        key="iv_ambitie_partners",
    )
    kol = st.columns(2)
    with kol[0]:
        procent = st.number_input(
            _veld("factor_terug", taal),
            -100,
            400,
            0,
            5,
            key="iv_ambitie_procent",
            help=tekst("interventies.veld.procent_hulp", taal),
        )
    with kol[1]:
        waarde = st.number_input(
            _veld("waarde_voordeel", taal),
            0,
            5,
            0,
            1,
            key="iv_ambitie_waarde",
            help=tekst("interventies.veld.waarde_voordeel_hulp", taal),
        )
    soort = _soort(kaart, taal, "ambitie", "soort_voordeel", "overig")
    omschrijving = st.text_input(_veld("omschrijving", taal), key="iv_ambitie_omschrijving")

    def bouw() -> Interventie:
        fouten: list[str] = []
        if procent == 0 and waarde == 0:
            fouten.append(tekst("interventies.fout.ambitie_niets", taal))
        if waarde > 0:
            _nodig(soort, "soort_voordeel", taal, fouten)
        _klaar(fouten)
        return Ambitie(
            factor=1 + procent / 100,
            partners=tuple(partners),
            soort=(soort or "").strip().lower() if waarde > 0 else "",
            waarde=int(waarde),
            omschrijving=omschrijving.strip(),
        )

    return bouw


def _velden_bijdrage(kaart: Kaart, taal: str, _sleutel: str | None) -> Callable[[], Interventie]:
    partner = _partner(kaart, taal, "bijdrage", "partner")
    hoe = st.radio(
        _veld("hoe", taal),
        ("punten", "factor"),
        format_func=lambda h: tekst(f"interventies.veld.hoe.{h}", taal),
        horizontal=True,
        key="iv_bijdrage_hoe",
    )
    kol = st.columns(2)
    with kol[0]:
        punten = st.number_input(
            _veld("punten_bijdrage", taal),
            -suggesties.MAX_PUNTEN,
            suggesties.MAX_PUNTEN,
            -1,
            1,
            key="iv_bijdrage_punten",
            help=tekst("interventies.veld.punten_bijdrage_hulp", taal),
        )
    with kol[1]:
        procent = st.number_input(
            _veld("factor", taal),
            -100,
            400,
            0,
            5,
            key="iv_bijdrage_procent",
            help=tekst("interventies.veld.procent_hulp", taal),
        )
    kol = st.columns(2)
    with kol[0]:
        naar = _partner(kaart, taal, "bijdrage", "naar", opgave=True)
    with kol[1]:
        soort = _soort(kaart, taal, "bijdrage", "soort_filter", None)

    def bouw() -> Interventie:
        fouten: list[str] = []
        _nodig(partner, "partner", taal, fouten)
        if hoe == "punten" and punten == 0:
            fouten.append(tekst("interventies.fout.nul", taal, veld=_veld("punten_bijdrage", taal)))
        if hoe == "factor" and procent == 0:
            fouten.append(tekst("interventies.fout.factor_een", taal, veld=_veld("factor", taal)))
        if naar is not None and naar == partner:
            fouten.append(tekst("interventies.fout.zelfde", taal, veld=_veld("naar", taal)))
        _klaar(fouten)
        return Bijdrage(
            partner=partner,
            factor=1 + procent / 100 if hoe == "factor" else None,
            punten=int(punten) if hoe == "punten" else None,
            naar=naar or "",
            soort=(soort or "").strip().lower(),
        )

    return bouw


def _velden_compenseren(kaart: Kaart, taal: str, _sleutel: str | None) -> Callable[[], Interventie]:
    kol = st.columns(2)
    with kol[0]:
        partner = _partner(kaart, taal, "compenseren", "ontvanger")
    with kol[1]:
        van = _partner(kaart, taal, "compenseren", "van", opgave=True, index=0)
    kol = st.columns(2)
    with kol[0]:
        soort = _soort(kaart, taal, "compenseren", "soort", "geld")
    with kol[1]:
        punten = st.number_input(
            _veld("punten", taal),
            1,
            suggesties.MAX_PUNTEN,
            1,
            1,
            key="iv_compenseren_punten",
            help=tekst("interventies.veld.punten_hulp", taal),
        )
    omschrijving = st.text_input(_veld("omschrijving", taal), key="iv_compenseren_omschrijving")

    def bouw() -> Interventie:
        fouten: list[str] = []
        _nodig(partner, "ontvanger", taal, fouten)
        _nodig(van, "van", taal, fouten)
        _nodig(soort, "soort", taal, fouten)
        if partner is not None and van == partner:
            fouten.append(tekst("interventies.fout.zelfde", taal, veld=_veld("van", taal)))
        _klaar(fouten)
        return Compensatie(
            partner=partner,
            van=van,
            soort=soort.strip().lower(),
            punten=int(punten),
            omschrijving=omschrijving.strip(),
        )

    return bouw


def _velden_derde(kaart: Kaart, taal: str, _sleutel: str | None) -> Callable[[], Interventie]:
    namen = _namen(kaart, taal)
    kol = st.columns([3, 2])
    with kol[0]:
        naam = st.text_input(_veld("naam_derde", taal), key="iv_derde_naam", max_chars=80)
    with kol[1]:
        soort_partij = st.selectbox(
            _veld("type", taal),
            PARTNER_TYPES,
            format_func=lambda t: tekst(f"interventies.type.{t}", taal),
            key="iv_derde_type",
        )
    kol = st.columns([3, 2])
    with kol[0]:
        sector = st.text_input(_veld("sector", taal), key="iv_derde_sector")
    with kol[1]:
        invloed = st.number_input(
            _veld("invloed", taal),
            0,
            5,
            None,
            1,
            key="iv_derde_invloed",
            placeholder=tekst("interventies.onbekend", taal),
        )
    st.caption(tekst("interventies.veld.stromen_uitleg", taal))
    knopen = [OPGAVE, *kaart.partners["id"]]
    cc = st.column_config
    tabel = st.data_editor(
        pd.DataFrame(
            {
                "richting": ["brengt"],
                "met": [OPGAVE],
                "soort": ["geld"],
                "waarde": [3],
                "omschrijving": [""],
            }
        ),
        key="iv_derde_stromen",
        num_rows="dynamic",
        hide_index=True,
        width="stretch",
        column_config={
            "richting": cc.SelectboxColumn(
                _veld("richting", taal),
                options=list(RICHTINGEN),
                format_func=lambda r: tekst(f"interventies.richting.{r}", taal),
                required=True,
                default="brengt",
            ),
            "met": cc.SelectboxColumn(
                _veld("met", taal), options=knopen, format_func=namen.get, required=True
            ),
            "soort": cc.SelectboxColumn(
                _veld("soort", taal),
                options=_soorten(kaart),
                format_func=lambda s: woord("soort", s, taal),
                required=True,
                default="geld",
            ),
            "waarde": cc.NumberColumn(
                _veld("waarde", taal), min_value=1, max_value=5, step=1, required=True, default=3
            ),
            "omschrijving": cc.TextColumn(_veld("omschrijving", taal)),
        },
    )

    def bouw() -> Interventie:
        fouten: list[str] = []
        _nodig(naam, "naam_derde", taal, fouten)
        if naam.strip() and naam.strip() in set(kaart.partners["naam"]):
            fouten.append(tekst("interventies.fout.naam_bezet", taal, naam=naam.strip()))
        stromen = []
        gevuld = tabel.dropna(how="all", subset=["met", "soort", "waarde"])
        for rij, r in enumerate(gevuld.itertuples(index=False), start=1):
            waarde = r.waarde
            slecht = [
                (veld, sleutel)
                for veld, sleutel, fout in (
                    ("richting", "interventies.fout.kies", r.richting not in RICHTINGEN),
                    ("met", "interventies.fout.kies", r.met not in knopen),
                    (
                        "soort",
                        "interventies.fout.kies",
                        not isinstance(r.soort, str) or not r.soort.strip(),
                    ),
                    (
                        "waarde",
                        "interventies.fout.waarde",
                        _leeg(waarde) or waarde != int(waarde) or not 1 <= waarde <= 5,
                    ),
                )
                if fout
            ]
            plek = tekst("interventies.fout.rij", taal, rij=rij)
            fouten += [f"{plek}, {_veld(v, taal)}: {tekst(k, taal)}" for v, k in slecht]
            if not slecht:
                stromen.append(
                    DerdeStroom(
                        met=r.met,
                        soort=r.soort.strip().lower(),
                        waarde=int(waarde),
                        richting=r.richting,
                        omschrijving="" if _leeg(r.omschrijving) else str(r.omschrijving).strip(),
                    )
                )
        _klaar(fouten)
        bezet = {*kaart.partners["id"], OPGAVE} | {
            z.id for s in kaart.scenarios for z in s.interventies if isinstance(z, DerdePartij)
        }
        return DerdePartij(
            id=nieuw_id(naam.strip(), bezet),
            naam=naam.strip(),
            type=soort_partij,
            sector=sector.strip(),
            invloed=None if invloed is None else int(invloed),
            stromen=tuple(stromen),
        )

    return bouw


def _velden_kostenverdeling(
    kaart: Kaart, taal: str, sleutel: str | None
) -> Callable[[], Interventie]:
    namen = _namen(kaart, taal)
    partners = st.multiselect(
        _veld("partners_pot", taal),
        kaart.partners["id"].tolist(),
        format_func=namen.get,
        placeholder=tekst("interventies.alle", taal),
        key="iv_kostenverdeling_partners",
    )
    groottes = None
    if sleutel == "grootte":
        st.caption(tekst("interventies.veld.grootte_uitleg", taal))
        groottes = st.data_editor(
            pd.DataFrame(
                {
                    "id": kaart.partners["id"].to_numpy(),
                    "naam": kaart.partners["naam"].to_numpy(),
                    "grootte": kaart.partners["invloed"].astype("Float64").to_numpy(),
                }
            ),
            key=f"iv_kostenverdeling_groottes_{st.session_state.get(staat.VERSIE, 0)}",
            hide_index=True,
            width="stretch",
            column_order=["naam", "grootte"],
            disabled=["naam"],
            column_config={
                "naam": st.column_config.TextColumn(_veld("partner", taal)),
                "grootte": st.column_config.NumberColumn(
                    _veld("grootte", taal), min_value=0.0, max_value=1_000_000.0
                ),
            },
        )

    def bouw() -> Interventie:
        fouten: list[str] = []
        gewichten: tuple[tuple[str, float], ...] = ()
        if groottes is not None:
            for r in groottes.itertuples(index=False):
                if _leeg(r.grootte):
                    continue
                if (
                    not (isinstance(r.grootte, (int, float)) and math.isfinite(r.grootte))
                    or r.grootte < 0
                ):
                    fouten.append(
                        tekst(
                            "interventies.fout.grootte",
                            taal,
                            naam=r.naam,
                            veld=_veld("grootte", taal),
                        )
                    )
                else:
                    gewichten += ((str(r.id), float(r.grootte)),)
        _klaar(fouten)
        return Kostenverdeling(
            sleutel=sleutel or "eigen", partners=tuple(partners), gewichten=gewichten
        )

    return bouw


def _velden_vertrek(kaart: Kaart, taal: str, _sleutel: str | None) -> Callable[[], Interventie]:
    partner = _partner(kaart, taal, "vertrek", "vertrekker")

    def bouw() -> Interventie:
        fouten: list[str] = []
        _nodig(partner, "vertrekker", taal, fouten)
        _klaar(fouten)
        return Vertrek(partner=partner)

    return bouw


_VELDEN: dict[str, Callable[[Kaart, str, str | None], Callable[[], Interventie]]] = {
    "ambitie": _velden_ambitie,
    "bijdrage": _velden_bijdrage,
    "compenseren": _velden_compenseren,
    "derde": _velden_derde,
    "kostenverdeling": _velden_kostenverdeling,
    "vertrek": _velden_vertrek,
}


def _leeg(waarde: object) -> bool:
    return waarde is None or (not isinstance(waarde, str) and bool(pd.isna(waarde)))


# ---------------------------------------------------------------------------
# Before and after.


def _voor_en_na(kaart: Kaart, uitkomst: interventies.Uitkomst, drempel: float, taal: str) -> None:
    st.subheader(tekst("interventies.voor_na.kop", taal))
    vergeleken = vergelijking.vergelijk(kaart, uitkomst.kaart, drempel)
    _cijfers(balans_mod.systeem(kaart, drempel), balans_mod.systeem(uitkomst.kaart, drempel), taal)
    partners = vergeleken.partners
    if partners[["balans_toen", "balans_nu"]].notna().any(axis=None):
        st.caption(tekst("interventies.pijlen.uitleg", taal))
        st.altair_chart(_pijlen(partners, drempel, taal), width="stretch")
    _wissels(partners, taal)


def _cijfers(voor: dict, na: dict, taal: str) -> None:
    """The whole-system figures after the scenario, with the change since before."""
    kol = st.columns(4)

    def aantal(sleutel: str) -> str:
        return str(na[sleutel])

    def was(waarde: str) -> str:
        return tekst("interventies.m.was", taal, waarde=waarde)

    uit = f"{na['uit_balans']} ({na['aandeel_uit_balans']:.0%})"
    kol[0].metric(
        tekst("interventies.m.uit_balans", taal),
        uit,
        delta=na["uit_balans"] - voor["uit_balans"],
        delta_color="inverse",
        delta_description=was(f"{voor['uit_balans']} ({voor['aandeel_uit_balans']:.0%})"),
        help=tekst("interventies.m.uit_balans_hulp", taal),
        border=True,
    )
    for k, klasse in zip(kol[1:3], balans_mod.UIT_BALANS, strict=True):
        k.metric(
            tekst(f"interventies.m.{klasse}", taal),
            aantal(klasse),
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


def _pijlen(partners: pd.DataFrame, drempel: float, taal: str) -> alt.LayerChart:
    """Per partner an arrow from its balans before (grey ring) to after (triangle in the
    colour of its klasse after); the green band is "in balans"."""
    data = partners.reset_index()
    toen, nu = data["balans_toen"], data["balans_nu"]
    data = data.assign(
        klasse_na=data["klasse_nu"].map(lambda k: klasse_tekst(k, taal)),
        klasse_voor=data["klasse_toen"].map(lambda k: klasse_tekst(k, taal)),
        richting=np.select(
            [nu > toen + 1e-9, nu < toen - 1e-9], ["rechts", "links"], default="gelijk"
        ),
    )
    volgorde = data.sort_values(["balans_toen", "balans_nu"], kind="stable", na_position="last")[
        "naam"
    ].tolist()
    schaal = alt.Scale(domain=[-1, 1])
    x = alt.X(
        "balans_nu:Q",
        scale=schaal,
        title=tekst("interventies.pijlen.as", taal),
        axis=_balans_as(taal),
    )
    y = alt.Y("naam:N", sort=volgorde, title=None, axis=partner_as())
    tooltip = [
        alt.Tooltip("naam:N", title=tekst("interventies.kolom.partner", taal)),
        alt.Tooltip(
            "balans_toen:Q", title=tekst("interventies.kolom.balans_voor", taal), format="+.2f"
        ),
        alt.Tooltip(
            "balans_nu:Q", title=tekst("interventies.kolom.balans_na", taal), format="+.2f"
        ),
        alt.Tooltip("klasse_voor:N", title=tekst("interventies.kolom.klasse_voor", taal)),
        alt.Tooltip("klasse_na:N", title=tekst("interventies.kolom.klasse_na", taal)),
    ]
    band = (
        alt.Chart(pd.DataFrame({"van": [-drempel], "tot": [drempel]}))
        .mark_rect(color=BAND, opacity=0.10)
        .encode(x=alt.X("van:Q", scale=schaal), x2="tot:Q")
    )
    nul = (
        alt.Chart(pd.DataFrame({"x": [0]}))
        .mark_rule(color="#777777")
        .encode(x=alt.X("x:Q", scale=schaal))
    )
    beide = data.dropna(subset=["balans_toen", "balans_nu"])
    lijnen = (
        alt.Chart(beide)
        .mark_rule(strokeWidth=3, color="#8A8A8A")
        .encode(x=alt.X("balans_toen:Q", scale=schaal), x2="balans_nu:Q", y=y)
    )
    voor = (
        alt.Chart(data.dropna(subset=["balans_toen"]))
        .mark_point(shape="circle", filled=False, size=150, strokeWidth=2.5, color="#8A8A8A")
        .encode(x=alt.X("balans_toen:Q", scale=schaal), y=y, tooltip=tooltip)
    )
    na = (
        alt.Chart(data.dropna(subset=["balans_nu"]))
        .mark_point(filled=True, size=300, opacity=1, stroke="white", strokeWidth=1)
        .encode(
            x=x,
            y=y,
            color=alt.Color(
                "klasse_na:N",
                scale=klasse_schaal(taal),
                legend=_legenda(data["klasse_nu"], taal),
            ),
            shape=alt.Shape(
                "richting:N",
                scale=alt.Scale(
                    domain=["rechts", "links", "gelijk"],
                    range=["triangle-right", "triangle-left", "diamond"],
                ),
                legend=None,
            ),
            tooltip=tooltip,
        )
    )
    return per_partner(alt.layer(band, nul, lijnen, voor, na), len(volgorde))


def _balans_as(taal: str) -> alt.Axis:
    """The balans axis -1 .. +1, with a decimal comma in Dutch."""
    label = "format(datum.value, '+.1f')"
    return alt.Axis(
        values=[-1, -0.5, 0, 0.5, 1],
        labelExpr=f"replace({label}, '.', ',')" if taal == "nl" else label,
        titleFontSize=TITEL_LETTER,
        labelFontSize=LETTER,
    )


def _legenda(klassen: pd.Series, taal: str) -> alt.Legend:
    """The klasse legend below a chart, listing only the klassen that occur in it."""
    aanwezig = set(klassen.dropna())
    return alt.Legend(
        title=None,
        orient="bottom",
        direction="horizontal",
        columns=2,
        labelFontSize=LETTER - 1,
        labelLimit=260,
        symbolSize=180,
        values=[klasse_tekst(k, taal) for k in balans_mod.KLASSEN if k in aanwezig],
    )


def _wissels(partners: pd.DataFrame, taal: str) -> None:
    """The partners whose klasse changes, before -> after in words."""
    st.markdown(f"**{tekst('interventies.wissels.kop', taal)}**")
    wissel = partners[partners["klasse_toen"].fillna("") != partners["klasse_nu"].fillna("")]
    if wissel.empty:
        st.caption(tekst("interventies.wissels.geen", taal))
        return

    def woord(kolom: pd.Series, leeg: str) -> list[str]:
        return [klasse_tekst(k, taal) if isinstance(k, str) else tekst(leeg, taal) for k in kolom]

    kolom = {
        k: tekst(f"interventies.kolom.{k}", taal) for k in ("partner", "klasse_voor", "klasse_na")
    }
    tabel = pd.DataFrame(
        {
            kolom["partner"]: wissel["naam"].to_numpy(),
            kolom["klasse_voor"]: woord(wissel["klasse_toen"], "interventies.wissels.nieuw"),
            kolom["klasse_na"]: woord(wissel["klasse_nu"], "interventies.wissels.weg"),
        }
    )
    kleur = {klasse_tekst(k, taal): KLASSE_KLEUREN[k] for k in balans_mod.KLASSEN}
    opmaak = tabel.style.apply(
        lambda k: k.map(
            lambda w: f"background-color: {kleur[w]}; color: white" if w in kleur else ""
        ),
        subset=[kolom["klasse_voor"], kolom["klasse_na"]],
    ).hide(axis="index")
    st.table(opmaak, hide_index=True)


# ---------------------------------------------------------------------------
# Wat als ... vertrekt.


def _vertrek(kaart: Kaart, drempel: float, taal: str) -> None:
    st.caption(tekst("interventies.vertrek.uitleg", taal))
    if not len(kaart.partners):
        st.info(tekst("interventies.vertrek.geen_partners", taal))
        return
    namen = _namen(kaart, taal)
    ids = kaart.partners["id"].tolist()
    if st.session_state.get(VERTREK) not in ids:
        st.session_state[VERTREK] = ids[0]
    pid = st.selectbox(
        tekst("interventies.vertrek.kies", taal), ids, format_func=namen.get, key=VERTREK
    )
    naam = namen[pid]
    gevolg = netwerk.vertrek(kaart, pid)
    links, rechts = st.columns([1, 1], gap="large")
    with links:
        st.subheader(tekst("interventies.vertrek.stromen_kop", taal, naam=md(naam)))
        verloren = gevolg.verloren_stromen
        if verloren.empty:
            st.caption(tekst("interventies.vertrek.geen_stromen", taal, naam=md(naam)))
        else:
            st.table(
                pd.DataFrame(
                    {
                        tekst("interventies.kolom.partner", taal): verloren["id"]
                        .map(namen)
                        .to_numpy(),
                        tekst("interventies.vertrek.kreeg", taal, naam=naam): verloren[
                            "mist_halen"
                        ].to_numpy(),
                        tekst("interventies.vertrek.gaf", taal, naam=naam): verloren[
                            "mist_brengen"
                        ].to_numpy(),
                    }
                ),
                hide_index=True,
            )
        st.subheader(tekst("interventies.vertrek.afh_kop", taal))
        gebroken = gevolg.gebroken_afhankelijkheden
        if gebroken.empty:
            st.caption(tekst("interventies.vertrek.geen_afh", taal, naam=md(naam)))
        else:
            regels = [
                "- "
                + tekst(
                    "interventies.vertrek.afh_regel",
                    taal,
                    partner=md(namen.get(r.partner, r.partner)),
                    van=md(namen.get(r.afhankelijk_van, r.afhankelijk_van)),
                    sterkte=int(r.sterkte),
                    waarvoor=tekst("interventies.vertrek.waarvoor", taal, waarvoor=md(r.waarvoor))
                    if r.waarvoor
                    else "",
                )
                for r in gebroken.itertuples(index=False)
            ]
            st.markdown("\n".join(regels))
        st.subheader(tekst("interventies.vertrek.netwerk_kop", taal))
        if gevolg.splitst:
            delen = "\n".join(
                f"{n}. " + ", ".join(md(namen.get(k, k)) for k in deel)
                for n, deel in enumerate(gevolg.delen, start=1)
            )
            st.warning(
                tekst("interventies.vertrek.splitst", taal, naam=md(naam), aantal=len(gevolg.delen))
                + "\n\n"
                + delen,
                icon=":material/call_split:",
            )
        else:
            st.success(
                tekst("interventies.vertrek.heel", taal, naam=md(naam)), icon=":material/hub:"
            )
    with rechts:
        st.subheader(tekst("interventies.vertrek.balans_kop", taal))
        zonder = interventies.zonder_partner(kaart, pid)
        partners = vergelijking.vergelijk(kaart, zonder, drempel).partners.drop(index=pid)
        if partners[["balans_toen", "balans_nu"]].notna().any(axis=None):
            st.caption(tekst("interventies.pijlen.uitleg", taal))
            st.altair_chart(_pijlen(partners, drempel, taal), width="stretch")
        _wissels(partners, taal)
    scenarios = kaart.scenarios
    st.button(
        tekst("interventies.vertrek.bewaar", taal),
        key="iv_vertrek_bewaar",
        on_click=_nieuw_scenario,
        args=(
            (Vertrek(partner=pid),),
            _vrije_naam(scenarios, taal, tekst("interventies.vertrek.scenario", taal, naam=naam)),
        ),
        type="primary",
        icon=":material/bookmark_add:",
    )


# ---------------------------------------------------------------------------
# Macht en invloed.


def _macht(kaart: Kaart, drempel: float, taal: str) -> None:
    namen = _namen(kaart, taal)
    st.subheader(tekst("interventies.macht.asym_kop", taal))
    asym = afhankelijkheid.asymmetrie(kaart)
    if asym.empty:
        st.info(tekst("interventies.macht.geen_afh", taal))
    else:
        _asymmetrie(kaart, asym, namen, taal)
        links, rechts = st.columns(2, gap="large")
        with links:
            _machtigen(kaart, namen, taal)
        with rechts:
            _eenzijdig(kaart, namen, taal)
    st.subheader(tekst("interventies.kwadrant.kop", taal))
    _kwadranten(kaart, drempel, taal)


def _asymmetrie(kaart: Kaart, asym: pd.DataFrame, namen: dict[str, str], taal: str) -> None:
    """A pair matrix of the asymmetry for a classroom kaart; the largest pairs as a list
    above :data:`MATRIX_MAX` partners."""
    betrokken = [p for p in kaart.partners["id"] if p in set(asym["a"]) | set(asym["b"])]
    if len(betrokken) > MATRIX_MAX:
        st.caption(tekst("interventies.macht.asym_groot", taal, max=MATRIX_MAX))
        grootste = asym.reindex(
            asym["asymmetrie"].abs().sort_values(ascending=False, kind="stable").index
        )
        grootste = grootste[grootste["asymmetrie"] != 0].head(PAREN_MAX)
        meer = grootste["asymmetrie"] > 0
        st.dataframe(
            pd.DataFrame(
                {
                    tekst("interventies.macht.afhankelijk", taal): np.where(
                        meer, grootste["a"], grootste["b"]
                    ),
                    tekst("interventies.macht.van", taal): np.where(
                        meer, grootste["b"], grootste["a"]
                    ),
                    tekst("interventies.macht.verschil", taal): grootste["asymmetrie"]
                    .abs()
                    .to_numpy(),
                }
            ).replace(namen),
            hide_index=True,
            width="stretch",
        )
        return
    st.caption(tekst("interventies.macht.asym_uitleg", taal))
    heen = pd.DataFrame(
        {"rij": asym["a"], "kolom": asym["b"], "op": asym["a_op_b"], "terug": asym["b_op_a"]}
    )
    terug = pd.DataFrame(
        {"rij": asym["b"], "kolom": asym["a"], "op": asym["b_op_a"], "terug": asym["a_op_b"]}
    )
    lang = pd.concat([heen, terug], ignore_index=True)
    lang = lang.assign(
        verschil=lang["op"] - lang["terug"],
        rij=lang["rij"].map(namen),
        kolom=lang["kolom"].map(namen),
    )
    volgorde = [namen[p] for p in betrokken]
    grens = max(int(lang["verschil"].abs().max()), 1)
    x = alt.X(
        "kolom:N",
        sort=volgorde,
        title=tekst("interventies.macht.as_kolom", taal),
        axis=partner_as(
            orient="top",
            labelAngle=-45,
            labelFontSize=LETTER - 1,
            labelLimit=200,
            titleFontSize=TITEL_LETTER,
        ),
    )
    y = alt.Y(
        "rij:N",
        sort=volgorde,
        title=tekst("interventies.macht.as_rij", taal),
        axis=partner_as(labelFontSize=LETTER - 1, titleFontSize=TITEL_LETTER),
    )
    vakken = (
        alt.Chart(lang)
        .mark_rect(stroke="white", strokeWidth=1)
        .encode(
            x=x,
            y=y,
            color=alt.Color(
                "verschil:Q",
                scale=alt.Scale(
                    domain=[-grens, 0, grens], range=[MACHTIG, NEUTRAAL, AFHANKELIJK], clamp=True
                ),
                # Above the rows: a legend beside them would stick out below a short kaart.
                legend=alt.Legend(
                    title=tekst("interventies.macht.verschil", taal),
                    titleFontSize=LETTER - 2,
                    orient="top",
                    direction="horizontal",
                    gradientLength=240,
                ),
            ),
            tooltip=[
                alt.Tooltip("rij:N", title=tekst("interventies.macht.as_rij", taal)),
                alt.Tooltip("kolom:N", title=tekst("interventies.macht.as_kolom", taal)),
                alt.Tooltip("op:Q", title=tekst("interventies.macht.op", taal)),
                alt.Tooltip("terug:Q", title=tekst("interventies.macht.terug", taal)),
                alt.Tooltip("verschil:Q", title=tekst("interventies.macht.verschil", taal)),
            ],
        )
    )
    getallen = (
        alt.Chart(lang[lang["verschil"] != 0])
        .mark_text(fontSize=LETTER - 1)
        .encode(
            x=x,
            y=y,
            text=alt.Text("verschil:Q", format="+d"),
            color=alt.condition(
                f"abs(datum.verschil) > {grens * 0.6}", alt.value("white"), alt.value("#222222")
            ),
        )
    )
    st.altair_chart(per_partner(vakken + getallen, len(volgorde)), width="stretch")


def _machtigen(kaart: Kaart, namen: dict[str, str], taal: str) -> None:
    st.markdown(f"**{tekst('interventies.macht.macht_kop', taal)}**")
    st.caption(tekst("interventies.macht.macht_uitleg", taal))
    macht = afhankelijkheid.macht(kaart)
    macht = macht[macht["afhankelijken"] > 0].sort_values(
        ["macht", "afhankelijken"], ascending=False, kind="stable"
    )
    if macht.empty:
        st.caption(tekst("interventies.macht.niemand", taal))
        return
    kolom = {
        k: tekst(f"interventies.macht.kolom.{k}", taal)
        for k in ("partner", "afhankelijken", "afhankelijk_van", "macht")
    }
    tabel = pd.DataFrame(
        {
            kolom["partner"]: macht.index.map(namen),
            kolom["afhankelijken"]: macht["afhankelijken"].to_numpy(),
            kolom["afhankelijk_van"]: macht["afhankelijk_van"].to_numpy(),
            kolom["macht"]: macht["macht"].to_numpy(),
        }
    )
    if len(tabel) <= 30:
        st.table(tabel, hide_index=True)
    else:
        st.dataframe(tabel, hide_index=True, width="stretch")


def _eenzijdig(kaart: Kaart, namen: dict[str, str], taal: str) -> None:
    st.markdown(f"**{tekst('interventies.macht.eenzijdig_kop', taal)}**")
    st.caption(tekst("interventies.macht.eenzijdig_uitleg", taal))
    rijen = afhankelijkheid.eenzijdig(kaart)
    if rijen.empty:
        st.caption(tekst("interventies.macht.geen_eenzijdig", taal))
        return
    st.markdown(
        "\n".join(
            "- "
            + tekst(
                "interventies.macht.eenzijdig_regel",
                taal,
                partner=md(namen.get(r.partner, r.partner)),
                van=md(namen.get(r.afhankelijk_van, r.afhankelijk_van)),
                sterkte=int(r.sterkte),
                terug=int(r.terug),
                waarvoor=tekst("interventies.vertrek.waarvoor", taal, waarvoor=md(r.waarvoor))
                if r.waarvoor
                else "",
            )
            for r in rijen.itertuples(index=False)
        )
    )


def _kwadranten(kaart: Kaart, drempel: float, taal: str) -> None:
    st.caption(tekst("interventies.kwadrant.uitleg", taal, hoog=kwadrant.HOOG))
    tabel = kwadrant.kwadranten(kaart, drempel, taal)
    geplaatst = tabel[tabel["kwadrant"].notna()]
    buiten = tabel[tabel["kwadrant"].isna()]
    if geplaatst.empty:
        st.info(tekst("interventies.kwadrant.leeg", taal))
    else:
        st.altair_chart(_kwadrant_grafiek(geplaatst, taal), width="stretch", height=620)
    if not buiten.empty:
        st.caption(
            tekst(
                "interventies.kwadrant.buiten",
                taal,
                namen=", ".join(md(n) for n in buiten["naam"]),
            )
        )
    codes = [c for c in kwadrant.KWADRANTEN if (geplaatst["kwadrant"] == c).any()]
    for rij in range(0, len(codes), 2):
        kolommen = st.columns(2, gap="large")
        for kol, code in zip(kolommen, codes[rij : rij + 2], strict=False):
            titel, uitleg = kwadrant.debrief(code, taal)
            wie = ", ".join(md(n) for n in geplaatst.loc[geplaatst["kwadrant"] == code, "naam"])
            with kol.container(border=True):
                st.markdown(f"**{titel}**: {wie}")
                st.markdown(uitleg)


def _kwadrant_grafiek(geplaatst: pd.DataFrame, taal: str) -> alt.LayerChart:
    """Invloed (0-5) against balans (-1..1): a dot per partner in the colour of its klasse,
    with its name; lines at balans 0 and between invloed HOOG - 1 and HOOG."""
    data = pd.DataFrame(
        {
            "naam": geplaatst["naam"].to_numpy(),
            "balans": geplaatst["balans"].to_numpy(dtype="float64"),
            "invloed": geplaatst["invloed"].astype("float64").to_numpy(),
            "klasse": geplaatst["klasse"].map(lambda k: klasse_tekst(k, taal)).to_numpy(),
            "titel": geplaatst["titel"].to_numpy(),
        }
    )
    # Partners on the same spot share one label; along a row of equal invloed the labels
    # go alternately above and below their dot, so neighbours do not write over each other.
    labels = (
        data.assign(plek=data["balans"].round(3))
        .groupby(["invloed", "plek"], sort=False)
        .agg(naam=("naam", ", ".join), balans=("balans", "first"))
        .reset_index()
        .sort_values(["invloed", "balans"], kind="stable")
    )
    boven = labels.groupby("invloed").cumcount().to_numpy() % 2 == 0
    x = alt.X(
        "balans:Q",
        scale=alt.Scale(domain=[-1, 1]),
        title=tekst("interventies.kwadrant.as_balans", taal),
        axis=_balans_as(taal),
    )
    y = alt.Y(
        "invloed:Q",
        scale=alt.Scale(domain=[-0.4, 5.6]),
        title=tekst("interventies.kwadrant.as_invloed", taal),
        axis=alt.Axis(values=[0, 1, 2, 3, 4, 5], titleFontSize=TITEL_LETTER, labelFontSize=LETTER),
    )
    lijn = {"color": "#555555", "strokeDash": [6, 4], "strokeWidth": 1.5}
    verticaal = alt.Chart(pd.DataFrame({"balans": [0.0]})).mark_rule(**lijn).encode(x=x)
    horizontaal = (
        alt.Chart(pd.DataFrame({"invloed": [kwadrant.HOOG - 0.5]})).mark_rule(**lijn).encode(y=y)
    )
    hoeken = pd.DataFrame(
        {
            "balans": [-0.98, 0.98, -0.98, 0.98],
            "invloed": [5.45, 5.45, -0.25, -0.25],
            "tekst": [kwadrant.debrief(c, taal)[0] for c in kwadrant.KWADRANTEN],
            "uitlijning": ["left", "right", "left", "right"],
        }
    )
    opschrift = [
        alt.Chart(hoeken[hoeken["uitlijning"] == kant])
        .mark_text(align=kant, fontSize=LETTER, fontWeight="bold", color="#666666")
        .encode(x=x, y=y, text="tekst:N")
        for kant in ("left", "right")
    ]
    punten = (
        alt.Chart(data)
        .mark_circle(size=320, opacity=0.95, stroke="white", strokeWidth=1)
        .encode(
            x=x,
            y=y,
            color=alt.Color(
                "klasse:N",
                scale=klasse_schaal(taal),
                legend=_legenda(geplaatst["klasse"], taal),
            ),
            tooltip=[
                alt.Tooltip("naam:N", title=tekst("interventies.kolom.partner", taal)),
                alt.Tooltip("invloed:Q", title=tekst("interventies.kwadrant.as_invloed", taal)),
                alt.Tooltip(
                    "balans:Q", title=tekst("interventies.kolom.balans", taal), format="+.2f"
                ),
                alt.Tooltip("klasse:N", title=tekst("interventies.kolom.klasse", taal)),
                alt.Tooltip("titel:N", title=tekst("interventies.kwadrant.kwadrant", taal)),
            ],
        )
    )
    namen = [
        alt.Chart(labels[kant])
        .mark_text(align="left", dx=11, dy=dy, fontSize=LETTER - 1, color="#222222")
        .encode(x=x, y=y, text="naam:N")
        for kant, dy in ((boven, -11), (~boven, 13))
    ]
    return alt.layer(verticaal, horizontaal, *opschrift, punten, *namen)


toon()
