"""Interventies: every move and every cost-sharing key, with results worked out by hand."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from systeem.analyses import balans, interventies, netwerk
from systeem.analyses.interventies import NietToepasbaar, pas_toe, toepassen, zonder_partner
from systeem.model.kaart import OPGAVE
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
from systeem.model.validatie import valideer
from tests.conftest import kaart
from tests.kaartgenerator import kaart_docs


def stromen(k) -> list[tuple[str, str, str, int]]:
    return [tuple(r) for r in k.stromen[["van", "naar", "soort", "waarde"]].values.tolist()]


@pytest.fixture
def keten():
    """Gemeente (g), zorgaanbieder (z), school (s) around an opgave."""
    return kaart(
        ["g", "z", "s"],
        [
            ("g", OPGAVE, "geld", 4),
            ("z", OPGAVE, "personeel", 5),
            ("z", OPGAVE, "geld", 2),
            ("s", OPGAVE, "kennis", 2),
            (OPGAVE, "g", "positie", 3),
            (OPGAVE, "z", "klanten", 2),
            (OPGAVE, "s", "informatie", 1),
            ("z", "s", "kennis", 3),
        ],
    )


def totaal(k, pid: str) -> tuple[int, int]:
    t = balans.totalen(k).loc[pid]
    return int(t["brengen"]), int(t["halen"])


# --- Ambitie bijstellen -------------------------------------------------------------------


def test_ambitie_scales_what_the_opgave_returns_to_everyone(keten):
    na = pas_toe(keten, Ambitie(factor=2))
    # positie 3 * 2 = 6 becomes 5 + 1; klanten 2 * 2 = 4; informatie 1 * 2 = 2.
    assert [r for r in stromen(na) if r[0] == OPGAVE] == [
        (OPGAVE, "g", "positie", 5),
        (OPGAVE, "g", "positie", 1),
        (OPGAVE, "z", "klanten", 4),
        (OPGAVE, "s", "informatie", 2),
    ]
    assert totaal(na, "g") == (4, 6)
    assert totaal(na, "z") == (10, 4)
    assert totaal(na, "s") == (2, 5)  # 3 kennis from z + 2 informatie
    assert totaal(keten, "g") == (4, 3), "the kaart before is left alone"


def test_ambitie_for_chosen_partners_and_a_new_shared_benefit(keten):
    na = pas_toe(keten, Ambitie(partners=("z",), factor=1.5, soort="positie", waarde=2))
    # z: klanten 2 * 1.5 = 3 plus the new positie 2; the others are untouched.
    assert totaal(na, "z") == (10, 5)
    assert totaal(na, "g") == totaal(keten, "g")
    assert (OPGAVE, "z", "positie", 2) in stromen(na)


def test_ambitie_rounds_half_up_and_a_factor_zero_removes(keten):
    na = pas_toe(keten, Ambitie(factor=0.5))
    # 3 * .5 = 1.5 -> 2; 2 * .5 = 1; 1 * .5 = 0.5 -> 1
    assert [totaal(na, p)[1] for p in "gzs"] == [2, 1, 3 + 1]
    weg = pas_toe(keten, Ambitie(factor=0))
    assert not (weg.stromen["van"] == OPGAVE).any()


# --- Bijdrage aanpassen -------------------------------------------------------------------


def test_bijdrage_scaled_by_a_factor(keten):
    na = pas_toe(keten, Bijdrage(partner="z", factor=0.5))
    # personeel 5 -> 3 (2.5 up), geld 2 -> 1, kennis to s 3 -> 2 (1.5 up)
    assert totaal(na, "z") == (6, 2)
    assert totaal(na, "s")[1] == 1 + 2


def test_bijdrage_fewer_points_come_off_the_largest_stromen_first(keten):
    na = pas_toe(keten, Bijdrage(partner="z", punten=-4))
    # z brings personeel 5, geld 2, kennis 3.  The highest points go first: heights 5 and
    # 4 of personeel, then the two points at height 3 (personeel and kennis).
    per = {(v, n, s): w for v, n, s, w in stromen(na) if v == "z"}
    assert per == {("z", OPGAVE, "personeel"): 2, ("z", OPGAVE, "geld"): 2, ("z", "s", "kennis"): 2}
    assert totaal(na, "z")[0] == 10 - 4


def test_bijdrage_fewer_points_only_on_a_chosen_stroom_and_all_of_it(keten):
    na = pas_toe(keten, Bijdrage(partner="z", punten=-9, naar="s"))
    assert ("z", "s", "kennis", 3) not in stromen(na)
    assert totaal(na, "z") == (7, 2)


def test_bijdrage_more_points_become_a_new_stroom_to_the_opgave(keten):
    na = pas_toe(keten, Bijdrage(partner="s", punten=7, soort="tijd"))
    assert stromen(na)[-2:] == [("s", OPGAVE, "tijd", 5), ("s", OPGAVE, "tijd", 2)]
    assert bool(na.stromen["tastbaar"].iloc[-1]) is True  # tijd is tangible by default


def test_bijdrage_without_anything_to_reduce_does_not_apply(keten):
    with pytest.raises(NietToepasbaar, match="niets te verminderen"):
        pas_toe(keten, Bijdrage(partner="s", punten=-1, soort="geld"))


# --- Compenseren --------------------------------------------------------------------------


def test_compenseren_from_a_partner_in_pieces_of_at_most_five(keten):
    na = pas_toe(keten, Compensatie(partner="z", van="g", soort="geld", punten=11))
    assert stromen(na)[-3:] == [("g", "z", "geld", 5), ("g", "z", "geld", 5), ("g", "z", "geld", 1)]
    assert totaal(na, "z") == (10, 13)
    assert totaal(na, "g") == (15, 3)


def test_compenseren_oneself_does_not_apply(keten):
    with pytest.raises(NietToepasbaar):
        pas_toe(keten, Compensatie(partner="z", van="z", punten=1))


# --- Derde partij -------------------------------------------------------------------------


def test_derde_partij_joins_with_its_stromen(keten):
    zet = DerdePartij(
        id="rijk",
        naam="Rijksoverheid",
        invloed=5,
        stromen=(
            DerdeStroom(met="z", soort="geld", waarde=4),
            DerdeStroom(met=OPGAVE, soort="legitimiteit", waarde=3, richting="haalt"),
        ),
    )
    na = pas_toe(keten, zet)
    assert na.partners["id"].tolist() == ["g", "z", "s", "rijk"]
    assert int(na.partners["invloed"].iloc[-1]) == 5
    assert stromen(na)[-2:] == [("rijk", "z", "geld", 4), (OPGAVE, "rijk", "legitimiteit", 3)]
    assert totaal(na, "rijk") == (4, 3)
    valideer(na.naar_dict())  # still a valid kaart


def test_derde_partij_with_a_taken_id_does_not_apply(keten):
    with pytest.raises(NietToepasbaar, match="al een partner"):
        pas_toe(keten, DerdePartij(id="g", naam="Nog een gemeente"))


# --- Kostenverdeling ----------------------------------------------------------------------
# The pot: geld to the opgave from g (4) and z (2) = 6 points.


def geld_naar_opgave(k) -> dict[str, int]:
    s = k.stromen
    pot = s[(s["soort"] == "geld") & (s["naar"] == OPGAVE)]
    return {k: int(v) for k, v in pot.groupby("van")["waarde"].sum().items()}


def test_kostenverdeling_eigen_kosten_changes_nothing(keten):
    assert pas_toe(keten, Kostenverdeling(sleutel="eigen")) == keten


def test_kostenverdeling_gelijke_delen(keten):
    na = pas_toe(keten, Kostenverdeling(sleutel="gelijk"))
    assert geld_naar_opgave(na) == {"g": 2, "z": 2, "s": 2}
    assert (na.stromen["omschrijving"] == "kostenverdeling: gelijke delen").sum() == 3


def test_kostenverdeling_gelijke_delen_with_a_remainder(keten):
    meer = pas_toe(keten, Bijdrage(partner="s", punten=1, soort="geld"))
    # Pot 7 over three: 7/3 = 2.33 each; the one point left goes to the first.
    assert geld_naar_opgave(pas_toe(meer, Kostenverdeling(sleutel="gelijk"))) == {
        "g": 3,
        "z": 2,
        "s": 2,
    }


def test_kostenverdeling_naar_gebruik(keten):
    # Use = what each takes from the opgave: g 3, z 2, s 1 -> 6 * 3/6, 2/6, 1/6 = 3, 2, 1.
    na = pas_toe(keten, Kostenverdeling(sleutel="gebruik"))
    assert geld_naar_opgave(na) == {"g": 3, "z": 2, "s": 1}


def test_kostenverdeling_naar_grootte_with_sizes_and_invloed_as_fallback():
    k = kaart(
        [
            {"id": "a", "naam": "A", "invloed": 1},
            {"id": "b", "naam": "B", "invloed": 4},
            {"id": "c", "naam": "C"},
        ],
        [("a", OPGAVE, "geld", 5), ("b", OPGAVE, "geld", 5)],
    )
    # Sizes: a 3 (given), b 4 (its invloed), c 0 (no invloed) -> 10 * 3/7, 4/7 = 4.29, 5.71.
    na = pas_toe(k, Kostenverdeling(sleutel="grootte", gewichten=(("a", 3.0),)))
    assert geld_naar_opgave(na) == {"a": 4, "b": 6}


def test_kostenverdeling_only_among_chosen_partners(keten):
    na = pas_toe(keten, Kostenverdeling(sleutel="gelijk", partners=("z", "s")))
    # Only z's 2 points are in the pot; g keeps its own 4.
    assert geld_naar_opgave(na) == {"g": 4, "z": 1, "s": 1}


def test_kostenverdeling_without_money_does_not_apply():
    k = kaart(["a"], [("a", OPGAVE, "kennis", 3)])
    with pytest.raises(NietToepasbaar, match="geen geld|niets te verdelen"):
        pas_toe(k, Kostenverdeling(sleutel="gelijk"))


@given(st.integers(1, 200), st.lists(st.floats(0, 100), min_size=1, max_size=12))
def test_verdeel_keeps_the_total_and_stays_within_a_point(totaal_, gewichten):
    import numpy as np

    g = np.array(gewichten)
    if g.sum() <= 0:
        return
    delen = interventies.verdeel(totaal_, g)
    assert delen.sum() == totaal_
    assert (np.abs(delen - totaal_ * g / g.sum()) < 1).all()


# --- Vertrek ------------------------------------------------------------------------------


def test_vertrek_removes_the_partner_and_all_that_refers_to_it(keten):
    na = pas_toe(keten, Vertrek(partner="z"))
    assert "z" not in set(na.partners["id"])
    assert "z" not in set(na.stromen["van"]) | set(na.stromen["naar"])
    assert totaal(na, "s") == (2, 1)


@given(kaart_docs(), st.data())
def test_removing_a_partner_never_leaves_dangling_references(doc, data):
    k = valideer(doc)
    if not len(k.partners):
        return
    pid = data.draw(st.sampled_from(k.partners["id"].tolist()))
    na = zonder_partner(k, pid)
    valideer(na.naar_dict())  # a dangling reference would be refused here
    bekend = set(na.partners["id"]) | {OPGAVE}
    assert set(na.stromen["van"]) | set(na.stromen["naar"]) <= bekend
    assert (
        set(na.afhankelijkheden["partner"]) | set(na.afhankelijkheden["afhankelijk_van"]) <= bekend
    )
    assert set(na.belangen["partner"]) <= bekend
    assert set(na.posities) <= bekend
    # What is lost is exactly what netwerk.vertrek reports.
    verloren = netwerk.vertrek(k, pid).verloren_stromen
    assert int(verloren[["mist_halen", "mist_brengen"]].sum().sum()) == int(
        k.stromen["waarde"].sum() - na.stromen["waarde"].sum()
    )


# --- Scenarios ----------------------------------------------------------------------------


def test_a_scenario_applies_in_order_and_skips_what_is_off(keten):
    s = Scenario(
        "Gemeente compenseert",
        (
            Compensatie(partner="z", van="g", punten=4),
            Bijdrage(partner="g", factor=2, aan=False),
            Vertrek(partner="weg"),
        ),
    )
    u = toepassen(keten, s)
    assert [stap.toegepast for stap in u.stappen] == [True, False, False]
    assert u.stappen[1].melding == "Staat uit."
    assert "weg" in u.stappen[2].melding
    assert totaal(u.kaart, "z") == (10, 6)
    assert u.gewijzigd.tolist() == [False] * len(keten.stromen) + [True]


def test_order_matters(keten):
    eerst_schalen = Scenario(
        "a",
        (
            Ambitie(factor=2, partners=("z",)),
            Compensatie(partner="z", van=OPGAVE, punten=2, soort="klanten"),
        ),
    )
    eerst_compenseren = Scenario("b", tuple(reversed(eerst_schalen.interventies)))
    assert totaal(toepassen(keten, eerst_schalen).kaart, "z")[1] == 2 * 2 + 2
    assert totaal(toepassen(keten, eerst_compenseren).kaart, "z")[1] == (2 + 2) * 2


def test_every_move_leaves_a_valid_kaart(keten):
    zetten = [
        Ambitie(factor=3.3, soort="positie", waarde=5),
        Bijdrage(partner="z", factor=7.5),
        Bijdrage(partner="g", punten=-100),
        Compensatie(partner="s", punten=100),
        DerdePartij(id="x", naam="X", stromen=(DerdeStroom(met="g", soort="macht", waarde=5),)),
        Kostenverdeling(sleutel="gebruik"),
        Vertrek(partner="g"),
    ]
    for zet in zetten:
        valideer(pas_toe(keten, zet).naar_dict())


def test_beschrijving_names_the_partners(keten):
    k = keten
    assert interventies.beschrijving(Compensatie(partner="z", van="g", punten=3), k) == (
        "Compenseren: Z krijgt 3 punten geld van G."
    )
    assert interventies.beschrijving(Vertrek(partner="s"), k, "en") == (
        "Departure: what if S leaves."
    )
    assert "50% meer" in interventies.beschrijving(Ambitie(factor=1.5), k)
