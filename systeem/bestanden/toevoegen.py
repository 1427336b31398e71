"""Toevoegen: rows added to a kaart one thing at a time, as the Invoeren page adds them.

The page has two ways to add: a quick form per table (several partners at once, one
stroom, one afhankelijkheid, one belang) and a new row typed into an editable grid.
This module holds the rules of both that are about the kaart, not about the screen:

- what a quick form offers before anything is chosen (:data:`BEGIN`), which soorten it
  offers (:func:`soort_keuzes`), how typed partner names are read (:func:`namen`) and
  which soort a new stroom gets (:func:`stroom_soort`);
- the kaart with the new rows added (:func:`met_partners`, :func:`met_afhankelijkheid`,
  :func:`met_belang`; a stroom through :func:`systeem.bestanden.tabellen.met_stroom`),
  always through :func:`systeem.bestanden.tabellen.uit_tabellen`, so a bad entry raises
  :class:`~systeem.model.validatie.KaartFout` naming the new row and its field, and
  nothing else changes;
- a grid's new rows: which are still incomplete (:func:`ontbrekend`) and which id a new
  partner row got when it was first applied (:func:`ids_terug`).

Example
-------
>>> from systeem.model.schets import schets
>>> k = met_partners(schets("a"), namen("Bravo\\n\\n  Charlie "), "team")
>>> k.partners["id"].tolist(), k.partners["type"].tolist()
(['a', 'bravo', 'charlie'], ['organisatie', 'team', 'team'])
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd

from systeem.bestanden.tabellen import NOG_LEEG, VERPLICHT, uit_tabellen
from systeem.model.kaart import SOORTEN, Kaart
from systeem.model.validatie import KaartFout, Probleem

#: What each quick form offers before a choice is made: table -> field -> value.
BEGIN: dict[str, dict[str, Any]] = {
    "partners": {"type": "organisatie"},
    "stromen": {"waarde": 3},
    "afhankelijkheden": {"sterkte": 3},
    "belangen": {"soort": "organisatie", "houding": "neutraal"},
}

#: A new grid row with all of these cells empty is not a row yet (dropdowns with a
#: default and checkboxes do not count); with some filled but a required cell
#: (:data:`systeem.bestanden.tabellen.VERPLICHT`) empty it is incomplete.
INHOUD: dict[str, list[str]] = {
    "partners": ["naam", "sector", "invloed", "toelichting"],
    "stromen": ["van", "naar", "soort", "waarde", "omschrijving"],
    "afhankelijkheden": ["partner", "afhankelijk_van", "waarvoor", "sterkte"],
    "belangen": ["partner", "omschrijving"],
}


def namen(tekst: str) -> list[str]:
    """Return the partner names typed in ``tekst``: one per line, trimmed, empty lines
    left out.

    Example
    -------
    >>> namen("Gemeente\\n  Wijkteam \\n\\nGGZ-instelling\\n")
    ['Gemeente', 'Wijkteam', 'GGZ-instelling']
    """
    return [naam.strip() for naam in tekst.splitlines() if naam.strip()]


def soort_keuzes(kaart: Kaart) -> list[str]:
    """Return the soorten a new stroom can choose from: the suggested
    :data:`systeem.model.kaart.SOORTEN`, then those the kaart uses besides, sorted.

    Example
    -------
    >>> from systeem.model.schets import schets
    >>> soort_keuzes(schets("a", "a>opgave wonen 2, a>opgave geld 1"))[-2:]
    ['overig', 'wonen']
    """
    extra = sorted(set(kaart.stromen["soort"]) - set(SOORTEN))
    return [*SOORTEN, *extra]


def stroom_soort(gekozen: str | None, andere: str | None) -> str | None:
    """Return the soort of a new stroom: the one typed as another soort, else the one
    chosen.

    Example
    -------
    >>> stroom_soort("geld", "  Huisvesting "), stroom_soort("geld", " ")
    ('Huisvesting', 'geld')
    """
    return str(andere or "").strip() or gekozen


def met_partners(kaart: Kaart, namen: Sequence[str], type_: str | None) -> Kaart:
    """Return the kaart with a partner per name in ``namen`` added, each of type
    ``type_``; ids are made from the names.

    Raises
    ------
    KaartFout
        when a name is taken (case and spaces ignored) or the type unknown.

    Example
    -------
    >>> from systeem.model.schets import schets
    >>> met_partners(schets("a"), ["Één"], "persoon").partners["id"].tolist()
    ['a', 'een']
    """
    nieuw = pd.DataFrame({"naam": list(namen), "type": type_}, dtype=object)
    return _met_rijen(kaart, "partners", nieuw)


def met_afhankelijkheid(
    kaart: Kaart, partner: str | None, afhankelijk_van: str | None, sterkte: Any, waarvoor: str
) -> Kaart:
    """Return the kaart with one afhankelijkheid added: ``partner`` depends on
    ``afhankelijk_van`` with ``sterkte`` (1-5) for ``waarvoor``.

    Raises
    ------
    KaartFout
        when a field breaks a rule (a partner missing, a sterkte out of range, ...).

    Example
    -------
    >>> from systeem.model.schets import schets
    >>> k = met_afhankelijkheid(schets("a b"), "a", "b", 4, " subsidie ")
    >>> k.afhankelijkheden[["partner", "afhankelijk_van", "sterkte", "waarvoor"]].values.tolist()
    [['a', 'b', 4, 'subsidie']]
    """
    rij = {"partner": partner, "afhankelijk_van": afhankelijk_van}
    rij.update(waarvoor=waarvoor, sterkte=sterkte)
    return _met_rijen(kaart, "afhankelijkheden", pd.DataFrame([rij], dtype=object))


def met_belang(
    kaart: Kaart, partner: str | None, omschrijving: str, soort: str | None, houding: str | None
) -> Kaart:
    """Return the kaart with one belang of ``partner`` added: what it wants
    (``omschrijving``), whose it is (``soort``) and how it stands (``houding``).

    Raises
    ------
    KaartFout
        when a field breaks a rule (no partner, an empty omschrijving, ...); a belang
        with neither partner nor omschrijving too (a grid would pass it over).

    Example
    -------
    >>> from systeem.model.schets import schets
    >>> k = met_belang(schets("a"), "a", "Groen blijft groen", "organisatie", "steunt")
    >>> k.belangen[["partner", "omschrijving", "houding"]].values.tolist()
    [['a', 'Groen blijft groen', 'steunt']]
    >>> try:
    ...     met_belang(k, None, " ", "organisatie", "steunt")
    ... except KaartFout as fout:
    ...     for p in fout.problemen:
    ...         print(p.rij_tekst())
    belangen, rij 2, veld partner: is nog leeg; vul dit in
    belangen, rij 2, veld omschrijving: is nog leeg; vul dit in
    """
    rij = {"partner": partner, "omschrijving": omschrijving}
    rij.update(soort=soort, houding=houding)
    return _met_rijen(kaart, "belangen", pd.DataFrame([rij], dtype=object))


def ontbrekend(tabel: str, nieuw: pd.DataFrame) -> pd.DataFrame:
    """Return the incomplete rows among the new grid rows ``nieuw`` of ``tabel``: those
    with something filled in (:data:`INHOUD`) but a required cell empty, as a yes/no
    frame of which required cells are empty (a row per incomplete row, same labels).

    A cell holding only spaces counts as empty.

    Example
    -------
    >>> nieuw = pd.DataFrame({"van": ["a", None, None], "naar": [None, None, "b"],
    ...     "soort": ["geld", None, "geld"], "waarde": [3, None, 2], "omschrijving": None})
    >>> ontbrekend("stromen", nieuw)
         van   naar  soort  waarde
    0  False   True  False   False
    2   True  False  False   False
    >>> ontbrekend("belangen", pd.DataFrame([{"partner": "a", "houding": "steunt"}]))
       partner  omschrijving  soort  houding
    0    False          True   True    False
    """
    leeg = _leeg(tabel, nieuw)
    verplicht = list(VERPLICHT[tabel])
    wachtend = ~leeg[INHOUD[tabel]].all(axis=1) & leeg[verplicht].any(axis=1)
    return leeg.loc[wachtend, verplicht]


def ids_terug(frame: pd.DataFrame, partners: pd.DataFrame, begin: pd.DataFrame) -> pd.DataFrame:
    """Return the edited partners table ``frame`` with each new row (no id) given the id
    its partner got when the edit was first applied: by name (case and spaces
    ignored), else in order, so a new row renamed since keeps its id.

    Parameters
    ----------
    frame : the partners table as the grid hands it back; new rows have no id.
    partners : the kaart's partners now.
    begin : the partners table the grid started from; the partners not in it were added
        through the grid.

    Example
    -------
    >>> begin = pd.DataFrame({"id": ["a"], "naam": ["A"]})
    >>> partners = pd.DataFrame({"id": ["a", "bravo", "c"], "naam": ["A", "Bravo", "C"]})
    >>> frame = pd.DataFrame({"id": ["a", None, None], "naam": ["A", "C", "Bravo BV"]})
    >>> ids_terug(frame, partners, begin)["id"].tolist()
    ['a', 'c', 'bravo']
    """
    zonder = frame["id"].isna() & frame["naam"].notna()
    nieuw = partners.loc[~partners["id"].isin(begin["id"]), ["id", "naam"]]
    if not zonder.any() or nieuw.empty:
        return frame
    op_naam = dict(zip(_naam_sleutel(nieuw["naam"]), nieuw["id"], strict=True))
    ids = _naam_sleutel(frame.loc[zonder, "naam"]).map(op_naam)
    rest = [i for i in nieuw["id"] if i not in set(ids.dropna())]
    open_ = ids.index[ids.isna()]
    ids[open_[: len(rest)]] = rest[: len(open_)]
    frame = frame.copy()
    frame.loc[ids.index, "id"] = ids.astype(object)
    return frame


def _met_rijen(kaart: Kaart, tabel: str, nieuw: pd.DataFrame) -> Kaart:
    """The kaart with the rows ``nieuw`` added at the end of table ``tabel``.  A row with
    nothing in it is not passed over (as a grid's empty new row is) but refused: each
    of its empty required cells is a problem."""
    leeg = _leeg(tabel, nieuw.reset_index(drop=True))
    verplicht = leeg.loc[leeg[INHOUD[tabel]].all(axis=1), list(VERPLICHT[tabel])].stack()
    if verplicht.any():
        begin = len(getattr(kaart, tabel))
        plekken = ((tabel, begin + i, veld) for i, veld in verplicht.index[verplicht])
        raise KaartFout([Probleem(plek, NOG_LEEG) for plek in plekken])
    frame = pd.concat([getattr(kaart, tabel).astype(object), nieuw], ignore_index=True)
    return uit_tabellen(kaart, {tabel: frame})


def _leeg(tabel: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Which cells of ``frame`` are empty (missing, or only spaces), in the columns of
    :data:`INHOUD` and the required ones; a column ``frame`` lacks is empty."""
    kolommen = list(dict.fromkeys([*INHOUD[tabel], *VERPLICHT[tabel]]))
    frame = frame.reindex(columns=kolommen)
    tekst = frame.astype("string").apply(lambda kolom: kolom.str.strip())
    return (frame.isna() | tekst.eq("").fillna(True)).astype(bool)


def _naam_sleutel(namen: pd.Series) -> pd.Series:
    """Names as compared: runs of spaces as one, trimmed, case folded."""
    return namen.astype(str).str.split().str.join(" ").str.casefold()
