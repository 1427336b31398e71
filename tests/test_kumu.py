"""Kumu's spreadsheet layout: read as Kumu documents it, written back losing and adding
nothing.  The workbooks are built here from the examples in Kumu's own guides
(docs.kumu.io: "Structure your data for Kumu", "How do I avoid duplicating data?", "How do
I add arrows to my connections?")."""

from __future__ import annotations

import io
import warnings
import zipfile
from collections import Counter

import openpyxl
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from systeem import bestanden
from systeem.analyses import netwerkmaten
from systeem.analyses.balans import balans
from systeem.bestanden import excel, kumu
from systeem.bestanden.bladen import herstel
from systeem.cli import main
from systeem.model.kaart import OPGAVE, extra_dict, extra_dicts
from systeem.model.validatie import KaartFout, valideer
from tests.conftest import DATA, VOORBEELDEN, kaart, xlsx
from tests.kaartgenerator import kaart_docs


def _lees(bladen: dict[str, list[list]], **kw) -> kumu.KumuImport:
    return kumu.lees(xlsx(bladen), "kaart.xlsx", **kw)


def _terug(k) -> dict[str, pd.DataFrame]:
    """The kaart written to Kumu and read as a spreadsheet again."""
    return excel.lees_bladen(kumu.naar_xlsx(k))


def _stromen(k) -> list[list]:
    namen = k.namen()
    s = k.stromen
    return [
        [namen[v], namen[n], soort, w]
        for v, n, soort, w in zip(s["van"], s["naar"], s["soort"], s["waarde"], strict=True)
    ]


def _notities(uit) -> str:
    return "\n".join(uit.notities)


# Kumu's sample sheets ("Structure your data for Kumu").
KUMU_ELEMENTEN = [
    ["Label", "Type", "Description", "Tags"],
    ["Jeff Mohr", "Person", "Co-Founder and CEO, always up for learning", "Founder|Male|Runner"],
    ["Kumu", "Company", "A web-based platform for mapping relationships", "Mapping|Technology"],
]
KUMU_VERBINDINGEN = [
    ["From", "To", "Type", "Strength"],
    ["Barack", "Michelle", "Personal", "Strong"],
    ["Ed Snowden", "NSA", "Contractor", "It's complicated"],
]


def test_kumus_eigen_voorbeeld_een_slechte_rij_weigert_niet_het_hele_boek():
    bladen = {"Elements": KUMU_ELEMENTEN, "Connections": KUMU_VERBINDINGEN}
    with pytest.raises(kumu.KumuRijfouten) as fout:
        _lees(bladen)
    assert isinstance(fout.value, KaartFout)
    assert [str(r) for r in fout.value.rijen] == [
        "blad Connections, rij 3, kolom Strength: moet een getal zijn of een woord als zwak, "
        'medium, sterk (weak, strong), niet "It\'s complicated"'
    ]
    uit = _lees(bladen, sla_over=True)
    k = uit.kaart
    assert uit.overgeslagen == (str(fout.value.rijen[0]),)
    assert "1 rij overgeslagen." in uit.notities
    assert k.partners["naam"].tolist() == ["Jeff Mohr", "Kumu", "Barack", "Michelle"]
    assert k.partners["type"].tolist()[:2] == ["persoon", "organisatie"]
    assert k.partners["sector"].tolist()[:2] == ["", "Company"]
    assert k.partners["toelichting"][0] == "Co-Founder and CEO, always up for learning"
    assert extra_dict(k.partners["extra"][0]) == {"Type": "Person", "Tags": "Founder|Male|Runner"}
    assert _stromen(k) == [["Barack", "Michelle", "personal", 4]]
    assert extra_dict(k.stromen["extra"][0]) == {
        "Type": "Personal",
        "Strength": "Strong",
        "kumu:waarde": 4,
    }
    assert balans(k)["klasse"].tolist() == [
        "geen_stromen",
        "geen_stromen",
        "geeft_veel_meer",
        "haalt_veel_meer",
    ]
    assert "Strong = 4" in _notities(uit)
    # Back to Kumu: the Type, Tags and the Strength word as they were.
    terug = _terug(k)
    e = terug["Elements"]
    assert e[["Label", "Type", "Tags"]].values.tolist()[:2] == [
        ["Jeff Mohr", "Person", "Founder|Male|Runner"],
        ["Kumu", "Company", "Mapping|Technology"],
    ]
    assert terug["Connections"][["From", "To", "Type", "Strength"]].values.tolist() == [
        ["Barack", "Michelle", "Personal", "Strong"]
    ]


def test_lees_via_bestanden_en_lees_hebben_dezelfde_uitkomst():
    inhoud = xlsx({"Elements": KUMU_ELEMENTEN, "Connections": KUMU_VERBINDINGEN[:2]})
    uit = bestanden.importeer("kumu.xlsx", inhoud)
    assert uit.formaat == "kumu"
    assert uit.kaart == kumu.lees(inhoud, "kumu.xlsx").kaart


