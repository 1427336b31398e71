"""Validation of file format v1: every kind of problem is found, listed and placed."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from systeem.model import validatie
from systeem.model.kaart import KOLOMMEN, OPGAVE, Kaart, tabel
from systeem.model.validatie import KaartFout, Probleem, valideer
from tests.kaartgenerator import kaart_docs


def problemen(data) -> list[str]:
    with pytest.raises(KaartFout) as fout:
        valideer(data)
    return [str(p) for p in fout.value.problemen]


def test_a_valid_document_becomes_a_kaart_with_defaults_filled_in(geldig):
    kaart = valideer(geldig)
    assert isinstance(kaart, Kaart)
    assert kaart.partners["type"].tolist() == ["organisatie", "team"]
    assert kaart.partners["sector"].tolist() == ["publiek", ""]
    assert kaart.partners["invloed"].tolist()[0] == 3
    assert kaart.stromen["tastbaar"].tolist() == [True, False]
    assert kaart.posities == {"opgave": (0.0, 0.0), "a": (-100.5, 20.0)}


def test_only_the_required_fields_are_needed():
    kaart = valideer(
        {"formaat": "systeemkaart", "versie": 1, "titel": "T", "partners": [], "stromen": []}
    )
    assert kaart.opgave == "" and len(kaart.afhankelijkheden) == 0 and len(kaart.belangen) == 0


def test_text_is_trimmed_and_soorten_lower_cased(geldig):
    geldig["partners"][0]["naam"] = "  Alfa  "
    geldig["stromen"][0]["soort"] = " Geld "
    kaart = valideer(geldig)
    assert kaart.partners.loc[0, "naam"] == "Alfa"
    assert kaart.stromen.loc[0, "soort"] == "geld"


@pytest.mark.parametrize("veld", ["formaat", "versie", "titel", "partners", "stromen"])
def test_missing_required_field(geldig, veld):
    del geldig[veld]
    assert f"{veld}: ontbreekt" in problemen(geldig)


def test_unknown_fields_are_rejected_at_every_level(geldig):
    geldig["kleur"] = "rood"
    geldig["partners"][1]["website"] = "x"
    geldig["stromen"][0]["gewicht"] = 2
    assert sorted(problemen(geldig)) == [
        "kleur: onbekend veld",
        "partners[1].website: onbekend veld",
        "stromen[0].gewicht: onbekend veld",
    ]


@pytest.mark.parametrize(
    ("pad", "waarde", "verwacht"),
    [
        (("titel",), 5, "titel: moet tekst zijn, niet 5"),
        (("titel",), "   ", "titel: mag niet leeg zijn"),
        (("partners",), {}, "partners: moet een lijst zijn ([ ... ]), niet een object"),
        (("stromen", 0), "a->b", 'stromen[0]: moet een object zijn ({ ... }), niet "a->b"'),
        (("partners", 0, "naam"), "", "partners[0].naam: mag niet leeg zijn"),
        (
            ("partners", 0, "type"),
            "bedrijf",
            'partners[0].type: moet een van "organisatie", "team" of "persoon" zijn, niet "bedrijf"',
        ),
        (
            ("partners", 0, "invloed"),
            6,
            "partners[0].invloed: moet een geheel getal van 0 tot en met 5 zijn, niet 6",
        ),
        (
            ("partners", 0, "invloed"),
            -1,
            "partners[0].invloed: moet een geheel getal van 0 tot en met 5 zijn, niet -1",
        ),
        (
            ("stromen", 0, "waarde"),
            0,
            "stromen[0].waarde: moet een geheel getal van 1 tot en met 5 zijn, niet 0",
        ),
        (("stromen", 0, "waarde"), 2.5, "stromen[0].waarde: moet een geheel getal zijn, niet 2.5"),
        (("stromen", 0, "waarde"), "3", 'stromen[0].waarde: moet een geheel getal zijn, niet "3"'),
        (
            ("stromen", 0, "waarde"),
            True,
            "stromen[0].waarde: moet een geheel getal zijn, niet true",
        ),
        (("stromen", 0, "soort"), "", "stromen[0].soort: mag niet leeg zijn"),
        (
            ("stromen", 0, "tastbaar"),
            "ja",
            'stromen[0].tastbaar: moet true of false zijn, niet "ja"',
        ),
        (
            ("afhankelijkheden", 0, "sterkte"),
            9,
            "afhankelijkheden[0].sterkte: moet een geheel getal van 1 tot en met 5 zijn, niet 9",
        ),
        (
            ("belangen", 0, "houding"),
            "boos",
            'belangen[0].houding: moet een van "steunt", "neutraal" of "schuurt" zijn, niet "boos"',
        ),
        (
            ("belangen", 0, "soort"),
            "team",
            'belangen[0].soort: moet een van "organisatie" of "persoonlijk" zijn, niet "team"',
        ),
        (("belangen", 0, "omschrijving"), " ", "belangen[0].omschrijving: mag niet leeg zijn"),
        (("posities", "a"), [1], "posities.a: moet precies twee getallen [x, y] zijn"),
        (("posities", "a"), [1, "x"], 'posities.a[1]: moet een getal zijn, niet "x"'),
        (("posities", "a"), [1, True], "posities.a[1]: moet een getal zijn, niet true"),
        (
            ("posities", "a"),
            [1, float("inf")],
            "posities.a[1]: moet een eindig getal zijn, niet inf",
        ),
        (
            ("formaat",),
            "kumu",
            'formaat: moet "systeemkaart" zijn, niet "kumu": dit is geen Systeemkaart-bestand',
        ),
        (("versie",), 0, "versie: onbekende formaatversie 0; bekend is versie 1 tot en met 2"),
    ],
)
def test_wrong_types_and_values_are_named_in_dutch(geldig, pad, waarde, verwacht):
    doel = geldig
    for stap in pad[:-1]:
        doel = doel[stap]
    doel[pad[-1]] = waarde
    assert problemen(geldig) == [verwacht]


def test_duplicate_and_reserved_partner_ids(geldig):
    geldig["partners"].append({"id": "a", "naam": "Nog een Alfa"})
    geldig["partners"].append({"id": "opgave", "naam": "De opgave"})
    assert problemen(geldig) == [
        'partners[2].id: dubbele id "a" (al gebruikt bij partners[0])',
        'partners[3].id: "opgave" is gereserveerd voor de gedeelde opgave',
    ]


def test_dangling_references_in_every_table(geldig):
    geldig["stromen"].append({"van": "a", "naar": "xyz", "soort": "geld", "waarde": 1})
    geldig["afhankelijkheden"].append({"partner": "q", "afhankelijk_van": "opgave", "sterkte": 1})
    geldig["belangen"].append(
        {"partner": "z", "omschrijving": "x", "soort": "persoonlijk", "houding": "neutraal"}
    )
    geldig["posities"]["weg"] = [1, 2]
    assert problemen(geldig) == [
        'stromen[2].naar: onbekende partner "xyz" (geen partner-id en niet "opgave")',
        'afhankelijkheden[1].partner: onbekende partner "q"',
        "afhankelijkheden[1].afhankelijk_van: de gedeelde opgave kan hier niet staan; kies een partner",
        'belangen[1].partner: onbekende partner "z"',
        'posities.weg: onbekende partner "weg"',
    ]


def test_a_stroom_or_dependency_needs_two_different_ends(geldig):
    geldig["stromen"].append({"van": "a", "naar": "a", "soort": "geld", "waarde": 1})
    geldig["stromen"].append({"van": "opgave", "naar": "opgave", "soort": "geld", "waarde": 1})
    geldig["afhankelijkheden"].append({"partner": "b", "afhankelijk_van": "b", "sterkte": 2})
    assert problemen(geldig) == [
        'stromen[2].naar: van en naar zijn hetzelfde ("a"); kies twee verschillende',
        'stromen[3].naar: van en naar zijn hetzelfde ("opgave"); kies twee verschillende',
        'afhankelijkheden[1].afhankelijk_van: partner en afhankelijk_van zijn hetzelfde ("b"); kies twee verschillende',
    ]


def test_every_problem_is_listed_at_once(geldig):
    geldig["titel"] = ""
    geldig["partners"][0]["invloed"] = 8
    geldig["stromen"][1]["naar"] = "onbekend"
    assert len(problemen(geldig)) == 3


def test_a_newer_version_is_refused_with_a_message_saying_so(geldig):
    geldig["versie"] = 3
    geldig["nieuw_veld"] = "iets uit de toekomst"
    (melding,) = problemen(geldig)
    assert "formaatversie 3" in melding and "versie 2" in melding and "bij" in melding


@pytest.mark.parametrize("data", [None, [], "kaart", 3, b"{}"])
def test_not_an_object_at_all(data):
    assert problemen(data) == ["een kaart moet een JSON-object zijn ({ ... })"]


def test_deeply_nested_input_gives_a_kaartfout_not_a_crash():
    diep: list = []
    for _ in range(5000):
        diep = [diep]
    with pytest.raises(KaartFout):
        valideer(
            {"formaat": "systeemkaart", "versie": 1, "titel": "T", "partners": diep, "stromen": []}
        )


def test_probleem_places_read_as_table_rows():
    p = Probleem("afhankelijkheden[0].sterkte", "te groot")
    assert (p.tabel, p.rij, p.veld) == ("afhankelijkheden", 0, "sterkte")
    assert p.rij_tekst() == "afhankelijkheden, rij 1, veld sterkte: te groot"
    assert Probleem("titel", "ontbreekt").rij_tekst() == "titel: ontbreekt"
    assert Probleem("stromen[2]", "leeg").rij_tekst() == "stromen, rij 3: leeg"


def test_the_message_lists_every_problem():
    fout = KaartFout([Probleem("a", "x"), Probleem("b", "y")])
    assert fout.melding() == "De kaart klopt niet (2 problemen):\n- a: x\n- b: y"


# ---------------------------------------------------------------------------
# The fast path: a sound document is checked with sets and built column by column.


@st.composite
def _misschien_kapot(draw):
    """A kaart document, often with one reference broken the way a user breaks them."""
    doc = json.loads(json.dumps(draw(kaart_docs(max_partners=6))))
    partners, stromen = doc["partners"], doc["stromen"]
    afh, belangen = doc["afhankelijkheden"], doc["belangen"]
    keuze = draw(st.integers(0, 7))
    if keuze == 1 and partners:
        partners[0]["id"] = draw(st.sampled_from([OPGAVE, f" {OPGAVE} ", partners[-1]["id"]]))
    elif keuze == 2 and stromen:
        s = stromen[0]
        s["naar"] = draw(st.sampled_from([s["van"], f" {s['van']} ", "onbekend", OPGAVE]))
    elif keuze == 3 and afh:
        a = afh[0]
        a["afhankelijk_van"] = draw(st.sampled_from([a["partner"], OPGAVE, "onbekend"]))
    elif keuze == 4 and belangen:
        belangen[0]["partner"] = draw(st.sampled_from([OPGAVE, "onbekend", 3]))
    elif keuze == 5:
        doc["posities"][draw(st.sampled_from(["onbekend", f" {OPGAVE}", ""]))] = [1, 2]
    elif keuze == 6 and partners:
        partners.append(dict(partners[0]))
    elif keuze == 7 and stromen:
        stromen[0]["waarde"] = 9  # a schema problem next to the references
    return doc


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(_misschien_kapot())
def test_the_quick_reference_check_never_passes_what_the_full_check_reports(data):
    try:
        doc = validatie._SCHEMA.validate_python(validatie.upgrade(data))
    except ValidationError:
        return  # the full check runs then anyway
    if validatie._verwijzingen_kloppen(doc):
        assert validatie._verwijzingen(data) == validatie._regels(data)


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(kaart_docs())
def test_tables_are_built_as_the_plain_constructor_builds_them(data):
    kaart = valideer(data)
    doc = kaart.naar_dict()
    for naam in KOLOMMEN:
        pd.testing.assert_frame_equal(
            getattr(kaart, naam), tabel(naam, doc[naam]), check_exact=True
        )
    assert kaart.in_standaardvorm()


def test_rules_beyond_references_are_checked_on_the_quick_path_too(geldig):
    """A sound kaart takes the quick path; a scenario or pijler rule is still checked there."""
    geldig["versie"] = 2
    geldig["scenarios"] = [{"naam": "S", "interventies": []}, {"naam": " S ", "interventies": []}]
    geldig["pijlers"] = [
        {"beoordelaar": "An", "pijler": "dialoog", "score": 3},
        {"beoordelaar": "An", "pijler": "dialoog", "score": 4},
    ]
    assert problemen(geldig) == [
        'scenarios[1].naam: dubbele naam "S" (al gebruikt bij scenarios[0])',
        'pijlers[1].pijler: An heeft pijler "dialoog" al gescoord',
    ]
