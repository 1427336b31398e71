"""AppTest tests of the Balans page (systeemkaart/paginas/balans.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from systeem.analyses import balans, netwerkmaten
from systeem.bestanden import voorbeelden
from systeem.model.kaart import Kaart
from systeem.weergave import KLASSE_KLEUREN
from tests.conftest import kaart

APP = str(Path(__file__).resolve().parents[1] / "app.py")
PAGINA = "systeemkaart/paginas/balans.py"


def _open(voorbeeld: str | None = "loonaangifteketen", taal: str | None = None, k=None):
    at = AppTest.from_file(APP, default_timeout=30)
    if voorbeeld:
        at.query_params["voorbeeld"] = voorbeeld
    if taal:
        at.session_state["taal"] = taal
    at.run()
    if k is not None:
        at.session_state["kaart"] = k
    at.switch_page(PAGINA)
    at.run()
    assert not at.exception
    assert not [e.value for e in at.error]
    return at


def _grafieken(at: AppTest) -> list[dict]:
    return [json.loads(g.proto.spec) for g in at.get("vega_lite_chart")]


@pytest.mark.parametrize("naam", voorbeelden.namen())
def test_laadt_elk_voorbeeld(naam):
    at = _open(naam)
    k = voorbeelden.laad(naam)
    cijfers = balans.systeem(k)
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Met stromen"] == f"{cijfers['met_stromen']} / {cijfers['partners']}"
    assert metrics["Geven veel meer"] == str(cijfers["geeft_veel_meer"])
    assert metrics["Halen veel meer"] == str(cijfers["haalt_veel_meer"])
    assert len(_grafieken(at)) == 5  # bars, per soort, pair matrix, power, MICMAC
    tabel = at.table[0].value
    assert len(tabel) == len(k.partners)


def test_inschatting_wordt_genoemd():
    at = _open()
    assert any("inschatting van wie de kaart maakte" in i.value for i in at.info)


def test_staafdiagram_kleuren_als_de_kaart():
    at = _open()
    staven = _grafieken(at)[0]
    schaal = staven["layer"][0]["encoding"]["color"]["scale"]
    assert schaal["range"] == [KLASSE_KLEUREN[k] for k in balans.KLASSEN]
    assert schaal["domain"][0] == "geeft veel meer dan er terugkomt"
    # Offline: every dataset is inline, nothing is fetched from a URL.
    assert all("url" not in laag.get("data", {}) for laag in staven["layer"])


def test_brengen_links_halen_rechts():
    """The bars' data: brengen negative (left), halen positive (right)."""
    from streamlit.dataframe_util import convert_arrow_bytes_to_pandas_df

    at = _open()
    grafiek = at.get("vega_lite_chart")[0]
    frames = [convert_arrow_bytes_to_pandas_df(d.data.data) for d in grafiek.proto.datasets]
    rijen = next(f for f in frames if "kant" in f.columns)
    k = voorbeelden.laad("loonaangifteketen")
    bd = balans.balans(k).loc["bd"]
    eigen = rijen[rijen["partner"] == bd["naam"]].set_index("kant")["waarde"].to_dict()
    assert eigen == {"brengt": -bd["brengen"], "haalt": bd["halen"]}


def test_tabel_met_klasse_en_signaal():
    at = _open()
    tabel = at.table[0].value
    assert list(tabel.columns) == [
        "Partner",
        "Brengt",
        "Haalt",
        "Balans",
        "Klasse",
        "Signaal en mogelijke zetten",
    ]
    gever = tabel.iloc[0]
    assert gever["Klasse"] == "geeft veel meer dan er terugkomt"
    assert gever["Signaal en mogelijke zetten"].startswith(gever["Partner"] + " geeft veel meer")


def test_drempel_uit_de_staat():
    at = AppTest.from_file(APP, default_timeout=30)
    at.query_params["voorbeeld"] = "loonaangifteketen"
    at.run()
    at.session_state["drempel"] = 0.9
    at.switch_page(PAGINA)
    at.run()
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Uit balans"].startswith("0 ")


@pytest.mark.parametrize(
    "k",
    [
        Kaart(titel="Leeg"),
        kaart([{"id": "p1", "naam": "Gemeente"}], [], titel="Proef", opgave="Samen iets"),
        kaart(["a", "b"], [("a", "b", 3)]),
    ],
    ids=["zonder_partners", "nieuwe_kaart", "zonder_afhankelijkheden"],
)
def test_lege_en_kleine_kaarten(k):
    at = _open(k=k)
    if not len(k.stromen):
        assert any("nog geen stromen" in i.value for i in at.info)
    assert any("nog geen afhankelijkheden" in i.value for i in at.info)
    # The measures are there for every node, the opgave first; without dependencies
    # everyone is autonomous and there is no MICMAC chart.
    tabel = _maten_tabel(at).value
    assert len(tabel) == len(k.partners) + 1
    assert tabel["partner"].iloc[0] == "Gedeelde opgave"
    assert any("iedereen is autonoom" in c.value for c in at.caption)