# IDs ("How do I avoid duplicating data?").
GOLVEN_MET_ID = [
    ["ID", "Label", "Type"],
    ["Wave-1", "Waimea Bay", "Double overhead"],
    ["Wave-2", "Pipeline", "Head high"],
    ["Wave-2", "Pipeline", "Double overhead"],
    ["Wave-3", "Sunset Beach", "Head high"],
    ["Wave-4", "Pua'ena Point", "Head high"],
]


def test_ids_verbinden_op_id_en_komen_terug():
    uit = _lees(
        {
            "Elements": GOLVEN_MET_ID,
            "Connections": [
                ["ID", "From", "To", "Strength"],
                ["Connection-1", "Wave-1", "Wave-2", 2],
                ["Connection-2", "Wave-1", "Wave-2", 3],
                ["Connection-3", "Wave-3", "Wave-4", 5],
            ],
        }
    )
    k = uit.kaart
    # One element per ID; Wave-2 takes the data of its last row (Type "Double overhead").
    assert k.partners["naam"].tolist() == [
        "Waimea Bay",
        "Pipeline",
        "Sunset Beach",
        "Pua'ena Point",
    ]
    assert [extra_dict(e)["ID"] for e in k.partners["extra"]] == [
        "Wave-1",
        "Wave-2",
        "Wave-3",
        "Wave-4",
    ]
    assert k.partners["sector"].tolist()[1] == "Double overhead"
    assert 'ID "Wave-2" staat in rij 3 en 4; samengevoegd' in _notities(uit)
    # No partner named after an ID: the connections join the labelled elements.
    assert _stromen(k) == [
        ["Waimea Bay", "Pipeline", "overig", 2],
        ["Waimea Bay", "Pipeline", "overig", 3],
        ["Sunset Beach", "Pua'ena Point", "overig", 5],
    ]
    assert [extra_dict(e)["ID"] for e in k.stromen["extra"]] == [
        "Connection-1",
        "Connection-2",
        "Connection-3",
    ]
    assert balans(k)[["brengen", "halen"]].values.tolist() == [[5, 0], [0, 5], [5, 0], [0, 5]]
    terug = _terug(k)
    assert terug["Elements"][["ID", "Label", "Type"]].values.tolist() == [
        ["Wave-1", "Waimea Bay", "Double overhead"],
        ["Wave-2", "Pipeline", "Double overhead"],
        ["Wave-3", "Sunset Beach", "Head high"],
        ["Wave-4", "Pua'ena Point", "Head high"],
    ]
    assert list(terug["Elements"].columns)[:2] == ["ID", "Label"]
    assert terug["Connections"][["ID", "From", "To", "Strength"]].values.tolist() == [
        ["Connection-1", "Wave-1", "Wave-2", 2],
        ["Connection-2", "Wave-1", "Wave-2", 3],
        ["Connection-3", "Wave-3", "Wave-4", 5],
    ]


def test_een_label_in_from_naast_ids_verbindt_met_dat_element_en_staat_in_de_notities():
    uit = _lees(
        {
            "Elements": GOLVEN_MET_ID,
            "Connections": [["From", "To"], ["Wave-1", "Sunset Beach"]],
        }
    )
    assert _stromen(uit.kaart) == [["Waimea Bay", "Sunset Beach", "overig", 3]]
    assert "noemt From of To de Label van een element met een ID" in _notities(uit)
    assert len(uit.kaart.partners) == 4


# Duplicates: the same Label, with or without the same Type.
def test_zelfde_label_zelfde_type_wordt_een_element_zoals_kumu_doet():
    uit = _lees(
        {
            "Elements": [
                ["Label", "Description"],
                ["Waimea Bay", None],
                ["Pipeline", "eerst"],
                ["Pipeline", "later"],
                ["Sunset Beach", None],
            ],
            "Connections": [["From", "To"], ["Pipeline", "Sunset Beach"]],
        }
    )
    k = uit.kaart
    assert k.partners["naam"].tolist() == ["Waimea Bay", "Pipeline", "Sunset Beach"]
    assert k.partners["toelichting"].tolist() == ["", "later", ""]
    assert '"Pipeline" staat in rij 3 en 4; samengevoegd tot één element' in _notities(uit)
    assert _stromen(k) == [["Pipeline", "Sunset Beach", "overig", 3]]


