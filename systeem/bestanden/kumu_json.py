"""Kumu JSON: a Kumu project's JSON export (a "blueprint"), read as Kumu's sheets.

Kumu (kumu.io) writes a whole project as one JSON object ("Export to JSON", the project
backup) and imports hand-made ones, which it calls blueprints (docs.kumu.io, "JSON /
Blueprints").  Both hold a list ``elements`` and a list ``connections`` of objects:

- the project export keeps each item's fields under ``attributes``, keyed in lower case:
  an element ``{"_id": "elem-1", "attributes": {"label": "Gemeente", "element type":
  "Organization", "description": "...", "tags": ["publiek", "regio"], "region": "Noord"}}``,
  a connection ``{"_id": "conn-1", "from": "elem-1", "to": "elem-2", "direction":
  "directed", "delayed": false, "reversed": false, "attributes": {"connection type":
  "Geld", "strength": 4}}`` (From and To give the elements' ``_id``).  Next to the two
  lists it has the project's ``name``, the field definitions (``attributes``: each
  field's ``name`` as written, such as "Region"), and ``loops``, ``maps`` and
  ``perspectives``;
- a blueprint has the fields on the item itself: ``{"label": "A", "type": "Letter",
  "tags": ["one", "two"], "Favorite Dessert": "shave ice"}`` and ``{"from": "A", "to":
  "B", "type": "likes", "direction": "mutual"}``, with ``id`` to tell apart elements of
  the same label (From and To then give the id, else the label).

Reading (:func:`bladen`, :func:`uit_json`) turns each list into the sheet Kumu's
spreadsheet import would have, one row per item, and hands both to
:func:`systeem.bestanden.kumu.uit_bladen`, so a JSON file follows exactly the rules of a Kumu
workbook:

- columns: ``label`` -> Label, ``element type`` or ``type`` -> Type, ``connection type``
  or ``type`` -> Type, ``description``, ``tags``, ``strength``, ``direction``, ``from``,
  ``to`` -> Description, Tags, Strength, Direction, From, To; ``_id`` or ``id`` -> ID;
  every other field is a column of its own, named as the project's field definitions
  write it (``region`` -> Region), else as the key is written;
- cells: a list (Tags, any multi-valued field) becomes ``a|b`` as in a Kumu spreadsheet;
  ``direction`` ``directed`` (Kumu's default) and ``delayed``/``reversed`` ``false`` are
  left empty, ``true`` is kept as the column Delayed or Reversed; a value that is itself
  an object or a list of lists is left out (noted);
- the sheets are called ``elements`` and ``connections`` and the n-th item of a list is
  row n, so a problem reads ``blad connections, rij 3, kolom Strength: ...`` for the
  third connection;
- the project's ``name`` is the kaart's titel; loops, maps (with the element places) and
  perspectives have no place in a kaart and are noted.

Limits, each refused with a message (:mod:`systeem.teksten.invoer`) before anything is built: at most
:data:`systeem.bestanden.excel.MAX_RIJEN` items per list and :data:`systeem.bestanden.excel.MAX_KOLOMMEN`
different fields per list; ``elements`` and ``connections`` must be lists of objects.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import pandas as pd

from systeem.bestanden.excel import MAX_KOLOMMEN, MAX_RIJEN
from systeem.bestanden.meldingen import aantal, groot_getal, opsomming, probleem, zin
from systeem.model.problemen import KaartFout, Probleem, Zin

if TYPE_CHECKING:
    from systeem.bestanden.kumu import KumuImport

#: The two lists, in the order they are read; also the names of their sheets.
LIJSTEN = ("elements", "connections")

#: Longest titel taken from the project's name.
MAX_TITEL = 200

# Field key (compared without regard to case and extra spaces) -> column, per list.
# Earlier keys win when an item has two that give the same column.
_KOLOMMEN: dict[str, dict[str, str]] = {
    "elements": {
        "label": "Label",
        "element type": "Type",
        "type": "Type",
        "description": "Description",
        "tags": "Tags",
        "_id": "ID",
        "id": "ID",
    },
    "connections": {
        "from": "From",
        "to": "To",
        "connection type": "Type",
        "type": "Type",
        "label": "Label",
        "description": "Description",
        "strength": "Strength",
        "direction": "Direction",
        "tags": "Tags",
        "delayed": "Delayed",
        "reversed": "Reversed",
        "_id": "ID",
        "id": "ID",
    },
}

# Columns a sheet always has, so that Kumu knows the sheet (empty cells are then named).
_NODIG = {"elements": ("Label",), "connections": ("From", "To")}

# Values that say nothing more than Kumu's default, per column: left empty.
_STANDAARD = {"Direction": "directed", "Delayed": False, "Reversed": False}

_SAMENGESTELD = object()  # a cell that is an object or a list of lists: left out
_ENKELVOUDIG = (str, int, float, bool)
_MAX_FOUTEN = 20


def is_kumu_json(data: Any) -> bool:
    """Whether parsed JSON is a Kumu export or blueprint: an object with ``elements`` or
    ``connections`` and without our ``formaat`` (file format v2).

    Example
    -------
    >>> is_kumu_json({"elements": [{"label": "A"}], "connections": []})
    True
    >>> is_kumu_json({"formaat": "systeemkaart", "titel": "T", "partners": []})
    False
    """
    return isinstance(data, dict) and "formaat" not in data and any(k in data for k in LIJSTEN)


def bladen(data: Mapping[str, Any]) -> tuple[dict[str, pd.DataFrame], list[Zin]]:
    """Return Kumu's sheets held by a Kumu JSON object (see the module docstring), and
    notes (messages, :class:`~systeem.model.problemen.Zin`) on what a kaart cannot carry.

    Each sheet has one row per item, indexed from 1 (the n-th item is row n), and one
    column per field; a list missing or empty gives no sheet.

    Raises
    ------
    KaartFout
        when ``elements`` or ``connections`` is no list of objects, when a list has more
        than :data:`systeem.bestanden.excel.MAX_RIJEN` items or more than
        :data:`systeem.bestanden.excel.MAX_KOLOMMEN` different fields, and when both are empty.

    Example
    -------
    >>> b, notities = bladen({
    ...     "elements": [{"_id": "elem-1", "attributes": {"label": "Gemeente",
    ...                   "element type": "Organization", "tags": ["publiek", "regio"]}},
    ...                  {"_id": "elem-2", "attributes": {"label": "Zorg", "region": "Noord"}}],
    ...     "connections": [{"_id": "conn-1", "from": "elem-1", "to": "elem-2",
    ...                      "direction": "directed", "attributes": {"strength": 4}}],
    ...     "attributes": [{"name": "Region"}], "loops": [{"_id": "loop-1"}]})
    >>> b["elements"].to_dict("index")[1]
    {'Label': 'Gemeente', 'Type': 'Organization', 'Tags': 'publiek|regio', 'ID': 'elem-1', 'Region': None}
    >>> b["connections"].values.tolist(), [n.in_taal("en") for n in notities]
    ([['elem-1', 'elem-2', 4, 'conn-1']], ['1 loop from Kumu was not taken over: a map has no loops.'])
    """
    problemen: list[Probleem] = []
    namen = _veldnamen(data.get("attributes"))
    uit: dict[str, pd.DataFrame] = {}
    notities: list[Zin] = []
    for lijst in LIJSTEN:
        items = data.get(lijst)
        if items is None:
            continue
        if not isinstance(items, list):
            problemen.append(
                probleem("invoer.kumu_json.geen_lijst", lijst=lijst, soort=_soort(items))
            )
            continue
        if len(items) > MAX_RIJEN:
            problemen.append(
                probleem("invoer.kumu_json.te_veel", lijst=lijst, max=groot_getal(MAX_RIJEN))
            )
            continue
        rijen = _rijen(items, lijst, problemen)
        if rijen is None or not rijen:
            continue
        frame = _blad(rijen, lijst, namen, notities, problemen)
        if frame is not None:
            uit[lijst] = frame
    if problemen:
        raise KaartFout(problemen)
    if not uit:
        raise KaartFout([probleem("invoer.kumu_json.leeg")])
    return uit, notities + _niet_overgenomen(data)


def uit_json(
    data: Mapping[str, Any], titel: str = "Kumu-kaart", *, sla_over: bool = False
) -> KumuImport:
    """Read a Kumu JSON object into a kaart with notes (:class:`systeem.bestanden.kumu.KumuImport`):
    :func:`bladen`, then :func:`systeem.bestanden.kumu.uit_bladen`.

    Parameters
    ----------
    data : the parsed JSON (:func:`is_kumu_json`).
    titel : the titel when the project has no ``name`` (the file name is usual).
    sla_over : leave out the items that cannot be read (listed in ``overgeslagen``)
        instead of refusing the file.

    Raises
    ------
    KaartFout
        as :func:`bladen`; :class:`systeem.bestanden.kumu.KumuRijfouten` when items cannot be read
        and ``sla_over`` is False, each named by its list, number and column.

    Example
    -------
    >>> uit = uit_json({"elements": [{"label": "A"}, {"label": "B"}],
    ...                 "connections": [{"from": "A", "to": "B", "type": "geld"}]})
    >>> uit.kaart.titel, uit.kaart.stromen[["van", "naar", "soort"]].values.tolist()
    ('Kumu-kaart', [['a', 'b', 'geld']])
    """
    from systeem.bestanden import kumu

    tabellen, notities = bladen(data)
    naam = data.get("name")
    if isinstance(naam, str) and naam.strip():
        titel = " ".join(naam.split())[:MAX_TITEL]
    uit = kumu.uit_bladen(tabellen, titel=titel, sla_over=sla_over, secties=False)
    return kumu.KumuImport(uit.kaart, (*notities, *uit.meldingen), uit.weggelaten)


# ---------------------------------------------------------------------------
# Private helpers.


def _norm(sleutel: str) -> str:
    return " ".join(sleutel.split()).casefold()


def _soort(waarde: Any) -> Zin:
    """What a JSON value is, as a word in the message's language."""
    if waarde is None:
        return zin("invoer.kumu_json.null")
    if isinstance(waarde, bool):
        return zin("invoer.kumu_json.waar_onwaar")
    if isinstance(waarde, (int, float)):
        return zin("invoer.kumu_json.getal")
    if isinstance(waarde, str):
        return zin("invoer.kumu_json.tekst")
    if isinstance(waarde, list):
        return zin("invoer.kumu_json.lijst")
    return zin("invoer.kumu_json.object")


