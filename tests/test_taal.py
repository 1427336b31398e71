"""One language at a time, and coming back to one's own kaart (issue 16, items 6 and 7).

AppTest, no browser: every AppTest is a new session, like a closed and reopened tab.
What the browser remembers (``systeemkaart.herinnering``, two cookies) is stood in for by
replacing its two readers; the real cookies are tested in
tests/browser/test_taal_browser.py.
"""

from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from systeem.bestanden import voorbeelden
from systeem.model.kaart import PARTNER_TYPES, SOORTEN
from systeem.opslag import Opslag
from systeemkaart import herinnering, staat, streamlit_teksten
from systeemkaart.teksten import TEKSTEN, tekst, woord, woordenlijst
from tests.conftest import APP, kaart, zonder_fouten


def _app(pagina: str | None = None, **query) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for sleutel, waarde in query.items():
        at.query_params[sleutel] = waarde
    if pagina:
        at.switch_page(pagina)
    return zonder_fouten(at.run())


def _op_start(at: AppTest) -> bool:
    return any(b.key == f"open_{voorbeelden.STANDAARD}" for b in at.button)


def _onthoud(monkeypatch, taal: str | None = None, kaart_id: str | None = None) -> None:
    monkeypatch.setattr(herinnering, "taal", lambda: taal)
    monkeypatch.setattr(herinnering, "kaart_id", lambda: kaart_id)


def _scripts(at: AppTest) -> str:
    return "\n".join(h.proto.body for h in at.get("html"))


# ---------------------------------------------------------------------------
# The language: in the URL, remembered by the browser.


def test_the_language_stays_in_the_url_across_pages_and_a_refresh():
    at = _app()
    assert at.query_params["taal"] == "nl"
    at.radio(key=staat.TAAL).set_value("en").run()
    assert at.query_params["taal"] == "en"
    at.switch_page("systeemkaart/paginas/balans.py").run()  # a page switch clears the query string
    assert at.query_params["taal"] == "en"
    # A refresh is a new session with the same URL.
    vers = _app("systeemkaart/paginas/start.py", **{k: at.query_params[k] for k in at.query_params})
    assert vers.session_state[staat.TAAL] == "en"
    assert vers.subheader[0].value == "Open an example"


def test_the_remembered_language_opens_a_new_session_and_the_url_wins(monkeypatch):
    _onthoud(monkeypatch, taal="en")
    at = _app("systeemkaart/paginas/start.py")
    assert at.subheader[0].value == "Open an example"
    assert at.query_params["taal"] == "en"
    at = _app("systeemkaart/paginas/start.py", taal="nl")
    assert at.subheader[0].value == "Open een voorbeeld"


def test_the_switch_is_on_every_page_but_presenting():
    at = _app()
    for pagina in ("start", "mijn_kaarten", "kaart", "invoeren", "balans", "bestanden"):
        at.switch_page(f"systeemkaart/paginas/{pagina}.py").run()
        assert at.radio(key=staat.TAAL).value == "nl", pagina
        assert not at.sidebar.radio  # no longer hidden in the folded sidebar
    at.switch_page("systeemkaart/paginas/presenteren.py").run()
    assert not [r for r in at.radio if r.key == staat.TAAL]
    assert at.session_state[staat.TAAL] == "nl"  # kept while the switch is not drawn


def test_the_browser_is_told_the_language_and_the_own_kaart(db):
    at = _app("systeemkaart/paginas/start.py")
    assert "systeemkaart_taal=nl" in _scripts(at)
    assert "systeemkaart_kaart" not in _scripts(at)  # an example is nobody's own kaart
    at.text_input[1].input("Minder overlast in de wijk")
    at.text_input[2].input("Gemeente")
    at.button[-1].click().run()
    kid = at.query_params["kaart"]
    assert f"systeemkaart_kaart={kid}" in _scripts(at)


# ---------------------------------------------------------------------------
# Coming back.


def test_a_first_visit_lands_on_the_start_page_with_the_example_behind_it(db, monkeypatch):
    _onthoud(monkeypatch)
    at = _app()
    assert _op_start(at)
    assert at.session_state[staat.KAART].titel == voorbeelden.laad(voorbeelden.STANDAARD).titel
    assert Opslag(db).lijst().empty  # nothing stored
    at.run()  # and it stays where the user goes next
    assert _op_start(at)


def test_coming_back_opens_the_last_own_kaart_on_the_map_page(db, monkeypatch):
    kid = Opslag(db).maak(kaart(["a", "b"], [("a", "b", 2)], titel="Wijkaanpak Noord"))
    _onthoud(monkeypatch, kaart_id=kid)
    at = _app()
    assert not _op_start(at)
    assert at.session_state[staat.KAART].titel == "Wijkaanpak Noord"
    assert at.query_params["kaart"] == kid
    assert at.get("bidi_component")  # the map


@pytest.mark.parametrize("weg", ["prullenbak", "onbekend"])
def test_a_remembered_kaart_that_is_gone_gives_the_start_page(db, monkeypatch, weg):
    winkel = Opslag(db)
    kid = winkel.maak(kaart(["a"], [], titel="Weg"))
    if weg == "prullenbak":
        winkel.verwijder(kid)
    else:
        kid = "bestaat-niet"
    _onthoud(monkeypatch, kaart_id=kid)
    at = _app()
    assert _op_start(at)
    assert at.session_state[staat.KAART].titel != "Weg"
    assert not at.warning  # nothing to apologise for: the user asked for nothing


