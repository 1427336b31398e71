"""The map's data as one plain object per node and edge, for tests and benchmarks.

The app and the pages get the map column by column (:func:`systeem.weergave.vis_kolommen`)
and expand it in the browser (``systeem/weergave/static/uitklappen.js``).  Tests want the
expanded objects to look at, and the benchmarks a floor to measure against; neither is
part of the core:

- :func:`uitklappen`: the Python twin of ``uitklappen.js``;
- :func:`vis_data`: :func:`~systeem.weergave.vis_kolommen` expanded, exactly the objects
  the page hands to vis-network;
- :func:`json_vloer`: the plain records a pyvis-style page would embed, the floor for the
  speed of :func:`systeem.weergave.html` (``bench/weergave.py``, ``bench/schaal.py``);
- :data:`weergave`: :mod:`systeem.weergave` with these three added, for the test modules
  that import it as ``weergave``.  Reading a name gives the core's object; setting one
  (``monkeypatch.setattr``) sets it in the core, so code that looks it up there (the
  hand-out's legend) sees the change.
"""

from __future__ import annotations

import itertools
import types
from collections.abc import Sequence
from typing import Any

import systeem.weergave as _kern
from systeem.model.kaart import Kaart
from systeem.weergave.kleuren import OPGAVE_KLEUR


def vis_data(kaart: Kaart, **opties: Any) -> dict[str, Any]:
    """Return the kaart as vis-network data: ``{"nodes": [...], "edges": [...], "options": {...}}``.

    :func:`systeem.weergave.vis_kolommen` with the same ``opties``, expanded by
    :func:`uitklappen`: the objects the standalone page hands to vis-network.

    Example
    -------
    >>> from systeem.model.schets import schets
    >>> k = schets("a b", "a>b geld 2, b>a kennis 1")
    >>> d = vis_data(k)
    >>> [n["id"] for n in d["nodes"]], [e["id"] for e in d["edges"]], d["leesbaar"]
    (['opgave', 'a', 'b'], ['s0', 's1'], False)
    >>> d["edges"][0]["title"], d["edges"][0]["color"], d["edges"][0]["width"]
    ('A → B: geld, waarde 2', '#DDAA33', 4.0)
    >>> e = vis_data(k, gewijzigd=[False, True])["edges"]
    >>> e[1]["title"], e[1]["width"], e[1]["shadow"]["color"], e[0]["shadow"]
    ('B → A: kennis, waarde 1 (gewijzigd in dit scenario)', 5.5, '#00C8FF', False)
    >>> g = vis_data(k, leesbaar=True)
    >>> "label" in g["nodes"][1], g["nodes"][1]["title"], g["edges"][0]["smooth"]
    (False, 'A\\norganisatie\\nBrengt 2 · haalt 1\\nBalans -0,33: geeft veel meer dan er terugkomt', False)
    """
    return uitklappen(_kern.vis_kolommen(kaart, **opties))


def uitklappen(data: dict[str, Any]) -> dict[str, Any]:
    """Return the data of :func:`systeem.weergave.vis_kolommen` as vis objects.

    The Python twin of ``uitklappen.js``: per blok, per item, the ``vast`` fields
    (objects copied) and the item's value from every column.  Data that is already
    expanded (no ``"vorm": "kolommen"``) comes back as is.

    Example
    -------
    >>> blok = {"aantal": 2, "vast": {"laag": "x", "dashes": [2, 4]},
    ...     "kolommen": {"id": ["e0", "e1"],
    ...                  "smooth": {"waarden": [False, {"type": "curvedCW"}], "codes": [1, 0]}}}
    >>> uit = uitklappen({"vorm": "kolommen", "nodes": [], "edges": [blok], "options": {}})
    >>> uit["edges"]
    [{'laag': 'x', 'dashes': [2, 4], 'id': 'e0', 'smooth': {'type': 'curvedCW'}}, {'laag': 'x', 'dashes': [2, 4], 'id': 'e1', 'smooth': False}]
    >>> uit["edges"][0]["dashes"] is uit["edges"][1]["dashes"], "vorm" in uit
    (False, False)
    """
    if data.get("vorm") != "kolommen":
        return data
    uit = {k: v for k, v in data.items() if k != "vorm"}
    uit["nodes"] = [item for blok in data["nodes"] for item in _blok_items(blok)]
    uit["edges"] = [item for blok in data["edges"] for item in _blok_items(blok)]
    return uit


