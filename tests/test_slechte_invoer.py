"""The bad-input corpus: malformed files of every kind, each refused with a Dutch message
(naming sheet or file, row and column where there is one) or loaded whole where a user
would expect it to load.  Never another exception, never half a kaart; the CLI exits 2
with the message and writes nothing.

The files are built at test time in temporary folders (no binary fixtures in git): about
80 written by hand below, and several hundred more generated with hypothesis.
"""

from __future__ import annotations

import io
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from systeem import bestanden
from systeem.bestanden import bladen, csvzip, excel, kumu
from systeem.cli import main
from systeem.model.validatie import KaartFout, valideer
from tests.conftest import DATA, xlsx
from tests.kaartgenerator import kaart_met_pijlers, kaart_met_scenarios

ROOT = Path(__file__).resolve().parents[1]
VOORBEELD = bestanden.lees(DATA / "gebiedsontwikkeling.json")


def _zip(delen: dict[str, bytes]) -> bytes:
    uit = io.BytesIO()
    with zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED) as zf:
        for naam, inhoud in delen.items():
            zf.writestr(naam, inhoud)
    return uit.getvalue()


def _bom(naam: str, grootte: int) -> bytes:
    """A zip whose one entry unpacks to ``grootte`` zero bytes (a zip bomb)."""
    uit = io.BytesIO()
    with (
        zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf,
        zf.open(naam, "w", force_zip64=True) as deel,
    ):
        blok = bytes(2**20)
        for _ in range(grootte // 2**20):
            deel.write(blok)
    return uit.getvalue()


P = [["id", "naam"], ["a", "Alfa"], ["b", "Bravo"]]
S = [["van", "naar", "soort", "waarde"], ["a", "opgave", "geld", 3]]
SC = [["scenario", "aan", "zet", "instellingen"], ["Plan", "ja", "vertrek", '{"partner": "a"}']]
SCCSV = b'scenario;aan;zet;instellingen\nPlan;ja;vertrek;"{""partner"": ""a""}"\n'
PIJ = [["beoordelaar", "pijler", "score", "notitie"], ["Anna", "kennis", 3, None]]
PIJCSV = b"beoordelaar;pijler;score;notitie\nAnna;kennis;3;\n"
GOED_XLSX = excel.naar_xlsx(VOORBEELD)
GOED_ZIP = csvzip.naar_zip(VOORBEELD)
GOED_KUMU = kumu.naar_xlsx(VOORBEELD)
PCSV = b"id;naam\na;Alfa\nb;Bravo\n"
SCSV = b"van;naar;soort;waarde\na;opgave;geld;3\n"


def _met(blad: str, rijen: list[list]) -> bytes:
    return xlsx(
        {"Partners": P, "Stromen": S, blad: rijen}
        if blad not in ("Partners", "Stromen")
        else {"Partners": P, "Stromen": S} | {blad: rijen}
    )


def _csv(**delen: bytes) -> bytes:
    alle = {"partners.csv": PCSV, "stromen.csv": SCSV}
    alle.update({f"{k}.csv": v for k, v in delen.items()})
    return _zip({k: v for k, v in alle.items() if v is not None})


def _miljoen_rijen_xlsx() -> bytes:
    boek = openpyxl.Workbook()
    blad = boek.active
    blad.title = "Stromen"
    blad.append(S[0])
    blad.cell(1_000_001, 1, "a")
    uit = io.BytesIO()
    boek.save(uit)
    return uit.getvalue()


#: (file name, bytes, a phrase the message must contain).  Every entry must be refused.
GEWEIGERD: list[tuple[str, bytes, str]] = [
    # Empty files, garbage, wrong kinds of file.
    ("leeg.json", b"", "leeg"),
    ("leeg.xlsx", b"", "leeg"),
    ("leeg.zip", b"", "leeg"),
    ("spaties.json", b"   \n ", "geen geldige JSON"),
    ("rommel.xlsx", bytes(range(256)) * 4, "geen Excel-bestand"),
    ("rommel.zip", b"\x89PNG\r\n\x1a\n" + bytes(500), "geen zip-bestand"),
    ("rommel.json", b"\xff\xd8\xff\xe0garbage", "UTF-8"),
    ("nul.json", b"\x00" * 100, "geen geldige JSON"),
    ("tekst.xlsx", b"id;naam\na;Alfa\n", "geen Excel-bestand"),
    ("json.xlsx", b'{"formaat": "systeemkaart"}', "geen Excel-bestand"),
    ("oud.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "oud Excel-bestand (.xls)"),
    ("kaart.pdf", b"%PDF-1.4\n", "kies een bestand met de extensie"),
    ("kaart.csv", PCSV, "is een .zip met partners.csv"),
    ("kaart.xls", b"\xd0\xcf\x11\xe0", "op als Excel-werkmap"),
    ("kaart", b"{}", "kies een bestand met de extensie"),
    ("kaart.txt", b"hallo", "kies een bestand met de extensie"),
    ("kaart.ods", b"PK\x03\x04", "Excel-werkmap"),
    ("xlsx-als.zip", GOED_XLSX, "onbekend bestand"),
    ("zip-als.xlsx", GOED_ZIP, "geen leesbaar Excel-bestand"),
    ("kaart.json.xlsx", b"[]", "geen Excel-bestand"),
    # Truncated and damaged zips.
    *[(f"afgekapt{n}.xlsx", GOED_XLSX[:n], "Excel-bestand") for n in (4, 30, 200, 1000, 3000)],
    (
        "afgekapt-eind.xlsx",
        GOED_XLSX[: len(GOED_XLSX) - 10],
        "Excel-bestand",
    ),
    *[(f"afgekapt{n}.zip", GOED_ZIP[:n], "zip-bestand") for n in (4, 100, 600)],
    ("afgekapt-eind.zip", GOED_ZIP[:-5], "zip-bestand"),
    (
        "beschadigd.xlsx",
        GOED_XLSX[:600] + bytes(200) + GOED_XLSX[800:],
        "Excel-bestand",
    ),
    (
        "beschadigd.zip",
        GOED_ZIP[:80] + bytes(60) + GOED_ZIP[140:],
        "beschadigd",
    ),
    ("leeg-zip.xlsx", _zip({}), "geen leesbaar Excel-bestand"),
    ("leeg-zip.zip", _zip({}), "partners.csv"),
    # Zip bombs (checked before anything is unpacked).
    ("bom.xlsx", _bom("xl/worksheets/sheet1.xml", excel.MAX_UITGEPAKT + 2**20), "zip-bom"),
    ("bom.zip", _bom("stromen.csv", excel.MAX_UITGEPAKT + 2**20), "zip-bom"),
    ("veel-delen.zip", _zip({f"x{i}.csv": b"" for i in range(excel.MAX_DELEN + 1)}), "onderdelen"),
    # A million rows.
    ("miljoen.xlsx", _miljoen_rijen_xlsx(), "meer dan 50.000 rijen"),
    (
        "miljoen.zip",
        _csv(stromen=SCSV[:22] + b"a;opgave;geld;3\n" * 1_000_000),
        "meer dan 50.000 rijen",
    ),
    # Missing sheets or files, missing and unknown columns.
    ("geen-stromen.xlsx", xlsx({"Partners": P}), "blad Stromen ontbreekt"),
    ("geen-partners.xlsx", xlsx({"Stromen": S}), "blad Partners ontbreekt"),
    ("niets.xlsx", xlsx({"Blad1": []}), "blad Partners ontbreekt"),
    ("typfout-blad.xlsx", xlsx({"Partners": P, "Stroom": S}), 'onbekend blad "Stroom"'),
    ("dubbel-blad.xlsx", xlsx({"Partners": P, "Stromen": S, "stromen ": S}), "twee keer"),
    (
        "geen-naam-kolom.xlsx",
        _met("Partners", [["id"], ["a"]]),
        'blad Partners, rij 1: kolom "naam" ontbreekt',
    ),
    (
        "geen-waarde.xlsx",
        _met("Stromen", [["van", "naar", "soort"], ["a", "opgave", "geld"]]),
        'kolom "waarde" ontbreekt',
    ),
    (
        "gewicht.xlsx",
        _met("Stromen", [S[0] + ["gewicht"], ["a", "opgave", "geld", 3, 4]]),
        'onbekende kolom "gewicht"',
    ),
    (
        "dubbele-kolom.xlsx",
        _met("Partners", [["id", "naam", "Naam"], ["a", "A", "B"]]),
        'kolom "naam" staat er twee keer',
    ),
    (
        "kolom-zonder-naam.xlsx",
        _met("Partners", [["id", "naam", None], ["a", "A", "x"]]),
        "geen naam",
    ),
    ("lege-kop.xlsx", _met("Stromen", [[], ["a", "opgave", "geld", 3]]), 'kolom "van" ontbreekt'),
    ("geen-stromen.zip", _csv(stromen=None), "bestand stromen.csv ontbreekt"),
    ("onbekend.zip", _csv(stroom=SCSV), 'onbekend bestand "stroom.csv"'),
    (
        "dubbel.zip",
        _zip({"a/partners.csv": PCSV, "b/partners.csv": PCSV, "stromen.csv": SCSV}),
        "twee keer",
    ),
    (
        "geen-kolom.zip",
        _csv(stromen=b"van;naar;soort\na;opgave;geld\n"),
        'bestand stromen.csv, rij 1: kolom "waarde" ontbreekt',
    ),
    # Cells against the rules: ids, references, ranges, types.
    (
        "dubbele-id.xlsx",
        _met("Partners", P + [["a", "Anders"]]),
        'blad Partners, rij 4, kolom id: dubbele id "a"',
    ),
    ("opgave-id.xlsx", _met("Partners", P + [["opgave", "X"]]), "gereserveerd"),
    (
        "lege-naam.xlsx",
        _met("Partners", P + [["c", None]]),
        "blad Partners, rij 4, kolom naam: is leeg",
    ),
    (
        "onbekend-type.xlsx",
        _met("Partners", [["id", "naam", "type"], ["a", "A", "bedrijf"]]),
        "blad Partners, rij 2, kolom type",
    ),
    (
        "invloed-9.xlsx",
        _met("Partners", [["id", "naam", "invloed"], ["a", "A", 9]]),
        "rij 2, kolom invloed: moet een geheel getal van 0 tot en met 5",
    ),
    (
        "invloed-tekst.xlsx",
        _met("Partners", [["id", "naam", "invloed"], ["a", "A", "veel"]]),
        "kolom invloed",
    ),
    (
        "onbekende-partner.xlsx",
        _met("Stromen", S + [["x", "opgave", "geld", 2]]),
        'blad Stromen, rij 3, kolom van: onbekende partner "x"',
    ),
    (
        "zelf.xlsx",
        _met("Stromen", S + [["a", "Alfa", "geld", 2]]),
        "blad Stromen, rij 3, kolom naar",
    ),
    (
        "waarde-0.xlsx",
        _met("Stromen", S + [["a", "opgave", "geld", 0]]),
        "blad Stromen, rij 3, kolom waarde",
    ),
    (
        "waarde-6.xlsx",
        _met("Stromen", S + [["a", "opgave", "geld", 6]]),
        "tot en met 5 zijn, niet 6",
    ),
    (
        "waarde-half.xlsx",
        _met("Stromen", S + [["a", "opgave", "geld", 2.5]]),
        "rij 3, kolom waarde: moet een geheel getal zijn",
    ),
    ("waarde-komma.xlsx", _met("Stromen", S + [["a", "opgave", "geld", "2,5"]]), 'niet "2,5"'),
    ("waarde-tekst.xlsx", _met("Stromen", S + [["a", "opgave", "geld", "hoog"]]), 'niet "hoog"'),
    ("waarde-waar.xlsx", _met("Stromen", S + [["a", "opgave", "geld", True]]), "niet WAAR"),
    (
        "waarde-leeg.xlsx",
        _met("Stromen", S + [["a", "opgave", "geld", None]]),
        "rij 3, kolom waarde: is leeg",
    ),
    (
        "soort-leeg.xlsx",
        _met("Stromen", S + [["a", "opgave", None, 2]]),
        "rij 3, kolom soort: is leeg",
    ),
    (
        "tastbaar.xlsx",
        _met("Stromen", [S[0] + ["tastbaar"], ["a", "opgave", "geld", 3, "soms"]]),
        "moet ja of nee zijn",
    ),
    (
        "sterkte.xlsx",
        _met("Afhankelijkheden", [["partner", "afhankelijk_van", "sterkte"], ["a", "b", 7]]),
        "blad Afhankelijkheden, rij 2, kolom sterkte",
    ),
    (
        "afh-zelf.xlsx",
        _met("Afhankelijkheden", [["partner", "afhankelijk_van", "sterkte"], ["a", "a", 3]]),
        "kolom afhankelijk_van",
    ),
    (
        "afh-opgave.xlsx",
        _met("Afhankelijkheden", [["partner", "afhankelijk_van", "sterkte"], ["a", "opgave", 3]]),
        "de gedeelde opgave kan hier niet staan",
    ),
    (
        "houding.xlsx",
        _met(
            "Belangen",
            [["partner", "omschrijving", "soort", "houding"], ["a", "x", "organisatie", "boos"]],
        ),
        "blad Belangen, rij 2, kolom houding",
    ),
    (
        "belang-soort.xlsx",
        _met(
            "Belangen",
            [["partner", "omschrijving", "soort", "houding"], ["a", "x", "geld", "steunt"]],
        ),
        "kolom soort",
    ),
    (
        "positie-tekst.xlsx",
        _met("Posities", [["id", "x", "y"], ["a", "links", 3]]),
        "blad Posities, rij 2, kolom x",
    ),
    (
        "positie-onbekend.xlsx",
        _met("Posities", [["id", "x", "y"], ["zz", 1, 3]]),
        "blad Posities, rij 2, kolom id",
    ),
    (
        "positie-dubbel.xlsx",
        _met("Posities", [["id", "x", "y"], ["a", 1, 3], ["a", 2, 2]]),
        "blad Posities, rij 3, kolom id",
    ),
    (
        "kaart-veld.xlsx",
        _met("Kaart", [["veld", "waarde"], ["titel", "T"], ["auteur", "x"]]),
        "blad Kaart, rij 3, kolom veld",
    ),
    (
        "csv-waarde.zip",
        _csv(stromen=SCSV + b"a;opgave;geld;9\n"),
        "bestand stromen.csv, rij 3, kolom waarde",
    ),
    ("csv-id.zip", _csv(partners=PCSV + b"a;Nog een\n"), "bestand partners.csv, rij 4, kolom id"),
    (
        "csv-cellen.zip",
        _csv(stromen=SCSV + b"a;opgave;geld;3;extra;meer\n"),
        "bestand stromen.csv, rij 3: 6 cellen",
    ),
    ("csv-aanhaling.zip", _csv(stromen=SCSV + b'a;opgave;"geld;3\n'), "aanhalingsteken"),
    ("csv-binair.zip", _csv(stromen=b"van;naar\x00;soort\n"), "binaire gegevens"),
    (
        "csv-teken.zip",
        _csv(stromen=b"van;naar;soort;waarde\na;opgave;g\x81\x8d\x8f;3\n"),
        "Windows-1252",
    ),
    ("csv-leeg.zip", _csv(stromen=b""), 'kolom "van" ontbreekt'),
    # Scenarios: bad JSON, unknown moves, out of range, no name; nothing is imported.
    (
        "scenario-json.xlsx",
        _met("Scenarios", SC + [["Plan", "ja", "vertrek", "{partner: a}"]]),
        "blad Scenarios, rij 3, kolom instellingen: geen geldige JSON",
    ),
    (
        "scenario-json-afgekapt.xlsx",
        _met("Scenarios", SC + [["Plan", "ja", "vertrek", '{"partner": "a"']]),
        "blad Scenarios, rij 3, kolom instellingen: geen geldige JSON",
    ),
    (
        "scenario-zet.xlsx",
        _met("Scenarios", SC + [["Plan", "ja", "weggaan", '{"partner": "a"}']]),
        'blad Scenarios, rij 3, kolom zet: onbekende zet "weggaan"',
    ),
    (
        "scenario-punten.xlsx",
        _met("Scenarios", SC + [["Plan", "ja", "compenseren", '{"partner": "a", "punten": 101}']]),
        "blad Scenarios, rij 3, kolom instellingen: punten: ",
    ),
    (
        "scenario-naam.xlsx",
        _met("Scenarios", SC + [[None, "ja", "vertrek", '{"partner": "b"}']]),
        "blad Scenarios, rij 3, kolom scenario: is leeg",
    ),
    (
        "scenario-aan.xlsx",
        _met("Scenarios", SC + [["Plan", "soms", "vertrek", '{"partner": "b"}']]),
        "blad Scenarios, rij 3, kolom aan: moet ja of nee zijn",
    ),
    (
        "scenario-geen-zet-kolom.xlsx",
        _met("Scenarios", [["scenario", "instellingen"], ["Plan", '{"partner": "a"}']]),
        'blad Scenarios, rij 1: kolom "zet" ontbreekt',
    ),
    (
        "scenario-json.zip",
        _csv(scenarios=SCCSV + b"Plan;ja;vertrek;{partner: a}\n"),
        "bestand scenarios.csv, rij 3, kolom instellingen: geen geldige JSON",
    ),
    (
        "scenario-punten.zip",
        _csv(scenarios=SCCSV + b'Plan;ja;bijdrage;"{""partner"": ""a"", ""punten"": 0}"\n'),
        "bestand scenarios.csv, rij 3, kolom instellingen: punten: ",
    ),
    # The pijlerscan: unknown pillar, score out of range, a rater twice on a pillar, no rater.
    (
        "pijler-onbekend.xlsx",
        _met("Pijlers", PIJ + [["Anna", "geld", 2, None]]),
        'blad Pijlers, rij 3, kolom pijler: moet een van "mindset"',
    ),
    (
        "pijler-score-7.xlsx",
        _met("Pijlers", PIJ + [["Anna", "dialoog", 7, None]]),
        "blad Pijlers, rij 3, kolom score: moet een geheel getal van 1 tot en met 5 zijn, niet 7",
    ),
    (
        "pijler-score-half.xlsx",
        _met("Pijlers", PIJ + [["Anna", "dialoog", 2.5, None]]),
        "blad Pijlers, rij 3, kolom score: moet een geheel getal zijn",
    ),
    (
        "pijler-dubbel.xlsx",
        _met("Pijlers", PIJ + [["Anna", "Kennis", 4, None]]),
        'blad Pijlers, rij 3, kolom pijler: Anna heeft pijler "kennis" al gescoord',
    ),
    (
        "pijler-geen-beoordelaar.xlsx",
        _met("Pijlers", PIJ + [[None, "dialoog", 4, "x"]]),
        "blad Pijlers, rij 3, kolom beoordelaar: is leeg; vul dit in",
    ),
    (
        "pijler-geen-kolom.xlsx",
        _met("Pijlers", [["beoordelaar", "score"], ["Anna", 3]]),
        'blad Pijlers, rij 1: kolom "pijler" ontbreekt',
    ),
    (
        "pijler-onbekende-kolom.xlsx",
        _met("Pijlers", [PIJ[0] + ["gewicht"], ["Anna", "kennis", 3, None, 2]]),
        'blad Pijlers, rij 1: onbekende kolom "gewicht"',
    ),
    (
        "pijler-onbekend.zip",
        _csv(pijlers=PIJCSV + b"Anna;geld;2;\n"),
        "bestand pijlers.csv, rij 3, kolom pijler: moet een van",
    ),
    (
        "pijler-score-7.zip",
        _csv(pijlers=PIJCSV + b"Bram;kennis;7;\n"),
        "bestand pijlers.csv, rij 3, kolom score: moet een geheel getal van 1 tot en met 5",
    ),
    (
        "pijler-dubbel.zip",
        _csv(pijlers=PIJCSV + b"Anna;kennis;;nog een keer\n"),
        "bestand pijlers.csv, rij 3, kolom pijler: Anna heeft pijler",
    ),
    (
        "pijler-geen-beoordelaar.zip",
        _csv(pijlers=PIJCSV + b" ;dialoog;4;\n"),
        "bestand pijlers.csv, rij 3, kolom beoordelaar: is leeg",
    ),
    # Kumu files that cannot be mapped.
    (
        "kumu-sterkte.xlsx",
        xlsx(
            {
                "Elements": [["Label"], ["A"]],
                "Connections": [["From", "To", "Strength"], ["A", "B", "veel"]],
            }
        ),
        "blad Connections, rij 2, kolom Strength",
    ),
    (
        "kumu-label.xlsx",
        xlsx({"Elements": [["Label", "Type"], [None, "x"]]}),
        "blad Elements, rij 2, kolom Label: is leeg",
    ),
    (
        "kumu-dubbelzinnig.xlsx",
        xlsx(
            {
                "Elements": [["Label", "Type"], ["A", "Person"], ["A", "Team"], ["B", None]],
                "Connections": [["From", "To"], ["A", "B"]],
            }
        ),
        "blad Connections, rij 2, kolom From",
    ),
    (
        "kumu-geen-to.xlsx",
        xlsx({"Connections": [["From", "Type"], ["A", "geld"]]}),
        'blad Connections, rij 1: kolom "To" ontbreekt',
    ),
    (
        "kumu-leeg-from.xlsx",
        xlsx({"Connections": [["From", "To"], [None, "B"]]}),
        "blad Connections, rij 2, kolom From: is leeg",
    ),
    # JSON.
    ("kapot.json", b'{"titel": ', "geen geldige JSON"),
    ("lijst.json", b"[]", "JSON-object"),
    ("versie.json", b'{"formaat": "systeemkaart", "versie": 9}', "formaatversie 9"),
    ("diep.json", b"[" * 100_000 + b"]" * 100_000, "geen geldige JSON"),
]

#: Files a user would expect to load, with what must come out.
GELADEN: list[tuple[str, bytes, dict]] = [
    (
        "lege-rijen.xlsx",
        _met("Stromen", [S[0], [None] * 4, S[1], [None, " ", None, None]]),
        {"stromen": 1},
    ),
    ("extra-leeg-blad.xlsx", xlsx({"Partners": P, "Stromen": S, "Blad2": []}), {"partners": 2}),
    (
        "hoofdletters.xlsx",
        xlsx({"PARTNERS": [["ID", "NAAM"], ["a", "A"]], "stromen": S}),
        {"partners": 1},
    ),
    ("namen.xlsx", _met("Stromen", [S[0], ["Alfa", "bravo", "Geld", "4,0"]]), {"stromen": 1}),
    ("alleen-kop.zip", _csv(stromen=b"van;naar;soort;waarde\r\n"), {"stromen": 0}),
    ("crlf.zip", _csv(stromen=SCSV.replace(b"\n", b"\r\n")), {"stromen": 1}),
    (
        "scenarios.xlsx",
        _met("Scenarios", SC + [[None] * 4, ["Leeg", None, None, None], SC[1]]),
        {"scenarios": 2},
    ),
    ("scenarios.zip", _csv(scenarios=SCCSV), {"scenarios": 1}),
    ("scenarios-alleen-kop.zip", _csv(scenarios=SCCSV.split(b"\n")[0]), {"scenarios": 0}),
    (
        "pijlers.xlsx",
        _met("Pijlers", PIJ + [[None] * 4, [" Bram ", " Vertrouwen ", "4,0", "'=niet rekenen"]]),
        {"pijlers": 2},
    ),
    ("pijlers.zip", _csv(pijlers=PIJCSV.replace(b"\n", b"\r\n")), {"pijlers": 1}),
    ("pijlers-alleen-kop.zip", _csv(pijlers=PIJCSV.split(b"\n")[0]), {"pijlers": 0}),
    (
        "kumu-minimaal.xlsx",
        xlsx({"Connections": [["From", "To"], ["A", "B"]]}),
        {"partners": 2, "stromen": 1},
    ),
    (
        "kumu-sterkte-10.xlsx",
        xlsx(
            {
                "Elements": [["Label"], ["A"], ["B"]],
                "Connections": [["From", "To", "Strength"], ["A", "B", 10]],
            }
        ),
        {"stromen": 1},
    ),
    # Kumu merges a Label given twice, and a connection to itself is left out (noted).
    ("kumu-dubbel.xlsx", xlsx({"Elements": [["Label"], ["A"], ["A "]]}), {"partners": 1}),
    (
        "kumu-zelf.xlsx",
        xlsx({"Elements": [["Label"], ["A"]], "Connections": [["From", "To"], ["A", "A"]]}),
        {"partners": 1, "stromen": 0},
    ),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    map_ = tmp_path_factory.mktemp("slecht")
    for naam, inhoud, _ in GEWEIGERD + GELADEN:
        (map_ / naam).write_bytes(inhoud)
    return map_


@pytest.mark.parametrize(("naam", "inhoud", "melding"), GEWEIGERD, ids=[g[0] for g in GEWEIGERD])
def test_slecht_bestand_wordt_geweigerd_met_een_nederlandse_melding(naam, inhoud, melding, corpus):
    begin = time.perf_counter()
    with pytest.raises(KaartFout) as fout:
        bestanden.lees(corpus / naam)
    assert time.perf_counter() - begin < 5, "te traag geweigerd"
    tekst = str(fout.value)
    assert melding in tekst, tekst
    assert tekst.startswith("De kaart klopt niet")
    assert "Traceback" not in tekst and "Error" not in tekst


@pytest.mark.parametrize(("naam", "inhoud", "verwacht"), GELADEN, ids=[g[0] for g in GELADEN])
def test_bestand_dat_een_gebruiker_verwacht_laadt_heel(naam, inhoud, verwacht, corpus):
    k = bestanden.lees(corpus / naam)
    assert valideer(k.naar_dict()) == k
    for tabel, aantal in verwacht.items():
        assert len(getattr(k, tabel)) == aantal


def test_te_groot_bestand_wordt_geweigerd_zonder_het_te_lezen(tmp_path):
    pad = tmp_path / "groot.xlsx"
    with open(pad, "wb") as f:  # a sparse file: large on paper, instant to make
        f.truncate(bestanden.MAX_GROOTTE + 1)
    begin = time.perf_counter()
    with pytest.raises(KaartFout, match="groter dan 50 MB"):
        bestanden.lees(pad)
    assert time.perf_counter() - begin < 1
    with pytest.raises(KaartFout, match="groter dan"):
        bestanden.lees_bytes("groot.zip", b"PK" + bytes(bestanden.MAX_GROOTTE))


def test_cli_geeft_2_en_de_melding_voor_elk_geweigerd_bestand(corpus, tmp_path, capsys):
    for naam, _, melding in GEWEIGERD:
        uit = tmp_path / "uit.json"
        code = main(["exporteer", str(corpus / naam), str(uit)])
        fout = capsys.readouterr().err
        assert code == 2, (naam, fout)
        assert melding in fout and "Traceback" not in fout, (naam, fout)
        assert not uit.exists()


def test_cli_als_proces_zonder_traceback(corpus, tmp_path):
    proces = subprocess.run(
        [
            sys.executable,
            "-m",
            "systeem",
            "exporteer",
            str(corpus / "bom.xlsx"),
            str(tmp_path / "k.json"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proces.returncode == 2
    assert "zip-bom" in proces.stderr and "Traceback" not in proces.stderr


# ---------------------------------------------------------------------------
# Generated: a valid workbook with one cell, row, column or sheet broken at random.

_CEL = (
    st.none()
    | st.text(st.characters(exclude_categories=("Cc", "Cs")), max_size=6)
    | st.integers(-10, 10)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.booleans()
    | st.sampled_from(["=1+1", "3,0", "ja", "opgave", "a", "Alfa", "#N/B", " "])
)


def _als_rijen(frame) -> list[list]:
    return [list(frame.columns)] + [list(r) for r in frame.itertuples(index=False, name=None)]


#: The example with scenarios of every move (on partners it may not have: not checked) and
#: a pijlerscan.
MET_SCENARIOS = VOORBEELD.met(
    scenarios=valideer(kaart_met_scenarios()).scenarios,
    pijlers=valideer(kaart_met_pijlers()).pijlers,
)


@st.composite
def beschadigde_bladen(draw):
    vellen = {naam: _als_rijen(f) for naam, f in bladen.naar_bladen(MET_SCENARIOS).items()}
    for _ in range(draw(st.integers(1, 3))):
        blad = draw(st.sampled_from(sorted(vellen)))
        rijen = vellen[blad]
        actie = draw(
            st.sampled_from(
                ["cel", "cel", "cel", "kop", "rij_weg", "rij_dubbel", "blad_weg", "kolom_weg"]
            )
        )
        if not rijen[0]:
            continue  # every column of this blad is gone already
        if actie == "cel" and len(rijen) > 1:
            r = draw(st.integers(1, len(rijen) - 1))
            k = draw(st.integers(0, len(rijen[0]) - 1))
            rijen[r][k] = draw(_CEL)
        elif actie == "kop":
            rijen[0][draw(st.integers(0, len(rijen[0]) - 1))] = draw(_CEL)
        elif actie == "rij_weg" and len(rijen) > 1:
            del rijen[draw(st.integers(1, len(rijen) - 1))]
        elif actie == "rij_dubbel" and len(rijen) > 1:
            rijen.append(list(rijen[draw(st.integers(1, len(rijen) - 1))]))
        elif actie == "blad_weg":
            del vellen[blad]
        elif actie == "kolom_weg":
            k = draw(st.integers(0, len(rijen[0]) - 1))
            for rij in rijen:
                del rij[k]
    return vellen


def _controleer(lezen, vellen) -> None:
    try:
        k = lezen()
    except KaartFout as fout:
        assert fout.problemen
        for p in fout.problemen:
            tekst = str(p)
            assert tekst and "Traceback" not in tekst
            if ", rij " in tekst:
                assert tekst.startswith(("blad ", "bestand ")), tekst
        return
    assert valideer(k.naar_dict()) == k  # loaded whole and valid
    for blad, tabel in bladen.TABEL.items():
        if blad in vellen:
            rijen = [
                r for r in vellen[blad][1:] if any(c is not None and str(c).strip() for c in r)
            ]
            assert len(getattr(k, tabel)) == len(rijen), blad  # never half a table
    if "Scenarios" in vellen:  # never half a scenario: every row with a zet is a move
        kop = [str(c).strip().lower() for c in vellen["Scenarios"][0]]
        zetten = [r[kop.index("zet")] for r in vellen["Scenarios"][1:]]
        assert sum(len(s.interventies) for s in k.scenarios) == sum(
            z is not None and str(z).strip() != "" and not str(z).startswith("=") for z in zetten
        )  # a formula cell in an .xlsx reads as empty: never calculated


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(beschadigde_bladen())
def test_gegenereerde_beschadigde_excel(vellen):
    _controleer(lambda: bestanden.lees_bytes("k.xlsx", xlsx(vellen)), vellen)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(beschadigde_bladen(), st.sampled_from([";", ","]))
def test_gegenereerde_beschadigde_csv_zip(vellen, scheiding):
    import csv

    delen = {}
    for blad, rijen in vellen.items():
        tekst = io.StringIO()
        csv.writer(tekst, delimiter=scheiding).writerows(
            [["" if c is None else c for c in rij] for rij in rijen]
        )
        delen[f"{blad.lower()}.csv"] = tekst.getvalue().encode("utf-8")
    _controleer(lambda: bestanden.lees_bytes("k.zip", _zip(delen)), vellen)


@settings(max_examples=150, deadline=None)
@given(
    st.binary(max_size=400) | st.binary(max_size=200).map(lambda b: GOED_XLSX[:300] + b),
    st.sampled_from(["k.json", "k.xlsx", "k.zip"]),
)
def test_willekeurige_bytes_worden_netjes_geweigerd(inhoud, naam):
    with pytest.raises(KaartFout):
        bestanden.lees_bytes(naam, inhoud)


def test_corpus_is_groot_genoeg():
    assert len(GEWEIGERD) + len(GELADEN) >= 90  # plus 240 generated files above
