"""Presenter mode: large, read-only, step by step, with pseudonyms on request (AppTest)."""

from __future__ import annotations

import json

from streamlit.testing.v1 import AppTest

from tests.conftest import kaartdata
from ui import staat


def presenteren(**state) -> AppTest:
    at = AppTest.from_file("../app.py", default_timeout=60)
    at.run()
    for sleutel, waarde in state.items():
        at.session_state[sleutel] = waarde
    return at.switch_page("ui/paginas/presenteren.py").run()


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
    een = kaartdata(presenteren(**{staat.STAP: 1}))
    twee = kaartdata(presenteren(**{staat.STAP: 2}))
    drie = kaartdata(presenteren(**{staat.STAP: 3}))
    assert een["edges"] == [] and twee["edges"] and len(drie["edges"]) == len(twee["edges"])
    kleur = lambda d: {n["color"] for n in d["nodes"] if n["rol"] == "partner"}  # noqa: E731
    assert len(kleur(twee)) == 1 and len(kleur(drie)) > 1
    assert not presenteren(**{staat.STAP: 1}).get("subheader") or "Uit balans" not in [
        s.value for s in presenteren(**{staat.STAP: 1}).subheader
    ]


def test_pseudonyms_hide_every_partner_name():
    at = presenteren(**{staat.PSEUDONIEMEN: True})
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
    at = presenteren(**{staat.STAP: 2, staat.TAAL: "en"})
    at.run()
    at.run()
    assert at.session_state[staat.STAP] == 2 and at.session_state[staat.TAAL] == "en"
    at.button[0].click().run()  # back to the map: the language stays
    at.run()
    assert at.session_state[staat.TAAL] == "en" and at.session_state[staat.STAP] == 2
