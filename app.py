"""Systeemkaart: the Streamlit entry point (``streamlit run app.py``).

Page configuration, the session's state, the language switch and the navigation;
nothing else of substance.  The pages are scripts in ``ui/paginas/``.
"""

from __future__ import annotations

import streamlit as st

from systeem.teksten import tekst
from ui import staat
from ui.fouten import veilig

# The sidebar holds only the language switch: start it folded so the map gets the width.
st.set_page_config(page_title="Systeemkaart", layout="wide", initial_sidebar_state="collapsed")
staat.begin()
taal = staat.taal()

with st.sidebar:
    st.radio(
        tekst("ui.taal", taal),
        ["nl", "en"],
        key=staat.TAAL,
        format_func={"nl": "Nederlands", "en": "English"}.__getitem__,
        horizontal=True,
    )
    st.caption(tekst("ui.open_kaart", taal, titel=staat.kaart().titel))

PAGINAS = {
    "start": st.Page("ui/paginas/start.py", title=tekst("nav.start", taal), url_path="start"),
    "kaart": st.Page(
        "ui/paginas/kaart.py", title=tekst("nav.kaart", taal), url_path="kaart", default=True
    ),
    "invoeren": st.Page(
        "ui/paginas/invoeren.py", title=tekst("nav.invoeren", taal), url_path="invoeren"
    ),
    "balans": st.Page("ui/paginas/balans.py", title=tekst("nav.balans", taal), url_path="balans"),
    "presenteren": st.Page(
        "ui/paginas/presenteren.py", title=tekst("nav.presenteren", taal), url_path="presenteren"
    ),
}

# Less empty space above the page; the presenter page hides the chrome altogether.
st.html("<style>.block-container { padding-top: 2.2rem; }</style>")
veilig(st.navigation(list(PAGINAS.values()), position="top").run)