def test_zelfde_label_ander_type_is_twee_partners_en_een_verbinding_ernaar_is_dubbelzinnig():
    bladen = {
        "Elements": [
            ["Label", "Type"],
            ["Waimea Bay", "Double overhead"],
            ["Pipeline", "Head high"],
            ["Pipeline", "Double overhead"],
            ["Sunset Beach", "Head high"],
        ],
        "Connections": [
            ["From", "To", "Type"],
            ["Waimea Bay", "Pipeline", "geld"],
            ["Waimea Bay", "Sunset Beach", "geld"],
        ],
    }
    with pytest.raises(kumu.KumuRijfouten) as fout:
        _lees(bladen)
    (rij,) = fout.value.rijen
    assert (rij.blad, rij.rij, rij.kolom) == ("Connections", 2, "To")
    assert '"Pipeline" is de Label van 2 elementen' in rij.tekst
    assert "rij 3" in rij.tekst and "rij 4" in rij.tekst and "ID" in rij.tekst
    uit = _lees(bladen, sla_over=True)
    k = uit.kaart
    assert k.partners[["naam", "sector"]].values.tolist() == [
        ["Waimea Bay", "Double overhead"],
        ["Pipeline", "Head high"],
        ["Pipeline", "Double overhead"],
        ["Sunset Beach", "Head high"],
    ]
    assert _stromen(k) == [["Waimea Bay", "Sunset Beach", "geld", 3]]
    assert '"Pipeline" staat er 2 keer met een ander Type' in _notities(uit)
    # Back to Kumu as two elements with their own Types, nobody renamed.
    e = _terug(k)["Elements"]
    assert e[["Label", "Type"]].values.tolist() == bladen["Elements"][1:]


# Direction ("How do I add arrows to my connections?").
@pytest.mark.parametrize("richting", ["mutual", "undirected"])
def test_tweezijdige_geldstroom_is_twee_stromen_en_houdt_de_balans(richting):
    uit = _lees(
        {
            "Elements": [["Label", "Type"], ["Gemeente", "Organization"], ["Zorg", "Organization"]],
            "Connections": [
                ["From", "To", "Type", "Label", "Strength", "Direction", "Description"],
                ["Gemeente", "Zorg", "geld", "budget", 4, richting, "samen betaald"],
            ],
        }
    )
    k = uit.kaart
    assert _stromen(k) == [["Gemeente", "Zorg", "geld", 4], ["Zorg", "Gemeente", "geld", 4]]
    assert k.stromen["omschrijving"].tolist() == ["budget", "budget"]
    heen, terug = extra_dicts(k.stromen["extra"])
    assert heen == {"Direction": richting, "Description": "samen betaald"}
    assert terug == {**heen, "kumu:spiegel": True}
    tabel = balans(k)
    assert tabel["balans"].tolist() == [0.0, 0.0]
    assert tabel["klasse"].tolist() == ["in_balans", "in_balans"]
    assert "1 verbinding(en) met Direction mutual of undirected zijn elk twee stromen" in (
        _notities(uit)
    )
    c = _terug(k)["Connections"]
    assert c[
        ["From", "To", "Type", "Label", "Strength", "Direction", "Description"]
    ].values.tolist() == [["Gemeente", "Zorg", "geld", "budget", 4, richting, "samen betaald"]]


def test_tweezijdige_verbinding_die_is_aangepast_wordt_twee_gerichte():
    uit = _lees(
        {
            "Elements": [["Label"], ["A"], ["B"], ["C"], ["D"]],
            "Connections": [
                ["From", "To", "Type", "Strength", "Direction"],
                ["A", "B", "geld", 3, "mutual"],
                ["C", "D", "kennis", 2, "undirected"],
            ],
        }
    )
    k = uit.kaart
    s = k.stromen.copy()
    s.loc[1, "waarde"] = 5  # the mirror B -> A now carries more
    s = s.drop(index=3)  # the mirror D -> C is gone
    k = k.met(stromen=s.reset_index(drop=True))
    c = _terug(k)["Connections"]
    assert c[["From", "To", "Strength", "Direction"]].values.tolist() == [
        ["A", "B", 3, "directed"],
        ["B", "A", 5, "directed"],
        ["C", "D", 2, "directed"],
    ]
    terug = kumu.lees(kumu.naar_xlsx(k)).kaart
    assert _stromen(terug) == _stromen(k)


def test_onbekende_richting_is_een_slechte_rij():
    with pytest.raises(kumu.KumuRijfouten, match="kolom direction: moet directed, mutual of"):
        _lees({"Connections": [["From", "To", "direction"], ["A", "B", "both"]]})


# Strength.
def test_sterkte_woorden_worden_1_tot_5_en_gaan_ongewijzigd_terug():
    woorden = ["very weak", "Weak", "medium", "Strong", "VERY STRONG", "zwak", "sterk", None]
    uit = _lees(
        {
            "Connections": [["From", "To", "Strength"]]
            + [["A", f"B{i}", w] for i, w in enumerate(woorden)]
        }
    )
    k = uit.kaart
    assert k.stromen["waarde"].tolist() == [1, 2, 3, 4, 5, 2, 4, 3]
    assert "Strong = 4" in _notities(uit) and "zonder Strength kregen waarde 3" in _notities(uit)
    c = _terug(k)["Connections"]
    assert c["Strength"].tolist() == woorden
    # An edited waarde is written as the number.
    s = k.stromen.copy()
    s.loc[3, "waarde"] = 2
    assert _terug(k.met(stromen=s))["Connections"]["Strength"].tolist()[3] == 2


