"""Formulier: one form for every move, built from the move's fields.

The user picks a move; the form asks for the fields its dataclass describes
(:func:`systeem.model.scenario.velden`, one widget per kind: :mod:`systeemkaart.interventies.velden`),
in the rows of :data:`~systeemkaart.interventies.velden.INDELING`.  A field others depend
on (the cost-sharing key) is asked above the form, so the form changes with it; a move
with a choice between fields (a bijdrage by points or by a percentage) asks which
first.  On submit :func:`systeem.model.invullen.maak` makes the move or says what is
missing, each reason in the user's language; the move is added to the active scenario
(or starts one) only when the kaart with it passes validation.
"""

from __future__ import annotations

from contextlib import nullcontext
from typing import Any

import streamlit as st

from systeem.model.invullen import Bezwaar, Onvolledig, maak
from systeem.model.kaart import Kaart
from systeem.model.scenario import ZETTEN, Scenario, velden, vervangen, vraagt_partners
from systeem.model.validatie import KaartFout, valideer
from systeemkaart.interventies import scenarios as sc
from systeemkaart.interventies import velden as vv
from systeemkaart.opmaak import md
from systeemkaart.teksten import tekst

#: The move the form is for.
ZET = "iv_zet"


def toon(kaart: Kaart, plek: int | None, taal: str) -> None:
    """The form; a move made with it goes into the scenario at ``plek`` (None: a new one)."""
    st.subheader(tekst("interventies.nieuw.kop", taal))
    zet = st.selectbox(
        tekst("interventies.nieuw.zet", taal),
        tuple(ZETTEN),
        format_func=lambda z: tekst(f"zet.{z}", taal),
        key=ZET,
    )
    klasse = ZETTEN[zet]
    st.caption(tekst(f"interventies.nieuw.uitleg.{zet}", taal))
    bepalend = {v.als[0] for _, v, _ in velden(klasse) if v.als is not None}
    antwoorden: dict[str, Any] = {
        naam: vv.vraag(kaart, zet, naam, veld, start, f"iv_{vv.vorm_naam(naam, veld)}", taal)
        for naam, veld, start in velden(klasse)
        if naam in bepalend
    }
    if not len(kaart.partners) and vraagt_partners(klasse):
        st.info(tekst("interventies.nieuw.geen_partners", taal))
        return
    with st.form(f"iv_form_{zet}", border=True):
        antwoorden |= _velden(kaart, klasse, antwoorden, taal)
        verstuurd = st.form_submit_button(
            tekst("interventies.nieuw.knop", taal), type="primary", icon=":material/add:"
        )
    if verstuurd:
        _voeg_toe(kaart, plek, klasse, antwoorden, taal)


def _velden(kaart: Kaart, klasse: type, antwoorden: dict[str, Any], taal: str) -> dict[str, Any]:
    """The fields of the form, row by row; the answers."""
    zet = klasse.zet
    een_van = getattr(klasse, "EEN_VAN", ())
    gekozen = None
    uit: dict[str, Any] = {}
    for indeling in vv.rijen(klasse, zet):
        rij = [
            (n, v, s)
            for n, v, s in indeling
            if n not in antwoorden and (v.als is None or antwoorden.get(v.als[0]) == v.als[1])
        ]
        if not rij:
            continue
        if gekozen is None and een_van and any(n in een_van for n, _, _ in rij):
            gekozen = st.radio(
                vv.label(zet, "hoe", taal),
                een_van,
                format_func=lambda h: tekst(f"interventies.veld.hoe.{h}", taal),
                horizontal=True,
                key=f"iv_{zet}_hoe",
            )
        kolommen = st.columns(len(rij)) if len(rij) > 1 else [nullcontext()]
        for kolom, (naam, veld, start) in zip(kolommen, rij, strict=True):
            with kolom:
                sleutel = f"iv_{zet}_{vv.vorm_naam(naam, veld)}"
                uit[naam] = vv.vraag(kaart, zet, naam, veld, start, sleutel, taal)
    # Of a choice between fields only the chosen one counts.
    return uit | {n: None for n in een_van if n != gekozen}


def _voeg_toe(
    kaart: Kaart, plek: int | None, klasse: type, antwoorden: dict[str, Any], taal: str
) -> None:
    """Make the move and add it to the scenario at ``plek``, or say why not."""
    try:
        nieuw = maak(klasse, antwoorden, kaart)
    except Onvolledig as fout:
        _toon_fout([zin(klasse, b, taal) for b in fout.bezwaren], taal)
        return
    scenarios = kaart.scenarios
    if plek is None:
        naam = sc.standaardnaam(scenarios, taal)
        scenarios, actief = (*scenarios, Scenario(naam, (nieuw,))), len(scenarios)
    else:
        naam, actief = scenarios[plek].naam, plek
        scenarios = vervangen(scenarios, plek, scenarios[plek].erbij(nieuw))
    try:
        valideer(kaart.met(scenarios=scenarios).naar_dict())
    except KaartFout as fout:
        _toon_fout([p.rij_tekst(taal) for p in fout.problemen], taal)
        return
    sc.bewaar(scenarios, tekst("interventies.toegevoegd", taal, naam=naam), actief)
    st.rerun()


def zin(klasse: type, bezwaar: Bezwaar, taal: str) -> str:
    """A :class:`~systeem.model.invullen.Bezwaar` in words, naming the field as the form does."""
    zet = klasse.zet
    per_naam = {n: v for n, v, _ in velden(klasse)}
    if bezwaar.rij is not None:  # a cell of a table field
        rij_klasse = next(v.rij for v in per_naam.values() if v.soort == "tabel")
        kolom = {n: v for n, v, _ in velden(rij_klasse)}[bezwaar.veld]
        titel = vv.label(zet, vv.vorm_naam(bezwaar.veld, kolom), taal)
        waarom = tekst(f"interventies.fout.{bezwaar.code}", taal, **bezwaar.waarden)
        return f"{tekst('interventies.fout.rij', taal, rij=bezwaar.rij)}, {titel}: {waarom}"
    veld = per_naam.get(bezwaar.veld)
    titel = vv.label(zet, vv.vorm_naam(bezwaar.veld, veld), taal) if veld else ""
    return tekst(f"interventies.fout.{bezwaar.code}", taal, veld=titel, **bezwaar.waarden)


def _toon_fout(regels: list[str], taal: str) -> None:
    st.error("\n".join([tekst("interventies.fout.kop", taal), "", *(f"- {md(r)}" for r in regels)]))
