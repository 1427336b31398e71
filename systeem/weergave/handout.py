"""Hand-out: the kaart as one self-contained, offline, printable HTML page to take home.

The page holds, top to bottom: the titel, opgave and toelichting; the map (the same
vis-network drawing as :mod:`systeem.weergave`, with vis-network inlined) and its
legend; the balance chart, drawn here as inline SVG (per partner a bar to the left for
what it brings and to the right for what it takes, coloured dot for its klasse); the
balance table; the signalen; and, when the kaart has scenarios, a section per scenario
(:func:`scenarios`): its interventies as sentences and a before/after table of the
partners whose balans it changes; and, when the kaart has pijler scores, the section
"Pijlerscan" (:func:`pijlerscan`): a radar of the gemiddelde per pijler in inline SVG,
a table per pijler and the weakest pijlers with their dimensie's tension.  It loads
nothing from the network, needs no server, and prints from the browser on A4 (the map
at a fixed height, sections kept whole).

The page is the skeleton it shares with the standalone map page
(:func:`systeem.weergave.pagina.document`) around ``static/handout.html``, styled by
``static/handout.css``.  Every text from the kaart is ``html.escape``-d; the map's data
(column by column, :func:`systeem.weergave.vis_kolommen`) is the escaped JSON literal of
:func:`systeem.weergave.json_literal`.  The same kaart gives the same bytes.  When the
map is drawn the page sets ``window.network`` and ``window.__graphReady``.  The radar's
geometry is the core's (:func:`systeem.analyses.pijlers.radar_punten` and
:func:`~systeem.analyses.pijlers.radar_lijnen`).
"""

from __future__ import annotations

import html as html_lib
from collections.abc import Sequence

import numpy as np
import pandas as pd

from systeem import weergave
from systeem.analyses import balans as balans_mod
from systeem.analyses import pijlers as pijlers_mod
from systeem.analyses import signalen as signalen_mod
from systeem.analyses.interventies import toepassen
from systeem.analyses.vergelijking import vergelijk
from systeem.model.kaart import Kaart
from systeem.model.scenario import beschrijving
from systeem.teksten import getal, tekst
from systeem.weergave.bronnen import sjabloon, statisch

#: Most partners drawn in the balance chart (those with the most stromen); the table
#: lists them all.
MAX_IN_GRAFIEK = 60

MIME = "text/html"


def html(kaart: Kaart, *, drempel: float = balans_mod.DREMPEL, taal: str = "nl") -> str:
    """Return the hand-out of the kaart as one complete HTML document.

    Parameters
    ----------
    kaart : the kaart.
    drempel : the balance threshold (klasse, colours, signalen).
    taal : ``"nl"`` or ``"en"``.

    Example
    -------
    >>> from systeem.model.schets import schets
    >>> doc = html(schets("a", "a>opgave geld 2").met(titel="<b>Proef</b>"))
    >>> doc.startswith("<!doctype html>"), "&lt;b&gt;Proef&lt;/b&gt;" in doc, "<svg" in doc
    (True, True, True)
    """
    e = html_lib.escape
    tabel = balans_mod.balans(kaart, drempel)
    signalen = signalen_mod.signalen(kaart, drempel, taal, tabel)
    lijst = "".join(f"<li>{e(s.tekst)}</li>" for s in signalen)
    lichaam = sjabloon("handout.html").substitute(
        titel=e(kaart.titel),
        opgave_label=e(tekst("opgave", taal)),
        opgave=e(kaart.opgave or tekst("opgave", taal)),
        toelichting=f'<p class="toelichting">{e(kaart.toelichting)}</p>'
        if kaart.toelichting
        else "",
        kop_kaart=e(tekst("handout.kaart", taal)),
        kop_balans=e(tekst("handout.balans", taal)),
        kop_tabel=e(tekst("handout.tabel", taal)),
        kop_signalen=e(tekst("handout.signalen", taal)),
        legenda=legenda(kaart, taal),
        grafiek=grafiek(tabel, taal),
        tabel=_tabel(tabel, taal),
        signalen=f"<ul>{lijst}</ul>"
        if signalen
        else f"<p>{e(tekst('cli.geen_signalen', taal))}</p>",
        scenarios=scenarios(kaart, drempel=drempel, taal=taal),
        pijlers=pijlerscan(kaart, taal=taal),
        voet=e(tekst("handout.voet", taal)),
    )
    data = weergave.vis_kolommen(kaart, drempel=drempel, taal=taal)
    return weergave.document(taal, kaart.titel, statisch("handout.css"), lichaam, data)