def test_hele_getallen_1_tot_5_blijven_anders_lineair_geschaald_met_de_helft_naar_boven():
    def waarden(sterktes):
        uit = _lees(
            {
                "Connections": [["From", "To", "Strength"]]
                + [["A", f"B{i}", w] for i, w in enumerate(sterktes)]
            }
        )
        return uit.kaart.stromen["waarde"].tolist(), _notities(uit)

    assert waarden([1, 5, 3, 2])[0] == [1, 5, 3, 2]
    # 0..8 to 1..5: 1 -> 1.5 -> 2 and 3 -> 2.5 -> 3 (half up), 6 -> 4.
    w, notities = waarden([0, 8, 1, 3, 6])
    assert w == [1, 5, 2, 3, 4]
    assert "Strength 0 tot 8 is lineair omgezet naar 1-5" in notities
    w, notities = waarden([0.2, 0.5, 0.35])
    assert w == [1, 5, 3]
    assert "Strength 0,2 tot 0,5" in notities
    w, notities = waarden([10, 10])
    assert w == [3, 3]
    assert "Strength is overal 10" in notities
    # Words and numbers side by side: each by its own rule.
    assert waarden(["strong", 0, 100])[0] == [4, 1, 5]


def test_geschaalde_sterkte_gaat_terug_zoals_ze_was():
    bladen = {
        "Connections": [
            ["From", "To", "Strength"],
            ["A", "B", 0.25],
            ["B", "C", 0.75],
            ["C", "A", 0.5],
        ]
    }
    k = _lees(bladen).kaart
    assert k.stromen["waarde"].tolist() == [1, 5, 3]
    assert _terug(k)["Connections"]["Strength"].tolist() == [0.25, 0.75, 0.5]


# Bad rows.
def test_elke_slechte_rij_genoemd_en_met_sla_over_de_rest_geladen():
    bladen = {
        "Elements": [["Label", "Type"], ["A", "Person"], [None, "Person"], ["B", None]],
        "Connections": [
            ["From", "To", "Strength", "Direction"],
            ["A", "B", 3, None],
            [None, "B", 3, None],
            ["A", "B", "veel", None],
            ["B", "A", 2, "sideways"],
            ["B", "A", 2, "mutual"],
        ],
    }
    with pytest.raises(kumu.KumuRijfouten) as fout:
        _lees(bladen)
    assert [(r.blad, r.rij, r.kolom) for r in fout.value.rijen] == [
        ("Elements", 3, "Label"),
        ("Connections", 3, "From"),
        ("Connections", 4, "Strength"),
        ("Connections", 5, "Direction"),
    ]
    assert str(fout.value).startswith("De kaart klopt niet (4 problemen)")
    uit = _lees(bladen, sla_over=True)
    assert len(uit.overgeslagen) == 4 and "4 rijen overgeslagen." in uit.notities
    assert uit.overgeslagen[0] == "blad Elements, rij 3, kolom Label: is leeg; vul dit in"
    assert _stromen(uit.kaart) == [
        ["A", "B", "overig", 3],
        ["B", "A", "overig", 2],
        ["A", "B", "overig", 2],
    ]
    # uit_bladen takes the same parameter (the frames excel.lees_bladen gives).
    bladen_frames = excel.lees_bladen(xlsx(bladen))
    assert kumu.uit_bladen(bladen_frames, "kaart", sla_over=True).kaart == uit.kaart


def test_een_probleem_dat_geen_rij_is_blijft_een_gewone_kaartfout():
    for bladen, melding in (
        ({"Connections": [["From", "Type"], ["A", "geld"]]}, 'kolom "To" ontbreekt'),
        ({"Elements": [["Naam"], ["A"]]}, 'kolom "Label" ontbreekt'),
    ):
        with pytest.raises(KaartFout, match=melding) as fout:
            _lees(bladen, sla_over=True)
        assert not isinstance(fout.value, kumu.KumuRijfouten)


def test_een_veld_dat_de_kaart_weigert_wordt_een_rijfout_met_zijn_kolom():
    bladen = {
        "Elements": [["Label", "Invloed"], ["A", 9], ["B", 2]],
        "Connections": [["From", "To"], ["A", "B"]],
    }
    with pytest.raises(kumu.KumuRijfouten) as fout:
        _lees(bladen)
    assert [(r.blad, r.rij, r.kolom) for r in fout.value.rijen] == [("Elements", 2, "Invloed")]
    uit = _lees(bladen, sla_over=True)
    assert uit.kaart.partners["naam"].tolist() == ["B", "A"]  # A comes back from the connection
    assert uit.overgeslagen[0].startswith("blad Elements, rij 2, kolom Invloed:")


