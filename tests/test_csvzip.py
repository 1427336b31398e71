"""CSV zip: round trips, separators and encodings a spreadsheet program writes, scenarios,
the pijlerscan."""

from __future__ import annotations

import io
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings

from systeem import bestanden
from systeem.bestanden import csvzip
from systeem.model.validatie import KaartFout, valideer
from tests.conftest import VOORBEELDEN, kaart
from tests.kaartgenerator import kaart_met_pijlers, kaart_met_scenarios, kaarten, lastige_namen


def _zip(bestanden_: dict[str, bytes]) -> bytes:
    uit = io.BytesIO()
    with zipfile.ZipFile(uit, "w") as zf:
        for naam, inhoud in bestanden_.items():
            zf.writestr(naam, inhoud)
    return uit.getvalue()


PARTNERS = "id{s}naam{s}sector\ngem{s}Gemeente{s}publiek\nzorg{s}Zorg én Welzijn{s}\n"
STROMEN = 'van{s}naar{s}soort{s}waarde{s}omschrijving\ngem{s}zorg{s}geld{s}"3,0"{s}subsidie\n'


@pytest.mark.parametrize("pad", VOORBEELDEN, ids=lambda p: p.stem)
def test_voorbeeld_json_naar_csv_zip_en_terug_is_gelijk(pad, tmp_path):
    k = bestanden.lees(pad)
    terug = bestanden.lees(bestanden.schrijf(k, tmp_path / "k.zip"))
    assert terug == k


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(kaarten)
def test_gegenereerde_kaart_overleeft_csv_zip(k):
    assert csvzip.lees(csvzip.naar_zip(k)) == k


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lastige_namen().map(valideer))
def test_lastige_namen_overleven_csv_zip(k):
    assert csvzip.lees(csvzip.naar_zip(k)) == k


def test_csv_noemt_partners_bij_naam():
    k = kaart(
        [
            {"id": "gem", "naam": "Gemeente"},
            {"id": "z1", "naam": "Zorg; Welzijn"},
            {"id": "z2", "naam": "zorg; welzijn"},
        ],
        [("gem", "z1", 3), ("z2", "opgave", 2)],
        afhankelijkheden=[{"partner": "z2", "afhankelijk_van": "gem", "sterkte": 4}],
    )
    with zipfile.ZipFile(io.BytesIO(csvzip.naar_zip(k))) as zf:
        stromen = zf.read("stromen.csv").decode("utf-8-sig").split("\r\n")
        afh = zf.read("afhankelijkheden.csv").decode("utf-8-sig").split("\r\n")
        partners = zf.read("partners.csv").decode("utf-8-sig").split("\r\n")
    assert stromen[1:3] == [
        'Gemeente;"Zorg; Welzijn (z1)";geld;3;;ja',
        '"zorg; welzijn (z2)";opgave;geld;2;;ja',
    ]
    assert afh[1] == '"zorg; welzijn (z2)";Gemeente;;4'
    assert partners[0] == "naam;type;sector;invloed;toelichting;id"
    assert csvzip.lees(csvzip.naar_zip(k)) == k


def test_geschreven_csv_is_voor_een_nederlandse_excel():
    k = kaart(
        ["a"], [("a", "opgave", 2)], posities={"a": [-120.5, 3.0]}, titel="=cmd|' /C calc'!A0"
    )
    with zipfile.ZipFile(io.BytesIO(csvzip.naar_zip(k))) as zf:
        assert sorted(zf.namelist()) == sorted(csvzip.BESTANDEN)
        tekst = zf.read("kaart.csv").decode("utf-8")
        plekken = zf.read("posities.csv").decode("utf-8")
    assert tekst.startswith("\ufeffveld;waarde\r\n")
    assert "titel;'=cmd|' /C calc'!A0" in tekst
    assert plekken == "\ufeffpartner;x;y\r\nA;-120,5;3,0\r\n"  # the partner by name
    assert csvzip.naar_zip(k) == csvzip.naar_zip(k)  # same kaart, same bytes


@pytest.mark.parametrize("scheiding", [";", ",", "\t"])
@pytest.mark.parametrize(
    "codering", ["utf-8", "utf-8-sig", "cp1252", "utf-16"], ids=["utf8", "bom", "win1252", "utf16"]
)
def test_scheidingstekens_en_tekensets_worden_herkend(scheiding, codering):
    inhoud = _zip(
        {
            "partners.csv": PARTNERS.format(s=scheiding).encode(codering),
            "stromen.csv": STROMEN.format(s=scheiding).encode(codering),
        }
    )
    k = bestanden.lees_bytes("Wijk.zip", inhoud)
    assert k.titel == "Wijk"
    assert k.partners["naam"].tolist() == ["Gemeente", "Zorg én Welzijn"]
    assert k.stromen[["van", "naar", "waarde", "omschrijving"]].values.tolist() == [
        ["gem", "zorg", 3, "subsidie"]
    ]