def legenda(kaart: Kaart, taal: str = "nl") -> str:
    """Return the map's legend (:func:`systeem.weergave.legenda_inhoud`) as escaped HTML.

    Example
    -------
    >>> from systeem.model.kaart import Kaart
    >>> "Legenda" in legenda(Kaart(titel="T"))
    True
    """
    e = html_lib.escape
    inhoud = weergave.legenda_inhoud(kaart, taal=taal)
    delen = [f'<div class="legenda"><p class="legenda-titel">{e(inhoud["titel"])}</p><ul>']
    for r in inhoud["regels"]:
        if "kop" in r:
            delen.append(f'<li class="kopje">{e(r["kop"])}</li>')
            continue
        if "stip" in r:
            teken = f'<span class="stip" style="background:{e(r["stip"])}"></span>'
        elif "lijn" in r:
            teken = f'<span class="lijn" style="border-color:{e(r["lijn"])}"></span>'
        elif "stippel" in r:
            teken = f'<span class="lijn stippel" style="border-color:{e(r["stippel"])}"></span>'
        else:
            teken = f'<span class="teken" style="color:{e(r["kleur"])}">{e(r["teken"])}</span>'
        delen.append(f"<li>{teken}{e(r['tekst'])}</li>")
    delen.append(f'</ul><p class="noot">{e(inhoud["noot"])}</p></div>')
    return "".join(delen)


def grafiek(tabel: pd.DataFrame, taal: str = "nl") -> str:
    """Return the balance chart as inline SVG: per partner brengen to the left, halen to
    the right of a middle line, and a dot in the klasse colour.

    One row per partner, as on the Balans page: the name level with its bars, cut with
    "…" only past 32 letters (the full name is the row's tooltip), and every other row
    on a light band so the eye follows a row from the name to its bars.

    Parameters
    ----------
    tabel : :func:`systeem.analyses.balans.balans` of the kaart.
    taal : language of the axis words.

    Example
    -------
    >>> t = pd.DataFrame({"naam": ["A<"], "brengen": [4], "halen": [2], "balans": [-1/3],
    ...                   "klasse": ["geeft_veel_meer"]}, index=["a"])
    >>> svg = grafiek(t)
    >>> svg.startswith("<svg"), "A&lt;" in svg, 'class="brengen"' in svg
    (True, True, True)
    """
    e = html_lib.escape
    totaal = tabel["brengen"] + tabel["halen"]
    deel = tabel.loc[totaal.sort_values(ascending=False, kind="stable").index[:MAX_IN_GRAFIEK]]
    deel = tabel[tabel.index.isin(deel.index)]
    n = len(deel)
    hoogte_rij, boven, links, half = 26, 34, 270, 250
    breedte = links + 2 * half + 40
    midden = links + half
    hoogte = boven + max(n, 1) * hoogte_rij + 12
    grootste = max(int(deel[["brengen", "halen"]].to_numpy().max()) if n else 1, 1)
    schaal = (half - 40) / grootste
    y = boven + np.arange(n) * hoogte_rij
    wb = deel["brengen"].to_numpy() * schaal
    wh = deel["halen"].to_numpy() * schaal
    kleur = deel["klasse"].map(weergave.KLASSE_KLEUREN).to_numpy()
    namen = deel["naam"].astype(str).map(lambda s: e(s if len(s) <= 32 else s[:31] + "…"))
    volledig = deel["naam"].astype(str).map(e)
    band = [  # every other row on a light band
        f'<rect class="rij" x="0" y="{yy}" width="{breedte}" height="{hoogte_rij}"/>'
        if i % 2
        else ""
        for i, yy in enumerate(y)
    ]
    klasse = deel["klasse"].map(lambda k: e(tekst(f"klasse.{k}", taal)))
    rijen = (
        pd.Series(
            [
                f"<g><title>{vol}: {klas}</title>{strook}"
                f'<circle cx="10" cy="{yy + 9}" r="6" fill="{kl}" stroke="#333" stroke-width=".6"/>'
                f'<text x="22" y="{yy + 14}" class="naam">{naam}</text>'
                f'<rect class="brengen" x="{midden - b:.1f}" y="{yy + 2}" width="{b:.1f}" height="16"/>'
                f'<rect class="halen" x="{midden}" y="{yy + 2}" width="{h:.1f}" height="16"/>'
                f'<text x="{midden - b - 4:.1f}" y="{yy + 15}" text-anchor="end" class="getal">{nb}</text>'
                f'<text x="{midden + h + 4:.1f}" y="{yy + 15}" class="getal">{nh}</text></g>'
                for naam, vol, strook, klas, kl, yy, b, h, nb, nh in zip(
                    namen,
                    volledig,
                    band,
                    klasse,
                    kleur,
                    y,
                    wb,
                    wh,
                    deel["brengen"],
                    deel["halen"],
                    strict=True,
                )
            ],
            dtype=object,
        ).str.cat()
        if n
        else ""
    )
    return (
        f'<svg class="grafiek" role="img" aria-label="{e(tekst("handout.balans", taal))}" '
        f'width="{breedte}" height="{hoogte}" viewBox="0 0 {breedte} {hoogte}">'
        f'<text x="{midden - 6}" y="18" text-anchor="end" class="as">← {e(tekst("handout.brengt", taal))}</text>'
        f'<text x="{midden + 6}" y="18" class="as">{e(tekst("handout.haalt", taal))} →</text>'
        f"{rijen}"
        f'<line x1="{midden}" y1="{boven - 6}" x2="{midden}" y2="{hoogte - 6}" stroke="#333"/>'
        "</svg>"
    )


