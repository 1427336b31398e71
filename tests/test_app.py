"""The app shell and the Start page, driven by Streamlit's AppTest (no browser)."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from systeem.bestanden import voorbeelden
from systeemkaart import staat


def app(**query) -> AppTest:
    at = AppTest.from_file("../app.py", default_timeout=60)
    for sleutel, waarde in query.items():
        at.query_params[sleutel] = waarde
    return at.run()


def naar(at: AppTest, pagina: str) -> AppTest:
    return at.switch_page(f"systeemkaart/paginas/{pagina}.py").run()


def test_opens_on_the_default_example():
    at = app()
    assert not at.exception
    assert at.session_state[staat.KAART].titel == "Loonaangifteketen"
    assert "Loonaangifteketen" in at.sidebar.caption[0].value


@pytest.mark.parametrize("naam", voorbeelden.namen())
def test_url_opens_the_named_example(naam):
    at = app(voorbeeld=naam)
    assert not at.exception
    assert at.session_state[staat.KAART].titel == voorbeelden.laad(naam).titel


def test_start_page_opens_an_example_in_one_click():
    at = naar(app(), "start")
    assert not at.exception
    at.button(key="open_gebiedsontwikkeling").click().run()
    assert at.session_state[staat.KAART].titel == "Gebiedsontwikkeling Spoorzone"


def test_start_page_starts_an_empty_kaart():
    at = naar(app(), "start")
    at.text_input[0].input("Wijkaanpak Noord")
    at.text_input[1].input("Minder overlast in de wijk")
    at.text_input[2].input("Gemeente")
    at.button[-1].click().run()
    assert not at.exception
    kaart = at.session_state[staat.KAART]
    assert (kaart.titel, kaart.opgave, kaart.partners["naam"].tolist()) == (
        "Wijkaanpak Noord",
        "Minder overlast in de wijk",
        ["Gemeente"],
    )
    assert len(kaart.stromen) == 0 and set(kaart.posities) == {"opgave", "p1"}


def test_start_page_asks_for_the_task_and_a_partner():
    at = naar(app(), "start")
    at.button[-1].click().run()
    assert at.error and "gedeelde opgave" in at.error[0].value
    assert at.session_state[staat.KAART].titel == "Loonaangifteketen"  # unchanged


def test_language_switch_changes_the_interface():
    at = naar(app(), "start")
    assert at.title[0].value == "Systeemkaart" and at.subheader[0].value == "Open een voorbeeld"
    at.radio(key=staat.TAAL).set_value("en").run()  # top right of every page
    assert at.subheader[0].value == "Open an example"
    assert at.radio(key=staat.TAAL).label == "Language"


def test_url_can_start_in_english():
    at = naar(app(taal="en"), "start")
    assert at.subheader[0].value == "Open an example"


def test_an_unexpected_error_shows_a_calm_message_not_a_traceback():
    def pagina():
        from systeemkaart.fouten import veilig

        def kapot():
            raise RuntimeError("iets onverwachts")

        veilig(kapot)

    at = AppTest.from_function(pagina).run()
    assert not at.exception
    assert at.error[0].value.startswith("Er ging iets mis")
