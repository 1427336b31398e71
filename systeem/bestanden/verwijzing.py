"""Verwijzing: how a spreadsheet cell names a partner, and how such a cell is read back.

A kaart refers to partners by id; a person reads names.  The spreadsheet layout
(:mod:`systeem.bestanden.bladen`) therefore writes a partner's name wherever a cell refers to one
(Stromen ``van``/``naar``, Afhankelijkheden, Belangen, Posities, the Scenarios blad),
and reads a cell back with these rules, the first that applies:

1. the id of a partner, exactly as written: older files and hand-made ones give ids;
2. ``opgave`` in any case: the opgave;
3. the name of exactly one partner, ignoring case and spaces around it;
4. ``Naam (id)``: the partner with that id, when ``Naam`` is one of its names (case
   ignored) or left out: ``(id)``.  For an id that is no partner, ``(id)`` is that id as
   it is (a scenario may name a partner that has left the kaart);
5. anything else stays as written (validation then names the unknown partner).

Writing (:func:`schrijf`) gives every id the first of these forms that reads back as that
same id: its name; ``Naam (id)`` (two partners with one name, a name that is another
partner's id, a partner called "Opgave"); the id itself (always exact, rule 1).  The
opgave is written ``opgave``.  An id that is no partner (only in scenarios) is written as
it is, else as ``(id)``.  So a round trip through a spreadsheet is exact by construction,
and a cell holds a bare id only when nothing else reads back (a name such as
``Zorg (zorg)`` that is itself another partner's ``Naam (id)``).
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from systeem.model.kaart import OPGAVE

#: ``Naam (id)``: the name (may be empty) and an id without parentheses.
_NAAM_ID = r"(?s)^(.*?)\s*\(([^()]*)\)$"


@dataclass(frozen=True)
class Namen:
    """Who can be named in a blad: the partners' ids and names.

    ``ids``: every id; ``per_naam``: a name's search form (:func:`zoekvorm`) -> its id,
    only for names of exactly one id; ``paren``: ``(id, search form)`` of every name; ``naam_van``: id -> the name it is written with (its first).
    """

    ids: frozenset[str]
    per_naam: pd.Series
    paren: frozenset[tuple[str, str]]
    naam_van: pd.Series


def namen(ids: pd.Series, namen_: pd.Series) -> Namen:
    """Return the :class:`Namen` of partners given as two aligned columns.

    Rows with an empty id or name are left out; one id may have several names (a third
    party of a scenario may share an id with a partner), one name several ids (then it
    names none of them).

    Example
    -------
    >>> n = namen(pd.Series(["a", "b", "c"]), pd.Series(["Alfa", "Beta", "alfa "]))
    >>> n.per_naam.to_dict(), n.naam_van.to_dict()
    ({'beta': 'b'}, {'a': 'Alfa', 'b': 'Beta', 'c': 'alfa '})
    """
    paar = pd.DataFrame({"id": ids.to_numpy(dtype=object), "naam": namen_.to_numpy(dtype=object)})
    paar = paar[paar["id"].map(type).eq(str) & paar["naam"].map(type).eq(str)]
    paar = paar.assign(id=paar["id"].astype(str), vorm=zoekvorm(paar["naam"]))
    paar = paar[paar["id"].ne("") & paar["vorm"].ne("")]
    uniek = paar.drop_duplicates(["id", "vorm"])
    enkel = uniek[~uniek["vorm"].duplicated(keep=False)]
    return Namen(
        ids=frozenset(paar["id"]),
        per_naam=pd.Series(enkel["id"].to_numpy(), index=enkel["vorm"].to_numpy(), dtype=object),
        paren=frozenset(zip(uniek["id"], uniek["vorm"], strict=True)),
        naam_van=paar.drop_duplicates("id").set_index("id")["naam"],
    )


def zoekvorm(tekst: pd.Series) -> pd.Series:
    """Return text as names are compared: spaces around it removed, case folded.

    Example
    -------
    >>> zoekvorm(pd.Series([" Gemeente ", "STRASSE", None])).tolist()
    ['gemeente', 'strasse', '']
    """
    tekst = tekst.astype(object)
    vorm = tekst.where(tekst.map(type).eq(str), "").astype(str).str.strip().str.casefold()
    return vorm.astype(object)  # plain objects: isin on them is a hash lookup


def lees(cellen: pd.Series, namen_: Namen) -> pd.Series:
    """Return the id each cell refers to by the rules of this module; an empty cell stays
    ``None``, a cell that names nobody stays as written.

    Example
    -------
    >>> n = namen(pd.Series(["gem", "z1", "z2"]), pd.Series(["Gemeente", "Zorg", "Zorg"]))
    >>> lees(pd.Series(["gemeente", "gem", "Opgave", "Zorg (z2)", "(z1)", "Zorg", None]), n).tolist()
    ['gem', 'gem', 'opgave', 'z2', 'z1', 'Zorg', None]
    >>> lees(pd.Series(["Gemeente (z1)", "(weg)", "Wie (weg)"]), n).tolist()
    ['Gemeente (z1)', 'weg', 'Wie (weg)']
    """
    uit = cellen.astype(object).where(cellen.notna(), None).reset_index(drop=True)
    is_tekst = uit.map(type).eq(str)
    vorm = zoekvorm(uit)
    is_id = is_tekst & uit.isin(namen_.ids)
    opgave = is_tekst & ~is_id & vorm.eq(OPGAVE)
    is_naam = is_tekst & ~is_id & ~opgave & vorm.isin(namen_.per_naam.index)
    uit[is_naam] = vorm[is_naam].map(namen_.per_naam)
    uit[opgave] = OPGAVE
    rest = is_tekst & ~is_id & ~opgave & ~is_naam
    if rest.any():
        delen = uit[rest].astype(str).str.strip().str.extract(_NAAM_ID)
        naam = zoekvorm(delen[0])
        pid = delen[1].where(delen[1].notna(), "").astype(str).str.strip().astype(object)
        bekend = pid.isin(namen_.ids)
        paar = pd.MultiIndex.from_arrays([pid, naam]).isin(list(namen_.paren))
        past = bekend & (naam.eq("") | pd.Series(paar, index=pid.index))
        los = ~bekend & delen[1].notna() & pid.ne("") & naam.eq("")
        neem = past | los
        uit[neem.index[neem]] = pid[neem]
    return uit.set_axis(cellen.index)


def schrijf(ids: pd.Series, namen_: Namen, *, regel: bool = False) -> pd.Series:
    """Return how each id is written in a cell: the first form that :func:`lees` reads
    back as that id (see the module text); ``None`` for an empty id, and for an id no
    form reads back exactly (only possible for an id that is no partner).

    Parameters
    ----------
    ids : the ids, ``"opgave"`` included.
    namen_ : who can be named.
    regel : the form is one line of a list in one cell: it must hold no line break and
        no spaces around it.

    Example
    -------
    >>> n = namen(pd.Series(["gem", "z1", "z2", "p"]), pd.Series(["Gemeente", "Zorg", "Zorg", "gem"]))
    >>> schrijf(pd.Series(["gem", "z1", "opgave", "p", "weg", "gemeente"]), n).tolist()
    ['Gemeente', 'Zorg (z1)', 'opgave', 'gem (p)', 'weg', '(gemeente)']
    """
    waarden = ids.astype(object).where(ids.notna(), None)
    uniek = pd.Series(pd.unique(waarden[waarden.map(type).eq(str)]), dtype=object)
    if uniek.empty:
        return pd.Series(None, index=ids.index, dtype=object)
    bekend = uniek.isin(namen_.ids)
    naam = uniek.map(namen_.naam_van).where(bekend, None)
    opgave = uniek.eq(OPGAVE) & ~bekend
    eerste = naam.where(bekend, uniek).where(~opgave, OPGAVE)
    tweede = (naam.where(bekend, "").astype(str) + " (" + uniek + ")").str.lstrip()
    tweede = tweede.where(~opgave, None)
    derde = uniek.where(bekend, None)
    gekozen = pd.Series(None, index=uniek.index, dtype=object)
    for vorm in (eerste, tweede, derde):
        open_ = gekozen.isna() & vorm.notna()
        if not open_.any():
            continue
        kandidaat = vorm[open_].astype(str).astype(object)
        goed = lees(kandidaat, namen_).eq(uniek[open_])
        if regel:
            goed &= ~kandidaat.str.contains("\n", regex=False) & kandidaat.eq(kandidaat.str.strip())
        gekozen[goed.index[goed]] = kandidaat[goed]
    vorm_van = pd.Series(gekozen.to_numpy(), index=uniek.to_numpy(), dtype=object)
    uit = waarden.map(vorm_van)
    return uit.astype(object).where(uit.notna(), None)
