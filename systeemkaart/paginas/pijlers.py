"""Pijlers: the pijlerscan, where a group rates the eight pillars of chain collaboration.

From top to bottom:

- the beoordelaar bar: pick the beoordelaar being scored, add one (a name, unique
  without regard to case), rename or remove one;
- left, the scoring of the chosen beoordelaar: per dimensie (with its tension) its two
  pijlers, each with its explanation, a score 1-5 (click the chosen score again for
  "niet gescoord") and a note; right, the radar chart of the eight pijlers per
  beoordelaar and their average, and the weakest pijlers with their explanation and
  their dimensie's tension;
- the four dimensies as a 2 x 2 of quadrants coloured by their average (our own
  rendering of the model) and the spread between the beoordelaars per pijler, with a
  table of the figures: where the views differ, that is where the conversation is;
- all scores as one editable table, for typing in a flip chart quickly.

Every change goes through :func:`systeemkaart.staat.zet_kaart` (stored at once, undoable); a bad
name or a bad cell gives a message and changes nothing.  The scores frame only holds
pijlers that have a score or a note (:mod:`systeem.analyses.pijlers`), so a beoordelaar who was
just added and has scored nothing yet lives in the session (:data:`WACHTEND`) until
the first score.

The widgets of the scoring have fixed keys (``pj_score_<pijler>``,
``pj_notitie_<pijler>``) and are set from the kaart before they are drawn, so they
follow the chosen beoordelaar, undo and another tab.  The radar chart is drawn with
plain Altair marks: the points and line pieces come from the core
(:func:`systeem.analyses.pijlers.radar_punten`, :func:`systeem.analyses.pijlers.radar_lijnen`), as Altair
has no polar line mark.  The page only calls the core
and draws; it computes no figures itself.
"""

from __future__ import annotations

import math
from typing import Any

import altair as alt
import numpy as np
import pandas as pd
import streamlit as st

from systeem.analyses import pijlers
from systeem.analyses.pijlers import DIMENSIES, PIJLERS, PIJLERS_VAN, SCORES
from systeem.model.kaart import Kaart
from systeem.model.validatie import KaartFout
from systeemkaart import bewaren, staat
from systeemkaart.grafiek import LETTER, TITEL_LETTER
from systeemkaart.opmaak import md
from systeemkaart.teksten import getal, tekst

# Session keys of this page.
KIES = "pj_beoordelaar"  # the beoordelaar being scored (selectbox)
GEKOZEN = "pj_gekozen"  # ... kept when the selectbox is not on the page (another page)
NAAM = "pj_naam"  # the name field: a new beoordelaar, or the new name of the chosen one
WACHTEND = "pj_wachtend"  # beoordelaars added but not yet scored: {"kaart": ..., "namen": [...]}
FOUT = "pj_fout"  # a refused action, shown once under the bar
MELDING = "pj_melding"  # a message for the next run (toast)


def score_sleutel(pijler: str) -> str:
    """The key of the score widget of ``pijler``."""
    return f"pj_score_{pijler}"


def notitie_sleutel(pijler: str) -> str:
    """The key of the note field of ``pijler``."""
    return f"pj_notitie_{pijler}"


def tabel_sleutel(versie: int | None = None) -> str:
    """The key of the table editor for kaart version ``versie`` (the current one when
    absent): a new version starts the editor afresh."""
    if versie is None:
        versie = st.session_state.get(staat.VERSIE, 0)
    return f"pj_tabel_{versie}"


#: The average in the charts, and the colours of the beoordelaars (Okabe-Ito, then more).
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
#: Quadrant fill from weak (1) through middling (3) to strong (5); grey when unscored.
ZWAK, MIDDEN, STERK, ONGESCOORD = "#F19C73", "#F4F4F4", "#7CC4A4", "#E4E4E4"
#: The radar: the outer ring, where the labels stand, and the half-width and half-height
#: of the drawing in score units (their ratio is the chart's width / height).
RING = pijlers.HOOGST
LABEL_STRAAL = 5.65
HALF_BREED, HALF_HOOG = 10.0, 6.6
RADAR_BREED = 740


