"""The rules of a kaart's list of scenarios (systeem/model/scenario.py), the form schema of
the moves, and a move made from a form's answers (systeem/model/invullen.py)."""

from __future__ import annotations

import dataclasses

import pytest

from systeem.model import scenario as sc
from systeem.model.invullen import Bezwaar, Onvolledig, maak
from systeem.model.kaart import OPGAVE
from systeem.model.schets import schets


def _namen(scenarios) -> list[str]:
    return [s.naam for s in scenarios]


LIJST = (sc.Scenario("A"), sc.Scenario("B"), sc.Scenario("C"))


# ---------------------------------------------------------------------------
# Names.


def test_a_new_scenario_comes_last_with_its_name_stripped():
    assert _namen(sc.nieuw(LIJST, "  D ")) == ["A", "B", "C", "D"]
    zet = sc.Vertrek(partner="a")
    assert sc.nieuw((), "X", (zet,)) == (sc.Scenario("X", (zet,)),)


@pytest.mark.parametrize("naam", ["", "   ", None])
def test_a_scenario_needs_a_name(naam):
    with pytest.raises(sc.ScenarioFout) as fout:
        sc.nieuw(LIJST, naam)
    assert fout.value.code == "naam_leeg"
    with pytest.raises(sc.ScenarioFout):
        sc.hernoemd(LIJST, 0, naam)


def test_names_are_unique():
    with pytest.raises(sc.ScenarioFout) as fout:
        sc.nieuw(LIJST, " B")
    assert (fout.value.code, fout.value.waarden) == ("bestaat", {"naam": "B"})
    with pytest.raises(sc.ScenarioFout):
        sc.hernoemd(LIJST, 0, "C")
    # Its own name again is no clash; a place outside the list changes nothing.
    assert sc.hernoemd(LIJST, 1, "B") == LIJST
    assert sc.hernoemd(LIJST, 7, "Z") == LIJST
    assert _namen(sc.hernoemd(LIJST, 2, "Z")) == ["A", "B", "Z"]


def test_free_names():
    assert sc.vrije_naam(LIJST, "D") == "D"
    assert sc.vrije_naam((*LIJST, sc.Scenario("A (2)")), "A") == "A (3)"
    patroon = "sc.Scenario {}".format
    assert sc.volgende_naam((), patroon) == "sc.Scenario 1"
    assert sc.volgende_naam(LIJST, patroon) == "sc.Scenario 4"
    bezet = (sc.Scenario("sc.Scenario 2"), sc.Scenario("sc.Scenario 3"))
    assert sc.volgende_naam(bezet, patroon) == "sc.Scenario 4"


# ---------------------------------------------------------------------------
# Order, removal, and the active scenario.


def test_moving_swaps_with_a_neighbour_and_never_leaves_the_list():
    assert _namen(sc.verschoven(LIJST, 0, 1)) == ["B", "A", "C"]
    assert _namen(sc.verschoven(LIJST, 2, -1)) == ["A", "C", "B"]
    for plek, stap in ((0, -1), (2, 1), (5, -1), (-1, 1)):
        assert sc.verschoven(LIJST, plek, stap) == LIJST


def test_removing_and_replacing():
    assert _namen(sc.zonder(LIJST, 1)) == ["A", "C"]
    assert sc.zonder(LIJST, 3) == LIJST and sc.zonder(LIJST, -1) == LIJST
    assert _namen(sc.vervangen(LIJST, 0, sc.Scenario("Z"))) == ["Z", "B", "C"]


@pytest.mark.parametrize(
    ("namen", "plek", "naam", "verwacht"),
    [
        (["A", "B", "C"], 1, "B", 1),  # still there
        (["B", "A", "C"], 1, "B", 0),  # moved: follows its name
        (["A", "C"], 1, "B", 1),  # deleted: the one now at its place
        (["A", "C"], 2, "X", 1),  # ... or the last
        (["A"], "x", None, 0),  # nothing remembered
        (["A", "A2"], True, "A2", 1),  # a bool is no place
        ([], 0, "A", None),
    ],
)
def test_the_active_scenario_after_the_list_changed(namen, plek, naam, verwacht):
    assert sc.actieve_plek(namen, plek, naam) == verwacht


