"""Bladen: the kaart as named tables with Dutch sheet and column names (the spreadsheet layout).

An Excel workbook (:mod:`systeem.bestanden.excel`) and a zip of CSV files (:mod:`systeem.bestanden.csvzip`)
carry a kaart in the same layout: one table (*blad*) per part of the kaart, the first row
holding the column names.

============================ ==========================================================
blad (CSV file)              columns
============================ ==========================================================
Kaart (``kaart.csv``)        ``veld, waarde``; rows ``titel``, ``opgave``, ``toelichting``
Partners (``partners.csv``)  ``naam, type, sector, invloed, toelichting, id``
Stromen (``stromen.csv``)    ``van, naar, soort, waarde, omschrijving, tastbaar``
Afhankelijkheden             ``partner, afhankelijk_van, waarvoor, sterkte``
Belangen                     ``partner, omschrijving, soort, houding``
Pijlers (``pijlers.csv``)    ``beoordelaar, pijler, score, notitie, pijlernaam``
Posities                     ``partner, x, y`` (``id`` in older files)
Scenarios                    ``scenario, stap, aan, zet, uitleg``, the moves' fields
                             (:data:`ZET_VELDEN`), ``instellingen`` (older files)
============================ ==========================================================

Partners and Stromen are required; the other bladen may be left out.  This module is the
edge between such tables and the kaart:

- :func:`naar_bladen` gives the tables to write, every text cell neutralised against
  formula injection (:func:`neutraliseer`);
- :func:`uit_bladen` reads tables back through :func:`systeem.model.validatie.valideer`, so
  the rules and the messages are those of file format v2, each problem placed from its
  path in the blad, the row as a spreadsheet numbers it (the column names are row 1) and
  the column (:func:`op_blad`): ``blad Stromen, rij 4, kolom waarde: moet een geheel getal
  van 1 tot en met 5 zijn, niet 7``, in English ``sheet Stromen, row 4, column waarde:
  must be a whole number from 1 to 5, not 7``.  Either the whole kaart comes back, or
  :class:`~systeem.model.problemen.KaartFout`.

Cells are read the way a Dutch spreadsheet user means them: ``3``, ``3.0``, ``"3"`` and
``"3,0"`` are the whole number 3; ``"-120,5"`` and ``"1.234,5"`` are numbers with a
decimal comma; ``ja``/``nee`` (also ``waar``/``onwaar``, ``true``/``false``, ``1``/``0``)
for tastbaar; a number typed in a text column is that text (``2024``, not ``2024.0``);
column names ignore case and spaces (``Afhankelijk van``); fully empty rows are skipped.

Partners are named, not numbered: every cell that refers to a partner (Stromen ``van``
and ``naar``, Afhankelijkheden, Belangen, Posities, the Scenarios blad) holds its name,
``Naam (id)`` when the name alone would not read back as that partner (two partners with
one name), and the opgave is ``opgave`` (:mod:`systeem.bestanden.verwijzing`).  The ids are only in
the last column of the Partners blad, after the extra fields, for the round trip.  On
reading a cell may give an id (older files), a name or ``Naam (id)``; a partner without
an ``id`` gets its ``naam`` as id.

The Scenarios blad holds the kaart's what-if scenarios (:mod:`systeem.model.scenario`), one row
per interventie: the scenario's name, ``stap`` (1, 2, ... within the scenario: the
order), ``aan`` (ja/nee), the ``zet``, ``uitleg`` (the move in a Dutch sentence for the
reader, passed over on reading) and the move's fields each in its own column
(:data:`ZET_VELDEN`; empty fields left empty): partners by name, a list of partners
(``partners``) one per line in the cell, ``gewichten`` one ``naam: gewicht`` per line,
a decimal comma.  A third party's stromen follow its row, one row each with the same
scenario and stap, no zet, and the third party by name in ``van`` (it brings) or
``naar`` (it takes).  The rows with one name are one scenario (scenarios in the order
their names first appear, interventies by stap, or by row without stappen); a scenario
without interventies is one row with only its name.  The writer reads every move back
before writing it; a move that would not come back exactly (an id with a line break in
a list) is written as one row with its fields as compact JSON with ids in
``instellingen`` (:func:`instellingen`), the form older files have throughout, which is
still read.  A file without the blad has no scenarios.

The Pijlers blad holds the pijlerscan (:mod:`systeem.analyses.pijlers`): one row per beoordelaar
and pijler, ``score`` a whole number 1-5 or empty (niet gescoord), ``notitie`` free text.
``pijler`` is one of the eight ids (``vertrouwen``); on reading, case and spaces are
ignored and a pijler's Dutch or English name (``Vertrouwen tussen ketenpartners``,
``Trust``) is taken as its id.  ``pijlernaam``, the pijler's Dutch name, is written for
the reader and passed over on reading (:data:`ALLEEN_LEZEN`).  The blad is written even
when nobody scored (then only its column names); a file without it has no scores.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from systeem.analyses.pijlers import pijler_tekst
from systeem.bestanden import verwijzing
from systeem.bestanden.tabelkern import HEEL, TEKST, VERWIJZINGEN, plaats, records_zonder_leeg
from systeem.model import scenario as scenario_mod
from systeem.model.kaart import PIJLER_IDS, VERSIE, Kaart, extra_dicts, records
from systeem.model.problemen import Zin, plek_van
from systeem.model.scenario import DerdePartij, Interventie, Kostenverdeling, beschrijving
from systeem.model.validatie import ONWAAR, WAAR, KaartFout, Probleem, valideer

#: Blad name -> its columns, in the order they are written.
BLADEN: dict[str, tuple[str, ...]] = {
    "Kaart": ("veld", "waarde"),
    "Partners": ("naam", "type", "sector", "invloed", "toelichting", "id"),
    "Stromen": ("van", "naar", "soort", "waarde", "omschrijving", "tastbaar"),
    "Afhankelijkheden": ("partner", "afhankelijk_van", "waarvoor", "sterkte"),
    "Belangen": ("partner", "omschrijving", "soort", "houding"),
    "Pijlers": ("beoordelaar", "pijler", "score", "notitie", "pijlernaam"),
    "Posities": ("partner", "x", "y"),
    "Scenarios": (
        "scenario",
        "stap",
        "aan",
        "zet",
        "uitleg",
        "partner",
        "van",
        "naar",
        "partners",
        "soort",
        "waarde",
        "punten",
        "factor",
        "sleutel",
        "gewichten",
        "omschrijving",
        "naam",
        "type",
        "sector",
        "invloed",
        "id",
        "instellingen",
    ),
}

#: The columns of the Scenarios blad that hold a field of a move (:mod:`systeem.model.scenario`).
ZET_VELDEN = BLADEN["Scenarios"][BLADEN["Scenarios"].index("partner") : -1]

#: Older names of a column, per blad: read as the layout's name.
ALIASSEN: dict[str, dict[str, str]] = {"Posities": {"id": "partner"}}

#: Columns written for people reading the blad and passed over on reading.
ALLEEN_LEZEN: dict[str, tuple[str, ...]] = {
    "Pijlers": ("pijlernaam",),
    "Scenarios": ("uitleg",),
}

#: Bladen a kaart cannot do without.
VERPLICHT = ("Partners", "Stromen")

#: Bladen that are read past: the template's instructions and dropdown lists, and the
#: computed Balans blad of an export (:func:`balans_blad`).
OVERGESLAGEN = ("Uitleg", "Lijsten", "Balans")

#: The columns of the Balans blad, and the note above them.
BALANS_KOLOMMEN = ("partner", "brengen", "halen", "balans", "klasse")
BALANS_NOOT = (
    "Berekend door Systeemkaart uit de stromen (drempel 1/3): alleen om te lezen. Dit blad "
    "wordt bij het openen in Systeemkaart overgeslagen; wijzig de stromen, niet dit blad."
)

#: Columns that must be there when the blad is (the others may be left out).
VERPLICHTE_KOLOMMEN: dict[str, tuple[str, ...]] = {
    "Kaart": ("veld", "waarde"),
    "Partners": ("naam",),
    "Stromen": ("van", "naar", "soort", "waarde"),
    "Afhankelijkheden": ("partner", "afhankelijk_van", "sterkte"),
    "Belangen": ("partner", "omschrijving", "soort", "houding"),
    "Pijlers": ("beoordelaar", "pijler"),
    "Posities": ("partner", "x", "y"),
    "Scenarios": ("scenario", "zet"),
}

#: The table of the kaart behind each blad (Kaart, Posities and Scenarios are not tables).
TABEL = {
    "Partners": "partners",
    "Stromen": "stromen",
    "Afhankelijkheden": "afhankelijkheden",
    "Belangen": "belangen",
    "Pijlers": "pijlers",
}

#: The rows of the Kaart blad.
KAART_VELDEN = ("titel", "opgave", "toelichting")

#: Prefix of a column (or Kaart row) that holds an extra field (see :mod:`systeem.model.kaart`):
#: ``extra:Tags`` on the Partners or Stromen blad, ``extra:Type`` in the Kaart blad for
#: the opgave's own extra fields.
EXTRA = "extra:"

#: The bladen whose rows may carry extra fields.
_MET_EXTRA = frozenset({"Partners", "Stromen"})

#: A text cell starting with one of these is a formula (or may become one) in a
#: spreadsheet program; on export it gets a leading ``'`` (see :func:`neutraliseer`).
GEVAARLIJK = ("=", "+", "-", "@", "\t", "\r", "'")

JA = frozenset({"ja", "j", "waar", "true", "yes", "y", "1", "x", "wahr"})
NEE = frozenset({"nee", "n", "onwaar", "false", "no", "0", "niet", "falsch"})


def neutraliseer(tekst: pd.Series) -> pd.Series:
    """Return text cells safe from formula injection: ``'`` before a dangerous start.

    A cell whose text starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
    would be run as a formula by Excel or LibreOffice; it gets a leading apostrophe.  A
    text that already starts with ``'`` gets one too, so :func:`herstel` undoes exactly
    this and nothing else.  Non-text cells are left alone.

    Example
    -------
    >>> neutraliseer(pd.Series(["=1+1", "-", "gewoon", "'x", None, 3])).tolist()
    ["'=1+1", "'-", 'gewoon', "''x", None, 3]
    """
    is_tekst = tekst.map(type).eq(str)
    gevaar = is_tekst & tekst.where(is_tekst, "").astype(str).str.startswith(GEVAARLIJK)
    uit = tekst.astype(object).where(tekst.notna(), None)
    uit[gevaar] = "'" + tekst[gevaar].astype(str)
    return uit


def herstel(tekst: pd.Series) -> pd.Series:
    """Undo :func:`neutraliseer`: drop the ``'`` before a dangerous start.

    Example
    -------
    >>> herstel(pd.Series(["'=1+1", "''x", "'gewoon", None])).tolist()
    ['=1+1', "'x", "'gewoon", None]
    """
    is_tekst = tekst.map(type).eq(str)
    s = tekst.where(is_tekst, "").astype(str)
    terug = is_tekst & s.str.startswith("'") & s.str[1:2].isin(GEVAARLIJK)
    uit = tekst.astype(object).where(tekst.notna(), None)
    uit[terug] = s[terug].str[1:]
    return uit


def naar_bladen(kaart: Kaart) -> dict[str, pd.DataFrame]:
    """Return the kaart as the eight bladen of the layout, ready to write.

    Partners are named by :func:`systeem.bestanden.verwijzing.schrijf` (their name, or
    ``Naam (id)`` where the name alone would not read back); text is neutralised (:func:`neutraliseer`), an empty text or unknown invloed is
    ``None`` (an empty cell), tastbaar and aan are ``"ja"``/``"nee"``, numbers stay
    numbers.  The Scenarios and Pijlers bladen are written even when the kaart has no
    scenarios or scores (then only their column names).

    Example
    -------
    >>> from systeem.model.validatie import valideer
    >>> k = valideer({"formaat": "systeemkaart", "versie": 1, "titel": "=T",
    ...     "partners": [{"id": "a", "naam": "A"}],
    ...     "stromen": [{"van": "a", "naar": "opgave", "soort": "geld", "waarde": 2}]})
    >>> b = naar_bladen(k)
    >>> b["Kaart"].loc[0].tolist(), b["Stromen"].loc[0].tolist()
    (['titel', "'=T"], ['A', 'opgave', 'geld', 2, None, 'ja'])
    >>> list(b["Partners"].columns)
    ['naam', 'type', 'sector', 'invloed', 'toelichting', 'id']
    >>> list(b["Pijlers"].columns), len(b["Pijlers"])
    (['beoordelaar', 'pijler', 'score', 'notitie', 'pijlernaam'], 0)
    """
    kop = pd.DataFrame(
        {
            "veld": [*KAART_VELDEN, *(EXTRA + k for k in kaart.opgave_extra)],
            "waarde": [
                kaart.titel,
                kaart.opgave,
                kaart.toelichting,
                *kaart.opgave_extra.values(),
            ],
        }
    )
    uit = {"Kaart": kop}
    for blad, tabel in TABEL.items():
        uit[blad] = getattr(kaart, tabel).reset_index(drop=True)
        if "extra" in uit[blad].columns:
            uit[blad] = _extra_uitgeklapt(uit[blad])
    wie = verwijzing.namen(kaart.partners["id"], kaart.partners["naam"])
    for blad, kolommen in _VERWIJZINGEN.items():
        uit[blad] = uit[blad].assign(**{k: verwijzing.schrijf(uit[blad][k], wie) for k in kolommen})
    stromen = uit["Stromen"].astype({"tastbaar": object})
    stromen["tastbaar"] = np.where(uit["Stromen"]["tastbaar"].astype(bool), "ja", "nee")
    uit["Stromen"] = stromen
    uit["Pijlers"] = _pijler_rijen(kaart.pijlers)
    plekken = pd.DataFrame(
        [(k, float(x), float(y)) for k, (x, y) in kaart.posities.items()],
        columns=["partner", "x", "y"],
    )
    uit["Posities"] = plekken.assign(partner=verwijzing.schrijf(plekken["partner"], wie))
    uit["Scenarios"] = _scenario_rijen(kaart)
    uit = {blad: _voor_schrijven(frame, blad) for blad, frame in uit.items()}
    if uit["Scenarios"]["instellingen"].isna().all():  # only for a move no row can hold
        uit["Scenarios"] = uit["Scenarios"].drop(columns="instellingen")
    return uit


def balans_blad(kaart: Kaart, taal: str = "nl") -> pd.DataFrame:
    """Return the Balans blad: per partner, in kaart order, ``brengen``, ``halen``,
    ``balans`` (empty without stromen) and ``klasse`` in words (:mod:`systeem.analyses.balans`,
    threshold 1/3), the partner named as in the other bladen, text neutralised.

    The blad is for reading only: :func:`uit_bladen` passes over it (:data:`OVERGESLAGEN`).

    Example
    -------
    >>> from systeem.model.validatie import valideer
    >>> k = valideer({"formaat": "systeemkaart", "versie": 1, "titel": "T",
    ...     "partners": [{"id": "a", "naam": "Alfa"}, {"id": "b", "naam": "Beta"}],
    ...     "stromen": [{"van": "a", "naar": "opgave", "soort": "geld", "waarde": 4},
    ...                 {"van": "opgave", "naar": "a", "soort": "kennis", "waarde": 2}]})
    >>> balans_blad(k).iloc[:, :4].values.tolist()
    [['Alfa', 4, 2, -0.3333333333333333], ['Beta', 0, 0, None]]
    """
    from systeem.analyses.balans import balans
    from systeem.teksten import tekst

    tabel = balans(kaart)
    wie = verwijzing.namen(kaart.partners["id"], kaart.partners["naam"])
    woorden = {k: tekst(f"klasse.{k}", taal) for k in tabel["klasse"].unique()}
    uit = pd.DataFrame(
        {
            "partner": verwijzing.schrijf(pd.Series(tabel.index, dtype=object), wie).to_numpy(),
            "brengen": tabel["brengen"].astype(int).to_numpy(dtype=object),
            "halen": tabel["halen"].astype(int).to_numpy(dtype=object),
            "balans": tabel["balans"].astype(object).where(tabel["balans"].notna(), None),
            "klasse": tabel["klasse"].map(woorden).to_numpy(dtype=object),
        },
        columns=list(BALANS_KOLOMMEN),
    ).reset_index(drop=True)
    uit["partner"] = neutraliseer(uit["partner"])
    return uit


def instellingen(zet: Interventie) -> str:
    """Return the fields of a move other than ``zet`` and ``aan`` as compact JSON text.

    Fields that are empty (``""``, ``null``, ``[]``, ``{}``) are left out, also in a third
    party's stromen: reading gives them their default again, which is that same empty
    value, so nothing is lost.

    Example
    -------
    >>> from systeem.model.scenario import Bijdrage, Kostenverdeling
    >>> instellingen(Bijdrage(partner="gemeente", punten=3))
    '{"partner":"gemeente","punten":3}'
    >>> instellingen(Kostenverdeling(sleutel="grootte", gewichten=(("a", 2.0),)))
    '{"sleutel":"grootte","gewichten":{"a":2.0}}'
    """
    velden = {k: v for k, v in zet.naar_dict().items() if k not in ("zet", "aan")}
    return json.dumps(_zonder_leeg(velden), ensure_ascii=False, separators=(",", ":"))


def uit_bladen(
    bladen: Mapping[str, pd.DataFrame],
    *,
    plek: Callable[[str], Plek] = lambda blad: Zin("probleem.blad.naam", {"blad": blad}),
    titel: str = "Kaart",
) -> Kaart:
    """Return the kaart held by spreadsheet tables, validated, or raise :class:`KaartFout`.

    Parameters
    ----------
    bladen : blad name -> its cells as read: the first row already the column names, the
        index the spreadsheet's row number (the column names are row 1, so the first
        data row is 2).  Names of bladen are matched without regard to case; a blad that
        is not part of the layout and holds data is a problem (a typo such as
        ``Stroom`` would otherwise lose rows); an empty one is ignored.
    plek : how a problem names a blad, ``"blad Stromen"`` (``"sheet Stromen"``) by
        default (a CSV reader says ``"bestand stromen.csv"``): a
        :class:`~systeem.model.problemen.Zin`, written in the reader's language, or text.
    titel : the titel when the Kaart blad is missing or leaves it empty (the file name).

    Raises
    ------
    KaartFout
        listing every problem, each as ``"<plek>, rij <n>, kolom <kolom>: <tekst>"``: a
        problem with an empty ``pad`` whose values ``waar``, ``rij`` and ``kolom`` name
        the cell (:func:`op_blad`) and ``fout`` says what is wrong.

    Example
    -------
    >>> p = pd.DataFrame({"id": ["a"], "naam": ["Alfa"]}, index=[2])
    >>> s = pd.DataFrame({"van": ["Alfa"], "naar": ["opgave"], "soort": ["geld"],
    ...                   "waarde": ["3,0"]}, index=[2])
    >>> k = uit_bladen({"Partners": p, "Stromen": s}, titel="Proef")
    >>> k.stromen.loc[0, "van"], int(k.stromen.loc[0, "waarde"])
    ('a', 3)
    >>> s.loc[2, "waarde"] = "7"
    >>> uit_bladen({"partners": p, "stromen": s})
    Traceback (most recent call last):
    ...
    systeem.model.problemen.KaartFout: De kaart klopt niet (1 probleem):
    - blad Stromen, rij 2, kolom waarde: moet een geheel getal van 1 tot en met 5 zijn, niet 7
    """
    problemen: list[Probleem] = []
    gevonden = _zoek_bladen(bladen, plek, problemen)
    schoon: dict[str, pd.DataFrame] = {}
    datums: set[tuple[str, int, str]] = set()
    koppen: dict[tuple[str, str], str] = {}
    for blad, kolommen in BLADEN.items():
        frame = gevonden.get(blad)
        if frame is None:
            if blad in VERPLICHT:
                problemen.append(
                    Probleem(
                        (),
                        "probleem.blad.ontbreekt",
                        {"waar": plek(blad), "kolommen": ", ".join(kolommen)},
                    )
                )
            continue
        frame = _kolommen(frame, blad, plek, problemen, koppen)
        if frame is None:
            continue
        schoon[blad] = _cellen(frame, blad, datums)
    if problemen:
        raise KaartFout(problemen)

    doc, rijen = _document(schoon, titel, plek, problemen, koppen)
    try:
        kaart = valideer(doc)
    except KaartFout as fout:
        problemen += [_in_blad(p, rijen, plek, datums) for p in fout.problemen]
        kaart = None
    if problemen or kaart is None:
        raise KaartFout(list(dict.fromkeys(problemen)))
    return kaart


#: A place of a problem in the layout as a message names it: ``blad Stromen`` (a
#: :class:`~systeem.model.problemen.Zin`, so that it is written in the reader's language)
#: or text.
Plek = Zin | str

#: The problem of an empty cell that must be filled.
_LEEG = Zin("probleem.blad.leeg")


def op_blad(waar: Plek, fout: Zin, rij: Any = None, kolom: str | None = None) -> Probleem:
    """Return a problem in a cell of the layout: ``blad Stromen, rij 4, kolom waarde: ...``.

    The problem has no ``pad`` (it is not a place in a kaart file); its values name the
    cell: ``waar`` (the blad as a message names it), ``rij`` (the spreadsheet's row
    number) and ``kolom``, and ``fout`` says what is wrong.

    Parameters
    ----------
    waar : the blad, as :func:`uit_bladen`'s ``plek`` names it.
    fout : what is wrong, written in the reader's language.
    rij : the row number; None for the blad as a whole.
    kolom : the column; None for the whole row.

    Example
    -------
    >>> p = op_blad(Zin("probleem.blad.naam", {"blad": "Stromen"}), _LEEG, rij=4, kolom="van")
    >>> str(p), p.in_taal("en")
    ('blad Stromen, rij 4, kolom van: is leeg; vul dit in', 'sheet Stromen, row 4, column van: is empty; fill it in')
    >>> p.waarden["rij"], p.waarden["kolom"]
    (4, 'van')
    """
    if rij is None:
        return Probleem((), "probleem.blad.in_blad", {"waar": waar, "fout": fout})
    if kolom is None:
        return Probleem((), "probleem.blad.rij", {"waar": waar, "rij": int(rij), "fout": fout})
    return Probleem(
        (), "probleem.blad.cel", {"waar": waar, "rij": int(rij), "kolom": kolom, "fout": fout}
    )


def lege_rijen_weg(frame: pd.DataFrame) -> pd.DataFrame:
    """Drop rows whose every cell is empty (``None``, NaN or only spaces).

    Example
    -------
    >>> lege_rijen_weg(pd.DataFrame({"a": ["x", None, " "]}, index=[2, 3, 4])).index.tolist()
    [2]
    """
    if frame.empty:
        return frame
    tekst = frame.astype(object).where(frame.notna(), "").astype(str)
    leeg = tekst.apply(lambda k: k.str.strip().eq("")).all(axis=1)
    return frame[~leeg]


# ---------------------------------------------------------------------------
# Private helpers.

_TEKST = {
    "Kaart": ("veld", "waarde"),
    **{blad: TEKST[tabel] for blad, tabel in TABEL.items()},
    "Pijlers": (*TEKST["pijlers"], "pijlernaam"),
    "Posities": ("partner",),
    "Scenarios": (
        "scenario",
        "zet",
        "uitleg",
        "partner",
        "van",
        "naar",
        "partners",
        "soort",
        "sleutel",
        "gewichten",
        "omschrijving",
        "naam",
        "type",
        "sector",
        "id",
        "instellingen",
    ),
}
_HEEL = {
    **{blad: HEEL[tabel] for blad, tabel in TABEL.items() if tabel in HEEL},
    "Scenarios": ("stap", "waarde", "punten", "invloed"),
}
_GETAL = {"Posities": ("x", "y"), "Scenarios": ("factor",)}
#: The columns that name a partner, per blad.
_VERWIJZINGEN = {
    blad: VERWIJZINGEN[tabel] for blad, tabel in TABEL.items() if tabel in VERWIJZINGEN
}
#: Scenarios: the fields that name one partner (or the opgave); a third party's stroom on a
#: row of its own has only these cells; the columns each move may fill.
_EEN_PARTNER = ("partner", "van", "naar")
_STROOM_VELDEN = ("van", "naar", "soort", "waarde", "omschrijving")
_ZET_KOLOMMEN = {
    zet: frozenset(f.name for f in dataclasses.fields(soort)) - {"aan", "stromen"}
    for zet, soort in scenario_mod.ZETTEN.items()
}
#: A pijler as a person may write it (id, Dutch or English name or label, any case) -> id.
_PIJLER_ID = {
    " ".join(naam.split()).casefold(): p
    for p in PIJLER_IDS
    for taal in ("nl", "en")
    for naam in (p, *pijler_tekst(p, taal)[:2])
}


def _extra_sleutel(kolom: Any) -> str | None:
    """The key of an extra field's column (``"extra:Tags"`` -> ``"Tags"``), else None."""
    if not isinstance(kolom, str):
        return None
    naam = kolom.strip()
    if naam[: len(EXTRA)].lower() != EXTRA or len(naam) == len(EXTRA):
        return None
    return naam[len(EXTRA) :]


