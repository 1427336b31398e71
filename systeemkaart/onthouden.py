"""Onthouden: a widget's choice kept while the user visits other pages.

Streamlit drops a widget's value from the session as soon as a run does not draw the
widget (the user is on another page), so coming back shows its default again.  A
choice that must outlive the page therefore lives under a key of its own, one no
widget owns (``sleutel``), and the widget (``widget``) only shows it:

- before the widget is drawn, :func:`toon` puts the kept choice into it;
- the widget's ``on_change`` (:func:`koppel` gives the arguments) keeps what the user
  chose under ``sleutel``; ``vorm`` may keep more than the widget's value (a scenario's
  place *and* its name, so the page finds it again when the list changed).

Use::

    plek = ...  # the kept choice, checked against what the page offers now
    onthouden.toon(KIES, plek)
    st.selectbox(label, opties, **onthouden.koppel(KIES, GEKOZEN))
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st


def bewaard(sleutel: str, standaard: Any = None) -> Any:
    """The choice kept under ``sleutel`` (``standaard`` when there is none)."""
    return st.session_state.get(sleutel, standaard)


def onthoud(sleutel: str, waarde: Any) -> None:
    """Keep ``waarde`` under ``sleutel`` (a key no widget owns)."""
    st.session_state[sleutel] = waarde


def toon(widget: str, waarde: Any) -> None:
    """Show ``waarde`` in the widget ``widget``; call it before the widget is drawn."""
    if st.session_state.get(widget) != waarde:
        st.session_state[widget] = waarde


def kopieer(widget: str, sleutel: str, vorm: Callable[[Any], Any] | None = None) -> None:
    """Keep the widget's value under ``sleutel``, through ``vorm`` if given (an ``on_change``)."""
    waarde = st.session_state.get(widget)
    onthoud(sleutel, waarde if vorm is None else vorm(waarde))


def koppel(widget: str, sleutel: str, vorm: Callable[[Any], Any] | None = None) -> dict[str, Any]:
    """The widget's arguments (``key``, ``on_change``, ``args``) that keep its choice under
    ``sleutel`` (:func:`kopieer`)."""
    return {"key": widget, "on_change": kopieer, "args": (widget, sleutel, vorm)}