def toon() -> None:
    """Draw the page."""
    taal = staat.taal()
    kaart = staat.kaart()
    st.title(tekst("pijlers.titel", taal))
    st.caption(tekst("pijlers.uitleg", taal))
    st.info(tekst("pijlers.inschatting", taal), icon=":material/info:")
    bewaren.knoppen()
    melding = st.session_state.pop(MELDING, None)
    if melding:
        st.toast(md(melding))

    scores = kaart.pijlers
    namen = _namen(scores)
    gekozen = _balk(namen, taal)
    if gekozen is None:
        return
    kleuren = _kleuren(namen, taal)
    links, rechts = st.columns([2, 3], gap="large")
    with links:
        _scoren(scores, gekozen, taal)
    with rechts:
        st.subheader(tekst("pijlers.radar.kop", taal))
        if scores["score"].notna().any():
            st.caption(tekst("pijlers.radar.uitleg", taal))
            st.altair_chart(_radar(scores, kleuren, taal), width="content")
            _zwakste(scores, taal)
        else:
            st.info(tekst("pijlers.geen_scores", taal))
    if scores["score"].notna().any():
        links, rechts = st.columns(2, gap="large")
        with links:
            _dimensies(scores, taal)
        with rechts:
            _spreiding(scores, kleuren, taal)
    _tabel(kaart, taal)


# ---------------------------------------------------------------------------
# Beoordelaars: pick, add, rename, remove.


def _sleutel_kaart() -> tuple:
    """Which kaart the session's waiting beoordelaars belong to."""
    return st.session_state.get(staat.KAART_ID), st.session_state.get(staat.VOORBEELD)


def _wachtend() -> list[str]:
    """The beoordelaars added to the open kaart in this session who have scored nothing."""
    bewaard = st.session_state.get(WACHTEND) or {}
    return list(bewaard.get("namen", [])) if bewaard.get("kaart") == _sleutel_kaart() else []


def _zet_wachtend(namen: list[str]) -> None:
    st.session_state[WACHTEND] = {"kaart": _sleutel_kaart(), "namen": list(namen)}


def _namen(scores: pd.DataFrame) -> list[str]:
    """The beoordelaars: those with scores, then those still waiting for their first."""
    bewaard = pijlers.beoordelaars(scores)
    wachtend = [n for n in _wachtend() if n not in bewaard]
    return bewaard + wachtend


def _balk(namen: list[str], taal: str) -> str | None:
    """The beoordelaar bar; returns the chosen beoordelaar (None when there is none)."""
    if namen and st.session_state.get(KIES) not in namen:
        vorige = st.session_state.get(GEKOZEN)
        st.session_state[KIES] = vorige if vorige in namen else namen[0]
    with st.container(border=True, key="pj_balk"):
        if not namen:
            st.info(tekst("pijlers.leeg", taal), icon=":material/groups:")
            kol = st.columns([5, 2], vertical_alignment="bottom", gap="small")
            _naam_en_toevoegen(kol[0], kol[1], tekst("pijlers.naam.eerste", taal), True, taal)
        else:
            kol = st.columns([4, 4, 2, 2, 1], vertical_alignment="bottom", gap="small")
            kol[0].selectbox(tekst("pijlers.beoordelaar", taal), namen, key=KIES)
            _naam_en_toevoegen(kol[1], kol[2], tekst("pijlers.naam", taal), False, taal)
            kol[3].button(
                tekst("pijlers.hernoem", taal),
                key="pj_hernoem",
                on_click=_hernoem,
                icon=":material/edit:",
                help=tekst("pijlers.hernoem_hulp", taal),
                width="stretch",
            )
            kol[4].button(
                "",
                key="pj_weg",
                on_click=_verwijder,
                icon=":material/delete:",
                help=tekst("pijlers.weg_hulp", taal),
                width="stretch",
            )
        fout = st.session_state.pop(FOUT, None)
        if fout:
            st.error(fout)
    if not namen:
        return None
    st.session_state[GEKOZEN] = st.session_state.get(KIES)
    return st.session_state[GEKOZEN]