def _extra_uitgeklapt(frame: pd.DataFrame) -> pd.DataFrame:
    """A table with its ``extra`` column spread over one column per key, ``extra:<key>``,
    keys in the order they first appear."""
    velden = pd.DataFrame(extra_dicts(frame["extra"]), index=frame.index, dtype=object)
    velden = velden.where(velden.notna(), None)
    return frame.drop(columns="extra").join(velden.add_prefix(EXTRA))


def extra_cellen(waarden: pd.Series) -> pd.Series:
    """Return spreadsheet cells as values of an extra field (:mod:`systeem.model.kaart`): text
    with the formula quote undone (:func:`herstel`), whole numbers as ``int``, other
    finite numbers as ``float``, booleans kept, a date as ISO text; empty as ``None``.

    Example
    -------
    >>> extra_cellen(pd.Series(["'=x", 3.0, 0.5, True, "  ", None])).tolist()
    ['=x', 3, 0.5, True, None, None]
    """
    uit = herstel(waarden.astype(object).where(waarden.notna(), None))
    return pd.Series([_extra_waarde(v) for v in uit.tolist()], index=waarden.index, dtype=object)


def _extra_waarde(v: Any) -> Any:
    """One cell as :func:`extra_cellen` gives it."""
    if v is None or isinstance(v, bool):
        return v
    if isinstance(v, np.bool_):
        return bool(v)
    if isinstance(v, str):
        return v if v.strip() else None
    if isinstance(v, (int, np.integer)):
        return int(v)
    if isinstance(v, (float, np.floating)):
        if not math.isfinite(v):
            return None
        return int(v) if float(v).is_integer() and abs(v) < 2**53 else float(v)
    if isinstance(v, dt.datetime) and (v.hour, v.minute, v.second, v.microsecond) == (0,) * 4:
        return v.date().isoformat()
    if isinstance(v, (dt.date, dt.time)):
        return v.isoformat()
    return str(v)


