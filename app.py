"""Systeemkaart: the Streamlit entry point (run with ``streamlit run app.py``).

A thin shell: it opens an example kaart, asks the core (``systeem``) for the analysis and
shows it.  It computes nothing itself.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from systeem import voorbeelden
from systeem.analyse import analyse
from systeem.teksten import tekst

st.set_page_config(page_title="Systeemkaart", layout="wide")

naam = st.sidebar.selectbox(
    "Voorbeeldkaart",
    voorbeelden.namen(),
    format_func=lambda n: voorbeelden.laad(n).titel,
)
kaart = voorbeelden.laad(naam)
uitkomst = analyse(kaart)

st.title(kaart.titel)
st.caption(f"Gedeelde opgave: {kaart.opgave}")
st.info(kaart.toelichting)
tabel = pd.DataFrame(uitkomst["partners"])
tabel["klasse"] = tabel["klasse"].map(lambda k: tekst(f"klasse.{k}"))
st.dataframe(tabel.drop(columns="id"), hide_index=True, width="stretch")
st.subheader("Signalen")
for signaal in uitkomst["signalen"]:
    st.text(signaal["tekst"])