def _naam_fout(naam: str, anderen: list[str], taal: str) -> str | None:
    """Why ``naam`` cannot be a beoordelaar's name (in the UI language), or None."""
    if not naam:
        return tekst("pijlers.fout.naam_leeg", taal)
    if pijlers.bezet(naam, anderen):
        gelijk = next(n for n in anderen if pijlers.bezet(n, [naam]))
        return tekst("pijlers.fout.naam_bestaat", taal, naam=md(gelijk))
    return None


def _voeg_toe() -> None:
    """Add the beoordelaar named in the name field and choose them."""
    taal, scores = staat.taal(), staat.kaart().pijlers
    naam = str(st.session_state.get(NAAM) or "").strip()
    fout = _naam_fout(naam, _namen(scores), taal)
    if fout:
        st.session_state[FOUT] = fout
        return
    _zet_wachtend([*_wachtend(), naam])
    st.session_state[KIES] = naam
    st.session_state[NAAM] = ""
    st.session_state[MELDING] = tekst("pijlers.toegevoegd", taal, naam=naam)


def _hernoem() -> None:
    """Give the chosen beoordelaar the name in the name field."""
    taal, kaart = staat.taal(), staat.kaart()
    oud = st.session_state.get(KIES)
    naam = str(st.session_state.get(NAAM) or "").strip()
    namen = _namen(kaart.pijlers)
    if oud not in namen:
        return
    fout = _naam_fout(naam, [n for n in namen if n != oud], taal)
    if fout:
        st.session_state[FOUT] = fout
        return
    wachtend = _wachtend()
    if oud in pijlers.beoordelaars(kaart.pijlers):
        try:
            nieuw = pijlers.hernoem_beoordelaar(kaart.pijlers, oud, naam)
        except KaartFout as f:
            st.session_state[FOUT] = _fout_tekst(f, taal)
            return
        if not staat.zet_kaart(kaart.met(pijlers=nieuw)):
            return
    else:
        wachtend = [naam if n == oud else n for n in wachtend]
    _zet_wachtend(wachtend)
    st.session_state[KIES] = naam
    st.session_state[NAAM] = ""
    st.session_state[MELDING] = tekst("pijlers.hernoemd", taal, oud=oud, naam=naam)


def _verwijder() -> None:
    """Remove the chosen beoordelaar with all their scores (undo brings them back)."""
    taal, kaart = staat.taal(), staat.kaart()
    oud = st.session_state.get(KIES)
    wachtend = _wachtend()  # before storing, as in _zet
    if oud in pijlers.beoordelaars(kaart.pijlers) and not staat.zet_kaart(
        kaart.met(pijlers=pijlers.zonder_beoordelaar(kaart.pijlers, oud))
    ):
        return
    _zet_wachtend([n for n in wachtend if n != oud])
    st.session_state.pop(KIES, None)
    st.session_state[MELDING] = tekst("pijlers.verwijderd", taal, naam=oud)


# ---------------------------------------------------------------------------
# Scoring one beoordelaar.


def _scoren(scores: pd.DataFrame, beoordelaar: str, taal: str) -> None:
    eigen = scores[scores["beoordelaar"] == beoordelaar].set_index("pijler")
    gescoord = int(eigen["score"].notna().sum())
    st.subheader(tekst("pijlers.scoren.kop", taal, naam=md(beoordelaar)))
    st.caption(tekst("pijlers.scoren.uitleg", taal, aantal=gescoord, totaal=len(PIJLERS)))
    for dimensie in DIMENSIES:
        dim = pijlers.dimensie_tekst(dimensie, taal)
        with st.container(border=True, key=f"pj_dim_{dimensie}"):
            st.markdown(f"#### {dim.naam} · *{dim.spanning}*")
            st.caption(dim.uitleg)
            for pijler in PIJLERS_VAN[dimensie]:
                _pijler(pijler, eigen, taal)


