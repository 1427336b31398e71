"""Tests for systeem.weergave: vis-network data and the self-contained offline HTML page."""

from __future__ import annotations

import html as html_lib
import json
import math
import re
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

from systeem.analyses import netwerkmaten
from systeem.analyses.balans import balans
from systeem.model.kaart import OPGAVE, SOORTEN, Kaart, tabel
from systeem.model.validatie import valideer
from systeem.weergave import layout
from systeemkaart.teksten import tekst
from tests.weergave_hulp import weergave

DATA = Path(__file__).resolve().parent.parent / "systeem" / "voorbeeldkaarten"
VOORBEELDEN = sorted(DATA.glob("*.json"))
CHROMIUM = "/usr/bin/chromium"

VIJANDIG = [
    "</script><script>window.__x=1</script>",
    "<img src=x onerror=alert(1)>",
    "{{7*7}}",
    "\"'><svg onload=window.__x=2>",
    "<!--<script>",
    "a\u2028b\u2029c & d",
]


def _doc(**extra: Any) -> dict[str, Any]:
    doc = {
        "formaat": "systeemkaart",
        "versie": 1,
        "titel": "Proef",
        "opgave": "Samen de wijk",
        "partners": [
            {"id": "a", "naam": "Gemeente", "sector": "publiek", "invloed": 5},
            {"id": "b", "naam": "Corporatie", "invloed": 2},
            {"id": "c", "naam": "Bewoners", "type": "team"},
            {"id": "d", "naam": "Zonder stromen"},
        ],
        "stromen": [
            {"van": "a", "naar": "b", "soort": "geld", "waarde": 3, "omschrijving": "subsidie"},
            {"van": "b", "naar": "a", "soort": "kennis", "waarde": 2},
            {"van": "a", "naar": "b", "soort": "positie", "waarde": 1},
            {"van": "b", "naar": "opgave", "soort": "personeel", "waarde": 5},
            {"van": "c", "naar": "opgave", "soort": "draagvlak", "waarde": 2},
            {"van": "opgave", "naar": "c", "soort": "informatie", "waarde": 4},
        ],
        "afhankelijkheden": [
            {"partner": "b", "afhankelijk_van": "a", "waarvoor": "grond", "sterkte": 4}
        ],
        "belangen": [
            {
                "partner": "b",
                "omschrijving": "betaalbare huur",
                "soort": "organisatie",
                "houding": "steunt",
            },
            {
                "partner": "b",
                "omschrijving": "eigen regie",
                "soort": "persoonlijk",
                "houding": "schuurt",
            },
        ],
    }
    doc.update(extra)
    return doc


def _kaart(**extra: Any) -> Kaart:
    return valideer(_doc(**extra))


def _vijandig(woord: str) -> Kaart:
    doc = _doc(titel=woord, opgave=woord)
    doc["partners"][0]["naam"] = woord
    doc["partners"][1]["sector"] = woord
    doc["stromen"][0]["omschrijving"] = woord
    doc["stromen"][1]["soort"] = woord
    doc["afhankelijkheden"][0]["waarvoor"] = woord
    doc["belangen"][0]["omschrijving"] = woord
    return valideer(doc)


def _voorbeelden() -> list[Kaart]:
    return [_kaart(), *(valideer(json.loads(p.read_text("utf-8"))) for p in VOORBEELDEN)]


def _zonder_vis(doc: str) -> str:
    js, css = weergave.vis_bestanden()
    assert doc.count(js) == 1 and doc.count(css) == 1
    return doc.replace(js, "").replace(css, "")


def _groot(n: int, m: int, seed: int = 2) -> Kaart:
    rng = np.random.default_rng(seed)
    ids = np.array([f"p{i}" for i in range(n)], dtype=object)
    partners = tabel(
        "partners",
        [
            {
                "id": i,
                "naam": f"Partner {i}",
                "type": "organisatie",
                "sector": "zorg",
                "invloed": 3,
                "toelichting": "",
            }
            for i in ids
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
            "omschrijving": "iets",
            "tastbaar": False,
        }
    ).astype({"van": "str", "naar": "str", "soort": "str", "omschrijving": "str"})
    return Kaart(titel="Groot", opgave="Veel", partners=partners, stromen=stromen)


# ---------------------------------------------------------------------------
# vis_data


def _alleen_json(waarde: Any) -> None:
    if isinstance(waarde, dict):
        for k, v in waarde.items():
            assert type(k) is str
            _alleen_json(v)
    elif isinstance(waarde, list):
        for v in waarde:
            _alleen_json(v)
    else:
        assert type(waarde) in (str, int, float, bool, type(None)), (waarde, type(waarde))
        if type(waarde) is float:
            assert math.isfinite(waarde)


