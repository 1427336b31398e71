"""The app's last line of defence: no Python traceback ever reaches the page.

Errors a user can cause are handled where they arise, with a Dutch message naming the
row and field (see :class:`systeem.model.validatie.KaartFout`).  Anything else that escapes a
page is caught here, logged with its traceback for the developer, and shown to the user
as a calm message; the open kaart is left as it was.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import streamlit as st

from systeemkaart import staat
from systeemkaart.teksten import tekst

log = logging.getLogger("systeemkaart")


def veilig(pagina: Callable[[], object]) -> None:
    """Run ``pagina``; show a Dutch message instead of a traceback if it fails.

    Streamlit's own control flow (``st.rerun``, ``st.stop``) derives from
    ``BaseException`` and passes through untouched.
    """
    try:
        pagina()
    except Exception:
        log.exception("onverwachte fout op een pagina")
        st.error(tekst("fout.onverwacht", staat.taal()))
