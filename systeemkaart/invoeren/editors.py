"""A grid's editor on the Invoeren page: its key and the data it shows, kept while they
fit, and what was applied from it.

Each editor keeps its key and its data (the table as it was when the editor started)
while the kaart changes only through that editor: the edit state then holds every edit
since, the page applies that state, and the grid in the browser is never rebuilt while
someone types in it (rebuilding it, with a new key, on every applied edit is what lost
a name typed right after adding a row).  An editor starts afresh when its table changed
elsewhere (a form, undo, another page), when its columns change (a new partner to choose
in a dropdown), when the search term changes, or with "Wijziging terugdraaien"
(:func:`terugdraaien`).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

import streamlit as st

from systeem.bestanden import tabellen
from systeem.model.kaart import Kaart
from systeemkaart import staat
from systeemkaart.invoeren.kolommen import KOLOMMEN
from systeemkaart.invoeren.sleutels import EDITOR, TELLER


def editor_sleutel(naam: str) -> str | None:
    """The session key of the grid of table ``naam`` as drawn in the last run (None
    before the page ran): ``invoeren_<naam>_<versie>`` with the kaart version
    (:data:`systeemkaart.staat.VERSIE`) at the grid's fresh start, plus a short hash of the
    search term when the view is filtered.  The key stays while the grid's own edits
    apply (and the version goes up)."""
    editor = st.session_state.get(EDITOR.format(naam=naam))
    return editor["sleutel"] if editor else None


def editor(naam: str, kaart: Kaart, zoekterm: str, config: dict[str, Any]) -> dict[str, Any]:
    """The grid of table ``naam``: its key and the data it shows, kept while they fit.

    The grid starts afresh (a new key, the data taken from ``kaart``) the first time,
    when the search term or the columns changed, and when its table in ``kaart`` is not
    the one it last saw (changed elsewhere).  Otherwise it keeps key and data: its edit
    state holds every edit made since, including those already applied.
    """
    plek = EDITOR.format(naam=naam)
    oud = st.session_state.get(plek)
    vorm = str(config)
    if oud is not None and oud["zoekterm"] == zoekterm and oud["vorm"] == vorm:
        if oud["kaart"] is kaart:
            return oud
        if getattr(oud["kaart"], naam).equals(getattr(kaart, naam)):
            oud["kaart"] = kaart  # another table changed; this one is as it was
            return oud
    sleutel = f"invoeren_{naam}_{st.session_state.get(staat.VERSIE, 0)}"
    if zoekterm:
        sleutel += "_" + hashlib.sha256(zoekterm.encode()).hexdigest()[:12]
    if sleutel in st.session_state:  # an earlier grid's state (same version): not that
        teller = st.session_state[TELLER] = st.session_state.get(TELLER, 0) + 1
        sleutel += f"_{teller}"
    volledig = tabellen.bewerkbaar(kaart)[naam]
    zichtbaar = tabellen.zoek(kaart, zoekterm)[naam] if zoekterm else None
    nieuw = {
        "sleutel": sleutel,
        "kaart": kaart,
        "volledig": volledig,
        "zichtbaar": zichtbaar,
        "data": volledig if zichtbaar is None else tabellen.uitsnede(volledig, zichtbaar),
        "zoekterm": zoekterm,
        "vorm": vorm,
        "verwerkt": None,  # the edit state last applied (or refused)
        "fout": None,  # its problems, shown until the state changes
        "plekken": None,  # each full-table row's place in a filtered view
        "wachtend": [],  # lines about new rows still incomplete
        "vraag": None,  # a VerwijderFout waiting for the user's answer
        "mee": False,  # the user answered: delete the rows that refer to it too
    }
    st.session_state[plek] = nieuw
    return nieuw


def vingerafdruk(sleutel: str) -> str | None:
    """The grid's edit state as text (None when it holds no edits)."""
    toestand = st.session_state.get(sleutel) or {}
    if not any(toestand.get(s) for s in ("edited_rows", "added_rows", "deleted_rows")):
        return None
    return json.dumps(toestand, sort_keys=True, default=str)


def mee() -> None:
    """The user confirmed: delete the partners with the rows that refer to them."""
    partners = st.session_state.get(EDITOR.format(naam="partners"))
    if partners is not None:
        partners["mee"] = True


def terugdraaien() -> None:
    """Discard the pending edits: every grid starts afresh from the open kaart (the
    version goes up, so the grids get new keys)."""
    for naam in KOLOMMEN:
        st.session_state.pop(EDITOR.format(naam=naam), None)
    staat.zet_kaart(staat.kaart())
