"""The text catalogue: every key has Dutch and English, with the same placeholders.

Also: every key the code uses exists (the core's in the core's own catalogue), every
catalogue file gives each key exactly the languages, no key is defined twice, and no
English entry is its Dutch one copied (issue 17, item 2).
"""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from systeem import teksten as kern
from systeemkaart import teksten as schil
from systeemkaart.teksten import TEKSTEN


def _velden(tekst: str) -> set[str]:
    return {veld for _, veld, _, _ in string.Formatter().parse(tekst) if veld}


def test_every_key_has_both_languages_with_the_same_placeholders():
    assert set(TEKSTEN["nl"]) == set(TEKSTEN["en"])
    verschil = {
        sleutel: (_velden(TEKSTEN["nl"][sleutel]), _velden(TEKSTEN["en"][sleutel]))
        for sleutel in TEKSTEN["nl"]
        if _velden(TEKSTEN["nl"][sleutel]) != _velden(TEKSTEN["en"][sleutel])
    }
    assert verschil == {}


# ---------------------------------------------------------------------------
# Every key the code uses exists; every catalogue is whole; no key twice; no Dutch in English.

ROOT = Path(__file__).resolve().parents[1]
#: The functions whose first argument is a key (``tekst``, also as ``APP.tekst`` or
#: ``tekst_van``) or a vocabulary (``woord``, ``woordenlijst``: a group of WOORDGROEPEN).
_SLEUTEL_FUNCTIES = {"tekst", "tekst_van"}
_GROEP_FUNCTIES = {"woord", "woordenlijst"}


def _naam(functie: ast.expr) -> str | None:
    if isinstance(functie, ast.Name):
        return functie.id
    return functie.attr if isinstance(functie, ast.Attribute) else None


def _letterlijk(arg: ast.expr) -> list[tuple[str, bool]]:
    """The literal keys in a call's first argument, each with whether it is only a prefix:
    ``"a.b"`` -> [("a.b", False)], ``f"a.{x}"`` -> [("a.", True)], ``"a" if c else "b"``
    -> both; a name or an f-string without a literal start gives nothing."""
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        return [(arg.value, False)]
    if isinstance(arg, ast.JoinedStr) and arg.values and isinstance(arg.values[0], ast.Constant):
        return [(arg.values[0].value, True)]
    if isinstance(arg, ast.IfExp):
        return _letterlijk(arg.body) + _letterlijk(arg.orelse)
    return []


def _gebruik(map_: str) -> list[tuple[str, int, str, str, bool]]:
    """Every literal key (or vocabulary) passed in the sources under ``map_``:
    (file, line, function, key, prefix)."""
    uit = []
    for pad in sorted((ROOT / map_).rglob("*.py")):
        for knoop in ast.walk(ast.parse(pad.read_text(encoding="utf-8"))):
            if not (isinstance(knoop, ast.Call) and knoop.args):
                continue
            functie = _naam(knoop.func)
            if functie in _SLEUTEL_FUNCTIES | _GROEP_FUNCTIES:
                for sleutel, voorvoegsel in _letterlijk(knoop.args[0]):
                    uit.append(
                        (str(pad.relative_to(ROOT)), knoop.lineno, functie, sleutel, voorvoegsel)
                    )
    return uit


def _ontbrekend(gebruik, sleutels) -> list[str]:
    """The uses in ``gebruik`` that no key in ``sleutels`` answers."""
    fout = []
    for pad, regel, functie, sleutel, voorvoegsel in gebruik:
        if functie in _GROEP_FUNCTIES:
            bestaat = not voorvoegsel and any(
                s.startswith(kern.WOORDGROEPEN.get(sleutel, "\0")) for s in sleutels
            )
        elif voorvoegsel:
            bestaat = any(s.startswith(sleutel) for s in sleutels)
        else:
            bestaat = sleutel in sleutels
        if not bestaat:
            fout.append(f"{pad}:{regel} {functie}({sleutel!r}{'...' if voorvoegsel else ''})")
    return fout


def test_the_scan_finds_keys_in_every_form_the_code_writes_them():
    bron = (
        "tekst('a.b', taal)\n"
        'APP.tekst("c.d")\n'
        "tekst(f'e.{x}.f', taal)\n"
        "tekst('g' if ja else 'h')\n"
        "woord('soort', w, taal)\n"
        "tekst(sleutel)\n"
        "tekst(f'{x}.y')\n"
    )
    gevonden = [
        (_naam(k.func), s, v)
        for k in ast.walk(ast.parse(bron))
        if isinstance(k, ast.Call)
        for s, v in _letterlijk(k.args[0])
    ]
    assert gevonden == [
        ("tekst", "a.b", False),
        ("tekst", "c.d", False),
        ("tekst", "e.", True),
        ("tekst", "g", False),
        ("tekst", "h", False),
        ("woord", "soort", False),
    ]
    assert _ontbrekend([("x.py", 1, "tekst", "klasse.", True)], kern.TEKSTEN["nl"]) == []
    assert _ontbrekend([("x.py", 1, "woord", "soort", False)], kern.TEKSTEN["nl"]) == []
    assert _ontbrekend([("x.py", 1, "woord", "kleur", False)], kern.TEKSTEN["nl"]) != []


