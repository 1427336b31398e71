"""Invullen: a move made from the answers of a form, or why the answers do not make one.

A form for a move asks for the fields its dataclass describes (:class:`~systeem.model.scenario.Veld`,
read with :func:`~systeem.model.scenario.velden`).  :func:`maak` takes the answers and
returns the move, or raises :class:`Onvolledig` with every :class:`Bezwaar` at once: a
field that must be answered and is not, a table cell that holds no usable value, and the
rules of the move itself:

- an ambitie changes something (a factor other than 1, or points for a new benefit), and
  a new benefit has a soort;
- a bijdrage changes by points other than 0 or by a factor other than 1, and not towards
  the partner itself;
- a compensation comes from another than the partner who gets it;
- a third party has a name no partner on the kaart has; its id is made from that name,
  unlike any partner's and any third party's of the kaart's scenarios.

A bezwaar is data (a code, the field, the row, the values of its message), so the page
says it in the user's language.  The answers are what the form holds: None (or absent,
or an empty text) for a question not answered; a factor as a factor (the form asks a
percentage); a table as row dicts; sizes per partner as ``{partner id: number or None}``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from systeem.model.kaart import OPGAVE, Kaart, nieuw_id
from systeem.model.scenario import (
    Ambitie,
    Bijdrage,
    Compensatie,
    DerdePartij,
    Interventie,
    Veld,
    velden,
)


@dataclass(frozen=True)
class Bezwaar:
    """Why the answers do not make a move yet.

    ``code``: ``leeg`` (not answered), ``kies`` (not one of the choices), ``getal`` (not a
    whole number from ``min`` to ``max``), ``grootte`` (a size below 0 or not a number),
    ``nul``, ``factor_een``, ``zelfde``, ``ambitie_niets``, ``naam_bezet`` (the rules of
    the move); ``veld``: the field it is about; ``rij``: the table row, from 1, when it is
    about a cell; ``waarden``: the values its message names.
    """

    code: str
    veld: str = ""
    rij: int | None = None
    waarden: Mapping[str, Any] = field(default_factory=dict)


class Onvolledig(ValueError):
    """The answers do not make a move; ``bezwaren`` says why, each :class:`Bezwaar`."""

    def __init__(self, bezwaren: Sequence[Bezwaar]):
        self.bezwaren = tuple(bezwaren)
        super().__init__("; ".join(f"{b.veld}: {b.code}" for b in self.bezwaren))


def maak(klasse: type[Interventie], antwoorden: Mapping[str, Any], kaart: Kaart) -> Interventie:
    """Build a move of ``klasse`` from a form's ``antwoorden`` (per field name).

    A field that counts only with another answer (:attr:`Veld.als`) keeps its default
    otherwise.  Text is stripped; a soort is in lower case.

    Raises
    ------
    Onvolledig
        with every :class:`Bezwaar` of the answers.

    Example
    -------
    >>> from systeem.model.schets import schets
    >>> k = schets("a b")
    >>> maak(Compensatie, {"partner": "a", "van": "opgave", "soort": " Geld", "punten": 3}, k)
    Compensatie(aan=True, partner='a', van='opgave', soort='geld', punten=3, omschrijving='')
    >>> try:
    ...     maak(Compensatie, {"partner": "a", "van": "a", "soort": "geld"}, k)
    ... except Onvolledig as fout:
    ...     [(b.code, b.veld) for b in fout.bezwaren]
    [('zelfde', 'van')]
    >>> maak(DerdePartij, {"naam": "Rijk", "stromen": [{"met": "a", "soort": "geld", "waarde": 2}]}, k).id
    'rijk'
    """
    antwoord: dict[str, Any] = {}
    bezwaren: list[Bezwaar] = []
    for naam, veld, _ in velden(klasse):
        if veld.als is not None and antwoorden.get(veld.als[0]) != veld.als[1]:
            continue
        waarde = antwoorden.get(naam)
        if _leeg(waarde):
            if veld.verplicht:
                bezwaren.append(Bezwaar("leeg", naam))
            continue
        if veld.soort == "tabel":
            waarde, fouten = _tabel(veld, waarde, kaart)
            bezwaren += fouten
        elif veld.soort == "gewichten":
            waarde, fouten = _gewichten(naam, waarde, kaart)
            bezwaren += fouten
        else:
            waarde = _vorm(veld, waarde)
        antwoord[naam] = waarde
    bezwaren += _REGELS.get(klasse, _geen)(antwoord, kaart)
    if bezwaren:
        raise Onvolledig(bezwaren)
    if klasse is DerdePartij:
        antwoord["id"] = nieuw_id(antwoord["naam"], _bezette_ids(kaart))
    return klasse(**antwoord)


# ---------------------------------------------------------------------------
# One answer.


def _leeg(waarde: Any) -> bool:
    """No answer: None, NaN, or text of only spaces."""
    if isinstance(waarde, str):
        return not waarde.strip()
    return waarde is None or (np.ndim(waarde) == 0 and bool(pd.isna(waarde)))


def _vorm(veld: Veld, waarde: Any) -> Any:
    """An answer (not empty) as the field holds it."""
    if veld.soort == "soort":
        return str(waarde).strip().lower()
    if veld.soort == "tekst":
        return str(waarde).strip()
    if veld.soort == "partners":
        return tuple(waarde)
    if veld.soort == "getal":
        return int(waarde)
    if veld.soort == "factor":
        return float(waarde)
    return waarde


def _tabel(veld: Veld, rijen: Any, kaart: Kaart) -> tuple[tuple[Any, ...], list[Bezwaar]]:
    """The rows of a table field, each a ``veld.rij``; a row without any of its required
    cells is left out, and rows are counted from 1 without it.  A form's table is a few
    rows typed by hand."""
    kolommen = velden(veld.rij)
    verplicht = [naam for naam, v, _ in kolommen if v.verplicht]
    knopen = {OPGAVE, *kaart.partners["id"]}
    uit, bezwaren = [], []
    gevuld = [r for r in rijen if not all(_leeg(r.get(k)) for k in verplicht)]
    for nr, rij in enumerate(gevuld, start=1):
        cellen, fout = {}, False
        for naam, v, start in kolommen:
            waarde = rij.get(naam)
            if _leeg(waarde):
                if v.verplicht:
                    code = "getal" if v.soort == "getal" else "kies"
                    bezwaren.append(Bezwaar(code, naam, nr, _bereik(v)))
                    fout = True
                cellen[naam] = start if v.soort != "tekst" else ""
                continue
            code = _celfout(v, waarde, knopen)
            if code:
                bezwaren.append(Bezwaar(code, naam, nr, _bereik(v)))
                fout = True
                continue
            cellen[naam] = _vorm(v, waarde)
        if not fout:
            uit.append(veld.rij(**cellen))
    return tuple(uit), bezwaren


def _celfout(veld: Veld, waarde: Any, knopen: set[str]) -> str:
    """Why a cell's value does not fit its column ("" when it does)."""
    if veld.soort == "keuze":
        return "" if waarde in veld.keuzes else "kies"
    if veld.soort in ("knoop", "partner"):
        return "" if waarde in knopen and (veld.soort == "knoop" or waarde != OPGAVE) else "kies"
    if veld.soort == "soort":
        return "" if isinstance(waarde, str) else "kies"
    if veld.soort == "getal":
        heel = isinstance(waarde, (int, float, np.number)) and float(waarde).is_integer()
        binnen = heel and (veld.min is None or waarde >= veld.min)
        return "" if binnen and (veld.max is None or waarde <= veld.max) else "getal"
    return ""


