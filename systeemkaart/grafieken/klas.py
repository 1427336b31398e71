"""Klas: the class summary of a werksessie as bars, a row per signal or kind of partner.

- :func:`signalen`: per kind of signaal, in how many of the participants' kaarten it
  occurs (:func:`systeem.analyses.klas.signaal_telling`), most first;
- :func:`onbalans_per_soort`: per kind of partner, how many partners the kaarten hold
  (a light bar) and how many of them are out of balance (a vermillion bar over it, the
  map's colour of giving far more), with that share written beside it
  (:func:`systeem.analyses.klas.onbalans_per_soort_partner`).

Rows are sized like every partner chart (:func:`systeemkaart.grafiek.per_partner`), so
each label sits level with its bar and none is dropped.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from systeemkaart.grafiek import GEVEN, LETTER, NEUTRAAL, TITEL_LETTER, partner_as, per_partner
from systeemkaart.teksten import tekst

#: Width in px after which a signal's description ends in "…" (its tooltip has it whole).
SIGNAAL_BREEDTE = 420


def signalen(telling: pd.DataFrame, taal: str) -> alt.TopLevelMixin:
    """Bars of ``telling`` (columns ``omschrijving``, ``kaarten``): a row per signal."""
    kaarten = tekst("werksessie.klas.kaarten", taal)
    grafiek = (
        alt.Chart(telling)
        .mark_bar(color=GEVEN)
        .encode(
            x=alt.X("kaarten:Q", title=kaarten, axis=_telas(int(telling["kaarten"].max()))),
            y=alt.Y(
                "omschrijving:N",
                sort=None,
                title=None,
                axis=partner_as(labelLimit=SIGNAAL_BREEDTE),
            ),
            tooltip=[
                alt.Tooltip("omschrijving:N", title=tekst("werksessie.klas.signaal", taal)),
                alt.Tooltip("kaarten:Q", title=kaarten),
            ],
        )
    )
    return per_partner(grafiek, len(telling))


def onbalans_per_soort(tabel: pd.DataFrame, taal: str) -> alt.TopLevelMixin:
    """Bars of ``tabel`` (columns ``soort``: the kind as shown, ``partners``,
    ``uit_balans``, ``aandeel``): a row per kind of partner."""
    soort = tekst("werksessie.klas.soort_kolom", taal)
    partners = tekst("werksessie.kolom.partners", taal)
    uit = tekst("werksessie.kolom.uit_balans", taal)
    aandeel = tekst("werksessie.klas.aandeel", taal)
    data = tabel.assign(procent=(tabel["aandeel"] * 100).round().astype("int64").astype(str) + "%")
    y = alt.Y("soort:N", sort=None, title=None, axis=partner_as())
    tooltip = [
        alt.Tooltip("soort:N", title=soort),
        alt.Tooltip("partners:Q", title=partners),
        alt.Tooltip("uit_balans:Q", title=uit),
        alt.Tooltip("aandeel:Q", title=aandeel, format=".0%"),
    ]
    basis = alt.Chart(data).encode(y=y, tooltip=tooltip)
    as_ = _telas(int(data["partners"].max()) if len(data) else 1)
    alles = basis.mark_bar(color=NEUTRAAL, stroke="#BDBDBD").encode(
        x=alt.X("partners:Q", title=f"{uit} / {partners}", axis=as_)
    )
    uit_balans = basis.mark_bar(color=GEVEN).encode(x="uit_balans:Q")
    label = basis.mark_text(align="left", dx=6, fontSize=LETTER).encode(
        x="partners:Q", text="procent:N"
    )
    return per_partner(alt.layer(alles, uit_balans, label), len(data))


def _telas(grootste: int) -> alt.Axis:
    """An axis of counts: whole numbers only."""
    return alt.Axis(
        tickMinStep=1,
        format="d",
        values=list(range(0, max(grootste, 1) + 1)) if grootste <= 12 else alt.Undefined,
        labelFontSize=LETTER,
        titleFontSize=TITEL_LETTER,
    )