def test_the_url_still_wins_over_what_the_browser_remembers(db, monkeypatch):
    kid = Opslag(db).maak(kaart(["a"], [], titel="Eigen"))
    _onthoud(monkeypatch, kaart_id=kid)
    at = _app(voorbeeld="gebiedsontwikkeling")
    assert at.session_state[staat.KAART].titel == "Gebiedsontwikkeling Spoorzone"
    assert not _op_start(at)


# ---------------------------------------------------------------------------
# Soorten, types and houdingen in the interface language; the kaart keeps its words.


def test_every_vocabulary_word_has_an_english_word_of_its_own():
    for groep, woorden in (("soort", SOORTEN), ("type", PARTNER_TYPES)):
        engels = [woord(groep, w, "en") for w in woorden]
        assert [woord(groep, w, "nl") for w in woorden] == list(woorden)
        assert len(set(engels)) == len(engels)
        assert not set(engels) & set(woorden) - {"team"}, engels  # "team" is both
    assert woordenlijst("soort", "en")["geld"] == "money"
    assert woord("soort", "draagvlak", "en") == "draagvlak"  # a user's own word stays


def _geld_kaart():
    return kaart(
        [{"id": "a", "naam": "Gemeente", "type": "persoon"}, "b"],
        [("a", "b", "geld", 3), ("b", "a", "draagvlak", 2), ("a", "opgave", "kennis", 1)],
    )


def test_the_map_page_shows_soorten_and_types_in_english():
    at = AppTest.from_file(APP, default_timeout=60)
    at.session_state[staat.TAAL] = "en"
    at.session_state[staat.KAART] = _geld_kaart()
    at.session_state[staat.GESELECTEERD] = "a"
    at.switch_page("systeemkaart/paginas/kaart.py")
    zonder_fouten(at.run())
    tabel = next(d.value for d in at.dataframe if "soort" in d.value.columns)
    assert set(tabel["soort"]) == {"money", "draagvlak", "knowledge"}
    assert "person" in " ".join(c.value for c in at.caption)
    (kaartdata,) = at.get("bidi_component")
    data = json.loads(kaartdata.proto.json)
    legenda = [r["tekst"] for r in data["legenda"]["regels"] if "lijn" in r]
    assert {"money", "knowledge", "draagvlak"} <= set(legenda)
    assert at.session_state[staat.KAART].stromen["soort"].tolist() == [
        "geld",
        "draagvlak",
        "kennis",
    ]


def test_the_balance_heatmap_names_the_soorten_in_english():
    from streamlit.dataframe_util import convert_arrow_bytes_to_pandas_df

    at = AppTest.from_file(APP, default_timeout=60)
    at.session_state[staat.TAAL] = "en"
    at.session_state[staat.KAART] = _geld_kaart()
    at.switch_page("systeemkaart/paginas/balans.py")
    zonder_fouten(at.run())
    waarden = set()
    for grafiek in at.get("vega_lite_chart"):
        for d in grafiek.proto.datasets:
            frame = convert_arrow_bytes_to_pandas_df(d.data.data)
            if "soort" in frame.columns:
                waarden |= set(frame["soort"])
    assert waarden == {"money", "draagvlak", "knowledge"}


def test_the_soort_lists_show_english_words_but_store_dutch_ones():
    at = AppTest.from_file(APP, default_timeout=60)
    at.session_state[staat.TAAL] = "en"
    at.session_state[staat.KAART] = _geld_kaart()
    at.switch_page("systeemkaart/paginas/interventies.py")
    zonder_fouten(at.run())
    lijst = at.selectbox(key="iv_ambitie_soort_voordeel")  # the move shown first
    assert lijst.format_func("geld") == "money" and lijst.value == "overig"
    assert lijst.format_func("draagvlak") == "draagvlak"
    assert "other" in lijst.proto.options and "draagvlak" in lijst.proto.options


# ---------------------------------------------------------------------------
# Streamlit's own texts.


def test_streamlits_texts_have_a_dutch_translation_and_english_restores_them():
    nl = streamlit_teksten.regels("nl")
    assert all(r["doel"] != r["bron"] for r in nl if r["sleutel"] != "streamlit.icoon")
    assert all(r["doel"] == r["bron"] for r in streamlit_teksten.regels("en"))
    assert {r["sleutel"] for r in nl} <= set(TEKSTEN["nl"]) & set(TEKSTEN["en"])
    assert tekst("streamlit.upload_grootte", "nl", grootte="20MB") == "max. 20MB per bestand"


def test_the_page_carries_the_translator_in_its_language():
    at = _app("systeemkaart/paginas/start.py")
    assert "Naar de inhoud" in _scripts(at) and "Press Enter to apply" in _scripts(at)
    at.radio(key=staat.TAAL).set_value("en").run()
    assert "Naar de inhoud" not in _scripts(at)


def test_no_script_text_can_end_the_script_early():
    assert "</script>" not in streamlit_teksten.script("nl")[8:-9]
    assert herinnering.script("nl", "a</script>").count("</script>") == 1
