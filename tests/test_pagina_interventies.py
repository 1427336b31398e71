"""AppTest tests of the Interventies page (systeemkaart/paginas/interventies.py).

Every test points SYSTEEMKAART_DB at its own file: the page stores scenarios with the
kaart, and a "fresh AppTest with the same ?kaart=" is what a refresh does.
"""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from systeem.analyses import balans, interventies, netwerk, suggesties
from systeem.bestanden import voorbeelden
from systeem.model.kaart import Kaart
from systeem.model.scenario import Compensatie, DerdeStroom, Scenario, Vertrek
from systeem.opslag import Opslag
from systeemkaart import staat
from systeemkaart.opmaak import md
from tests.conftest import APP, kaart, open_met_kaart, open_pagina, zonder_fouten
from tests.test_suggesties import wijkaanpak

PAGINA = "systeemkaart/paginas/interventies.py"
#: An example without scenarios, so the page starts empty.
LEEG_VOORBEELD = "gebiedsontwikkeling"
KOLOMMEN = ["Partner", "Vóór", "Na"]


pytestmark = pytest.mark.usefixtures("db")  # every test with a store of its own


def _open(voorbeeld: str | None = LEEG_VOORBEELD, taal: str | None = None, **query) -> AppTest:
    return open_pagina(PAGINA, voorbeeld, taal, **query)


_ok = zonder_fouten


def _klik(at: AppTest, sleutel: str) -> AppTest:
    return _ok(at.button(key=sleutel).click().run())


def _scenarios(at: AppTest) -> tuple[Scenario, ...]:
    return at.session_state[staat.KAART].scenarios


def _wissels(at: AppTest):
    """The table of partners that change klasse in the scenario tab (None: no one does)."""
    tabellen = [t.value for t in at.tabs[0].table if list(t.value.columns) == KOLOMMEN]
    return tabellen[0].set_index("Partner") if tabellen else None


def _metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.tabs[0].metric}


def _tekst(elementen) -> str:
    return "\n".join(e.value for e in elementen).replace("\\", "")


def _aan(at: AppTest):
    return [c for c in at.checkbox if c.key.startswith("iv_aan_")]


# ---------------------------------------------------------------------------
# Every example, an empty kaart, both languages.


@pytest.mark.parametrize("taal", ["nl", "en"])
@pytest.mark.parametrize("naam", voorbeelden.namen())
def test_elk_voorbeeld(naam, taal):
    at = _open(naam, taal)
    k = voorbeelden.laad(naam)
    assert at.title[0].value == ("Interventies" if taal == "nl" else "Interventions")
    assert [t.label for t in at.tabs] == (
        ["Scenario", "Wat als … vertrekt", "Macht en invloed"]
        if taal == "nl"
        else ["Scenario", "What if … leaves", "Power and influence"]
    )
    assert len(at.get("vega_lite_chart")) >= 2  # the leave arrows, the quadrants
    if k.scenarios:
        uit = "Uit balans" if taal == "nl" else "Out of balance"
        assert uit in _metrics(at)
        assert len(at.get("iframe")) == 1
    else:
        assert not at.tabs[0].metric
        assert any(("scenario" in i.value.lower()) for i in at.tabs[0].info)


@pytest.mark.parametrize("taal", ["nl", "en"])
def test_lege_kaart(taal):
    at = open_met_kaart(PAGINA, Kaart(titel="Leeg"), taal)
    teksten = _tekst(at.info) + _tekst(at.caption)
    if taal == "nl":
        assert "Een scenario is een reeks" in teksten
        assert "Niemand is uit balans" in teksten
        assert "nog geen partners" in teksten
        assert "nog geen afhankelijkheden" in teksten
    else:
        assert "A scenario is a series" in teksten
        assert "no partners on the map yet" in teksten


# ---------------------------------------------------------------------------
# Suggestions, switching moves on and off, order, removal.


