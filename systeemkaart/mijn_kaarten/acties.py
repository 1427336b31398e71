"""What the buttons of the Mijn kaarten page do: open, duplicate, rename, move to the bin,
restore or delete a stored kaart for good, each through :mod:`systeemkaart.staat`.

Each runs as a button's callback and leaves what happened for the next run: a message
under :data:`MELDING` when it worked, the store's problem under
:data:`systeemkaart.staat.OPSLAG_FOUT` when it did not.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

from systeemkaart import staat
from systeemkaart.teksten import tekst

#: A one-off message for the next run (what the last action did).
MELDING = "mijn_melding"


def knop(
    plek: Any,
    label: str,
    sleutel: str,
    actie: Callable[..., None],
    args: tuple,
    icon: str,
    breed: bool = True,
) -> None:
    """A button in ``plek`` (a column, or ``st`` inside a popover) that runs
    ``actie(*args)``; as wide as ``plek`` when ``breed``, else as wide as its label."""
    plek.button(
        label,
        key=sleutel,
        on_click=actie,
        args=args,
        icon=icon,
        width="stretch" if breed else "content",
    )


def open_(kaart_id: str) -> None:
    """Open stored kaart ``kaart_id``."""
    if staat.open_kaart(kaart_id):
        st.session_state[MELDING] = tekst("mijn.geopend", staat.taal(), titel=staat.kaart().titel)
    else:
        st.session_state[MELDING] = tekst("opslag.onbekend", staat.taal())


def dupliceer(kaart_id: str, titel: str) -> None:
    """Store a copy of kaart ``kaart_id`` named ``titel``."""
    _doe(
        lambda: staat.dupliceer(kaart_id, titel),
        tekst("mijn.gedupliceerd", staat.taal(), titel=titel),
    )


def hernoem(kaart_id: str) -> None:
    """Give kaart ``kaart_id`` the name typed in its name field."""
    titel = str(st.session_state.get(f"mijn_naam_{kaart_id}", "")).strip()
    if not titel:
        st.session_state[MELDING] = tekst("mijn.naam_leeg", staat.taal())
        return
    _doe(lambda: staat.hernoem(kaart_id, titel), tekst("mijn.hernoemd", staat.taal(), titel=titel))


def verwijder(kaart_id: str, titel: str) -> None:
    """Move kaart ``kaart_id`` to the bin."""
    _doe(lambda: staat.verwijder(kaart_id), tekst("mijn.verwijderd", staat.taal(), titel=titel))


def herstel(kaart_id: str, titel: str) -> None:
    """Take kaart ``kaart_id`` out of the bin."""
    _doe(lambda: staat.herstel(kaart_id), tekst("mijn.teruggezet", staat.taal(), titel=titel))


def wis(kaart_id: str, titel: str) -> None:
    """Delete kaart ``kaart_id`` for good."""
    _doe(lambda: staat.wis(kaart_id), tekst("mijn.gewist", staat.taal(), titel=titel))


def _doe(actie: Callable[[], object], gelukt: str) -> None:
    """Run a store action from a callback; leave what happened for the next run."""
    try:
        actie()
    except staat.OpslagFout as fout:
        st.session_state[staat.OPSLAG_FOUT] = staat.melding(fout)
        return
    st.session_state[MELDING] = gelukt
