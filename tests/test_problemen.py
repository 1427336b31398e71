"""Structured problems (issue 17, item 1): a path, a catalogue code and values, written in
the reader's language only at the edge; nothing reads a problem's text back."""

from __future__ import annotations

import ast
import copy
import re
import string
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from systeem.bestanden import bladen, tabellen
from systeem.model.problemen import KaartFout, Probleem, Zin, plek_van
from systeem.model.validatie import valideer
from systeem.teksten import TEKSTEN
from tests.kaartgenerator import kaart_met_pijlers
from tests.test_teksten import NEDERLANDSE_WOORDEN

ROOT = Path(__file__).resolve().parents[1]


def _velden(tekst: str) -> set[str]:
    return {veld for _, veld, _, _ in string.Formatter().parse(tekst) if veld}


# ---------------------------------------------------------------------------
# Every code exists in both languages, with the same placeholders.

#: Calls whose argument names a problem's code: (function, index of the argument).
_CODE_ARGUMENT = {"Probleem": 1, "Zin": 0}
_SLEUTEL = re.compile(r"probleem(\.[a-z0-9_]+)+")


def _codes() -> list[tuple[str, str, bool]]:
    """Every literal problem code in the core and the shell: (where, code, prefix only)."""
    uit = []
    for pad in sorted([*(ROOT / "systeem").rglob("*.py"), *(ROOT / "systeemkaart").rglob("*.py")]):
        boom = ast.parse(pad.read_text(encoding="utf-8"))
        for knoop in ast.walk(boom):
            waar = f"{pad.relative_to(ROOT)}:{getattr(knoop, 'lineno', 0)}"
            if isinstance(knoop, ast.Constant) and isinstance(knoop.value, str):
                if _SLEUTEL.fullmatch(knoop.value):
                    uit.append((waar, knoop.value, False))
            elif isinstance(knoop, ast.Call) and isinstance(knoop.func, ast.Name):
                i = _CODE_ARGUMENT.get(knoop.func.id)
                if i is None or len(knoop.args) <= i:
                    continue
                arg = knoop.args[i]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    uit.append((waar, arg.value, False))
                elif isinstance(arg, ast.JoinedStr) and isinstance(arg.values[0], ast.Constant):
                    uit.append((waar, arg.values[0].value, True))
    return uit


def test_every_problem_code_the_code_uses_exists_in_dutch_and_english():
    codes = _codes()
    assert len(codes) > 100  # the scan sees the code
    sleutels = set(TEKSTEN["nl"]) & set(TEKSTEN["en"])
    ontbreekt = [
        f"{waar} {code}"
        for waar, code, voorvoegsel in codes
        if not (any(s.startswith(code) for s in sleutels) if voorvoegsel else code in sleutels)
    ]
    assert ontbreekt == []


def test_every_problem_text_has_the_same_placeholders_in_both_languages():
    codes = [s for s in TEKSTEN["nl"] if s.startswith("probleem.")]
    assert len(codes) > 100
    verschil = {
        c: (TEKSTEN["nl"][c], TEKSTEN["en"].get(c))
        for c in codes
        if c not in TEKSTEN["en"] or _velden(TEKSTEN["nl"][c]) != _velden(TEKSTEN["en"][c])
    }
    assert verschil == {}


def test_a_key_shaped_code_that_is_no_key_is_a_slip_not_free_text():
    with pytest.raises(KeyError):
        Probleem(("titel",), "probleem.bestaat_niet")
    vrij = Probleem("stromen[2].naar", "ontbreekt")
    assert vrij.pad == ("stromen", 2, "naar") and vrij.in_taal("en") == "ontbreekt"


def test_the_place_is_read_from_the_path_not_from_text():
    p = Probleem(("partners", 0, "extra", "a.b[1]"), "probleem.ontbreekt")
    assert (p.tabel, p.rij, p.veld) == ("partners", 0, "extra.a.b[1]")
    assert p.plek == "partners[0].extra.a.b[1]"
    assert Probleem(("posities", "x"), "probleem.ontbreekt").tabel is None


# ---------------------------------------------------------------------------
# A generated bad kaart: English problems hold no Dutch words.

#: Dutch words an English message must not hold (words that are English too, and the
#: field names a message names, left out).
NEDERLANDS = (NEDERLANDSE_WOORDEN - {"of", "die", "door", "van", "naar", "aan", "op"}) | {
    "rij", "veld", "kolom", "blad", "moet", "geheel", "getal", "leeg", "ontbreekt",
    "onbekend", "onbekende", "dubbele", "gebruikt", "hetzelfde", "tekst", "lijst",
    "gereserveerd", "gedeelde", "klopt", "probleem", "problemen", "hoogstens", "minstens",
    "precies", "lang", "kort", "mag", "eindig", "sleutel", "gescoord", "pijler",
}  # fmt: skip


