"""The rule for charts with a row per partner (systeemkaart/grafiek.py), and that every such chart
of the Balans and Interventies pages follows it, at every size from 2 to 150 partners.

What the browser sees (every name drawn, level with its bar) is tested in
tests/browser/test_grafiek_labels.py; here the rule itself and the charts' specs.
"""

from __future__ import annotations

import json
from pathlib import Path

import altair as alt
import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from systeemkaart import grafiek
from systeemkaart.grafiek import (
    LETTER,
    MATRIX_MAX,
    MIN_HOOGTE,
    RIJ,
    hoogte,
    partner_as,
    per_partner,
)
from tests.kaartgenerator import WIJK_OPGAVE as OPGAVE
from tests.kaartgenerator import namen, wijkaanpak

APP = str(Path(__file__).resolve().parents[1] / "app.py")


def test_hoogte_volgt_het_aantal_rijen():
    """From 2 to 150 partners each row gets RIJ px, room for a name and air (so no two
    names touch), and the plot never shrinks below MIN_HOOGTE or as partners are added."""
    vorige = 0
    for rijen in range(2, 151):
        h = hoogte(rijen)
        assert h == max(MIN_HOOGTE, RIJ * rijen)
        assert h / rijen >= RIJ >= 1.6 * LETTER  # a row holds its name with air around it
        assert h >= vorige
        vorige = h
    assert hoogte(150) == 150 * RIJ  # 4,200 px: the page scrolls, the names stay readable


def test_partner_as_laat_geen_naam_weg():
    """Every label is drawn where its row is, whatever else the caller asks."""
    als = partner_as(labelOverlap=True, orient="top", labelAngle=-45).to_dict()
    assert als["labelOverlap"] is False
    assert als["orient"] == "top" and als["labelAngle"] == -45
    assert partner_as().to_dict()["labelLimit"] == grafiek.NAAM_BREEDTE


def test_per_partner_geeft_de_plot_zijn_hoogte():
    """The height is the rows' own (fit-x: legend and axes come on top), drawn as SVG."""
    data = pd.DataFrame({"partner": namen(11), "waarde": range(11)})
    basis = alt.Chart(data).mark_bar().encode(x="waarde:Q", y=alt.Y("partner:N", axis=partner_as()))
    for figuur in (basis, basis + basis):
        spec = per_partner(figuur, 11).to_dict()
        assert spec["height"] == hoogte(11)
        assert spec["autosize"] == {"type": "fit-x", "contains": "padding"}
        assert spec["usermeta"]["embedOptions"]["renderer"] == "svg"


def _rij_assen(spec: dict) -> list[dict]:
    """The nominal y encodings of a chart and its layers."""
    lagen = [spec, *spec.get("layer", [])]
    return [
        laag["encoding"]["y"]
        for laag in lagen
        if laag.get("encoding", {}).get("y", {}).get("type") == "nominal"
    ]


def _open(pagina: str, n: int) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    at.session_state["kaart"] = wijkaanpak(n, scenario=True)
    at.switch_page(pagina)
    at.run()
    assert not at.exception
    return at


@pytest.mark.parametrize("n", [2, 6, 11, MATRIX_MAX, 40, 150])
def test_elke_partnergrafiek_volgt_de_regel(n):
    """On the Balans and Interventies pages, every chart with a row per partner (a
    nominal y axis) is as high as its rows ask, keeps every name, and is SVG."""
    partners = set(namen(n))
    rijgrafieken = 0
    for pagina in ("systeemkaart/paginas/balans.py", "systeemkaart/paginas/interventies.py"):
        at = _open(pagina, n)
        for figuur in at.get("vega_lite_chart"):
            spec = json.loads(figuur.proto.spec)
            assen = _rij_assen(spec)
            if not assen:
                continue  # the MICMAC and quadrant charts: no row per partner
            rijgrafieken += 1
            rijen = assen[0]["sort"]
            assert set(rijen) - {OPGAVE} <= partners and len(set(rijen)) == len(rijen)
            assert spec["height"] == hoogte(len(rijen)), rijen[:3]
            assert spec["autosize"]["type"] == "fit-x"
            assert spec["usermeta"]["embedOptions"]["renderer"] == "svg"
            for as_ in assen:
                assert as_["axis"]["labelOverlap"] is False
    # Balans: bars, per soort, power, pair matrix (up to MATRIX_MAX nodes); Interventies:
    # the scenario's and the departure's arrows, the asymmetry matrix (up to MATRIX_MAX).
    assert rijgrafieken == 3 + (n + 1 <= MATRIX_MAX) + 2 + (n <= MATRIX_MAX)