@pytest.mark.parametrize("kaart", _voorbeelden(), ids=lambda k: k.titel)
def test_aantallen_en_gewone_json(kaart: Kaart) -> None:
    data = weergave.vis_data(kaart)
    _alleen_json(data)
    assert len(data["nodes"]) == len(kaart.partners) + 1
    assert len(data["edges"]) == len(kaart.stromen) + len(kaart.afhankelijkheden)
    assert [n["id"] for n in data["nodes"]] == [OPGAVE, *kaart.partners["id"]]
    ids = [e["id"] for e in data["edges"]]
    assert len(set(ids)) == len(ids)
    assert ids[: len(kaart.stromen)] == [f"s{i}" for i in range(len(kaart.stromen))]
    zonder = weergave.vis_data(kaart, afhankelijkheden=False)
    assert len(zonder["edges"]) == len(kaart.stromen)


def test_knopen_op_hun_plek_en_physics_uit() -> None:
    kaart = _kaart()
    data = weergave.vis_data(kaart)
    plek = layout.posities(kaart)
    for knoop in data["nodes"]:
        assert (knoop["x"], knoop["y"]) == plek[knoop["id"]]
    assert data["nodes"][0]["shape"] == "box"
    assert data["options"]["physics"]["enabled"] is False
    assert data["options"]["interaction"]["hover"] is True
    assert data["options"]["layout"]["randomSeed"] == 7


def test_kleur_volgt_klasse() -> None:
    kaart = _kaart()
    data = weergave.vis_data(kaart)
    klasse = balans(kaart)["klasse"]
    partners = {n["id"]: n for n in data["nodes"][1:]}
    for pid, k in klasse.items():
        assert partners[pid]["klasse"] == k
        assert partners[pid]["color"] == weergave.KLASSE_KLEUREN[k]
    assert partners["d"]["color"] == "#999999"
    # A stricter threshold moves partners into balance.
    ruim = weergave.vis_data(kaart, drempel=1.0)
    assert {n["klasse"] for n in ruim["nodes"][1:]} <= {
        "in_balans",
        "geen_stromen",
        "geeft_veel_meer",
        "haalt_veel_meer",
    }


def test_grootte_betrokkenheid_of_invloed() -> None:
    kaart = _kaart()
    betr = {n["id"]: n["size"] for n in weergave.vis_data(kaart)["nodes"][1:]}
    assert betr["d"] == weergave.KLEINSTE
    assert betr["b"] == weergave.GROOTSTE  # b has the most stromen (3+2+1+5)
    invloed = {n["id"]: n["size"] for n in weergave.vis_data(kaart, grootte="invloed")["nodes"][1:]}
    assert invloed["a"] == weergave.GROOTSTE and invloed["a"] > invloed["b"] > invloed["c"]
    with pytest.raises(ValueError):
        weergave.vis_data(kaart, grootte="omvang")


@pytest.mark.parametrize("maat", netwerkmaten.MATEN)
def test_grootte_naar_een_netwerkmaat(maat: str) -> None:
    """Area-true: size grows with the square root of the measure, the largest partner's
    is GROOTSTE, a partner at 0 is KLEINSTE; the legend names the measure."""
    kaart = _kaart()
    waarden = netwerkmaten.maten(kaart)[maat].iloc[1:].astype("float64").fillna(0.0)
    groottes = pd.Series(
        {n["id"]: n["size"] for n in weergave.vis_data(kaart, grootte=maat)["nodes"][1:]}
    )
    grootste = waarden.max()
    verwacht = weergave.KLEINSTE + (weergave.GROOTSTE - weergave.KLEINSTE) * np.sqrt(
        waarden / (grootste if grootste > 0 else 1.0)
    )
    assert groottes.to_numpy() == pytest.approx(verwacht.to_numpy(), abs=0.051)
    kop = tekst("legenda.grootte.maat", maat=tekst(f"maat.{maat}"))
    assert {"kop": kop} in weergave.legenda_inhoud(kaart, grootte=maat)["regels"]
    # An empty kaart and one without stromen draw every size; equal measures, equal sizes.
    for leeg in (Kaart(titel="Leeg"), valideer(_doc(stromen=[], afhankelijkheden=[]))):
        knopen = weergave.vis_data(leeg, grootte=maat)["nodes"][1:]
        assert len({n["size"] for n in knopen}) <= 1


def test_randen_kleur_breedte_titel() -> None:
    data = weergave.vis_data(_kaart())
    s0 = data["edges"][0]
    assert s0["from"] == "a" and s0["to"] == "b" and s0["laag"] == "stroom"
    assert s0["color"] == weergave.SOORT_KLEUREN["geld"]
    assert s0["width"] == 1 + 1.5 * 3
    assert s0["title"] == "Gemeente → Corporatie: geld, waarde 3, subsidie"
    vreemd = next(e for e in data["edges"] if e.get("soort") == "draagvlak")
    assert re.fullmatch(r"#[0-9A-F]{6}", vreemd["color"])
    assert vreemd["color"] == weergave.soort_kleur("draagvlak")
    assert vreemd["color"] not in weergave.SOORT_KLEUREN.values()
    afh = next(e for e in data["edges"] if e["laag"] == "afhankelijkheid")
    assert afh["id"] == "a0" and afh["from"] == "b" and afh["to"] == "a"
    assert afh["dashes"] and afh["color"] == weergave.AFHANKELIJKHEID_KLEUR
    assert afh["title"] == "Corporatie is afhankelijk van Gemeente voor grond (sterkte 4)"


