"""Velden: the widget of each kind of field of a move, and the answer it gives.

A move's dataclass says per field what it holds, its range and its starting answer
(:class:`systeem.model.scenario.Veld`); :func:`vraag` draws the one widget for that kind.
A field's label is the text ``interventies.veld.<zet>.<name>`` where the move words it
its own way, else ``interventies.veld.<name>``, with the help text ``..._hulp`` and an
explanation above a table ``..._uitleg`` where they exist; ``<name>`` is the name the
form gives the field (:attr:`Veld.naam`), else the field's own.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from systeem.model.kaart import OPGAVE, SOORTEN, Kaart
from systeem.model.scenario import Veld, velden
from systeemkaart import staat
from systeemkaart.teksten import TEKSTEN, tekst, woord

#: The order of the fields on each form, a tuple per row (side by side); a field that is
#: not listed gets a row of its own after these.
INDELING: dict[str, tuple[tuple[str, ...], ...]] = {
    "ambitie": (("partners",), ("factor", "waarde"), ("soort",), ("omschrijving",)),
    "bijdrage": (("partner",), ("punten", "factor"), ("naar", "soort")),
    "compenseren": (("partner", "van"), ("soort", "punten"), ("omschrijving",)),
    "derde": (("naam", "type"), ("sector", "invloed"), ("stromen",)),
    "kostenverdeling": (("partners",), ("gewichten",)),
    "vertrek": (("partner",),),
    # The columns of a third party's stromen.
    "DerdeStroom": (("richting", "met", "soort", "waarde", "omschrijving"),),
}


def vorm_naam(naam: str, veld: Veld) -> str:
    """The name the form gives a field."""
    return veld.naam or naam


def label(zet: str, naam: str, taal: str, soort: str = "") -> str:
    """The label of the field the form calls ``naam`` on the form of ``zet`` (``soort``:
    ``"_hulp"`` or ``"_uitleg"`` for its help or explanation, "" when there is none)."""
    for sleutel in (f"interventies.veld.{zet}.{naam}{soort}", f"interventies.veld.{naam}{soort}"):
        if sleutel in TEKSTEN["nl"]:
            return tekst(sleutel, taal)
    if soort:
        return ""
    raise KeyError(f"interventies.veld.{naam}")


def rijen(klasse: type, naam: str) -> list[list[tuple[str, Veld, Any]]]:
    """The fields of ``klasse`` in the rows of its form (``naam``: its key in :data:`INDELING`)."""
    per_naam = {n: (n, v, s) for n, v, s in velden(klasse)}
    indeling = [list(rij) for rij in INDELING.get(naam, ())]
    gelegd = {n for rij in indeling for n in rij}
    indeling += [[n] for n in per_naam if n not in gelegd]
    return [[per_naam[n] for n in rij if n in per_naam] for rij in indeling]


def namen(kaart: Kaart, taal: str) -> dict[str, str]:
    """Node id -> name, the opgave by its text."""
    return {**kaart.namen(), OPGAVE: kaart.opgave or tekst("opgave", taal)}


def soorten(kaart: Kaart) -> list[str]:
    """The suggested soorten, then those on the kaart that are not among them."""
    return [*SOORTEN, *sorted(set(kaart.stromen["soort"]) - set(SOORTEN))]


def vraag(
    kaart: Kaart, zet: str, naam: str, veld: Veld, start: Any, sleutel: str, taal: str
) -> Any:
    """Draw the widget of one field under ``sleutel``; return its answer (a factor as a
    factor, a table as row dicts, sizes as ``{partner id: size}``)."""
    vorm = vorm_naam(naam, veld)
    if veld.soort in ("tabel", "gewichten"):  # a table: an explanation above it, no label
        uitleg = label(zet, vorm, taal, "_uitleg")
        if uitleg:
            st.caption(uitleg)
        if veld.soort == "tabel":
            return _tabel(kaart, zet, veld, start, sleutel, taal)
        return _gewichten(kaart, zet, vorm, veld, sleutel, taal)
    titel, hulp = label(zet, vorm, taal), label(zet, vorm, taal, "_hulp") or None
    ids = kaart.partners["id"].tolist()
    if veld.soort in ("partner", "knoop"):
        opties = ([OPGAVE] if veld.soort == "knoop" else []) + ids
        return st.selectbox(
            titel,
            opties,
            index=opties.index(start) if start in opties else None,
            format_func=namen(kaart, taal).get,
            placeholder=tekst("interventies.kies", taal),
            key=sleutel,
        )
    if veld.soort == "partners":
        return st.multiselect(
            titel,
            ids,
            format_func=namen(kaart, taal).get,
            placeholder=tekst("interventies.alle", taal),
            key=sleutel,
        )
    if veld.soort == "soort":
        opties = soorten(kaart)
        return st.selectbox(
            titel,
            opties,
            index=opties.index(start) if start in opties else None,
            format_func=lambda s: woord("soort", s, taal),
            placeholder=tekst("interventies.kies", taal),
            accept_new_options=True,
            key=sleutel,
        )
    if veld.soort in ("getal", "factor"):
        waarde = start if veld.soort == "getal" else round((start - 1) * 100)
        getal = st.number_input(
            titel,
            int(veld.min),
            int(veld.max),
            waarde,
            int(veld.stap),
            key=sleutel,
            help=hulp,
            placeholder=tekst("interventies.onbekend", taal) if waarde is None else None,
        )
        return getal if veld.soort == "getal" or getal is None else 1 + getal / 100
    if veld.soort == "tekst":
        return st.text_input(
            titel, key=sleutel, max_chars=None if veld.max is None else int(veld.max)
        )
    return st.selectbox(  # keuze: one of the field's choices
        titel,
        veld.keuzes,
        index=veld.keuzes.index(start),
        format_func=lambda k: tekst(f"interventies.{vorm}.{k}", taal),
        key=sleutel,
    )


def _tabel(kaart: Kaart, zet: str, veld: Veld, start: tuple, sleutel: str, taal: str) -> list[dict]:
    """Rows of ``veld.rij`` in an editable table that starts with the rows ``start``."""
    kolommen = [k for rij in rijen(veld.rij, veld.rij.__name__) for k in rij]
    cc = st.column_config
    config = {}
    for naam, v, begin in kolommen:
        vorm = vorm_naam(naam, v)
        titel = label(zet, vorm, taal)
        vast = {"required": v.soort != "tekst"} | ({} if begin is None else {"default": begin})
        if v.soort == "keuze":
            config[naam] = cc.SelectboxColumn(
                titel,
                options=list(v.keuzes),
                format_func=lambda k, n=vorm: tekst(f"interventies.{n}.{k}", taal),
                **vast,
            )
        elif v.soort in ("knoop", "partner"):
            opties = ([OPGAVE] if v.soort == "knoop" else []) + kaart.partners["id"].tolist()
            config[naam] = cc.SelectboxColumn(
                titel, options=opties, format_func=namen(kaart, taal).get, **vast
            )
        elif v.soort == "soort":
            config[naam] = cc.SelectboxColumn(
                titel,
                options=soorten(kaart),
                format_func=lambda s: woord("soort", s, taal),
                **vast,
            )
        elif v.soort == "getal":
            config[naam] = cc.NumberColumn(
                titel, min_value=v.min, max_value=v.max, step=v.stap, **vast
            )
        else:
            config[naam] = cc.TextColumn(titel)
    begin = pd.DataFrame({naam: [getattr(r, naam) for r in start] for naam, _, _ in kolommen})
    tabel = st.data_editor(
        begin,
        key=sleutel,
        num_rows="dynamic",
        hide_index=True,
        width="stretch",
        column_config=config,
    )
    return tabel.to_dict(orient="records")


def _gewichten(
    kaart: Kaart, zet: str, vorm: str, veld: Veld, sleutel: str, taal: str
) -> dict[str, Any]:
    """A number per partner in a table, filled in with its invloed; a new kaart version
    starts the table again."""
    groottes = st.data_editor(
        pd.DataFrame(
            {
                "id": kaart.partners["id"].to_numpy(),
                "naam": kaart.partners["naam"].to_numpy(),
                "grootte": kaart.partners["invloed"].astype("Float64").to_numpy(),
            }
        ),
        key=f"{sleutel}_{st.session_state.get(staat.VERSIE, 0)}",
        hide_index=True,
        width="stretch",
        column_order=["naam", "grootte"],
        disabled=["naam"],
        column_config={
            "naam": st.column_config.TextColumn(label(zet, "partner", taal)),
            "grootte": st.column_config.NumberColumn(
                label(zet, vorm, taal), min_value=float(veld.min), max_value=float(veld.max)
            ),
        },
    )
    return dict(zip(groottes["id"], groottes["grootte"], strict=True))