def test_voorstel_maakt_scenario_en_de_balans_beweegt(db):
    at = _open()
    k = voorbeelden.laad(LEEG_VOORBEELD)
    voorstel = suggesties.suggesties(k)[0]
    naam = k.namen()[voorstel.partner]
    assert voorstel.tekst(k) in _tekst(at.markdown)
    _klik(at, "iv_voorstel_0")

    assert _scenarios(at) == (Scenario("Scenario 1", (voorstel.interventie,)),)
    opgeslagen = Opslag(db).lees(at.query_params["kaart"]).kaart
    assert opgeslagen.scenarios == _scenarios(at)
    assert at.selectbox(key="iv_scenario").value == 0
    wissels = _wissels(at)
    assert wissels.loc[naam].tolist() == ["haalt veel meer dan er tegenover staat", "in balans"]
    voor = balans.systeem(k)
    assert _metrics(at)["Halen veel meer"] == str(voor["haalt_veel_meer"] - 1)
    assert '"gewijzigd":true' in at.get("iframe")[0].proto.srcdoc


def test_aan_en_uit_zetten(db):
    at = _klik(_open(), "iv_voorstel_0")
    k = voorbeelden.laad(LEEG_VOORBEELD)
    voor = balans.systeem(k)
    aan = _metrics(at)["Halen veel meer"]

    _ok(_aan(at)[0].uncheck().run())
    assert _scenarios(at)[0].interventies[0].aan is False
    assert _metrics(at)["Halen veel meer"] == str(voor["haalt_veel_meer"])
    assert _wissels(at) is None
    assert "Niemand wisselt van klasse." in _tekst(at.caption)
    assert "Staat uit." in _tekst(at.caption)
    assert '"gewijzigd":true' not in at.get("iframe")[0].proto.srcdoc

    _ok(_aan(at)[0].check().run())
    assert _scenarios(at)[0].interventies[0].aan is True
    assert _metrics(at)["Halen veel meer"] == aan
    assert _wissels(at) is not None


def test_volgorde_en_verwijderen():
    # The second suggestion is the first for the kaart with the first one applied.
    at = _klik(_klik(_open(), "iv_voorstel_0"), "iv_voorstel_0")
    k = voorbeelden.laad(LEEG_VOORBEELD)
    eerste = suggesties.suggesties(k)[0].interventie
    tweede = suggesties.suggesties(interventies.pas_toe(k, eerste))[0].interventie
    assert _scenarios(at)[0].interventies == (eerste, tweede)

    _klik(at, "iv_neer_0")
    assert _scenarios(at)[0].interventies == (tweede, eerste)
    _klik(at, "iv_op_1")
    assert _scenarios(at)[0].interventies == (eerste, tweede)
    _klik(at, "iv_weg_0")
    assert _scenarios(at)[0].interventies == (tweede,)
    assert len(_aan(at)) == 1


def test_een_zet_die_niet_kan_zegt_waarom():
    at = _open()
    k = at.session_state[staat.KAART]
    kapot = Scenario("Kapot", (Compensatie(partner="bestaat_niet", punten=2),))
    at.session_state[staat.KAART] = k.met(scenarios=(kapot,))
    _ok(at.run())
    assert 'Partner "bestaat_niet" staat niet (meer) op de kaart' in _tekst(at.caption)
    assert _wissels(at) is None


# ---------------------------------------------------------------------------
# Scenarios: create, rename, move, delete, and persistence.


def test_scenarios_maken_hernoemen_verplaatsen_verwijderen():
    at = _open()
    at.text_input(key="iv_naam").input("Gemeente betaalt mee")
    _klik(at, "iv_scenario_nieuw")
    _klik(at, "iv_scenario_nieuw")  # no name: the next free "Scenario n"
    assert [s.naam for s in _scenarios(at)] == ["Gemeente betaalt mee", "Scenario 2"]
    assert at.selectbox(key="iv_scenario").value == 1  # the new one is active

    at.text_input(key="iv_naam").input("Plan B")
    _klik(at, "iv_scenario_hernoem")
    assert [s.naam for s in _scenarios(at)] == ["Gemeente betaalt mee", "Plan B"]

    _ok(at.selectbox(key="iv_scenario").set_value(0).run())
    at.text_input(key="iv_naam").input("Plan B")
    at.button(key="iv_scenario_hernoem").click().run()
    assert "Er is al een scenario met de naam" in _tekst(at.error)
    assert [s.naam for s in _scenarios(at)] == ["Gemeente betaalt mee", "Plan B"]

    _klik(at, "iv_scenario_neer")
    assert [s.naam for s in _scenarios(at)] == ["Plan B", "Gemeente betaalt mee"]
    assert at.selectbox(key="iv_scenario").value == 1  # still the same scenario

    # Another page and back: the active scenario is remembered.
    _ok(at.switch_page("systeemkaart/paginas/balans.py").run())
    _ok(at.switch_page(PAGINA).run())
    assert at.selectbox(key="iv_scenario").value == 1

    _klik(at, "iv_scenario_weg")
    assert [s.naam for s in _scenarios(at)] == ["Plan B"]
    assert at.selectbox(key="iv_scenario").value == 0