def _zonder_waarden(tekst: str, p: Probleem) -> str:
    """The text with the problem's own values (names, ids, typed values) taken out; a
    value that is itself a text in the message's language stays."""

    def platte(waarden) -> list[str]:
        uit = []
        for v in waarden.values():
            if isinstance(v, Zin):
                uit += platte(v.waarden)
            else:
                uit.append(plek_van(v) if isinstance(v, tuple) else str(v))
        return uit

    for waarde in sorted({*platte(p.waarden), *map(str, p.pad)}, key=len, reverse=True):
        if waarde:
            tekst = tekst.replace(waarde, " ")
    return tekst


def _nederlands(tekst: str) -> set[str]:
    return set(re.findall(r"[a-zà-ÿ]+", tekst.lower())) & NEDERLANDS


_BEDERVERS = {
    "waarde_te_groot": lambda d: d["stromen"][0].update(waarde=9),
    "waarde_tekst": lambda d: d["stromen"][1].update(waarde="drie"),
    "waarde_bool": lambda d: d["stromen"][2].update(waarde=True),
    "onbekende_naar": lambda d: d["stromen"][0].update(naar="nergens"),
    "zelfde": lambda d: d["stromen"][1].update(naar=d["stromen"][1]["van"]),
    "tastbaar_tekst": lambda d: d["stromen"][3].update(tastbaar="ja"),
    "dubbele_id": lambda d: d["partners"].append({"id": "gem", "naam": "Weer"}),
    "opgave_id": lambda d: d["partners"].append({"id": "opgave", "naam": "O"}),
    "type": lambda d: d["partners"][0].update(type="bedrijf"),
    "invloed": lambda d: d["partners"][1].update(invloed=-1),
    "onbekend_veld": lambda d: d["partners"][2].update(kleur="rood"),
    "geen_titel": lambda d: d.pop("titel"),
    "lege_titel": lambda d: d.update(titel="  "),
    "formaat": lambda d: d.update(formaat="iets"),
    "stromen_object": lambda d: d.update(stromen={"a": 1}),
    "extra_bool_lijst": lambda d: d["partners"][0].update(extra={"k": [1]}),
    "extra_sleutel": lambda d: d["partners"][0].update(extra={"x" * 200: 1}),
    "positie": lambda d: d.update(posities={"gem": [1], "nergens": [1, 2]}),
    "afhankelijkheid": lambda d: d.update(
        afhankelijkheden=[{"partner": "gem", "afhankelijk_van": "opgave", "sterkte": 0}]
    ),
    "belang": lambda d: d.update(
        belangen=[{"partner": "zorg", "omschrijving": "x", "soort": "ander", "houding": "boos"}]
    ),
    "zet_onbekend": lambda d: d["scenarios"][0]["interventies"].append({"zet": "verhuizen"}),
    "zet_ontbreekt": lambda d: d["scenarios"][0]["interventies"].append({"partner": "gem"}),
    "bijdrage": lambda d: d["scenarios"][0]["interventies"].append(
        {"zet": "bijdrage", "partner": "gem"}
    ),
    "scenario_dubbel": lambda d: d["scenarios"].append(copy.deepcopy(d["scenarios"][0])),
    "pijler_dubbel": lambda d: d["pijlers"].append(dict(d["pijlers"][0])),
    "pijler_onbekend": lambda d: d["pijlers"].append({"beoordelaar": "A", "pijler": "geld"}),
}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(sorted(_BEDERVERS)), min_size=1, max_size=6, unique=True))
def test_a_generated_bad_kaart_gives_english_problems_without_dutch_words(bedervers):
    doc = kaart_met_pijlers()
    for naam in sorted(bedervers, key=lambda n: n == "stromen_object"):  # that one last
        _BEDERVERS[naam](doc)
    with pytest.raises(KaartFout) as fout:
        valideer(doc)
    assert fout.value.problemen
    for p in fout.value.problemen:
        assert p.in_taal("nl") == p.tekst and p.in_taal("en") != p.tekst, p
        engels = _zonder_waarden(p.rij_tekst("en"), p)
        assert _nederlands(engels) == set(), (p, p.rij_tekst("en"))
    kop = fout.value.melding("en").splitlines()[0]
    assert kop.startswith("The map is not right") and not _nederlands(kop)


# ---------------------------------------------------------------------------
# Spreadsheets: a problem's cell comes from its path, never from its text.