# Several targets, self-loops, other sheets.
def test_meer_doelen_met_pipe_geven_een_stroom_per_paar_en_gaan_als_een_rij_terug():
    uit = _lees(
        {
            "Elements": [["Label"], ["Oahu"], ["Waimea Bay"], ["Pipeline"], ["Kauai"]],
            "Connections": [
                ["From", "To", "Type", "Strength"],
                ["Oahu|Kauai", "Waimea Bay | Pipeline", "Location", 2],
            ],
        }
    )
    k = uit.kaart
    assert _stromen(k) == [
        ["Oahu", "Waimea Bay", "location", 2],
        ["Oahu", "Pipeline", "location", 2],
        ["Kauai", "Waimea Bay", "location", 2],
        ["Kauai", "Pipeline", "location", 2],
    ]
    assert "1 verbinding(en) met meer elementen in From of To" in _notities(uit)
    assert "4 stromen" in _notities(uit)
    c = _terug(k)["Connections"]
    assert c[["From", "To", "Type", "Strength"]].values.tolist() == [
        ["Oahu|Kauai", "Waimea Bay|Pipeline", "Location", 2]
    ]
    # One of them removed: the other three are written one by one.
    k = k.met(stromen=k.stromen.drop(index=1).reset_index(drop=True))
    c = _terug(k)["Connections"]
    assert c[["From", "To"]].values.tolist() == [
        ["Oahu", "Waimea Bay"],
        ["Kauai", "Waimea Bay"],
        ["Kauai", "Pipeline"],
    ]


def test_verbinding_naar_zichzelf_staat_in_de_notities_en_weigert_niets():
    uit = _lees(
        {
            "Elements": [["Label"], ["A"], ["B"]],
            "Connections": [["From", "To"], ["A", "B"], ["B", "b"], ["A", "A|B"]],
        }
    )
    assert _stromen(uit.kaart) == [["A", "B", "overig", 3], ["A", "B", "overig", 3]]
    notities = _notities(uit)
    assert 'Blad Connections, rij 3: een verbinding van een element naar zichzelf ("B")' in notities
    assert "Blad Connections, rij 4: een verbinding van een element naar zichzelf" in notities


def test_elementbladen_met_een_andere_naam_houden_hun_type_en_beschrijving():
    inhoud = xlsx(
        {
            "Mensen": [["Label", "Type", "Description"], ["Jan", "Person", "wethouder"]],
            "Organisaties": [
                ["Label", "Type", "Description"],
                ["Gemeente", "Organization", "stad"],
            ],
            "Lijntjes": [["From", "To", "Type"], ["Jan", "Gemeente", "kennis"]],
            "Aantekeningen (ignore)": [["Label"], ["niet importeren"]],
            "Kladblok": [["iets"], ["anders"]],
        }
    )
    uit = bestanden.importeer("los.xlsx", inhoud)
    k = uit.kaart
    assert uit.formaat == "kumu"
    assert k.partners[["naam", "type", "toelichting"]].values.tolist() == [
        ["Jan", "persoon", "wethouder"],
        ["Gemeente", "organisatie", "stad"],
    ]
    assert _stromen(k) == [["Jan", "Gemeente", "kennis", 3]]
    notities = "\n".join(uit.notities)
    assert 'Blad "Mensen" is gelezen als elementen' in notities
    assert 'Blad "Lijntjes" is gelezen als verbindingen' in notities
    assert 'Blad "Kladblok" is niet overgenomen' in notities
    assert "Aantekeningen" not in notities


def test_twee_lege_rijen_beginnen_een_nieuw_deel_van_het_blad():
    uit = _lees(
        {
            "Sheet1": [
                ["Label", "Type"],
                ["A", "Person"],
                ["B", "Team"],
                [None, None],
                [None, None],
                ["From", "To", "Type"],
                ["A", "B", "Personal"],
            ]
        }
    )
    assert uit.kaart.partners["naam"].tolist() == ["A", "B"]
    assert _stromen(uit.kaart) == [["A", "B", "personal", 3]]
    with pytest.raises(kumu.KumuRijfouten, match="rij 5, kolom A: na twee lege rijen"):
        _lees({"Elements": [["Label"], ["A"], [None], [None], ["B"], ["C"]]})
    assert _lees(
        {"Elements": [["Label"], ["A"], [None], [None], ["B"], ["C"]]}, sla_over=True
    ).kaart.partners["naam"].tolist() == ["A"]


def test_geen_python_waarschuwing_voor_een_werkboek_uit_google_sheets(recwarn):
    inhoud = xlsx({"Elements": [["Label"], ["A"]], "Connections": [["From", "To"], ["A", "B"]]})
    uit = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(inhoud)) as zin, zipfile.ZipFile(uit, "w") as zuit:
        for deel in zin.infolist():
            data = zin.read(deel.filename)
            if deel.filename.startswith("xl/worksheets/sheet"):
                data = data.replace(
                    b"</worksheet>",
                    b'<extLst><ext uri="{CCE6A557-97BC-4B89-ADB6-D9C93CAAB3DF}" '
                    b'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
                    b"<x14:dataValidations/></ext><ext uri="
                    b'"{12345678-0000-0000-0000-000000000000}"><onbekend/></ext></extLst>'
                    b"</worksheet>",
                )
            zuit.writestr(deel, data)
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        k = bestanden.importeer("google.xlsx", uit.getvalue()).kaart
    assert len(k.stromen) == 1
    assert [str(w.message) for w in recwarn] == []