def _via(van: tuple[float, float], naar: tuple[float, float], rondheid: float) -> np.ndarray:
    """The control point vis-network 9.1.2 uses for a ``curvedCW`` edge."""
    dx, dy = naar[0] - van[0], van[1] - naar[1]
    straal = math.hypot(dx, dy)
    hoek = (math.atan2(dy, dx) + (rondheid * 0.5 + 0.5) * math.pi) % (2 * math.pi)
    return np.array(
        [
            van[0] + rondheid * 0.5 * straal * math.sin(hoek),
            van[1] + rondheid * 0.5 * straal * math.cos(hoek),
        ]
    )


def test_tweerichtingsverkeer_en_parallelle_stromen_krijgen_eigen_bochten() -> None:
    kaart = _kaart()
    data = weergave.vis_data(kaart)
    plek = layout.posities(kaart)
    tussen = [e for e in data["edges"] if {e["from"], e["to"]} == {"a", "b"}]
    assert len(tussen) == 4  # a->b twice, b->a once, b depends on a
    for e in tussen:
        assert e["smooth"]["enabled"] and e["smooth"]["type"] == "curvedCW"
    punten = [_via(plek[e["from"]], plek[e["to"]], e["smooth"]["roundness"]) for e in tussen]
    for i in range(len(punten)):
        for j in range(i + 1, len(punten)):
            assert np.hypot(*(punten[i] - punten[j])) > 20
    # An edge alone between its two nodes stays straight.
    alleen = next(e for e in data["edges"] if e["from"] == "b" and e["to"] == OPGAVE)
    assert alleen["smooth"] is False


def test_nieuwe_partner_houdt_andere_plekken() -> None:
    oud = layout.met_posities(_kaart())
    partners = pd.concat(
        [
            oud.partners,
            tabel(
                "partners",
                [
                    {
                        "id": "e",
                        "naam": "Nieuw",
                        "type": "team",
                        "sector": "",
                        "invloed": 1,
                        "toelichting": "",
                    }
                ],
            ),
        ],
        ignore_index=True,
    )
    stroom = tabel(
        "stromen",
        [
            {
                "van": "e",
                "naar": "c",
                "soort": "tijd",
                "waarde": 1,
                "omschrijving": "",
                "tastbaar": True,
            }
        ],
    )
    nieuw = oud.met(partners=partners, stromen=pd.concat([oud.stromen, stroom], ignore_index=True))
    voor = {n["id"]: (n["x"], n["y"]) for n in weergave.vis_data(oud)["nodes"]}
    na = {n["id"]: (n["x"], n["y"]) for n in weergave.vis_data(nieuw)["nodes"]}
    assert {k: na[k] for k in voor} == voor
    assert "e" in na


def test_geen_layout_als_alles_een_plek_heeft(monkeypatch: pytest.MonkeyPatch) -> None:
    kaart = layout.met_posities(_kaart())

    def verboden(_: Kaart) -> None:
        raise AssertionError("layout aangeroepen")

    monkeypatch.setattr(layout, "posities", verboden)
    assert len(weergave.vis_data(kaart)["nodes"]) == 5


def test_belangenlaag() -> None:
    kaart = _kaart()
    data = weergave.vis_data(kaart, belangen=True)
    belangen = [n for n in data["nodes"] if n["rol"] == "belang"]
    assert len(belangen) == 2 and {n["partner"] for n in belangen} == {"b"}
    assert {n["shape"] for n in belangen} == {"triangle", "diamond"}
    assert len(data["edges"]) == len(kaart.stromen) + len(kaart.afhankelijkheden) + 2
    b = next(n for n in data["nodes"] if n["id"] == "b")
    assert "betaalbare huur (steunt de opgave)" in b["title"]
    ids = [n["id"] for n in data["nodes"]]
    assert len(set(ids)) == len(ids)


def test_belang_ids_botsen_niet_met_partner_ids() -> None:
    doc = _doc()
    doc["partners"].append({"id": "belang:0", "naam": "Lastig"})
    data = weergave.vis_data(valideer(doc), belangen=True)
    ids = [n["id"] for n in data["nodes"]]
    assert len(set(ids)) == len(ids)


def test_engels() -> None:
    data = weergave.vis_data(_kaart(), taal="en")
    # The soort in the interface language (issue 16); the description is the user's text.
    assert data["edges"][0]["title"] == "Gemeente → Corporatie: money, weight 3, subsidie"
    assert "Legend" in weergave.html(_kaart(), taal="en")
    with pytest.raises(ValueError):
        weergave.vis_data(_kaart(), taal="fr")


# ---------------------------------------------------------------------------
# html


