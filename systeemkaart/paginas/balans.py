"""Balans: the page that shows who gives and who takes in the collaboration.

From top to bottom: the whole-system figures (:func:`systeem.analyses.balans.systeem`) as
metrics; a diverging bar chart of brengen (left) against halen (right) per partner,
coloured by balance klasse exactly as on the map; a table with each partner's klasse
and signaal; a partner x soort heatmap of the saldo (where the imbalance sits); the net
flow between pairs (:mod:`systeem.analyses.wederkerigheid`); the dependency view
(:mod:`systeem.analyses.afhankelijkheid`: power, one-sided dependencies, asymmetry per pair); a
sortable table of the network measures of every node (:mod:`systeem.analyses.netwerkmaten`), each
column explained in its header's help; and the influence x dependence view (MICMAC) as a
scatter chart with the four roles as labelled quadrants.

The page only calls the core and draws; it computes no balance itself.  Every chart is
Altair with its data inline, so it renders offline (Streamlit bundles Vega).  The page
says that the weights are the mapper's perception.
"""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from systeem.analyses import afhankelijkheid, netwerkmaten, signalen, wederkerigheid
from systeem.analyses import balans as balans_mod
from systeem.model.kaart import OPGAVE, Kaart
from systeem.weergave import AFHANKELIJKHEID_KLEUR, KLASSE_KLEUREN
from systeemkaart import staat
from systeemkaart.grafiek import (
    LETTER,
    MATRIX_MAX,
    PAREN_MAX,
    TITEL_LETTER,
    klasse_schaal,
    klasse_tekst,
    partner_as,
    per_partner,
)
from systeemkaart.opmaak import md
from systeemkaart.teksten import getal, tekst, woordenlijst

#: Up to this many partners the table is static (text wraps); above it, it scrolls.
TABEL_MAX = 30
#: Colour per MICMAC role (Okabe-Ito colours the map does not use for the klassen).
ROL_KLEUREN = {
    netwerkmaten.STUREND: "#E69F00",  # orange
    netwerkmaten.SCHAKEL: "#CC79A7",  # reddish purple
    netwerkmaten.AFHANKELIJK: "#56B4E9",  # sky blue
    netwerkmaten.AUTONOOM: "#7F7F7F",  # grey
}
#: Diverging colours of the heatmaps: giving (vermillion, as on the map), even, taking (blue).
GEVEN, NEUTRAAL, HALEN = (
    KLASSE_KLEUREN[balans_mod.GEEFT_VEEL_MEER],
    "#F2F2F2",
    KLASSE_KLEUREN[balans_mod.HAALT_VEEL_MEER],
)


def toon() -> None:
    """Draw the page."""
    taal = staat.taal()
    kaart = staat.kaart()
    drempel = staat.drempel()
    st.title(tekst("balans.titel", taal))
    st.caption(tekst("balans.uitleg", taal, drempel=getal(drempel, taal)))
    st.info(tekst("balans.inschatting", taal), icon=":material/info:")

    tabel = balans_mod.balans(kaart, drempel)
    gevonden = signalen.signalen(kaart, drempel, taal, balans_tabel=tabel)
    _cijfers(balans_mod.systeem(kaart, drempel), taal)
    if not len(kaart.stromen):
        st.info(tekst("balans.leeg", taal))
    else:
        volgorde = _volgorde(tabel)
        st.subheader(tekst("balans.staaf.kop", taal))
        st.caption(tekst("balans.staaf.uitleg", taal))
        st.altair_chart(_staafdiagram(tabel, volgorde, taal), width="stretch")

        st.subheader(tekst("balans.tabel.kop", taal))
        _tabel(tabel, volgorde, gevonden, taal)

        st.subheader(tekst("balans.soort.kop", taal))
        st.caption(tekst("balans.soort.uitleg", taal))
        st.altair_chart(_per_soort(kaart, volgorde, taal), width="stretch")

        st.subheader(tekst("balans.paren.kop", taal))
        _paren(kaart, taal)

    st.subheader(tekst("balans.afh.kop", taal))
    _afhankelijkheden(kaart, gevonden, taal)

    maten = netwerkmaten.maten(kaart)
    st.subheader(tekst("balans.maten.kop", taal))
    _netwerkmaten(kaart, maten, taal)
    st.subheader(tekst("balans.micmac.kop", taal))
    _micmac(kaart, maten, taal)