def _zonder_leeg(velden: dict[str, Any]) -> dict[str, Any]:
    """The fields that are not empty; dicts inside lists (stromen) likewise."""
    uit = {}
    for k, v in velden.items():
        if v is None or (isinstance(v, (str, list, dict)) and len(v) == 0):
            continue
        if isinstance(v, list):
            v = [_zonder_leeg(w) if isinstance(w, dict) else w for w in v]
        uit[k] = v
    return uit


def _scenario_rijen(kaart: Kaart) -> pd.DataFrame:
    """The Scenarios blad: one row per interventie (:data:`ZET_VELDEN` in their columns,
    partners by name), one row per stroom of a third party under it, and one row with no
    zet for an empty scenario.

    Every move is read back (:func:`_lees_scenarios`) before it is written: a move whose
    rows would not give exactly the same move again (an id that no form can name, see
    :mod:`systeem.bestanden.verwijzing`) is written as one row with its fields in ``instellingen``
    (JSON with ids, as older files have it), which is always exact.  The ``uitleg``
    describes each move with the names of the kaart as it is (before the scenario
    applies)."""
    # A kaart holds a handful of scenarios of a handful of moves: plain Python.
    zetten = [
        (s, i, z) for s, sc in enumerate(kaart.scenarios) for i, z in enumerate(sc.interventies)
    ]
    derden = [z for _, _, z in zetten if isinstance(z, DerdePartij)]
    wie = verwijzing.namen(
        pd.concat(
            [kaart.partners["id"].astype(object), pd.Series([z.id for z in derden], dtype=object)]
        ),
        pd.concat(
            [
                kaart.partners["naam"].astype(object),
                pd.Series([z.naam for z in derden], dtype=object),
            ]
        ),
    )
    genoemd = pd.Series(sorted({i for _, _, z in zetten for i in _genoemd(z)}), dtype=object)
    een = dict(zip(genoemd, verwijzing.schrijf(genoemd, wie), strict=True))
    lijn = dict(zip(genoemd, verwijzing.schrijf(genoemd, wie, regel=True), strict=True))

    def rijen_van(s: int, i: int, zet: Interventie, als_json: bool) -> list[dict[str, Any]]:
        kop = {
            "scenario": kaart.scenarios[s].naam,
            "stap": i + 1,
            "aan": "ja" if zet.aan else "nee",
            "zet": zet.zet,
            "uitleg": beschrijving(zet, kaart, "nl"),
        }
        eigen = None if als_json else _zet_rijen(zet, een, lijn)
        if eigen is None:
            return [{**kop, "instellingen": instellingen(zet)}]
        stap = {"scenario": kop["scenario"], "stap": kop["stap"]}
        return [{**kop, **eigen[0]}, *({**stap, **r} for r in eigen[1:])]

    def blad(als_json: set[tuple[int, int]]) -> tuple[pd.DataFrame, list[tuple[int, int] | None]]:
        rijen: list[dict[str, Any]] = []
        groep: list[tuple[int, int] | None] = []
        for s, sc in enumerate(kaart.scenarios):
            if not sc.interventies:
                rijen.append({"scenario": sc.naam})
                groep.append(None)
            for i, zet in enumerate(sc.interventies):
                eigen = rijen_van(s, i, zet, (s, i) in als_json)
                rijen += eigen
                groep += [(s, i)] * len(eigen)
        return pd.DataFrame(rijen, columns=list(BLADEN["Scenarios"]), dtype=object), groep

    frame, groep = blad(set())
    if not zetten:
        return frame
    # Read the rows back as a file would be read; a move that does not come back
    # exactly is written in instellingen instead.
    gelezen = _cellen(
        _voor_schrijven(frame, "Scenarios").set_axis(range(2, len(frame) + 2)), "Scenarios", set()
    )
    docs, herkomst, fouten = _lees_scenarios(gelezen, kaart.partners[["id", "naam"]])
    mis = {groep[rij - 2] for rij, _, _ in fouten} - {None}
    terug = {groep[rij - 2]: docs[s]["interventies"][i] for (s, i), rij in herkomst.zetten.items()}
    for s, i, zet in zetten:
        try:
            if (s, i) not in mis and _interventie_uit(terug.get((s, i))) == zet:
                continue
        except (TypeError, ValueError, KeyError):
            pass
        mis.add((s, i))
    return blad(mis)[0] if mis else frame