def test_the_moves_of_a_scenario_follow_the_same_rules():
    a, b = sc.Vertrek(partner="a"), sc.Compensatie(partner="b")
    s = sc.Scenario("S").erbij(a).erbij(b)
    assert s.interventies == (a, b)
    assert s.verschoven(0, 1).interventies == (b, a)
    assert s.verschoven(1, 1) == s
    assert s.zonder(0).interventies == (b,)
    uit = s.met_aan(1, False)
    assert uit.interventies[1] == dataclasses.replace(b, aan=False) and uit.aangezet() == (a,)
    assert s.met_aan(5, False) == s


# ---------------------------------------------------------------------------
# The form schema: every move's fields with their kind and range.


def test_every_move_says_how_a_form_asks_for_it():
    for klasse in sc.ZETTEN.values():
        gevraagd = sc.velden(klasse)
        assert gevraagd, klasse
        for naam, veld, start in gevraagd:
            assert veld.soort in {
                "partner",
                "knoop",
                "partners",
                "soort",
                "getal",
                "factor",
                "tekst",
                "keuze",
                "tabel",
                "gewichten",
            }
            if veld.soort == "keuze":
                assert start in veld.keuzes, (klasse, naam)
            if veld.soort in ("getal", "factor") and start is not None:
                procent = (start - 1) * 100 if veld.soort == "factor" else start
                assert veld.min <= procent <= veld.max, (klasse, naam)
    assert [n for n, _, _ in sc.velden(sc.DerdePartij)] == [
        "naam",
        "type",
        "sector",
        "invloed",
        "stromen",
    ]
    assert sc.velden(sc.Bijdrage)[2][1].max == sc.MAX_PUNTEN == -sc.velden(sc.Bijdrage)[2][1].min
    assert sc.velden(sc.DerdePartij)[-1][2] == (sc.DerdeStroom(met=OPGAVE, soort="geld", waarde=3),)
    assert {k for k in sc.ZETTEN.values() if not sc.vraagt_partners(k)} == {sc.DerdePartij}


# ---------------------------------------------------------------------------
# A move from a form's answers.

K = schets("a b", "a>opgave geld 3, b>opgave geld 1")


def _bezwaren(klasse, antwoorden) -> list[tuple]:
    with pytest.raises(Onvolledig) as fout:
        maak(klasse, antwoorden, K)
    return [(b.code, b.veld, b.rij) for b in fout.value.bezwaren]


def test_ambitie():
    zet = maak(sc.Ambitie, {"factor": 0.8, "partners": [], "soort": "Kennis", "waarde": 0}, K)
    assert zet == sc.Ambitie(factor=0.8)  # no new benefit: no soort
    zet = maak(sc.Ambitie, {"factor": 1.0, "partners": ["a"], "soort": "Kennis", "waarde": 2}, K)
    assert zet == sc.Ambitie(partners=("a",), soort="kennis", waarde=2)
    assert _bezwaren(sc.Ambitie, {"factor": 1.0, "waarde": 0}) == [("ambitie_niets", "", None)]
    assert _bezwaren(sc.Ambitie, {"factor": 1.0, "waarde": 1, "soort": " "}) == [
        ("leeg", "soort", None)
    ]