# ---------------------------------------------------------------------------
# Helpers.


def _volgorde(tabel: pd.DataFrame) -> list[str]:
    """Partner names from the most giving to the most taking, without stromen last."""
    return tabel.sort_values("balans", kind="stable", na_position="last")["naam"].tolist()


def _cijfers(cijfers: dict, taal: str) -> None:
    """The whole-system figures as metrics."""
    kolommen = st.columns(5)
    met = cijfers["met_stromen"]
    kolommen[0].metric(
        tekst("balans.m.met_stromen", taal),
        f"{met} / {cijfers['partners']}",
        help=tekst("balans.m.met_stromen_hulp", taal),
        border=True,
    )
    kolommen[1].metric(
        tekst("balans.m.uit_balans", taal),
        f"{cijfers['uit_balans']} ({cijfers['aandeel_uit_balans']:.0%})",
        help=tekst("balans.m.uit_balans_hulp", taal),
        border=True,
    )
    kolommen[2].metric(
        tekst("balans.m.geeft", taal),
        cijfers[balans_mod.GEEFT_VEEL_MEER],
        help=klasse_tekst(balans_mod.GEEFT_VEEL_MEER, taal),
        border=True,
    )
    kolommen[3].metric(
        tekst("balans.m.haalt", taal),
        cijfers[balans_mod.HAALT_VEEL_MEER],
        help=klasse_tekst(balans_mod.HAALT_VEEL_MEER, taal),
        border=True,
    )
    spreiding = cijfers["spreiding"]
    kolommen[4].metric(
        tekst("balans.m.spreiding", taal),
        "–" if spreiding is None else getal(spreiding, taal),
        help=tekst("balans.m.spreiding_hulp", taal),
        border=True,
    )


def _staafdiagram(tabel: pd.DataFrame, volgorde: list[str], taal: str) -> alt.Chart:
    """Brengen to the left (negative), halen to the right, one row per partner."""
    brengt, haalt = tekst("balans.staaf.brengt", taal), tekst("balans.staaf.haalt", taal)
    basis = pd.DataFrame(
        {
            "partner": tabel["naam"].to_numpy(),
            "klasse": tabel["klasse"].map(lambda k: klasse_tekst(k, taal)).to_numpy(),
            "brengen": tabel["brengen"].to_numpy(),
            "halen": tabel["halen"].to_numpy(),
        }
    )
    lang = pd.concat(
        [
            basis.assign(kant=brengt, waarde=-basis["brengen"], getal=basis["brengen"]),
            basis.assign(kant=haalt, waarde=basis["halen"], getal=basis["halen"]),
        ],
        ignore_index=True,
    )
    grens = max(int(lang["getal"].max()), 1)
    x = alt.X(
        "waarde:Q",
        title=tekst("balans.staaf.as", taal),
        scale=alt.Scale(domain=[-grens * 1.15, grens * 1.15]),
        axis=alt.Axis(labelExpr="abs(datum.value)", titleFontSize=TITEL_LETTER, grid=True),
    )
    y = alt.Y("partner:N", sort=volgorde, title=None, axis=partner_as())
    tooltip = [
        alt.Tooltip("partner:N", title=tekst("balans.kolom.partner", taal)),
        alt.Tooltip("kant:N", title=tekst("balans.staaf.kant", taal)),
        alt.Tooltip("getal:Q", title=tekst("balans.staaf.som", taal)),
        alt.Tooltip("klasse:N", title=tekst("balans.staaf.klasse", taal)),
    ]
    staven = (
        alt.Chart(lang)
        .mark_bar(cornerRadius=2, height={"band": 0.72})
        .encode(
            x=x,
            y=y,
            color=alt.Color(
                "klasse:N",
                scale=klasse_schaal(taal),
                legend=alt.Legend(
                    title=None,
                    orient="top",
                    direction="horizontal",
                    labelFontSize=LETTER,
                    labelLimit=400,
                    symbolSize=200,
                    columns=2,
                ),
            ),
            opacity=alt.Opacity(
                "kant:N", scale=alt.Scale(domain=[brengt, haalt], range=[0.55, 1.0]), legend=None
            ),
            tooltip=tooltip,
        )
    )
    opmaak = {"fontSize": LETTER - 1, "fontWeight": "bold", "color": "#333333"}
    links = (
        alt.Chart(lang[lang["waarde"] < 0])
        .mark_text(align="right", dx=-4, **opmaak)
        .encode(x=x, y=y, text="getal:Q")
    )
    rechts = (
        alt.Chart(lang[lang["waarde"] > 0])
        .mark_text(align="left", dx=4, **opmaak)
        .encode(x=x, y=y, text="getal:Q")
    )
    nul = alt.Chart(pd.DataFrame({"waarde": [0]})).mark_rule(color="#333333").encode(x="waarde:Q")
    return per_partner(staven + links + rechts + nul, len(basis))