def _interventie_uit(doc: dict[str, Any] | None) -> Interventie | None:
    """The move a document read back gives, None for none."""
    return None if doc is None else scenario_mod.interventie(doc)


def _genoemd(zet: Interventie) -> set[str]:
    """The ids a move names: the partners it refers to and a third party's own id."""
    uit = {i for i in zet.verwijzingen() if isinstance(i, str)}
    if isinstance(zet, DerdePartij):
        uit.add(zet.id)
    if isinstance(zet, Kostenverdeling):
        uit |= {k for k, _ in zet.gewichten}
    return uit


def _zet_rijen(
    zet: Interventie, een: Mapping[str, str | None], lijn: Mapping[str, str | None]
) -> list[dict[str, Any]] | None:
    """The fields of a move as cells of its row (partners by name), then a row per stroom
    of a third party; None when a partner cannot be named (then :func:`instellingen`)."""
    velden = _zonder_leeg({k: v for k, v in zet.naar_dict().items() if k not in ("zet", "aan")})
    stromen = velden.pop("stromen", [])
    rij: dict[str, Any] = {}
    for k, v in velden.items():
        if k in _EEN_PARTNER:
            rij[k] = een.get(v)
        elif k == "partners":
            regels = [lijn.get(p) for p in v]
            rij[k] = None if None in regels else "\n".join(regels)
        elif k == "gewichten":
            regels = [lijn.get(p) for p in v]
            rij[k] = (
                None
                if None in regels
                else "\n".join(
                    f"{r}: {_getal_tekst(g)}" for r, g in zip(regels, v.values(), strict=True)
                )
            )
        elif k == "factor":
            rij[k] = _getal_cel(v)
        elif k == "id" and v == velden.get("naam"):  # a third party's id is its name: left out
            continue
        else:
            rij[k] = v
        if rij[k] is None:
            return None
    rijen = [rij]
    for stroom in stromen:
        eigen, ander = een.get(getattr(zet, "id", "")), een.get(stroom["met"])
        if eigen is None or ander is None:
            return None
        brengt = stroom.get("richting", "brengt") == "brengt"
        rijen.append(
            {
                "van": eigen if brengt else ander,
                "naar": ander if brengt else eigen,
                **{k: stroom.get(k) for k in ("soort", "waarde", "omschrijving")},
            }
        )
    return rijen


def _getal_tekst(getal: float) -> str:
    """A number as text the reader gives back exactly: ``3``, ``1,5``, ``0,30000000000000004``."""
    if float(getal).is_integer() and abs(getal) < 2**53:
        return str(int(getal))
    return repr(float(getal)).replace(".", ",")


def _getal_cel(getal: float) -> float | str:
    """A decimal number for a cell: the number, or as text (:func:`_getal_tekst`) when a
    spreadsheet's 16 significant digits would not give it back exactly."""
    return getal if float(f"{getal:.16g}") == getal else _getal_tekst(getal)


def _pijler_rijen(scores: pd.DataFrame) -> pd.DataFrame:
    """The Pijlers blad: the scores with the Dutch name of each pijler for the reader."""
    namen = {p: pijler_tekst(p, "nl").naam for p in PIJLER_IDS}
    return scores.reset_index(drop=True).assign(
        pijlernaam=scores["pijler"].map(namen).to_numpy(dtype=object)
    )


def _pijler_cellen(frame: pd.DataFrame) -> pd.DataFrame:
    """The Pijlers blad as read, with each pijler written as a person may write it (any
    case, extra spaces, its name) as its id; what is no pijler stays as it is, for
    validation to name."""
    pijler = frame["pijler"]
    vorm = pijler.where(pijler.notna(), "").astype(str).str.split().str.join(" ").str.casefold()
    return frame.assign(pijler=vorm.map(_PIJLER_ID).where(vorm.isin(_PIJLER_ID), pijler))


def _voor_schrijven(frame: pd.DataFrame, blad: str) -> pd.DataFrame:
    """Columns in layout order (then the extra fields' columns), text neutralised, empty
    text and NA as ``None``."""
    extra = [k for k in frame.columns if isinstance(k, str) and k.startswith(EXTRA)]
    kolommen = [*BLADEN[blad], *extra]
    if blad == "Partners":  # the ids out of the way, after the extra fields
        kolommen = [*(k for k in kolommen if k != "id"), "id"]
    frame = frame.reindex(columns=kolommen).astype(object)
    frame = frame.where(frame.notna(), None)
    for kolom in (*_TEKST[blad], *extra):
        waarden = frame[kolom]
        frame[kolom] = neutraliseer(waarden.where(waarden.ne(""), None))
    return frame.reset_index(drop=True)


