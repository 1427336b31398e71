"""Klas: the class summary of a werksessie, over every participant's current kaart.

Which signals occur most (in how many kaarten each signaal occurs,
:func:`systeem.analyses.klas.signaal_telling`) and which kinds of partner end up out of
balance most often (by type or by sector,
:func:`systeem.analyses.klas.onbalans_per_soort_partner`), each as bars with its table.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from systeem.analyses.klas import onbalans_per_soort_partner, signaal_telling
from systeemkaart import staat
from systeemkaart.grafieken import klas as klas_grafiek
from systeemkaart.teksten import tekst, woordenlijst
from systeemkaart.werksessie import deelnemers


def toon(tabel: pd.DataFrame, taal: str) -> None:
    """Draw the class summary of gallery ``tabel`` (:func:`deelnemers.galerij`)."""
    kaarten = deelnemers.met_kaart(tabel)
    if not kaarten:
        st.info(tekst("werksessie.klas.leeg", taal))
        return
    drempel = staat.drempel()
    st.caption(tekst("werksessie.klas.uitleg", taal, n=len(kaarten)))

    st.subheader(tekst("werksessie.klas.signalen_kop", taal))
    st.caption(tekst("werksessie.klas.signalen_uitleg", taal))
    telling = signaal_telling(kaarten, drempel, taal)
    if telling.empty:
        st.info(tekst("werksessie.klas.geen_signalen", taal))
    else:
        st.altair_chart(klas_grafiek.signalen(telling, taal), width="stretch")

    st.subheader(tekst("werksessie.klas.soort_kop", taal))
    st.caption(tekst("werksessie.klas.soort_uitleg", taal))
    kolom = st.segmented_control(
        tekst("werksessie.klas.soort_kolom", taal),
        ["type", "sector"],
        default="type",
        format_func=lambda k: tekst(f"werksessie.klas.volgens.{k}", taal),
        key="ws_klas_kolom",
        label_visibility="collapsed",
    )
    onbalans = onbalans_per_soort_partner(kaarten, drempel, kolom or "type")
    soort = onbalans["soort_partner"].replace(
        woordenlijst("type", taal) if kolom != "sector" else {}
    )
    onbalans = onbalans.assign(
        soort=soort.where(soort != "", tekst("werksessie.klas.geen_soort", taal))
    )
    st.altair_chart(klas_grafiek.onbalans_per_soort(onbalans, taal), width="stretch")
    st.dataframe(
        onbalans[["soort", "partners", "uit_balans", "aandeel"]].rename(
            columns={
                "soort": tekst("werksessie.klas.soort_kolom", taal),
                "partners": tekst("werksessie.kolom.partners", taal),
                "uit_balans": tekst("werksessie.kolom.uit_balans", taal),
                "aandeel": tekst("werksessie.klas.aandeel", taal),
            }
        ),
        hide_index=True,
        column_config={
            tekst("werksessie.klas.aandeel", taal): st.column_config.ProgressColumn(
                format="percent", min_value=0.0, max_value=1.0
            )
        },
    )