def _tabel(
    tabel: pd.DataFrame, volgorde: list[str], gevonden: list[signalen.Signaal], taal: str
) -> None:
    """Per partner: brengt, haalt, balans, klasse (in its map colour) and signaal.

    A static table up to :data:`TABEL_MAX` partners, so long signal texts wrap and a
    projector shows them whole; a scrolling table for larger kaarten."""
    per_partner = pd.DataFrame(
        [(s.partners[0], s.tekst) for s in gevonden if s.code in balans_mod.KLASSEN],
        columns=["id", "tekst"],
    )
    teksten = per_partner.groupby("id")["tekst"].agg(" ".join)
    kolom = {
        k: tekst(f"balans.kolom.{k}", taal)
        for k in ("partner", "brengt", "haalt", "balans", "klasse", "signaal")
    }
    toon_tabel = pd.DataFrame(
        {
            kolom["partner"]: tabel["naam"],
            kolom["brengt"]: tabel["brengen"],
            kolom["haalt"]: tabel["halen"],
            kolom["balans"]: tabel["balans"],
            kolom["klasse"]: tabel["klasse"].map(lambda k: klasse_tekst(k, taal)),
            kolom["signaal"]: teksten.reindex(tabel.index).fillna("").to_numpy(),
        }
    )
    toon_tabel = toon_tabel.set_index(kolom["partner"]).loc[volgorde].reset_index()
    kleur = {klasse_tekst(k, taal): KLASSE_KLEUREN[k] for k in balans_mod.KLASSEN}
    opmaak = (
        toon_tabel.style.format({kolom["balans"]: lambda v: getal(v, taal, teken=True)}, na_rep="–")
        .apply(
            lambda k: k.map(lambda w: f"background-color: {kleur[w]}; color: white"),
            subset=[kolom["klasse"]],
        )
        .hide(axis="index")
    )
    if len(toon_tabel) <= TABEL_MAX:
        st.table(opmaak, hide_index=True)
    else:
        st.dataframe(opmaak, hide_index=True, width="stretch")


def _divergerend(grens: int, geven_is_positief: bool = False) -> alt.Scale:
    """Vermillion (giving) - light grey (even) - blue (taking), symmetric around 0;
    giving is the negative side unless ``geven_is_positief``."""
    kleuren = [HALEN, NEUTRAAL, GEVEN] if geven_is_positief else [GEVEN, NEUTRAAL, HALEN]
    return alt.Scale(domain=[-grens, 0, grens], range=kleuren, clamp=True)