def _naam(kolom: Any) -> str:
    """A column name as the layout spells it: trimmed, lower case, spaces as ``_``."""
    if kolom is None or (isinstance(kolom, float) and np.isnan(kolom)):
        return ""
    return re.sub(r"[\s\-]+", "_", str(kolom).strip().lower())


def _zoek_bladen(
    bladen: Mapping[str, pd.DataFrame], plek: Callable[[str], Plek], problemen: list[Probleem]
) -> dict[str, pd.DataFrame]:
    """Match the given bladen to the layout's names (case ignored)."""
    bekend = {b.lower(): b for b in BLADEN}
    gevonden: dict[str, pd.DataFrame] = {}
    for naam, frame in bladen.items():
        blad = bekend.get(str(naam).strip().lower())
        if str(naam).strip().lower() in {o.lower() for o in OVERGESLAGEN}:
            continue
        if blad is None:
            if not lege_rijen_weg(frame).empty:
                problemen.append(
                    Probleem(
                        (), "probleem.blad.onbekend", {"naam": naam, "bladen": ", ".join(BLADEN)}
                    )
                )
        elif blad in gevonden:
            problemen.append(Probleem((), "probleem.blad.twee_keer", {"waar": plek(blad)}))
        else:
            gevonden[blad] = frame
    return gevonden


def _kolommen(
    frame: pd.DataFrame,
    blad: str,
    plek: Callable[[str], Plek],
    problemen: list[Probleem],
    koppen: dict[tuple[str, str], str] | None = None,
) -> pd.DataFrame | None:
    """The blad with the layout's column names, or None after adding its problems.

    A column under an older name (:data:`ALIASSEN`) gets the layout's name; ``koppen``
    then records the name the file gave it, ``(blad, kolom) -> naam``, for messages."""
    alias = ALIASSEN.get(blad, {})
    namen = [_naam(k) for k in frame.columns]
    for i, naam in enumerate(namen):
        if naam in alias:
            if koppen is not None:
                koppen[(blad, alias[naam])] = naam
            namen[i] = alias[naam]
    eigen: list[Probleem] = []

    def kop(code: str, **waarden: object) -> None:
        eigen.append(op_blad(plek(blad), Zin(code, waarden), rij=1))

    gezien: set[str] = set()
    houden: list[int] = []
    extra: dict[str, int] = {}
    for i, naam in enumerate(namen):
        sleutel = _extra_sleutel(frame.columns[i]) if blad in _MET_EXTRA else None
        if sleutel is not None:
            if sleutel in extra:
                kop("probleem.blad.kolom_twee_keer", kolom=frame.columns[i])
            extra[sleutel] = i
            continue
        if naam == "":
            if frame.iloc[:, i].notna().any() and not lege_rijen_weg(frame.iloc[:, [i]]).empty:
                kop("probleem.blad.kolom_zonder_naam", nummer=i + 1)
            continue
        if naam not in BLADEN[blad]:
            kop(
                "probleem.blad.kolom_onbekend",
                kolom=frame.columns[i],
                kolommen=", ".join(BLADEN[blad]),
            )
        elif naam in gezien:
            kop("probleem.blad.kolom_twee_keer", kolom=naam)
        else:
            gezien.add(naam)
            houden.append(i)
    for kolom in VERPLICHTE_KOLOMMEN[blad]:
        if kolom not in gezien:
            kop("probleem.blad.kolom_ontbreekt", kolom=kolom)
    if eigen:
        problemen.extend(eigen)
        return None
    uit = frame.iloc[:, [*houden, *extra.values()]].copy()
    uit.columns = [*(namen[i] for i in houden), *(EXTRA + k for k in extra)]
    uit = lege_rijen_weg(uit)
    return uit.reindex(columns=[*BLADEN[blad], *(EXTRA + k for k in extra)])


def _cellen(frame: pd.DataFrame, blad: str, datums: set[tuple[str, int, str]]) -> pd.DataFrame:
    """Every cell as plain Python the way a Dutch spreadsheet user means it."""
    uit = pd.DataFrame(index=frame.index)
    for kolom in frame.columns[len(BLADEN[blad]) :]:  # the extra fields: kept as they are
        uit[kolom] = extra_cellen(frame[kolom])
    for kolom in BLADEN[blad]:
        waarden = frame[kolom].astype(object)
        is_datum = waarden.map(lambda v: isinstance(v, (dt.date, dt.time, dt.timedelta)))
        for rij in waarden.index[is_datum]:
            datums.add((blad, int(rij), kolom))
        waarden = waarden.where(~is_datum, waarden[is_datum].map(_datum_tekst))
        if kolom in _TEKST[blad]:
            uit[kolom] = tekst_cellen(waarden)
        elif kolom in _HEEL.get(blad, ()):
            uit[kolom] = getal_cellen(waarden, heel=True)
        elif kolom in _GETAL.get(blad, ()):
            uit[kolom] = getal_cellen(waarden, heel=False)
        else:
            uit[kolom] = ja_nee_cellen(waarden)
    return uit


def _datum_tekst(v: Any) -> str:
    if isinstance(v, dt.datetime) and (v.hour, v.minute, v.second) == (0, 0, 0):
        return f"{v.day}-{v.month}-{v.year}"
    if isinstance(v, dt.date):
        return f"{v.day}-{v.month}-{v.year}" if not isinstance(v, dt.datetime) else str(v)
    return str(v)


def tekst_cellen(waarden: pd.Series) -> pd.Series:
    """Return cells of a text column as text: a number as written (``2024.0`` -> ``"2024"``),
    ``None`` when empty, the formula-injection quote undone (:func:`herstel`).

    Example
    -------
    >>> tekst_cellen(pd.Series(["x", 2024.0, None, "  ", "'=1"])).tolist()
    ['x', '2024', None, None, '=1']
    """
    soort = waarden.map(type)
    is_tekst = soort.eq(str)
    is_bool = soort.eq(bool)
    getal = pd.to_numeric(waarden.where(~is_tekst & ~is_bool), errors="coerce")
    heel = getal.notna() & np.isfinite(getal) & (getal == np.floor(getal)) & (getal.abs() < 2**53)
    uit = waarden.astype(object).where(waarden.notna(), None)
    uit[is_bool] = uit[is_bool].map({True: "ja", False: "nee"})
    overig = ~is_tekst & ~is_bool & uit.notna()
    uit[overig] = uit[overig].astype(str)
    uit[heel] = getal[heel].astype("int64").astype(str)
    uit = herstel(uit)
    tekst = uit.where(uit.notna(), "").astype(str)
    leeg = tekst.str.strip().eq("")
    return uit.where(~leeg, None)


def getal_cellen(waarden: pd.Series, *, heel: bool) -> pd.Series:
    """Return cells of a number column as numbers the Dutch way: ``3``, ``"3"``, ``"3,0"``,
    ``"-1.234,5"``; with ``heel`` only whole numbers (as ``int``).  Other text is left as
    it is (validation names it), empty is ``None``, booleans are left alone (not 1 or 0).

    Example
    -------
    >>> getal_cellen(pd.Series(["3,0", 4.0, "3,5", "", True]), heel=True).tolist()
    [3, 4, '3,5', None, True]
    >>> getal_cellen(pd.Series(["-1.234,5", "2.5"]), heel=False).tolist()
    [-1234.5, 2.5]
    """
    soort = waarden.map(type)
    is_tekst = soort.eq(str)
    is_bool = soort.eq(bool)
    tekst = waarden.where(is_tekst, "").astype(str).str.strip()
    komma = tekst.str.contains(",", regex=False)
    tekst = tekst.where(~komma, tekst.str.replace(".", "", regex=False).str.replace(",", "."))
    tekst = tekst.str.replace("\u2212", "-", regex=False)  # a typographic minus
    bron = waarden.where(~is_tekst, tekst).where(~is_bool)
    getal = pd.to_numeric(bron.where(bron.ne("")), errors="coerce").astype("float64")
    leeg = waarden.isna() | (is_tekst & waarden.where(is_tekst, "x").astype(str).str.strip().eq(""))
    goed = getal.notna() & np.isfinite(getal)
    if heel:
        goed &= getal == np.floor(getal)
    uit = waarden.astype(object).where(~leeg, None)
    if heel:
        uit[goed] = getal[goed].astype("int64").astype(object)
    else:
        uit[goed] = getal[goed].astype(object)
    # Text that is not a number stays text, trimmed; validation reports it.
    uit[is_tekst & ~goed & ~leeg] = waarden[is_tekst & ~goed & ~leeg].astype(str).str.strip()
    return uit.astype(object)


