"""Kleuren: the colours, sizes and styles of the drawn kaart, shared by every picture of it.

The map (:mod:`systeem.weergave.visdata`), its legend, the hand-out, the charts of the
app and the graph files (GEXF, GraphML) colour the same things the same way:

- a partner by its balance klasse (:mod:`systeem.analyses.balans`), in the colour-blind-
  safe Okabe-Ito colours (:data:`KLASSE_KLEUREN`); :data:`NEUTRAAL` while a presentation
  has not revealed the balance yet;
- a stroom by its soort (:data:`SOORT_KLEUREN`, Paul Tol's muted set; another soort gets
  a fixed colour derived from the word, :func:`soort_kleur`);
- a belang by its houding (:data:`HOUDING_STIJL`: colour, vis-network shape, legend sign);
- a stroom that a scenario changed by a glow (:data:`GEWIJZIGD_KLEUR`).

Node sizes run between :data:`KLEINSTE` and :data:`GROOTSTE` px; labels use
:data:`LETTER`.
"""

from __future__ import annotations

import colorsys
import hashlib

from systeem.analyses import balans as balans_mod

#: Node colour per balance klasse (Okabe-Ito).
KLASSE_KLEUREN = {
    balans_mod.GEEFT_VEEL_MEER: "#D55E00",  # vermillion
    balans_mod.IN_BALANS: "#009E73",  # bluish green
    balans_mod.HAALT_VEEL_MEER: "#0072B2",  # blue
    balans_mod.GEEN_STROMEN: "#999999",  # grey
}

#: Edge colour per soort of the suggested vocabulary (Paul Tol's muted set, extended).
SOORT_KLEUREN = {
    "geld": "#DDAA33",
    "personeel": "#CC6677",
    "klanten": "#882255",
    "positie": "#AA4499",
    "macht": "#332288",
    "kennis": "#117733",
    "informatie": "#44AA99",
    "tijd": "#56B4E9",
    "autonomie": "#999933",
    "legitimiteit": "#8C564B",
    "netwerk": "#E377C2",
    "overig": "#9E9AC8",
}

#: Colour, shape and legend symbol of a belang per houding.
HOUDING_STIJL = {
    "steunt": ("#44AA99", "triangle", "\u25b2"),
    "neutraal": ("#AAAAAA", "square", "\u25a0"),
    "schuurt": ("#CC3311", "diamond", "\u25c6"),
}

#: Colour of a dependency arrow, of the line from a belang to its partner, of the opgave.
AFHANKELIJKHEID_KLEUR = "#555555"
BELANG_LIJN_KLEUR = "#B0B0B0"
OPGAVE_KLEUR = "#2B2B2B"

#: Node colour while the balance is not revealed yet (a presentation's first steps).
NEUTRAAL = "#7B8794"

#: Smallest and largest node radius (px).
KLEINSTE = 16.0
GROOTSTE = 46.0

#: Glow around a stroom changed by a scenario: a colour that is no soort or klasse
#: colour (bright cyan: a yellow glow vanished on white and on geld), how much wider its
#: line is, and the glow (a blur all round: no offset).
GEWIJZIGD_KLEUR = "#00C8FF"
GEWIJZIGD_EXTRA = 3.0
GLOED = {"enabled": True, "color": GEWIJZIGD_KLEUR, "size": 14, "x": 0, "y": 0}

#: The font of the map's labels.
LETTER = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"


def soort_kleur(soort: str) -> str:
    """Return the colour of a soort: from :data:`SOORT_KLEUREN`, else derived from the word.

    The derived colour is a fixed function of the text (a SHA-256 hash turned into a
    hue at medium saturation and lightness), so it is the same on every machine.

    Example
    -------
    >>> soort_kleur("geld"), soort_kleur("draagvlak") == soort_kleur("draagvlak")
    ('#DDAA33', True)
    """
    if soort in SOORT_KLEUREN:
        return SOORT_KLEUREN[soort]
    hash_ = hashlib.sha256(soort.encode("utf-8")).digest()
    tint = int.from_bytes(hash_[:2], "big") / 65536
    r, g, b = colorsys.hls_to_rgb(tint, 0.42, 0.55)
    return f"#{round(r * 255):02X}{round(g * 255):02X}{round(b * 255):02X}"