def _per_soort(kaart: Kaart, volgorde: list[str], taal: str) -> alt.Chart:
    """Heatmap partner x soort of the saldo (halen - brengen)."""
    namen = kaart.namen()
    data = balans_mod.per_soort(kaart)
    data = data.assign(
        partner=data["id"].map(namen), soort=data["soort"].replace(woordenlijst("soort", taal))
    )
    grens = max(int(data["saldo"].abs().max()), 1) if len(data) else 1
    soort, saldo = tekst("balans.soort.soort", taal), tekst("balans.soort.saldo", taal)
    x = alt.X(
        "soort:N",
        title=None,
        sort="ascending",
        axis=alt.Axis(
            orient="top", labelAngle=-40, labelFontSize=LETTER, labelLimit=160, labelOverlap=False
        ),
    )
    y = alt.Y("partner:N", sort=volgorde, title=None, axis=partner_as())
    vakken = (
        alt.Chart(data)
        .mark_rect(stroke="white", strokeWidth=1)
        .encode(
            x=x,
            y=y,
            color=alt.Color(
                "saldo:Q",
                scale=_divergerend(grens),
                # Above the rows: a legend beside them would stick out below a short kaart.
                legend=alt.Legend(
                    title=saldo,
                    orient="top",
                    direction="horizontal",
                    titleFontSize=LETTER - 2,
                    gradientLength=240,
                ),
            ),
            tooltip=[
                alt.Tooltip("partner:N", title=tekst("balans.kolom.partner", taal)),
                alt.Tooltip("soort:N", title=soort),
                alt.Tooltip("brengen:Q", title=tekst("balans.kolom.brengt", taal)),
                alt.Tooltip("halen:Q", title=tekst("balans.kolom.haalt", taal)),
                alt.Tooltip("saldo:Q", title=saldo),
            ],
        )
    )
    getallen = (
        alt.Chart(data)
        .mark_text(fontSize=LETTER - 1)
        .encode(
            x=x,
            y=y,
            text=alt.Text("saldo:Q", format="+d"),
            color=alt.condition(
                f"abs(datum.saldo) > {grens * 0.6}", alt.value("white"), alt.value("#222222")
            ),
        )
    )
    return per_partner(vakken + getallen, data["partner"].nunique())


def _paren(kaart: Kaart, taal: str) -> None:
    """The net flow between pairs: a matrix for a classroom kaart, a list for a large one."""
    namen = {**kaart.namen(), OPGAVE: kaart.opgave or tekst("opgave", taal)}
    knopen = len(kaart.partners) + 1
    if knopen <= MATRIX_MAX:
        st.caption(tekst("balans.paren.uitleg", taal))
        matrix = wederkerigheid.netto_matrix(kaart)
        matrix.index = matrix.columns = [namen[i] for i in matrix.index]
        lang = matrix.rename_axis(index="rij", columns="kolom").stack().rename("netto")
        lang = lang.reset_index()
        lang = lang[lang["rij"] != lang["kolom"]]
        volgorde = list(matrix.index)
        grens = max(int(lang["netto"].abs().max()), 1) if len(lang) else 1
        rij, kolom = tekst("balans.paren.rij", taal), tekst("balans.paren.kolom", taal)
        netto = tekst("balans.paren.netto", taal)
        x = alt.X(
            "kolom:N",
            sort=volgorde,
            title=None,
            axis=partner_as(orient="top", labelAngle=-45, labelFontSize=LETTER - 1, labelLimit=200),
        )
        y = alt.Y("rij:N", sort=volgorde, title=None, axis=partner_as(labelFontSize=LETTER - 1))
        # From the row's point of view: giving more is vermillion, getting more blue.
        vakken = (
            alt.Chart(lang)
            .mark_rect(stroke="white", strokeWidth=1)
            .encode(
                x=x,
                y=y,
                color=alt.Color(
                    "netto:Q", scale=_divergerend(grens, geven_is_positief=True), legend=None
                ),
                tooltip=[
                    alt.Tooltip("rij:N", title=rij),
                    alt.Tooltip("kolom:N", title=kolom),
                    alt.Tooltip("netto:Q", title=netto),
                ],
            )
        )
        getallen = (
            alt.Chart(lang[lang["netto"] != 0])
            .mark_text(fontSize=LETTER - 2)
            .encode(
                x=x,
                y=y,
                text=alt.Text("netto:Q", format="+d"),
                color=alt.condition(
                    f"abs(datum.netto) > {grens * 0.6}", alt.value("white"), alt.value("#222222")
                ),
            )
        )
        st.altair_chart(per_partner(vakken + getallen, len(volgorde)), width="stretch")
    else:
        st.caption(tekst("balans.paren.groot", taal))
    paren = wederkerigheid.paren(kaart)
    paren = paren.assign(a=paren["a"].map(namen), b=paren["b"].map(namen))
    paren = paren.reindex(paren["netto"].abs().sort_values(ascending=False, kind="stable").index)
    if knopen > MATRIX_MAX:
        paren = paren.head(PAREN_MAX)
    cc = st.column_config
    config = {
        "a": cc.TextColumn(tekst("balans.paren.a", taal)),
        "b": cc.TextColumn(tekst("balans.paren.b", taal)),
        "a_naar_b": cc.NumberColumn(tekst("balans.paren.a_naar_b", taal), width="small"),
        "b_naar_a": cc.NumberColumn(tekst("balans.paren.b_naar_a", taal), width="small"),
        "netto": cc.NumberColumn(tekst("balans.paren.netto", taal), format="%+d", width="small"),
        "wederkerigheid": cc.ProgressColumn(
            tekst("balans.paren.wederkerigheid", taal),
            min_value=0.0,
            max_value=1.0,
            format="%.2f",
            help=tekst("balans.paren.wederkerigheid_hulp", taal),
        ),
    }
    if knopen > MATRIX_MAX:
        st.dataframe(paren, hide_index=True, width="stretch", column_config=config)
    else:
        with st.expander(tekst("balans.paren.tabel", taal)):
            st.dataframe(paren, hide_index=True, width="stretch", column_config=config)