def test_every_key_the_code_uses_exists():
    gebruik = _gebruik("systeem") + _gebruik("systeemkaart")
    assert len(gebruik) > 500  # the scan sees the code
    assert _ontbrekend(gebruik, TEKSTEN["nl"]) == []


def test_the_core_uses_only_the_cores_own_keys():
    """The core looks up in systeem.teksten, which cannot see the pages' catalogues."""
    gebruik = _gebruik("systeem")
    assert len(gebruik) > 50
    assert _ontbrekend(gebruik, kern.TEKSTEN["nl"]) == []


def _modules(pakket) -> list[str]:
    map_ = Path(pakket.__file__).parent
    return sorted(p.stem for p in map_.glob("*.py") if p.stem != "__init__")


@pytest.mark.parametrize("pakket", [kern, schil], ids=["systeem", "systeemkaart"])
def test_every_catalogue_file_is_in_its_package(pakket):
    """A catalogue left out of CATALOGI would be silently unused."""
    assert sorted(c.__name__.rsplit(".", 1)[1] for c in pakket.CATALOGI) == _modules(pakket)


def _catalogi() -> list:
    return [*kern.CATALOGI, *schil.CATALOGI]


@pytest.mark.parametrize("catalogus", _catalogi(), ids=lambda c: c.__name__)
def test_every_catalogue_gives_each_key_exactly_the_languages(catalogus):
    """Each key has exactly TALEN, each a non-empty text (an empty one would show Dutch)."""
    fout = {
        sleutel: talen
        for sleutel, talen in catalogus.TEKSTEN.items()
        if not isinstance(talen, dict)
        or tuple(sorted(talen)) != tuple(sorted(kern.TALEN))
        or not all(isinstance(t, str) and t.strip() for t in talen.values())
    }
    assert fout == {}


def _sleutels_in_bron(catalogus) -> list[str]:
    """The keys as written in the catalogue's source (a dict literal keeps only the last
    of two equal keys, so the module's dict cannot show a doubled key)."""
    boom = ast.parse(Path(catalogus.__file__).read_text(encoding="utf-8"))
    for knoop in boom.body:
        doel = knoop.target if isinstance(knoop, ast.AnnAssign) else None
        if isinstance(knoop, ast.Assign):
            doel = knoop.targets[0]
        if (
            isinstance(doel, ast.Name)
            and doel.id == "TEKSTEN"
            and isinstance(knoop.value, ast.Dict)
        ):
            return [ast.literal_eval(k) for k in knoop.value.keys]
    raise AssertionError(f"{catalogus.__name__}: geen TEKSTEN = {{...}}")


def test_no_key_is_defined_twice():
    waar: dict[str, list[str]] = {}
    for catalogus in _catalogi():
        for sleutel in _sleutels_in_bron(catalogus):
            waar.setdefault(sleutel, []).append(catalogus.__name__)
    assert {s: w for s, w in waar.items() if len(w) > 1} == {}


#: Common Dutch function words: an English entry equal to its Dutch one that holds one of
#: these was copied, not translated (the English interface would show Dutch).
NEDERLANDSE_WOORDEN = {
    "de", "het", "een", "en", "van", "niet", "met", "voor", "zijn", "wordt", "worden",
    "deze", "naar", "dit", "die", "dat", "op", "te", "bij", "uit", "om", "geen", "nog",
    "ook", "kan", "aan", "er", "wat", "wie", "maar", "dan", "door", "meer", "tot", "welke",
    "alle", "staat", "heeft", "moet", "mag", "nieuwe", "kies", "zonder", "hoe", "waar",
    "tussen", "elke", "jouw", "alleen", "of", "als", "hier", "nu", "wel", "je", "ze",
}  # fmt: skip


def _woorden(tekst: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[^\W\d_]+", re.sub(r"\{\w+\}", " ", tekst))}


def test_no_english_entry_is_the_dutch_one_copied():
    assert _woorden("Kies {naam} de partner") & NEDERLANDSE_WOORDEN == {"kies", "de"}
    gekopieerd = {
        f"{catalogus.__name__}:{sleutel}": talen["nl"]
        for catalogus in _catalogi()
        for sleutel, talen in catalogus.TEKSTEN.items()
        if talen.get("en") == talen.get("nl") and _woorden(talen["nl"]) & NEDERLANDSE_WOORDEN
    }
    assert gekopieerd == {}
