"""Beheer: the running werksessie on the projector, and the trainer's controls.

At the top, large enough to read from the back of a room: the join code, the
participants' address and its QR code.  Under it the state of the door and the freeze
with a button to change each, the download of every participant's kaarten in one zip,
and the end of the werksessie: the participants' kaarten deleted now (after a
confirmation) or kept :data:`BEWAARDAGEN` days, which the page states, with the personal
link that reaches them meanwhile.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import pandas as pd
import streamlit as st

from systeem.bestanden.bundel import zip_van_kaarten
from systeem.weergave import qr
from systeemkaart import staat, toegang
from systeemkaart.opmaak import md
from systeemkaart.teksten import tekst
from systeemkaart.werksessie import deelnemers

#: The days the participants' kaarten are kept when the trainer keeps them (the store's).
BEWAARDAGEN = toegang.BEWAARDAGEN
#: Pixels per module of the QR code as drawn; the page scales it to :data:`QR_BREEDTE`.
QR_SCHAAL = 10
#: The QR code's width on the page, in pixels: large enough to scan from the back of a room.
QR_BREEDTE = 330
#: A message for the next run (the werksessie ended), in st.session_state.
MELDING = "_ws_melding"

_STIJL = """<style>
.st-key-ws_code [data-testid="stText"] { font-size: clamp(4rem, 9vw, 9.5rem); font-weight: 800;
  line-height: 1.05; letter-spacing: 0.06em; font-family: "Source Code Pro", ui-monospace, monospace;
  white-space: nowrap; }
.st-key-ws_adres [data-testid="stText"] { font-size: clamp(1.4rem, 2.6vw, 3rem); font-weight: 600;
  line-height: 1.2; overflow-wrap: anywhere; }
.st-key-ws_code [data-testid="stText"] *, .st-key-ws_adres [data-testid="stText"] * {
  font: inherit; letter-spacing: inherit; white-space: inherit; }