def test_document_compleet_en_offline() -> None:
    doc = weergave.html(_kaart())
    assert doc.startswith("<!doctype html>")
    assert doc.rstrip().endswith("</html>")
    assert "window.network = " in doc and "window.__graphReady = true" in doc
    for patroon in (
        r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""",
        r"""url\(\s*["']?\s*(?:https?:)?//""",
        r"@import",
        r"""fetch\(\s*["'`]https?:""",
        r"""\.open\(\s*["'][A-Z]+["']\s*,\s*["'`]https?:""",
    ):
        assert not re.search(patroon, doc, re.I), patroon
    rest = _zonder_vis(doc)
    assert "http" not in rest.lower()
    assert "XMLHttpRequest" not in rest and "fetch(" not in rest
    assert "innerHTML" not in rest
    assert "De gewichten zijn de inschatting van wie de kaart maakte, geen objectieve maat." in rest


def test_legenda() -> None:
    kaart = _kaart()
    doc = _zonder_vis(weergave.html(kaart, belangen=True))
    for k in ("geeft_veel_meer", "haalt_veel_meer", "in_balans", "geen_stromen"):
        assert tekst(f"klasse.{k}") in doc
        assert f"background:{weergave.KLASSE_KLEUREN[k]}" in doc
    for soort in kaart.stromen["soort"].unique():
        assert f'border-color:{weergave.soort_kleur(soort)}"></span>{soort}<' in doc
    assert "macht" not in doc  # only soorten that occur
    assert tekst("legenda.afhankelijkheid") in doc
    assert tekst("weergave.houding.schuurt") in doc
    assert tekst("legenda.grootte.invloed") in weergave.html(kaart, grootte="invloed")
    assert 'class="legenda"' not in weergave.html(kaart, legenda=False)


def test_zelfde_kaart_geeft_dezelfde_bytes() -> None:
    a = weergave.html(_kaart(), belangen=True)
    b = weergave.html(_kaart(), belangen=True)
    assert a == b
    omgekeerd = _doc()
    omgekeerd = {k: omgekeerd[k] for k in reversed(list(omgekeerd))}
    assert weergave.html(valideer(omgekeerd), belangen=True) == a


def test_hoogte() -> None:
    assert 'style="height:640px"' in weergave.html(_kaart(), hoogte=640)
    assert 'style="height:70vh"' in weergave.html(_kaart(), hoogte="70vh")
    for fout in ("100px;background:url(x)", "1e9px", -3, True, "calc(1px)"):
        with pytest.raises(ValueError):
            weergave.html(_kaart(), hoogte=fout)


@pytest.mark.parametrize("woord", VIJANDIG)
def test_vijandige_tekst_alleen_ontsnapt(woord: str) -> None:
    kaart = _vijandig(woord)
    doc = weergave.html(kaart, belangen=True)
    rest = _zonder_vis(doc)
    # Nowhere as raw markup: with any of < > " ' & in it, the raw text never appears.
    if any(teken in woord for teken in "<>\"'&"):
        assert woord not in rest
    for gevaar in ("<script>window", "<img", "<svg", "<!--"):
        assert gevaar not in rest
    assert rest.count("<script>") == 2  # the vis bundle and ours, nothing else
    assert rest.count("</script>") == 2
    # In the JSON only as \u escapes, and it round-trips to the exact text.
    literal = re.search(r"var data = (\{.*?\});\n", doc, re.S).group(1)
    for teken in "<>&'\u2028\u2029":
        assert teken not in literal
    data = weergave.uitklappen(json.loads(literal))  # as the page's script expands it
    assert data["nodes"][1]["label"] == woord
    assert woord in data["edges"][0]["title"]
    # In the page text html-escaped (a template marker such as {{7*7}} stays literal).
    assert f"<h1>{html_lib.escape(woord)}</h1>" in doc
    assert f"<title>{html_lib.escape(woord)}</title>" in doc


def test_json_literal() -> None:
    tekst_ = weergave.json_literal({"x": "</script>&'\u2028", "a": [1, 2.5, None, True]})
    assert tekst_ == '{"a":[1,2.5,null,true],"x":"\\u003c/script\\u003e\\u0026\\u0027\\u2028"}'
    assert json.loads(tekst_) == {"x": "</script>&'\u2028", "a": [1, 2.5, None, True]}
    with pytest.raises(ValueError):
        weergave.json_literal({"x": float("nan")})


def testvis_bestanden_een_keer_gelezen() -> None:
    weergave.vis_bestanden()
    voor = weergave.vis_bestanden.cache_info()
    weergave.html(_kaart())
    na = weergave.vis_bestanden.cache_info()
    assert na.misses == voor.misses and na.currsize == 1
    js, css = weergave.vis_bestanden()
    assert "@version 9.1.2" in js[:400]


def test_groot_blijft_bruikbaar() -> None:
    kaart = layout.met_posities(_groot(500, 2000))
    data = weergave.vis_data(kaart)
    assert len(data["nodes"]) == 501 and len(data["edges"]) == 2000
    assert data["options"]["interaction"]["hideEdgesOnDrag"] is True
    json.loads(weergave.json_literal(data))


def test_presentation_steps_reveal_partners_then_stromen_then_balance() -> None:
    from systeem.bestanden.voorbeelden import laad

    k = laad("gebiedsontwikkeling")
    een, twee, drie = (weergave.vis_data(k, stap=s) for s in (1, 2, 3))
    assert len(een["nodes"]) == len(drie["nodes"]) == len(k.partners) + 1
    assert een["edges"] == [] and len(twee["edges"]) == len(drie["edges"]) > 0
    for verborgen in (een, twee):
        partners = [n for n in verborgen["nodes"] if n["rol"] == "partner"]
        assert {n["color"] for n in partners} == {weergave.NEUTRAAL}
        cijfers = re.compile(r"Brengt \d+ · haalt|Balans [+-]")
        assert not any(cijfers.search(n["title"]) for n in partners)
    kleuren = {n["color"] for n in drie["nodes"] if n["rol"] == "partner"}
    assert weergave.KLASSE_KLEUREN["geeft_veel_meer"] in kleuren
    with pytest.raises(ValueError):
        weergave.vis_data(k, stap=4)


# ---------------------------------------------------------------------------
# Stromen changed by a scenario (gewijzigd)


def test_gewijzigde_stroom_valt_op() -> None:
    kaart = _kaart()
    markering = [False, True, False, False, False, False]
    data = weergave.vis_data(kaart, gewijzigd=markering)
    _alleen_json(data)
    gewoon, gewijzigd = data["edges"][0], data["edges"][1]
    assert gewijzigd["id"] == "s1" and gewijzigd["gewijzigd"] is True
    assert gewoon["gewijzigd"] is False and gewoon["shadow"] is False
    assert gewijzigd["width"] == 1 + 1.5 * 2 + weergave.GEWIJZIGD_EXTRA
    assert gewoon["width"] == 1 + 1.5 * 3
    assert gewijzigd["shadow"] == {
        "enabled": True,
        "color": weergave.GEWIJZIGD_KLEUR,
        "size": 14,
        "x": 0,
        "y": 0,
    }
    assert (
        gewijzigd["title"] == "Corporatie → Gemeente: kennis, waarde 2 (gewijzigd in dit scenario)"
    )
    assert gewoon["title"] == "Gemeente → Corporatie: geld, waarde 3, subsidie"
    assert gewijzigd["color"] == weergave.SOORT_KLEUREN["kennis"]  # the soort colour stays
    assert weergave.GEWIJZIGD_KLEUR not in weergave.SOORT_KLEUREN.values()
    assert weergave.GEWIJZIGD_KLEUR not in weergave.KLASSE_KLEUREN.values()
    assert weergave.GEWIJZIGD_KLEUR not in {weergave.soort_kleur(s) for s in kaart.stromen["soort"]}
    # Everything else about the edges is as without marking.
    zonder = weergave.vis_data(kaart)
    for i, (met, kaal) in enumerate(zip(data["edges"], zonder["edges"], strict=True)):
        anders = {"gewijzigd", "shadow"} | ({"width", "title"} if i == 1 else set())
        assert {k: v for k, v in met.items() if k not in anders} == {
            k: v for k, v in kaal.items() if k not in anders
        }
    assert data["nodes"] == zonder["nodes"]
    en = weergave.vis_data(kaart, taal="en", gewijzigd=markering)
    assert en["edges"][1]["title"].endswith(", weight 2 (changed in this scenario)")


def test_gewijzigd_als_pandas_reeks_per_positie() -> None:
    kaart = _kaart()
    reeks = pd.Series([True, False, False, False, False, True], index=list("fedcba"))
    data = weergave.vis_data(kaart, gewijzigd=reeks)
    assert [e.get("gewijzigd") for e in data["edges"][:6]] == [True, *[False] * 4, True]
    # The afhankelijkheden are not stromen and are never marked.
    afh = next(e for e in data["edges"] if e["laag"] == "afhankelijkheid")
    assert "gewijzigd" not in afh and "shadow" not in afh
    nullable = pd.Series([False, True, False, False, False, False], dtype="boolean")
    assert weergave.vis_data(kaart, gewijzigd=nullable)["edges"][1]["gewijzigd"] is True


@pytest.mark.parametrize(
    "fout",
    [
        [True] * 5,
        [True] * 7,
        [],
        [[True] * 6],
        [0, 1, 0, 0, 0, 0],  # 0/1 or row numbers, not bools
        [True, None, False, False, False, False],
        pd.Series([True, None, False, False, False, False], dtype="boolean"),
        ["ja", "nee", "nee", "nee", "nee", "nee"],
    ],
)
def test_gewijzigd_verkeerd_geeft_valueerror(fout: Any) -> None:
    kaart = _kaart()
    with pytest.raises(ValueError):
        weergave.vis_data(kaart, gewijzigd=fout)
    with pytest.raises(ValueError):
        weergave.html(kaart, gewijzigd=fout)
    with pytest.raises(ValueError):
        weergave.legenda_inhoud(kaart, gewijzigd=fout)
    with pytest.raises(ValueError):  # also when the step draws no stromen
        weergave.vis_data(kaart, gewijzigd=fout, stap=1)


@pytest.mark.parametrize("kaart", _voorbeelden(), ids=lambda k: k.titel)
def test_niets_gemarkeerd_geeft_dezelfde_uitvoer(kaart: Kaart) -> None:
    niets = [False] * len(kaart.stromen)
    for stap in weergave.STAPPEN:
        kaal = weergave.vis_data(kaart, belangen=True, stap=stap)
        assert weergave.vis_data(kaart, belangen=True, stap=stap, gewijzigd=None) == kaal
        assert weergave.vis_data(kaart, belangen=True, stap=stap, gewijzigd=niets) == kaal
        legenda = weergave.legenda_inhoud(kaart, stap=stap)
        assert weergave.legenda_inhoud(kaart, stap=stap, gewijzigd=None) == legenda
        assert weergave.legenda_inhoud(kaart, stap=stap, gewijzigd=niets) == legenda
    doc = weergave.html(kaart, belangen=True)
    assert weergave.html(kaart, belangen=True, gewijzigd=None) == doc
    assert weergave.html(kaart, belangen=True, gewijzigd=pd.Series(niets, dtype=bool)) == doc


def test_legenda_met_gewijzigde_stromen() -> None:
    kaart = _kaart()
    markering = [False, False, False, True, False, False]
    regels = weergave.legenda_inhoud(kaart, gewijzigd=markering)["regels"]
    gloed = [r for r in regels if "gloed" in r]
    assert gloed == [
        {
            "lijn": weergave.GEWIJZIGD_KLEUR,
            "gloed": weergave.GEWIJZIGD_KLEUR,
            "tekst": tekst("legenda.gewijzigd"),
        }
    ]
    # Right after the soorten, before the dependency line.
    plek = regels.index(gloed[0])
    assert "lijn" in regels[plek - 1] and "stippel" in regels[plek + 1]
    # Step 1 shows no stromen, so nothing to explain.
    assert not any(
        "gloed" in r for r in weergave.legenda_inhoud(kaart, stap=1, gewijzigd=markering)["regels"]
    )
    en = weergave.legenda_inhoud(kaart, taal="en", gewijzigd=markering)["regels"]
    assert {"tekst": "Glow: stream changed in this scenario"}.items() <= next(
        r for r in en if "gloed" in r
    ).items()

    doc = weergave.html(kaart, gewijzigd=markering)
    rest = _zonder_vis(doc)
    assert tekst("legenda.gewijzigd") in rest
    assert f"box-shadow:0 0 6px 3px {weergave.GEWIJZIGD_KLEUR}" in rest
    assert rest.count("<ul") == rest.count("</ul>")  # the glow line closes the soorten list
    assert "(gewijzigd in dit scenario)" in doc
    assert "(gewijzigd in dit scenario)" not in weergave.html(kaart)
    assert "box-shadow:0 0 6px" not in _zonder_vis(weergave.html(kaart))
    assert weergave.html(kaart, gewijzigd=markering) == doc  # deterministic


def test_andere_legenda_tekenaar_tekent_gloed_als_lijn(monkeypatch: pytest.MonkeyPatch) -> None:
    """A renderer that knows only kop/stip/lijn/stippel/teken (the hand-out) still copes."""
    from systeem.weergave import handout

    kaart = _kaart()
    markering = [True, False, False, False, False, False]
    origineel = weergave.legenda_inhoud
    monkeypatch.setattr(
        weergave,
        "legenda_inhoud",
        lambda k, **kw: origineel(k, gewijzigd=markering, **kw),
    )
    tekst_ = handout.legenda(kaart)
    assert f'border-color:{weergave.GEWIJZIGD_KLEUR}"></span>{tekst("legenda.gewijzigd")}' in tekst_


# ---------------------------------------------------------------------------
# Column by column (vis_kolommen) and its expansion


def _uitklappen_zoals_js(data: dict[str, Any]) -> dict[str, Any]:
    """A line-by-line Python copy of the expansion in the page's script (``teken_script``),
    written independently of ``weergave.uitklappen``."""

    def kopie(w: Any) -> Any:
        return json.loads(json.dumps(w)) if isinstance(w, (dict, list)) else w

    def blokken(lijst: list[dict[str, Any]]) -> list[dict[str, Any]]:
        uit = []
        for blok in lijst:
            for i in range(blok["aantal"]):
                item = {v: kopie(w) for v, w in blok["vast"].items()}
                for v, k in blok["kolommen"].items():
                    item[v] = k[i] if isinstance(k, list) else kopie(k["waarden"][k["codes"][i]])
                uit.append(item)
        return uit

    return {"nodes": blokken(data["nodes"]), "edges": blokken(data["edges"])}


def _varianten(kaart: Kaart) -> list[dict[str, Any]]:
    gewijzigd = [i % 3 == 1 for i in range(len(kaart.stromen))]
    return [
        {},
        {"belangen": True, "gewijzigd": gewijzigd},
        {"afhankelijkheden": False, "grootte": "invloed", "taal": "en"},
        {"stap": 1},
        {"stap": 2, "belangen": True},
        {"leesbaar": True, "belangen": True, "gewijzigd": gewijzigd},
    ]


@pytest.mark.parametrize("kaart", _voorbeelden(), ids=lambda k: k.titel)
def test_kolommen_klappen_uit_tot_de_vis_objecten(kaart: Kaart) -> None:
    for opties in _varianten(kaart):
        kolommen = weergave.vis_kolommen(kaart, **opties)
        _alleen_json(kolommen)
        assert kolommen["vorm"] == "kolommen"
        for blok in kolommen["nodes"] + kolommen["edges"]:
            for kolom in blok["kolommen"].values():
                lengte = len(kolom) if isinstance(kolom, list) else len(kolom["codes"])
                assert lengte == blok["aantal"]
        records = weergave.vis_data(kaart, **opties)
        zoals_js = _uitklappen_zoals_js(kolommen)
        assert zoals_js["nodes"] == records["nodes"]
        assert zoals_js["edges"] == records["edges"]
        assert weergave.uitklappen(kolommen) == records
        assert {k: v for k, v in kolommen.items() if k not in ("nodes", "edges", "vorm")} == {
            k: v for k, v in records.items() if k not in ("nodes", "edges")
        }
        assert weergave.uitklappen(records) is records  # already expanded: as it is


def test_kolommen_zijn_kleiner_en_delen_geen_objecten() -> None:
    kaart = _kaart()
    data = weergave.vis_data(kaart, belangen=True, gewijzigd=[True, True] + [False] * 4)
    assert len(weergave.json_literal(weergave.vis_kolommen(kaart))) < len(
        weergave.json_literal(weergave.vis_data(kaart))
    )
    afh = next(e for e in data["edges"] if e["laag"] == "afhankelijkheid")
    belang = [e for e in data["edges"] if e["laag"] == "belang"]
    belang[0]["dashes"].append(99)
    belang[0]["arrows"]["to"]["enabled"] = True
    data["edges"][0]["shadow"]["size"] = 0
    data["edges"][0]["smooth"]["roundness"] = 9
    assert belang[1]["dashes"] == [2, 4] and belang[1]["arrows"]["to"]["enabled"] is False
    assert data["edges"][1]["shadow"]["size"] == 14
    assert afh["dashes"] == [10, 8]
    opnieuw = weergave.vis_data(kaart, belangen=True, gewijzigd=[True, True] + [False] * 4)
    assert opnieuw["edges"][0]["smooth"]["roundness"] == 0.2  # nothing cached was changed


def test_gewijzigde_stromen_als_blokken_per_reeks() -> None:
    kaart = _kaart()
    data = weergave.vis_kolommen(kaart, gewijzigd=[False, True, True, False, False, True])
    stromen = [b for b in data["edges"] if b["vast"]["laag"] == "stroom"]
    assert [(b["aantal"], b["vast"]["gewijzigd"]) for b in stromen] == [
        (1, False),
        (2, True),
        (2, False),
        (1, True),
    ]
    assert [i for b in stromen for i in b["kolommen"]["id"]] == [f"s{i}" for i in range(6)]
    assert '"gewijzigd":true' in weergave.html(kaart, gewijzigd=[True] + [False] * 5)


@pytest.mark.parametrize("n", [1, 40])
def test_zelfde_kaart_geeft_dezelfde_kolommen(n: int) -> None:
    kaart = layout.met_posities(_groot(n, 4 * n))
    for leesbaar in (None, True, False):
        a = weergave.json_literal(weergave.vis_kolommen(kaart, belangen=True, leesbaar=leesbaar))
        b = weergave.json_literal(weergave.vis_kolommen(kaart, belangen=True, leesbaar=leesbaar))
        assert a == b
        assert weergave.html(kaart, leesbaar=leesbaar) == weergave.html(kaart, leesbaar=leesbaar)


def test_json_vloer() -> None:
    kaart = _kaart()
    vloer = weergave.json_vloer(kaart)
    _alleen_json(vloer)
    data = weergave.vis_data(kaart)
    assert len(vloer["nodes"]) == len(data["nodes"]) == len(kaart.partners) + 1
    assert len(vloer["edges"]) == len(kaart.stromen) + len(kaart.afhankelijkheden)
    assert {tuple(n) for n in vloer["nodes"]} == {
        ("id", "label", "title", "color", "size", "x", "y")
    }
    assert {tuple(e) for e in vloer["edges"]} == {
        ("from", "to", "title", "color", "width", "arrows")
    }
    assert vloer["nodes"][0]["color"] == weergave.OPGAVE_KLEUR
    assert [n["label"] for n in vloer["nodes"]] == [n["label"] for n in data["nodes"]]
    assert [e["title"] for e in vloer["edges"]] == [e["title"] for e in data["edges"]]
    # Also for a kaart in readable mode: the floor always has the labels.
    groot = layout.met_posities(_groot(weergave.GROOT + 1, 300))
    assert all("label" in n for n in weergave.json_vloer(groot)["nodes"])


# ---------------------------------------------------------------------------
# Readable mode for big kaarten


def test_leesbare_modus_aan() -> None:
    kaart = _kaart()
    gewoon = weergave.vis_data(kaart, belangen=True)
    lees = weergave.vis_data(kaart, belangen=True, leesbaar=True)
    assert lees["leesbaar"] is True and gewoon["leesbaar"] is False
    opgave = lees["nodes"][0]
    assert opgave["rol"] == "opgave" and opgave["label"] == "Samen de wijk"
    for knoop in lees["nodes"][1:]:
        assert "label" not in knoop
    naam = {p: n for p, n in zip(kaart.partners["id"], kaart.partners["naam"], strict=True)}
    for knoop in lees["nodes"]:
        if knoop["rol"] == "partner":
            assert knoop["title"].split("\n")[0] == naam[knoop["id"]]  # the name on hover
        if knoop["rol"] == "belang":
            assert knoop["title"].startswith("Corporatie: ")
    assert all(e["smooth"] is False for e in lees["edges"])
    assert any(e.get("smooth") for e in gewoon["edges"])  # the same kaart has curves
    opties = lees["options"]
    assert opties["physics"]["enabled"] is False
    assert opties["interaction"]["hideEdgesOnDrag"] is True
    assert opties["interaction"]["hideEdgesOnZoom"] is True
    assert gewoon["options"]["interaction"]["hideEdgesOnDrag"] is False
    # Everything else is the same.
    assert lees["nodes"][0] == gewoon["nodes"][0]
    zonder_label = [{k: v for k, v in n.items() if k != "label"} for n in gewoon["nodes"][1:]]
    assert lees["nodes"][1:] == zonder_label
    assert [{k: v for k, v in e.items() if k != "smooth"} for e in gewoon["edges"]] == [
        {k: v for k, v in e.items() if k != "smooth"} for e in lees["edges"]
    ]


def test_leesbare_modus_vanzelf_boven_groot() -> None:
    assert 50 <= weergave.GROOT <= 500
    net_niet = layout.met_posities(_groot(weergave.GROOT, 300))
    net_wel = layout.met_posities(_groot(weergave.GROOT + 1, 300))
    assert weergave.vis_data(net_niet)["leesbaar"] is False
    assert "label" in weergave.vis_data(net_niet)["nodes"][1]
    data = weergave.vis_data(net_wel)
    assert data["leesbaar"] is True and "label" not in data["nodes"][1]
    assert all(e["smooth"] is False for e in data["edges"])
    # The automatic choice can be overruled both ways.
    assert weergave.vis_data(net_wel, leesbaar=False)["leesbaar"] is False
    assert "label" in weergave.vis_data(net_wel, leesbaar=False)["nodes"][1]
    assert weergave.vis_data(net_niet, leesbaar=True)["leesbaar"] is True
    assert weergave.leesbare_modus(net_wel) and not weergave.leesbare_modus(net_niet)
    assert weergave.leesbare_modus(net_niet, True) and not weergave.leesbare_modus(net_wel, False)


def test_leesbare_modus_zegt_het() -> None:
    klein = _kaart()
    assert weergave.leesbaar_melding(klein) is None
    assert 'class="melding"' not in _zonder_vis(weergave.html(klein))
    groot = layout.met_posities(_groot(2000, 100))
    nl = weergave.leesbaar_melding(groot)
    en = weergave.leesbaar_melding(groot, "en")
    assert nl == tekst("weergave.leesbaar", aantal="2.000")
    assert nl.startswith("Grote kaart (2.000 partners)")
    assert en == tekst("weergave.leesbaar", "en", aantal="2,000") != nl
    assert weergave.leesbaar_melding(groot, leesbaar=False) is None
    doc = _zonder_vis(weergave.html(groot))
    assert f'<p class="melding" role="note">{html_lib.escape(nl)}</p>' in doc
    assert 'class="melding"' not in _zonder_vis(weergave.html(groot, leesbaar=False))
    with pytest.raises(ValueError):
        weergave.leesbaar_melding(klein, "fr")


@pytest.mark.parametrize("woord", VIJANDIG)
def test_vijandige_tekst_in_leesbare_modus(woord: str) -> None:
    doc = weergave.html(_vijandig(woord), belangen=True, leesbaar=True)
    rest = _zonder_vis(doc)
    if any(teken in woord for teken in "<>\"'&"):
        assert woord not in rest
    literal = re.search(r"var data = (\{.*?\});\n", doc, re.S).group(1)
    for teken in "<>&'\u2028\u2029":
        assert teken not in literal
    data = weergave.uitklappen(json.loads(literal))
    assert data["nodes"][1]["title"].startswith(woord)  # the name, only in the tooltip
    assert "label" not in data["nodes"][1]