# The opgave.
def test_de_opgave_is_het_element_met_een_opgave_type_en_dat_staat_in_de_notities():
    uit = _lees(
        {
            "Elements": [
                ["Label", "Type", "Description", "Tags", "ID"],
                ["Werk", "Task", None, None, None],
                ["Veilige wijk", "Shared task", "wat we samen willen", "wijk", "t1"],
                ["Politie", "Organization", None, None, "p1"],
            ],
            "Connections": [["From", "To", "Type"], ["p1", "t1", "tijd"]],
        }
    )
    k = uit.kaart
    assert k.opgave == "Veilige wijk" and k.toelichting == "wat we samen willen"
    assert dict(k.opgave_extra) == {"ID": "t1", "Type": "Shared task", "Tags": "wijk"}
    assert _stromen(k) == [["Politie", "Veilige wijk", "tijd", 3]]
    assert k.stromen["naar"].tolist() == [OPGAVE]
    assert k.partners["naam"].tolist() == ["Werk", "Politie"]  # "Task" is not an opgave word
    assert (
        'Element "Veilige wijk" (blad Elements, rij 3) is de gedeelde opgave: zijn Type is "Shared task"'
        in (_notities(uit))
    )
    e = _terug(k)["Elements"]
    assert e[["ID", "Label", "Type", "Description", "Tags"]].values.tolist()[0] == [
        "t1",
        "Veilige wijk",
        "Shared task",
        "wat we samen willen",
        "wijk",
    ]


def test_zonder_opgave_element_blijft_de_opgave_leeg_en_komt_er_geen_bij():
    uit = _lees(
        {
            "Elements": [["Label", "Type"], ["A", "Person"], ["B", "Person"]],
            "Connections": [["From", "To"], ["A", "B"]],
        }
    )
    k = uit.kaart
    assert k.opgave == ""
    assert not (k.stromen["van"].eq(OPGAVE) | k.stromen["naar"].eq(OPGAVE)).any()
    assert "Geen element heeft als Type" in _notities(uit)
    assert _terug(k)["Elements"]["Label"].tolist() == ["A", "B"]
    # A kaart made here whose stromen touch the opgave still gets it.
    eigen = kaart(["a"], [("a", "opgave", 2)])
    assert _terug(eigen)["Elements"]["Label"].tolist() == ["Gedeelde opgave", "A"]


# Extra columns, Type text, Label and Description.
def test_type_tags_en_eigen_kolommen_gaan_mee_heen_en_terug():
    bladen = {
        "Elements": [
            ["Label", "Type", "Description", "Tags", "Net worth", "Actief"],
            ["Gemeente", "ORGANIZATION", "stad", "publiek|regio", 2.5, True],
            ["Wijkteam", "team", None, None, 3, False],
        ],
        "Connections": [
            ["From", "To", "Type", "Label", "Description", "Tags", "Frequentie"],
            [
                "Gemeente",
                "Wijkteam",
                "Geld",
                "subsidie",
                "jaarlijks, via de begroting",
                "x|y",
                "jaarlijks",
            ],
        ],
    }
    k = _lees(bladen).kaart
    assert k.partners["type"].tolist() == ["organisatie", "team"]
    assert extra_dicts(k.partners["extra"]) == [
        {"Type": "ORGANIZATION", "Tags": "publiek|regio", "Net worth": 2.5, "Actief": True},
        {"Net worth": 3, "Actief": False},
    ]
    assert k.stromen[["soort", "omschrijving"]].values.tolist() == [["geld", "subsidie"]]
    assert extra_dict(k.stromen["extra"][0]) == {
        "Type": "Geld",
        "kumu:waarde": 3,
        "Description": "jaarlijks, via de begroting",
        "Tags": "x|y",
        "Frequentie": "jaarlijks",
    }
    terug = _terug(k)
    assert _als_rijen(terug["Elements"]) == _als_rijen(_frame(bladen["Elements"]))
    assert _als_rijen(terug["Connections"]) == _als_rijen(_frame(bladen["Connections"]))
    assert list(terug["Elements"].columns)[-14:-10] == ["Brengen", "Halen", "Balans", "Klasse"]
    assert tuple(terug["Elements"].columns)[-10:] == netwerkmaten.KOLOMMEN