def _pijler(pijler: str, eigen: pd.DataFrame, taal: str) -> None:
    """Score and note of one pijler, set from the kaart before they are drawn."""
    uitleg = pijlers.pijler_tekst(pijler, taal)
    score = eigen["score"].get(pijler, pd.NA)
    score = None if pd.isna(score) else int(score)
    notitie = str(eigen["notitie"].get(pijler, "") or "")
    if st.session_state.get(score_sleutel(pijler), None) != score:
        st.session_state[score_sleutel(pijler)] = score
    if st.session_state.get(notitie_sleutel(pijler), "") != notitie:
        st.session_state[notitie_sleutel(pijler)] = notitie
    st.markdown(f"**{uitleg.naam}**")
    st.caption(uitleg.uitleg)
    kol = st.columns([1, 1], vertical_alignment="center", gap="small")
    kol[0].segmented_control(
        uitleg.naam,
        SCORES,
        key=score_sleutel(pijler),
        on_change=_zet,
        args=(pijler,),
        label_visibility="collapsed",
        help=tekst("pijlers.score_hulp", taal),
        width="stretch",
    )
    kol[1].text_input(
        tekst("pijlers.notitie", taal),
        key=notitie_sleutel(pijler),
        on_change=_zet,
        args=(pijler,),
        max_chars=500,
        label_visibility="collapsed",
        placeholder=tekst("pijlers.notitie_leeg", taal),
    )


def _zet(pijler: str) -> None:
    """Store the chosen beoordelaar's score and note of ``pijler`` (from the widgets)."""
    taal, kaart = staat.taal(), staat.kaart()
    beoordelaar = st.session_state.get(KIES)
    if not beoordelaar:
        return
    score = st.session_state.get(score_sleutel(pijler))
    notitie = str(st.session_state.get(notitie_sleutel(pijler)) or "")
    try:
        nieuw = pijlers.met_score(kaart.pijlers, beoordelaar, pijler, score, notitie)
    except KaartFout as f:
        st.session_state[FOUT] = _fout_tekst(f, taal)
        return
    # Read before storing: the first edit of an example gives the kaart its own id.
    wachtend = _wachtend()
    if staat.zet_kaart(kaart.met(pijlers=nieuw)):
        # One who cleared every score keeps waiting in the session; one who scored no
        # longer waits.
        bewaard = set(pijlers.beoordelaars(nieuw))
        wachtend = [n for n in wachtend if n not in bewaard]
        if beoordelaar not in bewaard:
            wachtend.append(beoordelaar)
        _zet_wachtend(wachtend)


def _fout_tekst(fout: KaartFout, taal: str) -> str:
    regels = [f"- {md(p.rij_tekst())}" for p in fout.problemen]
    return "\n".join([tekst("pijlers.fout.kop", taal), "", *regels])


# ---------------------------------------------------------------------------
# The radar chart.


def _kleuren(namen: list[str], taal: str) -> alt.Scale:
    """The colour of the average and of each beoordelaar, the same in every chart."""
    domein = [tekst("pijlers.gemiddeld", taal), *namen]
    kleuren = [GEMIDDELD_KLEUR, *(KLEUREN[i % len(KLEUREN)] for i in range(len(namen)))]
    return alt.Scale(domain=domein, range=kleuren)


def _naam_en_toevoegen(veld: Any, knop: Any, label: str, eerste: bool, taal: str) -> None:
    """The name field and the "add" button of the beoordelaar bar (the button stands out
    while there is no beoordelaar yet)."""
    veld.text_input(
        label, key=NAAM, max_chars=60, placeholder=tekst("pijlers.naam.placeholder", taal)
    )
    knop.button(
        tekst("pijlers.toevoegen", taal),
        key="pj_toevoegen",
        on_click=_voeg_toe,
        type="primary" if eerste else "secondary",
        icon=":material/person_add:",
        width="stretch",
    )