def _veldnamen(velden: Any) -> dict[str, str]:
    """The project's field definitions: normalised key -> the field's name as written."""
    if not isinstance(velden, list):
        return {}
    namen = [v.get("name") for v in velden if isinstance(v, dict)]
    return {_norm(n): n.strip() for n in namen if isinstance(n, str) and n.strip()}


def _rijen(items: list, lijst: str, problemen: list[Probleem]) -> list[dict] | None:
    """Each item as one flat dict of its fields (``attributes`` merged over the item's
    own keys); None when an item is no object (the problems say which)."""
    fout = [
        (i, 0, "invoer.kumu_json.geen_object", item)
        for i, item in enumerate(items)
        if not isinstance(item, dict)
    ]
    fout += [
        (i, 1, "invoer.kumu_json.attributes", a)
        for i, item in enumerate(items)
        if isinstance(item, dict)
        and (a := item.get("attributes")) is not None
        and not isinstance(a, dict)
    ]
    if fout:
        fout.sort(key=lambda f: f[:2])
        problemen += [
            probleem(code, lijst=lijst, nr=i, soort=_soort(w))
            for i, _, code, w in fout[:_MAX_FOUTEN]
        ]
        if len(fout) > _MAX_FOUTEN:
            problemen.append(probleem("invoer.kumu_json.nog_meer", n=len(fout) - _MAX_FOUTEN))
        return None
    return [
        {
            **{k: v for k, v in item.items() if k != "attributes"},
            **(item.get("attributes") or {}),
        }
        for item in items
    ]


