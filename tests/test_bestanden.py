"""Reading and writing kaart files."""

from __future__ import annotations

import json

import pytest

from systeem import bestanden
from systeem.validatie import KaartFout
from tests.conftest import VOORBEELDEN, kaart


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
    with pytest.raises(KaartFout, match=r"\.json, \.xlsx of \.zip"):
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
