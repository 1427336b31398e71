"""Tabellen: the kaart as four editable tables, and edited tables back into a kaart.

The Invoeren page shows the partners, stromen, afhankelijkheden and belangen of a kaart
as tables a person edits cell by cell, adding and deleting rows.  This module is the
edge between those tables and the kaart:

- :func:`bewerkbaar` gives the four tables the editors show;
- :func:`uit_tabellen` turns edited tables into a new, validated kaart (via
  :func:`systeem.model.validatie.valideer`), or raises :class:`~systeem.model.validatie.KaartFout`
  whose problems name the table, the row as the user sees it (the n-th row from the
  top, counting from 1) and the field;
- :func:`met_stroom` adds one stroom (the quick form) and :func:`met_kop` changes the
  titel and opgave text;
- :func:`zoek`, :func:`uitsnede` and :func:`samenvoegen` serve a filtered view: the
  rows that match a search, those rows as an editor shows them, and the edits made
  there merged back into the full table (see "Filtered views" below).

What an editor hands back is untidy: ``None``, ``NaN`` or ``""`` in empty cells, new
rows without an id, ``3.0`` where a whole number was typed, text with spaces around it.
The rules for turning that into a kaart:

- **Ids are never typed.**  The partners table carries the id in a column the page
  hides; a new partner gets an id made from its name: lower case, accents dropped,
  other characters ``_`` (``"Gemeente Één"`` -> ``"gemeente_een"``), unique among the
  ids the kaart has or had, and never ``"opgave"`` (then a number is added:
  ``gemeente_2``).  Stromen, afhankelijkheden and belangen refer to partners by id, so
  renaming a partner keeps every stroom of it.
- **Empty cells.**  A new row left completely empty is ignored (a click on "+" is not
  yet a row).  An empty optional cell gets the default of file format v2 (type
  organisatie, empty text, no invloed, tastbaar from the soort); an empty required
  cell is a problem "is nog leeg".
- **Partner names are unique** (case and spaces ignored): the dropdowns in the other
  tables show names, and two partners with one name cannot be told apart there.
- **Deleting a partner that still has stromen, afhankelijkheden or belangen** is
  refused by default with :class:`VerwijderFout`, which says per partner what still
  refers to it.  A person deleting a row rarely means "and silently drop its twelve
  stromen", but may well mean it after seeing the count: with ``meeverwijderen=True``
  those rows are removed as well (the page asks first, then says what went).

Filtered views.  A kaart of 2,000 partners has tables too long to scroll, so the page
can show only the rows that match a search (:func:`zoek`).  The editor of such a view
gets :func:`uitsnede`: the matching rows with a fresh 0-based index and a hidden column
:data:`RIJ` holding each row's label in the full table.  :func:`samenvoegen` takes what
the editor hands back and rebuilds the full table: rows the view did not show stay
exactly as they were and where they were, a shown row takes its edits in its own
place, a shown row that is missing was deleted, and a row without a :data:`RIJ` is new
and goes to the end.  The hidden column, not the index, says which row is which: an
editor numbers added rows after its own last row, so after a deletion an added row
can get the index of a deleted one.  The merged table's column :data:`ZICHTBAAR` keeps
each row's place in the view, so a problem found in the full table can be named by
the row the user sees.

Example
-------
>>> import pandas as pd
>>> from systeem.model.validatie import valideer
>>> k = valideer({"formaat": "systeemkaart", "versie": 1, "titel": "T",
...     "partners": [{"id": "a", "naam": "Alfa"}], "stromen": []})
>>> t = bewerkbaar(k)
>>> t["partners"].loc[1] = {"naam": "Bravo BV"}   # a new row, no id
>>> t["stromen"] = pd.DataFrame([{"van": "a", "naar": "bravo_bv", "soort": "geld", "waarde": 3.0}])
>>> nieuw = uit_tabellen(k, t)
>>> nieuw.partners["id"].tolist(), nieuw.stromen["waarde"].tolist()
(['a', 'bravo_bv'], [3])
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Mapping

import numpy as np
import pandas as pd

from systeem.bestanden.meldingen import opsomming as lijst
from systeem.bestanden.tabelkern import HEEL, TEKST, VERWIJZINGEN, plaats, records_zonder_leeg
from systeem.model.kaart import (
    KOLOMMEN,
    OPGAVE,
    TABELLEN,
    Kaart,
    extra_dict,
    nieuw_id,  # noqa: F401  (the edit tables' id rule is the model's; kept here for callers)
    nieuwe_ids,
)
from systeem.model.problemen import Zin
from systeem.model.validatie import KaartFout, Probleem, valideer
from systeem.teksten import tekst

#: Required fields per table: an empty cell there is a problem.  (A partner's id is
#: required too, but generated, never typed.)
VERPLICHT: dict[str, tuple[str, ...]] = {
    "partners": ("naam",),
    "stromen": ("van", "naar", "soort", "waarde"),
    "afhankelijkheden": ("partner", "afhankelijk_van", "sterkte"),
    "belangen": ("partner", "omschrijving", "soort", "houding"),
}

#: The code of the problem for an empty required cell, and its Dutch text.
NOG_LEEG = "probleem.nog_leeg"
LEEG = tekst(NOG_LEEG)

#: Hidden column of a filtered view (:func:`uitsnede`): the row's label in the full
#: table; empty in a row added in the view.
RIJ = "_rij"
#: Column of a merged table (:func:`samenvoegen`): the row's 0-based place in the
#: filtered view as the user sees it; empty for a row the view does not show.
ZICHTBAAR = "_zichtbaar"

#: The fields :func:`zoek` searches, per table.  Fields that refer to a partner (or the
#: opgave) are searched by id and by name.
ZOEKVELDEN: dict[str, tuple[str, ...]] = {
    "partners": ("id", "naam", "sector", "toelichting"),
    "stromen": ("van", "naar", "soort", "omschrijving"),
    "afhankelijkheden": ("partner", "afhankelijk_van", "waarvoor"),
    "belangen": ("partner", "omschrijving", "soort"),
}


class VerwijderFout(KaartFout):
    """Deleted partners are still referred to by stromen, afhankelijkheden or belangen.

    ``gevolgen`` maps each such partner's id to ``(naam, {tabel: aantal rijen})``; those
    rows go too when :func:`uit_tabellen` is called with ``meeverwijderen=True``.

    Example
    -------
    >>> f = VerwijderFout({"b": ("Bravo", {"stromen": 2, "belangen": 1})})
    >>> f.problemen[0].tekst
    'Bravo wordt nog gebruikt in 2 stromen en 1 belang. Verwijder die eerst, of verwijder ze met de partner mee.'
    """

    def __init__(self, gevolgen: Mapping[str, tuple[str, Mapping[str, int]]]):
        self.gevolgen = dict(gevolgen)
        super().__init__(
            [
                Probleem(
                    ("partners",),
                    "probleem.nog_gebruikt",
                    {"naam": naam, "gebruik": _aantallen(aantallen)},
                )
                for naam, aantallen in self.gevolgen.values()
            ]
        )


def bewerkbaar(kaart: Kaart) -> dict[str, pd.DataFrame]:
    """Return the four tables of ``kaart`` as the editors show them.

    Each table is a copy with the columns of :data:`systeem.model.kaart.KOLOMMEN` and a fresh
    0-based index, so row ``i`` of the frame is row ``i + 1`` on screen.  Whole numbers
    are nullable ``Int64`` and ``tastbaar`` nullable ``boolean``, so a new row can hold
    empty cells without changing a column's type.  The partners
    table keeps its ``id`` column (the page hides it); the other tables refer to
    partners by id.

    Example
    -------
    >>> from systeem.model.kaart import Kaart
    >>> sorted(bewerkbaar(Kaart(titel="T")))
    ['afhankelijkheden', 'belangen', 'partners', 'stromen']
    """
    return {
        naam: getattr(kaart, naam).reset_index(drop=True).astype(_LEEGBAAR.get(naam, {}))
        for naam in TABELLEN
    }


def uit_tabellen(
    kaart: Kaart,
    tabellen: Mapping[str, pd.DataFrame],
    *,
    meeverwijderen: bool = False,
) -> Kaart:
    """Return the kaart with its tables replaced by edited ``tabellen``, validated.

    Parameters
    ----------
    kaart : the kaart the tables were made from; its titel, opgave, toelichting and
        posities are kept (posities of deleted partners are dropped).
    tabellen : edited tables by name; a table left out stays as it is in ``kaart``.
        Rows are in the order the user sees them.
    meeverwijderen : also remove the stromen, afhankelijkheden and belangen of deleted
        partners; without it such a deletion raises :class:`VerwijderFout`.

    Raises
    ------
    VerwijderFout
        when a deleted partner is still referred to and ``meeverwijderen`` is false.
    KaartFout
        listing every bad cell as ``tabel[rij].veld`` with ``rij`` the 0-based position
        in the edited table, so :meth:`Probleem.rij_tekst` names the row as seen.

    Example
    -------
    >>> from systeem.model.validatie import valideer
    >>> k = valideer({"formaat": "systeemkaart", "versie": 1, "titel": "T",
    ...     "partners": [{"id": "a", "naam": "Alfa"}],
    ...     "stromen": [{"van": "a", "naar": "opgave", "soort": "geld", "waarde": 2}]})
    >>> t = bewerkbaar(k)
    >>> t["stromen"].loc[0, "waarde"] = 9
    >>> try:
    ...     uit_tabellen(k, t)
    ... except KaartFout as fout:
    ...     print(fout.problemen[0].rij_tekst())
    stromen, rij 1, veld waarde: moet een geheel getal van 1 tot en met 5 zijn, niet 9
    """
    schoon = {
        naam: _schoon(naam, tabellen[naam] if naam in tabellen else getattr(kaart, naam))
        for naam in TABELLEN
    }

    partners = schoon["partners"]
    nieuw = partners["id"].isna()
    leeg = nieuw & _leeg(partners, ["naam", "sector", "invloed", "toelichting"])
    for naam, kolommen in _INHOUD.items():
        schoon[naam] = schoon[naam][~_leeg(schoon[naam], kolommen)]
    partners = partners[~leeg]
    partners = partners.assign(
        id=partners["id"].where(
            ~partners["id"].isna(), nieuwe_ids(partners["naam"], set(kaart.partners["id"]))
        )
    )
    schoon["partners"] = partners

    weg = kaart.partners.loc[~kaart.partners["id"].isin(partners["id"]), ["id", "naam"]]
    if len(weg):
        gevolgen = _gevolgen(schoon, weg)
        if gevolgen and not meeverwijderen:
            raise VerwijderFout(gevolgen)
        schoon = _zonder(schoon, set(weg["id"]))

    problemen = _lege_cellen(schoon) + _dubbele_namen(partners)
    knopen = {OPGAVE, *partners["id"]}
    doc = kaart.naar_dict()
    doc["posities"] = {k: v for k, v in doc["posities"].items() if k in knopen}
    for naam, frame in schoon.items():
        doc[naam] = _records(naam, frame)
    try:
        resultaat = valideer(doc)
    except KaartFout as fout:
        eigen = {p.pad for p in problemen}
        gezien = (_in_tabel(p, schoon) for p in fout.problemen)
        problemen += [p for p in gezien if p.pad not in eigen]
        resultaat = None
    if problemen:
        namen = dict(zip(partners["id"], partners["naam"], strict=True))
        raise KaartFout(_voor_de_gebruiker(problemen, namen))
    assert resultaat is not None
    return resultaat


def met_stroom(
    kaart: Kaart, van: str, naar: str, soort: str, waarde: int, omschrijving: str = ""
) -> Kaart:
    """Return the kaart with one stroom added at the end of the stromen table.

    Raises
    ------
    KaartFout
        when the stroom breaks a rule; the problems name the new row and its field.

    Example
    -------
    >>> from systeem.model.validatie import valideer
    >>> k = valideer({"formaat": "systeemkaart", "versie": 1, "titel": "T",
    ...     "partners": [{"id": "a", "naam": "Alfa"}], "stromen": []})
    >>> met_stroom(k, "a", "opgave", "Kennis", 4).stromen[["soort", "waarde"]].values.tolist()
    [['kennis', 4]]
    >>> try:
    ...     met_stroom(k, "a", "a", "kennis", 4)
    ... except KaartFout as fout:
    ...     print(fout.problemen[0].rij_tekst())
    stromen, rij 1, veld naar: van en naar zijn hetzelfde ("Alfa"); kies twee verschillende
    """
    rij = {
        "van": van,
        "naar": naar,
        "soort": soort,
        "waarde": waarde,
        "omschrijving": omschrijving,
        "tastbaar": None,
    }
    stromen = pd.concat(
        [kaart.stromen.astype(object), pd.DataFrame([rij], dtype=object)], ignore_index=True
    )
    return uit_tabellen(kaart, {"stromen": stromen})


def met_kop(kaart: Kaart, titel: str, opgave: str) -> Kaart:
    """Return the kaart with a new titel and opgave text (trimmed), validated.

    Raises
    ------
    KaartFout
        when the titel is empty.

    Example
    -------
    >>> from systeem.model.kaart import Kaart
    >>> met_kop(Kaart(titel="Oud"), " Nieuw ", "Samen").titel
    'Nieuw'
    >>> met_kop(Kaart(titel="Oud"), "", "Samen")
    Traceback (most recent call last):
    ...
    systeem.model.problemen.KaartFout: De kaart klopt niet (1 probleem):
    - titel: mag niet leeg zijn
    """
    doc = kaart.naar_dict()
    doc["titel"], doc["opgave"] = titel, opgave
    return valideer(doc)


def opsomming(aantallen: Mapping[str, int], taal: str = "nl") -> str:
    """Say how many rows of which tables: ``"2 stromen en 1 belang"``.

    Parameters
    ----------
    aantallen : rows per table (``{"stromen": 2}``); a table with 0 rows is left out.
    taal : ``"nl"`` or ``"en"``.

    Example
    -------
    >>> opsomming({"stromen": 1, "afhankelijkheden": 2, "belangen": 3})
    '1 stroom, 2 afhankelijkheden en 3 belangen'
    >>> opsomming({"stromen": 2, "belangen": 1}, "en")
    '2 flows and 1 interest'
    """
    uit = _aantallen(aantallen)
    return uit.in_taal(taal) if isinstance(uit, Zin) else str(uit)


def zoek(kaart: Kaart, zoekterm: str) -> dict[str, pd.Index]:
    """Return, per table, the rows of ``kaart`` that match ``zoekterm``.

    A row matches when every word of the zoekterm occurs in one of its
    :data:`ZOEKVELDEN` (not necessarily the same field): ``"gemeente geld"`` finds the
    geld stromen of every partner with "gemeente" in its name.  Case, accents and
    runs of spaces do not count (``"een"`` finds ``"Één"``); the words are plain text,
    never a pattern.  A reference to a partner matches by the partner's id and by its
    name; the opgave by ``"opgave"`` and by its text.

    Parameters
    ----------
    kaart : the kaart.
    zoekterm : the text typed in the search box; empty (or only spaces) matches
        every row.

    Returns
    -------
    ``{tabel: labels}`` for the four tables, the labels those of :func:`bewerkbaar`
    (0-based positions in the kaart's table), in table order.

    Example
    -------
    >>> from systeem.model.validatie import valideer
    >>> k = valideer({"formaat": "systeemkaart", "versie": 1, "titel": "T",
    ...     "partners": [{"id": "a", "naam": "Gemeente Één"}, {"id": "b", "naam": "Zorg"}],
    ...     "stromen": [{"van": "a", "naar": "b", "soort": "geld", "waarde": 3},
    ...                 {"van": "b", "naar": "opgave", "soort": "kennis", "waarde": 2}]})
    >>> {naam: rijen.tolist() for naam, rijen in zoek(k, "gemeente EEN").items()}
    {'partners': [0], 'stromen': [0], 'afhankelijkheden': [], 'belangen': []}
    >>> zoek(k, "zorg kennis")["stromen"].tolist(), len(zoek(k, " ")["stromen"])
    ([1], 2)
    """
    woorden = _zoekvorm(pd.Series([zoekterm], dtype=object)).iloc[0].split()
    namen = kaart.namen()
    namen_vorm = _zoekvorm(pd.Series(namen, dtype=object))
    uit: dict[str, pd.Index] = {}
    for naam, velden in ZOEKVELDEN.items():  # four tables, a few fields each
        frame = getattr(kaart, naam).reset_index(drop=True)
        if not woorden:
            uit[naam] = frame.index
            continue
        teksten = [_zoekvorm(frame[veld]) for veld in velden]
        teksten += [
            frame[veld].map(namen_vorm).fillna("").astype(object)
            for veld in VERWIJZINGEN.get(naam, ())
        ]
        raak = pd.Series(True, index=frame.index)
        for woord in woorden:
            raak &= np.logical_or.reduce(
                [t.str.contains(woord, regex=False).to_numpy(dtype=bool) for t in teksten]
            )
        uit[naam] = frame.index[raak.to_numpy()]
    return uit


def uitsnede(volledig: pd.DataFrame, zichtbaar: pd.Index) -> pd.DataFrame:
    """Return the rows ``zichtbaar`` of a table as the editor of a filtered view gets them.

    Parameters
    ----------
    volledig : the full table, as :func:`bewerkbaar` gives it (unique integer labels).
    zichtbaar : the labels of the rows to show, in the order to show them
        (from :func:`zoek`).

    Returns
    -------
    Those rows with a fresh 0-based index and an extra ``Int64`` column :data:`RIJ`
    holding each row's label in ``volledig`` (the page hides it).

    Example
    -------
    >>> t = pd.DataFrame({"naam": ["A", "B", "C"]})
    >>> uitsnede(t, pd.Index([2, 0])).values.tolist()
    [['C', 2], ['A', 0]]
    """
    getoond = volledig.loc[zichtbaar].reset_index(drop=True)
    getoond[RIJ] = pd.array(np.asarray(zichtbaar, dtype="int64"), dtype="Int64")
    return getoond


def samenvoegen(volledig: pd.DataFrame, zichtbaar: pd.Index, bewerkt: pd.DataFrame) -> pd.DataFrame:
    """Return the full table with the edits made in a filtered view merged in.

    Parameters
    ----------
    volledig : the full table the view was cut from (unique integer labels, as
        :func:`bewerkbaar` gives it).
    zichtbaar : the labels of the rows the view showed (as given to :func:`uitsnede`).
    bewerkt : what the editor of the view handed back: the rows of
        :func:`uitsnede`, edited, minus deleted ones, plus added ones (with an empty
        :data:`RIJ`), in the order the user sees them.

    Returns
    -------
    The full table: every row of ``volledig`` in its place (rows not shown exactly as
    they were; shown rows as edited; shown rows missing from ``bewerkt`` deleted), then
    the added rows in view order; a fresh 0-based index, so row ``i`` is what
    :func:`uit_tabellen` calls row ``i``.  A column keeps the dtype of ``volledig`` when
    the edited values allow it, else it is ``object`` (for validation to name the bad
    cell).  The extra ``Int64`` column :data:`ZICHTBAAR` holds each row's 0-based place
    in the view (empty for a row not shown); :func:`uit_tabellen` ignores it.

    Raises
    ------
    ValueError
        when ``bewerkt`` names a row the view did not show, or one row twice (a
        programming error: the editor cannot do that).

    Example
    -------
    >>> t = pd.DataFrame({"naam": ["A", "B", "C", "D"], "waarde": [1, 2, 3, 4]})
    >>> view = uitsnede(t, pd.Index([1, 3]))           # shows B and D
    >>> view.loc[1, "waarde"] = 5                       # D gets waarde 5
    >>> view = view.drop(index=0)                       # B deleted
    >>> view.loc[2] = {"naam": "E", "waarde": 1}        # a new row, no RIJ
    >>> samenvoegen(t, pd.Index([1, 3]), view).values.tolist()
    [['A', 1, <NA>], ['C', 3, <NA>], ['D', 5, 0], ['E', 1, 1]]
    """
    zichtbaar = pd.Index(zichtbaar)
    kolommen = list(volledig.columns)
    bewerkt = bewerkt.reset_index(drop=True)
    herkomst = (
        pd.to_numeric(bewerkt[RIJ], errors="coerce")
        if RIJ in bewerkt
        else pd.Series(np.nan, index=bewerkt.index)
    )
    oud = herkomst.notna().to_numpy()
    labels = pd.Index(herkomst[oud].astype("int64").to_numpy())
    if not labels.isin(zichtbaar).all() or labels.has_duplicates:
        raise ValueError(
            f"de bewerkte weergave noemt rijen die niet (of dubbel) getoond zijn: "
            f"{sorted(set(labels[~labels.isin(zichtbaar)]) | set(labels[labels.duplicated()]))}"
        )
    plek = pd.Series(np.arange(len(bewerkt)), index=bewerkt.index)

    uit = volledig.astype(object)
    uit[ZICHTBAAR] = pd.Series(plek[oud].to_numpy(), index=labels).reindex(uit.index)
    inhoud = bewerkt.reindex(columns=kolommen).astype(object)
    uit.loc[labels, kolommen] = inhoud[oud].to_numpy()
    uit = uit.drop(index=zichtbaar.difference(labels))
    nieuw = inhoud[~oud].assign(**{ZICHTBAAR: plek[~oud]})
    uit = pd.concat([uit, nieuw], ignore_index=True) if len(nieuw) else uit.reset_index(drop=True)
    for kolom in kolommen:  # a table has at most seven columns
        # An odd edited value leaves its column as object, for validation to name.
        with contextlib.suppress(TypeError, ValueError):
            uit[kolom] = uit[kolom].astype(volledig[kolom].dtype)
    uit[ZICHTBAAR] = uit[ZICHTBAAR].astype("Float64").astype("Int64")
    return uit


# ---------------------------------------------------------------------------
# Helpers.


def _aantallen(aantallen: Mapping[str, int]) -> Zin | str:
    """How many rows of which tables, as a value of a message (see :func:`opsomming`)."""
    return lijst(
        [
            Zin(f"probleem.aantal.{t}.{'een' if n == 1 else 'meer'}", {"n": n})
            for t, n in aantallen.items()
            if n
        ]
    )


_LEEGBAAR = {
    "stromen": {"waarde": "Int64", "tastbaar": "boolean"},
    "afhankelijkheden": {"sterkte": "Int64"},
}

#: Defaults for empty optional cells (file format v2).
_STANDAARD = {
    "partners": {"type": "organisatie", "sector": "", "toelichting": ""},
    "stromen": {"omschrijving": ""},
    "afhankelijkheden": {"waarvoor": ""},
    "belangen": {},
}

#: A non-partner row with all of these cells empty is not a row yet (dropdown columns
#: with a default value, and checkboxes, do not count).
_INHOUD = {
    "stromen": ["van", "naar", "soort", "waarde", "omschrijving"],
    "afhankelijkheden": ["partner", "afhankelijk_van", "waarvoor", "sterkte"],
    "belangen": ["partner", "omschrijving"],
}


def _schoon(naam: str, frame: pd.DataFrame) -> pd.DataFrame:
    """The table's columns as plain-Python objects; ``None`` in every empty cell.

    Text is trimmed (``""`` counts as empty); whole numbers such as ``3.0`` become
    ``int``; anything else odd is left as it is for validation to name.
    """
    frame = frame.reindex(columns=list(KOLOMMEN[naam])).reset_index(drop=True)
    uit = pd.DataFrame(index=frame.index)
    for kolom in KOLOMMEN[naam]:
        waarden = frame[kolom].astype(object)
        if kolom == "extra":  # hidden in the editors; a new row has none
            uit[kolom] = waarden.map(
                lambda v: extra_dict(v) or None if isinstance(v, str) else None
            )
        elif kolom in TEKST[naam]:
            tekst = waarden.astype("str").str.strip()
            uit[kolom] = tekst.astype(object).where(tekst.notna() & (tekst != ""), None)
        elif kolom in HEEL.get(naam, ()):
            uit[kolom] = _heel(waarden)
        else:  # a yes/no column
            ja_nee = waarden.notna() & waarden.isin([True, False]).fillna(False).astype(bool)
            schoon = waarden.where(waarden.notna(), None)
            schoon[ja_nee] = waarden[ja_nee].astype(bool).astype(object)
            uit[kolom] = schoon.astype(object)
    return uit


def _zoekvorm(tekst: pd.Series) -> pd.Series:
    """Text as :func:`zoek` compares it: accents dropped, case folded, runs of spaces
    as one space; empty for a missing value."""
    schoon = tekst.astype(object).where(tekst.notna(), "").astype("str")
    return (
        schoon.str.normalize("NFKD")
        .str.replace(r"[\u0300-\u036f]", "", regex=True)
        .str.casefold()
        .str.replace(r"\s+", " ", regex=True)
        .astype(object)
    )


def _heel(waarden: pd.Series) -> pd.Series:
    """Whole numbers (``3``, ``3.0``, ``"3"``) as ``int``, empty as ``None``, rest as is."""
    tekst = waarden.where(~waarden.map(type).eq(str), waarden.astype("str").str.strip())
    leeg = tekst.isna() | tekst.eq("")
    getal = pd.to_numeric(tekst.where(~leeg), errors="coerce")
    heel = getal.notna() & np.isfinite(getal) & (getal == np.floor(getal))
    uit = tekst.astype(object).where(~leeg, None)
    uit[heel] = getal[heel].astype("int64").astype(object)
    return uit.astype(object)


def _leeg(frame: pd.DataFrame, kolommen: list[str]) -> pd.Series:
    """Rows whose cells in ``kolommen`` are all empty."""
    return frame[kolommen].isna().all(axis=1)


def _gevolgen(
    schoon: dict[str, pd.DataFrame], weg: pd.DataFrame
) -> dict[str, tuple[str, dict[str, int]]]:
    """Per deleted partner still referred to: its name and the rows per table."""
    telling = pd.DataFrame(0, index=pd.Index(weg["id"]), columns=list(VERWIJZINGEN))
    for naam, velden in VERWIJZINGEN.items():
        frame = schoon[naam]
        raakt = pd.concat([frame[v].where(frame[v].isin(telling.index)) for v in velden], axis=1)
        # A row that refers to a deleted partner twice (a stroom between two deleted
        # partners) counts once for each of them.
        per_rij = raakt.stack().reset_index().drop_duplicates(["level_0", 0])
        telling[naam] = per_rij[0].value_counts().reindex(telling.index, fill_value=0)
    telling = telling[telling.sum(axis=1) > 0]
    namen = weg.set_index("id")["naam"]
    return {
        pid: (str(namen[pid]), {t: int(n) for t, n in rij.items() if n})
        for pid, rij in telling.iterrows()
    }


def _zonder(schoon: dict[str, pd.DataFrame], weg: set[str]) -> dict[str, pd.DataFrame]:
    """The tables without the rows that refer to a partner in ``weg``."""
    uit = dict(schoon)
    for naam, velden in VERWIJZINGEN.items():
        frame = schoon[naam]
        raakt = pd.concat([frame[v].isin(weg) for v in velden], axis=1).any(axis=1)
        uit[naam] = frame[~raakt]
    return uit


def _lege_cellen(schoon: dict[str, pd.DataFrame]) -> list[Probleem]:
    """A problem per empty required cell."""
    problemen = []
    for naam, velden in VERPLICHT.items():
        leeg = schoon[naam][list(velden)].isna().stack()
        problemen += [Probleem((naam, i, veld), NOG_LEEG) for i, veld in leeg.index[leeg]]
    return problemen


def _dubbele_namen(partners: pd.DataFrame) -> list[Probleem]:
    """A problem per partner whose name (case and spaces ignored) came before."""
    sleutel = partners["naam"].astype("str").str.casefold().str.replace(r"\s+", " ", regex=True)
    dubbel = sleutel.notna() & sleutel.duplicated(keep="first")
    eerste = pd.Series(sleutel.index, index=sleutel.to_numpy())
    eerste = eerste[~eerste.index.duplicated(keep="first")]
    return [
        Probleem(
            ("partners", i, "naam"),
            "probleem.naam_bestaat",
            {"naam": partners.at[i, "naam"], "rij": int(eerste[sleutel[i]]) + 1},
        )
        for i in sleutel.index[dubbel]
    ]


def _records(naam: str, frame: pd.DataFrame) -> list[dict]:
    """Rows as records for :func:`valideer`: defaults in empty optional cells, and
    ``None`` fields left out (so an empty required cell reads as missing)."""
    frame = frame.fillna(_STANDAARD[naam]) if _STANDAARD[naam] else frame
    return records_zonder_leeg(frame)


def _in_tabel(probleem: Probleem, schoon: dict[str, pd.DataFrame]) -> Probleem:
    """A problem of :func:`valideer` (rows counted in the records it got) with its row
    counted in the edited table instead (empty rows dropped earlier still count)."""
    waar = plaats(probleem, {naam: frame.index for naam, frame in schoon.items()})
    if waar is None:
        return probleem
    return dataclasses.replace(probleem, pad=(waar.tabel, waar.rij, *waar.rest))


def _voor_de_gebruiker(problemen: list[Probleem], namen: dict[str, str]) -> list[Probleem]:
    """Problems with partner names instead of ids (the value ``partner`` of a problem), in
    table, row and column order."""
    uit = [
        dataclasses.replace(p, waarden={**p.waarden, "partner": namen[p.waarden["partner"]]})
        if p.waarden.get("partner") in namen
        else p
        for p in problemen
    ]
    return sorted(_uniek(uit), key=_volgorde)


def _uniek(problemen: list[Probleem]) -> list[Probleem]:
    return list(dict.fromkeys(problemen))


def _volgorde(p: Probleem) -> tuple[int, int, int]:
    tabel = p.tabel or ""
    kolommen = list(KOLOMMEN.get(tabel, {}))
    return (
        TABELLEN.index(tabel) if tabel in TABELLEN else -1,
        p.rij if p.rij is not None else -1,
        kolommen.index(p.veld) if p.veld in kolommen else len(kolommen),
    )