def test_map_in_de_zip_en_macos_rommel():
    inhoud = _zip(
        {
            "kaart/partners.csv": PARTNERS.format(s=";").encode(),
            "kaart/Stromen.CSV": STROMEN.format(s=";").encode(),
            "__MACOSX/kaart/._partners.csv": b"\x00\x05\x16\x07",
            "kaart/.DS_Store": b"\x00\x00",
        }
    )
    assert len(bestanden.lees_bytes("k.zip", inhoud).stromen) == 1


def test_problemen_noemen_bestand_rij_en_kolom():
    inhoud = _zip(
        {
            "partners.csv": PARTNERS.format(s=";").encode(),
            "stromen.csv": (STROMEN.format(s=";") + "gem;opgave;geld;9;\n").encode(),
        }
    )
    with pytest.raises(KaartFout) as fout:
        bestanden.lees_bytes("k.zip", inhoud)
    assert [str(p) for p in fout.value.problemen] == [
        "bestand stromen.csv, rij 3, kolom waarde: moet een geheel getal van 1 tot en met 5 zijn, niet 9"
    ]


def test_scenarios_overleven_json_csv_zip_json(tmp_path):
    pad = tmp_path / "k.json"
    pad.write_text(bestanden.naar_json(valideer(kaart_met_scenarios())), encoding="utf-8")
    k = bestanden.lees(pad)
    terug = bestanden.lees(bestanden.schrijf(k, tmp_path / "k.zip"))
    assert terug == k and [s.naam for s in terug.scenarios] == [s.naam for s in k.scenarios]
    assert bestanden.naar_json(terug) == pad.read_text(encoding="utf-8")


def test_scenarios_csv_is_geneutraliseerd_en_geciteerd():
    with zipfile.ZipFile(io.BytesIO(csvzip.naar_zip(valideer(kaart_met_scenarios())))) as zf:
        regels = zf.read("scenarios.csv").decode("utf-8-sig").split("\r\n")
    assert regels[0] == (
        "scenario;stap;aan;zet;uitleg;partner;van;naar;partners;soort;waarde;punten;factor;"
        "sleutel;gewichten;omschrijving;naam;type;sector;invloed;id"
    )
    assert regels[1].startswith('"\'=HYPERLINK(""http://x"")";1;ja;compenseren;"Compenseren: ')
    assert regels[1].endswith(
        ';"\'=Zorg;BV";Gemeente;;;geld;;3;;;;"\'=1+1; ""tussen"" aanhalingstekens";;;;;'
    )
    assert ";;;;;;;0,5;;;;;;;;" in regels[2]  # a decimal comma for a Dutch Excel
    assert "Derde partij en kosten;1;;;;;'-Rijk;opgave;;geld;5;;;;;''fonds;;;;;" in regels
    assert "Nog leeg;;;;;;;;;;;;;;;;;;;;" in regels


def test_zip_zonder_scenarios_csv_heeft_geen_scenarios():
    inhoud = _zip(
        {
            "partners.csv": PARTNERS.format(s=";").encode(),
            "stromen.csv": STROMEN.format(s=";").encode(),
        }
    )
    assert bestanden.lees_bytes("oud.zip", inhoud).scenarios == ()


def test_slechte_scenariorij_noemt_bestand_rij_en_kolom():
    inhoud = _zip(
        {
            "partners.csv": PARTNERS.format(s=";").encode(),
            "stromen.csv": STROMEN.format(s=";").encode(),
            "scenarios.csv": (
                b"scenario;aan;zet;instellingen\n"
                b'A;ja;vertrek;"{""partner"": ""gem""}"\n'
                b"A;ja;vertrek;{partner: gem}\n"
                b'B;ja;bijdrage;"{""partner"": ""gem"", ""factor"": 11}"\n'
            ),
        }
    )
    with pytest.raises(KaartFout) as fout:
        bestanden.lees_bytes("k.zip", inhoud)
    json_fout, bereik = [str(p) for p in fout.value.problemen]
    assert json_fout == (
        "bestand scenarios.csv, rij 3, kolom instellingen: geen geldige JSON (teken 2: "
        "een veldnaam moet tussen dubbele aanhalingstekens staan)"
    )
    assert bereik.startswith("bestand scenarios.csv, rij 4, kolom instellingen: factor: ")
    assert bereik.endswith("10, niet 11")