def _radar(scores: pd.DataFrame, kleuren: alt.Scale, taal: str) -> alt.LayerChart:
    """The eight pijlers on a radar: a polygon per beoordelaar and their average (thick),
    rings at scores 1-5 and a spoke per pijler with its short name."""
    gemiddeld = tekst("pijlers.gemiddeld", taal)
    matrix = pijlers.per_beoordelaar(scores).astype("Float64")
    matrix.insert(0, gemiddeld, pijlers.per_pijler(scores)["gemiddelde"])
    punten = pijlers.radar_punten(matrix)
    korte = {p: pijlers.pijler_tekst(p, taal).kort for p in PIJLERS}
    punten = punten.assign(naam=punten["pijler"].map(korte))
    lijnen = pijlers.radar_lijnen(punten)

    x = alt.X("x:Q", scale=alt.Scale(domain=[-HALF_BREED, HALF_BREED]), axis=None)
    y = alt.Y("y:Q", scale=alt.Scale(domain=[-HALF_HOOG, HALF_HOOG]), axis=None)
    kleur = alt.Color(
        "reeks:N",
        scale=kleuren,
        legend=alt.Legend(
            title=None,
            orient="bottom",
            direction="horizontal",
            labelFontSize=LETTER,
            labelLimit=240,
            symbolStrokeWidth=4,
            symbolSize=260,
            columns=4,
        ),
    )

    hoek = pijlers.HOEKEN
    rond = np.linspace(0, 2 * math.pi, 97)
    ringen = pd.DataFrame(
        {
            "ring": np.repeat(np.array(SCORES), len(rond)),
            "volgorde": np.tile(np.arange(len(rond)), len(SCORES)),
            "x": np.outer(SCORES, np.cos(rond)).ravel(),
            "y": np.outer(SCORES, np.sin(rond)).ravel(),
        }
    )
    ring_laag = (
        alt.Chart(ringen)
        .mark_line(color="#BBBBBB", strokeWidth=1)
        .encode(x=x, y=y, detail="ring:N", order="volgorde:Q")
    )
    tussen = pijlers.TUSSEN
    ringlabels = pd.DataFrame(
        {
            "x": np.array(SCORES) * math.cos(tussen),
            "y": np.array(SCORES) * math.sin(tussen),
            "tekst": [str(s) for s in SCORES],
        }
    )
    ringlabel_laag = (
        alt.Chart(ringlabels)
        .mark_text(fontSize=LETTER - 3, color="#888888", dx=4, dy=-6)
        .encode(x=x, y=y, text="tekst:N")
    )
    spaken = pd.DataFrame(
        {"x": 0.0, "y": 0.0, "x2": RING * np.cos(hoek), "y2": RING * np.sin(hoek)}
    )
    spaak_laag = (
        alt.Chart(spaken)
        .mark_rule(color="#BBBBBB", strokeWidth=1)
        .encode(x=x, y=y, x2="x2:Q", y2="y2:Q")
    )
    labels = pd.DataFrame(
        {
            "x": LABEL_STRAAL * np.cos(hoek),
            "y": LABEL_STRAAL * np.sin(hoek),
            "tekst": [korte[p] for p in PIJLERS],
        }
    )
    kant = np.where(labels["x"] > 0.5, "left", np.where(labels["x"] < -0.5, "right", "center"))
    label_lagen = [
        alt.Chart(labels[kant == uitlijning])
        .mark_text(align=uitlijning, baseline="middle", fontSize=LETTER, fontWeight="bold")
        .encode(x=x, y=y, text="tekst:N")
        for uitlijning in ("left", "right", "center")
        if (kant == uitlijning).any()
    ]
    is_gem = lijnen["reeks"] == gemiddeld
    gem_lijn = (
        alt.Chart(lijnen[is_gem])
        .mark_line(strokeWidth=5, opacity=0.85)
        .encode(x=x, y=y, color=kleur, detail="stuk:N", order="volgorde:Q")
    )
    eigen_lijn = (
        alt.Chart(lijnen[~is_gem])
        .mark_line(strokeWidth=2.5, opacity=0.9)
        .encode(x=x, y=y, color=kleur, detail="stuk:N", order="volgorde:Q")
    )
    stippen = (
        alt.Chart(punten)
        .mark_circle(size=110, opacity=1)
        .encode(
            x=x,
            y=y,
            color=kleur,
            tooltip=[
                alt.Tooltip("reeks:N", title=tekst("pijlers.kolom.beoordelaar", taal)),
                alt.Tooltip("naam:N", title=tekst("pijlers.kolom.pijler", taal)),
                alt.Tooltip("score:Q", title=tekst("pijlers.kolom.score", taal), format=".1f"),
            ],
        )
    )
    hoogte = round(RADAR_BREED * HALF_HOOG / HALF_BREED)
    return (
        alt.layer(
            ring_laag, spaak_laag, ringlabel_laag, *label_lagen, gem_lijn, eigen_lijn, stippen
        )
        # "pad": the drawing is exactly this size and the legend comes on top, so a ring
        # stays a circle (Streamlit's default "fit" would squeeze it around the legend).
        .properties(
            width=RADAR_BREED,
            height=hoogte,
            autosize=alt.AutoSizeParams(type="pad", contains="padding"),
        )
        .configure_view(stroke=None)
    )


