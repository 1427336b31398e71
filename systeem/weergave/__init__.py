"""Weergave: the kaart drawn, as a network map, a self-contained page and a hand-out.

One module per job:

- :mod:`~systeem.weergave.kleuren`: the colours, sizes and styles every picture of a
  kaart shares (the map, the charts, the graph files);
- :mod:`~systeem.weergave.layout`: where each partner stands (stable, seeded places);
- :mod:`~systeem.weergave.visdata`: the kaart as vis-network nodes, edges and options,
  column by column (:func:`vis_kolommen`), and the readable mode of big kaarten;
- :mod:`~systeem.weergave.legenda`: what the legend explains, as data and as HTML;
- :mod:`~systeem.weergave.pagina`: the standalone, offline map page (:func:`html`) and
  the page skeleton it shares with the hand-out;
- :mod:`~systeem.weergave.handout`: the printable hand-out with chart, tables, scenarios
  and pijlerscan;
- :mod:`~systeem.weergave.bronnen`: the HTML, CSS and JavaScript files in ``static/``
  (package data), vis-network 9.1.2 among them.

This package re-exports the public names of those modules, so callers write
``weergave.html(...)`` or ``from systeem.weergave import KLASSE_KLEUREN``.  (The hand-out
is imported as ``from systeem.weergave import handout``; it is not loaded here.)
"""

from __future__ import annotations

from systeem.weergave import layout
from systeem.weergave.bronnen import UITKLAPPEN_JS, ZOOM_JS, vis_bestanden
from systeem.weergave.kleuren import (
    AFHANKELIJKHEID_KLEUR,
    BELANG_LIJN_KLEUR,
    GEWIJZIGD_EXTRA,
    GEWIJZIGD_KLEUR,
    GROOTSTE,
    HOUDING_STIJL,
    KLASSE_KLEUREN,
    KLEINSTE,
    NEUTRAAL,
    OPGAVE_KLEUR,
    SOORT_KLEUREN,
    soort_kleur,
)
from systeem.weergave.legenda import legenda_html, legenda_inhoud
from systeem.weergave.pagina import document, html, json_literal, teken_script
from systeem.weergave.visdata import (
    GROOT,
    GROOTTES,
    STAPPEN,
    VEEL_RANDEN,
    gemarkeerd,
    leesbaar_melding,
    leesbare_modus,
    vis_kolommen,
)

__all__ = [
    "AFHANKELIJKHEID_KLEUR",
    "BELANG_LIJN_KLEUR",
    "GEWIJZIGD_EXTRA",
    "GEWIJZIGD_KLEUR",
    "GROOT",
    "GROOTSTE",
    "GROOTTES",
    "HOUDING_STIJL",
    "KLASSE_KLEUREN",
    "KLEINSTE",
    "NEUTRAAL",
    "OPGAVE_KLEUR",
    "SOORT_KLEUREN",
    "STAPPEN",
    "UITKLAPPEN_JS",
    "VEEL_RANDEN",
    "ZOOM_JS",
    "document",
    "gemarkeerd",
    "html",
    "json_literal",
    "layout",
    "leesbaar_melding",
    "leesbare_modus",
    "legenda_html",
    "legenda_inhoud",
    "soort_kleur",
    "teken_script",
    "vis_bestanden",
    "vis_kolommen",
]
