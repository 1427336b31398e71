"""Bewaren: what the user sees of the storage – messages, and the undo and redo buttons.

:func:`meldingen` runs on every page (from ``app.py``): it says when an edit was
refused because the kaart changed in another tab (with "load the newest version" and
"store my edit anyway"), when the store cannot be used, when a broken store file was
set aside, and when the open kaart is in the bin.  :func:`knoppen` draws undo, redo and
the autosave status at the top of the pages that edit (Kaart, Invoeren).

The state behind it lives in :mod:`systeemkaart.staat`; this module only draws.
"""

from __future__ import annotations

from datetime import datetime

import pandas as pd
import streamlit as st

from systeemkaart import staat
from systeemkaart.opmaak import md
from systeemkaart.teksten import tekst


def meldingen() -> None:
    """Show the storage messages that apply to this run (usually none)."""
    taal = staat.taal()
    eenmalig = st.session_state.pop(staat.OPSLAG_MELDING, None)
    if eenmalig:
        st.warning(md(eenmalig), icon=":material/warning:")
    fout = st.session_state.get(staat.OPSLAG_FOUT)
    if fout:
        st.error(tekst("opslag.fout", taal, reden=md(fout)), icon=":material/error:")
    conflict = st.session_state.get(staat.CONFLICT)
    stand = staat.stand()
    if conflict:
        with st.container(border=True, key="opslag_conflict"):
            st.warning(tekst("opslag.conflict", taal, foto=md(conflict["foto"])))
            links, rechts, _ = st.columns([1, 1, 2])
            links.button(
                tekst("opslag.herladen", taal),
                key="opslag_herladen",
                on_click=staat.herlaad,
                type="primary",
                icon=":material/refresh:",
            )
            rechts.button(
                tekst("opslag.toch", taal),
                key="opslag_toch",
                on_click=staat.bewaar_toch,
                help=tekst("opslag.toch_hulp", taal),
            )
    elif st.session_state.get(staat.ANDERS) or (
        stand is not None and stand.versie != st.session_state.get(staat.BASIS)
    ):
        with st.container(border=True, key="opslag_anders"):
            st.info(tekst("opslag.anders", taal), icon=":material/sync_problem:")
            st.button(
                tekst("opslag.herladen", taal),
                key="opslag_herladen",
                on_click=staat.herlaad,
                type="primary",
                icon=":material/refresh:",
            )
    if stand is not None and stand.verwijderd:
        kolommen = st.columns([3, 1], vertical_alignment="center")
        kolommen[0].info(tekst("opslag.in_prullenbak", taal), icon=":material/delete:")
        kolommen[1].button(
            tekst("opslag.terugzetten", taal),
            key="opslag_terugzetten",
            on_click=staat.herstel,
            args=(st.session_state[staat.KAART_ID],),
        )


def knoppen() -> None:
    """Undo, redo and the autosave status, in one row."""
    taal = staat.taal()
    kolommen = st.columns([1.5, 1.1, 5.4], vertical_alignment="center", gap="small")
    kolommen[0].button(
        tekst("opslag.ongedaan", taal),
        key="opslag_ongedaan",
        on_click=staat.ongedaan_maken,
        disabled=not staat.kan_ongedaan(),
        icon=":material/undo:",
        help=tekst("opslag.ongedaan_hulp", taal),
        width="stretch",
    )
    kolommen[1].button(
        tekst("opslag.opnieuw", taal),
        key="opslag_opnieuw",
        on_click=staat.opnieuw_doen,
        disabled=not staat.kan_opnieuw(),
        icon=":material/redo:",
        help=tekst("opslag.opnieuw_hulp", taal),
        width="stretch",
    )
    stand = staat.stand()
    if stand is not None:
        status = tekst("opslag.status.bewaard", taal, tijd=tijd(stand.gewijzigd, taal))
    elif st.session_state.get(staat.VOORBEELD):
        status = tekst("opslag.status.voorbeeld", taal)
    else:
        status = tekst("opslag.status.niet", taal)
    kolommen[2].caption(status)


def tijd(moment: str | pd.Timestamp | datetime | None, taal: str) -> str:
    """A stored moment (UTC) as local date and time, written as the language writes it.

    Example
    -------
    >>> tijd(None, "nl")
    ''
    """
    if moment is None or (not isinstance(moment, str) and pd.isna(moment)):
        return ""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    elif isinstance(moment, pd.Timestamp):
        moment = moment.to_pydatetime()
    lokaal = moment.astimezone()
    return lokaal.strftime("%d-%m-%Y %H:%M" if taal == "nl" else "%Y-%m-%d %H:%M")
