"""Scenarios: the active scenario, and every change to the kaart's list of scenarios.

The rules (names unique and not empty, one step at a time, which scenario is active
after the list changed) are :mod:`systeem.model.scenario`'s; here each change is stored
with the kaart through :func:`systeemkaart.staat.zet_kaart` (saved at once, undoable),
with a message for the next run.  A refused change leaves its reason under :data:`FOUT`.
The functions that change something are the widgets' callbacks.

The active scenario is kept across pages by place and name (:mod:`systeemkaart.onthouden`);
when the list changes under it (undo, another tab), the page keeps the scenario of
that name, or the one now at its place (:func:`systeem.model.scenario.actieve_plek`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import streamlit as st

from systeem.model import scenario as sc
from systeem.model.scenario import Interventie, Scenario, ScenarioFout
from systeemkaart import onthouden, staat
from systeemkaart.teksten import tekst

#: The active scenario, ``(place, name)``, kept across pages.
GEKOZEN = "iv_gekozen"
#: The name field for a new or renamed scenario.
NAAM = "iv_naam"
#: A message for the next run (a toast).
MELDING = "iv_melding"
#: A refused scenario action, shown once under the scenario bar.
FOUT = "iv_fout"


def actief(scenarios: Sequence[Scenario]) -> int | None:
    """The place of the active scenario in ``scenarios`` (None: there are none)."""
    namen = [s.naam for s in scenarios]
    plek, naam = onthouden.bewaard(GEKOZEN, (None, None))
    plek = sc.actieve_plek(namen, plek, naam)
    if plek is not None:
        onthouden.onthoud(GEKOZEN, (plek, namen[plek]))
    return plek


def standaardnaam(scenarios: Sequence[Scenario], taal: str) -> str:
    """The next free "Scenario n"."""
    return sc.volgende_naam(
        scenarios, lambda n: tekst("interventies.scenario.standaard", taal, n=n)
    )


def bewaar(scenarios: Sequence[Scenario], melding: str, actief: int | None = None) -> bool:
    """Store the kaart with ``scenarios`` (autosave, undoable); make ``actief`` the active
    scenario and leave ``melding`` for the next run."""
    scenarios = tuple(scenarios)
    gelukt = staat.zet_kaart(staat.kaart().met(scenarios=scenarios))
    if actief is not None and 0 <= actief < len(scenarios):
        onthouden.onthoud(GEKOZEN, (actief, scenarios[actief].naam))
    if gelukt:
        st.session_state[MELDING] = melding
    return gelukt


def _geweigerd(fout: ScenarioFout, taal: str) -> None:
    st.session_state[FOUT] = tekst(f"interventies.scenario.{fout.code}", taal, **fout.waarden)


def nieuw(zetten: tuple[Interventie, ...] = (), naam: str | None = None) -> None:
    """Add a scenario (named from the name field, else "Scenario n") and make it active."""
    taal, scenarios = staat.taal(), staat.kaart().scenarios
    uit_veld = naam is None
    if naam is None:
        naam = str(st.session_state.get(NAAM) or "").strip() or standaardnaam(scenarios, taal)
    try:
        lijst = sc.nieuw(scenarios, naam, zetten)
    except ScenarioFout as fout:
        _geweigerd(fout, taal)
        return
    if uit_veld:
        st.session_state[NAAM] = ""
    naam = lijst[-1].naam
    bewaar(lijst, tekst("interventies.scenario.gemaakt", taal, naam=naam), len(lijst) - 1)


def hernoem(plek: int | None) -> None:
    """Give the scenario at ``plek`` the name in the name field."""
    taal, scenarios = staat.taal(), staat.kaart().scenarios
    if plek is None or plek >= len(scenarios):
        return
    try:
        lijst = sc.hernoemd(scenarios, plek, str(st.session_state.get(NAAM) or ""))
    except ScenarioFout as fout:
        _geweigerd(fout, taal)
        return
    st.session_state[NAAM] = ""
    oud, naam = scenarios[plek].naam, lijst[plek].naam
    bewaar(lijst, tekst("interventies.scenario.hernoemd", taal, oud=oud, naam=naam), plek)


def schuif(plek: int, stap: int) -> None:
    """Move the scenario at ``plek`` one place up (``stap`` -1) or down (1)."""
    scenarios = staat.kaart().scenarios
    lijst = sc.verschoven(scenarios, plek, stap)
    if lijst != scenarios:
        naam = scenarios[plek].naam
        melding = tekst("interventies.scenario.verplaatst", staat.taal(), naam=naam)
        bewaar(lijst, melding, plek + stap)


def verwijder(plek: int) -> None:
    """Delete the scenario at ``plek``; the one now at its place (or the last) is active."""
    scenarios = staat.kaart().scenarios
    if not 0 <= plek < len(scenarios):
        return
    lijst = sc.zonder(scenarios, plek)
    actief = min(plek, len(lijst) - 1) if lijst else None
    naam = scenarios[plek].naam
    bewaar(lijst, tekst("interventies.scenario.verwijderd", staat.taal(), naam=naam), actief)


# ---------------------------------------------------------------------------
# The moves of one scenario.


def wijzig(plek: int, wijziging: Callable[[Scenario], Scenario], melding: str) -> None:
    """Change the scenario at ``plek`` (if it is still there) and store the kaart."""
    scenarios = staat.kaart().scenarios
    if 0 <= plek < len(scenarios):
        bewaar(sc.vervangen(scenarios, plek, wijziging(scenarios[plek])), melding, plek)


def zet_aan(plek: int, i: int, sleutel: str) -> None:
    """Switch move ``i`` on or off as its checkbox ``sleutel`` says."""
    aan = bool(st.session_state.get(sleutel))
    melding = tekst("interventies.aangezet" if aan else "interventies.uitgezet", staat.taal())
    wijzig(plek, lambda s: s.met_aan(i, aan), melding)


def schuif_zet(plek: int, i: int, stap: int) -> None:
    """Move move ``i`` one place up or down."""
    wijzig(plek, lambda s: s.verschoven(i, stap), tekst("interventies.verplaatst", staat.taal()))


def verwijder_zet(plek: int, i: int) -> None:
    """Remove move ``i``."""
    wijzig(plek, lambda s: s.zonder(i), tekst("interventies.verwijderd", staat.taal()))


def voeg_toe(plek: int | None, zet: Interventie) -> None:
    """Append ``zet`` to the active scenario; start "Scenario n" when there is none."""
    taal, scenarios = staat.taal(), staat.kaart().scenarios
    if plek is None or not 0 <= plek < len(scenarios):
        nieuw((zet,), naam=standaardnaam(scenarios, taal))
        return
    melding = tekst("interventies.toegevoegd", taal, naam=scenarios[plek].naam)
    wijzig(plek, lambda s: s.erbij(zet), melding)
