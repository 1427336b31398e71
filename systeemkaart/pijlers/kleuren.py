"""The colours of the Pijlers page's series: the average and each beoordelaar, the same
in the radar (:mod:`.radar`) and in the spread (:mod:`.spreiding`)."""

from __future__ import annotations

import altair as alt

from systeemkaart.teksten import tekst

#: The average, and the beoordelaars in their order (Okabe-Ito, then more).
GEMIDDELD_KLEUR = "#222222"
KLEUREN = (
    "#E69F00",
    "#0072B2",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#8C6D31",
    "#7F7F7F",
    "#B07AA1",
    "#4E79A7",
)


def schaal(namen: list[str], taal: str) -> alt.Scale:
    """The colour scale of the average (named in ``taal``) and of the beoordelaars
    ``namen``; after ten beoordelaars the colours repeat."""
    domein = [tekst("pijlers.gemiddeld", taal), *namen]
    kleuren = [GEMIDDELD_KLEUR, *(KLEUREN[i % len(KLEUREN)] for i in range(len(namen)))]
    return alt.Scale(domain=domein, range=kleuren)