# ---------------------------------------------------------------------------
# Weakest pijlers, dimensies, spread.


def _heel(x: float) -> str:
    return "–" if x is None or pd.isna(x) else str(int(x))


def _zwakste(scores: pd.DataFrame, taal: str) -> None:
    zwak = pijlers.zwakste(scores)
    st.subheader(tekst("pijlers.zwak.kop", taal))
    st.caption(tekst("pijlers.zwak.uitleg", taal))
    for pijler, rij in zwak.iterrows():
        uitleg = pijlers.pijler_tekst(pijler, taal)
        dim = pijlers.dimensie_tekst(rij["dimensie"], taal)
        with st.container(border=True, key=f"pj_zwak_{pijler}"):
            st.markdown(
                f"**{uitleg.naam}**: "
                + tekst(
                    "pijlers.zwak.cijfer",
                    taal,
                    gemiddelde=getal(rij["gemiddelde"], taal, 1),
                    aantal=int(rij["aantal"]),
                )
            )
            st.markdown(uitleg.uitleg)
            st.caption(f"{dim.naam} · *{dim.spanning}* {dim.uitleg}")


def _dimensies(scores: pd.DataFrame, taal: str) -> None:
    """The four dimensies as quadrants, coloured by their average."""
    st.subheader(tekst("pijlers.dim.kop", taal))
    st.caption(tekst("pijlers.dim.uitleg", taal))
    pd_ = pijlers.per_dimensie(scores)
    pp = pijlers.per_pijler(scores)
    regels = [
        " · ".join(
            f"{pijlers.pijler_tekst(p, taal).kort} {getal(pp.loc[p, 'gemiddelde'], taal, 1)}"
            for p in PIJLERS_VAN[d]
        )
        for d in DIMENSIES
    ]
    teksten = [pijlers.dimensie_tekst(d, taal) for d in DIMENSIES]
    gem = pd_["gemiddelde"].to_numpy()
    vakken = pd.DataFrame(
        {
            "kol": [0, 1, 0, 1],
            "rij": [0, 0, 1, 1],
            "naam": [t.naam for t in teksten],
            "spanning": [t.spanning for t in teksten],
            "gemiddelde": gem,
            "cijfer": [
                tekst("pijlers.dim.cijfer", taal, gemiddelde=getal(g, taal, 1))
                if not pd.isna(g)
                else tekst("pijlers.niet_gescoord", taal)
                for g in gem
            ],
            "pijlers": regels,
        }
    )
    x = alt.X("kol:O", axis=None, scale=alt.Scale(paddingInner=0.04))
    y = alt.Y("rij:O", axis=None, scale=alt.Scale(paddingInner=0.06))
    grond = alt.Chart(vakken).mark_rect(color=ONGESCOORD, cornerRadius=6).encode(x=x, y=y)
    kleur = (
        alt.Chart(vakken[vakken["gemiddelde"].notna()])
        .mark_rect(cornerRadius=6)
        .encode(
            x=x,
            y=y,
            color=alt.Color(
                "gemiddelde:Q",
                scale=alt.Scale(domain=[1, 3, 5], range=[ZWAK, MIDDEN, STERK], clamp=True),
                legend=alt.Legend(
                    title=tekst("pijlers.gemiddeld", taal),
                    orient="bottom",
                    titleFontSize=LETTER - 1,
                    labelFontSize=LETTER - 1,
                    values=list(SCORES),
                ),
            ),
            tooltip=[
                alt.Tooltip("naam:N", title=tekst("pijlers.kolom.dimensie", taal)),
                alt.Tooltip("spanning:N", title=tekst("pijlers.kolom.spanning", taal)),
                alt.Tooltip("cijfer:N", title=tekst("pijlers.gemiddeld", taal)),
            ],
        )
    )
    opschrift = [
        alt.Chart(vakken)
        .mark_text(fontSize=grootte, dy=dy, color="#222222", **extra)
        .encode(x=x, y=y, text=f"{veld}:N")
        for veld, grootte, dy, extra in (
            ("naam", 22, -58, {"fontWeight": "bold"}),
            ("spanning", 17, -30, {"fontStyle": "italic"}),
            ("cijfer", 26, 8, {"fontWeight": "bold"}),
            ("pijlers", LETTER, 46, {}),
        )
    ]
    st.altair_chart(
        alt.layer(grond, kleur, *opschrift).properties(height=440).configure_view(stroke=None),
        width="stretch",
    )


