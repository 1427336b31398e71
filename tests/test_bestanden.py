"""Reading and writing kaart files."""

from __future__ import annotations

import json

import pytest

from systeem import bestanden
from systeem.model.validatie import KaartFout, valideer
from tests.conftest import VOORBEELDEN, kaart
from tests.kaartgenerator import kaart_met_scenarios


@pytest.mark.parametrize("pad", VOORBEELDEN, ids=lambda p: p.stem)
def test_json_round_trip_gives_an_equal_kaart(pad, tmp_path):
    k = bestanden.lees(pad)
    uit = bestanden.schrijf(k, tmp_path / "k.json")
    assert bestanden.lees(uit) == k
    assert bestanden.naar_json(bestanden.lees(uit)) == uit.read_text(encoding="utf-8")


def test_utf8_with_bom_and_dutch_characters_read_fine(tmp_path):
    k = kaart(["a"], [("a", "opgave", 1)], titel="Eén keer aanleveren — ‘meervoudig’ gebruiken")
    pad = tmp_path / "bom.json"
    pad.write_bytes(b"\xef\xbb\xbf" + bestanden.naar_json(k).encode("utf-8"))
    assert bestanden.lees(pad).titel == "Eén keer aanleveren — ‘meervoudig’ gebruiken"
    assert "Eén" in pad.read_text(encoding="utf-8-sig")  # written readable, not \u-escaped


def test_wrong_extension_is_refused_in_dutch(tmp_path):
    pad = tmp_path / "kaart.pdf"
    pad.write_bytes(b"%PDF-1.4")
    with pytest.raises(KaartFout, match=r"\.json, \.xlsx, \.zip of \.csv"):
        bestanden.lees(pad)


def test_a_folder_or_missing_file_is_a_read_error(tmp_path):
    with pytest.raises(bestanden.LeesFout, match="niet gevonden"):
        bestanden.lees(tmp_path / "weg.json")
    (tmp_path / "map.json").mkdir()
    with pytest.raises(bestanden.LeesFout, match="map"):
        bestanden.lees(tmp_path / "map.json")


def test_too_large_file_is_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(bestanden, "MAX_GROOTTE", 10)
    pad = tmp_path / "groot.json"
    pad.write_text(json.dumps({"titel": "x" * 20}), encoding="utf-8")
    with pytest.raises(KaartFout, match="groter dan"):
        bestanden.lees(pad)


def test_json_syntax_errors_say_where_in_dutch():
    with pytest.raises(KaartFout) as fout:
        bestanden.lees_json(b'{\n  "titel": "x",\n  "partners": [,]\n}')
    assert (
        str(fout.value.problemen[0])
        == "geen geldige JSON: regel 3, kolom 16: er ontbreekt een waarde"
    )


def test_writing_an_unknown_format_is_refused(tmp_path):
    with pytest.raises(ValueError, match="kies de extensie"):
        bestanden.schrijf(kaart(["a"]), tmp_path / "k.pdf")


def test_a_versie_1_file_is_read_as_versie_2_without_scenarios(tmp_path):
    oud = {
        "formaat": "systeemkaart",
        "versie": 1,
        "titel": "Oud",
        "partners": [{"id": "a", "naam": "A"}],
        "stromen": [{"van": "a", "naar": "opgave", "soort": "geld", "waarde": 2}],
    }
    pad = tmp_path / "oud.json"
    pad.write_text(json.dumps(oud), encoding="utf-8")
    k = bestanden.lees(pad)
    assert k.scenarios == () and k.titel == "Oud" and len(k.stromen) == 1
    geschreven = json.loads(bestanden.naar_json(k))
    assert geschreven["versie"] == 2 and geschreven["scenarios"] == []
    assert bestanden.lees_json(bestanden.naar_json(k)) == k


def test_a_versie_1_file_with_scenarios_is_refused():
    oud = {"formaat": "systeemkaart", "versie": 1, "titel": "T", "partners": [], "stromen": []}
    with pytest.raises(KaartFout, match="scenarios: bestaat pas vanaf formaatversie 2"):
        bestanden.lees_json(json.dumps({**oud, "scenarios": []}))


def test_scenarios_survive_json(tmp_path):
    k = valideer(kaart_met_scenarios())
    uit = bestanden.schrijf(k, tmp_path / "k.json")
    terug = bestanden.lees(uit)
    assert terug == k and terug.scenarios == k.scenarios
    assert bestanden.naar_json(terug) == uit.read_text(encoding="utf-8")
