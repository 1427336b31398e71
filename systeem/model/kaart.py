"""The kaart: one map of one collaboration, as it lives in memory.

A kaart holds a title, the text of the shared task (the *opgave*), an optional
explanation, and four tables as pandas frames with fixed columns:

- ``partners``: ``id, naam, type, sector, invloed, toelichting, extra`` – the parties at
  the table;
- ``stromen``: ``van, naar, soort, waarde, omschrijving, tastbaar, extra`` – what flows
  from one node to another; a node is a partner id or the reserved id ``"opgave"``;
- ``afhankelijkheden``: ``partner, afhankelijk_van, waarvoor, sterkte``;
- ``belangen``: ``partner, omschrijving, soort, houding``;

plus ``posities``, a mapping from node id to an ``(x, y)`` place on the map, and
``scenarios``, the what-if scenarios kept with the kaart (:mod:`systeem.model.scenario`), and
``pijlers``, the scores of the eight-pillar scan (:mod:`systeem.analyses.pijlers`).

Extra fields.  A partner or stroom may carry fields the kaart has no column for (Kumu's
Tags, Direction, its original Type text, an element ID, any other column of an imported
file).  They travel with the row in the ``extra`` column, as the compact JSON text of an
object (``""`` when there are none; :func:`extra_tekst`, :func:`extra_dict`), so they
survive edits, storage and every export that can carry them, and come back out.  The
opgave's own extra fields are ``opgave_extra``.  No analysis reads them.

This is the one representation of a kaart in memory.  Files and widgets convert to it
at the edges: :func:`systeem.model.validatie.valideer` builds a kaart from a JSON-shaped dict
(and is the only way in that checks the rules), :meth:`Kaart.naar_dict` gives the
normalised dict of file format v2 back.  Treat a kaart as immutable: functions that
change one return a new kaart (:meth:`Kaart.met`).

Content key.  :meth:`Kaart.sleutel` is a short hex digest of everything a kaart holds;
equal kaarten have equal keys and any change to any field changes the key.  It is
computed once per kaart object (whole columns at a time, no row loops) and then kept on
the object, which is what makes a kaart cheap to compare and to memoise on
(:mod:`systeem.model.geheugen`).  Keeping the key on the object is only sound because a kaart
is never changed in place: never assign into its frames or its ``posities``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
import pyarrow as pa

if TYPE_CHECKING:  # a scenario describes its moves with the kaart's names: no import cycle
    from systeem.model.scenario import Scenario

#: The reserved node id of the shared task.
OPGAVE = "opgave"

#: Format name and the newest format version this program reads and writes.
FORMAAT = "systeemkaart"
VERSIE = 2

#: The suggested vocabulary of soorten (other words are allowed).
SOORTEN = (
    "geld",
    "personeel",
    "klanten",
    "positie",
    "macht",
    "kennis",
    "informatie",
    "tijd",
    "autonomie",
    "legitimiteit",
    "netwerk",
    "overig",
)

#: Soorten that count as tangible when a stroom does not say ``tastbaar`` itself.
TASTBARE_SOORTEN = frozenset({"geld", "personeel", "klanten", "tijd"})

PARTNER_TYPES = ("organisatie", "team", "persoon")
#: The eight pillars of chain collaboration, in order (:mod:`systeem.analyses.pijlers` explains them).
PIJLER_IDS = (
    "mindset",
    "speelruimte",
    "vertrouwen",
    "dialoog",
    "structuur",
    "transparantie",
    "kennis",
    "doelstelling",
)
#: Columns and dtypes of the pijlerscan: one row per rater and pillar with a score or a note.
PIJLER_KOLOMMEN: dict[str, str] = {
    "beoordelaar": "str",
    "pijler": "str",
    "score": "Int64",
    "notitie": "str",
}
BELANG_SOORTEN = ("organisatie", "persoonlijk")
HOUDINGEN = ("steunt", "neutraal", "schuurt")

#: Columns and dtypes of the four tables, in file order.
KOLOMMEN: dict[str, dict[str, str]] = {
    "partners": {
        "id": "str",
        "naam": "str",
        "type": "str",
        "sector": "str",
        "invloed": "Int64",
        "toelichting": "str",
        "extra": "str",
    },
    "stromen": {
        "van": "str",
        "naar": "str",
        "soort": "str",
        "waarde": "int64",
        "omschrijving": "str",
        "tastbaar": "bool",
        "extra": "str",
    },
    "afhankelijkheden": {
        "partner": "str",
        "afhankelijk_van": "str",
        "waarvoor": "str",
        "sterkte": "int64",
    },
    "belangen": {
        "partner": "str",
        "omschrijving": "str",
        "soort": "str",
        "houding": "str",
    },
}

TABELLEN = tuple(KOLOMMEN)

#: The tables whose rows may carry extra fields (the ``extra`` column).
_MET_EXTRA = frozenset(naam for naam, kolommen in KOLOMMEN.items() if "extra" in kolommen)


def tabel(naam: str, rijen: list[dict[str, Any]] | None = None) -> pd.DataFrame:
    """Return one of the four kaart tables as a frame with its fixed columns and dtypes.

    Parameters
    ----------
    naam : one of ``"partners"``, ``"stromen"``, ``"afhankelijkheden"``, ``"belangen"``.
    rijen : records with (at least) the table's columns; already validated.

    Example
    -------
    >>> tabel("stromen", [{"van": "a", "naar": "opgave", "soort": "geld", "waarde": 3,
    ...                    "omschrijving": "", "tastbaar": True}]).dtypes["waarde"]
    dtype('int64')
    """
    frame = pd.DataFrame.from_records(rijen or [], columns=list(KOLOMMEN[naam]))
    return in_vorm(naam, frame)


def in_vorm(naam: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Return ``frame`` as table ``naam``: its fixed columns in order, with their dtypes.

    A missing ``extra`` column, or a missing value in it, becomes ``""`` (no extra
    fields); every other column must be there.

    Example
    -------
    >>> f = pd.DataFrame({"van": ["a"], "naar": ["opgave"], "soort": ["geld"], "waarde": [3],
    ...                   "omschrijving": [""], "tastbaar": [True]})
    >>> in_vorm("stromen", f)["extra"].tolist()
    ['']
    """
    kolommen = KOLOMMEN[naam]
    if "extra" in kolommen:
        extra = frame["extra"] if "extra" in frame.columns else pd.Series("", index=frame.index)
        frame = frame.assign(extra=extra.astype(object).where(extra.notna(), ""))
    return frame[list(kolommen)].astype(kolommen)