def _spreiding(scores: pd.DataFrame, kleuren: alt.Scale, taal: str) -> None:
    """Per pijler the range from the lowest to the highest score, every beoordelaar's
    score as a dot and the average as a tick; the widest range first."""
    st.subheader(tekst("pijlers.spreiding.kop", taal))
    st.caption(tekst("pijlers.spreiding.uitleg", taal))
    pp = pijlers.per_pijler(scores)
    korte = {p: pijlers.pijler_tekst(p, taal).kort for p in PIJLERS}
    volgorde = pp.sort_values("spreiding", ascending=False, kind="stable", na_position="last")
    namen = [korte[p] for p in volgorde.index]
    staven = pd.DataFrame(
        {
            "naam": namen,
            "laagste": volgorde["laagste"].to_numpy(),
            "hoogste": volgorde["hoogste"].to_numpy(),
            "gemiddelde": volgorde["gemiddelde"].to_numpy(),
            "verschil": [
                tekst("pijlers.spreiding.verschil", taal, verschil=_heel(s))
                if not pd.isna(s)
                else ""
                for s in volgorde["spreiding"]
            ],
        }
    )
    staven = staven.assign(rechts=5.3)
    matrix = pijlers.per_beoordelaar(scores)
    lang = (
        matrix.rename_axis(index="pijler", columns="reeks")
        .astype("Float64")
        .stack(future_stack=True)
        .rename("score")
        .reset_index()
        .dropna(subset=["score"])
    )
    lang = lang.assign(naam=lang["pijler"].map(korte), score=lang["score"].astype("float64"))
    x = alt.X(
        "laagste:Q",
        scale=alt.Scale(domain=[0.6, 6.2]),
        title=tekst("pijlers.kolom.score", taal),
        axis=alt.Axis(
            values=list(SCORES),
            format="d",
            titleFontSize=TITEL_LETTER,
            labelFontSize=LETTER,
            grid=True,
        ),
    )
    y = alt.Y("naam:N", sort=namen, title=None, axis=alt.Axis(labelFontSize=LETTER, labelLimit=220))
    band = (
        alt.Chart(staven)
        .mark_bar(color="#C9C9C9", height={"band": 0.5}, cornerRadius=4)
        .encode(x=x, x2="hoogste:Q", y=y)
    )
    streep = (
        alt.Chart(staven)
        .mark_tick(color=GEMIDDELD_KLEUR, thickness=3, size=26)
        .encode(x=alt.X("gemiddelde:Q", scale=alt.Scale(domain=[0.6, 6.2])), y=y)
    )
    stippen = (
        alt.Chart(lang)
        .mark_circle(size=170, opacity=0.95, stroke="white", strokeWidth=1)
        .encode(
            x=alt.X("score:Q", scale=alt.Scale(domain=[0.6, 6.2])),
            y=y,
            yOffset=alt.YOffset("reeks:N", scale=alt.Scale(paddingOuter=1)),
            color=alt.Color("reeks:N", scale=kleuren, legend=None),
            tooltip=[
                alt.Tooltip("reeks:N", title=tekst("pijlers.kolom.beoordelaar", taal)),
                alt.Tooltip("naam:N", title=tekst("pijlers.kolom.pijler", taal)),
                alt.Tooltip("score:Q", title=tekst("pijlers.kolom.score", taal)),
            ],
        )
    )
    cijfer = (
        alt.Chart(staven)
        .mark_text(align="left", fontSize=LETTER, fontWeight="bold", color="#333333")
        .encode(x=alt.X("rechts:Q", scale=alt.Scale(domain=[0.6, 6.2])), y=y, text="verschil:N")
    )
    st.altair_chart(
        alt.layer(band, streep, stippen, cijfer).properties(height=44 * len(PIJLERS) + 50),
        width="stretch",
    )
    if len(pijlers.beoordelaars(scores)) < 2:
        st.caption(tekst("pijlers.spreiding.een", taal))
    else:
        grootste = volgorde[volgorde["spreiding"] == volgorde["spreiding"].max()]
        if len(grootste) and grootste["spreiding"].iloc[0] > 0:
            st.markdown(
                tekst(
                    "pijlers.spreiding.gesprek",
                    taal,
                    pijlers=", ".join(
                        tekst(
                            "pijlers.spreiding.van_tot",
                            taal,
                            naam=korte[p],
                            laagste=_heel(r["laagste"]),
                            hoogste=_heel(r["hoogste"]),
                        )
                        for p, r in grootste.iterrows()
                    ),
                )
            )
        else:
            st.caption(tekst("pijlers.spreiding.eens", taal))
    kolom = {
        k: tekst(f"pijlers.kolom.{k}", taal)
        for k in ("pijler", "gemiddelde", "laagste", "hoogste", "spreiding", "aantal")
    }
    st.table(
        pd.DataFrame(
            {
                kolom["pijler"]: namen,
                kolom["gemiddelde"]: [getal(g, taal, 1) for g in volgorde["gemiddelde"]],
                kolom["laagste"]: [_heel(g) for g in volgorde["laagste"]],
                kolom["hoogste"]: [_heel(g) for g in volgorde["hoogste"]],
                kolom["spreiding"]: [_heel(g) for g in volgorde["spreiding"]],
                kolom["aantal"]: [str(int(a)) for a in volgorde["aantal"]],
            }
        ),
        hide_index=True,
    )


