"""Every signal the kaart can raise, with its partners and a Dutch suggestion."""

from __future__ import annotations

from systeem.analyses.signalen import CODES, signalen
from tests.conftest import kaart


def codes(k, **kw):
    return [(s.code, s.partners) for s in signalen(k, **kw)]


def test_imbalance_signals_name_the_partner_and_suggest_moves():
    k = kaart(
        ["gever", "nemer", "midden"],
        [
            ("gever", "opgave", 4),
            ("opgave", "nemer", 4),
            ("midden", "opgave", 1),
            ("opgave", "midden", 1),
        ],
    )
    uit = signalen(k)
    geeft = next(s for s in uit if s.code == "geeft_veel_meer")
    haalt = next(s for s in uit if s.code == "haalt_veel_meer")
    assert geeft.partners == ("gever",) and haalt.partners == ("nemer",)
    assert geeft.tekst.startswith("GEVER geeft veel meer dan er terugkomt (brengt 4, haalt 0)")
    assert "compenseer" in geeft.tekst
    assert "grotere bijdrage" in haalt.tekst


def test_partner_without_streams():
    assert ("geen_stromen", ("b",)) in codes(
        kaart(["a", "b"], [("a", "opgave", 1), ("opgave", "a", 1)])
    )


def test_one_sided_strong_dependency():
    k = kaart(
        ["a", "b"],
        [("a", "opgave", 1), ("opgave", "a", 1), ("b", "opgave", 1), ("opgave", "b", 1)],
        afhankelijkheden=[
            {"partner": "a", "afhankelijk_van": "b", "sterkte": 5, "waarvoor": "huisvesting"}
        ],
    )
    (s,) = signalen(k)
    assert (s.code, s.partners) == ("eenzijdige_afhankelijkheid", ("a", "b"))
    assert "A is sterk afhankelijk van B (sterkte 5) voor huisvesting" in s.tekst
    assert "derde partij" in s.tekst


def test_partner_whose_departure_splits_the_network():
    k = kaart(
        ["hub", "blad1", "blad2"],
        [
            ("hub", "opgave", 2),
            ("opgave", "hub", 2),
            ("blad1", "hub", 1),
            ("hub", "blad1", 1),
            ("blad2", "hub", 1),
            ("hub", "blad2", 1),
        ],
    )
    (s,) = [s for s in signalen(k) if s.code == "splitst_netwerk"]
    assert s.partners == ("hub", "blad1", "blad2")
    assert (
        "Als HUB vertrekt, valt het netwerk uiteen. Dan staan los van de rest: BLAD1 en BLAD2."
        in s.tekst
    )


def test_whole_system_out_of_balance_from_half_of_the_partners():
    # a gives, b takes, c in balance: 2 of 3 out of balance
    k = kaart(
        ["a", "b", "c"],
        [("a", "opgave", 3), ("opgave", "b", 3), ("c", "opgave", 1), ("opgave", "c", 1)],
    )
    assert ("systeem_uit_balans", ("a", "b")) in codes(k)
    assert "2 van de 3 partners met stromen zijn uit balans" in signalen(k)[-1].tekst
    # a gives, four in balance: 1 of 5 is not a system signal
    rustig = kaart(
        ["a", "b", "c", "d", "e"],
        [("a", "opgave", 3)]
        + [(p, "opgave", 1) for p in "bcde"]
        + [("opgave", p, 1) for p in "bcde"],
    )
    assert "systeem_uit_balans" not in [c for c, _ in codes(rustig)]


def test_a_balanced_kaart_raises_no_signals():
    k = kaart(
        ["a", "b"],
        [
            ("a", "b", 2),
            ("b", "a", 2),
            ("a", "opgave", 1),
            ("opgave", "b", 1),
            ("b", "opgave", 1),
            ("opgave", "a", 1),
        ],
    )
    assert signalen(k) == []


def test_signals_come_in_code_order_and_in_english_on_request():
    k = kaart(["a", "b", "c"], [("a", "opgave", 3), ("opgave", "b", 3)])
    volgorde = [s.code for s in signalen(k)]
    assert volgorde == sorted(volgorde, key=CODES.index)
    assert signalen(k, taal="en")[0].tekst.startswith("A gives far more than it takes")


def test_threshold_changes_which_signals_appear():
    k = kaart(["a"], [("a", "opgave", 5), ("opgave", "a", 3)])  # balans -0.25
    assert codes(k) == []
    assert codes(k, drempel=0.25) == [("geeft_veel_meer", ("a",))]
