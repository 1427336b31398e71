"""Kumu's spreadsheet layout: what maps onto partners and stromen, what is reported."""

from __future__ import annotations

import openpyxl

from systeem import bestanden, kumu
from systeem.cli import main
from tests.conftest import DATA, kaart, xlsx


def test_kumu_bestand_wordt_partners_en_stromen_met_notities():
    inhoud = xlsx(
        {
            "Elements": [
                ["Label", "Type", "Description", "Tags", "Image"],
                ["Jeugdhulp regio", "Opgave", "de gedeelde opgave", None, None],
                ["Gemeente Utrecht", "Organization", "centrumgemeente", "kern", None],
                ["Wijkteam", "Team", None, None, None],
                ["Jan", "Person", None, None, None],
                ["GGZ", "Zorgaanbieder", None, None, None],
            ],
            "Connections": [
                ["From", "To", "Type", "Label", "Strength", "Direction"],
                ["Gemeente Utrecht", "Jeugdhulp regio", "Geld", "budget", 5, "directed"],
                ["wijkteam", "GGZ", "kennis", None, 2.6, None],
                ["GGZ", "Ziekenhuis", None, None, None, None],
            ],
            "Views": [["x"], ["y"]],
        }
    )
    uit = bestanden.importeer("regio.xlsx", inhoud)
    k = uit.kaart
    assert uit.formaat == "kumu" and k.titel == "regio" and k.opgave == "Jeugdhulp regio"
    assert k.partners[["id", "naam", "type", "sector"]].values.tolist() == [
        ["gemeente_utrecht", "Gemeente Utrecht", "organisatie", ""],
        ["wijkteam", "Wijkteam", "team", ""],
        ["jan", "Jan", "persoon", ""],
        ["ggz", "GGZ", "organisatie", "Zorgaanbieder"],
        ["ziekenhuis", "Ziekenhuis", "organisatie", ""],
    ]
    assert k.stromen[["van", "naar", "soort", "waarde", "omschrijving"]].values.tolist() == [
        ["gemeente_utrecht", "opgave", "geld", 5, "budget"],
        ["wijkteam", "ggz", "kennis", 3, ""],
        ["ggz", "ziekenhuis", "overig", 3, ""],
    ]
    notities = " ".join(uit.notities)
    for woord in (
        '"Tags"',
        '"Direction"',
        '"Views"',
        "Ziekenhuis",
        "Zorgaanbieder",
        "zonder Strength",
        "afgerond",
        "zonder Type",
    ):
        assert woord in notities, woord


def test_export_naar_kumu_en_terug_houdt_partners_en_stromen():
    k = bestanden.lees(DATA / "loonaangifteketen.json")
    uit = bestanden.importeer("k.xlsx", kumu.naar_xlsx(k))
    assert uit.notities == ()
    terug = uit.kaart
    assert terug.partners["naam"].tolist() == k.partners["naam"].tolist()
    assert terug.stromen[["soort", "waarde", "omschrijving", "tastbaar"]].equals(
        k.stromen[["soort", "waarde", "omschrijving", "tastbaar"]]
    )
    assert terug.opgave == k.opgave


def test_dubbele_namen_krijgen_een_uniek_label():
    k = kaart([{"id": "a", "naam": "Gemeente"}, {"id": "b", "naam": "gemeente"}], [("a", "b", 2)])
    labels = kumu.naar_bladen(k)["Elements"]["Label"].tolist()
    assert labels[1:] == ["Gemeente", "gemeente (b)"]


def test_cli_formaat_kumu(tmp_path, capsys):
    uit = tmp_path / "k.xlsx"
    assert (
        main(["exporteer", str(DATA / "gebiedsontwikkeling.json"), str(uit), "--formaat", "kumu"])
        == 0
    )
    assert openpyxl.load_workbook(uit).sheetnames == ["Elements", "Connections"]
    assert main(["exporteer", str(uit), str(tmp_path / "terug.json")]) == 0
    capsys.readouterr()