def scenarios(kaart: Kaart, *, drempel: float = balans_mod.DREMPEL, taal: str = "nl") -> str:
    """Return the section on the kaart's scenarios as escaped HTML (empty without any).

    Per scenario: its name; its interventies in order as sentences
    (:func:`systeem.model.scenario.beschrijving`), a switched-off one marked as such and
    one that cannot apply followed by why; and a table of the partners whose balans the
    scenario changes: naam, balans before and after, klasse before -> after.

    Example
    -------
    >>> from systeem.model.validatie import valideer
    >>> k = valideer({"formaat": "systeemkaart", "versie": 2, "titel": "T",
    ...     "partners": [{"id": "a", "naam": "A<"}, {"id": "b", "naam": "B"}],
    ...     "stromen": [{"van": "a", "naar": "opgave", "soort": "geld", "waarde": 4}],
    ...     "scenarios": [{"naam": "Plan <1>", "interventies": [
    ...         {"zet": "compenseren", "partner": "a", "punten": 3},
    ...         {"zet": "vertrek", "partner": "b", "aan": False}]}]})
    >>> deel = scenarios(k)
    >>> "<h3>Plan &lt;1&gt;</h3>" in deel, "A&lt; krijgt 3 punten geld" in deel
    (True, True)
    >>> deel.count('<li class="uit">'), deel.count("<tr>")
    (1, 2)
    >>> scenarios(valideer({"formaat": "systeemkaart", "versie": 2, "titel": "T",
    ...     "partners": [], "stromen": []}))
    ''
    """
    if not kaart.scenarios:
        return ""
    e = html_lib.escape
    delen = [
        f'<section class="scenarios"><h2>{e(tekst("handout.scenarios", taal))}</h2>'
        f"<p>{e(tekst('handout.scenarios.inleiding', taal))}</p>"
    ]
    # A kaart holds a handful of scenarios; each is applied and compared vectorised.
    for scenario in kaart.scenarios:
        uitkomst = toepassen(kaart, scenario, taal)
        na = uitkomst.kaart
        # Names of partners on the kaart before or after (a third party that joined).
        erbij = na.partners[~na.partners["id"].isin(kaart.partners["id"])]
        namen = kaart.met(partners=pd.concat([kaart.partners, erbij], ignore_index=True))
        zetten = []
        for stap in uitkomst.stappen:
            zin = e(beschrijving(stap.interventie, namen, taal))
            if not stap.interventie.aan:
                uit = e(tekst("handout.scenarios.uit", taal))
                zetten.append(f'<li class="uit">{zin} <span class="merk">({uit})</span></li>')
            elif not stap.toegepast:
                zetten.append(f'<li>{zin} <span class="merk">{e(stap.melding)}</span></li>')
            else:
                zetten.append(f"<li>{zin}</li>")
        lijst = (
            f"<ol>{''.join(zetten)}</ol>"
            if zetten
            else f"<p>{e(tekst('handout.scenarios.leeg', taal))}</p>"
        )
        delen.append(
            f'<article class="scenario"><h3>{e(scenario.naam)}</h3>{lijst}'
            f"{_voor_na(kaart, na, drempel, taal)}</article>"
        )
    delen.append("</section>")
    return "".join(delen)