def ja_nee_cellen(waarden: pd.Series) -> pd.Series:
    """Return yes/no cells as ``True``/``False`` (:data:`JA`, :data:`NEE`, booleans);
    empty as ``None``; anything else as it is, for validation to name.

    Example
    -------
    >>> ja_nee_cellen(pd.Series(["Ja", "ONWAAR", None, "misschien", 1.0])).tolist()
    [True, False, None, 'misschien', True]
    """
    soort = waarden.map(type)
    is_bool = soort.eq(bool)
    tekst = waarden.where(waarden.notna(), "").astype(str).str.strip().str.lower()
    tekst = tekst.where(~tekst.str.fullmatch(r"[01]\.0"), tekst.str[:1])
    uit = waarden.astype(object).where(waarden.notna(), None)
    uit[tekst.eq("")] = None
    uit[tekst.isin(JA) & ~is_bool] = True
    uit[tekst.isin(NEE) & ~is_bool] = False
    return uit.astype(object)


def _document(
    schoon: dict[str, pd.DataFrame],
    titel: str,
    plek: Callable[[str], Plek],
    problemen: list[Probleem],
    koppen: Mapping[tuple[str, str], str],
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The kaart document for :func:`valideer`, and per table the rows it came from."""
    doc: dict[str, Any] = {"formaat": "systeemkaart", "versie": VERSIE, "titel": titel}
    rijen: dict[str, Any] = {}
    kop = schoon.get("Kaart")
    if kop is not None:
        ruw = kop["veld"].astype(object).where(kop["veld"].notna(), "").astype(str)
        velden = ruw.str.strip().str.lower()
        is_extra = velden.str.startswith(EXTRA) & velden.str.len().gt(len(EXTRA))
        if is_extra.any():
            extra = kop.loc[is_extra, "waarde"].astype(object)
            sleutels = ruw[is_extra].str.strip().str.slice(len(EXTRA))
            doc["opgave_extra"] = {
                k: v for k, v in zip(sleutels, extra_cellen(extra), strict=True) if v is not None
            }
        for rij in velden.index[~velden.isin(KAART_VELDEN) & ~is_extra]:
            fout = Zin(
                "probleem.blad.veld_onbekend",
                {"veld": kop.at[rij, "veld"], "velden": ", ".join(KAART_VELDEN)},
            )
            problemen.append(op_blad(plek("Kaart"), fout, rij=rij, kolom="veld"))
        for rij in velden.index[velden.duplicated() & velden.isin(KAART_VELDEN)]:
            fout = Zin("probleem.blad.dubbel", {"waarde": velden[rij]})
            problemen.append(op_blad(plek("Kaart"), fout, rij=rij, kolom="veld"))
        waarden = kop["waarde"]
        for veld in KAART_VELDEN:
            treffer = velden.index[velden.eq(veld)]
            if len(treffer) and waarden[treffer[0]] is not None:
                doc[veld] = waarden[treffer[0]]
        rijen["Kaart"] = pd.Index(velden.index)
        rijen["_kaart_velden"] = pd.Index(velden.to_numpy())
    partners = schoon["Partners"].copy()
    partners["id"] = partners["id"].where(partners["id"].notna(), partners["naam"])
    wie = verwijzing.namen(partners["id"], partners["naam"])
    for blad, tabel in TABEL.items():
        frame = partners if blad == "Partners" else schoon.get(blad)
        if frame is None:
            continue
        for kolom in _VERWIJZINGEN.get(blad, ()):
            frame = frame.assign(**{kolom: verwijzing.lees(frame[kolom], wie)})
        if blad == "Pijlers":
            frame = _pijler_cellen(frame)
        frame = frame.drop(columns=list(ALLEEN_LEZEN.get(blad, ())))
        rijen[tabel] = frame.index
        extra = [k for k in frame.columns if k.startswith(EXTRA)]
        doc[tabel] = records_zonder_leeg(frame.drop(columns=extra))
        if extra:
            velden = frame[extra].rename(columns=lambda k: k[len(EXTRA) :])
            for rij, waarden in zip(doc[tabel], records(velden), strict=True):
                gevuld = {k: v for k, v in waarden.items() if v is not None}
                if gevuld:
                    rij["extra"] = gevuld
    posities = schoon.get("Posities")
    if posities is not None:
        wat = koppen.get(("Posities", "partner"), "partner")  # "id" in older files
        rijen["_posities_kolom"] = wat
        posities = posities.assign(id=verwijzing.lees(posities["partner"], wie))
        rijen["posities"] = posities.index
        rijen["_posities_ids"] = pd.Index(posities["id"].to_numpy())
        dubbel = posities["id"].duplicated() & posities["id"].notna()
        for rij in posities.index[dubbel]:
            fout = Zin("probleem.blad.dubbel", {"waarde": posities.at[rij, "partner"]})
            problemen.append(op_blad(plek("Posities"), fout, rij=rij, kolom=wat))
        leeg = posities["id"].isna()
        for rij in posities.index[leeg]:
            problemen.append(op_blad(plek("Posities"), _LEEG, rij=rij, kolom=wat))
        geldig = posities[~leeg & ~dubbel]
        doc["posities"] = {
            i: [x, y] for i, x, y in zip(geldig["id"], geldig["x"], geldig["y"], strict=True)
        }
    scenarios = schoon.get("Scenarios")
    if scenarios is not None:
        doc["scenarios"], rijen["_scenarios"] = _scenarios(
            scenarios, partners[["id", "naam"]], plek, problemen
        )
    return doc, rijen


@dataclass
class _Herkomst:
    """Where the scenarios of a Scenarios blad came from: per scenario its first row, per
    interventie ``(s, i)`` its row and the fields it took from ``instellingen``, per stroom
    of a third party ``(s, i, j)`` its row and the column that names the other end.
    ``alleen_json``: the interventies whose every field is in ``instellingen`` (an older
    file), so that a field missing there is named there."""

    eerste: dict[int, int] = field(default_factory=dict)
    zetten: dict[tuple[int, int], int] = field(default_factory=dict)
    json: dict[tuple[int, int], set[str]] = field(default_factory=dict)
    stromen: dict[tuple[int, int, int], tuple[int, str]] = field(default_factory=dict)
    alleen_json: set[tuple[int, int]] = field(default_factory=set)


def _scenarios(
    frame: pd.DataFrame,
    partners: pd.DataFrame,
    plek: Callable[[str], Plek],
    problemen: list[Probleem],
) -> tuple[list[dict[str, Any]], _Herkomst]:
    """The scenarios of the Scenarios blad for :func:`valideer` and where they came from;
    the problems found on the way (:func:`_lees_scenarios`) added to ``problemen``."""
    docs, herkomst, fouten = _lees_scenarios(frame, partners)
    waar = plek("Scenarios")
    problemen += [op_blad(waar, fout, rij=rij, kolom=kolom) for rij, kolom, fout in fouten]
    return docs, herkomst


def _lees_scenarios(
    frame: pd.DataFrame, partners: pd.DataFrame
) -> tuple[list[dict[str, Any]], _Herkomst, list[tuple[int, str, Zin]]]:
    """The scenario documents of a Scenarios blad (cells already read, :func:`_cellen`),
    where they came from, and the problems found here as ``(rij, kolom, fout)``.

    ``partners`` gives the ids and names of the kaart's partners (columns ``id`` and
    ``naam``); together with the third parties of the blad they are who a cell can name
    (:mod:`systeem.bestanden.verwijzing`).  The rows with one name form one scenario, in the order
    of their first rows.  A row with a zet is an interventie, ordered by ``stap`` when
    the blad numbers its steps, else by row; a row without a zet whose only cells are a
    stroom's (``van``, ``naar``, ``soort``, ``waarde``, ``omschrijving``) is a stroom of
    the third party (zet ``derde``) with the same scenario and stap, or, without a stap,
    the nearest interventie above it; a row with only a name makes its scenario exist.
    Rows with a problem are left out of the documents."""
    fouten: list[tuple[int, str, Zin]] = []
    zonder_naam = frame["scenario"].isna()
    fouten += [
        (int(r), "scenario", Zin("probleem.blad.scenario_leeg")) for r in frame.index[zonder_naam]
    ]
    frame = frame[~zonder_naam]
    naam = frame["scenario"].astype(str).str.strip()
    nummer = pd.Series(pd.factorize(naam)[0], index=frame.index)
    zet = frame["zet"].where(frame["zet"].isna(), frame["zet"].astype(str).str.strip().str.lower())
    json_ = frame["instellingen"].map(_json_cel)
    fout_json = json_.map(lambda v: isinstance(v, Zin))
    fouten += [(int(r), "instellingen", json_[r]) for r in frame.index[fout_json]]
    json_ = json_.where(~fout_json, None).map(lambda v: v or {})
    met_json = frame["instellingen"].notna()

    gevuld = frame[list(ZET_VELDEN)].notna()
    is_zet = zet.notna()
    alleen_stroom = gevuld[list(_STROOM_VELDEN)].any(axis=1) & ~gevuld.drop(
        columns=list(_STROOM_VELDEN)
    ).any(axis=1)
    is_stroom = ~is_zet & alleen_stroom & ~met_json
    los = ~is_zet & ~is_stroom & (gevuld.any(axis=1) | met_json)
    fouten += [
        (
            int(r),
            "zet",
            Zin("probleem.blad.zet_leeg_json" if met_json[r] else "probleem.blad.zet_leeg"),
        )
        for r in frame.index[los]
    ]
    for r in frame.index[is_zet & zet.isin(list(_ZET_KOLOMMEN))]:
        for kolom in gevuld.columns[gevuld.loc[r].to_numpy()]:
            if kolom not in _ZET_KOLOMMEN[zet[r]]:
                fouten.append((int(r), kolom, Zin("probleem.blad.niet_bij_zet", {"zet": zet[r]})))
    sleutel = _stappen(frame["stap"], nummer, is_zet, is_stroom, fouten)

    # Who the cells can name: the partners, and the third parties of the blad.
    is_derde = is_zet & zet.eq("derde")
    derde_id = frame["id"].where(frame["id"].notna(), frame["naam"])
    derde_id = json_.map(lambda d: d.get("id")).combine_first(derde_id)
    derde_naam = json_.map(lambda d: d.get("naam")).combine_first(frame["naam"])
    wie = verwijzing.namen(
        pd.concat([partners["id"].astype(object), derde_id[is_derde].astype(object)]),
        pd.concat([partners["naam"].astype(object), derde_naam[is_derde].astype(object)]),
    )
    een = {k: verwijzing.lees(frame[k], wie) for k in _EEN_PARTNER}
    lijsten = {
        "partners": _partnerlijst(frame["partners"], wie),
        "gewichten": _gewichten(frame["gewichten"], wie, fouten),
    }

    eerste = frame.index.to_series().groupby(nummer).first()
    docs: list[dict[str, Any]] = [
        {"naam": frame.at[r, "scenario"], "interventies": []} for r in eerste
    ]
    herkomst = _Herkomst(eerste={int(s): int(r) for s, r in eerste.items()})
    derde_van = {(nummer[r], sleutel[r]): r for r in frame.index[is_derde & sleutel.notna()]}
    onder: dict[Any, list[Any]] = {}
    for r in frame.index[is_stroom]:
        derde = derde_van.get((nummer[r], sleutel[r])) if pd.notna(sleutel[r]) else None
        if derde is None:
            fouten.append((int(r), "zet", Zin("probleem.blad.stroom_zonder_derde")))
        else:
            onder.setdefault(derde, []).append(r)
    fout = {r for r, _, _ in fouten}
    rijen = [r for r in frame.index[is_zet] if int(r) not in fout]
    for r in sorted(rijen, key=lambda r: (nummer[r], sleutel[r], r)):
        s = int(nummer[r])
        plek = (s, len(docs[s]["interventies"]))
        doc: dict[str, Any] = {"zet": zet[r]}
        if frame.at[r, "aan"] is not None:
            doc["aan"] = frame.at[r, "aan"]
        for kolom in gevuld.columns[gevuld.loc[r].to_numpy()]:
            if kolom in een:
                doc[kolom] = een[kolom][r]
            elif kolom in lijsten:
                doc[kolom] = lijsten[kolom].get(r)
            else:
                doc[kolom] = frame.at[r, kolom]
        for k, v in json_[r].items():
            if k in doc:
                fouten.append(
                    (int(r), "instellingen", Zin("probleem.blad.ook_in_kolom", {"veld": k}))
                )
            doc[k] = v
        if doc["zet"] == "derde":
            if "id" not in doc and "naam" in doc:  # a third party without id: its name
                doc["id"] = doc["naam"]
            if r in onder:
                if "stromen" in doc:
                    fouten.append((int(r), "instellingen", Zin("probleem.blad.stromen_dubbel")))
                doc["stromen"] = _derde_stromen(doc, onder[r], een, frame, plek, herkomst, fouten)
        herkomst.zetten[plek] = int(r)
        herkomst.json[plek] = set(json_[r])
        if met_json[r] and not gevuld.loc[r].any():
            herkomst.alleen_json.add(plek)
        docs[s]["interventies"].append(doc)
    return docs, herkomst, fouten


def _stappen(
    stap: pd.Series,
    nummer: pd.Series,
    is_zet: pd.Series,
    is_stroom: pd.Series,
    fouten: list[tuple[int, str, Zin]],
) -> pd.Series:
    """The order key of each interventie and stroom row: its stap when the blad numbers
    its steps, else the interventie's place in its scenario; a stroom row without a stap
    takes the key of the row above it in its scenario."""
    telt = is_zet | is_stroom
    if not (stap.notna() & telt).any():
        sleutel = is_zet.astype(int).groupby(nummer).cumsum().astype(float).where(is_zet)
        return sleutel.groupby(nummer).ffill().where(telt)
    heel = stap.map(lambda v: isinstance(v, int) and not isinstance(v, bool))
    for r in stap.index[stap.notna() & ~heel & telt]:
        waarde = stap[r]
        fouten.append((int(r), "stap", Zin("probleem.geheel", {"invoer": _toon(waarde)})))
    for r in stap.index[is_zet & stap.isna()]:
        fouten.append((int(r), "stap", Zin("probleem.blad.stap_leeg")))
    sleutel = stap.where(heel & telt).astype(float)
    per_zet = pd.DataFrame({"s": nummer, "stap": sleutel})[is_zet & heel]
    eerste = per_zet.reset_index().drop_duplicates(["s", "stap"]).set_index(["s", "stap"])
    for r in per_zet.index[per_zet.duplicated(keep="first")]:
        al = int(eerste.loc[(nummer[r], sleutel[r])].iloc[0])
        fouten.append(
            (int(r), "stap", Zin("probleem.blad.stap_dubbel", {"stap": int(sleutel[r]), "rij": al}))
        )
    return sleutel.groupby(nummer).ffill().where(telt)


def _toon(waarde: Any) -> str:
    """A cell's value in a message: text in quotes."""
    return f'"{waarde}"' if isinstance(waarde, str) else str(waarde)


