"""Partnertabel: per partner what it brings and takes, its balans, klasse and signaal."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from systeem.analyses import balans, signalen
from systeemkaart.grafiek import klasse_kleuren, klasse_tekst
from systeemkaart.teksten import getal, tekst

#: Up to this many partners the table is static (text wraps); above it, it scrolls.
TABEL_MAX = 30


def toon(
    tabel: pd.DataFrame, volgorde: list[str], gevonden: list[signalen.Signaal] | None, taal: str
) -> None:
    """Per partner of ``tabel`` (:func:`systeem.analyses.balans.balans`), in ``volgorde``:
    brengt, haalt, balans, klasse (in its map colour) and the signals ``gevonden`` about it
    (``None``: no signal column, for a narrow table that lists the signals elsewhere).

    A static table up to :data:`TABEL_MAX` partners, so long signal texts wrap and a
    projector shows them whole; a scrolling table for larger kaarten."""
    per_partner = pd.DataFrame(
        [(s.partners[0], s.tekst) for s in gevonden or [] if s.code in balans.KLASSEN],
        columns=["id", "tekst"],
    )
    teksten = per_partner.groupby("id")["tekst"].agg(" ".join)
    kolom = {
        k: tekst(f"balans.kolom.{k}", taal)
        for k in ("partner", "brengt", "haalt", "balans", "klasse", "signaal")
    }
    toon_tabel = pd.DataFrame(
        {
            kolom["partner"]: tabel["naam"],
            kolom["brengt"]: tabel["brengen"],
            kolom["haalt"]: tabel["halen"],
            kolom["balans"]: tabel["balans"],
            kolom["klasse"]: tabel["klasse"].map(lambda k: klasse_tekst(k, taal)),
            kolom["signaal"]: teksten.reindex(tabel.index).fillna("").to_numpy(),
        }
    )
    toon_tabel = toon_tabel.set_index(kolom["partner"]).loc[volgorde].reset_index()
    if gevonden is None:
        toon_tabel = toon_tabel.drop(columns=kolom["signaal"])
    opmaak = klasse_kleuren(
        toon_tabel.style.format(
            {kolom["balans"]: lambda v: getal(v, taal, teken=True)}, na_rep="–"
        ),
        [kolom["klasse"]],
        taal,
    )
    if len(toon_tabel) <= TABEL_MAX:
        st.table(opmaak, hide_index=True)
    else:
        st.dataframe(opmaak, hide_index=True, width="stretch")