def test_een_nieuwe_sessie_ziet_het_scenario():
    at = _klik(_open(), "iv_voorstel_0")
    kid = at.query_params["kaart"]
    vers = _open(None, kaart=kid)
    assert _scenarios(vers) == _scenarios(at)
    assert vers.selectbox(key="iv_scenario").options == ["Scenario 1"]
    assert _wissels(vers) is not None


# ---------------------------------------------------------------------------
# The form.


def test_formulier_compenseren():
    at = _open()
    k = voorbeelden.laad(LEEG_VOORBEELD)
    _ok(at.selectbox(key="iv_zet").set_value("compenseren").run())
    knop = next(b for b in at.button if b.key.startswith("FormSubmitter:iv_form_compenseren"))

    knop.click().run()  # nobody chosen
    assert 'Bij "Wie krijgt de compensatie?" is nog niets gekozen' in _tekst(at.error)
    assert _scenarios(at) == ()

    partner = k.partners["id"].iloc[0]
    at.selectbox(key="iv_compenseren_ontvanger").set_value(partner)
    at.number_input(key="iv_compenseren_punten").set_value(3)
    knop = next(b for b in at.button if b.key.startswith("FormSubmitter:iv_form_compenseren"))
    _ok(knop.click().run())
    assert _scenarios(at) == (
        Scenario("Scenario 1", (Compensatie(partner=partner, van="opgave", punten=3),)),
    )


def test_formulier_derde_partij():
    at = _open()
    _ok(at.selectbox(key="iv_zet").set_value("derde").run())
    knop = next(b for b in at.button if b.key.startswith("FormSubmitter:iv_form_derde"))
    knop.click().run()
    assert 'Bij "Naam van de derde partij" is nog niets gekozen of ingevuld.' in _tekst(at.error)

    at.text_input(key="iv_derde_naam").input("Rijksoverheid")
    at.session_state["iv_derde_stromen"] = {
        "edited_rows": {},
        "added_rows": [{"richting": "haalt", "met": "opgave", "soort": "kennis"}],
        "deleted_rows": [],
    }
    knop = next(b for b in at.button if b.key.startswith("FormSubmitter:iv_form_derde"))
    knop.click().run()
    assert "Stromen, rij 2, Waarde (1–5): een heel getal van 1 tot en met 5" in _tekst(at.error)
    assert _scenarios(at) == ()

    at.session_state["iv_derde_stromen"] = {"edited_rows": {}, "added_rows": [], "deleted_rows": []}
    knop = next(b for b in at.button if b.key.startswith("FormSubmitter:iv_form_derde"))
    _ok(knop.click().run())
    zet = _scenarios(at)[0].interventies[0]
    assert (zet.id, zet.naam, len(zet.stromen)) == ("rijksoverheid", "Rijksoverheid", 1)
    assert zet.stromen[0] == DerdeStroom(met="opgave", soort="geld", waarde=3)
    assert "Rijksoverheid" in _wissels(at).index


