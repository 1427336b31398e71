"""The messages of the file formats and the store: every code they use exists in Dutch and
English with the same placeholders, and a bad file of every kind read with the English
renderer says what is wrong in English, without a Dutch word (systeem.bestanden.meldingen,
systeem.teksten.invoer, systeem.teksten.opslag)."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from systeem import bestanden
from systeem.bestanden import csvzip, excel, kumu, kumu_json, voorbeelden
from systeem.bestanden.meldingen import decimaal, groot_getal, opsomming, reeks, zin
from systeem.model.kaart import Kaart
from systeem.model.problemen import VRIJE_TEKST, KaartFout
from systeem.opslag import OnbekendeKaart, Opslag, OpslagFout, VerouderdeVersie
from systeem.teksten import TEKSTEN
from systeem.teksten import invoer as invoer_teksten
from systeem.teksten import opslag as opslag_teksten
from tests.conftest import xlsx
from tests.test_kumu_bestanden import _zip

ROOT = Path(__file__).resolve().parents[1]

#: The modules whose messages this file checks.
BRONNEN = [
    *(
        ROOT / "systeem" / "bestanden" / f"{naam}.py"
        for naam in (
            "__init__",
            "meldingen",
            "csvzip",
            "excel",
            "kumu",
            "kumu_json",
            "graafbestanden",
            "voorbeelden",
            "verwijzing",
        )
    ),
    *(ROOT / "systeem" / "opslag").glob("*.py"),
    ROOT / "systeemkaart" / "staat.py",
    ROOT / "systeemkaart" / "toegang.py",
]

#: How the codes of these modules begin.
_SOORTEN = ("invoer.", "opslagfout.")


def _velden(tekst: str) -> set[str]:
    return {veld for _, veld, _, _ in string.Formatter().parse(tekst) if veld}


def _codes() -> list[tuple[str, str, bool]]:
    """Every code written in :data:`BRONNEN`: (where, code, whether it is only the start of
    codes, as in ``f"invoer.kumu.blad_{wat}"``).  A code given to ``aantal`` stands for
    its two forms, ``.een`` and ``.meer``."""
    uit = []
    for pad in BRONNEN:
        boom = ast.parse(pad.read_text(encoding="utf-8"))
        aantal = {
            id(k.args[0])
            for k in ast.walk(boom)
            if isinstance(k, ast.Call) and getattr(k.func, "id", None) == "aantal" and k.args
        }
        in_fstring = {
            id(d) for k in ast.walk(boom) if isinstance(k, ast.JoinedStr) for d in k.values
        }
        for knoop in ast.walk(boom):
            waar = f"{pad.name}:{getattr(knoop, 'lineno', 0)}"
            if isinstance(knoop, ast.JoinedStr):
                begin = knoop.values[0] if knoop.values else None
                if isinstance(begin, ast.Constant) and str(begin.value).startswith(_SOORTEN):
                    uit.append((waar, begin.value, True))
                continue
            if not (isinstance(knoop, ast.Constant) and isinstance(knoop.value, str)):
                continue
            if id(knoop) in in_fstring:
                continue
            if not knoop.value.startswith(_SOORTEN) or " " in knoop.value:
                continue
            if id(knoop) in aantal:
                uit += [(waar, f"{knoop.value}.{n}", False) for n in ("een", "meer")]
            else:
                uit.append((waar, knoop.value, False))
    return uit


def test_the_scan_sees_the_codes():
    codes = {c for _, c, _ in _codes()}
    assert len(codes) > 120
    assert {"invoer.leeg", "invoer.kumu.overgeslagen.meer", "opslagfout.geen_kaart"} <= codes


def test_every_code_used_exists_in_dutch_and_english_with_the_same_placeholders():
    ontbreekt, anders = [], []
    for waar, code, voorvoegsel in _codes():
        sleutels = [s for s in TEKSTEN["nl"] if s.startswith(code)] if voorvoegsel else [code]
        if not sleutels or any(s not in TEKSTEN["nl"] or s not in TEKSTEN["en"] for s in sleutels):
            ontbreekt.append(f"{waar} {code}")
            continue
        anders += [
            f"{waar} {s}"
            for s in sleutels
            if _velden(TEKSTEN["nl"][s]) != _velden(TEKSTEN["en"][s])
        ]
    assert ontbreekt == [] and anders == []


def test_every_key_of_the_two_catalogues_is_used():
    gebruikt = {c for _, c, _ in _codes()}
    voorvoegsels = [c for _, c, v in _codes() if v]
    ongebruikt = [
        s
        for catalogus in (invoer_teksten, opslag_teksten)
        for s in catalogus.TEKSTEN
        if s not in gebruikt and not any(s.startswith(v) for v in voorvoegsels)
    ]
    assert ongebruikt == []


# ---------------------------------------------------------------------------
# Lists and numbers in a message.


def test_lists_and_numbers_follow_the_language():
    def beide(waarde):
        return tuple(zin(VRIJE_TEKST, tekst=waarde).in_taal(t) for t in ("nl", "en"))

    assert beide(opsomming(["a", "b", "c"])) == ("a, b en c", "a, b and c")
    assert beide(opsomming(["a", "b"], "of")) == ("a of b", "a or b")
    assert beide(reeks(["x", "y", "z"])) == ("x; y; z", "x; y; z")
    assert beide(decimaal(-0.125)) == ("-0,125", "-0.125")
    assert beide(groot_getal(50_000)) == ("50.000", "50,000")
    assert beide(groot_getal(12)) == ("12", "12")


# ---------------------------------------------------------------------------
# Bad files, read with the English renderer.

#: Dutch words that an English message must not hold (file, sheet and column names, and
#: what the file itself says, stand between quotes or are stripped first).
NEDERLANDS = {
    "de", "het", "een", "en", "van", "niet", "met", "voor", "zijn", "wordt", "naar", "dit",
    "die", "dat", "geen", "nog", "ook", "kan", "er", "maar", "dan", "meer", "tot", "staat",
    "heeft", "moet", "mag", "kies", "zonder", "alleen", "als", "hier", "bestand", "kolom",
    "rij", "rijen", "blad", "leeg", "kaart", "regel", "tekst", "waarde", "geldige", "bevat",
    "overgeslagen", "overgenomen", "verbinding", "verbindingen", "elementen", "gelezen",
    "beschadigd", "onvolledig", "kopregel", "cellen", "groter", "opslag", "versie",
}  # fmt: skip


def _nederlands(tekst: str) -> set[str]:
    """The Dutch words of :data:`NEDERLANDS` in ``tekst``, outside quotes and file names."""
    zonder = re.sub(r'"[^"]*"', " ", tekst)
    zonder = re.sub(r"\S+\.(csv|zip|xlsx|xls|json|ods|txt)\b", " ", zonder)
    return {w for w in re.findall(r"[^\W\d_]+", zonder.lower()) if w in NEDERLANDS}


def _engels(fout: KaartFout) -> str:
    tekst = fout.melding("en")
    assert tekst.startswith("The kaart is not right") or tekst.startswith("The map")
    return tekst.split("\n", 1)[1]


SLECHT: dict[str, list[tuple[str, bytes]]] = {
    "geen bestand": [],
    "leeg": [("k.xlsx", b"")],
    "lege json": [("k.json", b"")],
    "extensie": [("k.ods", b"x")],
    "twee soorten": [("a.json", b"{}"), ("b.csv", b"From,To\nA,B\n")],
    "kapotte zip": [("k.zip", b"PK\x03\x04 dit is geen zip")],
    "oud excel": [("k.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64)],
    "kapotte xlsx": [("k.xlsx", _zip({"iets.txt": b"hallo"}))],
    "onbekend in zip": [("k.zip", _zip({"partners.csv": b"naam\nA\n", "notities.txt": b"x"}))],
    "dubbel in zip": [("k.zip", _zip({"a/partners.csv": b"naam\n", "b/partners.csv": b"naam\n"}))],
    "json syntax": [("k.json", b'{"titel": ')],
    "json geen utf8": [("k.json", b'{"titel": "\xff"}')],
    "json nan": [("k.json", b'{"titel": NaN}')],
    "json lang getal": [("k.json", b'{"versie": ' + b"9" * 40 + b"}")],
    "csv scheiding": [("c.csv", b"From;To\nA;B\nC;D;E;F\n")],
    "csv eerste rij": [("c.csv", b"From;To\nA;B;C\n")],
    "csv aanhalingsteken": [("c.csv", b'From;To\nA;"B\n')],
    "csv binair": [("c.csv", b"From;To\x00\n")],
    "csv geen kumu": [("c.csv", b"naam;sector\nA;publiek\n")],
    "csv alleen kop": [("c.csv", b"From;To\n")],
    "kumu json geen lijst": [("k.json", b'{"elements": 3}')],
    "kumu json geen object": [("k.json", b'{"elements": [1, "x"]}')],
    "kumu json leeg": [("k.json", b'{"elements": [], "connections": []}')],
    "kumu blad zonder label": [("k.xlsx", xlsx({"Elements": [["Naam"], ["A"]]}))],
    "csv in zip": [
        ("k.zip", _zip({"partners.csv": b"naam;invloed\nA;9\n", "stromen.csv": b"van\n"}))
    ],
    "kumu kolom twee keer": [
        ("k.xlsx", xlsx({"Connections": [["From", "To", "to"], ["A", "B", "C"]]}))
    ],
}


@pytest.mark.parametrize("soort", list(SLECHT))
def test_a_bad_file_is_refused_in_english_without_a_dutch_word(soort):
    with pytest.raises(KaartFout) as fout:
        bestanden.importeer_bestanden(SLECHT[soort])
    engels = _engels(fout.value)
    assert engels and _nederlands(engels) == set(), engels
    assert fout.value.melding("nl") == str(fout.value)  # Dutch as it always was


def test_a_file_too_large_is_refused_in_english(monkeypatch):
    monkeypatch.setattr(bestanden, "MAX_GROOTTE", 2**20)
    with pytest.raises(KaartFout) as fout:
        bestanden.importeer_bestanden([("k.json", b" " * (2**20 + 1))])
    assert _engels(fout.value) == "- k.json is larger than 1 MB; no map is that large"


def test_a_zip_bomb_and_too_many_rows_are_refused_in_english(monkeypatch):
    monkeypatch.setattr(excel, "MAX_UITGEPAKT", 10)
    with pytest.raises(KaartFout) as fout:
        excel.lees_bladen(_zip({"x.xml": b"x" * 100}), "k.xlsx")
    assert "unpacks to more than 0 MB" in _engels(fout.value)
    monkeypatch.setattr(csvzip, "MAX_RIJEN", 1234)
    with pytest.raises(KaartFout) as fout:
        csvzip.lees_csv(b"From,To\n" + b"A,B\n" * 1300, "c.csv")
    assert (
        _engels(fout.value)
        == "- file c.csv has more than 1,234 rows; a map cannot be that large here"
    )
    monkeypatch.setattr(excel, "MAX_RIJEN", 2)
    with pytest.raises(KaartFout) as fout:
        excel.lees_bladen(xlsx({"Sheet1": [["a"], [1], [2], [3], [4]]}), "k.xlsx")
    assert _nederlands(_engels(fout.value)) == set()


def test_a_missing_file_and_a_wrong_extension_to_write_say_so_in_english(tmp_path):
    with pytest.raises(bestanden.LeesFout) as fout:
        bestanden.lees(tmp_path / "weg.json")
    assert fout.value.in_taal("en").startswith("file not found: ")
    (tmp_path / "map.json").mkdir()
    with pytest.raises(bestanden.LeesFout) as fout:
        bestanden.importeer_pad(tmp_path / "map.json")
    assert fout.value.in_taal("en").endswith("is a folder, not a file")
    with pytest.raises(ValueError) as fout:
        bestanden.schrijf(Kaart(titel="T"), tmp_path / "k.txt")
    assert fout.value.in_taal("en") == (
        "cannot write to k.txt: choose the extension .json, .xlsx, .zip, .gexf, .graphml or .html"
    )
    with pytest.raises(KeyError) as fout:
        voorbeelden.laad("weg")
    assert fout.value.in_taal("en") == 'unknown example map "weg"'


KUMU_SLECHT = b"From,To,Strength,Direction\nA,B,3,sideways\nA,,2,\nB,C,a lot,\nC,A,4,mutual\n"


def test_kumu_rows_that_cannot_be_read_are_named_in_english():
    with pytest.raises(kumu.KumuRijfouten) as fout:
        bestanden.importeer_bestanden([("c.csv", KUMU_SLECHT)])
    rijen = fout.value.rijen
    assert [(r.blad, r.rij, r.kolom_in("en")) for r in rijen] == [
        ("c.csv", 2, "Direction"),
        ("c.csv", 3, "To"),
        ("c.csv", 4, "Strength"),
    ]
    assert rijen[0].in_taal("en") == (
        'sheet c.csv, row 2, column Direction: must be directed, mutual or undirected, not "sideways"'
    )
    assert (
        rijen[0].melding.in_taal("en") == 'must be directed, mutual or undirected, not "sideways"'
    )
    engels = _engels(fout.value)
    assert len(engels.splitlines()) == 3 and _nederlands(engels) == set(), engels
    uit = bestanden.importeer_bestanden([("c.csv", KUMU_SLECHT)], sla_over=True)
    assert uit.overgeslagen_in("en") == [r.in_taal("en") for r in rijen]
    assert uit.overgeslagen == tuple(str(r) for r in rijen)
    assert "3 rows left out." in uit.notities_in("en")
    assert "3 rijen overgeslagen." in uit.notities


def test_a_validation_problem_in_a_kumu_row_is_named_in_english():
    werkboek = xlsx({"Elements": [["Label", "Invloed"], ["A", 9]]})
    with pytest.raises(kumu.KumuRijfouten) as fout:
        bestanden.importeer_bestanden([("k.xlsx", werkboek)])
    (rij,) = fout.value.rijen
    assert (rij.blad, rij.rij, rij.kolom) == ("Elements", 2, "Invloed")
    assert rij.in_taal("en").startswith("sheet Elements, row 2, column Invloed: must be")
    assert rij.tekst.startswith("moet")


KUMU_ELEMENTEN = (
    b"Label;Type\n"
    b"Samen;opgave\n"
    b"Gemeente;Organization\n"
    b"Gemeente;Organization\n"
    b"Zorg;Ziekenhuis\n"
    b"Zorg;Huisarts\n"
    b";\n"
)
KUMU_VERBINDINGEN = (
    b"From;To;Type;Strength;Direction\n"
    b"Gemeente;Samen;Geld;0,2;\n"
    b"Gemeente;Gemeente;Kennis;0,8;\n"
    b"Gemeente;Nieuw|Ander;;;mutual\n"
)


def test_the_notes_of_a_kumu_import_read_in_english():
    uit = bestanden.importeer_bestanden(
        [("Wijk - Elements.csv", KUMU_ELEMENTEN), ("Wijk - Connections.csv", KUMU_VERBINDINGEN)]
    )
    engels = uit.notities_in("en")
    assert len(engels) == len(uit.notities) >= 8
    assert [n for n in engels if _nederlands(n)] == []
    assert (
        "Sheet Wijk - Connections.csv: Strength 0.2 to 0.8 was scaled linearly to 1-5"
        in "\n".join(engels)
    )
    assert "Strength 0,2 tot 0,8 is lineair omgezet naar 1-5" in "\n".join(uit.notities)


def test_the_notes_of_a_kumu_json_project_read_in_english():
    data = (
        b'{"elements": [{"label": "A", "loc": {"x": 1}}, {"label": "B"}],'
        b' "connections": [{"from": "A", "to": "B", "reversed": true}],'
        b' "loops": [{}, {}], "maps": [{}]}'
    )
    uit = bestanden.importeer_bestanden([("k.json", data)])
    assert uit.formaat == "kumu-json"
    engels = uit.notities_in("en")
    assert "2 loops from Kumu were not taken over: a map has no loops." in engels
    assert [n for n in engels if _nederlands(n)] == []
    _, notities = kumu_json.bladen({"elements": [{"label": "A"}], "loops": [{}]})
    assert [n.in_taal("en") for n in notities] == [
        "1 loop from Kumu was not taken over: a map has no loops."
    ]


# ---------------------------------------------------------------------------
# The store.


def test_the_stores_errors_read_in_english(tmp_path):
    opslag = Opslag(tmp_path / "k.db")
    kid = opslag.maak(Kaart(titel="T"))
    fouten = []
    for doe in (
        lambda: opslag.hernoem(kid, " "),
        lambda: opslag.maak_foto(kid, ""),
        lambda: opslag.wis(kid),
        lambda: opslag.lees("weg"),
        lambda: opslag.foto(99),
        lambda: opslag.bewaar(kid, Kaart(titel="U"), basis=7),
    ):
        with pytest.raises(OpslagFout) as fout:
            doe()
        fouten.append(fout.value)
    engels = [f.in_taal("en") for f in fouten]
    assert engels == [
        "a map needs a name",
        "a snapshot needs a name",
        "only a map in the bin can be deleted for good",
        'there is no map with id "weg"',
        "there is no snapshot with number 99",
        "the map was changed elsewhere in the meantime (version 1; this change started from version 7)",
    ]
    assert isinstance(fouten[3], OnbekendeKaart) and isinstance(fouten[5], VerouderdeVersie)
    assert str(fouten[0]) == "een kaart heeft een naam nodig"  # Dutch as it always was
    assert OpslagFout("vrije tekst").in_taal("en") == "vrije tekst"
