"""Pseudonyms hide who is who without changing the balance or the map's shape."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from systeem import bestanden
from systeem.analyses import balans
from systeem.model.pseudoniemen import pseudoniem, pseudoniemen
from systeem.model.validatie import valideer
from tests.conftest import VOORBEELDEN, kaart
from tests.kaartgenerator import kaart_met_pijlers


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


def test_beoordelaars_worden_genummerd_en_namen_in_notities_vervangen():
    k = valideer(kaart_met_pijlers())
    p = pseudoniemen(k)
    assert (
        p.pijlers["beoordelaar"].tolist()
        == ["Beoordelaar 1"] * 4 + ["Beoordelaar 2"] * 4 + ["Beoordelaar 3"] * 2
    )
    notities = p.pijlers["notitie"].tolist()
    assert notities[1] == "weinig contact met Partner B"  # a partner's name, as elsewhere
    assert notities[2] == "weet niet hoe Partner A het doet"
    assert notities[6] == "@wie regisseert?"  # other text stays
    # scores, pijlers and the frame's dtypes are untouched
    pd.testing.assert_frame_equal(
        p.pijlers.drop(columns=["beoordelaar", "notitie"]),
        k.pijlers.drop(columns=["beoordelaar", "notitie"]),
    )
    assert p.pijlers.dtypes.to_dict() == k.pijlers.dtypes.to_dict()
    tekst = json.dumps(p.naar_dict(), ensure_ascii=False)
    for naam in ["Anna", "=Bram", "Chris; de Vries", *k.partners["naam"]]:
        assert naam not in tekst
    assert valideer(p.naar_dict()) == p


def test_een_beoordelaar_in_een_notitie_wordt_ook_vervangen():
    k = kaart(["a"], [("a", "opgave", 2)]).met(
        pijlers=pd.DataFrame(
            {
                "beoordelaar": ["Els", "Jan"],
                "pijler": ["kennis", "dialoog"],
                "score": pd.array([4, None], dtype="Int64"),
                "notitie": ["", "Els en A zien het anders; Jansen niet"],
            }
        ).astype({"beoordelaar": "str", "pijler": "str", "notitie": "str"})
    )
    p = pseudoniemen(k, beoordelaar="Rater")
    assert p.pijlers["beoordelaar"].tolist() == ["Rater 1", "Rater 2"]
    assert p.pijlers.loc[1, "notitie"] == "Rater 1 en Partner A zien het anders; Jansen niet"
