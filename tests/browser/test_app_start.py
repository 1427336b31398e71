"""The app starts on the Start page with an example kaart open behind it (a first visit:
nothing of one's own to come back to), with nothing fetched from outside."""

from __future__ import annotations

from tests.browser.conftest import wacht_op_app


def test_app_opens_on_an_example_without_network(pagina, app_url):
    pagina.goto(app_url)
    wacht_op_app(pagina)
    assert "/start" in pagina.url
    assert "Loonaangifteketen" in pagina.get_by_test_id("stSidebar").inner_text()
    assert pagina.extern == []