def heeft_opgave(kaart: Kaart) -> bool:
    """Whether the opgave is part of the kaart as a node: it has a text or extra fields,
    or a stroom touches it.

    An exported graph or Kumu map leaves it out otherwise: a kaart imported from a tool
    without a shared task would get an isolated "Gedeelde opgave" it never had.

    Example
    -------
    >>> heeft_opgave(Kaart(titel="T")), heeft_opgave(Kaart(titel="T", opgave="Samen"))
    (False, True)
    """
    if kaart.opgave or kaart.opgave_extra:
        return True
    s = kaart.stromen
    return bool((s["van"].eq(OPGAVE) | s["naar"].eq(OPGAVE)).any())


def extra_tekst(velden: Mapping[str, Any] | None) -> str:
    """Return extra fields as the text of the ``extra`` column: compact JSON, key order
    kept, ``""`` when there are none (``None`` values are left out).

    Example
    -------
    >>> extra_tekst({"Tags": "a|b", "Strength": 0.5, "Leeg": None}), extra_tekst({})
    ('{"Tags":"a|b","Strength":0.5}', '')
    """
    if not velden:
        return ""
    schoon = {k: v for k, v in velden.items() if v is not None}
    return json.dumps(schoon, ensure_ascii=False, separators=(",", ":")) if schoon else ""


def extra_dict(tekst: str | None) -> dict[str, Any]:
    """Return the extra fields held in an ``extra`` cell as a dict (``{}`` for ``""``).

    Example
    -------
    >>> extra_dict('{"Tags":"a|b"}'), extra_dict("")
    ({'Tags': 'a|b'}, {})
    """
    if not tekst or not isinstance(tekst, str):
        return {}
    return json.loads(tekst)