def test_grote_kaart_toont_paren_in_plaats_van_matrix():
    partners = [f"p{i}" for i in range(40)]
    stromen = [(f"p{i}", f"p{(i + 1) % 40}", 1 + i % 5) for i in range(40)]
    at = _open(k=kaart(partners, stromen))
    assert len(_grafieken(at)) == 2  # bars and per soort; no matrix, no power chart
    assert any("te groot voor een matrix" in c.value for c in at.caption)
    assert len(at.dataframe[0].value) == 40  # the partner table scrolls
    assert len(at.dataframe[1].value) == 30  # the largest pairs


def test_bewerking_op_invoeren_verandert_de_balans():
    at = _open("gebiedsontwikkeling")
    voor = at.table[0].value.set_index("Partner")["Haalt"]
    versie = at.session_state["kaart_versie"]
    k = at.session_state["kaart"]
    naar = k.namen()[k.stromen.loc[0, "naar"]]
    at.switch_page("systeemkaart/paginas/invoeren.py")
    at.run()
    at.session_state[f"invoeren_stromen_{versie}"] = {
        "edited_rows": {0: {"waarde": 1}},
        "added_rows": [],
        "deleted_rows": [],
    }
    at.run()
    at.switch_page(PAGINA)
    at.run()
    na = at.table[0].value.set_index("Partner")["Haalt"]
    assert na[naar] == voor[naar] - (k.stromen.loc[0, "waarde"] - 1)


def test_engels():
    at = _open(taal="en")
    assert at.title[0].value == "Balance"
    labels = [m.label for m in at.metric]
    assert labels == ["With streams", "Out of balance", "Give far more", "Take far more", "Spread"]
    tabel = at.table[0].value
    assert "Signal and possible moves" in tabel.columns
    assert tabel.iloc[0]["Class"] == "gives far more than it takes"
    assert [s.value for s in at.subheader][0] == "Bringing and taking per partner"
    assert any("mapper's perception" in i.value for i in at.info)


def _maten_tabel(at: AppTest):
    (tabel,) = [d for d in at.dataframe if "betweenness" in d.value.columns]
    return tabel


def test_tabel_met_netwerkmaten_van_elke_partner():
    at = _open()
    tabel = _maten_tabel(at)
    k = voorbeelden.laad("loonaangifteketen")
    maten = netwerkmaten.maten(k)
    waarden = tabel.value
    assert list(waarden.columns) == ["partner", *netwerkmaten.KOLOMMEN]
    assert waarden["partner"].tolist() == ["Gedeelde opgave", *k.partners["naam"]]
    for kolom in netwerkmaten.MATEN:
        assert waarden[kolom].iloc[1:].tolist() == pytest.approx(maten[kolom].iloc[1:].tolist())
    assert set(waarden["micmac_rol"].iloc[1:]) <= {"sturend", "schakel", "afhankelijk", "autonoom"}
    # Each header has its label and its one-sentence definition (the table sorts on a click).
    kolommen = json.loads(tabel.proto.columns)
    assert kolommen["betweenness"]["label"] == "Makelaar"
    assert kolommen["betweenness"]["help"].startswith("Welk deel van de kortste verbindingen")
    assert all(kolommen[k]["help"] for k in netwerkmaten.KOLOMMEN)


def test_invloed_tegen_afhankelijkheid_met_de_vier_rollen():
    from streamlit.dataframe_util import convert_arrow_bytes_to_pandas_df

    at = _open()
    grafiek = at.get("vega_lite_chart")[-1]
    spec = json.loads(grafiek.proto.spec)
    assert sum(laag["mark"]["type"] == "text" for laag in spec["layer"]) >= 4
    assert sum(laag["mark"]["type"] == "rule" for laag in spec["layer"]) == 2  # the means
    punten = next(laag for laag in spec["layer"] if laag["mark"]["type"] == "circle")
    assert punten["encoding"]["x"]["field"] == "afhankelijkheid"
    assert punten["encoding"]["y"]["field"] == "invloed"
    frames = [convert_arrow_bytes_to_pandas_df(d.data.data) for d in grafiek.proto.datasets]
    hoeken = {t for f in frames if "tekst" in f.columns for t in f["tekst"]}
    assert hoeken == {"Sturend", "Schakel", "Afhankelijk", "Autonoom"}
    rijen = next(f for f in frames if "rol" in f.columns)
    macht = netwerkmaten.maten(voorbeelden.laad("loonaangifteketen")).drop(index="opgave")
    assert sorted(rijen["invloed"]) == sorted(macht["micmac_invloed"].tolist())
    assert set(rijen["rol"]) <= {"sturend", "schakel", "afhankelijk", "autonoom"}


def test_netwerkmaten_in_het_engels():
    at = _open(taal="en")
    kolommen = json.loads(_maten_tabel(at).proto.columns)
    assert kolommen["betweenness"]["label"] == "Broker"
    assert "Place in the network: network measures" in [s.value for s in at.subheader]
