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

from typing import Any

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

    def maak(script: str, adres: str, titel: str = "", **extra: Any) -> st.Page:
        titel = tekst(titel or f"nav.{script}", taal)
        return st.Page(pagina(script), title=titel, url_path=adres, **extra)

    paginas = {
        "start": maak("start", "start"),
        "mijn_kaarten": maak("mijn_kaarten", "mijn_kaarten"),
        # The default page is served at "/" and Streamlit ignores its url_path; the hidden
        # page below serves the same script at /kaart, so a typed or bookmarked /kaart opens
        # the map instead of "Page not found".
        "kaart": maak("kaart", "overzicht", default=rol != toegang.GAST),
        "kaart_adres": maak("kaart", "kaart", visibility="hidden"),
        **{
            naam: maak(naam, naam)
            for naam in ("invoeren", "balans", "interventies", "pijlers", "bestanden")
        },
        "presenteren": maak("presenteren", "presenteren"),
    }
    if rol == toegang.GAST:
        # Only the join page; every other page's address shows it too (not Streamlit's
        # English "Page not found" over it), so an old link still lands here.
        adressen = [p.url_path for p in paginas.values()] + ["werksessie"]
        return {"meedoen": maak("meedoen", "meedoen", "nav.meedoen", default=True)} | {
            adres: maak("meedoen", adres, "nav.meedoen", visibility="hidden") for adres in adressen
        }
    if rol == toegang.DEELNEMER:
        # Their name, personal link and the freeze state, also at the trainer's address.
        paginas["meedoen"] = maak("meedoen", "meedoen", "nav.mijn_werksessie")
        paginas["werksessie"] = maak(
            "meedoen", "werksessie", "nav.mijn_werksessie", visibility="hidden"
        )
    if rol == toegang.TRAINER:
        paginas["werksessie"] = maak("werksessie", "werksessie")
    return paginas


@st.fragment(run_every=VRIES_INTERVAL)
def _vries_melding() -> None:
    """While the trainer has frozen editing, say so above the page (looked up every few
    seconds, without rerunning the page)."""
    if toegang.bevroren():
        st.warning(tekst("werksessie.bevroren_melding", staat.taal()), icon=":material/pan_tool:")


if __name__ == "__main__":
    main()
