"""Starten: the form that starts a werksessie, with the starter every participant gets.

The starter is one of three: an empty kaart (the store gives each participant one), an
example kaart (:mod:`systeem.bestanden.voorbeelden`), or a list of partners the trainer
types here, one name per line, with the shared opgave.  The list becomes a kaart through
the core's validation (:func:`systeem.model.validatie.valideer`, as
:func:`systeemkaart.staat.nieuwe_kaart` makes one); a bad list (no name at all, a name
twice, a name too long, anything the validation refuses) is answered with the line it
is on, and nothing is stored.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from systeem.bestanden import voorbeelden
from systeem.model.kaart import Kaart, nieuwe_ids
from systeem.model.problemen import KaartFout
from systeem.model.validatie import valideer
from systeem.weergave import layout
from systeemkaart import staat
from systeemkaart.opmaak import md
from systeemkaart.teksten import tekst

#: The kinds of starter, in the order the form offers them.
LEEG, VOORBEELD, LIJST = "leeg", "voorbeeld", "lijst"
#: The longest partner name on a list.
MAX_NAAM = 100


class LijstFout(ValueError):
    """A list of partners that makes no kaart; ``regels`` says why, line by line, in the
    language asked."""

    def __init__(self, regels: list[str]):
        self.regels = regels
        super().__init__("\n".join(regels))


def lijst_starter(titel: str, opgave: str, lijst: str, taal: str = "nl") -> Kaart:
    """Return the starter kaart of a list of partners: one partner per non-empty line of
    ``lijst`` (trimmed), around ``opgave``, titled ``titel`` (or the opgave).

    Raises
    ------
    LijstFout
        naming the line of each problem (counted from 1 as the trainer sees the text).

    Example
    -------
    >>> k = lijst_starter("Dag 1", "Samen wonen", "Gemeente\\n\\n  Corporatie \\n")
    >>> k.titel, k.opgave, k.partners["naam"].tolist(), k.partners["id"].tolist()
    ('Dag 1', 'Samen wonen', ['Gemeente', 'Corporatie'], ['gemeente', 'corporatie'])
    >>> lijst_starter("", "", "A\\nB\\na", "en")
    Traceback (most recent call last):
    ...
    systeemkaart.werksessie.starten.LijstFout: Line 3: a is already on line 1.
    """
    regels = pd.Series(str(lijst).splitlines(), dtype=object).str.strip()
    namen = regels[regels != ""]  # the index is the line number - 1
    if namen.empty:
        raise LijstFout([tekst("werksessie.lijst.leeg", taal)])
    sleutel = namen.str.casefold()
    eerste = pd.Series(namen.index, index=namen.index).groupby(sleutel).transform("min")
    dubbel = pd.Series(eerste != namen.index, index=namen.index)
    lang = namen.str.len() > MAX_NAAM
    fouten = [  # a message per wrong line: there are few
        tekst("werksessie.lijst.dubbel", taal, regel=i + 1, naam=naam, eerste=eerste[i] + 1)
        if dubbel[i]
        else tekst("werksessie.lijst.lang", taal, regel=i + 1, max=MAX_NAAM, lengte=len(naam))
        for i, naam in namen[dubbel | lang].items()
    ]
    if fouten:
        raise LijstFout(fouten)
    ids = nieuwe_ids(namen)
    document = {
        "formaat": "systeemkaart",
        "versie": 1,
        "titel": str(titel).strip() or str(opgave).strip() or "Kaart",
        "opgave": str(opgave).strip(),
        "partners": [{"id": i, "naam": n} for i, n in zip(ids, namen, strict=True)],
        "stromen": [],
    }
    try:
        return layout.met_posities(valideer(document))
    except KaartFout as fout:
        regelnummers = list(namen.index + 1)
        raise LijstFout([_regel(p, regelnummers, taal) for p in fout.problemen]) from None


def toon(opslag: Any, taal: str) -> None:
    """Draw the form; on a valid submit start the werksessie in ``opslag`` (the whole
    store, :func:`systeemkaart.toegang.opslag`) and rerun the page."""
    st.subheader(tekst("werksessie.start.kop", taal))
    st.markdown(tekst("werksessie.start.uitleg", taal))
    titel = st.text_input(
        tekst("werksessie.start.titel", taal),
        placeholder=tekst("werksessie.start.titel_voorbeeld", taal),
        max_chars=120,
        key="ws_start_titel",
    )
    soort = st.radio(
        tekst("werksessie.start.starter", taal),
        [LEEG, VOORBEELD, LIJST],
        format_func=lambda s: tekst(f"werksessie.start.starter.{s}", taal),
        key="ws_start_soort",
    )
    # No st.form: the fields below follow the kind of starter as it is chosen.
    voorbeeld, opgave, lijst = voorbeelden.STANDAARD, "", ""
    if soort == VOORBEELD:
        voorbeeld = st.selectbox(
            tekst("werksessie.start.voorbeeld", taal),
            voorbeelden.namen(),
            format_func=lambda n: voorbeelden.laad(n).titel,
            key="ws_start_voorbeeld",
        )
    elif soort == LIJST:
        opgave = st.text_input(tekst("werksessie.start.opgave", taal), key="ws_start_opgave")
        lijst = st.text_area(
            tekst("werksessie.start.partners", taal),
            help=tekst("werksessie.start.partners_hulp", taal),
            height=180,
            key="ws_start_lijst",
        )
    if not st.button(tekst("werksessie.start.knop", taal), type="primary", key="ws_start"):
        return
    try:
        if soort == VOORBEELD:
            starter: Kaart | None = voorbeelden.laad(voorbeeld)
        elif soort == LIJST:
            starter = lijst_starter(titel, opgave, lijst, taal)
        else:
            starter = None
        opslag.start_werksessie(titel, starter)
    except LijstFout as fout:
        st.error(
            "\n".join([tekst("werksessie.start.fout", taal), *(f"- {md(r)}" for r in fout.regels)])
        )
        return
    except staat.OpslagFout as fout:
        st.error(tekst("werksessie.fout", taal, reden=md(fout.in_taal(taal))))
        return
    st.rerun()


def _regel(probleem: Any, regelnummers: list[int], taal: str) -> str:
    """A problem of the validation as the trainer reads it: on the line of its partner."""
    if probleem.tabel == "partners" and probleem.rij is not None:
        return tekst(
            "werksessie.lijst.regel",
            taal,
            regel=regelnummers[probleem.rij],
            reden=probleem.in_taal(taal),
        )
    return probleem.regel(taal)
