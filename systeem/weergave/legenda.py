"""Legenda: what the map's legend explains, as data and as the page's HTML panel.

:func:`legenda_inhoud` says, in the interface language, what the colours, sizes, lines
and signs of the map (:mod:`systeem.weergave.visdata`) stand for, as plain data that
each picture draws in its own way: :func:`legenda_html` for the standalone page (a
collapsible panel), :func:`systeem.weergave.handout.legenda` for the hand-out, and the
app's map component in JavaScript (``systeemkaart/static/netwerk.js``).  Every text is
escaped where it becomes HTML.
"""

from __future__ import annotations

import html as html_lib
from collections.abc import Sequence
from typing import Any

import pandas as pd

from systeem.analyses import netwerkmaten
from systeem.model.kaart import SOORTEN, Kaart
from systeem.teksten import tekst, woord
from systeem.weergave.kleuren import (
    AFHANKELIJKHEID_KLEUR,
    GEWIJZIGD_KLEUR,
    HOUDING_STIJL,
    KLASSE_KLEUREN,
    soort_kleur,
)
from systeem.weergave.visdata import gemarkeerd


def legenda_inhoud(
    kaart: Kaart,
    *,
    grootte: str = "betrokkenheid",
    afhankelijkheden: bool = True,
    belangen: bool = False,
    taal: str = "nl",
    stap: int = 3,
    gewijzigd: Sequence[bool] | pd.Series | None = None,
) -> dict[str, Any]:
    """Return what the map's legend explains, as data: ``{"titel", "regels", "noot"}``.

    Each regel is one of ``{"kop": text}`` (a heading), ``{"stip": colour, "tekst"}`` (a
    node colour), ``{"lijn": colour, "tekst"}`` (an edge colour per soort, only the soorten
    in the kaart), ``{"stippel": colour, "tekst"}`` (the dashed dependency line),
    ``{"lijn": colour, "gloed": colour, "tekst"}`` (stromen changed by a scenario, only when
    ``gewijzigd`` - as for :func:`systeem.weergave.visdata.vis_kolommen` - marks any; a
    renderer that does not know ``gloed`` draws a plain line in that colour) or
    ``{"teken": symbol, "kleur", "tekst"}`` (a belang's houding).  The parameters are those
    of the map it explains.  A presentation step below 3 leaves out what it does not show
    yet (the balance colours; at step 1 also the stromen and layers).

    Example
    -------
    >>> from systeem.model.schets import schets
    >>> k = schets("a", "a>opgave geld 2")
    >>> [r.get("kop") or r["tekst"] for r in legenda_inhoud(k)["regels"]][:2]
    ['Kleur: balans van brengen en halen', 'geeft veel meer dan er terugkomt']
    >>> [r for r in legenda_inhoud(k, stap=2)["regels"] if "lijn" in r]
    [{'lijn': '#DDAA33', 'tekst': 'geld'}]
    >>> [r["tekst"] for r in legenda_inhoud(k, gewijzigd=[True])["regels"] if "gloed" in r]
    ['Gloed: stroom gewijzigd in dit scenario']
    """
    markering = gemarkeerd(kaart, gewijzigd)
    regels: list[dict[str, Any]] = []
    if stap == 3:
        regels.append({"kop": tekst("legenda.kleur", taal)})
        regels += [
            {"stip": kleur, "tekst": tekst(f"klasse.{klasse_}", taal)}
            for klasse_, kleur in KLASSE_KLEUREN.items()
        ]
    regels.append({"kop": _grootte_kop(grootte, taal)})
    soorten = _soorten_in(kaart)
    if stap >= 2 and soorten:
        regels.append({"kop": tekst("legenda.stromen", taal)})
        regels += [{"lijn": soort_kleur(s), "tekst": woord("soort", s, taal)} for s in soorten]
    if stap >= 2 and markering is not None and markering.any():
        regels.append(
            {
                "lijn": GEWIJZIGD_KLEUR,
                "gloed": GEWIJZIGD_KLEUR,
                "tekst": tekst("legenda.gewijzigd", taal),
            }
        )
    if stap >= 2 and afhankelijkheden and len(kaart.afhankelijkheden):
        regels.append(
            {"stippel": AFHANKELIJKHEID_KLEUR, "tekst": tekst("legenda.afhankelijkheid", taal)}
        )
    if stap >= 2 and belangen and len(kaart.belangen):
        regels.append({"kop": tekst("legenda.belangen", taal)})
        regels += [
            {"teken": teken, "kleur": kleur, "tekst": tekst(f"weergave.houding.{houding}", taal)}
            for houding, (kleur, _, teken) in HOUDING_STIJL.items()
        ]
    return {
        "titel": tekst("legenda.titel", taal),
        "regels": regels,
        "noot": tekst("legenda.inschatting", taal),
    }


