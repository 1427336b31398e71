"""Presenter mode: large, read-only, step by step, with pseudonyms on request (AppTest)."""

from __future__ import annotations

import json

from streamlit.testing.v1 import AppTest

from systeemkaart import staat
from tests.conftest import kaartdata


def knop(at: AppTest, label: str):
    (gevonden,) = [b for b in at.button if b.label == label]
    return gevonden


def presenteren(stap: int = 3, verbergen: bool = False, **state) -> AppTest:
    """Open presenter mode, make the names choice, and go to ``stap``."""
    at = AppTest.from_file("../app.py", default_timeout=60)
    at.run()
    for sleutel, waarde in state.items():
        at.session_state[sleutel] = waarde
    at.switch_page("systeemkaart/paginas/presenteren.py").run()
    en = at.session_state[staat.TAAL] == "en"
    if verbergen:
        knop(
            at, "With pseudonyms (Partner A, B, …)" if en else "Met pseudoniemen (Partner A, B, …)"
        ).click().run()
    else:
        knop(at, "With the real names" if en else "Met de echte namen").click().run()
    at.session_state[staat.STAP] = stap
    return at.run()


def test_presenter_mode_has_no_editing_widgets_and_hides_the_chrome():
    at = presenteren()
    assert not at.exception
    assert not at.get("data_editor") and not at.get("arrow_data_frame")
    assert not at.text_input and not at.slider and not at.selectbox
    assert at.title[0].value == "Loonaangifteketen"
    assert "Uit balans" in [s.value for s in at.subheader]
    (stijl,) = [h.proto.body for h in at.get("html") if "stSidebar" in h.proto.body]
    assert "display: none" in stijl and "stHeader" in stijl


def test_steps_reveal_partners_then_stromen_then_balance():
    een = kaartdata(presenteren(stap=1))
    twee = kaartdata(presenteren(stap=2))
    drie = kaartdata(presenteren(stap=3))
    assert een["edges"] == [] and twee["edges"] and len(drie["edges"]) == len(twee["edges"])
    kleur = lambda d: {n["color"] for n in d["nodes"] if n["rol"] == "partner"}  # noqa: E731
    assert len(kleur(twee)) == 1 and len(kleur(drie)) > 1
    assert not presenteren(stap=1).get("subheader") or "Uit balans" not in [
        s.value for s in presenteren(stap=1).subheader
    ]


def test_pseudonyms_hide_every_partner_name():
    at = presenteren(verbergen=True)
    assert not at.exception
    data = kaartdata(at)
    labels = [n["label"] for n in data["nodes"] if n["rol"] == "partner"]
    assert labels[:3] == ["Partner A", "Partner B", "Partner C"]
    pagina = json.dumps(data, ensure_ascii=False) + " ".join(m.value for m in at.markdown)
    for naam in ("Belastingdienst", "UWV", "Leveranciers van salarissoftware"):
        assert naam not in pagina
    assert (
        at.session_state[staat.KAART].partners["naam"].iloc[0] == "Belastingdienst"
    )  # stored kaart untouched


def test_stop_button_returns_to_the_map_page():
    at = presenteren()
    at.button[0].click().run()
    assert not at.exception
    assert at.get("bidi_component") and at.select_slider  # the Kaart page with its threshold


def test_presenter_mode_in_english():
    at = presenteren(**{staat.TAAL: "en"})
    assert "Out of balance" in [s.value for s in at.subheader]


def test_settings_survive_further_reruns_and_leaving_the_page():
    at = presenteren(stap=2, **{staat.TAAL: "en"})
    at.run()
    at.run()
    assert at.session_state[staat.STAP] == 2 and at.session_state[staat.TAAL] == "en"
    knop(at, "Stop").click().run()  # back to the map: the language stays
    at.run()
    assert at.session_state[staat.TAAL] == "en"


def test_presenting_starts_with_the_names_choice_and_shows_nothing_of_the_kaart():
    at = AppTest.from_file("../app.py", default_timeout=60)
    at.run()
    at.switch_page("systeemkaart/paginas/presenteren.py").run()
    assert not at.exception
    assert not at.get("bidi_component")  # no map yet
    zichtbaar = " ".join(m.value for m in at.markdown) + " ".join(t.value for t in at.title)
    for naam in ("Loonaangifteketen", "Belastingdienst", "UWV"):
        assert naam not in zichtbaar
    knop(at, "Met pseudoniemen (Partner A, B, …)").click().run()
    assert at.session_state[staat.STAP] == 1 and at.session_state[staat.PSEUDONIEMEN]
    data = kaartdata(at)
    assert data["edges"] == []  # step 1: the partners only
    assert "Belastingdienst" not in json.dumps(data, ensure_ascii=False)


def test_every_visit_starts_again_at_step_1_with_the_choice():
    at = presenteren(stap=3)
    knop(at, "Stoppen").click().run()
    at.switch_page("systeemkaart/paginas/presenteren.py").run()
    assert not at.get("bidi_component")
    assert at.session_state[staat.STAP] == 1
    # the last choice is offered first
    assert knop(at, "Met de echte namen").proto.type == "primary"


def test_pseudonyms_are_the_first_offer_on_a_first_visit():
    at = AppTest.from_file("../app.py", default_timeout=60)
    at.run()
    at.switch_page("systeemkaart/paginas/presenteren.py").run()
    assert knop(at, "Met pseudoniemen (Partner A, B, …)").proto.type == "primary"


def test_a_partner_selected_on_the_map_page_is_not_highlighted_when_presenting():
    at = presenteren(verbergen=True, **{staat.GESELECTEERD: "uwv"})
    assert kaartdata(at)["gekozen"] is None