PARTNERS = pd.DataFrame({"naam": ["Alfa", "Beta"], "id": ["a", "b"]}, index=[2, 3])


def _stromen(**cellen) -> pd.DataFrame:
    rij = {"van": "Alfa", "naar": "opgave", "soort": "geld", "waarde": 3, **cellen}
    goed = {"van": "Beta", "naar": "opgave", "soort": "kennis", "waarde": 2}
    return pd.DataFrame([goed, rij], index=[2, 3], dtype=object)


def _fout(bladen_: dict) -> KaartFout:
    with pytest.raises(KaartFout) as fout:
        bladen.uit_bladen(bladen_)
    return fout.value


def test_a_problem_of_validation_is_placed_in_its_cell_from_its_path(monkeypatch):
    # Reword the messages: the cell must not move (nothing parses the text).
    for code in ("probleem.geheel_bereik", "probleem.blad.ja_nee"):
        monkeypatch.setitem(TEKSTEN["nl"], code, "iets heel anders {invoer}")
    fout = _fout({"Partners": PARTNERS, "Stromen": _stromen(waarde=9, tastbaar="misschien")})
    cellen = {(p.waarden["rij"], p.waarden["kolom"]): p.waarden["fout"] for p in fout.problemen}
    assert set(cellen) == {(3, "waarde"), (3, "tastbaar")}
    assert cellen[(3, "waarde")].code == "probleem.geheel_bereik"
    assert cellen[(3, "tastbaar")].code == "probleem.blad.ja_nee"  # worded for a spreadsheet
    assert all(p.pad == () and p.code == "probleem.blad.cel" for p in fout.problemen)
    assert "blad Stromen, rij 3, kolom waarde: iets heel anders 9" in map(str, fout.problemen)


def test_spreadsheet_problems_in_english():
    fout = _fout({"Partners": PARTNERS, "Stromen": _stromen(naar="Gamma", tastbaar=True, waarde=6)})
    regels = [p.in_taal("en") for p in fout.problemen]
    assert (
        "sheet Stromen, row 3, column waarde: must be a whole number from 1 to 5, not 6" in regels
    )
    assert 'sheet Stromen, row 3, column naar: unknown partner "Gamma"' in regels[1]
    assert all(
        not _nederlands(_zonder_waarden(r, p)) for r, p in zip(regels, fout.problemen, strict=True)
    )


def test_a_place_in_the_file_inside_a_message_becomes_the_row_of_the_blad():
    partners = pd.DataFrame({"naam": ["Alfa", "Alfa 2"], "id": ["a", "a"]}, index=[2, 3])
    fout = _fout({"Partners": partners, "Stromen": _stromen().loc[[3]]})
    (p,) = fout.problemen
    assert str(p) == 'blad Partners, rij 3, kolom id: dubbele id "a" (al gebruikt bij rij 2)'
    assert (
        p.in_taal("en")
        == 'sheet Partners, row 3, column id: duplicate id "a" (already used at row 2)'
    )


# ---------------------------------------------------------------------------
# Edit tables: names instead of ids come from the values, not from the text.


def _kaart():
    return valideer(
        {
            "formaat": "systeemkaart",
            "versie": 2,
            "titel": "T",
            "partners": [{"id": "a", "naam": "Alfa"}, {"id": "b", "naam": "Beta"}],
            "stromen": [{"van": "a", "naar": "b", "soort": "geld", "waarde": 3}],
        }
    )


def test_edit_tables_name_partners_from_the_values():
    with pytest.raises(KaartFout) as fout:
        tabellen.met_stroom(_kaart(), "b", "b", "geld", 2)
    (p,) = fout.value.problemen
    assert p.waarden["partner"] == "Beta" and p.pad == ("stromen", 1, "naar")
    assert (
        p.rij_tekst()
        == 'stromen, rij 2, veld naar: van en naar zijn hetzelfde ("Beta"); kies twee verschillende'
    )
    assert (
        p.rij_tekst("en")
        == 'flows, row 2, field naar: van and naar are the same ("Beta"); choose two different ones'
    )


def test_a_deletion_that_is_refused_says_what_still_refers_in_english():
    t = tabellen.bewerkbaar(_kaart())
    t["partners"] = t["partners"].iloc[:1]
    with pytest.raises(tabellen.VerwijderFout) as fout:
        tabellen.uit_tabellen(_kaart(), t)
    assert fout.value.problemen[0].in_taal("en") == (
        "Beta is still used in 1 flow. Delete those first, or delete them along with the partner."
    )
    assert tabellen.opsomming({"stromen": 1}) == "1 stroom"
