"""Tests of systeem.bestanden.bundel: kaarten in one zip, each as our JSON file."""

from __future__ import annotations

import io
import unicodedata
import zipfile

from hypothesis import given, settings
from hypothesis import strategies as st

from systeem.bestanden import bundel, lees_json
from systeem.model.schets import schets
from systeem.model.validatie import valideer
from tests import vijandig
from tests.kaartgenerator import kaart_met_pijlers, kaarten


def _bestanden(inhoud: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(inhoud)) as zf:
        assert zf.testzip() is None
        return {naam: zf.read(naam) for naam in zf.namelist()}


def _veilig(naam: str) -> None:
    """A file name that unpacks inside the folder it is unpacked into, on any system."""
    assert naam.endswith(".json")
    assert "/" not in naam and "\\" not in naam and ".." not in naam
    assert not any(unicodedata.category(t)[0] == "C" for t in naam)
    assert not any(t in naam for t in '<>:"|?*')
    assert naam == naam.strip() and not naam.startswith(".")
    stam = naam.removesuffix(".json")
    assert 0 < len(stam) <= bundel.MAX_LENGTE + len(" (999)")


def test_round_trip():
    items = [
        ("Anna - Wijkaanpak", valideer(kaart_met_pijlers())),
        ("Bram - Leeg", schets("")),
        ("Chris - Vijandig", valideer(vijandig.kaart_doc())),
    ]
    bestanden = _bestanden(bundel.zip_van_kaarten(items))
    assert list(bestanden) == [f"{label}.json" for label, _ in items]
    for (label, kaart), inhoud in zip(items, bestanden.values(), strict=True):
        assert lees_json(inhoud) == kaart, label


def test_hostile_labels():
    labels = [
        "../../etc/passwd",
        "..\\..\\Windows\\system32",
        "/absoluut",
        "",
        "   ",
        "..",
        "Anna",
        "anna",
        "ANNA",
        "Anna (2)",
        "L" + "ang " * 500,
        "a\x00b\x1fc\u202eslj.exe",
        'x<y>z:"|?*',
        "CON",
        "nul.txt",
        "Ĳssel – Zorg én Welzijn ✓",
        "\U0001f600" * 100,
        vijandig.PAYLOADS[0],
    ]
    namen = list(_bestanden(bundel.zip_van_kaarten([(t, schets("a")) for t in labels])))
    assert len(namen) == len(labels)
    for naam in namen:
        _veilig(naam)
    assert len({n.casefold() for n in namen}) == len(namen)
    assert namen[:10] == [
        "etc - passwd.json",
        "Windows - system32.json",
        "absoluut.json",
        "kaart.json",
        "kaart (2).json",
        "kaart (3).json",
        "Anna.json",
        "anna (2).json",
        "ANNA (3).json",
        "Anna (2) (2).json",
    ]
    assert namen[11] == "abcslj.exe.json"  # no right-to-left override hiding the extension
    assert namen[13:16] == ["_CON.json", "_nul.txt.json", "Ĳssel – Zorg én Welzijn ✓.json"]
    assert len(namen[16].encode("utf-8")) <= bundel.MAX_BYTES + len(".json")


def test_many_copies_of_one_label():
    namen = list(_bestanden(bundel.zip_van_kaarten([("x", schets(""))] * 50)))
    assert namen == ["x.json", *(f"x ({i}).json" for i in range(2, 51))]


def test_no_kaarten_give_a_valid_empty_zip():
    inhoud = bundel.zip_van_kaarten([])
    assert _bestanden(inhoud) == {}


def test_the_same_kaarten_give_the_same_bytes():
    items = [("a", schets("a", "a>opgave geld 1"))]
    assert bundel.zip_van_kaarten(items) == bundel.zip_van_kaarten(items)


@given(st.lists(st.tuples(st.text(max_size=120), kaarten), max_size=4))
@settings(max_examples=40)
def test_any_labels_and_kaarten(items):
    bestanden = _bestanden(bundel.zip_van_kaarten(items))
    assert len(bestanden) == len(items)
    for naam, (_, kaart) in zip(bestanden, items, strict=True):
        _veilig(naam)
        assert lees_json(bestanden[naam]) == kaart
