"""Tests for systeem.weergave.layout: stable, seeded positions that survive a growing kaart."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from systeem.model.kaart import OPGAVE, SOORTEN, Kaart, tabel
from systeem.model.validatie import valideer
from systeem.weergave import layout

DATA = Path(__file__).resolve().parent.parent / "systeem" / "voorbeeldkaarten"
VOORBEELDEN = sorted(DATA.glob("*.json"))

#: No two nodes may stand closer than this (px): a node (radius up to 42) plus room.
MINIMUM = 120.0


def _klein() -> Kaart:
    """A classroom-sized kaart built here, so the tests run without data/."""
    return valideer(
        {
            "formaat": "systeemkaart",
            "versie": 1,
            "titel": "Proef",
            "opgave": "Samen de wijk",
            "partners": [{"id": p, "naam": p.upper()} for p in "abcdefgh"],
            "stromen": [
                {"van": "a", "naar": "opgave", "soort": "geld", "waarde": 4},
                {"van": "opgave", "naar": "a", "soort": "positie", "waarde": 1},
                {"van": "b", "naar": "c", "soort": "kennis", "waarde": 2},
                {"van": "c", "naar": "b", "soort": "geld", "waarde": 3},
                {"van": "d", "naar": "e", "soort": "personeel", "waarde": 5},
                {"van": "f", "naar": "a", "soort": "tijd", "waarde": 2},
                {"van": "g", "naar": "opgave", "soort": "kennis", "waarde": 2},
            ],
            "afhankelijkheden": [{"partner": "b", "afhankelijk_van": "d", "sterkte": 4}],
        }
    )


def _kaarten() -> list[Kaart]:
    return [_klein(), *(valideer(json.loads(p.read_text("utf-8"))) for p in VOORBEELDEN)]


def _groot(n: int, m: int, seed: int = 1) -> Kaart:
    """A generated kaart with ``n`` partners and ``m`` stromen (built without validation)."""
    rng = np.random.default_rng(seed)
    ids = np.array([f"p{i}" for i in range(n)], dtype=object)
    partners = tabel(
        "partners",
        [
            {
                "id": i,
                "naam": f"Partner {i}",
                "type": "organisatie",
                "sector": "",
                "invloed": int(v),
                "toelichting": "",
            }
            for i, v in zip(ids, rng.integers(0, 6, n), strict=True)
        ],
    )
    knopen = np.concatenate([[OPGAVE], ids])
    van = rng.integers(0, n + 1, m)
    naar = (van + rng.integers(1, n + 1, m)) % (n + 1)
    stromen = pd.DataFrame(
        {
            "van": knopen[van],
            "naar": knopen[naar],
            "soort": np.array(SOORTEN, dtype=object)[rng.integers(0, len(SOORTEN), m)],
            "waarde": rng.integers(1, 6, m),
            "omschrijving": "",
            "tastbaar": False,
        }
    ).astype({"van": "str", "naar": "str", "soort": "str", "omschrijving": "str"})
    a = rng.integers(0, n, n // 4)
    b = (a + rng.integers(1, n, len(a))) % n
    afh = pd.DataFrame(
        {"partner": ids[a], "afhankelijk_van": ids[b], "waarvoor": "", "sterkte": 3}
    ).astype({"partner": "str", "afhankelijk_van": "str", "waarvoor": "str"})
    return Kaart(titel="Groot", partners=partners, stromen=stromen, afhankelijkheden=afh)


def _met_partner(kaart: Kaart, pid: str, buren: list[str]) -> Kaart:
    """The kaart with one more partner, linked by a stroom to each of ``buren``."""
    partners = pd.concat(
        [
            kaart.partners,
            tabel(
                "partners",
                [
                    {
                        "id": pid,
                        "naam": pid,
                        "type": "organisatie",
                        "sector": "",
                        "invloed": 1,
                        "toelichting": "",
                    }
                ],
            ),
        ],
        ignore_index=True,
    )
    nieuw = tabel(
        "stromen",
        [
            {
                "van": pid,
                "naar": b,
                "soort": "kennis",
                "waarde": 2,
                "omschrijving": "",
                "tastbaar": False,
            }
            for b in buren
        ],
    )
    stromen = pd.concat([kaart.stromen, nieuw], ignore_index=True)
    return kaart.met(partners=partners, stromen=stromen)


def _kleinste_afstand(posities: dict[str, tuple[float, float]]) -> float:
    xy = np.array(list(posities.values()))
    d = np.sqrt(((xy[:, None, :] - xy[None, :, :]) ** 2).sum(-1))
    np.fill_diagonal(d, np.inf)
    return float(d.min())


@pytest.mark.parametrize("kaart", _kaarten(), ids=lambda k: k.titel)
def test_opgave_in_het_midden_en_iedere_knoop_geplaatst(kaart: Kaart) -> None:
    p = layout.posities(kaart)
    assert p[OPGAVE] == (0.0, 0.0)
    assert list(p) == [OPGAVE, *kaart.partners["id"]]
    assert all(isinstance(v, float) for xy in p.values() for v in xy)


@pytest.mark.parametrize("kaart", _kaarten(), ids=lambda k: k.titel)
def test_geen_twee_knopen_te_dicht_bij_elkaar(kaart: Kaart) -> None:
    assert _kleinste_afstand(layout.posities(kaart)) >= MINIMUM


def test_ring_van_een_klaskaart_is_leesbaar_groot() -> None:
    p = layout.posities(_klein())
    straal = np.hypot(*np.array([p[k] for k in "abcdefgh"]).T)
    assert straal.min() >= 250 and straal.max() <= 600


def test_gegenereerde_kaart_van_300_partners() -> None:
    kaart = _groot(300, 1200)
    p = layout.posities(kaart)
    assert len(p) == 301
    assert _kleinste_afstand(p) >= MINIMUM


def test_zelfde_invoer_geeft_zelfde_posities() -> None:
    assert layout.posities(_klein()) == layout.posities(_klein())
    assert layout.posities(_groot(300, 1200)) == layout.posities(_groot(300, 1200))


def test_gekoppelde_partners_staan_naast_elkaar() -> None:
    p = layout.posities(_klein())
    afstand = {k: np.hypot(p["b"][0] - p[k][0], p["b"][1] - p[k][1]) for k in "acdefgh"}
    # b is linked to c (two stromen) and d (afhankelijkheid): its nearest neighbours.
    assert sorted(afstand, key=afstand.__getitem__)[:2] == sorted(["c", "d"], key=afstand.get)


@pytest.mark.parametrize("kaart", _kaarten(), ids=lambda k: k.titel)
def test_nieuwe_partner_verplaatst_niets(kaart: Kaart) -> None:
    oud = layout.met_posities(kaart)
    buur = kaart.partners["id"].iloc[0]
    groter = _met_partner(oud, "nieuw", [buur])
    p = layout.posities(groter)
    assert {k: p[k] for k in oud.posities} == dict(oud.posities)
    assert _kleinste_afstand(p) >= MINIMUM
    # Near the partner it is linked to: closer to it than the ring is wide.
    assert np.hypot(p["nieuw"][0] - p[buur][0], p["nieuw"][1] - p[buur][1]) < 700


def test_nieuwe_partner_zonder_koppeling_komt_op_de_buitenring() -> None:
    oud = layout.met_posities(_klein())
    p = layout.posities(_met_partner(oud, "los", []))
    assert {k: p[k] for k in oud.posities} == dict(oud.posities)
    straal = {k: np.hypot(p[k][0] / layout.BREEDTE, p[k][1]) for k in p}
    assert straal["los"] >= max(v for k, v in straal.items() if k != "los") - 1
    assert _kleinste_afstand(p) >= MINIMUM


def test_nieuwe_stroom_verplaatst_niets() -> None:
    oud = layout.met_posities(_klein())
    extra = tabel(
        "stromen",
        [
            {
                "van": "h",
                "naar": "b",
                "soort": "geld",
                "waarde": 5,
                "omschrijving": "",
                "tastbaar": True,
            }
        ],
    )
    groter = oud.met(stromen=pd.concat([oud.stromen, extra], ignore_index=True))
    assert layout.posities(groter) == dict(oud.posities)


def test_veel_nieuwe_partners_een_voor_een_en_in_een_keer() -> None:
    kaart = layout.met_posities(_groot(300, 1200))
    stap = kaart
    for i in range(10):
        stap = layout.met_posities(_met_partner(stap, f"n{i}", [f"p{i * 7}", f"p{i * 13}"]))
    assert {k: stap.posities[k] for k in kaart.posities} == dict(kaart.posities)
    assert _kleinste_afstand(stap.posities) >= MINIMUM

    bulk = kaart
    for i in range(layout.BIJ_MAX + 5):
        bulk = _met_partner(bulk, f"m{i}", [f"p{i}"])
    p = layout.posities(bulk)
    assert {k: p[k] for k in kaart.posities} == dict(kaart.posities)
    assert _kleinste_afstand(p) >= MINIMUM


def test_gegeven_posities_blijven_exact_staan() -> None:
    kaart = _klein().met(posities={"a": (12.5, -7.25), "c": (900.0, 40.0), "opgave": (5.0, 6.0)})
    p = layout.posities(kaart)
    assert p["a"] == (12.5, -7.25) and p["c"] == (900.0, 40.0)
    assert p[OPGAVE] == (5.0, 6.0)
    assert len(p) == 9


def test_met_posities_vult_aan_en_laat_verdwenen_partners_weg() -> None:
    kaart = _klein().met(posities={"a": (1.0, 2.0), "weg": (3.0, 4.0)})
    uit = layout.met_posities(kaart)
    assert set(uit.posities) == {OPGAVE, *"abcdefgh"}
    assert uit.posities["a"] == (1.0, 2.0)
    assert layout.met_posities(uit).posities == uit.posities


def test_lege_kaart() -> None:
    assert layout.posities(Kaart(titel="Leeg")) == {OPGAVE: (0.0, 0.0)}


def test_the_layout_is_the_same_in_every_process():
    """Python randomises the order of string sets per process; places must not depend on it."""
    import subprocess
    import sys

    script = (
        "import json; from systeem.weergave import layout; from systeem.bestanden import voorbeelden; "
        "print(json.dumps({n: layout.posities(voorbeelden.laad(n).met(posities={})) "
        "for n in voorbeelden.namen()}))"
    )
    uit = {
        zaad: subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": zaad},
        ).stdout
        for zaad in ("1", "2", "3")
    }
    assert uit["1"] == uit["2"] == uit["3"]