def extra_dicts(kolom: pd.Series) -> list[dict[str, Any]]:
    """Return an ``extra`` column as one dict per row.

    Example
    -------
    >>> extra_dicts(pd.Series(['{"ID":"e1"}', ""]))
    [{'ID': 'e1'}, {}]
    """
    return [extra_dict(t) for t in kolom.tolist()]


@dataclass(frozen=True, eq=False)
class Kaart:
    """One map of one collaboration (see the module docstring for the tables).

    Example
    -------
    >>> k = Kaart(titel="Proef", opgave="Samen iets oplossen")
    >>> len(k.partners), list(k.stromen.columns)[:3]
    (0, ['van', 'naar', 'soort'])
    """

    titel: str
    opgave: str = ""
    toelichting: str = ""
    partners: pd.DataFrame = field(default_factory=lambda: tabel("partners"))
    stromen: pd.DataFrame = field(default_factory=lambda: tabel("stromen"))
    afhankelijkheden: pd.DataFrame = field(default_factory=lambda: tabel("afhankelijkheden"))
    belangen: pd.DataFrame = field(default_factory=lambda: tabel("belangen"))
    posities: Mapping[str, tuple[float, float]] = field(default_factory=dict)
    scenarios: tuple[Scenario, ...] = ()
    pijlers: pd.DataFrame = field(default_factory=lambda: lege_pijlers())
    opgave_extra: Mapping[str, Any] = field(default_factory=dict)

    def naar_dict(self) -> dict[str, Any]:
        """Return the kaart as the normalised dict of file format v2.

        Every optional field is written out with its value or default, in file order,
        so the same kaart always gives the same dict; the extra fields (``extra`` of a
        partner or stroom, ``opgave_extra``) only where there are any.

        Example
        -------
        >>> Kaart(titel="Proef").naar_dict()["partners"]
        []
        >>> k = Kaart(titel="T", partners=tabel("partners", [{"id": "a", "naam": "A",
        ...     "type": "organisatie", "sector": "", "toelichting": "",
        ...     "extra": extra_tekst({"Tags": "zorg|wijk"})}]))
        >>> k.naar_dict()["partners"][0]["extra"]
        {'Tags': 'zorg|wijk'}
        """
        doc: dict[str, Any] = {
            "formaat": FORMAAT,
            "versie": VERSIE,
            "titel": self.titel,
            "opgave": self.opgave,
            "toelichting": self.toelichting,
        }
        if self.opgave_extra:
            doc["opgave_extra"] = dict(self.opgave_extra)
        for naam in TABELLEN:
            rijen = records(getattr(self, naam))
            if naam in _MET_EXTRA:
                for rij in rijen:
                    tekst = rij.pop("extra", None)
                    if tekst:
                        rij["extra"] = extra_dict(tekst)
            doc[naam] = rijen
        doc["posities"] = {k: [float(x), float(y)] for k, (x, y) in self.posities.items()}
        doc["scenarios"] = [s.naar_dict() for s in self.scenarios]
        doc["pijlers"] = records(self.pijlers)
        return doc

    def met(self, **wijzigingen: Any) -> Kaart:
        """Return a copy of the kaart with the given fields replaced.

        Example
        -------
        >>> Kaart(titel="Oud").met(titel="Nieuw").titel
        'Nieuw'
        """
        return dataclasses.replace(self, **wijzigingen)

    def namen(self) -> dict[str, str]:
        """Return ``{node id: display name}`` for every partner and the opgave.

        Example
        -------
        >>> Kaart(titel="T", opgave="Samen").namen()
        {'opgave': 'Samen'}
        """
        namen = {OPGAVE: self.opgave or "Gedeelde opgave"}
        namen.update(zip(self.partners["id"], self.partners["naam"], strict=True))
        return namen

    def sleutel(self) -> str:
        """Return the content key: a 32-digit hex digest of everything the kaart holds.

        The key covers ``titel``, ``opgave``, ``toelichting``, the tables (rows in order,
        not the row index), ``posities`` (in any order) and ``scenarios``.  Equal
        kaarten (``==``) have equal keys, and a change to any field gives another key.  It
        is the same in every process (a BLAKE2b digest over the columns' bytes, not
        Python's salted ``hash``) and computed once per kaart object: later calls are free.

        Example
        -------
        >>> a, b = Kaart(titel="Proef"), Kaart(titel="Proef")
        >>> a.sleutel() == b.sleutel(), a.sleutel() == a.met(titel="Anders").sleutel()
        (True, False)
        >>> len(a.sleutel())
        32
        """
        return self._inhoud()[0]

    def in_standaardvorm(self) -> bool:
        """Whether every table has exactly its fixed columns and dtypes (:data:`KOLOMMEN`,
        :data:`PIJLER_KOLOMMEN`) and rows numbered 0, 1, 2, ...

        Every kaart the core builds is; a kaart assembled by hand may not be.  Two kaarten
        in standaardvorm with the same :meth:`sleutel` give the same result in every
        function of the core, which is what :mod:`systeem.model.geheugen` relies on.

        Example
        -------
        >>> k = Kaart(titel="Proef")
        >>> k.in_standaardvorm(), k.met(stromen=k.stromen.astype({"waarde": "float64"})).in_standaardvorm()
        (True, False)
        """
        return self._inhoud()[1]

    def _inhoud(self) -> tuple[str, bool]:
        """The key and the standaardvorm flag, computed once and kept on the object."""
        bewaard = self.__dict__.get("_sleutel")
        if bewaard is None:
            bewaard = _sleutel(self)
            object.__setattr__(self, "_sleutel", bewaard)  # frozen: bypass, once
        return bewaard

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Kaart):
            return NotImplemented
        if self is other:
            return True
        if self.sleutel() != other.sleutel():
            return False  # equal kaarten have equal keys: a different key settles it
        return self.naar_dict() == other.naar_dict()

    __hash__ = None  # type: ignore[assignment]


