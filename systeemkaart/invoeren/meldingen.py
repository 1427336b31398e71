"""What the Invoeren page says back: what was applied (once, as a toast) and what is
wrong with an entry, each problem with its field as the page shows it and, for a grid,
its row as the user counts it.

A problem names the row as the filtered view counts it, and says so ("Rij 2 (in de
gefilterde weergave)"); a problem in a row the filter hides names its row in the full
table.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from systeem.model.kaart import Kaart
from systeem.model.validatie import KaartFout, Probleem
from systeemkaart import staat
from systeemkaart.invoeren.editors import terugdraaien
from systeemkaart.invoeren.kolommen import label
from systeemkaart.invoeren.sleutels import MELDING
from systeemkaart.opmaak import md
from systeemkaart.teksten import tekst


def melding() -> None:
    """Show the message the previous run left (what was applied), once."""
    bericht = st.session_state.pop(MELDING, None)
    if bericht:
        st.toast(md(bericht))


def pas_toe(nieuw: Kaart, bericht: str) -> None:
    """Make ``nieuw`` the open kaart, leave a message for the next run and rerun."""
    staat.zet_kaart(nieuw)
    st.session_state[MELDING] = bericht
    st.rerun()


def toon_fout(
    fout: KaartFout,
    naam: str,
    taal: str,
    *,
    met_rij: bool = True,
    plekken: dict[str, pd.Series] | None = None,
) -> None:
    """Show the problems of one table (or a form, without rows), with a button that
    discards the pending edits of a table.  ``plekken`` gives, per filtered table, each
    row's place in the view (see :func:`rij`)."""
    regels = [f"- {md(probleem_tekst(p, taal, met_rij, plekken))}" for p in fout.problemen]
    st.error("\n".join([tekst("invoeren.niet_verwerkt", taal), "", *regels]))
    if met_rij and naam:
        st.button(
            tekst("invoeren.terugdraaien", taal),
            key=f"invoeren_terug_{naam}",
            on_click=terugdraaien,
        )


def probleem_tekst(
    p: Probleem, taal: str, met_rij: bool, plekken: dict[str, pd.Series] | None = None
) -> str:
    """One problem as "Rij 4, kolom Waarde (1–5): ..." in ``taal``, with the column as
    shown."""
    bericht = p.in_taal(taal)
    if p.tabel is None:
        kolom = {"titel": "invoeren.kaart_titel", "opgave": "invoeren.opgave"}.get(p.plek)
        if not kolom:
            return bericht
        return tekst("invoeren.probleem_veld", taal, kolom=tekst(kolom, taal), tekst=bericht)
    kolom = label(p.tabel, p.veld, taal)
    if p.rij is None:
        return bericht
    plek = rij(p.rij, (plekken or {}).get(p.tabel or ""), taal)
    if not kolom:
        return tekst("invoeren.probleem_rij", taal, rij=plek, tekst=bericht)
    if not met_rij:
        return tekst("invoeren.probleem_veld", taal, kolom=kolom, tekst=bericht)
    return tekst("invoeren.probleem", taal, rij=plek, kolom=kolom, tekst=bericht)


def rij(nummer: int, plek: pd.Series | None, taal: str) -> str:
    """Row ``nummer`` (0-based, in the full table) as the user finds it: counted from 1;
    in a filtered view (``plek``: each full-table row's place in the view) its number
    in the view, marked as such, or, for a row the filter hides, its number in the
    full table, marked as hidden."""
    if plek is None or not 0 <= nummer < len(plek):
        return str(nummer + 1)
    in_beeld = plek.iloc[nummer]
    if pd.isna(in_beeld):
        return tekst("zoeken.rij_verborgen", taal, rij=nummer + 1)
    return tekst("zoeken.rij_gefilterd", taal, rij=int(in_beeld) + 1)