def _blad(
    rijen: list[dict],
    lijst: str,
    namen: Mapping[str, str],
    notities: list[Zin],
    problemen: list[Probleem],
) -> pd.DataFrame | None:
    """The sheet of one list: columns as Kumu names them, cells as a spreadsheet holds
    them (lists joined with ``|``)."""
    sleutels = list(dict.fromkeys(k for rij in rijen for k in rij))
    if len(sleutels) > MAX_KOLOMMEN:
        problemen.append(probleem("invoer.kumu_json.te_veel_velden", lijst=lijst, max=MAX_KOLOMMEN))
        return None
    ruw = pd.DataFrame(rijen, columns=sleutels, index=range(1, len(rijen) + 1), dtype=object)
    vast = _KOLOMMEN[lijst]
    volgorde = {k: i for i, k in enumerate(vast)}
    # Column per key: the fixed ones first (in their order of preference), then the others.
    kop = {s: vast.get(_norm(s)) or namen.get(_norm(s)) or s.strip() for s in sleutels}
    sleutels.sort(key=lambda s: volgorde.get(_norm(s), len(volgorde)))
    kolommen: dict[str, pd.Series] = {}
    gezien: dict[str, str] = {}  # normalised column -> the column's name
    for sleutel in sleutels:
        naam = gezien.setdefault(_norm(kop[sleutel]), kop[sleutel])
        cellen, weg = _cellen(ruw[sleutel], _STANDAARD.get(naam))
        if weg:
            notities.append(aantal("invoer.kumu_json.samengesteld", weg, lijst=lijst, veld=sleutel))
        kolommen[naam] = kolommen[naam].combine_first(cellen) if naam in kolommen else cellen
    frame = pd.DataFrame(kolommen, index=ruw.index).astype(object)
    nodig = _NODIG[lijst]  # a column only Kumu's default filled is left out
    frame = frame.reindex(
        columns=[*nodig, *(k for k in frame.columns if k not in nodig and frame[k].notna().any())]
    ).astype(object)
    return frame.where(frame.notna(), None)