# ---------------------------------------------------------------------------
# All scores as one table.


def _tabel(kaart: Kaart, taal: str) -> None:
    """Every score and note as one editable table; applied when every row is sound."""
    scores = kaart.pijlers
    korte = {p: pijlers.pijler_tekst(p, taal).kort for p in PIJLERS}
    with st.expander(tekst("pijlers.tabel.kop", taal), expanded=False):
        st.caption(tekst("pijlers.tabel.uitleg", taal))
        melding = st.container()
        cc = st.column_config
        bewerkt = st.data_editor(
            scores,
            key=tabel_sleutel(),
            num_rows="dynamic",
            hide_index=True,
            width="stretch",
            column_config={
                "beoordelaar": cc.TextColumn(tekst("pijlers.kolom.beoordelaar", taal)),
                "pijler": cc.SelectboxColumn(
                    tekst("pijlers.kolom.pijler", taal),
                    options=list(PIJLERS),
                    format_func=korte.get,
                ),
                "score": cc.NumberColumn(
                    tekst("pijlers.kolom.score", taal),
                    min_value=pijlers.LAAGST,
                    max_value=pijlers.HOOGST,
                    step=1,
                    format="%d",
                    help=tekst("pijlers.score_hulp", taal),
                ),
                "notitie": cc.TextColumn(tekst("pijlers.notitie", taal), width="large"),
            },
        )
    if bewerkt.equals(scores):
        return
    try:
        nieuw = pijlers.controleer(bewerkt)
    except KaartFout as fout:
        melding.error(_fout_tekst(fout, taal))
        return
    if nieuw.equals(scores):
        return
    if staat.zet_kaart(kaart.met(pijlers=nieuw)):
        st.session_state[MELDING] = tekst("pijlers.tabel.bewaard", taal)
    st.rerun()


toon()