def json_vloer(kaart: Kaart) -> dict[str, list[dict[str, Any]]]:
    """Return the kaart's nodes and edges as the plain records pyvis would hold.

    The reference ("floor") for the speed of :func:`systeem.weergave.html`:
    ``json.dumps`` of these records is the least any page that embeds the drawn graph as
    JSON has to write.  Nodes have ``id, label, title, color, size, x, y`` (the opgave its
    colour as a string and pyvis's default size 10); edges ``from, to, title, color,
    width, arrows`` (``"to"``), for the stromen and the afhankelijkheden, as
    :func:`vis_data` with its defaults (readable mode off, so every node has its label).
    Building the records is not part of the floor: time ``json.dumps(json_vloer(kaart))``
    only.

    Example
    -------
    >>> from systeem.model.schets import schets
    >>> v = json_vloer(schets("a", "a>opgave geld 2"))
    >>> sorted(v["nodes"][1]), v["edges"][0]["arrows"], v["nodes"][0]["size"]
    (['color', 'id', 'label', 'size', 'title', 'x', 'y'], 'to', 10)
    """
    data = _kern.vis_kolommen(kaart, leesbaar=False)
    opgave, *partners = data["nodes"]  # the defaults draw no belangen
    knoop = opgave["vast"]
    knopen = [
        {
            "id": knoop["id"],
            "label": knoop["label"],
            "title": knoop["title"],
            "color": OPGAVE_KLEUR,
            "size": 10,
            "x": knoop["x"],
            "y": knoop["y"],
        }
    ]
    for blok in partners:
        knopen += _blok_items(_velden(blok, ("id", "label", "title", "color", "size", "x", "y")))
    randen = []
    for blok in data["edges"]:
        randen += _blok_items(_velden(blok, ("from", "to", "title", "color", "width"), arrows="to"))
    return {"nodes": knopen, "edges": randen}


class _Weergave(types.ModuleType):
    """:mod:`systeem.weergave` plus this module's three functions (see the module text).

    Each public name of the core is a property that reads and writes the core's
    attribute, so ``monkeypatch.setattr`` (which, seeing a data descriptor, restores the
    value it read) changes the core and puts it back; any other name is read from the
    core."""

    def __getattr__(self, naam: str) -> Any:
        return getattr(_kern, naam)


def _doorgeven(naam: str) -> property:
    """A property that reads and writes the core's attribute ``naam``."""
    return property(lambda _: getattr(_kern, naam), lambda _, waarde: setattr(_kern, naam, waarde))


for _naam in _kern.__all__:
    setattr(_Weergave, _naam, _doorgeven(_naam))

#: The renderer as the test modules see it (``from tests.weergave_hulp import weergave``).
weergave = _Weergave("weergave", _kern.__doc__)
weergave.vis_data, weergave.uitklappen, weergave.json_vloer = vis_data, uitklappen, json_vloer


# ---------------------------------------------------------------------------
# Private helpers.


def _velden(blok: dict[str, Any], velden: Sequence[str], **extra: Any) -> dict[str, Any]:
    """A blok with only ``velden`` and then ``extra`` (plain values), all as columns in
    this order; a ``vast`` field of ``blok`` is repeated (for plain values only)."""
    aantal = blok["aantal"]
    vast = {**blok["vast"], **extra}
    return {
        "aantal": aantal,
        "vast": {},
        "kolommen": {
            veld: blok["kolommen"][veld] if veld in blok["kolommen"] else [vast[veld]] * aantal
            for veld in [*velden, *extra]
        },
    }


def _blok_items(blok: dict[str, Any]) -> list[dict[str, Any]]:
    """The vis objects of one blok: the ``vast`` fields (objects copied) and the columns."""
    aantal = blok["aantal"]
    velden = [*blok["vast"], *blok["kolommen"]]
    kolommen: list[Any] = [
        [_kopie(waarde) for _ in range(aantal)]
        if isinstance(waarde, (dict, list))
        else itertools.repeat(waarde, aantal)
        for waarde in blok["vast"].values()
    ]
    for kolom in blok["kolommen"].values():
        if isinstance(kolom, dict):  # a dictionary code
            waarden = kolom["waarden"]
            kolom = [waarden[code] for code in kolom["codes"]]
            if any(isinstance(waarde, (dict, list)) for waarde in waarden):
                kolom = [_kopie(waarde) for waarde in kolom]
        kolommen.append(kolom)
    return [dict(zip(velden, rij, strict=True)) for rij in zip(*kolommen, strict=True)]


def _kopie(waarde: Any) -> Any:
    """A deep copy of a JSON value (dicts and lists rebuilt, the rest shared)."""
    if isinstance(waarde, dict):
        return {k: _kopie(v) for k, v in waarde.items()}
    if isinstance(waarde, list):
        return [_kopie(v) for v in waarde]
    return waarde