def _cellen(kolom: pd.Series, standaard: Any) -> tuple[pd.Series, int]:
    """One field's values as spreadsheet cells, and how many were left out: a list of
    plain values joined with ``|``; an empty text or list, null, and Kumu's default
    value (``standaard``) empty; an object or a list holding lists or objects left out."""
    cellen = kolom.astype(object).where(kolom.notna(), None)
    soort = cellen.map(type)
    is_lijst = soort.eq(list)
    if is_lijst.any():
        cellen[is_lijst] = cellen[is_lijst].map(_lijst)
    weg = soort.eq(dict) | cellen.map(lambda c: c is _SAMENGESTELD)
    is_tekst = cellen.map(type).eq(str)
    leeg = is_tekst & cellen.where(is_tekst, "x").str.strip().eq("")
    if standaard is not None:
        leeg |= soort.eq(type(standaard)) & cellen.eq(standaard)
    return cellen.where(~(weg | leeg), None), int(weg.sum())


def _lijst(waarden: list) -> Any:
    """A multi-valued field as one cell, ``a|b`` as in a Kumu spreadsheet."""
    if not all(w is None or isinstance(w, _ENKELVOUDIG) for w in waarden):
        return _SAMENGESTELD
    delen = [str(w).strip() for w in waarden if w is not None and str(w).strip()]
    return "|".join(delen) or None


def _niet_overgenomen(data: Mapping[str, Any]) -> list[Zin]:
    """Notes on the parts of a Kumu project a kaart has no place for."""
    notities = []
    loops = data.get("loops")
    if isinstance(loops, list) and loops:
        notities.append(aantal("invoer.kumu_json.loops", len(loops)))
    weergaven = [k for k in ("maps", "perspectives") if isinstance(data.get(k), list) and data[k]]
    if weergaven:
        notities.append(zin("invoer.kumu_json.weergaven", weergaven=opsomming(weergaven)))
    verbindingen = data.get("connections")
    if isinstance(verbindingen, list):
        omgedraaid = sum(
            1 for c in verbindingen if isinstance(c, dict) and c.get("reversed") is True
        )
        if omgedraaid:
            notities.append(aantal("invoer.kumu_json.omgedraaid", omgedraaid))
    return notities
