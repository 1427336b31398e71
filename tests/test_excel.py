"""Excel (.xlsx): round trips, the template, Dutch-locale cells, formula injection, scenarios,
the pijlerscan."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings

from systeem import bestanden
from systeem.analyses.interventies import beschrijving
from systeem.bestanden import csvzip, excel
from systeem.bestanden.bladen import herstel
from systeem.bestanden.verwijzing import zoekvorm
from systeem.model.kaart import PIJLER_IDS
from systeem.model.validatie import KaartFout, valideer
from systeemkaart.teksten import tekst
from tests.conftest import VOORBEELDEN, kaart, xlsx
from tests.kaartgenerator import kaart_met_pijlers, kaart_met_scenarios, kaarten, lastige_namen

PARTNERS = [["id", "naam"], ["gem", "Gemeente"], ["zorg", "Zorgaanbieder"]]


@pytest.mark.parametrize("pad", VOORBEELDEN, ids=lambda p: p.stem)
def test_voorbeeld_json_naar_excel_en_terug_is_gelijk(pad, tmp_path):
    k = bestanden.lees(pad)
    uit = bestanden.schrijf(k, tmp_path / "k.xlsx")
    terug = bestanden.lees(uit)
    assert terug == k
    assert bestanden.naar_json(terug) == bestanden.naar_json(k)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(kaarten)
def test_gegenereerde_kaart_overleeft_excel(k):
    inhoud = excel.naar_xlsx(k)
    assert excel.lees(inhoud) == k
    assert ids_zonder_naam(inhoud, k) == []


# ---------------------------------------------------------------------------
# Partners by name: no ids in Stromen and Afhankelijkheden.


def ids_zonder_naam(inhoud: bytes, k) -> list[tuple[str, int, str, str]]:
    """The cells of Stromen and Afhankelijkheden that hold a partner id that is not also
    the name of the partner the row refers to: (blad, rij, kolom, cel).

    A partner whose ``Naam (id)`` is itself the name of another partner can only be
    written by its id (see systeem.bestanden.verwijzing); its cells are left out."""
    naam = dict(zip(k.partners["id"], k.partners["naam"], strict=True))
    vormen = zoekvorm(k.partners["naam"]).tolist()
    klem = {
        p
        for p, n in naam.items()
        if vormen.count(zoekvorm(pd.Series([f"{n} ({p})"]))[0]) > 0 or "(" in p or ")" in p
    }
    boek = openpyxl.load_workbook(io.BytesIO(inhoud), read_only=True)
    gevonden = []
    for blad, tabel, kolommen in (
        ("Stromen", k.stromen, ("van", "naar")),
        ("Afhankelijkheden", k.afhankelijkheden, ("partner", "afhankelijk_van")),
    ):
        rijen = list(boek[blad].iter_rows(values_only=True))
        kop = list(rijen[0])
        assert len(rijen) - 1 == len(tabel)
        for r, (rij, bron) in enumerate(
            zip(rijen[1:], tabel.to_dict("records"), strict=True), start=2
        ):
            for kolom in kolommen:
                cel = herstel(pd.Series([rij[kop.index(kolom)]]))[0]
                if cel in naam and cel != naam[bron[kolom]] and bron[kolom] not in klem:
                    gevonden.append((blad, r, kolom, cel))
    boek.close()
    return gevonden


LASTIG = {
    "formaat": "systeemkaart",
    "versie": 2,
    "titel": "Lastige namen",
    "partners": [
        {"id": "p1", "naam": "Gemeente"},
        {"id": "ggz_instelling", "naam": "GGZ-instelling"},
        {"id": "z1", "naam": "Zorg"},
        {"id": "z2", "naam": "zorg"},  # one name in another case: ambiguous
        {"id": "p5", "naam": "p1"},  # a name that is another partner's id
        {"id": "p6", "naam": "Opgave"},  # a partner called "Opgave"
        {"id": "p7", "naam": "  Zorg én Welzijn (Noord) "},
        {"id": "eigen", "naam": "eigen"},  # a name that is its own id
    ],
    "stromen": [
        {"van": "p1", "naar": "opgave", "soort": "geld", "waarde": 4},
        {"van": "ggz_instelling", "naar": "z1", "soort": "kennis", "waarde": 2},
        {"van": "z2", "naar": "p5", "soort": "tijd", "waarde": 3},
        {"van": "p6", "naar": "p7", "soort": "netwerk", "waarde": 1},
        {"van": "opgave", "naar": "eigen", "soort": "positie", "waarde": 5},
    ],
    "afhankelijkheden": [
        {"partner": "p5", "afhankelijk_van": "p1", "sterkte": 4},
        {"partner": "z1", "afhankelijk_van": "ggz_instelling", "sterkte": 2},
    ],
    "belangen": [
        {
            "partner": "z2",
            "omschrijving": "continuïteit",
            "soort": "organisatie",
            "houding": "steunt",
        }
    ],
    "posities": {"p6": [1.5, -2], "opgave": [0, 0], "z1": [3, 4]},
}


def test_partners_staan_er_met_hun_naam_in_en_komen_precies_terug():
    k = valideer(LASTIG)
    inhoud = excel.naar_xlsx(k)
    assert excel.lees(inhoud) == k
    assert ids_zonder_naam(inhoud, k) == []
    boek = openpyxl.load_workbook(io.BytesIO(inhoud))
    stromen = [list(r[:2]) for r in boek["Stromen"].iter_rows(min_row=2, values_only=True)]
    assert stromen == [
        ["Gemeente", "opgave"],
        ["GGZ-instelling", "Zorg (z1)"],  # two partners called zorg: the id in brackets
        ["zorg (z2)", "p1 (p5)"],  # "p1" alone would be the Gemeente
        ["Opgave (p6)", "Zorg én Welzijn (Noord)"],  # "Opgave" alone is the opgave
        ["opgave", "eigen"],
    ]
    afh = [list(r[:2]) for r in boek["Afhankelijkheden"].iter_rows(min_row=2, values_only=True)]
    assert afh == [["p1 (p5)", "Gemeente"], ["Zorg (z1)", "GGZ-instelling"]]
    assert [r[0] for r in boek["Belangen"].iter_rows(min_row=2, values_only=True)] == ["zorg (z2)"]
    assert [r[0] for r in boek["Posities"].iter_rows(values_only=True)] == [
        "partner",
        "Opgave (p6)",
        "opgave",
        "Zorg (z1)",
    ]
    partners = list(boek["Partners"].iter_rows(values_only=True))
    assert partners[0] == ("naam", "type", "sector", "invloed", "toelichting", "id")
    assert partners[2][::5] == ("GGZ-instelling", "ggz_instelling")


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lastige_namen().map(valideer))
def test_lastige_namen_komen_precies_terug_zonder_ids(k):
    inhoud = excel.naar_xlsx(k)
    assert excel.lees(inhoud) == k
    assert ids_zonder_naam(inhoud, k) == []


def test_oude_bestanden_met_ids_en_met_de_hand_gemaakte_namen_laden():
    inhoud = xlsx(
        {
            "Partners": [
                ["id", "naam"],
                ["gem", "Gemeente"],
                ["z1", "Zorg"],
                ["z2", "Zorg"],
                ["x", "gem"],
            ],
            "Stromen": [
                ["van", "naar", "soort", "waarde"],
                ["gem", "opgave", "geld", 3],  # an id: as before, even if a name says gem
                ["GEMEENTE ", "z1", "kennis", 2],  # a name, any case, spaces around it
                ["zorg (z2)", "Opgave", "tijd", 1],  # Naam (id) for a name two partners share
                ["(x)", " Gemeente (gem) ", "netwerk", 1],
                [" gem (x) ", "z2", "netwerk", 1],
            ],
            "Posities": [["id", "x", "y"], ["Gemeente", 1, 2]],  # the older column name
        }
    )
    k = bestanden.lees_bytes("k.xlsx", inhoud)
    assert k.stromen[["van", "naar"]].values.tolist() == [
        ["gem", "opgave"],
        ["gem", "z1"],
        ["z2", "opgave"],
        ["x", "gem"],
        ["x", "z2"],
    ]
    assert k.posities == {"gem": (1.0, 2.0)}


@pytest.mark.parametrize(
    ("cel", "melding"),
    [
        ("Zorg", 'blad Stromen, rij 3, kolom van: onbekende partner "Zorg"'),
        (
            "Gemeente Noord (gem)",
            'blad Stromen, rij 3, kolom van: onbekende partner "Gemeente Noord (gem)"',
        ),
        ("Zorg (z3)", 'blad Stromen, rij 3, kolom van: onbekende partner "Zorg (z3)"'),
        (None, "blad Stromen, rij 3, kolom van: is leeg; vul dit in"),
    ],
)
def test_een_onduidelijke_naam_noemt_blad_rij_en_kolom_en_laadt_niets(cel, melding):
    inhoud = xlsx(
        {
            "Partners": [["naam", "id"], ["Gemeente", "gem"], ["Zorg", "z1"], ["Zorg", "z2"]],
            "Stromen": [
                ["van", "naar", "soort", "waarde"],
                ["Gemeente", "opgave", "geld", 3],
                [cel, "opgave", "geld", 3],
            ],
        }
    )
    with pytest.raises(KaartFout) as fout:
        bestanden.lees_bytes("k.xlsx", inhoud)
    assert [str(p) for p in fout.value.problemen][0].startswith(melding), fout.value.problemen


# ---------------------------------------------------------------------------
# The Balans sheet: computed, protected, passed over on reading.


def test_balansblad_is_berekend_beschermd_en_wordt_overgeslagen():
    k = valideer(LASTIG)
    boek = openpyxl.load_workbook(io.BytesIO(excel.naar_xlsx(k)))
    assert boek.sheetnames.index("Balans") == boek.sheetnames.index("Stromen") + 1
    blad = boek["Balans"]
    assert blad.protection.sheet  # read-only, without password
    assert "alleen om te lezen" in blad["A1"].value and "overgeslagen" in blad["A1"].value
    rijen = list(blad.iter_rows(min_row=2, values_only=True))
    assert rijen[0] == ("partner", "brengen", "halen", "balans", "klasse")
    # by hand: each partner has one stroom, so it only brings (-1) or only takes (+1)
    assert [r[:4] for r in rijen[1:]] == [
        ("Gemeente", 4, 0, -1),
        ("GGZ-instelling", 2, 0, -1),
        ("Zorg (z1)", 0, 2, 1),
        ("zorg (z2)", 3, 0, -1),
        ("p1 (p5)", 0, 3, 1),
        ("Opgave (p6)", 1, 0, -1),
        ("Zorg én Welzijn (Noord)", 0, 1, 1),
        ("eigen", 0, 5, 1),
    ]
    assert [r[4] for r in rijen[1:]] == [
        tekst("klasse.geeft_veel_meer" if r[3] < 0 else "klasse.haalt_veel_meer") for r in rijen[1:]
    ]
    # Changed or not, the sheet is passed over when the workbook is read.
    blad.protection.sheet = False
    blad["B3"] = 99
    blad["E4"] = "=1/0"
    blad.append(["Nieuwe partner", 1, 2, 3, "x"])
    uit = io.BytesIO()
    boek.save(uit)
    assert excel.lees(uit.getvalue()) == k


def test_balansblad_volgt_de_balans_ook_zonder_stromen():
    k = kaart(["a", "b"], [("a", "opgave", 3), ("opgave", "a", 3)])
    rijen = list(openpyxl.load_workbook(io.BytesIO(excel.naar_xlsx(k)))["Balans"].values)
    assert rijen[2:] == [
        ("A", 3, 3, 0, tekst("klasse.in_balans")),
        ("B", 0, 0, None, tekst("klasse.geen_stromen")),
    ]
    leeg = list(openpyxl.load_workbook(io.BytesIO(excel.naar_xlsx(kaart())))["Balans"].values)
    assert leeg[1:] == [("partner", "brengen", "halen", "balans", "klasse")]


def test_formules_worden_geneutraliseerd_en_komen_heel_terug():
    k = kaart(
        [{"id": "=a", "naam": '=HYPERLINK("http://x")', "sector": "+31", "toelichting": "@SUM(1)"}],
        [{"van": "=a", "naar": "opgave", "soort": "-geld", "waarde": 2, "omschrijving": "'=x"}],
        titel="=1+1",
    )
    inhoud = excel.naar_xlsx(k)
    boek = openpyxl.load_workbook(io.BytesIO(inhoud))
    cellen = [c for blad in boek.worksheets for rij in blad.iter_rows() for c in rij]
    assert not [c.coordinate for c in cellen if c.data_type == "f"]
    teksten = [c.value for c in cellen if isinstance(c.value, str)]
    assert not [t for t in teksten if t[:1] in "=+-@"]
    assert '\'=HYPERLINK("http://x")' in teksten and "''=x" in teksten
    assert excel.lees(inhoud) == k


def test_nederlandse_cellen_laden_zoals_een_gebruiker_verwacht():
    inhoud = xlsx(
        {
            "Kaart": [["Veld", "Waarde"], ["titel", "Wijkaanpak"], ["opgave", "Samen"]],
            "Partners": [
                ["ID", "Naam", "Invloed", "Sector"],
                ["gem", "Gemeente", "3,0", 2024],
                [None, "Zorg BV", 4.0, None],
            ],
            "Stromen": [
                ["Van", "Naar", "Soort", "Waarde", "Tastbaar"],
                ["Gemeente", "opgave", "Geld", "3", "Ja"],
                [None, None, None, None, None],
                ["zorg bv", "gem", "kennis", 2.0, "ONWAAR"],
                ["Opgave", "Zorg BV", "tijd", " 5 ", None],
            ],
            "Posities": [["id", "x", "y"], ["gem", "-120,5", "1.234,5"]],
            "Afhankelijkheden": [["partner", "Afhankelijk van", "sterkte"], ["Zorg BV", "gem", 4]],
        }
    )
    k = bestanden.lees_bytes("wijk.xlsx", inhoud)
    assert k.titel == "Wijkaanpak"
    assert k.partners["id"].tolist() == ["gem", "Zorg BV"]
    assert k.partners["invloed"].tolist() == [3, 4]
    assert k.partners["sector"].tolist() == ["2024", ""]
    assert k.stromen[["van", "naar", "soort", "waarde"]].values.tolist() == [
        ["gem", "opgave", "geld", 3],
        ["Zorg BV", "gem", "kennis", 2],
        ["opgave", "Zorg BV", "tijd", 5],
    ]
    assert k.stromen["tastbaar"].tolist() == [True, False, True]
    assert k.posities["gem"] == (-120.5, 1234.5)
    assert k.afhankelijkheden[["partner", "afhankelijk_van"]].values.tolist() == [
        ["Zorg BV", "gem"]
    ]


def test_zonder_kaartblad_is_de_bestandsnaam_de_titel():
    inhoud = xlsx({"Partners": PARTNERS, "Stromen": [["van", "naar", "soort", "waarde"]]})
    assert bestanden.lees_bytes("Jeugdhulp regio.xlsx", inhoud).titel == "Jeugdhulp regio"


def test_problemen_noemen_blad_rij_en_kolom():
    inhoud = xlsx(
        {
            "Partners": PARTNERS + [["gem", "Nog een"]],
            "Stromen": [
                ["van", "naar", "soort", "waarde", "tastbaar"],
                ["gem", "opgave", "geld", 3, "ja"],
                ["gem", "xyz", "geld", "3,5", "misschien"],
                ["zorg", "opgave", None, dt.datetime(2024, 4, 3), None],
            ],
        }
    )
    with pytest.raises(KaartFout) as fout:
        bestanden.lees_bytes("k.xlsx", inhoud)
    regels = [str(p) for p in fout.value.problemen]
    assert 'blad Partners, rij 4, kolom id: dubbele id "gem" (al gebruikt bij rij 2)' in regels
    assert 'blad Stromen, rij 3, kolom waarde: moet een geheel getal zijn, niet "3,5"' in regels
    assert 'blad Stromen, rij 3, kolom tastbaar: moet ja of nee zijn, niet "misschien"' in regels
    assert any(r.startswith("blad Stromen, rij 3, kolom naar: onbekende partner") for r in regels)
    assert "blad Stromen, rij 4, kolom soort: is leeg; vul dit in" in regels
    assert any("rij 4, kolom waarde" in r and "datum" in r for r in regels)


def test_sjabloon_heeft_keuzelijsten_en_uitleg():
    boek = openpyxl.load_workbook(io.BytesIO(excel.sjabloon()))
    assert boek.sheetnames[:3] == ["Uitleg", "Kaart", "Partners"]
    assert "Lijsten" in boek.sheetnames and boek["Lijsten"].sheet_state == "hidden"
    assert "Systeemkaart" in boek["Uitleg"]["A1"].value
    uitleg = [c.value for c in boek["Uitleg"]["A"] if c.value]
    assert any(r.startswith("Scenarios (") for r in uitleg)
    assert "Scenarios" not in boek.sheetnames  # written by an export, explained in Uitleg

    def regels(blad):
        return {
            (str(dv.sqref), dv.type, dv.formula1)
            for dv in boek[blad].data_validations.dataValidation
        }

    stromen = regels("Stromen")
    assert ("A2:B501", "list", "Lijsten!$A$1:$A$501") in stromen
    assert ("D2:D501", "whole", "1") in stromen
    assert any(t == "list" and "geld" in f for _, t, f in stromen)
    assert ("B2:B501", "list", '"organisatie,team,persoon"') in regels("Partners")
    assert [c.value for c in boek["Partners"][1]][-1] == "id"  # the ids out of the way
    assert any(t == "list" and "Lijsten!$B$1" in f for _, t, f in regels("Afhankelijkheden"))
    # the empty template reads as an empty kaart named after the file
    leeg = bestanden.lees_bytes("Mijn kaart.xlsx", excel.sjabloon())
    assert leeg.titel == "Mijn kaart" and len(leeg.partners) == 0


def test_ingevuld_sjabloon_laadt():
    boek = openpyxl.load_workbook(io.BytesIO(excel.sjabloon()))
    boek["Kaart"]["B2"] = "Proef"
    boek["Partners"].append(["Gemeente", "organisatie", None, 4])
    boek["Partners"].append(["Zorg", "team"])
    boek["Stromen"].append(["Gemeente", "opgave", "geld", 4, None, "ja"])
    boek["Stromen"].append(["opgave", "Zorg", "draagvlak", 2])
    boek["Belangen"].append(["Zorg", "continuïteit", "organisatie", "steunt"])
    uit = io.BytesIO()
    boek.save(uit)
    k = bestanden.lees_bytes("x.xlsx", uit.getvalue())
    assert k.titel == "Proef" and k.partners["naam"].tolist() == ["Gemeente", "Zorg"]
    assert k.stromen["soort"].tolist() == ["geld", "draagvlak"]
    assert len(k.belangen) == 1


# ---------------------------------------------------------------------------
# Scenarios: the Scenarios sheet.

SCENARIO_KOP = ["scenario", "aan", "zet", "instellingen"]


def test_scenarios_overleven_json_excel_json(tmp_path):
    pad = tmp_path / "k.json"
    pad.write_text(bestanden.naar_json(valideer(kaart_met_scenarios())), encoding="utf-8")
    k = bestanden.lees(pad)
    terug = bestanden.lees(bestanden.schrijf(k, tmp_path / "k.xlsx"))
    assert terug == k and len(terug.scenarios) == 4
    assert bestanden.naar_json(terug) == pad.read_text(encoding="utf-8")


SCENARIO_KOLOMMEN = [
    "scenario",
    "stap",
    "aan",
    "zet",
    "uitleg",
    "partner",
    "van",
    "naar",
    "partners",
    "soort",
    "waarde",
    "punten",
    "factor",
    "sleutel",
    "gewichten",
    "omschrijving",
    "naam",
    "type",
    "sector",
    "invloed",
    "id",
]


def _rijen(boek, blad: str) -> list[dict]:
    """The rows of a sheet as dicts of their filled cells."""
    rijen = list(boek[blad].iter_rows(values_only=True))
    return [{k: v for k, v in zip(rijen[0], r, strict=True) if v is not None} for r in rijen[1:]]


def test_scenarioblad_is_leesbaar_en_geneutraliseerd():
    k = valideer(kaart_met_scenarios())
    boek = openpyxl.load_workbook(io.BytesIO(excel.naar_xlsx(k)))
    assert [c.value for c in boek["Scenarios"][1]] == SCENARIO_KOLOMMEN  # no JSON column
    rijen = _rijen(boek, "Scenarios")
    assert len(rijen) == 5 + (1 + 2) + 2 + 1 + 2  # a row per move and per third-party stroom
    zetten = [z for s in k.scenarios for z in s.interventies]
    uitleg = [r.pop("uitleg") for r in rijen if "zet" in r]
    assert uitleg == [beschrijving(z, k, "nl") for z in zetten]  # for people; not read
    eerste = '\'=HYPERLINK("http://x")'
    assert rijen[:5] == [
        {
            "scenario": eerste,
            "stap": 1,
            "aan": "ja",
            "zet": "compenseren",
            "partner": "'=Zorg;BV",  # partners by name, neutralised
            "van": "Gemeente",
            "soort": "geld",
            "punten": 3,
            "omschrijving": '\'=1+1; "tussen" aanhalingstekens',
        },
        {
            "scenario": eerste,
            "stap": 2,
            "aan": "nee",
            "zet": "bijdrage",
            "partner": "'=Zorg;BV",
            "factor": 0.5,
        },
        {
            "scenario": eerste,
            "stap": 3,
            "aan": "ja",
            "zet": "bijdrage",
            "partner": "Gemeente",
            "naar": "opgave",
            "soort": "geld",
            "punten": -2,
        },
        {
            "scenario": eerste,
            "stap": 4,
            "aan": "ja",
            "zet": "bijdrage",
            "partner": 'School "De Linde"',
            "punten": 7,
        },
        {
            "scenario": eerste,
            "stap": 5,
            "aan": "ja",
            "zet": "ambitie",
            "partners": '\'=Zorg;BV\nSchool "De Linde"',  # one partner per line
            "soort": "'@positie",
            "waarde": 2,
            "factor": 1.5,
            "omschrijving": "'+meer terug",
        },
    ]
    derde = "Derde partij en kosten"
    assert rijen[5:10] == [
        {
            "scenario": derde,
            "stap": 1,
            "aan": "ja",
            "zet": "derde",
            "naam": "'-Rijk",
            "type": "organisatie",
            "sector": "publiek",
            "invloed": 4,
            "id": "rijk",
        },
        # its stromen on rows of their own, the third party by name in van or naar
        {
            "scenario": derde,
            "stap": 1,
            "van": "'-Rijk",
            "naar": "opgave",
            "soort": "geld",
            "waarde": 5,
            "omschrijving": "''fonds",
        },
        {
            "scenario": derde,
            "stap": 1,
            "van": "Gemeente",
            "naar": "'-Rijk",
            "soort": "informatie",
            "waarde": 2,
        },
        {
            "scenario": derde,
            "stap": 2,
            "aan": "ja",
            "zet": "kostenverdeling",
            "partners": "Gemeente\n=Zorg;BV\n-Rijk",
            "sleutel": "grootte",
            "gewichten": "Gemeente: 3\n=Zorg;BV: 1,5",
        },
        {"scenario": derde, "stap": 3, "aan": "nee", "zet": "kostenverdeling", "sleutel": "gelijk"},
    ]
    assert rijen[10] == {"scenario": "Nog leeg"}
    assert rijen[12]["partner"] == "bestaat_niet"  # a partner no longer on the kaart: its id
    cellen = [c for rij in boek["Scenarios"].iter_rows() for c in rij]
    assert not [c.coordinate for c in cellen if c.data_type == "f"]
    assert not [c.value for c in cellen if isinstance(c.value, str) and c.value[:1] in "=+-@"]
    assert excel.lees(excel.naar_xlsx(k)) == k


def test_een_zet_die_niet_in_kolommen_past_staat_in_instellingen_en_komt_precies_terug():
    doc = {
        "formaat": "systeemkaart",
        "versie": 2,
        "titel": "T",
        "partners": [
            {"id": "a\nb", "naam": "A\nB"},  # a line break in id and name: no line of a list
            {"id": "gem", "naam": "Gemeente"},
        ],
        "stromen": [],
        "scenarios": [
            {
                "naam": "S",
                "interventies": [
                    {"zet": "ambitie", "partners": ["gem", "a\nb"]},
                    {"zet": "vertrek", "partner": "a\nb"},
                    {"zet": "vertrek", "partner": "gemeente"},  # gone; "Gemeente" is another
                    {"zet": "kostenverdeling", "sleutel": "grootte", "gewichten": {" gem": 2}},
                ],
            }
        ],
    }
    k = valideer(doc)
    inhoud = excel.naar_xlsx(k)
    rijen = _rijen(openpyxl.load_workbook(io.BytesIO(inhoud)), "Scenarios")
    assert rijen[0]["instellingen"] == '{"factor":1.0,"partners":["gem","a\\nb"],"waarde":0}'
    assert "partners" not in rijen[0]
    assert rijen[1]["partner"] == "A\nB" and "instellingen" not in rijen[1]
    assert rijen[2]["partner"] == "(gemeente)"  # the id as it is, not the Gemeente
    assert rijen[3]["instellingen"] == '{"sleutel":"grootte","gewichten":{" gem":2.0}}'
    assert excel.lees(inhoud) == k
    assert csvzip.lees(csvzip.naar_zip(k)) == k


def test_met_de_hand_ingevulde_scenarios_met_namen_laden():
    inhoud = xlsx(
        {
            "Partners": [["naam", "id"], ["Gemeente", "gem"], ["Zorg", "zorg"]],
            "Stromen": [["van", "naar", "soort", "waarde"], ["Gemeente", "opgave", "geld", 4]],
            "Scenarios": [
                [
                    "Scenario",
                    "Zet",
                    "Partner",
                    "Van",
                    "Naar",
                    "Partners",
                    "Soort",
                    "Waarde",
                    "Punten",
                    "Factor",
                    "Sleutel",
                    "Gewichten",
                    "Naam",
                ],
                [
                    "Plan",
                    "compenseren",
                    "zorg",
                    "Gemeente",
                    None,
                    None,
                    "Geld",
                    None,
                    "2",
                    None,
                    None,
                    None,
                    None,
                ],
                [
                    "Plan",
                    "derde",
                    None,
                    None,
                    None,
                    None,
                    None,
                    None,
                    None,
                    None,
                    None,
                    None,
                    "Rijk",
                ],
                [
                    "Plan",
                    None,
                    None,
                    "Rijk",
                    "Opgave",
                    None,
                    "geld",
                    5,
                    None,
                    None,
                    None,
                    None,
                    None,
                ],
                [
                    "Plan",
                    None,
                    None,
                    "zorg",
                    "rijk",
                    None,
                    "kennis",
                    "3,0",
                    None,
                    None,
                    None,
                    None,
                    None,
                ],
                [
                    "Plan",
                    "kostenverdeling",
                    None,
                    None,
                    None,
                    " Gemeente \n\nRijk",
                    None,
                    None,
                    None,
                    None,
                    "grootte",
                    "Gemeente: 1,5\nrijk: 2",
                    None,
                ],
                [
                    "Plan",
                    "ambitie",
                    None,
                    None,
                    None,
                    "ZORG",
                    "positie",
                    2,
                    None,
                    "1,25",
                    None,
                    None,
                    None,
                ],
                [
                    "Ander plan",
                    "vertrek",
                    "Gemeente",
                    None,
                    None,
                    None,
                    None,
                    None,
                    None,
                    None,
                    None,
                    None,
                    None,
                ],
            ],
        }
    )
    k = bestanden.lees_bytes("k.xlsx", inhoud)
    plan, ander = k.scenarios
    assert [z.zet for z in plan.interventies] == [
        "compenseren",
        "derde",
        "kostenverdeling",
        "ambitie",
    ]
    compensatie, derde, kosten, ambitie = plan.interventies
    assert (compensatie.partner, compensatie.van, compensatie.soort, compensatie.punten) == (
        "zorg",
        "gem",
        "geld",
        2,
    )
    assert (derde.id, derde.naam) == ("Rijk", "Rijk")  # no id: the name
    assert [(s.met, s.richting, s.soort, s.waarde) for s in derde.stromen] == [
        ("opgave", "brengt", "geld", 5),
        ("zorg", "haalt", "kennis", 3),
    ]
    assert kosten.partners == ("gem", "Rijk") and kosten.gewichten == (("gem", 1.5), ("Rijk", 2.0))
    assert (ambitie.partners, ambitie.factor, ambitie.waarde) == (("zorg",), 1.25, 2)
    assert ander.interventies[0].partner == "gem"


def test_de_stap_bepaalt_de_volgorde_ook_na_sorteren():
    k = valideer(kaart_met_scenarios())
    boek = openpyxl.load_workbook(io.BytesIO(excel.naar_xlsx(k)))
    blad = boek["Scenarios"]
    kop = [c.value for c in blad[1]]
    rijen = [list(r) for r in blad.iter_rows(min_row=2, values_only=True)]
    # A user reorders the rows: each scenario's steps the other way round, the stromen
    # of the third party at the bottom of the sheet (in their own order).
    stromen = [r for r in rijen if r[kop.index("zet")] is None and r[kop.index("van")]]
    per_scenario: dict[str, list] = {}
    for r in rijen:
        if r not in stromen:
            per_scenario.setdefault(r[0], []).append(r)
    blad.delete_rows(2, blad.max_row)
    for r in [r for groep in per_scenario.values() for r in reversed(groep)] + stromen:
        blad.append(r)
    uit = io.BytesIO()
    boek.save(uit)
    assert excel.lees(uit.getvalue()) == k


@pytest.mark.parametrize(
    ("rijen", "melding"),
    [
        (
            [["A", 1, "vertrek", "Gemeente", None, 3, None]],
            "blad Scenarios, rij 2, kolom punten: hoort niet bij zet vertrek; maak de cel leeg",
        ),
        (
            [["A", 1, None, None, "Gemeente", None, None]],
            "blad Scenarios, rij 2, kolom zet: is leeg; een rij met alleen van, naar, soort, "
            "waarde en omschrijving is een stroom van een derde partij",
        ),
        (
            [
                ["A", 1, "vertrek", "Gemeente", None, None, None],
                ["A", 1, "vertrek", "Zorg", None, None, None],
            ],
            "blad Scenarios, rij 3, kolom stap: stap 1 staat al in rij 2",
        ),
        (
            [["A", "eerst", "vertrek", "Gemeente", None, None, None]],
            'blad Scenarios, rij 2, kolom stap: moet een geheel getal zijn, niet "eerst"',
        ),
        (
            [
                ["A", 1, "vertrek", "Gemeente", None, None, None],
                ["A", None, "vertrek", "Zorg", None, None, None],
            ],
            "blad Scenarios, rij 3, kolom stap: is leeg; vul het nummer van de stap in",
        ),
        (
            [["A", 1, "kostenverdeling", None, None, None, "Gemeente 3"]],
            'blad Scenarios, rij 2, kolom gewichten: regel "Gemeente 3": schrijf naam: gewicht',
        ),
        (
            [["A", 1, "kostenverdeling", None, None, None, "Gemeente: 3\ngem: 1"]],
            "blad Scenarios, rij 2, kolom gewichten: noemt een partner twee keer",
        ),
        (
            [["A", 1, "kostenverdeling", None, None, None, "Gemeente: -1"]],
            "blad Scenarios, rij 2, kolom gewichten: ",
        ),
        (
            [["A", 1, "compenseren", "Gemeente", None, None, None]],
            "blad Scenarios, rij 2, kolom punten: is leeg; vul dit in",
        ),
        (
            [["A", 1, "compenseren", "Gemeente", None, 500, None]],
            "blad Scenarios, rij 2, kolom punten: ",
        ),
        (
            [["A", 1, "vertrek", None, None, None, None]],
            "blad Scenarios, rij 2, kolom partner: is leeg; vul dit in",
        ),
    ],
)
def test_slechte_scenariocel_noemt_rij_en_kolom_en_laadt_niets(rijen, melding):
    inhoud = xlsx(
        {
            "Partners": PARTNERS,
            "Stromen": [["van", "naar", "soort", "waarde"]],
            "Scenarios": [
                ["scenario", "stap", "zet", "partner", "van", "punten", "gewichten"],
                *rijen,
            ],
        }
    )
    with pytest.raises(KaartFout) as fout:
        bestanden.lees_bytes("k.xlsx", inhoud)
    regels = [str(p) for p in fout.value.problemen]
    assert any(r.startswith(melding) for r in regels), regels


@pytest.mark.parametrize(
    ("rijen", "melding"),
    [
        (
            [["R", "Rijk", None, None, None, None], [None, None, "Gemeente", "zorg", "geld", 2]],
            'blad Scenarios, rij 3, kolom van: een stroom van derde partij "Rijk" gaat van of naar die partij',
        ),
        (
            [["R", "Rijk", None, None, None, None], [None, None, "Rijk", None, "geld", 2]],
            "blad Scenarios, rij 3, kolom naar: is leeg; vul dit in",
        ),
        (
            [["R", "Rijk", None, None, None, None], [None, None, "Rijk", "opgave", None, 2]],
            "blad Scenarios, rij 3, kolom soort: is leeg; vul dit in",
        ),
        (
            [["R", "Rijk", None, None, None, None], [None, None, "Rijk", "opgave", "geld", 9]],
            "blad Scenarios, rij 3, kolom waarde: hoogstens 5, niet 9",
        ),
    ],
)
def test_slechte_stroom_van_een_derde_partij_noemt_zijn_eigen_rij(rijen, melding):
    kop = ["zet", "naam", "van", "naar", "soort", "waarde"]
    inhoud = xlsx(
        {
            "Partners": PARTNERS,
            "Stromen": [["van", "naar", "soort", "waarde"]],
            "Scenarios": [
                ["scenario", *kop],
                *(["A", *(["derde"] if r[0] else [None]), *r[1:]] for r in rijen),
            ],
        }
    )
    with pytest.raises(KaartFout) as fout:
        bestanden.lees_bytes("k.xlsx", inhoud)
    regels = [str(p) for p in fout.value.problemen]
    assert any(r.startswith(melding) for r in regels), regels


def test_instellingen_en_een_kolom_met_hetzelfde_veld_is_een_probleem():
    inhoud = xlsx(
        {
            "Partners": PARTNERS,
            "Stromen": [["van", "naar", "soort", "waarde"]],
            "Scenarios": [
                ["scenario", "zet", "partner", "instellingen"],
                ["A", "vertrek", "Gemeente", '{"partner": "zorg"}'],
            ],
        }
    )
    with pytest.raises(KaartFout) as fout:
        bestanden.lees_bytes("k.xlsx", inhoud)
    assert [str(p) for p in fout.value.problemen] == [
        'blad Scenarios, rij 2, kolom instellingen: "partner" staat ook in kolom partner; vul het op één plek in'
    ]


def test_zonder_scenarioblad_geen_scenarios():
    inhoud = xlsx({"Partners": PARTNERS, "Stromen": [["van", "naar", "soort", "waarde"]]})
    assert bestanden.lees_bytes("oud.xlsx", inhoud).scenarios == ()


def test_met_de_hand_gemaakt_scenarioblad_laadt():
    inhoud = xlsx(
        {
            "Partners": PARTNERS,
            "Stromen": [["van", "naar", "soort", "waarde"], ["gem", "opgave", "geld", 4]],
            "Scenarios": [
                [" Scenario ", "Aan", "Zet", "Instellingen", "Uitleg"],
                ["Plan A", None, "Compenseren", '{"partner": "zorg", "punten": 2}', "wat dan ook"],
                ["Plan B", "nee", "vertrek", '{"partner": "gem"}', None],
                [None, None, None, None, None],
                ["Plan A", "JA", " vertrek ", '{"partner": "zorg"}', None],
                ["Plan C", None, None, None, None],
            ],
        }
    )
    k = bestanden.lees_bytes("k.xlsx", inhoud)
    assert [s.naam for s in k.scenarios] == ["Plan A", "Plan B", "Plan C"]
    assert [(z.zet, z.aan) for z in k.scenarios[0].interventies] == [
        ("compenseren", True),
        ("vertrek", True),
    ]
    assert k.scenarios[1].interventies[0].aan is False and k.scenarios[2].interventies == ()
    assert k.scenarios[0].interventies[0].punten == 2


@pytest.mark.parametrize(
    ("rij", "melding"),
    [
        (
            ["A", "ja", "vertrek", '{"partner": "a"'],
            "blad Scenarios, rij 3, kolom instellingen: geen geldige JSON (teken 16: "
            "er ontbreekt een komma)",
        ),
        (
            ["A", "ja", "vertrek", "{'partner': 'a'}"],
            "rij 3, kolom instellingen: geen geldige JSON",
        ),
        (["A", "ja", "vertrek", "[1, 2]"], "rij 3, kolom instellingen: moet een JSON-object zijn"),
        (["A", "ja", "vertrek", '{"partner": NaN}'], "rij 3, kolom instellingen: geen geldige"),
        (
            ["A", "ja", "verhuizen", '{"partner": "a"}'],
            'blad Scenarios, rij 3, kolom zet: onbekende zet "verhuizen"',
        ),
        (
            ["A", "ja", "compenseren", '{"partner": "a", "punten": 500}'],
            "blad Scenarios, rij 3, kolom instellingen: punten: ",
        ),
        (
            ["A", "ja", "bijdrage", '{"partner": "a", "punten": 0}'],
            "blad Scenarios, rij 3, kolom instellingen: punten: ",
        ),
        (
            ["A", "ja", "vertrek", "{}"],
            "blad Scenarios, rij 3, kolom instellingen: partner: ontbreekt",
        ),
        (
            ["A", "ja", "vertrek", '{"partner": "a", "wie": "b"}'],
            "blad Scenarios, rij 3, kolom instellingen: wie: onbekend veld",
        ),
        (
            ["A", "ja", "vertrek", '{"zet": "vertrek", "partner": "a"}'],
            'rij 3, kolom instellingen: "zet" hoort in kolom zet',
        ),
        (
            ["A", "misschien", "vertrek", '{"partner": "a"}'],
            'blad Scenarios, rij 3, kolom aan: moet ja of nee zijn, niet "misschien"',
        ),
        (
            [None, "ja", "vertrek", '{"partner": "a"}'],
            "blad Scenarios, rij 3, kolom scenario: is leeg; vul de naam van het scenario in",
        ),
        (["A", "ja", None, '{"partner": "a"}'], "blad Scenarios, rij 3, kolom zet: is leeg"),
        (
            ["A", "ja", "derde", '{"id": "r", "naam": "R", "stromen": [{"met": "a"}]}'],
            "blad Scenarios, rij 3, kolom instellingen: stromen[0].soort: ontbreekt",
        ),
    ],
)
def test_slechte_scenariorij_noemt_rij_en_kolom_en_laadt_niets(rij, melding):
    goed = ["Goed", "ja", "vertrek", '{"partner": "gem"}']
    inhoud = xlsx(
        {"Partners": PARTNERS, "Stromen": [["van", "naar", "soort", "waarde"]]}
        | {"Scenarios": [SCENARIO_KOP, goed, rij, goed]}
    )
    with pytest.raises(KaartFout) as fout:
        bestanden.lees_bytes("k.xlsx", inhoud)
    regels = [str(p) for p in fout.value.problemen]
    assert any(melding in r for r in regels), regels
    assert all(r.startswith("blad Scenarios, rij 3, kolom ") for r in regels), regels


# ---------------------------------------------------------------------------
# The pijlerscan: the Pijlers sheet.

PIJLER_KOP = ["beoordelaar", "pijler", "score", "notitie"]


def test_pijlers_overleven_json_excel_json(tmp_path):
    pad = tmp_path / "k.json"
    pad.write_text(bestanden.naar_json(valideer(kaart_met_pijlers())), encoding="utf-8")
    k = bestanden.lees(pad)
    terug = bestanden.lees(bestanden.schrijf(k, tmp_path / "k.xlsx"))
    assert terug == k and len(terug.pijlers) == 10
    assert terug.pijlers["score"].isna().sum() == 1  # a missing score stays missing
    assert bestanden.naar_json(terug) == pad.read_text(encoding="utf-8")


def test_pijlerblad_is_leesbaar_en_geneutraliseerd():
    boek = openpyxl.load_workbook(io.BytesIO(excel.naar_xlsx(valideer(kaart_met_pijlers()))))
    assert boek.sheetnames.index("Pijlers") == boek.sheetnames.index("Belangen") + 1
    rijen = list(boek["Pijlers"].iter_rows(values_only=True))
    assert list(rijen[0]) == PIJLER_KOP + ["pijlernaam"]
    assert len(rijen) == 1 + 10
    assert rijen[1] == ("Anna", "mindset", 4, None, "Mindset gericht op ketensamenwerking")
    assert rijen[3] == (
        "Anna",
        "kennis",
        None,
        "weet niet hoe Gemeente het doet",
        "Kennis van de keten",
    )
    assert rijen[5][:4] == ("'=Bram", "vertrouwen", 2, '\'+"eens", zei hij\nen ging door')
    assert rijen[7][3] == "'@wie regisseert?" and rijen[8][3] == "'-" and rijen[10][3] == "''citaat"
    cellen = [c for rij in boek["Pijlers"].iter_rows() for c in rij]
    assert not [c.coordinate for c in cellen if c.data_type == "f"]
    assert not [c.value for c in cellen if isinstance(c.value, str) and c.value[:1] in "=+-@"]


def test_zonder_scores_een_leeg_pijlerblad_en_zonder_blad_geen_scores():
    leeg = openpyxl.load_workbook(io.BytesIO(excel.naar_xlsx(kaart(["a"], [("a", "opgave", 2)]))))
    assert [list(r) for r in leeg["Pijlers"].iter_rows(values_only=True)] == [
        PIJLER_KOP + ["pijlernaam"]
    ]
    inhoud = xlsx({"Partners": PARTNERS, "Stromen": [["van", "naar", "soort", "waarde"]]})
    assert bestanden.lees_bytes("oud.xlsx", inhoud).pijlers.empty
    met_kop = xlsx(
        {
            "Partners": PARTNERS,
            "Stromen": [["van", "naar", "soort", "waarde"]],
            "Pijlers": [PIJLER_KOP],
        }
    )
    k = bestanden.lees_bytes("k.xlsx", met_kop)
    assert k.pijlers.empty and list(k.pijlers.columns) == PIJLER_KOP


def test_met_de_hand_gemaakt_pijlerblad_laadt():
    inhoud = xlsx(
        {
            "Partners": PARTNERS,
            "Stromen": [["van", "naar", "soort", "waarde"]],
            "Pijlers": [
                ["Beoordelaar", " Pijler ", "Score", "Notitie", "Pijlernaam"],
                [" Anna ", "Vertrouwen", "4,0", None, "wat dan ook"],
                ["Anna", "kennis van de keten", None, "geen idee", None],
                [None, None, None, None, None],
                ["Bram", " TRUST ", 2.0, 2024, None],
                ["Bram", "mindset", 5, None, "=FOUT()"],
            ],
        }
    )
    k = bestanden.lees_bytes("k.xlsx", inhoud)
    assert k.pijlers.astype(object).where(k.pijlers.notna(), None).values.tolist() == [
        ["Anna", "vertrouwen", 4, ""],
        ["Anna", "kennis", None, "geen idee"],
        ["Bram", "vertrouwen", 2, "2024"],
        ["Bram", "mindset", 5, ""],
    ]


@pytest.mark.parametrize(
    ("rij", "melding"),
    [
        (
            ["Anna", "geld", 3],
            'blad Pijlers, rij 3, kolom pijler: moet een van "mindset", "speelruimte", '
            '"vertrouwen", "dialoog", "structuur", "transparantie", "kennis" of '
            '"doelstelling" zijn, niet "geld"',
        ),
        (
            ["Anna", "kennis", 7],
            "blad Pijlers, rij 3, kolom score: moet een geheel getal van 1 tot en met 5 zijn, "
            "niet 7",
        ),
        (["Anna", "kennis", 0], "blad Pijlers, rij 3, kolom score: moet een geheel getal van 1"),
        (
            ["Anna", "kennis", "3,5"],
            'blad Pijlers, rij 3, kolom score: moet een geheel getal zijn, niet "3,5"',
        ),
        (
            ["Anna", "kennis", "goed"],
            'blad Pijlers, rij 3, kolom score: moet een geheel getal zijn, niet "goed"',
        ),
        (
            ["Anna", "vertrouwen", 2],
            'blad Pijlers, rij 3, kolom pijler: Anna heeft pijler "vertrouwen" al gescoord',
        ),
        ([" Anna ", "Vertrouwen", 2], "blad Pijlers, rij 3, kolom pijler: "),
        ([None, "kennis", 3], "blad Pijlers, rij 3, kolom beoordelaar: is leeg; vul dit in"),
        (["Anna", None, 3], "blad Pijlers, rij 3, kolom pijler: is leeg; vul dit in"),
    ],
)
def test_slechte_pijlerrij_noemt_rij_en_kolom_en_laadt_niets(rij, melding):
    inhoud = xlsx(
        {"Partners": PARTNERS, "Stromen": [["van", "naar", "soort", "waarde"]]}
        | {"Pijlers": [PIJLER_KOP[:3], ["Anna", "vertrouwen", 4], rij, ["Bram", "kennis", 2]]}
    )
    with pytest.raises(KaartFout) as fout:
        bestanden.lees_bytes("k.xlsx", inhoud)
    regels = [str(p) for p in fout.value.problemen]
    assert any(r.startswith(melding) for r in regels), regels
    assert all(r.startswith("blad Pijlers, rij 3, kolom ") for r in regels), regels


def test_sjabloon_heeft_een_pijlerblad_met_keuzelijsten():
    boek = openpyxl.load_workbook(io.BytesIO(excel.sjabloon()))
    assert [c.value for c in boek["Pijlers"][1]] == PIJLER_KOP  # no read-only pijlernaam
    regels = {
        (str(dv.sqref), dv.type, dv.formula1)
        for dv in boek["Pijlers"].data_validations.dataValidation
    }
    assert ("B2:B501", "list", '"' + ",".join(PIJLER_IDS) + '"') in regels
    assert ("C2:C501", "whole", "1") in regels
    for taal, begin in (("nl", "Pijlers (mag leeg blijven)"), ("en", "Pijlers (pillars")):
        uitleg = [
            c.value for c in openpyxl.load_workbook(io.BytesIO(excel.sjabloon(taal)))["Uitleg"]["A"]
        ]
        plek = next(i for i, r in enumerate(uitleg) if r and r.startswith(begin))
        assert uitleg[plek - 1].startswith("Scenarios (") and "pijlernaam" in uitleg[plek]
    boek["Pijlers"].append(["Anna", "dialoog", 3, "goed gesprek"])
    uit = io.BytesIO()
    boek.save(uit)
    k = bestanden.lees_bytes("x.xlsx", uit.getvalue())
    assert k.pijlers[["beoordelaar", "pijler"]].values.tolist() == [["Anna", "dialoog"]]