def _regels(cellen: pd.Series) -> pd.Series:
    """The lines of list cells, one per entry (index: the row), trimmed, empty ones left out."""
    regels = cellen.dropna().astype(str).str.split("\n").explode().str.strip()
    return regels[regels.notna() & regels.ne("")]


def _partnerlijst(cellen: pd.Series, wie: verwijzing.Namen) -> dict[Any, list[str]]:
    """Per row of a ``partners`` cell, the ids of its lines."""
    uit: dict[Any, list[str]] = {r: [] for r in cellen.index[cellen.notna()]}
    for r, pid in verwijzing.lees(_regels(cellen), wie).items():
        uit[r].append(pid)
    return uit


def _gewichten(
    cellen: pd.Series, wie: verwijzing.Namen, fouten: list[tuple[int, str, Zin]]
) -> dict[Any, dict[str, Any]]:
    """Per row of a ``gewichten`` cell, ``{id: gewicht}`` from lines ``naam: gewicht``
    (the last colon separates them; ``1,5`` and ``1.5`` are both one and a half)."""
    uit: dict[Any, dict[str, Any]] = {r: {} for r in cellen.index[cellen.notna()]}
    regels = _regels(cellen)
    if regels.empty:
        return uit
    delen = regels.str.rpartition(":")
    naam = delen[0].str.strip()
    getal = getal_cellen(delen[2].str.strip().astype(object), heel=False)
    goed = delen[1].eq(":") & naam.ne("") & getal.map(lambda v: isinstance(v, float))
    ids = verwijzing.lees(naam, wie)
    dubbel = pd.DataFrame({"r": regels.index, "id": ids.to_numpy()})[goed.to_numpy()].duplicated()
    for r, regel in regels[~goed].items():
        fouten.append((int(r), "gewichten", Zin("probleem.blad.gewicht_regel", {"regel": regel})))
    for r in regels.index[goed][dubbel.to_numpy()]:
        fouten.append((int(r), "gewichten", Zin("probleem.blad.gewicht_dubbel")))
    for r, pid, g in zip(regels.index[goed], ids[goed], getal[goed], strict=True):
        uit[r][pid] = g
    return uit


def _derde_stromen(
    doc: dict[str, Any],
    rijen: list[Any],
    een: Mapping[str, pd.Series],
    frame: pd.DataFrame,
    plek: tuple[int, int],
    herkomst: _Herkomst,
    fouten: list[tuple[int, str, Zin]],
) -> list[dict[str, Any]]:
    """The stromen of a third party from the rows under it: ``van`` or ``naar`` is the
    third party itself, the other end is ``met``."""
    eigen = doc.get("id")
    uit: list[dict[str, Any]] = []
    for r in rijen:
        van, naar = een["van"][r], een["naar"][r]
        leeg = [k for k, v in (("van", van), ("naar", naar)) if v is None]
        if leeg:
            fouten.append((int(r), leeg[0], _LEEG))
            continue
        if van == eigen:
            stroom, met = {"met": naar, "richting": "brengt"}, "naar"
        elif naar == eigen:
            stroom, met = {"met": van, "richting": "haalt"}, "van"
        else:
            fout = Zin("probleem.blad.derde_stroom", {"naam": doc.get("naam", eigen)})
            fouten.append((int(r), "van", fout))
            continue
        for k in ("soort", "waarde", "omschrijving"):
            if frame.at[r, k] is not None:
                stroom[k] = frame.at[r, k]
        herkomst.stromen[(*plek, len(uit))] = (int(r), met)
        uit.append(stroom)
    return uit


