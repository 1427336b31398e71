"""The grids' edits applied on the Invoeren page.

A change applies at once: the edited table goes through
:func:`systeem.bestanden.tabellen.uit_tabellen` and, when valid, becomes the open kaart
(:func:`systeemkaart.staat.zet_kaart`), in the same run.  A filtered view's edits are
merged back into the full table first (:func:`systeem.bestanden.tabellen.samenvoegen`),
so the rows not shown stay exactly as they were.  A new row the editor added keeps the
id its partner got at the first edit (:func:`systeem.bestanden.toevoegen.ids_terug`).
A new row that is still incomplete (a required cell empty,
:func:`systeem.bestanden.toevoegen.ontbrekend`) waits with a line of our own saying what
is missing, instead of an error or Streamlit's English "Please fill out this cell".
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from systeem.bestanden import tabellen, toevoegen
from systeem.model.kaart import Kaart
from systeem.model.validatie import KaartFout, Probleem
from systeemkaart import staat
from systeemkaart.invoeren.editors import vingerafdruk
from systeemkaart.invoeren.kolommen import KOLOMMEN, kolommen, label
from systeemkaart.invoeren.sleutels import MELDING
from systeemkaart.teksten import tekst


def verwerk(
    kaart: Kaart,
    editors: dict[str, dict[str, Any]],
    bewerkt: dict[str, pd.DataFrame],
    taal: str,
) -> None:
    """Apply the grids whose edit state changed since it was last applied; keep what
    is wrong with it on the grid, to show until the state changes again."""
    gewijzigd: dict[str, pd.DataFrame] = {}
    staten: dict[str, str | None] = {}
    mee = False
    for naam, editor in editors.items():
        vinger = vingerafdruk(editor["sleutel"])
        if vinger == editor["verwerkt"] and not editor["mee"]:
            continue
        staten[naam], mee = vinger, mee or editor["mee"]
        editor.update(fout=None, vraag=None, mee=False, wachtend=[], plekken=None)
        frame = _zonder_wachtend(naam, editor, bewerkt[naam], taal)
        if editor["zichtbaar"] is not None:
            try:
                frame = tabellen.samenvoegen(editor["volledig"], editor["zichtbaar"], frame)
            except ValueError:  # a tampered RIJ column: refuse, change nothing
                editor["fout"] = KaartFout([Probleem("", tekst("zoeken.onbekende_rij", taal))])
                editor["verwerkt"] = vinger
                continue
            editor["plekken"] = frame[tabellen.ZICHTBAAR]
        if naam == "partners":
            frame = toevoegen.ids_terug(frame, kaart.partners, editor["volledig"])
        gewijzigd[naam] = frame
    if not gewijzigd:
        return
    try:
        nieuw = tabellen.uit_tabellen(kaart, gewijzigd, meeverwijderen=mee)
    except tabellen.VerwijderFout as fout:
        editors["partners"].update(vraag=fout, verwerkt=staten.get("partners"))
        return
    except KaartFout as fout:
        per_tabel: dict[str, list[Probleem]] = {}
        for p in fout.problemen:
            tabel = p.tabel if p.tabel in gewijzigd else next(iter(gewijzigd))
            per_tabel.setdefault(tabel, []).append(p)
        for naam, problemen in per_tabel.items():
            editors[naam].update(fout=KaartFout(problemen), verwerkt=staten[naam])
        return
    for naam in gewijzigd:
        editors[naam]["verwerkt"] = staten[naam]
    if nieuw != kaart:
        _toegepast(kaart, nieuw, editors, set(gewijzigd), mee, taal)


def _toegepast(
    kaart: Kaart,
    nieuw: Kaart,
    editors: dict[str, dict[str, Any]],
    gewijzigd: set[str],
    mee: bool,
    taal: str,
) -> None:
    """Make ``nieuw`` (from the grids in ``gewijzigd``) the open kaart, say what was
    done, and start the other grids afresh when they offer old choices."""
    weg = set(kaart.partners["id"]) - set(nieuw.partners["id"])
    staat.zet_kaart(nieuw)
    for naam in gewijzigd:  # in step with the kaart it made: keep key and data
        editors[naam]["kaart"] = staat.kaart()
    if mee and weg:
        namen = ", ".join(kaart.namen()[i] for i in kaart.partners["id"] if i in weg)
        st.session_state[MELDING] = tekst("invoeren.verwijderd", taal, namen=namen)
    else:
        st.session_state[MELDING] = tekst("invoeren.verwerkt", taal)
    nu = staat.kaart()
    verouderd = [
        naam
        for naam, editor in editors.items()
        if naam not in gewijzigd
        and (
            str(kolommen(naam, nu, taal)) != editor["vorm"]
            or not getattr(editor["kaart"], naam).equals(getattr(nu, naam))
        )
    ]
    if verouderd:
        # Another grid offers old choices (a partner added or renamed) or shows an old
        # table: it starts afresh now, before anyone types in it.
        st.rerun()


def _zonder_wachtend(
    naam: str, editor: dict[str, Any], frame: pd.DataFrame, taal: str
) -> pd.DataFrame:
    """The grid's rows with each new row that is still incomplete emptied (so it is
    left out, and the other rows keep their numbers); a line per waiting row is noted
    on the editor."""
    toegevoegd = len((st.session_state.get(editor["sleutel"]) or {}).get("added_rows") or [])
    if not toegevoegd:
        return frame
    ontbreekt = toevoegen.ontbrekend(naam, frame.iloc[len(frame) - toegevoegd :])
    if ontbreekt.empty:
        return frame
    gefilterd = editor["zichtbaar"] is not None
    en = f" {tekst('invoeren.en', taal)} "
    for rij_label, leeg in ontbreekt.iterrows():  # a few rows being typed, never many
        plek = frame.index.get_loc(rij_label) + 1
        rij = tekst("zoeken.rij_gefilterd", taal, rij=plek) if gefilterd else str(plek)
        velden = [label(naam, k, taal) for k in leeg.index[leeg]]
        velden_tekst = en.join([", ".join(velden[:-1]), velden[-1]] if len(velden) > 1 else velden)
        editor["wachtend"].append(tekst("invoeren.wachtend", taal, rij=rij, velden=velden_tekst))
    frame = frame.copy()
    frame.loc[ontbreekt.index, KOLOMMEN[naam]] = None
    return frame