def test_bijdrage():
    assert maak(sc.Bijdrage, {"partner": "a", "factor": 1.5}, K) == sc.Bijdrage(
        partner="a", factor=1.5
    )
    zet = maak(sc.Bijdrage, {"partner": "a", "punten": -2, "naar": "b", "soort": "Geld"}, K)
    assert zet == sc.Bijdrage(partner="a", punten=-2, naar="b", soort="geld")
    assert _bezwaren(sc.Bijdrage, {"punten": 0}) == [
        ("leeg", "partner", None),
        ("nul", "punten", None),
    ]
    assert _bezwaren(sc.Bijdrage, {"partner": "a", "factor": 1.0, "naar": "a"}) == [
        ("factor_een", "factor", None),
        ("zelfde", "naar", None),
    ]


def test_compensatie():
    zet = maak(sc.Compensatie, {"partner": "b", "van": "a", "soort": "geld", "punten": 2}, K)
    assert zet == sc.Compensatie(partner="b", van="a", punten=2)
    assert _bezwaren(sc.Compensatie, {"van": None, "soort": ""}) == [
        ("leeg", "partner", None),
        ("leeg", "van", None),
        ("leeg", "soort", None),
    ]


def test_derde_partij_with_its_stromen():
    rijen = [
        {"richting": "haalt", "met": "a", "soort": "Kennis", "waarde": 2.0, "omschrijving": None},
        {"richting": None, "met": None, "soort": None, "waarde": None},  # an empty row
        {"richting": "brengt", "met": OPGAVE, "soort": "geld", "waarde": 5, "omschrijving": " x "},
    ]
    zet = maak(sc.DerdePartij, {"naam": " Rijk ", "type": "organisatie", "stromen": rijen}, K)
    assert (zet.id, zet.naam, zet.invloed) == ("rijk", "Rijk", None)
    assert zet.stromen == (
        sc.DerdeStroom(met="a", soort="kennis", waarde=2, richting="haalt"),
        sc.DerdeStroom(met=OPGAVE, soort="geld", waarde=5, omschrijving="x"),
    )
    slecht = [
        {"richting": "weg", "met": "zz", "soort": "geld", "waarde": 3},
        {"met": "a", "soort": "geld", "waarde": 2.5},
        {"met": "a", "soort": "geld"},
    ]
    assert _bezwaren(sc.DerdePartij, {"naam": "A", "stromen": slecht}) == [
        ("kies", "met", 1),
        ("kies", "richting", 1),
        ("getal", "waarde", 2),
        ("getal", "waarde", 3),
        ("naam_bezet", "naam", None),
    ]


def test_a_third_party_id_is_unlike_any_on_the_kaart_or_in_its_scenarios():
    eerder = sc.Scenario("S", (sc.DerdePartij(id="rijk", naam="Rijk"),))
    k = K.met(scenarios=(eerder,))
    assert maak(sc.DerdePartij, {"naam": "Rijk"}, k).id == "rijk_2"
    assert maak(sc.DerdePartij, {"naam": "A!"}, k).id == "a_2"


def test_kostenverdeling_sizes_only_for_the_key_grootte():
    gewichten = {"a": 2, "b": None}
    zet = maak(sc.Kostenverdeling, {"sleutel": "gelijk", "partners": [], "gewichten": gewichten}, K)
    assert zet == sc.Kostenverdeling(sleutel="gelijk")
    zet = maak(sc.Kostenverdeling, {"sleutel": "grootte", "gewichten": gewichten}, K)
    assert zet.gewichten == (("a", 2.0),) and type(zet.gewichten[0][1]) is float
    with pytest.raises(Onvolledig) as fout:
        maak(sc.Kostenverdeling, {"sleutel": "grootte", "gewichten": {"a": -1, "b": "veel"}}, K)
    assert fout.value.bezwaren == (
        Bezwaar("grootte", "gewichten", waarden={"naam": "A"}),
        Bezwaar("grootte", "gewichten", waarden={"naam": "B"}),
    )


def test_vertrek():
    assert maak(sc.Vertrek, {"partner": "b"}, K) == sc.Vertrek(partner="b")
    assert _bezwaren(sc.Vertrek, {}) == [("leeg", "partner", None)]