# ---------------------------------------------------------------------------
# The pijlerscan: pijlers.csv.


def test_pijlers_overleven_json_csv_zip_json(tmp_path):
    pad = tmp_path / "k.json"
    pad.write_text(bestanden.naar_json(valideer(kaart_met_pijlers())), encoding="utf-8")
    k = bestanden.lees(pad)
    terug = bestanden.lees(bestanden.schrijf(k, tmp_path / "k.zip"))
    assert terug == k and len(terug.pijlers) == 10
    assert terug.pijlers["score"].isna().sum() == 1
    assert bestanden.naar_json(terug) == pad.read_text(encoding="utf-8")


def test_pijlers_csv_is_geneutraliseerd_en_leeg_alleen_de_kop():
    with zipfile.ZipFile(io.BytesIO(csvzip.naar_zip(valideer(kaart_met_pijlers())))) as zf:
        regels = zf.read("pijlers.csv").decode("utf-8-sig").split("\r\n")
    assert regels[0] == "beoordelaar;pijler;score;notitie;pijlernaam"
    assert regels[1] == "Anna;mindset;4;;Mindset gericht op ketensamenwerking"
    assert regels[3] == "Anna;kennis;;weet niet hoe Gemeente het doet;Kennis van de keten"
    assert regels[5].startswith('\'=Bram;vertrouwen;2;"\'+""eens"", zei hij\nen ging door";')
    assert "'=Bram;structuur;2;'@wie regisseert?;Organisatieoverstijgende ketenstructuur" in regels
    with zipfile.ZipFile(io.BytesIO(csvzip.naar_zip(kaart(["a"], [("a", "opgave", 2)])))) as zf:
        leeg = zf.read("pijlers.csv").decode("utf-8-sig")
    assert leeg == "beoordelaar;pijler;score;notitie;pijlernaam\r\n"


def test_zip_zonder_pijlers_csv_heeft_geen_scores():
    inhoud = _zip(
        {
            "partners.csv": PARTNERS.format(s=";").encode(),
            "stromen.csv": STROMEN.format(s=";").encode(),
        }
    )
    assert bestanden.lees_bytes("oud.zip", inhoud).pijlers.empty


def test_met_de_hand_gemaakte_pijlers_csv_laadt():
    inhoud = _zip(
        {
            "partners.csv": PARTNERS.format(s=",").encode(),
            "stromen.csv": STROMEN.format(s=",").encode(),
            "pijlers.csv": 'Beoordelaar,Pijler,Score\nAnna,Vertrouwen,"4,0"\nAnna,kennis,\n'.encode(
                "cp1252"
            ),
        }
    )
    k = bestanden.lees_bytes("k.zip", inhoud)
    assert k.pijlers[["beoordelaar", "pijler"]].values.tolist() == [
        ["Anna", "vertrouwen"],
        ["Anna", "kennis"],
    ]
    assert k.pijlers["score"].tolist()[0] == 4 and k.pijlers["score"].isna().tolist() == [
        False,
        True,
    ]


def test_slechte_pijlerrijen_noemen_bestand_rij_en_kolom():
    inhoud = _zip(
        {
            "partners.csv": PARTNERS.format(s=";").encode(),
            "stromen.csv": STROMEN.format(s=";").encode(),
            "pijlers.csv": (
                b"beoordelaar;pijler;score;notitie\n"
                b"Anna;kennis;3;\n"
                b"Anna;geld;3;\n"
                b"Anna;dialoog;7;\n"
                b"Anna;kennis;2;\n"
                b";mindset;2;\n"
            ),
        }
    )
    with pytest.raises(KaartFout) as fout:
        bestanden.lees_bytes("k.zip", inhoud)
    regels = sorted(str(p) for p in fout.value.problemen)
    assert regels == [
        'bestand pijlers.csv, rij 3, kolom pijler: moet een van "mindset", "speelruimte", '
        '"vertrouwen", "dialoog", "structuur", "transparantie", "kennis" of "doelstelling" '
        'zijn, niet "geld"',
        "bestand pijlers.csv, rij 4, kolom score: moet een geheel getal van 1 tot en met 5 "
        "zijn, niet 7",
        'bestand pijlers.csv, rij 5, kolom pijler: Anna heeft pijler "kennis" al gescoord',
        "bestand pijlers.csv, rij 6, kolom beoordelaar: is leeg; vul dit in",
    ]
