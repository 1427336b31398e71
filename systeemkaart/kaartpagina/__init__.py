"""The Kaart page's parts (the page script is ``systeemkaart/paginas/kaart.py``).

Above the map the settings (:mod:`.instellingen`: balance threshold, layers, what node
size stands for, the per-sector view); beside it the panel of the selected partner
(:mod:`.paneel`) and the partners out of balance with the other signals
(:mod:`.uit_balans`).  Every figure comes from :mod:`systeem` (balans, signalen,
afhankelijkheid, netwerkmaten, groepering); these modules only choose and lay out.
"""

from __future__ import annotations

from systeem.analyses import balans

#: Badge colour per balance klasse (matches the node colours in spirit).
BADGE_KLEUREN = {
    balans.GEEFT_VEEL_MEER: "orange",
    balans.IN_BALANS: "green",
    balans.HAALT_VEEL_MEER: "blue",
    balans.GEEN_STROMEN: "gray",
}