def test_formulier_kostenverdeling_naar_grootte():
    at = _open()
    k = voorbeelden.laad(LEEG_VOORBEELD)
    _ok(at.selectbox(key="iv_zet").set_value("kostenverdeling").run())
    _ok(at.selectbox(key="iv_sleutel").set_value("grootte").run())
    knop = next(b for b in at.button if b.key.startswith("FormSubmitter:iv_form_kostenverdeling"))
    _ok(knop.click().run())
    zet = _scenarios(at)[0].interventies[0]
    invloed = k.partners.set_index("id")["invloed"].dropna()
    verwacht = {p: float(i) for p, i in invloed.items()}
    assert zet.sleutel == "grootte" and dict(zet.gewichten) == verwacht


# ---------------------------------------------------------------------------
# Wat als ... vertrekt.


def test_vertrek_toont_verloren_stromen_en_bewaart_een_scenario():
    at = _open()
    k = voorbeelden.laad(LEEG_VOORBEELD)
    pid = k.partners["id"].iloc[1]
    naam = k.namen()[pid]
    _ok(at.selectbox(key="iv_vertrek").set_value(pid).run())
    verwacht = netwerk.vertrek(k, pid).verloren_stromen
    tabel = at.tabs[1].table[0].value
    namen = {**k.namen(), "opgave": k.opgave}
    assert tabel["Partner"].tolist() == [namen[i] for i in verwacht["id"]]
    assert tabel[f"Kreeg van {naam}"].tolist() == verwacht["mist_halen"].tolist()
    assert tabel[f"Gaf aan {naam}"].tolist() == verwacht["mist_brengen"].tolist()

    _klik(at, "iv_vertrek_bewaar")
    assert _scenarios(at) == (Scenario(f"Zonder {naam}", (Vertrek(partner=pid),)),)
    assert at.selectbox(key="iv_scenario").value == 0
    assert f"Vertrek: wat als {naam} vertrekt." in _tekst(at.markdown)


def test_vertrek_dat_het_netwerk_splitst():
    at = AppTest.from_file(APP, default_timeout=60).run()
    at.session_state[staat.KAART] = kaart(
        ["a", "b", "c"], [("a", "opgave", 2), ("b", "a", 1), ("c", "b", 2)], opgave="Samen"
    )
    _ok(at.switch_page(PAGINA).run())
    _ok(at.selectbox(key="iv_vertrek").set_value("a").run())
    assert _tekst(at.warning) == "Zonder A valt het netwerk uiteen in 2 delen:\n\n1. Samen\n2. B, C"
    _ok(at.selectbox(key="iv_vertrek").set_value("c").run())
    assert "Zonder C blijft het netwerk één geheel." in _tekst(at.success)


def test_a_large_kaart_shows_a_few_suggestions_and_any_partner_on_request():
    ids = [f"p{i}" for i in range(20)]
    groot = kaart(ids, [(p, "opgave", "geld", 3) for p in ids])  # all give, none take
    at = _open()
    at.session_state[staat.KAART] = groot
    _ok(at.run())
    knoppen = [b for b in at.button if (b.key or "").startswith("iv_voorstel_")]
    assert len(knoppen) == 12
    _ok(at.selectbox(key="iv_voorstel_partner").select("p17").run())
    knoppen = [b.key for b in at.button if (b.key or "").startswith("iv_voorstel_")]
    assert knoppen == ["iv_voorstel_0"]
    _klik(at, "iv_voorstel_0")
    assert _scenarios(at)[0].interventies[0].partner == "p17"
    # Added, p17 is in balance in the scenario: it is no longer offered.
    assert "p17" not in at.selectbox(key="iv_voorstel_partner").options


# ---------------------------------------------------------------------------
# Suggestions on the scenario's kaart: applied, they are gone.


def _voorstellen(at: AppTest) -> list[str]:
    """The suggestion sentences on the page, in order."""
    knoppen = [b.key for b in at.button if (b.key or "").startswith("iv_voorstel_")]
    teksten = [m.value for m in at.tabs[0].markdown]
    return [
        t
        for t in teksten
        if t.startswith(("Compenseer", "Laat", "Haal", "Compensate", "Let", "Bring"))
    ][: len(knoppen)]


