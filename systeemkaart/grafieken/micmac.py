"""MICMAC: each partner's influence (up) against its dependence (right), in four roles.

The axes cross at the means; each quadrant is named by its role in its colour in its
corner (sturend, schakel, afhankelijk, autonoom: :mod:`systeem.analyses.netwerkmaten`).  On a
classroom kaart the names stand beside the dots, those on the same spot in one label.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from systeem.analyses import netwerkmaten
from systeem.model.kaart import OPGAVE, Kaart
from systeemkaart.grafiek import LETTER, MATRIX_MAX, TITEL_LETTER
from systeemkaart.teksten import tekst

#: Colour per MICMAC role (Okabe-Ito colours the map does not use for the klassen).
ROL_KLEUREN = {
    netwerkmaten.STUREND: "#E69F00",  # orange
    netwerkmaten.SCHAKEL: "#CC79A7",  # reddish purple
    netwerkmaten.AFHANKELIJK: "#56B4E9",  # sky blue
    netwerkmaten.AUTONOOM: "#7F7F7F",  # grey
}
#: Each role's corner: (left, top).
HOEKEN = {
    netwerkmaten.STUREND: (True, True),
    netwerkmaten.SCHAKEL: (False, True),
    netwerkmaten.AFHANKELIJK: (False, False),
    netwerkmaten.AUTONOOM: (True, False),
}


def _telas(grens: float, titel: str, taal: str) -> dict:
    """An axis of whole counts from 0 to ``grens``."""
    return {
        "title": tekst(titel, taal),
        "scale": alt.Scale(domain=[0, grens], nice=False),
        "axis": alt.Axis(
            titleFontSize=TITEL_LETTER, labelFontSize=LETTER - 2, tickMinStep=1, format="d"
        ),
    }


def micmac(kaart: Kaart, maten: pd.DataFrame, taal: str) -> alt.LayerChart:
    """The partners of ``maten`` (:func:`systeem.analyses.netwerkmaten.maten`) by influence
    against dependence."""
    partners = maten.drop(index=OPGAVE)
    rollen = {r: tekst(f"micmac.{r}", taal) for r in netwerkmaten.ROLLEN}
    data = pd.DataFrame(
        {
            "partner": partners.index.map(kaart.namen()),
            "invloed": partners["micmac_invloed"].astype("int64").to_numpy(),
            "afhankelijkheid": partners["micmac_afhankelijkheid"].astype("int64").to_numpy(),
            "rol": partners["micmac_rol"].map(rollen).to_numpy(),
        }
    )
    grens_x, grens_y = (max(int(data[k].max()), 1) * 1.1 for k in ("afhankelijkheid", "invloed"))
    x = alt.X("afhankelijkheid:Q", **_telas(grens_x, "balans.micmac.x", taal))
    y = alt.Y("invloed:Q", **_telas(grens_y, "balans.micmac.y", taal))
    kleur = alt.Color(
        "rol:N",
        scale=alt.Scale(
            domain=[rollen[r] for r in netwerkmaten.ROLLEN],
            range=[ROL_KLEUREN[r] for r in netwerkmaten.ROLLEN],
        ),
        legend=alt.Legend(title=None, orient="top", labelFontSize=LETTER, symbolSize=200),
    )
    punten = (
        alt.Chart(data)
        .mark_circle(size=180, opacity=0.85, stroke="white", strokeWidth=1)
        .encode(
            x=x,
            y=y,
            color=kleur,
            tooltip=[
                alt.Tooltip("partner:N", title=tekst("balans.kolom.partner", taal)),
                alt.Tooltip("invloed:Q", title=tekst("maat.micmac_invloed", taal)),
                alt.Tooltip("afhankelijkheid:Q", title=tekst("maat.micmac_afhankelijkheid", taal)),
                alt.Tooltip("rol:N", title=tekst("maat.micmac_rol", taal)),
            ],
        )
    )
    lijn = {"strokeDash": [6, 4], "color": "#555555"}
    midden = pd.DataFrame(
        {"afhankelijkheid": [data["afhankelijkheid"].mean()], "invloed": [data["invloed"].mean()]}
    )
    lagen = [
        alt.Chart(midden).mark_rule(**lijn).encode(x="afhankelijkheid:Q"),
        alt.Chart(midden).mark_rule(**lijn).encode(y="invloed:Q"),
        punten,
    ]
    lagen += [_hoek(rol, rollen[rol], grens_x, grens_y) for rol in HOEKEN]
    if len(data) <= MATRIX_MAX:  # a classroom kaart: names beside the dots
        lagen.append(_namen(data, x, y))
    return alt.layer(*lagen).properties(height=420)


def _hoek(rol: str, woord: str, grens_x: float, grens_y: float) -> alt.Chart:
    """The role's name in the corner of its quadrant, in its colour."""
    links, boven = HOEKEN[rol]
    hoek = pd.DataFrame(
        {
            "afhankelijkheid": [0.0 if links else grens_x],
            "invloed": [grens_y if boven else 0.0],
            "tekst": [woord.capitalize()],
        }
    )
    return (
        alt.Chart(hoek)
        .mark_text(
            align="left" if links else "right",
            baseline="top" if boven else "bottom",
            dx=6 if links else -6,
            dy=6 if boven else -6,
            fontSize=LETTER,
            fontWeight="bold",
            color=ROL_KLEUREN[rol],
        )
        .encode(x="afhankelijkheid:Q", y="invloed:Q", text="tekst:N")
    )


def _namen(data: pd.DataFrame, x: alt.X, y: alt.Y) -> alt.Chart:
    """The names beside the dots; partners on the same spot share one label, a name per
    line, instead of printing their names over each other."""
    namen = (
        data.groupby(["afhankelijkheid", "invloed"], sort=False)["partner"]
        .agg("\n".join)
        .reset_index()
    )
    return (
        alt.Chart(namen)
        .mark_text(
            align="left",
            baseline="top",
            dx=10,
            dy=-7,
            lineBreak="\n",
            limit=170,  # a long name ends in "..." before the next dot's label
            fontSize=LETTER - 2,
            color="#333333",
        )
        .encode(x=x, y=y, text="partner:N")
    )