def lege_pijlers() -> pd.DataFrame:
    """Return an empty pijlerscan table with its fixed columns and dtypes.

    Example
    -------
    >>> list(lege_pijlers().columns)
    ['beoordelaar', 'pijler', 'score', 'notitie']
    """
    return pd.DataFrame(columns=list(PIJLER_KOLOMMEN)).astype(PIJLER_KOLOMMEN)


def standaard_tastbaar(soorten: pd.Series) -> pd.Series:
    """Return, per soort, whether a stroom of that soort counts as tangible by default.

    Example
    -------
    >>> standaard_tastbaar(pd.Series(["geld", "kennis"])).tolist()
    [True, False]
    """
    return soorten.isin(TASTBARE_SOORTEN)


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Return the rows of a frame as plain-Python records, ``None`` for a missing value.

    Numpy and pandas scalars become ``int``, ``float``, ``bool`` and ``str``, so the
    records go straight into ``json.dumps``.

    Example
    -------
    >>> records(pd.DataFrame({"a": [1, 2], "b": [0.5, float("nan")]}))
    [{'a': 1, 'b': 0.5}, {'a': 2, 'b': None}]
    """
    schoon = frame.astype(object).where(frame.notna(), None)
    return schoon.to_dict(orient="records")


def slug(namen: pd.Series) -> pd.Series:
    """Return each name as the start of an id: lower case ASCII (accents dropped), every
    other run of characters one ``_``, no ``_`` at either end, then cut at 40 characters
    (so a cut name may end in ``_``).

    The ids are not yet unique: :func:`nieuwe_ids` numbers them and a file format may
    number them its own way.

    Example
    -------
    >>> slug(pd.Series(["Gemeente Één", " a!b ", "???"])).tolist()
    ['gemeente_een', 'a_b', '']
    """
    return (
        namen.str.normalize("NFKD")
        .str.encode("ascii", errors="ignore")
        .str.decode("ascii")
        .str.lower()
        .str.replace(r"[^a-z0-9]+", "_", regex=True)
        .str.strip("_")
        .str.slice(0, 40)
    )


def nieuwe_ids(namen: pd.Series, bezet: set[str] | frozenset[str] = frozenset()) -> pd.Series:
    """Return a unique partner id for each name: a slug, numbered ``_2``, ``_3``, ... where taken.

    The slug is the name in lower case ASCII (accents dropped), every other run of
    characters one ``_``, at most 40 characters; ``"partner"`` when nothing is left.  No
    id is in ``bezet``, none is :data:`OPGAVE`, and no two are equal.

    Example
    -------
    >>> nieuwe_ids(pd.Series(["Gemeente Één", "A", "a!", "???"]), {"a"}).tolist()
    ['gemeente_een', 'a_2', 'a_3', 'partner']
    """
    gewoon = slug(namen.fillna("").astype("str")).str.rstrip("_")
    basis = gewoon.where(gewoon != "", "partner").astype(object)
    bezet = set(bezet) | {OPGAVE}
    nummer = pd.Series(basis.groupby(basis).cumcount().to_numpy() + 1, index=basis.index)
    while True:
        kandidaat = basis.where(nummer == 1, basis + "_" + nummer.astype(str))
        botsing = kandidaat.isin(bezet) | kandidaat.duplicated()
        if not botsing.any():
            return kandidaat
        nummer[botsing] += 1


def nieuw_id(naam: str, bezet: set[str] | frozenset[str] = frozenset()) -> str:
    """Return an id for a partner called ``naam`` that is not in ``bezet`` (:func:`nieuwe_ids`).

    Example
    -------
    >>> nieuw_id("Gemeente Één"), nieuw_id("Opgave"), nieuw_id("UWV", {"uwv"})
    ('gemeente_een', 'opgave_2', 'uwv_2')
    """
    return str(nieuwe_ids(pd.Series([naam], dtype=object), set(bezet)).iloc[0])


# ---------------------------------------------------------------------------
# The content key.

#: Part of every key, so a future way of computing keys never meets this one.
_SLEUTEL_VERSIE = b"systeemkaart-sleutel-2"


def _vorm(naam: str) -> dict[str, str]:
    """Columns and dtypes of table ``naam``: the four of :data:`KOLOMMEN` and the pijlerscan."""
    return PIJLER_KOLOMMEN if naam == "pijlers" else KOLOMMEN[naam]


def _tabel(naam: str, rijen: list[dict[str, Any]]) -> pd.DataFrame:
    """Table ``naam`` in standaardvorm with the given records."""
    vorm = _vorm(naam)
    return pd.DataFrame.from_records(rijen, columns=list(vorm)).astype(vorm)


@cache
def _dtypes(naam: str) -> tuple[Any, ...]:
    """The dtypes of table ``naam`` in standaardvorm."""
    return tuple(_tabel(naam, []).dtypes)


def _sleutel(kaart: Kaart) -> tuple[str, bool]:
    """Return the content key of ``kaart`` (hex) and whether it is in standaardvorm.

    The row index is left out, and a table with other columns or dtypes is brought to its
    standaardvorm first (when that changes none of its records), so equal kaarten hash
    alike.  Then every column goes into one BLAKE2b digest as bytes
    (:func:`_kolom_bytes`), each table preceded by its name and row count.
    """
    h = hashlib.blake2b(_SLEUTEL_VERSIE, digest_size=16)
    h.update(_json([kaart.titel, kaart.opgave, kaart.toelichting]))
    # Extra fields as written (not _json's canonical numbers: True and 1 differ in a file).
    h.update(json.dumps(dict(kaart.opgave_extra), sort_keys=True, default=repr).encode())
    standaard = True
    for naam in (*TABELLEN, "pijlers"):
        frame = getattr(kaart, naam)
        h.update(f"\x00{naam}\x00{len(frame)}\x00".encode())
        kolommen_goed = _standaard_kolommen(naam, frame)
        standaard &= kolommen_goed and _standaard_index(frame)
        vast = frame if kolommen_goed else _naar_standaard(naam, frame)
        if vast is None:  # no standaardvorm holds these rows: hash them as a file has them
            h.update(b"records\x00" + _json(records(frame)))
            continue
        for kolom in _vorm(naam):
            h.update(_kolom_bytes(vast[kolom]))
    try:
        ids = sorted(kaart.posities)
    except TypeError:  # ids of mixed types: not a valid kaart, but still give a key
        ids = sorted(kaart.posities, key=repr)
    xy = np.asarray([kaart.posities[k] for k in ids], dtype="float64").reshape(len(ids), 2)
    h.update(f"\x00posities\x00{len(ids)}\x00".encode() + json.dumps(ids, default=repr).encode())
    h.update((xy + 0.0).astype("<f8").tobytes())  # + 0.0 makes -0.0 into 0.0, as == does
    h.update(b"\x00scenarios\x00" + _json([s.naar_dict() for s in kaart.scenarios]))
    return h.hexdigest(), standaard


def _standaard_kolommen(naam: str, frame: pd.DataFrame) -> bool:
    """Whether ``frame`` has exactly the columns and dtypes of table ``naam``, in order."""
    return list(frame.columns) == list(_vorm(naam)) and tuple(frame.dtypes) == _dtypes(naam)


def _standaard_index(frame: pd.DataFrame) -> bool:
    """Whether the rows of ``frame`` are numbered 0, 1, 2, ..."""
    index = frame.index
    return isinstance(index, pd.RangeIndex) and index.start == 0 and index.step == 1


def _naar_standaard(naam: str, frame: pd.DataFrame) -> pd.DataFrame | None:
    """The table in standaardvorm when that changes none of its records, else None."""
    zoals = records(frame)
    try:
        vast = _tabel(naam, zoals)
    except (TypeError, ValueError):
        return None
    return vast if records(vast) == zoals else None


def _kolom_bytes(kolom: pd.Series) -> bytes:
    """One column of a table in standaardvorm as unambiguous bytes (the row count is known).

    Text without missing values is taken straight from its Arrow buffers: the offsets as
    int64 counted from 0, then the UTF-8 text; other text as a JSON list.
    """
    if isinstance(kolom.dtype, pd.Int64Dtype):
        getallen = kolom.array
        leeg = np.asarray(getallen.isna())
        return leeg.tobytes() + getallen.to_numpy(dtype="int64", na_value=0).astype("<i8").tobytes()
    if kolom.dtype.kind in "biu":
        return kolom.to_numpy().astype("<i8").tobytes()
    tekst = pa.array(kolom.array) if hasattr(kolom.array, "__arrow_array__") else None
    if isinstance(tekst, pa.ChunkedArray):
        tekst = tekst.combine_chunks()
    if tekst is not None and pa.types.is_string(tekst.type):
        tekst = tekst.cast(pa.large_string())
    if tekst is not None and pa.types.is_large_string(tekst.type) and not tekst.null_count:
        if not len(tekst):
            return b"A"
        _, offsets, data = tekst.buffers()
        grenzen = np.frombuffer(offsets, dtype="<i8")[tekst.offset : tekst.offset + len(tekst) + 1]
        begin, eind = int(grenzen[0]), int(grenzen[-1])
        tekens = memoryview(data)[begin:eind].tobytes() if data is not None else b""
        return b"A" + (grenzen - begin).tobytes() + tekens
    return b"J" + json.dumps(kolom.to_numpy(dtype=object, na_value=None).tolist()).encode()


def _json(waarde: Any) -> bytes:
    """Canonical JSON of plain data: keys sorted, numbers that ``==`` calls equal written
    alike (``True``, ``1`` and ``1.0`` all as ``1``)."""
    return json.dumps(_gelijkvormig(waarde), sort_keys=True, default=repr).encode()


def _gelijkvormig(waarde: Any) -> Any:
    """``waarde`` with ``True`` as ``1`` and whole floats as ints, all the way down."""
    if isinstance(waarde, dict):
        return {k: _gelijkvormig(v) for k, v in waarde.items()}
    if isinstance(waarde, (list, tuple)):
        return [_gelijkvormig(v) for v in waarde]
    if isinstance(waarde, (bool, np.bool_, np.integer)):
        return int(waarde)
    if isinstance(waarde, (float, np.floating)) and float(waarde).is_integer():
        return int(waarde)
    return waarde
