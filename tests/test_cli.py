"""The command line: exit codes, the Dutch table, the JSON shape, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from systeem.cli import main
from tests.conftest import DATA, doc

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def kaartbestand(tmp_path):
    pad = tmp_path / "kaart.json"
    data = doc(
        ["a", "b", "c"],
        [("a", "opgave", 4), ("opgave", "b", 2), ("c", "opgave", 1), ("opgave", "c", 1)],
    )
    data["partners"].append({"id": "d", "naam": "Delta"})
    pad.write_text(json.dumps(data), encoding="utf-8")
    return pad


def run(capsys, *args):
    code = main([str(a) for a in args])
    uit = capsys.readouterr()
    return code, uit.out, uit.err


def test_analyse_json_has_exactly_the_documented_shape(capsys, kaartbestand):
    code, out, err = run(capsys, "analyse", kaartbestand, "--json")
    assert code == 0 and err == ""
    data = json.loads(out)
    assert list(data) == ["titel", "drempel", "partners", "signalen"]
    assert data["titel"] == "Proefkaart" and data["drempel"] == pytest.approx(1 / 3)
    assert [list(p) for p in data["partners"]] == [
        ["id", "naam", "brengen", "halen", "balans", "klasse"]
    ] * 4
    assert data["partners"][0] == {
        "id": "a",
        "naam": "A",
        "brengen": 4,
        "halen": 0,
        "balans": -1.0,
        "klasse": "geeft_veel_meer",
    }
    assert data["partners"][3]["balans"] is None and data["partners"][3]["klasse"] == "geen_stromen"
    assert all(list(s) == ["code", "partners", "tekst"] for s in data["signalen"])
    assert {s["code"] for s in data["signalen"]} >= {
        "geeft_veel_meer",
        "haalt_veel_meer",
        "geen_stromen",
    }


def test_analyse_threshold_is_passed_through(capsys, kaartbestand):
    code, out, _ = run(capsys, "analyse", kaartbestand, "--json", "--drempel", "0,9")
    data = json.loads(out)
    assert code == 0 and data["drempel"] == 0.9
    assert [p["klasse"] for p in data["partners"]] == [
        "geeft_veel_meer",
        "haalt_veel_meer",
        "in_balans",
        "geen_stromen",
    ]


def test_analyse_prints_a_readable_dutch_table(capsys, kaartbestand):
    code, out, _ = run(capsys, "analyse", kaartbestand)
    assert code == 0
    regels = out.splitlines()
    assert regels[0] == "Proefkaart" and regels[1] == "Drempel: 0,33"
    assert regels[3].split() == ["Partner", "Brengt", "Haalt", "Balans", "Klasse"]
    assert regels[4].split()[:4] == ["A", "4", "0", "-1,00"]
    assert "geeft veel meer dan er terugkomt" in regels[4]
    assert "Delta" in out and "nog geen stromen" in out
    assert "Signalen:" in out


def test_invalid_kaart_exits_2_with_every_problem_on_stderr(capsys, tmp_path):
    pad = tmp_path / "fout.json"
    pad.write_text(json.dumps(doc(["a"], [("a", "xyz", 9)])), encoding="utf-8")
    code, out, err = run(capsys, "analyse", pad)
    assert code == 2 and out == ""
    assert "stromen[0].waarde: moet een geheel getal van 1 tot en met 5 zijn, niet 9" in err
    assert 'stromen[0].naar: onbekende partner "xyz"' in err
    assert "Traceback" not in err


def test_invalid_kaart_with_taal_en_lists_the_problems_in_english(capsys, tmp_path):
    pad = tmp_path / "fout.json"
    pad.write_text(json.dumps(doc(["a"], [("a", "xyz", 9)])), encoding="utf-8")
    code, out, err = run(capsys, "analyse", pad, "--taal", "en")
    assert code == 2 and out == ""
    assert err.splitlines() == [
        "The map is not right (2 problems):",
        "- stromen[0].waarde: must be a whole number from 1 to 5, not 9",
        '- stromen[0].naar: unknown partner "xyz" (no partner id and not "opgave")',
    ]


def test_python_dash_m_writes_problems_in_the_language_asked(tmp_path):
    pad = tmp_path / "fout.json"
    pad.write_text(json.dumps(doc(["a"], [("a", "a", 3)])), encoding="utf-8")
    proces = subprocess.run(
        [sys.executable, "-m", "systeem", "analyse", str(pad), "--taal", "en"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert proces.returncode == 2, proces.stderr
    assert 'van and naar are the same ("a"); choose two different ones' in proces.stderr
    assert "klopt" not in proces.stderr and "Traceback" not in proces.stderr


@pytest.mark.parametrize(
    ("inhoud", "melding"),
    [
        (b"", "geen geldige JSON"),
        (b"{", "geen geldige JSON: regel 1, kolom 2"),
        (b"\xff\xfe\x00garbage", "geen UTF-8"),
        (b"[1, 2]", "een kaart moet een JSON-object zijn"),
        (
            b'{"formaat": "systeemkaart", "versie": 1, "titel": NaN, "partners": [], "stromen": []}',
            "NaN is geen geldige JSON-waarde",
        ),
        (
            b'{"formaat": "systeemkaart", "versie": 7, "titel": "x", "partners": [], "stromen": []}',
            "formaatversie 7",
        ),
    ],
)
def test_unreadable_content_exits_2(capsys, tmp_path, inhoud, melding):
    pad = tmp_path / "k.json"
    pad.write_bytes(inhoud)
    code, _, err = run(capsys, "analyse", pad)
    assert code == 2 and melding in err


def test_missing_file_exits_1_and_bad_arguments_exit_2(capsys, tmp_path, kaartbestand):
    code, _, err = run(capsys, "analyse", tmp_path / "bestaat-niet.json")
    assert code == 1 and "bestand niet gevonden" in err
    code, _, err = run(capsys, "analyse", kaartbestand, "--drempel", "2")
    assert code == 2 and "hoogstens 1" in err
    code, _, err = run(capsys, "analyse")
    assert code == 2 and "ontbreken" in err
    code, _, err = run(capsys, "onzin")
    assert code == 2


def test_exporteer_json_normalises_and_reads_back_equal(capsys, kaartbestand, tmp_path):
    uit = tmp_path / "uit.json"
    code, _, err = run(capsys, "exporteer", kaartbestand, uit)
    assert code == 0 and "Geschreven" in err
    data = json.loads(uit.read_text(encoding="utf-8"))
    assert data["partners"][0] == {
        "id": "a",
        "naam": "A",
        "type": "organisatie",
        "sector": "",
        "invloed": None,
        "toelichting": "",
    }
    assert data["stromen"][0]["tastbaar"] is True
    code, _, _ = run(capsys, "exporteer", uit, tmp_path / "nog eens.json")
    assert code == 0 and (tmp_path / "nog eens.json").read_text(encoding="utf-8") == uit.read_text(
        encoding="utf-8"
    )


def test_exporteer_to_unknown_extension_exits_1(capsys, kaartbestand, tmp_path):
    code, _, err = run(capsys, "exporteer", kaartbestand, tmp_path / "uit.docx")
    assert code == 1 and ".json" in err and ".html" in err


def test_python_dash_m_runs_the_cli_without_traceback(tmp_path):
    pad = tmp_path / "kapot.json"
    pad.write_text("{nope", encoding="utf-8")
    proces = subprocess.run(
        [sys.executable, "-m", "systeem", "analyse", str(pad)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proces.returncode == 2
    assert "geen geldige JSON" in proces.stderr and "Traceback" not in proces.stderr
    goed = subprocess.run(
        [
            sys.executable,
            "-m",
            "systeem",
            "analyse",
            str(DATA / "loonaangifteketen.json"),
            "--json",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert goed.returncode == 0 and json.loads(goed.stdout)["titel"] == "Loonaangifteketen"


def test_exporteer_html_writes_the_offline_map(capsys, kaartbestand, tmp_path):
    uit = tmp_path / "kaart.html"
    code, _, _ = run(capsys, "exporteer", kaartbestand, uit)
    html = uit.read_text(encoding="utf-8")
    assert code == 0 and html.lower().startswith("<!doctype html>")
    assert "Proefkaart" in html and "vis.Network" in html
    assert 'src="http' not in html and 'href="http' not in html


SLECHTE_KUMU = b"From;To;Strength\nGemeente;Zorg;4\nGemeente;Zorg;heel veel\nZorg;Gemeente;2\n"


def test_kumu_met_slechte_rijen_exit_2_met_elke_rij_en_een_hint(capsys, tmp_path):
    pad = tmp_path / "verbindingen.csv"
    pad.write_bytes(SLECHTE_KUMU)
    uit = tmp_path / "uit.json"
    code, out, err = run(capsys, "exporteer", pad, uit)
    assert code == 2 and out == "" and not uit.exists()
    assert "blad verbindingen.csv, rij 3, kolom Strength" in err and 'niet "heel veel"' in err
    assert "--sla-slechte-rijen-over" in err and "Traceback" not in err


def test_sla_slechte_rijen_over_leest_de_rest_en_noemt_wat_overgeslagen_is(capsys, tmp_path):
    pad = tmp_path / "verbindingen.csv"
    pad.write_bytes(SLECHTE_KUMU)
    uit = tmp_path / "uit.json"
    code, _, err = run(capsys, "exporteer", pad, uit, "--sla-slechte-rijen-over")
    assert code == 0
    assert "Overgeslagen: blad verbindingen.csv, rij 3, kolom Strength" in err
    data = json.loads(uit.read_text(encoding="utf-8"))
    assert [(s["van"], s["naar"], s["waarde"]) for s in data["stromen"]] == [
        ("gemeente", "zorg", 4),
        ("zorg", "gemeente", 2),
    ]
    code, out, err = run(capsys, "analyse", pad, "--json", "--sla-slechte-rijen-over")
    assert code == 0 and "Overgeslagen:" in err
    assert [p["naam"] for p in json.loads(out)["partners"]] == ["Gemeente", "Zorg"]


def test_kumu_csv_paar_en_zip_op_de_opdrachtregel(capsys, tmp_path):
    import zipfile

    elementen = b"Label,Type\nGemeente,Organization\nZorg,Person\n"
    verbindingen = b"From,To,Type,Strength\nGemeente,Zorg,geld,4\n"
    (tmp_path / "Elements.csv").write_bytes(elementen)
    (tmp_path / "Connections.csv").write_bytes(verbindingen)
    with zipfile.ZipFile(tmp_path / "kumu.zip", "w") as zf:
        zf.writestr("Elements.csv", elementen)
        zf.writestr("Connections.csv", verbindingen)
    uit_paar, uit_zip = tmp_path / "paar.json", tmp_path / "zip.json"
    code, _, _ = run(
        capsys, "exporteer", tmp_path / "Elements.csv", tmp_path / "Connections.csv", uit_paar
    )
    assert code == 0
    code, _, _ = run(capsys, "exporteer", tmp_path / "kumu.zip", uit_zip)
    assert code == 0
    paar = json.loads(uit_paar.read_text(encoding="utf-8"))
    via_zip = json.loads(uit_zip.read_text(encoding="utf-8"))
    assert [p["naam"] for p in paar["partners"]] == ["Gemeente", "Zorg"]
    assert paar["partners"] == via_zip["partners"] and paar["stromen"] == via_zip["stromen"]
    code, out, _ = run(
        capsys, "analyse", tmp_path / "Elements.csv", tmp_path / "Connections.csv", "--json"
    )
    assert code == 0 and len(json.loads(out)["partners"]) == 2
    code, _, err = run(capsys, "analyse", tmp_path / "Elements.csv", tmp_path / "paar.json")
    assert code == 2 and "kies één bestand" in err


def test_kumu_rows_and_notes_in_english_with_taal_en(capsys, tmp_path):
    pad = tmp_path / "verbindingen.csv"
    pad.write_bytes(SLECHTE_KUMU)
    uit = tmp_path / "uit.json"
    code, out, err = run(capsys, "exporteer", pad, uit, "--taal", "en")
    assert code == 2 and "Use --sla-slechte-rijen-over to leave these rows out" in err
    assert "Gebruik" not in err and "klopt" not in err
    code, _, err = run(capsys, "exporteer", pad, uit, "--sla-slechte-rijen-over", "--taal", "en")
    assert code == 0 and "Left out: " in err and "Overgeslagen" not in err
