"""GEXF and GraphML: they open with networkx's readers, every partner and stroom present."""

from __future__ import annotations

import io

import networkx as nx
import pandas as pd
import pytest

from systeem import bestanden
from systeem.analyses import balans, netwerkmaten
from systeem.bestanden import graafbestanden
from systeem.cli import main
from tests.conftest import VOORBEELDEN, kaart


@pytest.mark.parametrize("pad", VOORBEELDEN, ids=lambda p: p.stem)
@pytest.mark.parametrize("formaat", ["gexf", "graphml"])
def test_graaf_opent_met_networkx_met_alle_partners_en_stromen(pad, formaat):
    k = bestanden.lees(pad)
    inhoud = bestanden.naar_bytes(k, formaat)
    lees = nx.read_gexf if formaat == "gexf" else nx.read_graphml
    g = lees(io.BytesIO(inhoud))
    assert set(g.nodes) == {"opgave", *k.partners["id"]}
    randen = list(g.edges(data=True))
    stromen = [d for _, _, d in randen if d["laag"] == "stroom"]
    assert len(stromen) == len(k.stromen)
    assert sorted(int(d["waarde"]) for d in stromen) == sorted(k.stromen["waarde"].tolist())
    assert sum(d["laag"] == "afhankelijkheid" for _, _, d in randen) == len(k.afhankelijkheden)
    tabel = balans.balans(k)
    for pid, rij in tabel.iterrows():
        assert g.nodes[pid]["klasse"] == rij["klasse"]
        assert g.nodes[pid]["label"] == rij["naam"]
        if rij["klasse"] != "geen_stromen":
            assert float(g.nodes[pid]["balans"]) == pytest.approx(rij["balans"])


def test_vijandige_tekst_en_stuurtekens_blijven_geldige_xml():
    k = kaart(
        [{"id": "a", "naam": "<b>&\"'\x01</b>", "toelichting": "]]>"}],
        [{"van": "a", "naar": "opgave", "soort": "geld", "waarde": 2, "omschrijving": "x\x0by"}],
    )
    for formaat in ("gexf", "graphml"):
        inhoud = bestanden.naar_bytes(k, formaat)
        g = (nx.read_gexf if formaat == "gexf" else nx.read_graphml)(io.BytesIO(inhoud))
        assert g.nodes["a"]["label"] == "<b>&\"'</b>"


def test_cli_schrijft_graafbestanden(tmp_path, capsys):
    for naam in ("k.gexf", "k.graphml"):
        assert main(["exporteer", str(VOORBEELDEN[0]), str(tmp_path / naam)]) == 0
        assert (tmp_path / naam).stat().st_size > 1000
    capsys.readouterr()


def test_gexf_draagt_plek_en_kleur_voor_gephi():
    k = kaart(["a"], [("a", "opgave", 3)], posities={"a": [10.0, 20.0]})
    tekst = graafbestanden.naar_gexf(k).decode()
    assert "viz:position" in tekst and "viz:color" in tekst


@pytest.mark.parametrize("formaat", ["gexf", "graphml"])
def test_netwerkmaten_staan_als_knoopattributen_in_het_bestand(formaat):
    """Gephi and other tools find every measure on every node, read back with networkx."""
    k = kaart(
        ["a", "b", "c", "d"],
        [("a", "opgave", 3), ("opgave", "a", 1), ("b", "a", 2), ("b", "a", 1), ("c", "b", 4)],
        afhankelijkheden=[
            {"partner": "a", "afhankelijk_van": "b", "sterkte": 4},
            {"partner": "c", "afhankelijk_van": "b", "sterkte": 2},
        ],
    )
    inhoud = bestanden.naar_bytes(k, formaat)
    g = (nx.read_gexf if formaat == "gexf" else nx.read_graphml)(io.BytesIO(inhoud))
    maten = netwerkmaten.maten(k)
    for knoop, rij in maten.iterrows():
        for kolom in netwerkmaten.KOLOMMEN:
            if pd.isna(rij[kolom]):
                assert kolom.startswith("micmac") and knoop == "opgave"
                assert kolom not in g.nodes[knoop]
            elif kolom == "micmac_rol":
                assert g.nodes[knoop][kolom] == rij[kolom]
            else:
                assert float(g.nodes[knoop][kolom]) == pytest.approx(float(rij[kolom])), kolom
    assert g.nodes["b"]["micmac_rol"] == "sturend"
    assert int(g.nodes["d"]["graad_in"]) == 0  # an isolated partner has its measures too


@pytest.mark.parametrize("formaat", ["gexf", "graphml"])
def test_extra_velden_reizen_mee_en_geen_losse_opgave_zonder_stromen(formaat):
    from systeem.model.validatie import valideer

    k = valideer(
        {
            "formaat": "systeemkaart",
            "versie": 2,
            "titel": "Uit Kumu",
            "partners": [
                {"id": "a", "naam": "A", "extra": {"Element Type": "Org", "Strength": 1.5}},
                {"id": "b", "naam": "B", "extra": {"Strength": "sterk", "Actief": True}},
            ],
            "stromen": [
                {
                    "van": "a",
                    "naar": "b",
                    "soort": "geld",
                    "waarde": 2,
                    "extra": {"Tags": "x|y", "kumu:waarde": 3},
                }
            ],
        }
    )
    lees = nx.read_gexf if formaat == "gexf" else nx.read_graphml
    g = lees(io.BytesIO(bestanden.naar_bytes(k, formaat)))
    # No stroom touches the opgave and it has no text: Kumu's map had no such element.
    assert set(g.nodes) == {"a", "b"}
    assert g.nodes["a"]["extra:Element Type"] == "Org" and g.nodes["a"]["extra:Strength"] == "1.5"
    assert g.nodes["b"]["extra:Strength"] == "sterk" and g.nodes["b"]["extra:Actief"] == "true"
    assert [d["extra:Tags"] for _, _, d in g.edges(data=True)] == ["x|y"]
    assert not any("extra:kumu:waarde" in d for _, _, d in g.edges(data=True))
    met_opgave = lees(io.BytesIO(bestanden.naar_bytes(k.met(opgave="Samen"), formaat)))
    assert "opgave" in met_opgave
