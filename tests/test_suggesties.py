"""Suggesties: the smallest whole-point move that brings a partner back within the threshold."""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from systeem import balans
from systeem.interventies import pas_toe
from systeem.kaart import OPGAVE
from systeem.scenario import Bijdrage, Compensatie
from systeem.suggesties import (
    COMPENSEREN,
    MEER_BRENGEN,
    MINDER_BRENGEN,
    minimale_punten,
    suggesties,
)
from systeem.validatie import valideer
from tests.conftest import kaart


def klasse(k, pid, drempel=balans.DREMPEL) -> str:
    return balans.balans(k, drempel).loc[pid, "klasse"]


def test_a_giver_gets_compensation_and_a_smaller_contribution():
    # a brings 10 and takes 2: balans -8/12.  Within 1/3 needs halen > 10/2, so 6: k = 4;
    # or brengen < 2 * 2 = 4, so 3: k = 7.
    k = kaart(
        ["a", "b"],
        [("a", "b", "personeel", 5), ("a", OPGAVE, "geld", 5), (OPGAVE, "a", "positie", 2)],
    )
    eerste, tweede, derde = suggesties(k)
    assert (eerste.partner, eerste.soort, eerste.punten) == ("a", COMPENSEREN, 4)
    # From the partner that receives the most from a, in the soort a brings most.
    assert eerste.interventie == Compensatie(partner="a", van="b", soort="personeel", punten=4)
    assert eerste.balans_na == -0.25
    assert (tweede.soort, tweede.punten, tweede.interventie) == (
        MINDER_BRENGEN,
        7,
        Bijdrage(partner="a", punten=-7),
    )
    # b only takes (5 from a): it needs to bring more than 5/2, so 3.
    assert (derde.partner, derde.soort, derde.punten) == ("b", MEER_BRENGEN, 3)
    assert eerste.tekst(k) == (
        "Compenseer A met 4 punten personeel van B: dan komt de balans op -0,25."
    )


def test_a_partner_that_only_gives_gets_no_smaller_contribution():
    k = kaart(["a"], [("a", OPGAVE, "geld", 3)])
    (enige,) = suggesties(k)
    assert enige.soort == COMPENSEREN and enige.punten == 2  # halen 2 > 3/2
    assert enige.interventie.van == OPGAVE


def test_no_suggestions_when_everyone_is_in_balance():
    k = kaart(["a"], [("a", OPGAVE, "geld", 3), (OPGAVE, "a", "kennis", 3)])
    assert suggesties(k) == []


def test_the_threshold_boundary_is_respected_exactly():
    # B 4, H 1: with k = 1 the balans is exactly -1/3, which still counts as out of
    # balance (the boundary is inclusive), so k = 2.
    assert minimale_punten(np.array([4]), np.array([1]), 1 / 3, COMPENSEREN).tolist() == [2]
    # With threshold 0.5: H + k > B/3 -> B 6, H 1: H + k > 2, k = 2.
    assert minimale_punten(np.array([6]), np.array([1]), 0.5, COMPENSEREN).tolist() == [2]


waarden = st.integers(0, 60)


@given(waarden, waarden, st.sampled_from([0.05, 0.2, 0.25, 1 / 3, 0.5, 0.9, 1.0]))
def test_minimale_punten_is_minimal_for_every_move(b, h, drempel):
    """k puts the partner within the threshold, k - 1 does not (property)."""
    arr_b, arr_h = np.array([b]), np.array([h])

    def binnen(bb, hh):
        tot = bb + hh
        if tot == 0:
            return False
        waarde = (hh - bb) / tot
        return balans.klasse(pd.Series([waarde]), drempel)[0] == "in_balans"

    voor = {
        COMPENSEREN: lambda k: (b, h + k),
        MINDER_BRENGEN: lambda k: (b - k, h),
        MEER_BRENGEN: lambda k: (b + k, h),
    }
    for soort, na in voor.items():
        (k,) = minimale_punten(arr_b, arr_h, drempel, soort).tolist()
        if k == 0:
            # Only when the move cannot help: in balance already, or the wrong direction,
            # or giving less while receiving nothing.
            if binnen(b, h) or (b + h == 0):
                continue
            if soort == COMPENSEREN:
                assert b <= h
            elif soort == MINDER_BRENGEN:
                assert b <= h or h == 0
            else:
                assert h <= b
            continue
        assert binnen(*na(k)), (soort, b, h, k)
        assert not binnen(*na(k - 1)), (soort, b, h, k)


partner_ids = ["a", "b", "c", "d"]


@st.composite
def kleine_kaarten(draw):
    knopen = [OPGAVE, *partner_ids]
    paren = st.tuples(st.sampled_from(knopen), st.sampled_from(knopen)).filter(
        lambda p: p[0] != p[1]
    )
    stromen = [
        {
            "van": v,
            "naar": n,
            "soort": draw(st.sampled_from(["geld", "kennis", "tijd"])),
            "waarde": draw(st.integers(1, 5)),
        }
        for v, n in draw(st.lists(paren, max_size=14))
    ]
    return valideer(
        {
            "formaat": "systeemkaart",
            "versie": 2,
            "titel": "T",
            "partners": [{"id": p, "naam": p.upper()} for p in partner_ids],
            "stromen": stromen,
        }
    )


@given(kleine_kaarten(), st.sampled_from([0.2, 1 / 3, 0.5]))
def test_every_suggestion_applied_brings_its_partner_in_balance_and_one_less_does_not(k, drempel):
    """The suggestion is minimal in whole waarde points (stromen of at most 5 each)."""
    for s in suggesties(k, drempel):
        assert s.punten >= 1
        na = pas_toe(k, s.interventie)
        assert klasse(na, s.partner, drempel) == balans.IN_BALANS
        assert (na.stromen["waarde"] <= 5).all()
        assert abs(balans.balans(na, drempel).loc[s.partner, "balans"] - s.balans_na) < 1e-12
        minder = dataclasses.replace(
            s.interventie,
            punten=(s.interventie.punten - 1)
            if s.interventie.punten > 0
            else s.interventie.punten + 1,
        )
        if minder.punten == 0:
            assert klasse(k, s.partner, drempel) != balans.IN_BALANS
        else:
            assert klasse(pas_toe(k, minder), s.partner, drempel) != balans.IN_BALANS