# Our own kaarten.
@pytest.mark.parametrize("pad", VOORBEELDEN, ids=[p.stem for p in VOORBEELDEN])
def test_eigen_kaart_naar_kumu_en_terug_houdt_alles_wat_kumu_kan_dragen(pad):
    k = bestanden.lees(pad)
    uit = bestanden.importeer("k.xlsx", kumu.naar_xlsx(k))
    terug = uit.kaart
    assert [n for n in uit.notities if "is de gedeelde opgave" not in n] == []
    _zelfde_partners_en_stromen(k, terug)
    assert terug.opgave == k.opgave and terug.toelichting == k.toelichting


def test_dubbele_namen_gaan_met_ids_naar_kumu_en_blijven_heel():
    k = kaart([{"id": "a", "naam": "Gemeente"}, {"id": "b", "naam": "gemeente"}], [("a", "b", 2)])
    e = kumu.naar_bladen(k)["Elements"]
    assert e[["ID", "Label"]].values.tolist() == [["a", "Gemeente"], ["b", "gemeente"]]
    assert kumu.naar_bladen(k)["Connections"][["From", "To"]].values.tolist() == [["a", "b"]]
    _zelfde_partners_en_stromen(k, kumu.lees(kumu.naar_xlsx(k)).kaart)


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(kaart_docs(scenarios=False, pijlers=False))
def test_elke_eigen_kaart_komt_uit_kumu_terug(doc):
    k = valideer(doc)
    terug = kumu.lees(kumu.naar_xlsx(k)).kaart
    _zelfde_partners_en_stromen(k, terug)
    if len(k.stromen) and (k.stromen["van"].eq(OPGAVE) | k.stromen["naar"].eq(OPGAVE)).any():
        assert terug.opgave == (k.opgave or "Gedeelde opgave")
    else:
        assert terug.opgave == k.opgave


def _zelfde_partners_en_stromen(k, terug):
    velden = ["naam", "type", "sector", "invloed", "toelichting"]
    assert terug.partners[velden].equals(k.partners[velden])
    for e in extra_dicts(terug.partners["extra"]):
        assert set(e) <= {"ID"}
    ids = dict(zip(terug.partners["id"], k.partners["id"], strict=True)) | {OPGAVE: OPGAVE}
    s = terug.stromen.assign(van=terug.stromen["van"].map(ids), naar=terug.stromen["naar"].map(ids))
    kolommen = ["van", "naar", "soort", "waarde", "omschrijving", "tastbaar"]
    assert s[kolommen].equals(k.stromen[kolommen])
    # Kumu merges connections with the same From and To unless they have an ID: those get one.
    for e in extra_dicts(terug.stromen["extra"]):
        assert set(e) <= {"ID"}


def test_cli_formaat_kumu(tmp_path, capsys):
    uit = tmp_path / "k.xlsx"
    assert (
        main(["exporteer", str(DATA / "gebiedsontwikkeling.json"), str(uit), "--formaat", "kumu"])
        == 0
    )
    assert openpyxl.load_workbook(uit).sheetnames == ["Elements", "Connections"]
    assert main(["exporteer", str(uit), str(tmp_path / "terug.json")]) == 0
    capsys.readouterr()


# Kumu -> kaart -> Kumu keeps every element and connection and adds none.
AFGELEID = frozenset({"brengen", "halen", "balans", "klasse", *netwerkmaten.KOLOMMEN})


def _frame(rijen: list[list]) -> pd.DataFrame:
    return pd.DataFrame(rijen[1:], columns=rijen[0], dtype=object)


def _gewoon(v):
    if isinstance(v, str):
        return herstel(pd.Series([v]))[0].strip()
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


def _gevuld(v) -> bool:
    return (
        v is not None
        and not (isinstance(v, float) and v != v)
        and not (isinstance(v, str) and not v.strip())
    )


def _als_rijen(frame: pd.DataFrame) -> Counter:
    """A sheet as a multiset of rows, each the set of its filled cells (column names in any
    case), our derived columns left out."""
    rijen: Counter = Counter()
    for rij in frame.astype(object).to_dict(orient="records"):
        rijen[
            frozenset(
                (str(k).strip().casefold(), _gewoon(v))
                for k, v in rij.items()
                if _gevuld(v) and str(k).strip().casefold() not in AFGELEID
            )
        ] += 1
    return rijen


_WOORD = (
    st.text(st.sampled_from(list("abcdefgh ijkéë")), min_size=1, max_size=6)
    .map(str.strip)
    .filter(bool)
)
_TYPES = ["Person", "Organization", "team", "Company", "organisatie", "Zorgaanbieder", None]
_OPGAVE_TYPES = ["Opgave", "shared task", "Gedeelde opgave", "opgave"]


