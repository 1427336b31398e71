"""AppTest tests of the Kaart page (systeemkaart/paginas/kaart.py and systeemkaart/netwerk_component.py).

AppTest runs the script without a browser: the map component shows up as an
``UnknownElement`` of type ``bidi_component`` and its JavaScript never runs.  A click or
a drop on the map is simulated by seeding the component's state under its key, which
makes ``result.klik`` / ``result.verplaatst`` appear in the next run.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from systeem import weergave
from systeem.analyses import netwerkmaten
from systeem.bestanden import voorbeelden
from systeem.model.validatie import valideer
from systeemkaart.netwerk_component import SLEUTEL
from tests.conftest import kaartdata

# Widget keys of the Kaart page (the page is a script, so they are not imported).
W_DREMPEL = "kaart_w_drempel"
W_PARTNER = "kaart_w_partner"
W_GROOTTE = "kaart_w_grootte"

APP = str(Path(__file__).resolve().parents[1] / "app.py")


def _app(voorbeeld: str | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=30)
    if voorbeeld:
        at.query_params["voorbeeld"] = voorbeeld
    return at


def _markdown(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


def _uit_balans(at: AppTest) -> set[str]:
    """Partner ids listed as out of balance (one "Bekijk" button each)."""
    return {b.key.removeprefix("kaart_toon_") for b in at.button if b.key.startswith("kaart_toon_")}


@pytest.mark.parametrize("naam", voorbeelden.namen())
def test_page_loads_for_every_example(naam):
    at = _app(naam)
    at.run()
    assert not at.exception
    assert not at.error
    kaart = voorbeelden.laad(naam)
    assert kaart.titel in _markdown(at).replace("\\", "")  # markdown escapes removed
    data = kaartdata(at)
    assert len([n for n in data["nodes"] if n["rol"] == "partner"]) == len(kaart.partners)
    assert data["options"]["physics"]["enabled"] is False
    assert _uit_balans(at), "every example has a partner out of balance"


def test_empty_kaart_shows_a_hint():
    at = _app()
    at.session_state["kaart"] = valideer(
        {
            "formaat": "systeemkaart",
            "versie": 1,
            "titel": "Nieuw",
            "opgave": "Samen iets oplossen",
            "partners": [{"id": "p1", "naam": "Gemeente"}],
            "stromen": [],
        }
    )
    at.run()
    assert not at.exception
    assert any("nog geen stromen" in i.value for i in at.info)
    assert _uit_balans(at) == set()
    assert len(kaartdata(at)["nodes"]) == 2  # opgave + one partner


def test_threshold_changes_who_is_out_of_balance():
    at = _app("loonaangifteketen")
    at.run()
    standaard = _uit_balans(at)
    at.select_slider(key=W_DREMPEL).set_value(0.05).run()
    laag = _uit_balans(at)
    at.select_slider(key=W_DREMPEL).set_value(0.95).run()
    hoog = _uit_balans(at)
    assert not at.exception
    assert at.session_state["drempel"] == 0.95
    assert hoog < standaard < laag


def test_click_on_the_map_selects_the_partner_and_shows_its_panel():
    at = _app("loonaangifteketen")
    at.run()
    assert at.session_state["geselecteerd"] is None
    at.session_state[SLEUTEL] = {"klik": "uwv"}
    at.run()
    assert not at.exception
    assert at.session_state["geselecteerd"] == "uwv"
    assert at.selectbox(key=W_PARTNER).value == "uwv"
    tekst = _markdown(at)
    assert "#### UWV" in tekst
    assert "Per soort" in tekst and "Afhankelijkheden" in tekst
    at.run()  # in a browser the click callback runs first; here the next run shows it
    assert kaartdata(at)["gekozen"] == "uwv"


def test_click_on_an_unknown_id_changes_nothing():
    at = _app("loonaangifteketen")
    at.run()
    at.session_state[SLEUTEL] = {"klik": "bestaat_niet"}
    at.run()
    assert not at.exception
    assert at.session_state["geselecteerd"] is None


def test_drag_stores_the_place_in_the_kaart():
    at = _app("loonaangifteketen")
    at.run()
    at.session_state[SLEUTEL] = {"verplaatst": {"id": "uwv", "x": 123.44, "y": -56.7}}
    at.run()
    assert not at.exception
    assert at.session_state["kaart"].posities["uwv"] == (123.4, -56.7)
    at.run()  # the next rerun draws the node where it was dropped
    (uwv,) = [n for n in kaartdata(at)["nodes"] if n["id"] == "uwv"]
    assert (uwv["x"], uwv["y"]) == (123.4, -56.7)


def test_a_bad_drop_is_ignored():
    at = _app("loonaangifteketen")
    at.run()
    voor = dict(at.session_state["kaart"].posities)
    at.session_state[SLEUTEL] = {"verplaatst": {"id": "uwv", "x": "veel", "y": None}}
    at.run()
    assert not at.exception
    assert dict(at.session_state["kaart"].posities) == voor


def test_english_labels():
    at = _app("loonaangifteketen")
    at.session_state["taal"] = "en"
    at.run()
    assert not at.exception
    assert at.select_slider(key=W_DREMPEL).label == "Threshold for ‘out of balance’"
    assert "Out of balance" in _markdown(at)
    assert "Shared task" in _markdown(at)


def test_user_text_cannot_become_markdown():
    at = _app()
    at.session_state["kaart"] = valideer(
        {
            "formaat": "systeemkaart",
            "versie": 1,
            "titel": "![x](http://example.com/x.png)",
            "partners": [{"id": "a", "naam": "[klik](http://example.com)"}],
            "stromen": [{"van": "a", "naar": "opgave", "soort": "geld", "waarde": 3}],
        }
    )
    at.session_state["geselecteerd"] = "a"
    at.run()
    assert not at.exception
    tekst = _markdown(at)
    assert "](http" not in tekst.replace("\\]\\(http", "")
    assert "\\!\\[x\\]" in tekst


def test_a_big_kaart_lists_the_partners_furthest_out_of_balance_and_counts_the_rest():
    from systeemkaart import staat
    from tests.conftest import kaart

    ids = [f"p{i:02d}" for i in range(20)]
    # All give 5; the even ones take nothing (balans -1), the odd ones take 1, 2 or 3
    # (balans -0.67, -0.43, -0.25): 10 + 7 = 17 out of balance, of which 15 are listed.
    stromen = [(p, "opgave", "geld", 5) for p in ids] + [
        ("opgave", p, "kennis", i % 3 + 1) for i, p in enumerate(ids) if i % 2
    ]
    at = _app("loonaangifteketen")  # a plain first visit lands on Start (issue 16)
    at.run()
    at.session_state[staat.KAART] = kaart(ids, stromen)
    at.run()
    assert not at.exception
    getoond = _uit_balans(at)
    assert len(getoond) == 15
    assert {p for i, p in enumerate(ids) if i % 2 == 0} <= getoond  # balans -1 first
    assert "En nog 2 partners uit balans" in " ".join(c.value for c in at.caption)


def test_the_per_sector_view_shows_one_node_per_sector():
    at = _app("regionale_jeugdhulp")
    at.run()
    assert at.get("bidi_component")  # the interactive map
    at.toggle(key="kaart_per_sector").set_value(True).run()
    assert not at.exception
    assert not at.get("bidi_component")
    (frame,) = at.get("iframe")
    k = voorbeelden.laad("regionale_jeugdhulp")
    sectoren = {s.strip().casefold() for s in k.partners["sector"] if s.strip()}
    assert f"Per sector: {len(sectoren)} knopen voor {len(k.partners)} partners" in " ".join(
        c.value for c in at.caption
    )
    assert '"sector:' in frame.proto.srcdoc
    at.toggle(key="kaart_per_sector").set_value(False).run()
    assert at.get("bidi_component")


def test_the_panel_shows_the_partners_network_measures():
    at = _app("loonaangifteketen")
    at.run()
    at.session_state[SLEUTEL] = {"klik": "uwv"}
    at.run()
    assert not at.exception
    rij = netwerkmaten.maten(voorbeelden.laad("loonaangifteketen")).loc["uwv"]
    tekst = _markdown(at)
    assert "**Plek in het netwerk**" in tekst
    assert f"Krijgt van {rij['graad_in']} en geeft aan {rij['graad_uit']} partijen" in tekst
    makelaar = f"{rij['betweenness']:.2f}".replace(".", ",")
    assert f"Makelaar {makelaar} · nabijheid" in tekst
    assert f": {rij['micmac_rol']}" in tekst


def test_a_network_measure_as_node_size_changes_the_sizes():
    at = _app("loonaangifteketen")
    at.run()
    voor = {n["id"]: n["size"] for n in kaartdata(at)["nodes"] if n["rol"] == "partner"}
    at.selectbox(key=W_GROOTTE).set_value("betweenness").run()
    assert not at.exception
    assert at.session_state["grootte"] == "betweenness"
    data = kaartdata(at)
    na = {n["id"]: n["size"] for n in data["nodes"] if n["rol"] == "partner"}
    assert na != voor
    maat = netwerkmaten.maten(voorbeelden.laad("loonaangifteketen"))["betweenness"].iloc[1:]
    assert na[maat.idxmax()] == weergave.GROOTSTE
    assert {na[p] for p in maat.index[maat == 0]} <= {weergave.KLEINSTE}
    assert {"kop": "Grootte: Makelaar"} in data["legenda"]["regels"]
    # The choice stays when the page is left and opened again; the old options still work.
    at.selectbox(key=W_GROOTTE).set_value("invloed").run()
    assert at.session_state["grootte"] == "invloed"