.st-key-ws_projector [data-testid="stCaptionContainer"] p { font-size: 1.1rem; }
</style>"""


def deelnemersadres() -> str:
    """The address participants open: the server's address the launcher set
    (``browser.serverAddress``, its LAN address) with the port, else the host this browser
    reached the page on."""
    host = str(st.get_option("browser.serverAddress") or "")
    if host and host != "localhost":
        host = f"[{host}]" if ":" in host and not host.startswith("[") else host
        return f"http://{host}:{st.get_option('server.port')}/"
    deel = urlsplit(str(st.context.url or ""))
    return f"{deel.scheme or 'http'}://{deel.netloc or 'localhost'}/"


def leesbare_code(code: str) -> str:
    """The join code in two halves, easier to read from afar (spaces do not matter when
    typing it).

    Example
    -------
    >>> leesbare_code("K7P2QX")
    'K7P 2QX'
    """
    helft = (len(code) + 1) // 2
    return f"{code[:helft]} {code[helft:]}".strip()


def bundel(opslag: Any, sessie_id: str, taal: str) -> bytes:
    """A zip of every kaart of every participant of werksessie ``sessie_id``, labelled
    "name - title" (:func:`systeemkaart.werksessie.deelnemers.alle_kaarten`)."""
    tabel = deelnemers.galerij(opslag, sessie_id, taal)
    return zip_van_kaarten(deelnemers.alle_kaarten(opslag, tabel))


def melding() -> None:
    """Show the message the last end of a werksessie left (once)."""
    bericht = st.session_state.pop(MELDING, None)
    if bericht:
        st.success(bericht, icon=":material/check_circle:")


def toon(opslag: Any, sessie: Any, aantal: int, taal: str) -> None:
    """Draw the projector block and the controls of the running werksessie ``sessie``
    (``aantal`` participants so far)."""
    st.html(_STIJL)
    adres = deelnemersadres()
    with st.container(horizontal=True, key="ws_projector", gap="large"):
        with st.container():
            st.caption(tekst("werksessie.code_kop", taal))
            with st.container(key="ws_code"):
                st.text(leesbare_code(sessie.code))
            st.caption(tekst("werksessie.adres_kop", taal))
            with st.container(key="ws_adres"):
                st.text(adres)
        with st.container(width="content", key="ws_qr"):
            st.image(
                qr.svg(adres, QR_SCHAAL),
                width=QR_BREEDTE,
                caption=tekst("werksessie.qr_uitleg", taal),
            )
    if sessie.bevroren:
        st.warning(tekst("werksessie.status.bevroren", taal), icon=":material/pan_tool:")
    deur = "werksessie.status.deur_open" if sessie.deur_open else "werksessie.status.deur_dicht"
    st.caption(f"{tekst('werksessie.deelnemers', taal, n=aantal)} · {tekst(deur, taal)}")
    _knoppen(opslag, sessie, taal)
    with st.expander(tekst("werksessie.einde.kop", taal), icon=":material/logout:"):
        _einde(opslag, sessie, aantal, taal)


def _knoppen(opslag: Any, sessie: Any, taal: str) -> None:
    """The door, the freeze and the download, on one row."""
    with st.container(horizontal=True):
        deur = st.button(
            tekst(
                "werksessie.knop.deur_dicht" if sessie.deur_open else "werksessie.knop.deur_open",
                taal,
            ),
            icon=":material/door_front:" if sessie.deur_open else ":material/door_open:",
            key="ws_deur",
        )
        vries = st.button(
            tekst(
                "werksessie.knop.ontdooi" if sessie.bevroren else "werksessie.knop.bevries", taal
            ),
            help=None if sessie.bevroren else tekst("werksessie.knop.bevries_hulp", taal),
            icon=":material/play_arrow:" if sessie.bevroren else ":material/pan_tool:",
            type="primary" if sessie.bevroren else "secondary",
            key="ws_vries",
        )
        st.download_button(
            tekst("werksessie.knop.download", taal),
            data=lambda: bundel(opslag, sessie.id, taal),
            file_name=f"werksessie-{sessie.code}-{datetime.now():%Y%m%d-%H%M}.zip",
            mime="application/zip",
            help=tekst("werksessie.knop.download_hulp", taal),
            icon=":material/download:",
            on_click="ignore",
            key="ws_download",
        )
    if deur or vries:
        try:
            if deur:
                opslag.zet_werksessie(sessie.id, deur_open=not sessie.deur_open)
            else:
                opslag.zet_werksessie(sessie.id, bevroren=not sessie.bevroren)
        except staat.OpslagFout as fout:
            st.error(tekst("werksessie.fout", taal, reden=md(fout.in_taal(taal))))
            return
        st.rerun()


def _einde(opslag: Any, sessie: Any, aantal: int, taal: str) -> None:
    """The end of the werksessie: keep the kaarten a while or delete them now."""
    dagen = st.radio(
        tekst("werksessie.einde.keuze", taal),
        [BEWAARDAGEN, 0],
        format_func=lambda d: tekst(
            "werksessie.einde.bewaren" if d else "werksessie.einde.wissen", taal, dagen=d
        ),
        horizontal=True,
        key="ws_einde_dagen",
    )
    if dagen:
        tot = datetime.now(UTC) + timedelta(days=dagen)
        st.markdown(
            tekst("werksessie.einde.bewaren_uitleg", taal, dagen=dagen, datum=_datum(tot, taal))
        )
        zeker = True
    else:
        st.warning(tekst("werksessie.einde.wissen_uitleg", taal, n=aantal))
        zeker = st.checkbox(tekst("werksessie.einde.bevestig", taal), key="ws_einde_zeker")
    if not st.button(
        tekst("werksessie.einde.knop", taal), type="primary", disabled=not zeker, key="ws_einde"
    ):
        return
    try:
        opslag.beeindig_werksessie(sessie.id, dagen)
        bewaren_tot = opslag.werksessie(sessie.id).bewaren_tot if dagen else None
    except staat.OpslagFout as fout:
        st.error(tekst("werksessie.fout", taal, reden=md(fout.in_taal(taal))))
        return
    st.session_state[MELDING] = (
        tekst("werksessie.einde.bewaard", taal, datum=_datum(pd.Timestamp(bewaren_tot), taal))
        if bewaren_tot
        else tekst("werksessie.einde.gewist", taal)
    )
    st.session_state.pop("ws_einde_zeker", None)
    st.rerun()


def _datum(moment: datetime, taal: str) -> str:
    """A date as the trainer reads it, in the server's time zone."""
    lokaal = pd.Timestamp(moment).to_pydatetime().astimezone()
    return lokaal.strftime("%d-%m-%Y" if taal == "nl" else "%Y-%m-%d")
