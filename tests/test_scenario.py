"""Scenarios in the file format: versie 2, every move's fields, and the upgrade of versie 1."""

from __future__ import annotations

import json

import pytest

from systeem.bestanden import lees_json, naar_json
from systeem.model.kaart import VERSIE
from systeem.model.scenario import (
    Ambitie,
    Bijdrage,
    Compensatie,
    DerdePartij,
    DerdeStroom,
    Kostenverdeling,
    Scenario,
    Vertrek,
)
from systeem.model.validatie import KaartFout, upgrade, valideer
from tests.conftest import doc, kaart

ALLE_ZETTEN = Scenario(
    "Alles",
    (
        Ambitie(factor=1.5, partners=("a",), soort="positie", waarde=2, omschrijving="meer"),
        Bijdrage(partner="a", punten=-2, naar="b", soort="geld", aan=False),
        Bijdrage(partner="b", factor=0.5),
        Compensatie(partner="a", van="b", soort="autonomie", punten=7),
        DerdePartij(
            id="rijk",
            naam="Rijk",
            invloed=5,
            stromen=(DerdeStroom(met="a", soort="geld", waarde=4, richting="haalt"),),
        ),
        Kostenverdeling(sleutel="grootte", partners=("a", "b"), gewichten=(("a", 2.5),)),
        Vertrek(partner="b"),
    ),
)


def test_versie_2_is_written_and_every_move_survives_a_json_round_trip():
    k = kaart(["a", "b"], [("a", "b", 2)]).met(scenarios=(ALLE_ZETTEN, Scenario("Leeg")))
    tekst = naar_json(k)
    assert json.loads(tekst)["versie"] == VERSIE == 2
    terug = lees_json(tekst)
    assert terug.scenarios == k.scenarios
    assert terug == k


def test_a_versie_1_file_is_upgraded_to_versie_2_without_scenarios():
    oud = doc(["a"], [("a", "opgave", 3)])
    assert oud["versie"] == 1
    k = valideer(oud)
    assert k.scenarios == ()
    assert k.naar_dict()["versie"] == 2 and k.naar_dict()["scenarios"] == []
    assert upgrade(oud)["versie"] == 2 and oud["versie"] == 1, "the input is left alone"


def test_a_versie_1_file_with_scenarios_is_refused():
    oud = doc(["a"], [], scenarios=[])
    with pytest.raises(KaartFout, match="scenarios: bestaat pas vanaf formaatversie 2"):
        valideer(oud)


def fouten(scenarios) -> list[str]:
    d = doc(["a", "b"], [("a", "b", 2)], scenarios=scenarios)
    d["versie"] = 2
    with pytest.raises(KaartFout) as fout:
        valideer(d)
    return [str(p) for p in fout.value.problemen]


@pytest.mark.parametrize(
    ("interventie", "melding"),
    [
        ({"zet": "raar"}, 'scenarios[0].interventies[0].zet: onbekende zet "raar"'),
        ({"partner": "a"}, "scenarios[0].interventies[0].zet: zet ontbreekt"),
        (
            {"zet": "compenseren", "partner": "a", "punten": 0},
            "scenarios[0].interventies[0].punten: minstens 1, niet 0",
        ),
        (
            {"zet": "compenseren", "partner": "a", "punten": 3, "extra": 1},
            "scenarios[0].interventies[0].extra: onbekend veld",
        ),
        (
            {"zet": "ambitie", "factor": 11},
            "scenarios[0].interventies[0].factor: hoogstens 10, niet 11",
        ),
        (
            {"zet": "ambitie", "waarde": 6},
            "scenarios[0].interventies[0].waarde: hoogstens 5, niet 6",
        ),
        (
            {"zet": "bijdrage", "partner": "a"},
            "scenarios[0].interventies[0].factor: geef precies een van factor en punten",
        ),
        (
            {"zet": "bijdrage", "partner": "a", "factor": 2, "punten": 1},
            "scenarios[0].interventies[0].factor: geef precies een van factor en punten",
        ),
        (
            {"zet": "bijdrage", "partner": "a", "punten": 0},
            "scenarios[0].interventies[0].punten: mag niet 0 zijn",
        ),
        (
            {"zet": "derde", "id": "opgave", "naam": "X"},
            'scenarios[0].interventies[0].id: "opgave" is gereserveerd',
        ),
        (
            {"zet": "derde", "id": "x", "naam": "X", "stromen": [{"met": "a", "soort": "geld"}]},
            "scenarios[0].interventies[0].stromen[0].waarde: ontbreekt",
        ),
        (
            {"zet": "kostenverdeling", "sleutel": "naar_gevoel"},
            "scenarios[0].interventies[0].sleutel: moet een van",
        ),
        ({"zet": "vertrek"}, "scenarios[0].interventies[0].partner: ontbreekt"),
        ({"zet": "vertrek", "partner": "a", "aan": "ja"}, "aan: moet true of false zijn"),
    ],
)
def test_bad_interventies_are_named_in_dutch(interventie, melding):
    gevonden = fouten([{"naam": "S", "interventies": [interventie]}])
    assert any(melding in f for f in gevonden), gevonden


def test_a_scenario_needs_a_name():
    assert fouten([{"naam": " ", "interventies": []}]) == ["scenarios[0].naam: mag niet leeg zijn"]


def test_interventies_on_partners_not_on_the_kaart_are_kept():
    d = doc(["a"], [])
    d["versie"] = 2
    d["scenarios"] = [{"naam": "S", "interventies": [{"zet": "vertrek", "partner": "weg"}]}]
    assert valideer(d).scenarios == (Scenario("S", (Vertrek(partner="weg"),)),)


def test_scenario_names_are_unique():
    leeg = {"interventies": []}
    assert fouten([{"naam": "A", **leeg}, {"naam": "B", **leeg}, {"naam": " A ", **leeg}]) == [
        'scenarios[2].naam: dubbele naam "A" (al gebruikt bij scenarios[0])'
    ]


def test_too_many_interventies_get_a_message_about_the_list():
    veel = [{"zet": "vertrek", "partner": "a"}] * 201
    assert fouten([{"naam": "S", "interventies": veel}]) == [
        "scenarios[0].interventies: te lang: hoogstens 200 items"
    ]


def test_a_versie_1_file_with_pijlers_is_refused():
    oud = doc(["a"], [], pijlers=[])
    with pytest.raises(KaartFout, match="pijlers: bestaat pas vanaf formaatversie 2"):
        valideer(oud)
