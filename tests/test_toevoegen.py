"""Tests of systeem.bestanden.toevoegen (rows added one at a time), and of the Invoeren
page where it keeps a half-filled belang from breaking the page."""

from __future__ import annotations

import pandas as pd
import pytest

from systeem.bestanden import tabellen, toevoegen
from systeem.model.kaart import SOORTEN
from systeem.model.schets import schets
from systeem.model.validatie import KaartFout
from tests.test_pagina_invoeren import _open


def test_namen_een_per_regel():
    assert toevoegen.namen(" A \n\n B\r\nC  ") == ["A", "B", "C"]
    assert toevoegen.namen(" \n ") == []


def test_met_partners_maakt_ids_en_weigert_een_bestaande_naam():
    k = toevoegen.met_partners(schets("a"), ["Gemeente", "Wijk team"], "team")
    assert k.partners["id"].tolist() == ["a", "gemeente", "wijk_team"]
    assert k.partners["type"].tolist() == ["organisatie", "team", "team"]
    with pytest.raises(KaartFout) as fout:
        toevoegen.met_partners(k, ["gemeente "], "team")
    assert fout.value.problemen[0].plek == "partners[3].naam"


def test_met_afhankelijkheid_en_fouten_noemen_de_nieuwe_rij():
    k = schets("a b", "", "a>b 2")
    nieuw = toevoegen.met_afhankelijkheid(k, "b", "a", 5, "")
    assert nieuw.afhankelijkheden[["partner", "afhankelijk_van", "sterkte"]].values.tolist() == [
        ["a", "b", 2],
        ["b", "a", 5],
    ]
    with pytest.raises(KaartFout) as fout:
        toevoegen.met_afhankelijkheid(k, "b", None, 3, "")
    assert [p.plek for p in fout.value.problemen] == ["afhankelijkheden[1].afhankelijk_van"]


def test_met_belang_leeg_wordt_geweigerd_niet_overgeslagen():
    k = schets("a")
    with pytest.raises(KaartFout) as fout:
        toevoegen.met_belang(k, None, "  ", "organisatie", "neutraal")
    assert [p.plek for p in fout.value.problemen] == [
        "belangen[0].partner",
        "belangen[0].omschrijving",
    ]
    assert fout.value.problemen[0].tekst == tabellen.LEEG


def test_soort_keuzes_en_stroom_soort():
    k = schets("a", "a>opgave wonen 1, a>opgave geld 2, a>opgave bouw 1")
    assert toevoegen.soort_keuzes(k) == [*SOORTEN, "bouw", "wonen"]
    assert toevoegen.stroom_soort("geld", None) == "geld"
    assert toevoegen.stroom_soort(None, " eigen ") == "eigen"


def test_ontbrekend_ook_zonder_de_keuzekolommen():
    nieuw = pd.DataFrame(
        [
            {"partner": "a", "omschrijving": "", "soort": "organisatie", "houding": "steunt"},
            {"partner": None, "omschrijving": None, "soort": "organisatie", "houding": None},
            {"partner": "a", "omschrijving": "x", "soort": "organisatie", "houding": "steunt"},
        ],
        index=[7, 8, 9],
    )
    uit = toevoegen.ontbrekend("belangen", nieuw)
    assert uit.index.tolist() == [7]
    assert uit.loc[7][uit.loc[7]].index.tolist() == ["omschrijving"]


def test_ids_terug_op_naam_dan_op_volgorde():
    begin = pd.DataFrame({"id": ["a"], "naam": ["A"]})
    partners = pd.DataFrame({"id": ["a", "x", "y"], "naam": ["A", "X", "Y  Z"]})
    frame = pd.DataFrame({"id": ["a", None, None], "naam": ["A", "andere", "y z"]})
    assert toevoegen.ids_terug(frame, partners, begin)["id"].tolist() == ["a", "x", "y"]
    assert toevoegen.ids_terug(frame, begin, begin) is frame


def test_pagina_leeg_belang_formulier_zegt_wat_ontbreekt():
    at = _open()
    voor = at.session_state["kaart"]
    next(b for b in at.button if b.label == "Belang toevoegen").click().run()
    assert not at.exception
    fouten = " ".join(e.value for e in at.error)
    assert "Partner" in fouten and "Omschrijving" in fouten
    assert at.session_state["kaart"] == voor


def test_pagina_onvolledig_nieuw_belang_wacht():
    at = _open()
    voor = at.session_state["kaart"]
    sleutel = at.session_state["_invoeren_editor_belangen"]["sleutel"]
    rij = {"partner": "bewoners", "soort": "organisatie", "houding": "neutraal"}
    at.session_state[sleutel] = {"edited_rows": {}, "added_rows": [rij], "deleted_rows": []}
    at.run()
    assert not at.exception and not at.error
    n = len(voor.belangen) + 1
    assert f"Rij {n} telt nog niet mee: vul ook Omschrijving in." in [i.value for i in at.info]
    assert at.session_state["kaart"] == voor