@st.composite
def kumu_boeken(draw):
    """A Kumu workbook as Kumu's import guide describes it: elements (with IDs or without,
    an opgave or not, Types, Descriptions, Tags, an own column of numbers, booleans or
    text) and connections (From/To by ID or Label, ``|`` for several, Type, Label,
    Description, Strength as whole numbers, numbers to scale or words, Direction, Tags,
    connection IDs)."""
    met_ids = draw(st.booleans())
    n = draw(st.integers(1, 6))
    if met_ids:
        labels = draw(
            st.lists(
                st.sampled_from(["Gemeente", "gemeente", "Zorg", "Wijk"]), min_size=n, max_size=n
            )
        )
    else:
        labels = draw(st.lists(_WOORD, min_size=n, max_size=n, unique_by=str.casefold))
    types = draw(st.lists(st.sampled_from(_TYPES), min_size=n, max_size=n))
    if draw(st.booleans()):
        types[draw(st.integers(0, n - 1))] = draw(st.sampled_from(_OPGAVE_TYPES))
    eigen = draw(st.sampled_from([None, "Net worth", "actief"]))
    kop = (["ID"] if met_ids else []) + ["Label", "Type", "Description", "Tags"]
    kop += [eigen] if eigen else []
    refs = [f"e-{i}" for i in range(n)] if met_ids else labels
    elementen = [kop]
    for i in range(n):
        rij = ([refs[i]] if met_ids else []) + [
            labels[i],
            types[i],
            draw(st.none() | _WOORD),
            draw(st.none() | st.sampled_from(["a", "a|b", "Founder|Runner"])),
        ]
        if eigen:
            rij.append(
                draw(st.none() | st.integers(-3, 100) | st.sampled_from([2.5, True, False, "veel"]))
            )
        elementen.append(rij)
    bladen = {"Elements": elementen}
    if n < 2:
        return bladen
    met_verbinding_ids = draw(st.booleans())
    sterkte_soort = draw(st.sampled_from(["heel", "schaal", "woord", "mix"]))
    sterktes = {
        "heel": st.none() | st.integers(1, 5),
        "schaal": st.none() | st.sampled_from([0.1, 0.25, 0.5, 2, 7.5, 10]),
        "woord": st.none() | st.sampled_from(["Strong", "weak", "medium", "Very Strong", "zwak"]),
        "mix": st.none() | st.sampled_from(["Strong", "zwak", 0, 3, 12.5]),
    }[sterkte_soort]
    kop = (["ID"] if met_verbinding_ids else []) + ["From", "To", "Type", "Label", "Description"]
    kop += ["Strength", "Direction", "Tags"]
    verbindingen = [kop]
    gebruikt: set[tuple[str, str]] = set()
    for j in range(draw(st.integers(0, 8))):
        van = draw(st.sampled_from(refs))
        naar = draw(st.lists(st.sampled_from(refs), min_size=1, max_size=2, unique=True))
        paren = {(van, x) for x in naar}
        if van in naar or (not met_verbinding_ids and paren & gebruikt):
            continue
        gebruikt |= paren
        rij = ([f"c-{j}"] if met_verbinding_ids else []) + [
            van,
            "|".join(naar),
            draw(st.sampled_from(["Geld", "kennis", "Personal", None])),
            draw(st.none() | _WOORD),
            draw(st.none() | _WOORD),
            draw(sterktes),
            draw(st.sampled_from([None, "directed", "mutual", "undirected", "Mutual"])),
            draw(st.none() | st.sampled_from(["x", "x|y"])),
        ]
        verbindingen.append(rij)
    bladen["Connections"] = verbindingen
    return bladen


@settings(max_examples=30, suppress_health_check=[HealthCheck.too_slow])
@given(kumu_boeken())
def test_kumu_naar_kaart_naar_kumu_verliest_en_voegt_niets_toe(bladen):
    uit = _lees(bladen)
    terug = _terug(uit.kaart)
    assert _als_rijen(terug["Elements"]) == _als_rijen(_frame(bladen["Elements"]))
    if "Connections" in bladen:
        assert _als_rijen(terug["Connections"]) == _als_rijen(_frame(bladen["Connections"]))
    else:
        assert terug["Connections"].empty
    # And once more: the kaart read back is the kaart (the titel is the file's name).
    assert kumu.lees(kumu.naar_xlsx(uit.kaart), "kaart.xlsx").kaart == uit.kaart


def test_the_export_carries_the_network_measures_and_reading_it_back_ignores_them():
    k = bestanden.lees(VOORBEELDEN[0])
    elementen = kumu.naar_bladen(k)["Elements"]
    maten = netwerkmaten.maten(k)
    # Rows: the opgave first, then the partners in kaart order, as in maten().
    assert elementen["betweenness"].tolist() == [round(v, 6) for v in maten["betweenness"]]
    assert elementen["gewogen_uit"].tolist() == maten["gewogen_uit"].tolist()
    assert elementen["micmac_rol"].tolist()[1:] == maten["micmac_rol"].tolist()[1:]
    terug = kumu.lees(kumu.naar_xlsx(k)).kaart
    assert not any(
        "betweenness" in e or "pagerank" in e for e in extra_dicts(terug.partners["extra"])
    )