def pijlerscan(kaart: Kaart, taal: str = "nl") -> str:
    """Return the section on the kaart's pijlerscan as escaped HTML (empty without scores).

    The section "Pijlerscan" (:mod:`systeem.analyses.pijlers`) holds: how many beoordelaars
    scored; a radar of the gemiddelde per pijler as inline SVG (:func:`pijler_radar`); a
    table per pijler with its dimensie, name, gemiddelde, number of scores and lowest-
    highest score; and the weakest pijlers (:func:`systeem.analyses.pijlers.zwakste`) with their
    explanation and the tension of their dimensie.  Notes are not shown: they are the
    raters' own words, kept in the file.

    Example
    -------
    >>> from systeem.model.validatie import valideer
    >>> k = valideer({"formaat": "systeemkaart", "versie": 2, "titel": "T",
    ...     "partners": [], "stromen": [], "pijlers": [
    ...         {"beoordelaar": "<b>A</b>", "pijler": "vertrouwen", "score": 2},
    ...         {"beoordelaar": "B", "pijler": "vertrouwen", "score": 5},
    ...         {"beoordelaar": "B", "pijler": "kennis", "score": 4}]})
    >>> deel = pijlerscan(k)
    >>> "<h2>Pijlerscan</h2>" in deel, "2 beoordelaars" in deel, "<b>A" in deel
    (True, True, False)
    >>> "<td>Vertrouwen tussen ketenpartners</td>" in deel, "<td>2–5</td>" in deel
    (True, True)
    >>> deel.count('<li class="zwak">'), "samen of solo?" in deel
    (2, True)
    >>> pijlerscan(k.met(pijlers=k.pijlers.iloc[:0]))
    ''
    """
    scores = kaart.pijlers
    if not scores["score"].notna().any():
        return ""
    e = html_lib.escape
    aantal = int(scores.loc[scores["score"].notna(), "beoordelaar"].nunique())
    wie = (
        tekst("handout.pijlers.een_beoordelaar", taal)
        if aantal == 1
        else tekst("handout.pijlers.beoordelaars", taal, aantal=aantal)
    )
    figuren = pijlers_mod.overzicht(scores, taal)
    return (
        f'<section class="pijlerscan"><h2>{e(tekst("handout.pijlers", taal))}</h2>'
        f"<p>{e(tekst('handout.pijlers.inleiding', taal, beoordelaars=wie))}</p>"
        f'<div class="pijlervak"><figure>{pijler_radar(scores, taal)}'
        f"<figcaption>{e(tekst('handout.pijlers.radar_uitleg', taal))}</figcaption></figure>"
        f"{_pijler_tabel(figuren, taal)}</div>"
        f"<h3>{e(tekst('handout.pijlers.zwakste', taal))}</h3>"
        f"<p>{e(tekst('handout.pijlers.zwakste_uitleg', taal))}</p>"
        f"{_zwakste_pijlers(scores, taal)}</section>"
    )


