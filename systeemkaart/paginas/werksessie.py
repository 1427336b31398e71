"""Werksessie: the trainer's page (being built)."""

from __future__ import annotations

import streamlit as st

from systeemkaart import staat
from systeemkaart.teksten import tekst

st.title(tekst("nav.werksessie", staat.taal()))