def _bereik(veld: Veld) -> dict[str, Any]:
    """The range a number's message names."""
    if veld.soort != "getal":
        return {}
    return {"min": int(veld.min or 0), "max": int(veld.max or 0)}


def _gewichten(
    naam: str, waarden: Mapping[str, Any], kaart: Kaart
) -> tuple[tuple[tuple[str, float], ...], list[Bezwaar]]:
    """The sizes per partner that are filled in; a size that is not a number of 0 or
    more is a bezwaar naming the partner."""
    reeks = pd.Series(dict(waarden), dtype=object)
    reeks = reeks[~reeks.map(_leeg).astype(bool)]
    getal = pd.to_numeric(reeks, errors="coerce").astype("float64")
    slecht = getal.isna() | ~np.isfinite(getal) | (getal < 0)
    namen = kaart.namen()
    bezwaren = [
        Bezwaar("grootte", naam, waarden={"naam": namen.get(str(p), str(p))})
        for p in reeks.index[slecht.to_numpy()]
    ]
    goed = getal[~slecht]
    return tuple(zip(goed.index.astype(str).tolist(), goed.tolist(), strict=True)), bezwaren


# ---------------------------------------------------------------------------
# The rules of each move (on the answers as the fields hold them).


def _geen(_antwoord: dict[str, Any], _kaart: Kaart) -> list[Bezwaar]:
    return []


def _ambitie(antwoord: dict[str, Any], _kaart: Kaart) -> list[Bezwaar]:
    waarde = antwoord.get("waarde", 0)
    if waarde <= 0:
        antwoord["soort"] = ""
    bezwaren = []
    if antwoord.get("factor", 1.0) == 1 and waarde == 0:
        bezwaren.append(Bezwaar("ambitie_niets"))
    if waarde > 0 and not antwoord.get("soort"):
        bezwaren.append(Bezwaar("leeg", "soort"))
    return bezwaren


def _bijdrage(antwoord: dict[str, Any], _kaart: Kaart) -> list[Bezwaar]:
    bezwaren = []
    if antwoord.get("punten") == 0:
        bezwaren.append(Bezwaar("nul", "punten"))
    if antwoord.get("factor") == 1:
        bezwaren.append(Bezwaar("factor_een", "factor"))
    if antwoord.get("partner") and antwoord.get("naar") == antwoord["partner"]:
        bezwaren.append(Bezwaar("zelfde", "naar"))
    return bezwaren


def _compensatie(antwoord: dict[str, Any], _kaart: Kaart) -> list[Bezwaar]:
    if antwoord.get("partner") and antwoord.get("van") == antwoord["partner"]:
        return [Bezwaar("zelfde", "van")]
    return []


def _derde(antwoord: dict[str, Any], kaart: Kaart) -> list[Bezwaar]:
    naam = antwoord.get("naam", "")
    if naam and naam in set(kaart.partners["naam"]):
        return [Bezwaar("naam_bezet", "naam", waarden={"naam": naam})]
    return []


_REGELS = {Ambitie: _ambitie, Bijdrage: _bijdrage, Compensatie: _compensatie, DerdePartij: _derde}


def _bezette_ids(kaart: Kaart) -> set[str]:
    """The ids a new third party may not take: the kaart's and its scenarios' third parties'."""
    derden = {z.id for s in kaart.scenarios for z in s.interventies if isinstance(z, DerdePartij)}
    return {*kaart.partners["id"], OPGAVE} | derden
