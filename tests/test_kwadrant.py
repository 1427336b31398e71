"""The invloed x balans kwadrant, checked against cases worked out by hand."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from systeem.analyses import kwadrant
from systeem.model.kaart import Kaart
from systeemkaart.teksten import TALEN, TEKSTEN
from tests.conftest import kaart


def _partner(pid: str, invloed: int | None) -> dict:
    rij = {"id": pid, "naam": pid.upper()}
    if invloed is not None:
        rij["invloed"] = invloed
    return rij


def _een(invloed: int | None, brengt: int, haalt: int) -> pd.Series:
    """The kwadrant row of one partner that brings and takes the given waarde."""
    stromen = []
    if brengt:
        stromen.append(("p", "opgave", brengt))
    if haalt:
        stromen.append(("opgave", "p", haalt))
    return kwadrant.kwadranten(kaart([_partner("p", invloed)], stromen)).loc["p"]


@pytest.mark.parametrize(
    ("invloed", "brengt", "haalt", "code", "balans"),
    [
        (5, 4, 1, "invloedrijke_gever", -0.6),  # (1 - 4) / 5
        (4, 1, 3, "invloedrijke_haler", 0.5),  # (3 - 1) / 4
        (1, 3, 2, "stille_gever", -0.2),  # (2 - 3) / 5
        (0, 0, 2, "stille_haler", 1.0),  # only takes
    ],
)
def test_each_kwadrant(invloed, brengt, haalt, code, balans):
    r = _een(invloed, brengt, haalt)
    assert r["kwadrant"] == code
    assert r["balans"] == pytest.approx(balans)
    assert r["invloed"] == invloed


def test_invloed_three_is_influential_two_is_not():
    assert _een(3, 5, 1)["kwadrant"] == "invloedrijke_gever"
    assert _een(2, 5, 1)["kwadrant"] == "stille_gever"
    assert _een(3, 1, 5)["kwadrant"] == "invloedrijke_haler"
    assert _een(2, 1, 5)["kwadrant"] == "stille_haler"
    assert kwadrant.HOOG == 3


def test_balans_exactly_zero_counts_as_haler():
    # brings 3, takes 3: (3 - 3) / 6 = 0, no net contribution
    hoog, laag = _een(4, 3, 3), _een(1, 3, 3)
    assert hoog["balans"] == 0 and hoog["kwadrant"] == "invloedrijke_haler"
    assert laag["balans"] == 0 and laag["kwadrant"] == "stille_haler"
    # just below 0 is a gever, even though it is in balance by klasse
    k = kaart([_partner("p", 4)], [("p", "opgave", 5), ("p", "opgave", 1), ("opgave", "p", 5)])
    bijna = kwadrant.kwadranten(k).loc["p"]  # (5 - 6) / 11
    assert bijna["balans"] == pytest.approx(-1 / 11)
    assert bijna["kwadrant"] == "invloedrijke_gever" and bijna["klasse"] == "in_balans"


def test_unknown_invloed_or_no_stromen_has_no_kwadrant():
    k = kaart(
        [_partner("a", None), _partner("b", 5), _partner("c", 2)],
        [("a", "opgave", 4), ("c", "opgave", 1)],
    )
    t = kwadrant.kwadranten(k)
    assert t.loc["a", "kwadrant"] is None and t.loc["a", "titel"] is None
    assert t.loc["a", "invloed"] is pd.NA and t.loc["a", "balans"] == -1
    assert t.loc["b", "kwadrant"] is None and math.isnan(t.loc["b", "balans"])
    assert t.loc["b", "klasse"] == "geen_stromen"
    assert t.loc["c", "kwadrant"] == "stille_gever"


def test_frame_shape_order_and_dtypes():
    # a -> b: a brings 3, b takes 3; b -> opgave 1: b brings 1.  balans a = -1, b = (3-1)/4
    k = kaart(
        [_partner("b", 3), _partner("a", 4), _partner("z", None)],
        [("a", "b", 3), ("b", "opgave", 1)],
    )
    t = kwadrant.kwadranten(k, taal="en")
    assert list(t.index) == ["b", "a", "z"]
    assert list(t.columns) == ["naam", "invloed", "balans", "klasse", "kwadrant", "titel"]
    assert t["invloed"].dtype == "Int64" and t["balans"].dtype == "float64"
    assert t["kwadrant"].tolist() == ["invloedrijke_haler", "invloedrijke_gever", None]
    assert t["titel"].tolist() == ["Influential taker", "Influential giver", None]
    assert t.loc["b", "balans"] == pytest.approx(0.5)
    assert t["klasse"].tolist() == ["haalt_veel_meer", "geeft_veel_meer", "geen_stromen"]


def test_drempel_moves_klasse_not_kwadrant():
    k = kaart([_partner("a", 4)], [("a", "opgave", 5), ("opgave", "a", 3)])  # -0.25
    streng, ruim = kwadrant.kwadranten(k, drempel=0.2), kwadrant.kwadranten(k)
    assert streng.loc["a", "klasse"] == "geeft_veel_meer"
    assert ruim.loc["a", "klasse"] == "in_balans"
    assert streng.loc["a", "kwadrant"] == ruim.loc["a", "kwadrant"] == "invloedrijke_gever"
    with pytest.raises(ValueError):
        kwadrant.kwadranten(k, drempel=0)


def test_empty_kaart():
    t = kwadrant.kwadranten(Kaart(titel="Leeg"))
    assert t.empty and "kwadrant" in t.columns


@pytest.mark.parametrize("taal", TALEN)
@pytest.mark.parametrize("code", kwadrant.KWADRANTEN)
def test_debrief_exists_in_both_languages(code, taal):
    titel, uitleg = kwadrant.debrief(code, taal)
    assert titel.strip() and uitleg.strip()
    # Written for this language, not the Dutch fallback.
    assert TEKSTEN[taal][f"kwadrant.{code}.titel"] == titel
    assert TEKSTEN[taal][f"kwadrant.{code}.uitleg"] == uitleg
    assert 2 <= uitleg.count(". ") + 1 <= 4 and "?" in uitleg  # a few sentences, one question


def test_debrief_differs_per_kwadrant_and_language():
    for taal in TALEN:
        assert len({kwadrant.debrief(c, taal) for c in kwadrant.KWADRANTEN}) == 4
    assert kwadrant.debrief("stille_haler", "nl") != kwadrant.debrief("stille_haler", "en")


def test_debrief_rejects_unknown_code_or_language():
    with pytest.raises(ValueError):
        kwadrant.debrief("luide_gever")
    with pytest.raises(ValueError):
        kwadrant.debrief("stille_gever", "fr")
    with pytest.raises(ValueError):
        kwadrant.kwadranten(Kaart(titel="T"), taal="fr")
