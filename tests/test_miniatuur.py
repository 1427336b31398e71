"""Tests of systeem.weergave.miniatuur: the small static SVG of a kaart for a gallery tile."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from hypothesis import given, settings

from systeem.analyses import balans
from systeem.model.kaart import OPGAVE, Kaart
from systeem.model.schets import schets
from systeem.model.validatie import valideer
from systeem.teksten import tekst
from systeem.weergave import miniatuur
from systeem.weergave.kleuren import KLASSE_KLEUREN, OPGAVE_KLEUR
from tests import vijandig
from tests.kaartgenerator import kaarten

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
#: The only elements and attributes a miniature holds.
ELEMENTEN = {"svg", "g", "line", "circle", "title"}
ATTRIBUTEN = {
    "class", "role", "aria-label", "width", "height", "viewBox", "stroke", "stroke-width",
    "stroke-linecap", "x1", "y1", "x2", "y2", "cx", "cy", "r", "fill",
}  # fmt: skip


def _vijandig(namen: list[str]) -> Kaart:
    k = schets(
        " ".join(f"p{i}" for i in range(len(namen))),
        ", ".join(f"p{i}>opgave geld {i + 1}" for i in range(len(namen))),
    )
    return k.met(partners=k.partners.assign(naam=namen), titel=IMG + SCRIPT, opgave=SCRIPT + IMG)


def _ontleed(svg: str) -> ET.Element:
    """The SVG parsed (well-formed XML or an error), checked to hold only what it may."""
    wortel = ET.fromstring(svg)
    assert wortel.tag == "svg"
    for element in wortel.iter():
        assert element.tag in ELEMENTEN
        assert set(element.attrib) <= ATTRIBUTEN
        for waarde in element.attrib.values():
            assert "javascript" not in waarde.lower() and "url(" not in waarde.lower()
    return wortel


def _cirkels(wortel: ET.Element) -> list[ET.Element]:
    return wortel.findall("circle")


def test_hostile_names_stay_text():
    namen = [SCRIPT, IMG, "Gewoon & <b>vet</b>"]
    svg = miniatuur.svg(_vijandig(namen))
    assert "<script" not in svg and "<img" not in svg and "<b>" not in svg
    assert "href=" not in svg and "http" not in svg
    wortel = _ontleed(svg)
    cirkels = _cirkels(wortel)
    assert len(cirkels) == len(namen) + 1
    assert cirkels[0].find("title").text == SCRIPT + IMG  # the opgave, shown literally
    titels = [c.find("title").text for c in cirkels[1:]]
    assert titels == [f"{n}: {tekst('klasse.geeft_veel_meer')}" for n in namen]
    assert wortel.get("aria-label") == IMG + SCRIPT
    assert not wortel.findall(".//text")  # no labels: too small


def test_the_hostile_corpus_gives_a_clean_svg():
    k = valideer(vijandig.kaart_doc())
    svg = miniatuur.svg(k, taal="en")
    assert "<script" not in svg.lower()  # "href=" is there, as escaped text in a title
    wortel = _ontleed(svg)  # ... and in no attribute
    assert len(_cirkels(wortel)) == len(k.partners) + 1
    titels = [c.find("title").text.rsplit(": ", 1)[0] for c in _cirkels(wortel)[1:]]
    assert titels == k.partners["naam"].tolist()


def test_control_characters_are_left_out():
    k = _vijandig(["a\x01b", "c\x1fd\ufffe"])
    wortel = _ontleed(miniatuur.svg(k))
    assert [c.find("title").text for c in _cirkels(wortel)[1:]] == [
        f"ab: {tekst('klasse.geeft_veel_meer')}",
        f"cd: {tekst('klasse.geeft_veel_meer')}",
    ]


def test_colours_follow_the_balance_klasse_and_the_drempel():
    k = schets("a b c", "a>opgave geld 3, opgave>b kennis 2, c>opgave tijd 1, opgave>c tijd 1")
    for drempel in (balans.DREMPEL, 1.0):
        cirkels = _cirkels(_ontleed(miniatuur.svg(k, drempel=drempel)))
        klassen = balans.balans(k, drempel)["klasse"].tolist()
        assert [c.get("fill") for c in cirkels] == [
            OPGAVE_KLEUR,
            *(KLASSE_KLEUREN[kl] for kl in klassen),
        ]
    assert len({c.get("fill") for c in _cirkels(_ontleed(miniatuur.svg(k)))}) == 4


def test_english_hover_texts():
    cirkels = _cirkels(_ontleed(miniatuur.svg(schets("a"), taal="en")))
    assert [c.find("title").text for c in cirkels] == [
        tekst("opgave", "en"),
        f"A: {tekst('klasse.geen_stromen', 'en')}",
    ]


def _plekken(svg: str) -> list[tuple[float, float]]:
    return [(float(c.get("cx")), float(c.get("cy"))) for c in _cirkels(_ontleed(svg))]


def test_no_partners_one_partner_and_one_point():
    assert _plekken(miniatuur.svg(schets(""))) == [(110.0, 75.0)]
    een = _plekken(miniatuur.svg(schets("a", "a>opgave geld 1")))
    assert een[0] == (110.0, 75.0) and een[1] != een[0]  # the opgave in the middle
    k = schets("a b", "a>b geld 1")
    op_een_punt = k.met(posities={OPGAVE: (5.0, 5.0), "a": (5.0, 5.0), "b": (5.0, 5.0)})
    assert _plekken(miniatuur.svg(op_een_punt, breedte=100, hoogte=60)) == [(50.0, 30.0)] * 3


def test_stored_places_are_scaled_into_the_box():
    k = schets("a b", "a>b geld 1, b>a geld 2, a>opgave geld 1").met(
        posities={OPGAVE: (0.0, 0.0), "a": (1000.0, 0.0), "b": (-500.0, 400.0)}
    )
    svg = miniatuur.svg(k, breedte=200, hoogte=100)
    opgave, a, b = _plekken(svg)
    assert opgave == (100.0, 50.0)
    assert a[0] > opgave[0] > b[0] and b[1] > opgave[1] == a[1]
    assert a[0] < 200 - 6  # within the margin
    wortel = _ontleed(svg)
    assert (wortel.get("width"), wortel.get("height"), wortel.get("viewBox")) == (
        "200",
        "100",
        "0 0 200 100",
    )
    assert len(wortel.findall("g/line")) == 2  # a-b both ways is one line, a-opgave one


@given(kaarten)
@settings(max_examples=60)
def test_every_kaart_fits_its_box(k):
    svg = miniatuur.svg(k)
    wortel = _ontleed(svg)
    cirkels = _cirkels(wortel)
    assert len(cirkels) == len(k.partners) + 1
    for c in cirkels:
        x, y, r = (float(c.get(a)) for a in ("cx", "cy", "r"))
        assert r <= x <= 220 - r and r <= y <= 150 - r
    paren = {frozenset(p) for p in zip(k.stromen["van"], k.stromen["naar"], strict=True)}
    assert len(wortel.findall("g/line")) == len(paren)
    assert "<script" not in svg  # every "<" of a text is escaped


@pytest.mark.parametrize("breedte, hoogte", [(220, 150), (80, 200), (10, 10)])
def test_any_box_size(breedte, hoogte):
    k = schets("a b c d", "a>opgave geld 1, b>c geld 2, d>a tijd 1")
    for x, y in _plekken(miniatuur.svg(k, breedte=breedte, hoogte=hoogte)):
        assert 0 <= x <= breedte and 0 <= y <= hoogte