def pijler_radar(scores: pd.DataFrame, taal: str = "nl") -> str:
    """Return the gemiddelde per pijler as a small radar in inline SVG.

    Pijler k of the eight sits on the spoke at 90° - k x 45° (the first at the top, then
    clockwise), a score r at distance r from the centre; rings mark the scores 1-5.  The
    line joins neighbouring pijlers that are both scored, so an unscored pijler leaves a
    gap; with all eight scored the shape is filled.  No script, no external reference.

    Parameters
    ----------
    scores : a valid scores frame (``Kaart.pijlers``).
    taal : language of the labels.

    Example
    -------
    >>> from systeem.analyses.pijlers import controleer
    >>> s = controleer([{"beoordelaar": "A", "pijler": p, "score": 3}
    ...                 for p in ("mindset", "speelruimte", "kennis")])
    >>> svg = pijler_radar(s)
    >>> svg.startswith("<svg"), svg.count('class="punt"'), svg.count('class="gemiddelde"')
    (True, 3, 1)
    >>> "<polygon" in svg, "Speelruimte: 3,0" in svg
    (False, True)
    """
    e = html_lib.escape
    breedte, hoogte, stap = 470, 330, 22.0
    mx, my = breedte / 2, hoogte / 2
    cos, sin = np.cos(pijlers_mod.HOEKEN), np.sin(pijlers_mod.HOEKEN)
    rand = pijlers_mod.HOOGST * stap
    tussen = pijlers_mod.TUSSEN
    ringen = "".join(
        f'<circle class="ring" cx="{mx:.1f}" cy="{my:.1f}" r="{s * stap:.1f}"/>'
        f'<text class="ringgetal" x="{mx + s * stap * np.cos(tussen) + 2:.1f}" '
        f'y="{my - s * stap * np.sin(tussen) - 2:.1f}">{s}</text>'
        for s in pijlers_mod.SCORES
    )
    spaken = "".join(
        f'<line class="spaak" x1="{mx:.1f}" y1="{my:.1f}" x2="{mx + rand * c:.1f}" '
        f'y2="{my - rand * s:.1f}"/>'
        for c, s in zip(cos, sin, strict=True)
    )
    label = rand + 12
    anker = np.where(cos > 0.3, "start", np.where(cos < -0.3, "end", "middle"))
    namen = [pijlers_mod.pijler_tekst(p, taal).kort for p in pijlers_mod.PIJLERS]
    labels = "".join(
        f'<text class="pijlernaam" x="{mx + label * c:.1f}" y="{my - label * s + 4:.1f}" '
        f'text-anchor="{a}">{e(n)}</text>'
        for c, s, a, n in zip(cos, sin, anker, namen, strict=True)
    )
    # The scored pijlers' points and the line pieces between scored neighbours, in
    # radar units (a score r at distance r), turned into the SVG's pixels (y down).
    gemiddelde = pijlers_mod.per_pijler(scores)[["gemiddelde"]]
    punten = pijlers_mod.radar_punten(gemiddelde)
    x, y = mx + stap * punten["x"].to_numpy(), my - stap * punten["y"].to_numpy()
    if len(punten) == len(pijlers_mod.PIJLERS):
        hoeken = " ".join(f"{a:.1f},{b:.1f}" for a, b in zip(x, y, strict=True))
        lijn = f'<polygon class="gemiddelde" points="{hoeken}"/>'
    else:
        stukken = pijlers_mod.radar_lijnen(punten)
        begin, eind = (stukken[stukken["volgorde"] == i] for i in (0, 1))
        lijn = "".join(
            f'<line class="gemiddelde" x1="{mx + stap * x1:.1f}" y1="{my - stap * y1:.1f}" '
            f'x2="{mx + stap * x2:.1f}" y2="{my - stap * y2:.1f}"/>'
            for x1, y1, x2, y2 in zip(begin["x"], begin["y"], eind["x"], eind["y"], strict=True)
        )
    stippen = "".join(
        f'<circle class="punt" cx="{a:.1f}" cy="{b:.1f}" r="4">'
        f"<title>{e(namen[k])}: {getal(score, taal, 1)}</title></circle>"
        for a, b, k, score in zip(x, y, punten["k"], punten["score"], strict=True)
    )
    kop = e(tekst("handout.pijlers.radar", taal))
    return (
        f'<svg class="radar" role="img" aria-label="{kop}" width="{breedte}" '
        f'height="{hoogte}" viewBox="0 0 {breedte} {hoogte}"><title>{kop}</title>'
        f"{ringen}{spaken}{lijn}{stippen}{labels}</svg>"
    )


def _pijler_tabel(figuren: pd.DataFrame, taal: str) -> str:
    """The figures per pijler (:func:`systeem.analyses.pijlers.overzicht`) as an escaped table."""
    e = html_lib.escape
    laag = figuren["laagste"].map(lambda v: "" if pd.isna(v) else str(int(v)))
    hoog = figuren["hoogste"].map(lambda v: "" if pd.isna(v) else str(int(v)))
    bereik = (laag + "–" + hoog).where(laag != hoog, laag).replace("", "–")
    return _tabel_html(
        "balans pijlers",
        [
            f"handout.pijlers.kolom.{k}"
            for k in ("dimensie", "pijler", "gemiddelde", "aantal", "bereik")
        ],
        [
            (figuren["dimensie"].astype(str).map(e), False),
            (figuren["naam"].astype(str).map(e), False),
            (figuren["gemiddelde"].map(lambda g: getal(g, taal, 1)), True),
            (figuren["aantal"].astype(str), True),
            (bereik, False),
        ],
        taal,
    )


