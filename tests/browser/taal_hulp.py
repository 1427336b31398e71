"""What a user can read on a page, and which of it is in the other language.

Shared by the browser tests that check one language at a time
(tests/browser/test_taal_browser.py: every page in Dutch and English;
tests/browser/test_engels_browser.py: every page, tab, expander and problem in English).

The word lists come from the text catalogues (:mod:`systeemkaart.teksten`): the words
that occur only in the Dutch catalogue, or only in the English one, minus the kaart's own
free text (names, descriptions: the user's data stays as it was typed).  In Dutch,
Streamlit's own English texts (the English entries of the ``streamlit.*`` keys) may not
appear either.  What Streamlit does not let us translate is listed in
:data:`NIET_TE_VERTALEN` (and in docs/architecture.md); the tests do not look there.
"""

from __future__ import annotations

import os
import re

from systeem.bestanden import voorbeelden
from systeemkaart.teksten import TEKSTEN

#: Where Streamlit 1.67 keeps its English and offers no way to change it; the tests do
#: not read these places (docs/architecture.md, "Streamlit's own texts", says more).
NIET_TE_VERTALEN = {
    "table cells": "drawn on a canvas by the grid (an empty cell of a new row included)",
    "chart descriptions": "Vega writes the screen-reader text of a chart's SVG in English",
    "connecting": "'Connecting' / 'Please wait...' shows before the app's page has loaded",
    "table menus": "the number-format and statistics submenus of a table column",
}

_WOORD = re.compile(r"[^\W\d_]{3,}")
#: Words of the kaart that are the user's own text, not a fixed vocabulary.
_VRIJE_VELDEN = {
    "titel", "opgave", "toelichting", "naam", "sector", "omschrijving", "waarvoor",
    "notitie", "beoordelaar",
}  # fmt: skip


def woorden(tekst: str) -> set[str]:
    """The words of three letters or more in ``tekst``, in lower case."""
    return {w.lower() for w in _WOORD.findall(tekst)}


def _catalogus(taal: str) -> set[str]:
    return set().union(*(woorden(re.sub(r"\{\w+\}", " ", t)) for t in TEKSTEN[taal].values()))


def vrije_tekst(waarde, sleutel: str | None = None) -> set[str]:
    """The words in the free-text fields of a kaart document (names, descriptions)."""
    if isinstance(waarde, dict):
        return set().union(set(), *(vrije_tekst(v, k) for k, v in waarde.items()))
    if isinstance(waarde, list):
        return set().union(set(), *(vrije_tekst(v, sleutel) for v in waarde))
    return woorden(waarde) if isinstance(waarde, str) and sleutel in _VRIJE_VELDEN else set()


NL, EN = _catalogus("nl"), _catalogus("en")
#: The words of one language that the other language's interface must not show.
ANDERE_TAAL = {"nl": EN - NL, "en": NL - EN}
#: The user's own text in the example kaarten (the Start page shows all of them).
DATA = set().union(*(vrije_tekst(voorbeelden.laad(n).naar_dict()) for n in voorbeelden.namen()))
#: Streamlit's own English, as it writes it (the English entries of the streamlit.* keys,
#: the fixed parts between the {placeholders}), and the empty-cell word.
STREAMLIT_ENGELS = sorted(
    {
        deel.strip()
        for sleutel, tekst in TEKSTEN["en"].items()
        if sleutel.startswith("streamlit.")
        for deel in re.split(r"\{\w+\}", tekst)
        if len(deel.strip()) >= 4 and not woorden(deel) <= NL  # "Open" is Dutch as well
    }
    | {"None", "Select..."}
)

#: Everything a user can read on the page: the text (also inside the map component's
#: shadow root, without the icon ligatures) and the placeholders and accessible names of
#: the controls (not of a chart's SVG: see NIET_TE_VERTALEN).
_LEES = """() => {
  const stijl = document.createElement("style");
  stijl.textContent = "[translate=no][aria-hidden=true]{display:none!important}";
  document.head.appendChild(stijl);
  const delen = [document.body.innerText];
  for (const host of document.querySelectorAll("*")) {
    if (!host.shadowRoot) continue;
    // Only what is drawn: a <style> or <script>, or an element not rendered at this moment
    // (a map being replaced), has its source as innerText, which no user reads.
    for (const kind of host.shadowRoot.children) {
      if (["STYLE", "SCRIPT"].includes(kind.tagName) || !kind.getClientRects().length) continue;
      if (kind.innerText) delen.push(kind.innerText);
    }
  }
  stijl.remove();
  for (const el of document.querySelectorAll("[placeholder], [aria-label], [title]")) {
    if (el.closest("svg, .vega-embed, canvas")) continue;
    for (const a of ["placeholder", "aria-label", "title"]) {
      const v = el.getAttribute(a);
      if (v) delen.push(v);
    }
  }
  return delen.join("\\n");
}"""


def lees(pagina) -> str:
    """Everything a user can read on ``pagina`` now (see :data:`_LEES`)."""
    pagina.wait_for_timeout(150)  # the translator runs on the next animation frame
    return pagina.evaluate(_LEES)


def opgeslagen() -> set[str]:
    """The free text of the kaarten in the session's store (other tests made them; Mijn
    kaarten lists their titles): the user's own words, in whatever language."""
    from systeem.opslag import Opslag

    pad = os.environ.get("SYSTEEMKAART_DB", "")
    if not pad or not os.path.exists(pad):
        return set()
    opslag = Opslag(pad)
    ids = [*opslag.lijst()["id"], *opslag.lijst(prullenbak=True)["id"]]
    return set().union(set(), *(vrije_tekst(opslag.lees(i).kaart.naar_dict()) for i in ids))


def fouten(tekst: str, taal: str, data: set[str] = frozenset()) -> list[str]:
    """The words of the other language in ``tekst`` (and, in Dutch, Streamlit's English).

    The store's file path (Mijn kaarten names it) and its kaarten are the user's data too,
    and so are the words in ``data`` (what a test typed or uploaded)."""
    data = DATA | data | woorden(os.environ.get("SYSTEEMKAART_DB", "")) | opgeslagen()
    gevonden = sorted((woorden(tekst) & ANDERE_TAAL[taal]) - data)
    if taal == "nl":
        gevonden += [
            z for z in STREAMLIT_ENGELS if re.search(rf"(?<!\w){re.escape(z)}(?!\w)", tekst)
        ]
    return gevonden
