"""Macht en invloed: the dependency asymmetry per pair, the partners many depend on, the
one-sided dependencies (:mod:`systeem.analyses.afhankelijkheid`), and the invloed x balans
kwadranten with a debrief text per kwadrant (:mod:`systeem.analyses.kwadrant`).

The charts are :mod:`systeemkaart.grafieken`'s (the pair matrix, the power views, the
kwadranten), the ones the Balans page draws from the same tables.
"""

from __future__ import annotations

import streamlit as st

from systeem.analyses import afhankelijkheid, kwadrant
from systeem.model.kaart import Kaart
from systeemkaart.grafiek import MATRIX_MAX, PAREN_MAX
from systeemkaart.grafieken import macht, paren
from systeemkaart.grafieken.kwadranten import kwadranten
from systeemkaart.interventies.velden import namen as knoopnamen
from systeemkaart.opmaak import md
from systeemkaart.teksten import tekst

#: Up to this many rows the table of who others depend on is static; above it, it scrolls.
TABEL_MAX = 30


def toon(kaart: Kaart, drempel: float, taal: str) -> None:
    """The power tab."""
    namen = knoopnamen(kaart, taal)
    st.subheader(tekst("interventies.macht.asym_kop", taal))
    asym = afhankelijkheid.asymmetrie(kaart)
    if asym.empty:
        st.info(tekst("interventies.macht.geen_afh", taal))
    else:
        _asymmetrie(kaart, asym, namen, taal)
        links, rechts = st.columns(2, gap="large")
        with links:
            _afhankelijken(kaart, namen, taal)
        with rechts:
            _eenzijdig(kaart, namen, taal)
    st.subheader(tekst("interventies.kwadrant.kop", taal))
    _kwadranten(kaart, drempel, taal)


def _asymmetrie(kaart: Kaart, asym, namen: dict[str, str], taal: str) -> None:
    """The pair matrix for a classroom kaart; the most unequal pairs as a list above
    :data:`~systeemkaart.grafiek.MATRIX_MAX` partners."""
    betrokken = set(asym["a"]) | set(asym["b"])
    volgorde = [p for p in kaart.partners["id"] if p in betrokken]
    if len(volgorde) > MATRIX_MAX:
        st.caption(tekst("interventies.macht.asym_groot", taal, max=MATRIX_MAX))
        tabel = paren.asymmetrie_lijst(asym, namen, PAREN_MAX, taal)
        st.dataframe(tabel, hide_index=True, width="stretch")
        return
    st.caption(tekst("interventies.macht.asym_uitleg", taal))
    matrix = paren.asymmetrie_matrix(asym, volgorde, namen, taal)
    st.altair_chart(matrix, width="stretch")


def _afhankelijken(kaart: Kaart, namen: dict[str, str], taal: str) -> None:
    st.markdown(f"**{tekst('interventies.macht.macht_kop', taal)}**")
    st.caption(tekst("interventies.macht.macht_uitleg", taal))
    tabel = macht.afhankelijken(kaart, namen, taal)
    if tabel.empty:
        st.caption(tekst("interventies.macht.niemand", taal))
    elif len(tabel) <= TABEL_MAX:
        st.table(tabel, hide_index=True)
    else:
        st.dataframe(tabel, hide_index=True, width="stretch")


def _eenzijdig(kaart: Kaart, namen: dict[str, str], taal: str) -> None:
    st.markdown(f"**{tekst('interventies.macht.eenzijdig_kop', taal)}**")
    st.caption(tekst("interventies.macht.eenzijdig_uitleg", taal))
    rijen = afhankelijkheid.eenzijdig(kaart)
    if rijen.empty:
        st.caption(tekst("interventies.macht.geen_eenzijdig", taal))
    else:
        st.markdown(macht.regels(rijen, "interventies.macht.eenzijdig_regel", namen, taal))


def _kwadranten(kaart: Kaart, drempel: float, taal: str) -> None:
    """The partners in their kwadrant, those without a place named, a debrief per kwadrant."""
    st.caption(tekst("interventies.kwadrant.uitleg", taal, hoog=kwadrant.HOOG))
    tabel = kwadrant.kwadranten(kaart, drempel, taal)
    geplaatst = tabel[tabel["kwadrant"].notna()]
    buiten = tabel[tabel["kwadrant"].isna()]
    if geplaatst.empty:
        st.info(tekst("interventies.kwadrant.leeg", taal))
    else:
        st.altair_chart(kwadranten(geplaatst, taal), width="stretch", height=620)
    if not buiten.empty:
        namen = ", ".join(md(n) for n in buiten["naam"])
        st.caption(tekst("interventies.kwadrant.buiten", taal, namen=namen))
    codes = [c for c in kwadrant.KWADRANTEN if (geplaatst["kwadrant"] == c).any()]
    for rij in range(0, len(codes), 2):
        kolommen = st.columns(2, gap="large")
        for kol, code in zip(kolommen, codes[rij : rij + 2], strict=False):
            titel, uitleg = kwadrant.debrief(code, taal)
            wie = ", ".join(md(n) for n in geplaatst.loc[geplaatst["kwadrant"] == code, "naam"])
            with kol.container(border=True):
                st.markdown(f"**{titel}**: {wie}")
                st.markdown(uitleg)