def _zwakste_pijlers(scores: pd.DataFrame, taal: str) -> str:
    """The weakest pijlers, each with its explanation and its dimensie's tension."""
    e = html_lib.escape
    delen = []
    # At most eight pijlers: plain Python.
    for pijler, rij in pijlers_mod.zwakste(scores).iterrows():
        uitleg = pijlers_mod.pijler_tekst(pijler, taal)
        dim = pijlers_mod.dimensie_tekst(rij["dimensie"], taal)
        cijfer = tekst(
            "handout.pijlers.cijfer",
            taal,
            gemiddelde=getal(rij["gemiddelde"], taal, 1),
            aantal=int(rij["aantal"]),
        )
        spanning = tekst("handout.pijlers.spanning", taal, dimensie=dim.naam, spanning=dim.spanning)
        delen.append(
            f'<li class="zwak"><strong>{e(uitleg.naam)}</strong> '
            f'<span class="cijfer">({e(cijfer)})</span><br>{e(uitleg.uitleg)}<br>'
            f'<span class="spanning">{e(spanning)}</span> {e(dim.uitleg)}</li>'
        )
    return f'<ul class="zwakste">{"".join(delen)}</ul>'


# ---------------------------------------------------------------------------
# Private helpers.


def _voor_na(voor: Kaart, na: Kaart, drempel: float, taal: str) -> str:
    """The partners whose balans (or klasse, or presence) a scenario changes, as a table."""
    e = html_lib.escape
    p = vergelijk(voor, na, drempel).partners
    toen, nu = p["balans_toen"], p["balans_nu"]
    anders = (
        (toen - nu).abs().gt(1e-9) | toen.isna().ne(nu.isna()) | p["klasse_toen"].ne(p["klasse_nu"])
    )
    p = p[anders]
    if p.empty:
        return f"<p>{e(tekst('handout.scenarios.geen_verschil', taal))}</p>"

    def balans(b: pd.Series) -> pd.Series:
        return b.map(lambda x: getal(x, taal, teken=True))

    def klasse(k: pd.Series, zonder: str) -> pd.Series:
        return k.map(lambda x: tekst(zonder if x is None else f"klasse.{x}", taal)).map(e)

    wissel = (
        klasse(p["klasse_toen"], "handout.scenarios.nieuw")
        + " → "
        + klasse(p["klasse_nu"], "handout.scenarios.vertrokken")
    )
    return _tabel_html(
        "balans voor-na",
        [
            "cli.partner",
            "handout.scenarios.balans_voor",
            "handout.scenarios.balans_na",
            "handout.scenarios.klasse",
        ],
        [
            (p["naam"].astype(str).map(e), False),
            (balans(p["balans_toen"]), True),
            (balans(p["balans_nu"]), True),
            (wissel, False),
        ],
        taal,
    )


def _tabel(tabel: pd.DataFrame, taal: str) -> str:
    """The balance table: per partner naam, brengen, halen, balans, and its klasse with
    the klasse's colour dot."""
    e = html_lib.escape
    koppen = ["cli.partner", "cli.brengen", "cli.halen", "cli.balans", "cli.klasse"]
    if tabel.empty:  # a kaart without partners: no rows (its empty columns are not text)
        return _tabel_html("balans", koppen, [], taal)
    klasse = tabel["klasse"].map(lambda k: e(tekst(f"klasse.{k}", taal)))
    kleur = tabel["klasse"].map(weergave.KLASSE_KLEUREN)
    return _tabel_html(
        "balans",
        koppen,
        [
            (tabel["naam"].astype(str).map(e), False),
            (tabel["brengen"].astype(str), True),
            (tabel["halen"].astype(str), True),
            (tabel["balans"].map(lambda b: getal(b, taal, teken=True)), True),
            ('<span class="stip" style="background:' + kleur + '"></span>' + klasse, False),
        ],
        taal,
    )


def _tabel_html(
    klasse: str, koppen: Sequence[str], kolommen: Sequence[tuple[pd.Series, bool]], taal: str
) -> str:
    """An HTML table of class ``klasse``: a head row of the texts ``koppen`` (text keys,
    escaped here) and one row per entry of the ``kolommen``: (cells as HTML, whether
    they are numbers, right-aligned).  Rows are built column by column, not per row."""
    kop = "".join(f"<th>{html_lib.escape(tekst(k, taal))}</th>" for k in koppen)
    rijen = ""
    if kolommen:
        rij: pd.Series | str = "<tr>"
        for cellen, getallen in kolommen:
            rij = rij + ('<td class="getal">' if getallen else "<td>") + cellen + "</td>"
        rijen = (rij + "</tr>").str.cat()
    return f'<table class="{klasse}"><thead><tr>{kop}</tr></thead><tbody>{rijen}</tbody></table>'
