"""Systeemkaart: the Streamlit entry point (``streamlit run app.py``).

Page configuration, the session's state, the language switch and the navigation;
nothing else of substance.  The pages are scripts in ``systeemkaart/paginas/``.

The language switch stands at the top right of every page (in the navigation bar),
except in presenter mode; the language is kept in the URL and by the browser
(``systeemkaart.staat``, ``systeemkaart.herinnering``).  Streamlit's own English texts are translated by
``systeemkaart.streamlit_teksten``.

Which pages a browser gets depends on its role (:mod:`systeemkaart.toegang`): the single
user and a werksessie participant get the kaart pages, the trainer of a werksessie the
Werksessie page too, and a browser that has not joined a werksessie yet only the Meedoen
page.  A page that is not in the navigation cannot be opened by its address.
"""

from __future__ import annotations

import streamlit as st

from systeemkaart import bewaren, herinnering, opmaak, staat, streamlit_teksten, toegang
from systeemkaart.fouten import veilig
from systeemkaart.navigatie import pagina
from systeemkaart.opmaak import md
from systeemkaart.teksten import tekst

#: How often a participant's page looks whether the trainer froze editing, in seconds.
VRIES_INTERVAL = 5


def main() -> None:
    """Run one pass of the app: configuration, state, navigation and the chosen page."""
    # The sidebar only names the open kaart: start it folded so the map gets the width.
    st.set_page_config(page_title="Systeemkaart", layout="wide", initial_sidebar_state="collapsed")
    staat.begin()
    taal = staat.taal()
    rol = toegang.rol()

    if rol != toegang.GAST:
        with st.sidebar:
            st.caption(tekst("ui.open_kaart", taal, titel=md(staat.kaart().titel)))
    paginas = _paginas(rol, taal)

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
    opmaak.telefoon()  # on a phone: the map first, wide tables scroll in their own box
    gekozen = st.navigation(list(paginas.values()), position="top")
    if staat.naar_start() and gekozen.url_path == paginas["kaart"].url_path:
        st.switch_page(paginas["start"])  # nothing of one's own to come back to: start here
    if st.session_state.pop(toegang.NET_AANGEMELD, False) and "kaart" in paginas:
        st.switch_page(paginas["kaart"])  # just joined: straight to the own kaart
    if "presenteren" not in paginas or gekozen.url_path != paginas["presenteren"].url_path:
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
    # texts and let the browser remember the language, the open own kaart and who it is.
    scripts = st.container(key="sk_scripts")
    with scripts:
        kaart_id = st.session_state.get(staat.KAART_ID)
        streamlit_teksten.vertaal(taal)
        herinnering.onthoud(taal, kaart_id, **toegang.te_onthouden())
    if rol == toegang.DEELNEMER:
        _vries_melding()
    # Storage messages (a refused save, a store problem) stand above every page; they are
    # drawn after the page ran, so an edit made during this run is reported at once.
    boven = st.container()
    veilig(gekozen.run)
    if rol != toegang.GAST:
        with boven:
            veilig(bewaren.meldingen)
    if st.session_state.get(staat.KAART_ID) != kaart_id or toegang.rol() != rol:
        with scripts:  # the page made or opened an own kaart, or joined: the browser keeps it
            herinnering.onthoud(
                taal, st.session_state.get(staat.KAART_ID), **toegang.te_onthouden()
            )


def _paginas(rol: str, taal: str) -> dict[str, st.Page]:
    """The pages of this role, by name (see the module docstring)."""
    meedoen = st.Page(
        pagina("meedoen"),
        title=tekst("nav.meedoen" if rol == toegang.GAST else "nav.mijn_werksessie", taal),
        url_path="meedoen",
        default=rol == toegang.GAST,
    )
    if rol == toegang.GAST:
        # Every other page's address shows the join page too (not Streamlit's English
        # "Page not found" over it): a guest who follows an old link still lands here.
        return {"meedoen": meedoen} | {
            naam: _alias("meedoen", naam, taal) for naam in (*_ADRESSEN, "werksessie")
        }
    paginas = {
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
    if rol == toegang.DEELNEMER:
        paginas["meedoen"] = meedoen  # their name, personal link and the freeze state
        paginas["werksessie"] = _alias("meedoen", "werksessie", taal)
    if rol == toegang.TRAINER:
        paginas["werksessie"] = st.Page(
            pagina("werksessie"), title=tekst("nav.werksessie", taal), url_path="werksessie"
        )
    return paginas


#: The addresses of the kaart pages (``/kaart`` and ``/overzicht`` serve the map).
_ADRESSEN = (
    "start",
    "mijn_kaarten",
    "overzicht",
    "kaart",
    "invoeren",
    "balans",
    "interventies",
    "pijlers",
    "bestanden",
    "presenteren",
)


def _alias(script: str, adres: str, taal: str) -> st.Page:
    """A hidden page at ``/adres`` that runs ``script`` (for an address this role has no
    page for)."""
    return st.Page(
        pagina(script), title=tekst("nav.meedoen", taal), url_path=adres, visibility="hidden"
    )


@st.fragment(run_every=VRIES_INTERVAL)
def _vries_melding() -> None:
    """While the trainer has frozen editing, say so above the page (looked up every few
    seconds, without rerunning the page)."""
    if toegang.bevroren():
        st.warning(tekst("werksessie.bevroren_melding", staat.taal()), icon=":material/pan_tool:")


if __name__ == "__main__":
    main()