def _json_cel(cel: Any) -> dict[str, Any] | Zin:
    """An instellingen cell as a dict, ``{}`` when empty, or what is wrong with it."""
    if cel is None:
        return {}
    try:
        waarde = json.loads(str(cel), parse_constant=_geen_constante)
    except json.JSONDecodeError as fout:
        reden = Zin(_JSON_REDENEN[fout.msg]) if fout.msg in _JSON_REDENEN else fout.msg
        return Zin("probleem.blad.json_teken", {"teken": fout.pos + 1, "reden": reden})
    except _GeenConstante as fout:
        reden = Zin("probleem.blad.json_constante", {"naam": fout.naam})
        return Zin("probleem.blad.json", {"reden": reden})
    except (ValueError, RecursionError) as fout:
        return Zin("probleem.blad.json", {"reden": str(fout)})
    if not isinstance(waarde, dict):
        return Zin("probleem.blad.json_object")
    dubbel = [k for k in ("zet", "aan") if k in waarde]
    if dubbel:
        return Zin("probleem.blad.json_kolom", {"veld": dubbel[0]})
    return waarde


class _GeenConstante(ValueError):
    """A JSON text with NaN or Infinity (``naam``), which JSON does not have."""

    def __init__(self, naam: str) -> None:
        super().__init__(naam)
        self.naam = naam


def _geen_constante(naam: str) -> None:
    """JSON has no NaN or Infinity; Python's parser accepts them unless told not to."""
    raise _GeenConstante(naam)


#: Python's JSON parser's reasons -> the code of the reason in a message.
_JSON_REDENEN = {
    "Expecting value": "probleem.blad.json.waarde",
    "Expecting property name enclosed in double quotes": "probleem.blad.json.veldnaam",
    "Expecting ',' delimiter": "probleem.blad.json.komma",
    "Expecting ':' delimiter": "probleem.blad.json.dubbele_punt",
    "Extra data": "probleem.blad.json.na_einde",
    "Unterminated string starting at": "probleem.blad.json.niet_afgesloten",
    "Invalid control character at": "probleem.blad.json.teken",
}

_BLAD_VAN = {tabel: blad for blad, tabel in TABEL.items()}


def _in_blad(
    probleem: Probleem,
    rijen: dict[str, Any],
    plek: Callable[[str], Plek],
    datums: set[tuple[str, int, str]],
) -> Probleem:
    """A problem of :func:`valideer` placed in its blad, row and column, from its ``pad``;
    worded for a spreadsheet (``ja of nee`` for ``true of false``, a row number for a
    place in the file, ``is leeg`` for ``ontbreekt``)."""
    fout = _blad_woorden(probleem, rijen)
    pad = probleem.pad
    waar = plaats(probleem, {t: rijen[t] for t in _BLAD_VAN if t in rijen}, eerste=2)
    if waar is not None:
        blad = _BLAD_VAN[waar.tabel]
        kolom = waar.rest[0] if waar.rest and isinstance(waar.rest[0], str) else None
        if kolom == "extra" and len(waar.rest) > 1:
            kolom = EXTRA + str(waar.rest[1])
        if kolom and (blad, int(waar.rij), kolom) in datums:
            fout = Zin("probleem.blad.datum", {"fout": fout})
        return op_blad(plek(blad), fout, rij=waar.rij, kolom=kolom)
    if pad[:1] == ("posities",) and len(pad) in (2, 3) and "posities" in rijen:
        ids = list(rijen["_posities_ids"])
        if pad[1] in ids:
            rij = rijen["posities"][ids.index(pad[1])]
            kolom = {0: "x", 1: "y"}.get(pad[2]) if len(pad) == 3 else None
            return op_blad(plek("Posities"), fout, rij=rij, kolom=kolom or rijen["_posities_kolom"])
    if pad[:1] == ("scenarios",) and "_scenarios" in rijen:
        return _in_scenarios(probleem, fout, rijen, plek)
    if len(pad) == 1 and pad[0] in KAART_VELDEN and "Kaart" in rijen:
        velden = list(rijen["_kaart_velden"])
        if pad[0] in velden:
            rij = rijen["Kaart"][velden.index(pad[0])]
            return op_blad(plek("Kaart"), fout, rij=rij, kolom="waarde")
        return op_blad(
            plek("Kaart"), Zin("probleem.blad.kaart_veld", {"veld": pad[0], "fout": fout})
        )
    return Probleem(pad, fout.code, fout.waarden)


def _blad_woorden(probleem: Probleem, rijen: Mapping[str, Any]) -> Zin:
    """The message of a problem of :func:`valideer` as a spreadsheet user reads it: yes/no
    cells are ``ja``/``nee`` (``WAAR``/``ONWAAR`` as a spreadsheet shows a boolean), an
    empty required cell ``is leeg``, and a place in the file (``partners[3]``) the row
    it came from."""
    code = _BLAD_CODE.get(probleem.code, probleem.code)
    waarden = {
        k: _BLAD_WAARDE.get(v, v) if isinstance(v, Zin) else _rij_in_blad(v, rijen)
        for k, v in probleem.waarden.items()
    }
    return Zin(code, waarden)


#: Messages of :func:`valideer` that a spreadsheet words otherwise, and values likewise.
_BLAD_CODE = {"probleem.waar_onwaar": "probleem.blad.ja_nee", "probleem.ontbreekt": _LEEG.code}
_BLAD_WAARDE = {WAAR: Zin("probleem.blad.waar"), ONWAAR: Zin("probleem.blad.onwaar")}


def _rij_in_blad(waarde: object, rijen: Mapping[str, Any]) -> object:
    """A place in the file inside a message (``("partners", 3)``) as the row of the blad
    it came from (``rij 5``); any other value as it is."""
    if not (isinstance(waarde, tuple) and len(waarde) == 2 and isinstance(waarde[1], int)):
        return waarde
    tabel, i = waarde
    if tabel in _BLAD_VAN and tabel in rijen and i < len(rijen[tabel]):
        return Zin("probleem.blad.rijnummer", {"rij": int(rijen[tabel][i])})
    return waarde


def _in_scenarios(
    probleem: Probleem, fout: Zin, rijen: dict[str, Any], plek: Callable[[str], Plek]
) -> Probleem:
    """A problem in ``scenarios[s].interventies[i].veld`` placed in the Scenarios blad: the
    name in kolom scenario, a field in its own column (a third party's stroom on its own
    row, ``met`` in van or naar), a field given in ``instellingen`` named there
    (``kolom instellingen: punten: ...``)."""
    waar = plek("Scenarios")
    herkomst: _Herkomst = rijen["_scenarios"]
    pad = probleem.pad
    s = pad[1] if len(pad) > 1 and isinstance(pad[1], int) else None
    if s is None or s not in herkomst.eerste:
        return op_blad(waar, fout)
    rij = herkomst.eerste[s]
    if pad[2:3] != ("interventies",):
        return op_blad(waar, fout, rij=rij, kolom="scenario")
    zet = (s, pad[3]) if len(pad) > 3 and isinstance(pad[3], int) else None
    if zet not in herkomst.zetten:
        return op_blad(waar, fout, rij=rij, kolom="zet")
    rij = herkomst.zetten[zet]
    veld = pad[4:]
    if veld in ((), ("zet",), ("aan",)):
        return op_blad(waar, fout, rij=rij, kolom=str(veld[0]) if veld else "zet")
    naam = veld[0]
    if naam in herkomst.json.get(zet, ()) or zet in herkomst.alleen_json:
        zelf = Zin(probleem.code, probleem.waarden)  # a JSON field keeps the file's words
        met_veld = Zin("probleem.blad.veld", {"veld": plek_van(veld), "fout": zelf})
        return op_blad(waar, met_veld, rij=rij, kolom="instellingen")
    if naam == "stromen" and len(veld) > 1 and isinstance(veld[1], int):
        stroom = herkomst.stromen.get((*zet, veld[1]))
        if stroom is not None:
            deel = veld[2] if len(veld) > 2 else None
            kolom = stroom[1] if deel in (None, "met", "richting") else str(deel)
            return op_blad(waar, fout, rij=stroom[0], kolom=kolom)
    if naam in ZET_VELDEN:
        return op_blad(waar, fout, rij=rij, kolom=str(naam))
    met_veld = Zin("probleem.blad.veld", {"veld": plek_van(veld), "fout": fout})
    return op_blad(waar, met_veld, rij=rij, kolom="zet")