def test_een_toegevoegd_voorstel_verdwijnt_en_brengt_niemand_uit_balans(db):
    k = wijkaanpak()
    at = open_met_kaart(PAGINA, k)
    lijst = suggesties.suggesties(k)
    assert _voorstellen(at) == [md(s.tekst(k)) for s in lijst]
    assert "1 punt meer geld" in _tekst(at.markdown) and "1 punten" not in _tekst(at.markdown)
    # Add them one by one: each time the partner is in balance in the scenario and its
    # suggestion is gone; nobody that was in balance leaves it.
    huidig = k
    while lijst:
        eerste = lijst[0]
        _klik(at, "iv_voorstel_0")
        huidig = interventies.pas_toe(huidig, eerste.interventie)
        assert _scenarios(at)[0].interventies[-1] == eerste.interventie
        tabel = balans.balans(huidig)
        assert tabel.loc[eerste.partner, "klasse"] == balans.IN_BALANS
        assert (tabel.loc[["ggz", "welzijn"], "klasse"] == balans.IN_BALANS).all()
        lijst = suggesties.suggesties(huidig)
        assert eerste.partner not in {s.partner for s in lijst}
        assert _voorstellen(at) == [md(s.tekst(huidig)) for s in lijst]
    assert "Met dit scenario is niemand meer uit balans" in _tekst(at.caption)
    assert _wissels(at) is not None
    # The scenario switched off: the kaart itself again, and its suggestions are back.
    for vakje in _aan(at):
        _ok(vakje.uncheck().run())
    assert _voorstellen(at) == [md(s.tekst(k)) for s in suggesties.suggesties(k)]


def test_voorstellen_in_het_engels():
    k = wijkaanpak()
    at = open_met_kaart(PAGINA, k, "en")
    assert _voorstellen(at) == [md(s.tekst(k, "en")) for s in suggesties.suggesties(k)]
    assert any("1 point more" in t for t in _voorstellen(at))


def test_de_formulieren_spreken_in_punten_en_procenten():
    at = _open()
    k = voorbeelden.laad(LEEG_VOORBEELD)
    partner = k.partners["id"].iloc[0]
    _ok(at.selectbox(key="iv_zet").set_value("compenseren").run())
    punten = at.number_input(key="iv_compenseren_punten")
    assert (punten.label, punten.min, punten.max) == ("Punten (1–50)", 1, suggesties.MAX_PUNTEN)
    assert "waarde van een stroom" in punten.help

    _ok(at.selectbox(key="iv_zet").set_value("bijdrage").run())
    assert at.number_input(key="iv_bijdrage_punten").max == suggesties.MAX_PUNTEN
    procent = at.number_input(key="iv_bijdrage_procent")
    assert (procent.label, procent.value) == ("Verandering in % (−100 tot +400)", 0)
    at.selectbox(key="iv_bijdrage_partner").set_value(partner)
    at.radio(key="iv_bijdrage_hoe").set_value("factor")
    knop = next(b for b in at.button if b.key.startswith("FormSubmitter:iv_form_bijdrage"))
    knop.click().run()  # 0%: changes nothing
    assert "0% verandert niets" in _tekst(at.error)
    assert _scenarios(at) == ()
    at.number_input(key="iv_bijdrage_procent").set_value(50)
    knop = next(b for b in at.button if b.key.startswith("FormSubmitter:iv_form_bijdrage"))
    _ok(knop.click().run())
    zet = _scenarios(at)[0].interventies[0]
    assert zet.factor == 1.5 and zet.punten is None
    assert f"{k.namen()[partner]} brengt 50% meer" in _tekst(at.markdown)

    _ok(at.selectbox(key="iv_zet").set_value("ambitie").run())
    assert at.number_input(key="iv_ambitie_waarde").label == (
        "Nieuw gedeeld voordeel: punten per partner (0–5)"
    )
    at.number_input(key="iv_ambitie_procent").set_value(-20)
    knop = next(b for b in at.button if b.key.startswith("FormSubmitter:iv_form_ambitie"))
    _ok(knop.click().run())
    assert _scenarios(at)[0].interventies[1].factor == 0.8
    assert "de opgave geeft alle partners 20% minder terug" in _tekst(at.markdown)