def _afhankelijkheden(kaart: Kaart, gevonden: list[signalen.Signaal], taal: str) -> None:
    """Power per partner, the one-sided dependencies and the asymmetry per pair."""
    if not len(kaart.afhankelijkheden):
        st.info(tekst("balans.afh.leeg", taal))
        return
    st.caption(tekst("balans.afh.uitleg", taal))
    namen = kaart.namen()
    macht = afhankelijkheid.macht(kaart)
    macht = macht.assign(partner=macht.index.map(namen)).sort_values("macht", ascending=False)
    links, rechts = st.columns([3, 2])
    with links:
        titel = tekst("balans.afh.macht", taal)
        grafiek = (
            alt.Chart(macht.reset_index(drop=True))
            .mark_bar(color=AFHANKELIJKHEID_KLEUR, cornerRadius=2)
            .encode(
                x=alt.X(
                    "macht:Q",
                    title=titel,
                    axis=alt.Axis(titleFontSize=TITEL_LETTER, tickMinStep=1, format="d"),
                ),
                y=alt.Y("partner:N", sort=macht["partner"].tolist(), title=None, axis=partner_as()),
                tooltip=[
                    alt.Tooltip("partner:N", title=tekst("balans.kolom.partner", taal)),
                    alt.Tooltip("macht:Q", title=titel),
                ],
            )
        )
        st.altair_chart(per_partner(grafiek, len(macht)), width="stretch")
    with rechts:
        st.markdown(f"**{tekst('balans.afh.eenzijdig', taal)}**")
        eenzijdig = [s for s in gevonden if s.code == "eenzijdige_afhankelijkheid"]
        if not eenzijdig:
            st.success(tekst("balans.afh.geen_eenzijdig", taal))
        for s in eenzijdig:
            st.warning(md(s.tekst))
    st.markdown(f"**{tekst('balans.afh.paren', taal)}**")
    paren = afhankelijkheid.asymmetrie(kaart)
    paren = paren.assign(a=paren["a"].map(namen), b=paren["b"].map(namen))
    paren = paren.reindex(
        paren["asymmetrie"].abs().sort_values(ascending=False, kind="stable").index
    )
    cc = st.column_config
    st.dataframe(
        paren,
        hide_index=True,
        width="stretch",
        column_config={
            "a": cc.TextColumn(tekst("balans.paren.a", taal)),
            "b": cc.TextColumn(tekst("balans.paren.b", taal)),
            "a_op_b": cc.NumberColumn(tekst("balans.afh.a_op_b", taal), width="small"),
            "b_op_a": cc.NumberColumn(tekst("balans.afh.b_op_a", taal), width="small"),
            "asymmetrie": cc.NumberColumn(
                tekst("balans.afh.asymmetrie", taal),
                format="%+d",
                help=tekst("balans.afh.asymmetrie_hulp", taal),
            ),
        },
    )


