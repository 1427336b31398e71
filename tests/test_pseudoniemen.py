"""Pseudonyms hide who is who without changing the balance or the map's shape."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from systeem import balans, bestanden
from systeem.pseudoniemen import pseudoniem, pseudoniemen
from tests.conftest import VOORBEELDEN, kaart


def test_letters_run_a_to_z_then_double():
    assert [pseudoniem(i) for i in (0, 1, 25, 26, 27, 51, 52)] == [
        "Partner A",
        "Partner B",
        "Partner Z",
        "Partner AA",
        "Partner AB",
        "Partner AZ",
        "Partner BA",
    ]
    assert pseudoniem(2, "Partij") == "Partij C"


@pytest.mark.parametrize("pad", VOORBEELDEN, ids=lambda p: p.stem)
def test_no_partner_name_is_left_and_the_balance_is_the_same(pad):
    k = bestanden.lees(pad)
    p = pseudoniemen(k)
    tekst = json.dumps(p.naar_dict(), ensure_ascii=False)
    for naam in k.partners["naam"]:
        assert naam not in tekst
    pd.testing.assert_frame_equal(
        balans.balans(k).drop(columns="naam"), balans.balans(p).drop(columns="naam")
    )
    assert p.posities == k.posities and p.stromen["van"].tolist() == k.stromen["van"].tolist()


def test_longer_names_win_and_only_whole_words_are_replaced():
    k = kaart(
        [
            {"id": "g", "naam": "Gemeente"},
            {"id": "gd", "naam": "Gemeente Delft"},
            {"id": "u", "naam": "UWV"},
        ],
        [
            {
                "van": "g",
                "naar": "gd",
                "soort": "geld",
                "waarde": 1,
                "omschrijving": "Gemeente Delft en Gemeente; UWV-loket, UWVX",
            }
        ],
    )
    assert (
        pseudoniemen(k).stromen.loc[0, "omschrijving"]
        == "Partner B en Partner A; Partner C-loket, UWVX"
    )


def test_a_kaart_without_partners_stays_as_it_is():
    k = kaart([], titel="Leeg")
    assert pseudoniemen(k) == k