def legenda_html(inhoud: dict[str, Any]) -> str:
    """Return the legend ``inhoud`` (:func:`legenda_inhoud`) as the standalone page's panel.

    A ``<details>`` element, open, with the titel as its summary; node colours, soorten
    and houdingen as lists, headings and the single lines (the dashed dependency line,
    the glow of a changed stroom) as paragraphs, and the noot last.  Every text is
    escaped; colours and signs come from :mod:`systeem.weergave.kleuren`.

    Example
    -------
    >>> legenda_html({"titel": "<L>", "regels": [{"stip": "#000000", "tekst": "a&b"}],
    ...               "noot": "n"})
    '<details class="legenda" open><summary>&lt;L&gt;</summary><ul><li><span class="stip" style="background:#000000"></span>a&amp;b</li></ul><p class="noot">n</p></details>'
    """
    e = html_lib.escape
    delen = [f'<details class="legenda" open><summary>{e(inhoud["titel"])}</summary>']
    lijst = False
    for regel in inhoud["regels"]:
        is_item = "kop" not in regel and "stippel" not in regel and "gloed" not in regel
        if is_item and not lijst:
            delen.append('<ul class="soorten">' if "lijn" in regel else "<ul>")
        elif not is_item and lijst:
            delen.append("</ul>")
        lijst = is_item
        tekst_ = e(regel.get("tekst", regel.get("kop", "")))
        if "kop" in regel:
            delen.append(f'<p class="kopje">{tekst_}</p>')
        elif "stippel" in regel:
            delen.append(
                f'<p class="kopje"><span class="lijn stippel" style="border-color:'
                f'{regel["stippel"]}"></span>{tekst_}</p>'
            )
        elif "gloed" in regel:
            # Inline style: the page's CSS stays the same when nothing is marked.
            delen.append(
                f'<p class="kopje"><span class="lijn" style="border-color:'
                f'{AFHANKELIJKHEID_KLEUR};box-shadow:0 0 6px 3px {regel["gloed"]}"></span>'
                f"{tekst_}</p>"
            )
        elif "stip" in regel:
            delen.append(
                f'<li><span class="stip" style="background:{regel["stip"]}"></span>{tekst_}</li>'
            )
        elif "lijn" in regel:
            delen.append(
                f'<li><span class="lijn" style="border-color:{regel["lijn"]}"></span>{tekst_}</li>'
            )
        else:
            delen.append(
                f'<li><span class="teken" style="color:{regel["kleur"]}">{regel["teken"]}</span>{tekst_}</li>'
            )
    if lijst:
        delen.append("</ul>")
    delen.append(f'<p class="noot">{e(inhoud["noot"])}</p></details>')
    return "".join(delen)


def _grootte_kop(grootte: str, taal: str) -> str:
    """The legend's heading for what node size stands for."""
    if grootte in netwerkmaten.MATEN:
        return tekst("legenda.grootte.maat", taal, maat=tekst(f"maat.{grootte}", taal))
    return tekst(f"legenda.grootte.{grootte}", taal)


def _soorten_in(kaart: Kaart) -> list[str]:
    """The soorten that occur in the kaart: vocabulary order first, then alphabetical."""
    aanwezig = set(kaart.stromen["soort"].unique())
    bekend = [s for s in SOORTEN if s in aanwezig]
    return bekend + sorted(aanwezig - set(SOORTEN))