def _netwerkmaten(kaart: Kaart, maten: pd.DataFrame, taal: str) -> None:
    """Every node's network measures in one sortable table, each header with its
    one-sentence definition as help."""
    st.caption(tekst("balans.maten.uitleg", taal))
    if len(maten) > netwerkmaten.EXACT_TOT:
        st.caption(
            tekst(
                "balans.maten.schatting",
                taal,
                grens=f"{netwerkmaten.EXACT_TOT:,}".replace(",", "." if taal == "nl" else ","),
                aantal=netwerkmaten.STEEKPROEF,
            )
        )
    namen = {**kaart.namen(), OPGAVE: tekst("opgave", taal)}
    rollen = {r: tekst(f"micmac.{r}", taal) for r in netwerkmaten.ROLLEN}
    # The opgave is no side of an afhankelijkheid: no sterkte on or from it (0, an empty
    # sum, rather than the grid's English "None") and no rol.
    tabel = maten.assign(
        micmac_rol=maten["micmac_rol"].map(rollen).fillna("–"),
        micmac_invloed=maten["micmac_invloed"].fillna(0),
        micmac_afhankelijkheid=maten["micmac_afhankelijkheid"].fillna(0),
    )
    tabel.insert(0, "partner", tabel.index.map(namen))
    cc = st.column_config
    config = {"partner": cc.TextColumn(tekst("balans.kolom.partner", taal), pinned=True)}
    opmaak = {"betweenness": "%.3f", "closeness": "%.3f", "pagerank": "%.4f"}
    for kolom in netwerkmaten.KOLOMMEN:
        label, hulp = tekst(f"maat.{kolom}", taal), tekst(f"maat.{kolom}.uitleg", taal)
        if kolom == "micmac_rol":
            config[kolom] = cc.TextColumn(label, help=hulp)
        else:
            config[kolom] = cc.NumberColumn(label, help=hulp, format=opmaak.get(kolom, "%d"))
    st.dataframe(tabel, hide_index=True, width="stretch", column_config=config)


def _telas(grens: float, titel: str, taal: str) -> dict:
    """An axis of whole counts from 0 to ``grens``."""
    return {
        "title": tekst(titel, taal),
        "scale": alt.Scale(domain=[0, grens], nice=False),
        "axis": alt.Axis(
            titleFontSize=TITEL_LETTER, labelFontSize=LETTER - 2, tickMinStep=1, format="d"
        ),
    }


def _micmac(kaart: Kaart, maten: pd.DataFrame, taal: str) -> None:
    """Influence (up) against dependence (right) per partner, the axes crossing at the
    means, each quadrant named by its role."""
    if not len(kaart.afhankelijkheden):
        st.caption(tekst("balans.micmac.leeg", taal))
        return
    st.caption(tekst("balans.micmac.uitleg", taal))
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
    # The four roles in the corners of their quadrants, in their colour.
    for rol, links, boven in (
        (netwerkmaten.STUREND, True, True),
        (netwerkmaten.SCHAKEL, False, True),
        (netwerkmaten.AFHANKELIJK, False, False),
        (netwerkmaten.AUTONOOM, True, False),
    ):
        hoek = pd.DataFrame(
            {
                "afhankelijkheid": [0.0 if links else grens_x],
                "invloed": [grens_y if boven else 0.0],
                "tekst": [rollen[rol].capitalize()],
            }
        )
        lagen.append(
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
    if len(data) <= MATRIX_MAX:  # a classroom kaart: names beside the dots
        # Partners on the same spot share one label, a name per line, instead of
        # printing their names over each other.
        namen = (
            data.groupby(["afhankelijkheid", "invloed"], sort=False)["partner"]
            .agg("\n".join)
            .reset_index()
        )
        lagen.append(
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
    st.altair_chart(alt.layer(*lagen).properties(height=420), width="stretch")


toon()
