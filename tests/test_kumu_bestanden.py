"""Kumu's data as CSV files and as Kumu's JSON export, read through bestanden, and the
rows that cannot be read: refused with every row named, or left out on request.

The files are written here from Kumu's own documentation (docs.kumu.io: "Structure your
data for Kumu", "Excel / CSV", "JSON / Blueprints") and from the shape of Kumu's project
export ("Export to JSON"): ``elements`` and ``connections`` with ``_id`` and
``attributes``, connections naming elements by ``_id``, field definitions, loops, maps,
perspectives.  The independent reference is Kumu's spreadsheet import: the same rows as
an .xlsx must give the same kaart."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from systeem import bestanden
from systeem.bestanden import excel, kumu
from systeem.model.kaart import OPGAVE, extra_dicts
from systeem.model.validatie import KaartFout, valideer
from tests.conftest import xlsx

ELEMENTEN_CSV = (
    b"Label;Type;Description;Tags\n"
    b"Samen wonen;opgave;Betaalbaar wonen in de wijk;\n"
    b"Gemeente;Organization;Regie en grond;publiek|regio\n"
    b"Corporatie;Woningcorporatie;Bouwt en beheert;\n"
)
VERBINDINGEN_CSV = (
    b"From;To;Type;Strength;Direction\n"
    b"Gemeente;Samen wonen;Geld;4;\n"
    b"Corporatie;Samen wonen;Personeel;strong;\n"
    b"Gemeente;Corporatie;Kennis;2;mutual\n"
)


def _zip(delen: dict[str, bytes]) -> bytes:
    uit = io.BytesIO()
    with zipfile.ZipFile(uit, "w") as zf:
        for naam, inhoud in delen.items():
            zf.writestr(naam, inhoud)
    return uit.getvalue()


def _stromen(k) -> list[tuple]:
    namen = {**k.namen(), OPGAVE: OPGAVE}
    s = k.stromen
    return sorted(
        (namen[v], namen[n], soort, int(w))
        for v, n, soort, w in zip(s["van"], s["naar"], s["soort"], s["waarde"], strict=True)
    )


def _zonder_titel(k) -> dict:
    d = k.naar_dict()
    d.pop("titel")
    return d


def _geweigerd(fout: KaartFout) -> str:
    tekst = str(fout)
    assert tekst.startswith("De kaart klopt niet")
    assert "Traceback" not in tekst and "Error" not in tekst and "Exception" not in tekst
    return tekst


# ---------------------------------------------------------------------------
# CSV: a lone connections file, a pair, a zip.


def test_losse_verbindingen_csv_wordt_partners_en_stromen():
    inhoud = b"From,To,Type,Strength\nGemeente,Zorg,Geld,4\nZorg,Gemeente,Kennis,\n"
    uit = bestanden.importeer("Connections.csv", inhoud)
    k = uit.kaart
    assert uit.formaat == "kumu-csv" and k.titel == "Kumu-kaart"
    assert k.partners["naam"].tolist() == ["Gemeente", "Zorg"]
    assert _stromen(k) == [("Gemeente", "Zorg", "geld", 4), ("Zorg", "Gemeente", "kennis", 3)]
    notities = "\n".join(uit.notities)
    assert "als partner toegevoegd: Gemeente, Zorg" in notities
    assert "zonder Strength kregen waarde 3" in notities
    assert uit.overgeslagen == ()


def test_elementen_en_verbindingen_als_twee_bestanden():
    uit = bestanden.importeer_bestanden(
        [("Wijk - Elements.csv", ELEMENTEN_CSV), ("Wijk - Connections.csv", VERBINDINGEN_CSV)]
    )
    k = uit.kaart
    assert uit.formaat == "kumu-csv" and k.titel == "Wijk"
    assert k.opgave == "Samen wonen" and k.toelichting == "Betaalbaar wonen in de wijk"
    assert k.partners["naam"].tolist() == ["Gemeente", "Corporatie"]
    assert k.partners["sector"].tolist() == ["", "Woningcorporatie"]
    assert extra_dicts(k.partners["extra"])[0]["Tags"] == "publiek|regio"
    assert _stromen(k) == [
        ("Corporatie", "Gemeente", "kennis", 2),  # mutual: one stroom each way
        ("Corporatie", OPGAVE, "personeel", 4),  # "strong" is 4
        ("Gemeente", "Corporatie", "kennis", 2),
        ("Gemeente", OPGAVE, "geld", 4),
    ]
    notities = "\n".join(uit.notities)
    assert 'Blad "Wijk - Elements.csv" is gelezen als elementen' in notities
    assert 'Blad "Wijk - Connections.csv" is gelezen als verbindingen' in notities
    assert valideer(k.naar_dict()) == k


def test_elementen_en_verbindingen_in_een_zip_geven_dezelfde_kaart():
    los = bestanden.importeer_bestanden(
        [("elements.csv", ELEMENTEN_CSV), ("connections.csv", VERBINDINGEN_CSV)]
    )
    inhoud = _zip(
        {
            "wijk/elements.csv": ELEMENTEN_CSV,
            "wijk/connections.csv": VERBINDINGEN_CSV,
            "__MACOSX/wijk/._elements.csv": b"\x00\x05",
            "wijk/.DS_Store": b"\x00",
        }
    )
    uit = bestanden.importeer("Wijk.zip", inhoud)
    assert uit.formaat == "kumu-csv" and uit.kaart.titel == "Wijk"
    assert _zonder_titel(uit.kaart) == _zonder_titel(los.kaart)
    assert uit.notities == los.notities


def test_zip_met_onze_bestanden_blijft_ons_formaat():
    k = _kaart_uit_pair()
    uit = bestanden.importeer("wijk.zip", bestanden.naar_bytes(k, "csv"))
    assert uit.formaat == "csv" and uit.notities == ()
    assert uit.kaart.partners["naam"].tolist() == k.partners["naam"].tolist()
    assert _stromen(uit.kaart) == _stromen(k)
    fout = pytest.raises(KaartFout, bestanden.importeer, "x.zip", _zip({"partners.csv": b"x"}))
    assert "stromen.csv" in str(fout.value)


def test_zip_met_kumu_en_een_ander_bestand_noemt_het_andere():
    inhoud = _zip({"connections.csv": VERBINDINGEN_CSV, "LEESMIJ.txt": b"hallo"})
    uit = bestanden.importeer("kumu.zip", inhoud)
    assert len(uit.kaart.stromen) == 4
    assert '"LEESMIJ.txt" in kumu.zip is niet gelezen' in "\n".join(uit.notities)


def _kaart_uit_pair():
    return bestanden.importeer_bestanden(
        [("elements.csv", ELEMENTEN_CSV), ("connections.csv", VERBINDINGEN_CSV)]
    ).kaart


@pytest.mark.parametrize(
    ("naam", "inhoud"),
    [
        ("cp1252.csv", "From;To;Type\nGemeente;Caf\u00e9 De Ster;geld\n".encode("cp1252")),
        ("utf8-bom.csv", "\ufeffFrom,To,Type\nGemeente,Caf\u00e9 De Ster,geld\n".encode()),
        ("utf16.csv", "From\tTo\tType\r\nGemeente\tCaf\u00e9 De Ster\tgeld\r\n".encode("utf-16")),
        ("aanhaling.csv", b'From;To;Type\n"Gemeente";"Caf\xc3\xa9 De Ster";"geld"\n'),
    ],
)
def test_csv_zoals_spreadsheets_hem_schrijven(naam, inhoud):
    k = bestanden.lees_bytes(naam, inhoud)
    assert k.partners["naam"].tolist() == ["Gemeente", "Café De Ster"]
    assert _stromen(k) == [("Gemeente", "Café De Ster", "geld", 3)]


@pytest.mark.parametrize(
    ("bestanden_", "melding"),
    [
        ([("leeg.csv", b"")], "leeg.csv is leeg (0 bytes)"),
        ([("spaties.csv", b"  \r\n \n")], "bestand spaties.csv is leeg"),
        ([("kop.csv", b"From;To;Type\r\n")], "kop.csv: alleen een kopregel"),
        (
            [("e.csv", b"Label\n"), ("c.csv", b"From,To\n")],
            "e.csv en c.csv: alleen een kopregel",
        ),
        ([("partners.csv", b"id;naam\na;Alfa\n")], "Een kaart in CSV is een .zip met partners.csv"),
        (
            [("c.csv", b"Van;Naar\nA;B\n")],
            "geen kolom Label (elementen) en geen kolommen From en To",
        ),
        ([("binair.csv", b"From,To\x00\n")], "binaire gegevens"),
        ([("c.csv", b'From;To\n"A;B\n')], "aanhalingsteken"),
        ([("c.csv", b"From;To\nA;B\nA;B;C;D\n")], "rij 3: 4 cellen"),
        ([("c.csv", b"From;To\nA;B;C;D\n")], "rij 2: meer cellen dan de kopregel"),
        (
            [("kaart.json", b"{}"), ("c.csv", VERBINDINGEN_CSV)],
            "kies één bestand; alleen Kumu's CSV-bestanden",
        ),
        ([], "geen bestand gekozen"),
        ([(f"c{i}.csv", VERBINDINGEN_CSV) for i in range(51)], "hoogstens 50 bestanden"),
    ],
)
def test_vreemde_csv_geeft_een_nederlandse_melding(bestanden_, melding):
    with pytest.raises(KaartFout) as fout:
        bestanden.importeer_bestanden(bestanden_)
    assert melding in _geweigerd(fout.value)


def test_te_veel_csv_rijen_wordt_geweigerd():
    inhoud = b"From;To\n" + b"A;B\n" * (excel.MAX_RIJEN + 1)
    with pytest.raises(KaartFout, match="meer dan 50.000 rijen"):
        bestanden.importeer("c.csv", inhoud)


# ---------------------------------------------------------------------------
# Kumu JSON.

#: A project export in Kumu's shape (as "Export to JSON" writes it), made up here.
PROJECT = {
    "name": "Wijkaanpak Noord",
    "description": "",
    "defaultMap": "map-1",
    "attributes": [
        {"_id": "attr-1", "name": "Label", "format": "string"},
        {"_id": "attr-2", "name": "Element Type", "format": "string"},
        {"_id": "attr-3", "name": "Region", "format": "string"},
        {"_id": "attr-4", "name": "Power Score", "format": "number"},
        {"_id": "attr-5", "name": "Tags", "format": "string", "limit": "none"},
    ],
    "elements": [
        {
            "_id": "elem-opgave",
            "attributes": {"label": "Samen wonen", "element type": "Opgave"},
        },
        {
            "_id": "elem-gem",
            "attributes": {
                "label": "Gemeente",
                "element type": "Organization",
                "description": "Regie en grond",
                "tags": ["publiek", "regio"],
                "region": "Noord",
            },
        },
        {
            "_id": "elem-corp",
            "attributes": {"label": "Corporatie", "element type": "Stakeholder", "region": None},
        },
    ],
    "connections": [
        {
            "_id": "conn-1",
            "direction": "directed",
            "delayed": False,
            "reversed": False,
            "attributes": {"connection type": "Geld", "strength": 4, "power score": "8"},
            "from": "elem-gem",
            "to": "elem-opgave",
        },
        {
            "_id": "conn-2",
            "direction": "mutual",
            "delayed": True,
            "reversed": False,
            "attributes": {"connection type": "Kennis", "tags": []},
            "from": "elem-gem",
            "to": "elem-corp",
        },
    ],
    "loops": [{"_id": "loop-1", "attributes": {"label": "R1"}, "connections": ["conn-1"]}],
    "maps": [
        {
            "_id": "map-1",
            "name": "Kaart",
            "elements": [{"_id": "node-1", "position": {"x": 1, "y": 2}, "element": "elem-gem"}],
        }
    ],
    "perspectives": [{"_id": "pers-1", "name": "Standaard", "style": "@settings {}"}],
}


def test_kumu_project_export_wordt_een_kaart():
    uit = bestanden.importeer("export.json", json.dumps(PROJECT).encode())
    k = uit.kaart
    assert uit.formaat == "kumu-json" and k.titel == "Wijkaanpak Noord"
    assert k.opgave == "Samen wonen"
    assert k.partners["naam"].tolist() == ["Gemeente", "Corporatie"]
    extra = extra_dicts(k.partners["extra"])
    assert extra[0]["Tags"] == "publiek|regio" and extra[0]["Region"] == "Noord"
    assert extra[0]["ID"] == "elem-gem" and "Region" not in extra[1]
    assert k.partners["toelichting"].tolist() == ["Regie en grond", ""]
    assert _stromen(k) == [
        ("Corporatie", "Gemeente", "kennis", 3),
        ("Gemeente", "Corporatie", "kennis", 3),
        ("Gemeente", OPGAVE, "geld", 4),
    ]
    stroom_extra = extra_dicts(k.stromen["extra"])
    assert stroom_extra[0]["Power Score"] == "8" and "Direction" not in stroom_extra[0]
    assert stroom_extra[1]["Direction"] == "mutual" and stroom_extra[1]["Delayed"] is True
    notities = "\n".join(uit.notities)
    assert "1 loop uit Kumu is niet overgenomen" in notities
    assert "weergaven uit Kumu (maps en perspectives)" in notities
    assert valideer(k.naar_dict()) == k


def test_kumu_blueprint_met_velden_op_het_item_zelf():
    blueprint = {
        "elements": [
            {"label": "A", "type": "Letter", "description": "This is A", "tags": ["one", "two"]},
            {"label": "B", "type": "Letter", "Favorite Dessert": "shave ice"},
        ],
        "connections": [{"from": "A", "to": "B", "type": "likes"}],
    }
    uit = bestanden.importeer("letters.json", json.dumps(blueprint).encode())
    k = uit.kaart
    assert k.titel == "letters" and k.partners["naam"].tolist() == ["A", "B"]
    assert extra_dicts(k.partners["extra"])[1]["Favorite Dessert"] == "shave ice"
    assert _stromen(k) == [("A", "B", "likes", 3)]


def test_kumu_blueprint_met_ids_voor_gelijke_labels():
    blueprint = {
        "elements": [{"id": "e1", "label": "A"}, {"id": "e2", "label": "A"}],
        "connections": [{"id": "c1", "from": "e1", "to": "e2"}],
    }
    k = bestanden.lees_bytes("k.json", json.dumps(blueprint).encode())
    assert len(k.partners) == 2 and len(k.stromen) == 1
    assert k.stromen.loc[0, "van"] != k.stromen.loc[0, "naar"]


def test_onze_json_blijft_onze_json_en_kumu_krijgt_geen_formaat_fouten():
    k = bestanden.importeer("k.json", bestanden.naar_bytes(_kaart_uit_pair(), "json"))
    assert k.formaat == "json"
    uit = bestanden.importeer(
        "k.json", json.dumps({"connections": [{"from": "A", "to": "B"}]}).encode()
    )
    assert uit.formaat == "kumu-json" and len(uit.kaart.stromen) == 1
    with pytest.raises(KaartFout) as fout:  # neither: our own rules speak
        bestanden.importeer("k.json", b'{"titel": "T"}')
    assert "formaat" in str(fout.value)


@pytest.mark.parametrize(
    ("inhoud", "melding"),
    [
        (b"[" * 100_000 + b"]" * 100_000, "geen geldige JSON: te diep genest"),
        (b'{"elements": [' + b"[" * 500 + b"]" * 500 + b"]}", "elements[0] is geen object"),
        (b"1" * 5000, "een getal van 5000 cijfers is te lang"),
        (b'{"elements": "A, B"}', "elements moet een lijst zijn, niet tekst"),
        (b'{"elements": [1, {"attributes": []}]}', "elements[0] is geen object maar een getal"),
        (b'{"elements": [{"attributes": "x"}]}', "elements[0].attributes is geen object"),
        (b'{"elements": [], "connections": []}', "geen elementen en geen verbindingen"),
        (
            json.dumps({"elements": [{"label": "a"}] * (excel.MAX_RIJEN + 1)}).encode(),
            "meer dan 50.000 items",
        ),
        (
            json.dumps(
                {"elements": [{"label": f"e{i}", f"veld {i}": i} for i in range(300)]}
            ).encode(),
            "meer dan 200 verschillende velden",
        ),
        (b'{"elements": [{"label": "A"}], "connections": [{"from": "A"}]}', "kolom To: "),
        (b'{"elements": [{"label": "A"}], "connections": 7}', "connections moet een lijst zijn"),
        (b'{"elements": [{"label": NaN}]}', "NaN is geen geldige JSON-waarde"),
        (b"\xff\xfe{}", "geen UTF-8-tekst"),
    ],
)
def test_vijandige_of_vreemde_json_geeft_een_nederlandse_melding(inhoud, melding):
    with pytest.raises(KaartFout) as fout:
        bestanden.importeer("kumu.json", inhoud)
    assert melding in _geweigerd(fout.value)


def test_samengestelde_waarden_gaan_niet_mee_en_worden_genoemd():
    data = {
        "elements": [
            {"label": "A", "locatie": {"x": 1}, "geneste": [["a"]], "goed": [1, "twee", None]},
            {"label": "B", "locatie": {"x": 2}},
        ]
    }
    uit = bestanden.importeer("k.json", json.dumps(data).encode())
    extra = extra_dicts(uit.kaart.partners["extra"])
    assert extra[0]["goed"] == "1|twee" and "locatie" not in extra[0]
    notities = "\n".join(uit.notities)
    assert 'veld "locatie": 2 waarden zijn een object' in notities
    assert 'veld "geneste": 1 waarde is een object' in notities


# ---------------------------------------------------------------------------
# Rows that cannot be read: refused with every row named, or left out on request.

SLECHTE_VERBINDINGEN = (
    b"From;To;Type;Strength\n"
    b"Gemeente;Zorg;geld;4\n"
    b"Gemeente;Zorg;kennis;heel veel\n"
    b"Zorg;;geld;2\n"
    b"Zorg;Gemeente;tijd;1\n"
)


def test_slechte_rijen_weigeren_het_bestand_met_elke_rij_genoemd():
    with pytest.raises(kumu.KumuRijfouten) as fout:
        bestanden.importeer("c.csv", SLECHTE_VERBINDINGEN)
    rijen = [(r.blad, r.rij, r.kolom) for r in fout.value.rijen]
    assert rijen == [("c.csv", 3, "Strength"), ("c.csv", 4, "To")]
    tekst = _geweigerd(fout.value)
    assert "blad c.csv, rij 3, kolom Strength" in tekst and 'niet "heel veel"' in tekst


def test_sla_over_leest_de_rest_en_noemt_wat_is_overgeslagen():
    uit = bestanden.importeer("c.csv", SLECHTE_VERBINDINGEN, sla_over=True)
    assert _stromen(uit.kaart) == [("Gemeente", "Zorg", "geld", 4), ("Zorg", "Gemeente", "tijd", 1)]
    assert len(uit.overgeslagen) == 2
    assert uit.overgeslagen[0].startswith("blad c.csv, rij 3, kolom Strength")
    assert uit.overgeslagen[1].startswith("blad c.csv, rij 4, kolom To")
    assert "2 rijen overgeslagen" in "\n".join(uit.notities)
    # The same rows left out by hand give the same kaart.
    zonder = b"".join(
        r + b"\n" for i, r in enumerate(SLECHTE_VERBINDINGEN.splitlines()) if i not in (2, 3)
    )
    assert bestanden.lees_bytes("c.csv", zonder) == uit.kaart


def test_sla_over_werkt_ook_voor_json_xlsx_en_paden(tmp_path):
    data = {
        "elements": [{"label": "A"}, {"label": "B"}],
        "connections": [{"from": "A", "to": "B", "strength": "veel"}, {"from": "B", "to": "A"}],
    }
    inhoud = json.dumps(data).encode()
    with pytest.raises(kumu.KumuRijfouten) as fout:
        bestanden.importeer("k.json", inhoud)
    assert [(r.blad, r.rij, r.kolom) for r in fout.value.rijen] == [("connections", 1, "Strength")]
    uit = bestanden.importeer("k.json", inhoud, sla_over=True)
    assert _stromen(uit.kaart) == [("B", "A", "overig", 3)] and len(uit.overgeslagen) == 1

    werkmap = xlsx({"Connections": [["From", "To", "Strength"], ["A", "B", "veel"], ["B", "A", 2]]})
    with pytest.raises(kumu.KumuRijfouten):
        bestanden.lees_bytes("k.xlsx", werkmap)
    assert len(bestanden.lees_bytes("k.xlsx", werkmap, sla_over=True).stromen) == 1

    pad = tmp_path / "c.csv"
    pad.write_bytes(SLECHTE_VERBINDINGEN)
    with pytest.raises(kumu.KumuRijfouten):
        bestanden.lees(pad)
    assert len(bestanden.lees(pad, sla_over=True).stromen) == 2
    assert len(bestanden.importeer_pad(pad, sla_over=True).overgeslagen) == 2


def test_sla_over_laat_onze_eigen_formaten_heel_of_niets():
    k = bestanden.lees_bytes(
        "k.json", bestanden.naar_bytes(_kaart_uit_pair(), "json"), sla_over=True
    )
    assert _zonder_titel(k) == _zonder_titel(_kaart_uit_pair())
    with pytest.raises(KaartFout) as fout:
        bestanden.importeer("k.json", b'{"formaat": "systeemkaart"}', sla_over=True)
    assert not isinstance(fout.value, kumu.KumuRijfouten)


# ---------------------------------------------------------------------------
# The reference: the same rows as Kumu's spreadsheet give the same kaart.

_LABELS = st.sampled_from(["Gemeente", "Zorg", "Corporatie", "gemeente", "Wijkteam", "Opgave"])
_TYPES = st.sampled_from([None, "Organization", "Person", "Team", "Ziekenhuis", "opgave"])
_STERKTES = st.one_of(st.none(), st.integers(1, 5), st.sampled_from(["Strong", "zwak", "veel"]))
_RICHTINGEN = st.sampled_from([None, "directed", "mutual", "undirected", "scheef"])


@st.composite
def kumu_rijen(draw):
    elementen = draw(st.lists(st.tuples(_LABELS, _TYPES), max_size=6))
    labels = [e[0] for e in elementen] or ["Gemeente"]
    naam = st.one_of(st.sampled_from(labels), _LABELS)
    verbindingen = draw(
        st.lists(
            st.tuples(naam, naam, _STERKTES, _RICHTINGEN, st.sampled_from(["geld", None])),
            max_size=8,
        )
    )
    return elementen, verbindingen


def _beide(lezen):
    try:
        return lezen(), None
    except KaartFout as fout:
        return None, fout


def _gelijk(a, b, teksten=True):
    """Both read alike: the same kaart, or refused for the same rows and columns (and
    texts, unless the two name their sheets and rows differently)."""
    (ka, fa), (kb, fb) = a, b
    assert (fa is None) == (fb is None), (fa, fb)
    if fa is not None:
        assert type(fa) is type(fb)
        if isinstance(fa, kumu.KumuRijfouten):
            ra = [(r.kolom, r.tekst if teksten else "") for r in fa.rijen]
            rb = [(r.kolom, r.tekst if teksten else "") for r in fb.rijen]
            assert ra == rb
        return
    assert _zonder_titel(ka.kaart) == _zonder_titel(kb.kaart)
    assert len(ka.overgeslagen) == len(kb.overgeslagen)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(kumu_rijen(), st.booleans())
def test_json_geeft_dezelfde_kaart_als_kumus_spreadsheet(rijen, sla_over):
    elementen, verbindingen = rijen
    data = {
        "elements": [{"label": label, **({"type": t} if t else {})} for label, t in elementen],
        "connections": [
            {
                "from": f,
                "to": t,
                **({"strength": s} if s is not None else {}),
                **({"direction": d} if d else {}),
                **({"type": soort} if soort else {}),
            }
            for f, t, s, d, soort in verbindingen
        ],
    }
    werkmap = {
        "Elements": [["Label", "Type"], *[[label, t] for label, t in elementen]],
        "Connections": [
            ["From", "To", "Strength", "Direction", "Type"],
            # The JSON leaves Kumu's default direction out: so does the reference here.
            *[
                [f, t, s, None if d == "directed" else d, soort]
                for f, t, s, d, soort in verbindingen
            ],
        ],
    }
    if not elementen:
        del werkmap["Elements"], data["elements"]
    if not verbindingen:
        del werkmap["Connections"], data["connections"]
    if not elementen and not verbindingen:
        return
    _gelijk(
        _beide(lambda: bestanden.importeer("k.json", json.dumps(data).encode(), sla_over=sla_over)),
        _beide(lambda: bestanden.importeer("k.xlsx", xlsx(werkmap), sla_over=sla_over)),
        teksten=False,  # "blad connections, rij 1" is "blad Connections, rij 2" there
    )


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(kumu_rijen(), st.booleans(), st.sampled_from([";", ",", "\t"]))
def test_csv_paar_geeft_dezelfde_kaart_als_kumus_spreadsheet(rijen, sla_over, scheiding):
    import csv

    elementen, verbindingen = rijen
    if not elementen and not verbindingen:
        return  # only column names: refused as empty (the spreadsheet reads an empty kaart)
    as_tekst = [[("" if c is None else str(c)) for c in rij] for rij in verbindingen]
    e_rijen = [["Label", "Type"], *[[label, t or ""] for label, t in elementen]]
    c_rijen = [["From", "To", "Strength", "Direction", "Type"], *as_tekst]

    def csv_bytes(rijen):
        uit = io.StringIO()
        csv.writer(uit, delimiter=scheiding, lineterminator="\r\n").writerows(rijen)
        return uit.getvalue().encode("utf-8")

    # In the workbook every cell is text, as in a CSV file; an empty cell stays empty.
    def werkblad(rijen):
        return [[c if c != "" else None for c in rij] for rij in rijen]

    bestanden_ = [("Elements.csv", csv_bytes(e_rijen)), ("Connections.csv", csv_bytes(c_rijen))]
    werkmap = {"Elements.csv": werkblad(e_rijen), "Connections.csv": werkblad(c_rijen)}
    _gelijk(
        _beide(lambda: bestanden.importeer_bestanden(bestanden_, sla_over=sla_over)),
        _beide(lambda: _kumu_werkmap(werkmap, sla_over)),
    )


def _kumu_werkmap(werkmap, sla_over):
    """The workbook read as Kumu's, as the CSV files are: no parts after two empty rows."""
    return kumu.uit_bladen(
        excel.lees_bladen(xlsx(werkmap)), titel="k", sla_over=sla_over, secties=False
    )


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300), st.sampled_from(["k.csv", "k.json"]))
def test_willekeurige_bytes_als_csv_of_json_worden_netjes_geweigerd(inhoud, naam):
    try:
        k = bestanden.lees_bytes(naam, inhoud)
    except KaartFout as fout:
        assert fout.problemen and "Traceback" not in str(fout)
    else:
        assert valideer(k.naar_dict()) == k
