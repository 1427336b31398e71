"""Teksten of the app's pages, in Dutch (``nl``) and English (``en``), with the core's.

The pages' strings live here in catalogues per page (``systeemkaart/teksten/<page>.py``,
a dict ``TEKSTEN = {key: {"nl": ..., "en": ...}}``, each key's languages side by side).
:func:`tekst` looks up a key among these and the core's (:mod:`systeem.teksten`), so a
page needs one import for every string it shows.
"""

from __future__ import annotations

from systeem import teksten as kern
from systeem.teksten import TALEN, Catalogus, getal, per_taal
from systeemkaart.teksten import (
    algemeen,
    balans,
    bestanden,
    interventies,
    invoeren,
    kaart,
    mijn_kaarten,
    pijlers,
    presenteren,
    start,
    streamlit,
    werksessie,
)

#: The pages' catalogues, one per page or area.
CATALOGI = (
    algemeen,
    streamlit,
    start,
    mijn_kaarten,
    kaart,
    invoeren,
    balans,
    interventies,
    pijlers,
    bestanden,
    presenteren,
    werksessie,
)

#: Every string the app shows, the core's included: ``TEKSTEN[taal][key]``.
TEKSTEN: dict[str, dict[str, str]] = per_taal(
    [*kern.CATALOGI_TEKSTEN, *(c.TEKSTEN for c in CATALOGI)]
)

#: The app's strings (the core's and the pages').
APP = Catalogus(TEKSTEN)
tekst = APP.tekst
aantal_punten = APP.aantal_punten
woord = APP.woord
woordenlijst = APP.woordenlijst

__all__ = ["TALEN", "TEKSTEN", "aantal_punten", "getal", "tekst", "woord", "woordenlijst"]
