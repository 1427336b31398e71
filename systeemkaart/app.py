"""Systeemkaart: the Streamlit entry point (``streamlit run app.py``).

Page configuration, the session's state, the language switch and the navigation;
nothing else of substance.  The pages are scripts in ``systeemkaart/paginas/``.

The language switch stands at the top right of every page (in the navigation bar),
except in presenter mode; the language is kept in the URL and by the browser
(``systeemkaart.staat``, ``systeemkaart.herinnering``).  Streamlit's own English texts are translated by
``systeemkaart.streamlit_teksten``.
"""

from __future__ import annotations

import streamlit as st

from systeemkaart import bewaren, herinnering, staat, streamlit_teksten
from systeemkaart.fouten import veilig
from systeemkaart.navigatie import pagina
from systeemkaart.teksten import tekst


def main() -> None:
    """Run one pass of the app: configuration, state, navigation and the chosen page."""
    # The sidebar only names the open kaart: start it folded so the map gets the width.
    st.set_page_config(page_title="Systeemkaart", layout="wide", initial_sidebar_state="collapsed")
    staat.begin()
    taal = staat.taal()

    with st.sidebar:
        st.caption(tekst("ui.open_kaart", taal, titel=staat.kaart().titel))

    PAGINAS = {
        "start": st.Page(pagina("start"), title=tekst("nav.start", taal), url_path="start"),
        "mijn_kaarten": st.Page(
            pagina("mijn_kaarten"),
            title=tekst("nav.mijn_kaarten", taal),
            url_path="mijn_kaarten",
        ),
        # The default page is served at "/" and Streamlit ignores its url_path; the hidden
        # page below serves the same script at /kaart, so a typed or bookmarked /kaart opens
        # the map instead of "Page not found".
        "kaart": st.Page(
            pagina("kaart"), title=tekst("nav.kaart", taal), url_path="overzicht", default=True
        ),
        "kaart_adres": st.Page(
            pagina("kaart"),
            title=tekst("nav.kaart", taal),
            url_path="kaart",
            visibility="hidden",
        ),
        "invoeren": st.Page(
            pagina("invoeren"), title=tekst("nav.invoeren", taal), url_path="invoeren"
        ),
        "balans": st.Page(pagina("balans"), title=tekst("nav.balans", taal), url_path="balans"),
        "interventies": st.Page(
            pagina("interventies"),
            title=tekst("nav.interventies", taal),
            url_path="interventies",
        ),
        "pijlers": st.Page(pagina("pijlers"), title=tekst("nav.pijlers", taal), url_path="pijlers"),
        "bestanden": st.Page(
            pagina("bestanden"), title=tekst("nav.bestanden", taal), url_path="bestanden"
        ),
        "presenteren": st.Page(
            pagina("presenteren"), title=tekst("nav.presenteren", taal), url_path="presenteren"
        ),
    }

    # Less empty space above the page (but clear of the top navigation bar); the language
    # switch sits in the navigation bar, at the right; the scripts' container takes no room.
    # The presenter page hides the chrome altogether.
    st.html(
        "<style>.block-container { padding-top: 4rem; }"
        ".st-key-taalkeuze { position: fixed; top: 0.55rem; right: 1.25rem; z-index: 999991;"
        " width: auto; }"
        "[data-testid=stLayoutWrapper]:has(> .st-key-taalkeuze) { position: absolute; }"
        "[data-testid=stLayoutWrapper]:has(> .st-key-sk_scripts) { display: none; }</style>"
    )
    gekozen = st.navigation(list(PAGINAS.values()), position="top")
    if staat.naar_start() and gekozen.url_path == PAGINAS["kaart"].url_path:
        st.switch_page(PAGINAS["start"])  # nothing of one's own to come back to: start here
    if gekozen.url_path != PAGINAS["presenteren"].url_path:
        staat.verlaat_presentatie()  # the next visit starts at step 1, with the names choice
        with st.container(key="taalkeuze"):
            st.radio(
                tekst("ui.taal", taal),
                ["nl", "en"],
                key=staat.TAAL,
                format_func={"nl": "Nederlands", "en": "English"}.__getitem__,
                horizontal=True,
                label_visibility="collapsed",
            )
    # Before the page (a page may stop early): the scripts that translate Streamlit's own
    # texts and let the browser remember the language and the open own kaart.
    scripts = st.container(key="sk_scripts")
    with scripts:
        kaart_id = st.session_state.get(staat.KAART_ID)
        streamlit_teksten.vertaal(taal)
        herinnering.onthoud(taal, kaart_id)
    # Storage messages (a refused save, a store problem) stand above every page; they are
    # drawn after the page ran, so an edit made during this run is reported at once.
    boven = st.container()
    veilig(gekozen.run)
    with boven:
        veilig(bewaren.meldingen)
    if st.session_state.get(staat.KAART_ID) != kaart_id:
        with scripts:  # the page made or opened an own kaart: the browser remembers that one
            herinnering.onthoud(taal, st.session_state.get(staat.KAART_ID))


if __name__ == "__main__":
    main()
