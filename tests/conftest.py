"""Shared test helpers: small kaarten built from a few lines, and the example kaarten."""

from __future__ import annotations

import copy
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

from systeem.model.validatie import valideer

# No per-example deadline: a loaded CI machine must not turn a slow example into a failure.
settings.register_profile("systeemkaart", deadline=None)
settings.load_profile("systeemkaart")

DATA = Path(__file__).resolve().parents[1] / "systeem" / "voorbeeldkaarten"
VOORBEELDEN = sorted(DATA.glob("*.json"))


@pytest.fixture(scope="session", autouse=True)
def _opslag_in_tmp(tmp_path_factory):
    """Point the store (SYSTEEMKAART_DB) at a temporary file for the whole session, so no
    test ever touches the user's real file; the browser tests' server inherits it."""
    oud = os.environ.get("SYSTEEMKAART_DB")
    os.environ["SYSTEEMKAART_DB"] = str(tmp_path_factory.mktemp("opslag") / "sessie.db")
    yield
    if oud is None:
        os.environ.pop("SYSTEEMKAART_DB", None)
    else:
        os.environ["SYSTEEMKAART_DB"] = oud


def doc(
    partners: list[Any] | None = None,
    stromen: list[Any] | None = None,
    **rest: Any,
) -> dict[str, Any]:
    """A kaart document in file format v1. ``partners`` may be plain ids."""
    return {
        "formaat": "systeemkaart",
        "versie": 1,
        "titel": rest.pop("titel", "Proefkaart"),
        "partners": [
            {"id": p, "naam": p.upper()} if isinstance(p, str) else p for p in (partners or [])
        ],
        "stromen": [
            {"van": s[0], "naar": s[1], "soort": s[2] if len(s) == 4 else "geld", "waarde": s[-1]}
            if isinstance(s, tuple)
            else s
            for s in (stromen or [])
        ],
        **rest,
    }


def xlsx(bladen: dict[str, list[list]]) -> bytes:
    """An .xlsx workbook in memory: one sheet per name, rows as given (for import tests)."""
    import io

    import openpyxl

    boek = openpyxl.Workbook()
    boek.remove(boek.active)
    for naam, rijen in bladen.items():
        blad = boek.create_sheet(naam)
        for rij in rijen:
            blad.append(rij)
    uit = io.BytesIO()
    boek.save(uit)
    return uit.getvalue()


def kaart(partners=None, stromen=None, **rest):
    """A validated kaart; stromen as ``(van, naar, waarde)`` or ``(van, naar, soort, waarde)``."""
    return valideer(doc(partners, stromen, **rest))


@pytest.fixture
def geldig() -> dict[str, Any]:
    """A small valid document touching every table, to break in tests."""
    return copy.deepcopy(
        {
            "formaat": "systeemkaart",
            "versie": 1,
            "titel": "Proef",
            "opgave": "Samen sterker",
            "toelichting": "",
            "partners": [
                {
                    "id": "a",
                    "naam": "Alfa",
                    "type": "organisatie",
                    "sector": "publiek",
                    "invloed": 3,
                },
                {"id": "b", "naam": "Bravo", "type": "team"},
            ],
            "stromen": [
                {"van": "a", "naar": "opgave", "soort": "geld", "waarde": 3},
                {"van": "opgave", "naar": "b", "soort": "kennis", "waarde": 2, "tastbaar": False},
            ],
            "afhankelijkheden": [
                {"partner": "b", "afhankelijk_van": "a", "waarvoor": "geld", "sterkte": 4}
            ],
            "belangen": [
                {
                    "partner": "a",
                    "omschrijving": "zichtbaarheid",
                    "soort": "organisatie",
                    "houding": "steunt",
                }
            ],
            "posities": {"opgave": [0, 0], "a": [-100.5, 20]},
        }
    )


#: The app's entry point, for AppTest.
APP = str(Path(__file__).resolve().parents[1] / "app.py")


@pytest.fixture
def db(tmp_path, monkeypatch) -> Path:
    """A store of this test's own (``SYSTEEMKAART_DB`` in a temporary folder)."""
    pad = tmp_path / "systeemkaart.db"
    monkeypatch.setenv("SYSTEEMKAART_DB", str(pad))
    return pad


def zonder_fouten(at):
    """The AppTest after a run, checked: no exception and no error message on the page."""
    assert not at.exception
    assert not [e.value for e in at.error]
    return at


def open_pagina(pagina: str, voorbeeld: str | None = None, taal: str | None = None, **query):
    """Run the app on ``pagina`` (``"systeemkaart/paginas/x.py"``) with an example open, checked."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(APP, default_timeout=60)
    if voorbeeld:
        at.query_params["voorbeeld"] = voorbeeld
    for sleutel, waarde in query.items():
        at.query_params[sleutel] = waarde
    if taal:
        at.session_state["taal"] = taal
    at.switch_page(pagina)
    return zonder_fouten(at.run())


def kaartdata(at) -> dict:
    """The data the app's map component got in the last run, as vis objects.

    The component receives :func:`systeem.weergave.vis_kolommen` (column by column) and
    expands it in the browser; :func:`tests.weergave_hulp.uitklappen` does the same here.
    """
    import json

    from tests.weergave_hulp import uitklappen

    (element,) = at.get("bidi_component")
    return uitklappen(json.loads(element.proto.json))


def open_met_kaart(pagina: str, kaart, taal: str = "nl"):
    """Run the app in ``taal``, then open ``pagina`` with ``kaart`` as the open kaart, checked."""
    from streamlit.testing.v1 import AppTest

    from systeemkaart import staat

    at = AppTest.from_file(APP, default_timeout=60)
    at.session_state["taal"] = taal
    at.run()
    at.session_state[staat.KAART] = kaart
    return zonder_fouten(at.switch_page(pagina).run())
