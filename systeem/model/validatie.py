"""Validation: the rules a kaart must follow, reported as structured problems.

:func:`valideer` is the one way from a JSON-shaped dict (a parsed file, edited tables)
to a :class:`~systeem.model.kaart.Kaart`.  It checks everything at once and either returns the
kaart or raises :class:`KaartFout` listing *every* problem, each a
:class:`~systeem.model.problemen.Probleem`: its place as a path into the file
(``("stromen", 3, "naar")``, read ``stromen[3].naar``) and what is wrong as a code of
:mod:`systeem.teksten.problemen` with values, written in Dutch or English at the edge.

The rules (file format v2, see docs/file-format.md; a versie-1 file is upgraded first by
:func:`upgrade`):

- required: ``formaat`` (``"systeemkaart"``), ``versie``, ``titel``, ``partners``,
  ``stromen``; optional: ``opgave``, ``toelichting``, ``afhankelijkheden``, ``belangen``,
  ``posities``; no other fields anywhere;
- a partner has a unique, non-empty ``id`` other than ``"opgave"`` and a non-empty ``naam``;
  ``type`` one of organisatie/team/persoon; ``invloed`` a whole number 0-5 or absent;
- a stroom runs between two different nodes (partner ids or ``"opgave"``); ``soort`` is
  non-empty text; ``waarde`` a whole number 1-5; ``tastbaar`` true/false or absent;
- an afhankelijkheid links two different partners with ``sterkte`` 1-5;
- a belang belongs to a partner, has an ``omschrijving``, ``soort`` organisatie/persoonlijk
  and ``houding`` steunt/neutraal/schuurt;
- ``posities`` maps known node ids to two finite numbers;
- ``extra`` (on a partner or stroom) and ``opgave_extra`` (top level) are objects of
  extra fields: at most 50 keys of 1-100 characters (trimmed), each value text (at most 10,000
  characters), a finite number, true/false or null (dropped);
- ``scenarios`` (versie 2) is a list of uniquely named scenarios, each an ordered list of
  interventies whose ``zet`` says which move it is and which fields it has
  (:mod:`systeem.model.scenario`).  Partner ids in an interventie are not checked against the
  partners: a move on a partner no longer on the kaart is skipped when applied.

Text is trimmed of surrounding white space and soorten are lower-cased, so ``" Geld"``
and ``"geld"`` are one soort.  Structure and types are checked by a pydantic schema
whose error kinds become problem codes; the references between tables are checked
with pandas.
"""

from __future__ import annotations

import math
from operator import eq
from typing import Annotated, Any, Literal, NotRequired, Union

import pandas as pd
from pydantic import (
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    StrictStr,
    StringConstraints,
    TypeAdapter,
    ValidationError,
)
from pydantic_core import PydanticCustomError
from typing_extensions import TypedDict

from systeem.model import scenario as scenario_mod
from systeem.model.kaart import (
    FORMAAT,
    KOLOMMEN,
    OPGAVE,
    PIJLER_IDS,
    PIJLER_KOLOMMEN,
    VERSIE,
    Kaart,
    extra_tekst,
    standaard_tastbaar,
)
from systeem.model.problemen import KaartFout, Probleem, Zin

__all__ = ["KaartFout", "Probleem", "upgrade", "valideer"]


def valideer(data: Any) -> Kaart:
    """Check ``data`` against file format v2 and return it as a :class:`Kaart`.

    Parameters
    ----------
    data : anything; normally the result of ``json.loads`` on a kaart file.

    Returns
    -------
    The kaart, normalised: text trimmed, soorten lower-cased, defaults filled in
    (``type`` organisatie, ``tastbaar`` from the soort, empty text fields).

    Raises
    ------
    KaartFout
        listing every problem found.  Nothing else is raised for any input.

    Example
    -------
    >>> k = valideer({"formaat": "systeemkaart", "versie": 1, "titel": "T",
    ...               "partners": [{"id": "a", "naam": "A"}],
    ...               "stromen": [{"van": "a", "naar": "opgave", "soort": "Geld", "waarde": 2}]})
    >>> k.stromen.loc[0, "soort"], bool(k.stromen.loc[0, "tastbaar"])
    ('geld', True)
    >>> valideer({"formaat": "systeemkaart", "versie": 1, "titel": "T",
    ...           "partners": [], "stromen": [{"van": "x", "naar": "opgave",
    ...           "soort": "geld", "waarde": 9}]})
    Traceback (most recent call last):
    ...
    systeem.model.problemen.KaartFout: De kaart klopt niet (2 problemen):
    - stromen[0].waarde: moet een geheel getal van 1 tot en met 5 zijn, niet 9
    - stromen[0].van: onbekende partner "x" (geen partner-id en niet "opgave")
    """
    if not isinstance(data, dict):
        raise KaartFout([Probleem((), "probleem.geen_object")])
    _controleer_versie(data.get("versie"))
    data = upgrade(data)
    problemen: list[Probleem] = []
    try:
        doc = _SCHEMA.validate_python(data)
    except ValidationError as fout:
        problemen.extend(_vertaal(e) for e in fout.errors())
        doc = None
    except RecursionError:
        raise KaartFout([Probleem((), "probleem.te_diep")]) from None
    if doc is not None and _verwijzingen_kloppen(doc):
        problemen.extend(_regels(data))  # all that _verwijzingen could still find
    else:
        problemen.extend(_verwijzingen(data))
    if problemen or doc is None:
        raise KaartFout(_uniek(problemen))
    return _bouw(doc)


def upgrade(data: dict[str, Any]) -> dict[str, Any]:
    """Return a kaart document of an older format version as the current version.

    Versie 1 had no ``scenarios`` and no ``pijlers``: upgrading gives it an empty list of
    scenarios and ``versie`` 2.  A
    document of another version (or a broken one) comes back unchanged, for
    :func:`valideer` to report on.

    Raises
    ------
    KaartFout
        when a versie-1 document has a field that only versie 2 knows.

    Example
    -------
    >>> upgrade({"formaat": "systeemkaart", "versie": 1, "titel": "T"})
    {'formaat': 'systeemkaart', 'versie': 2, 'titel': 'T', 'scenarios': []}
    """
    versie = data.get("versie")
    if versie == 1 and not isinstance(versie, bool):
        nieuw = [veld for veld in ("scenarios", "pijlers") if veld in data]
        if nieuw:
            raise KaartFout([Probleem((veld,), "probleem.pas_versie_2") for veld in nieuw])
        return {**data, "versie": 2, "scenarios": []}
    return data


# ---------------------------------------------------------------------------
# The schema: structure and types.

_Tekst = Annotated[StrictStr, StringConstraints(strip_whitespace=True)]
_NietLeeg = Annotated[StrictStr, StringConstraints(strip_whitespace=True, min_length=1)]
_Soort = Annotated[StrictStr, StringConstraints(strip_whitespace=True, to_lower=True, min_length=1)]


def _getal(waarde: Any) -> float:
    """Accept a finite int or float (not a bool) as a coordinate."""
    if isinstance(waarde, bool) or not isinstance(waarde, (int, float)):
        raise PydanticCustomError("geen_getal", "{code}", {"code": "probleem.getal"})
    if not math.isfinite(waarde):
        raise PydanticCustomError("geen_getal", "{code}", {"code": "probleem.eindig_getal"})
    return float(waarde)


_Coordinaat = Annotated[float, BeforeValidator(_getal)]
_Strikt = ConfigDict(extra="forbid")

#: Limits of the extra fields of one row (see :mod:`systeem.model.kaart`).
EXTRA_SLEUTELS, EXTRA_SLEUTEL_LENGTE, EXTRA_TEKST_LENGTE = 50, 100, 10_000


def _extra_waarde(waarde: Any) -> Any:
    """Accept text, a whole or finite number, true/false or null as an extra field's value."""
    if waarde is None or isinstance(waarde, (bool, int)):
        return waarde
    if isinstance(waarde, float):
        if not math.isfinite(waarde):
            raise PydanticCustomError("geen_extra", "{code}", {"code": "probleem.extra.eindig"})
        return waarde
    if isinstance(waarde, str):
        if len(waarde) > EXTRA_TEKST_LENGTE:
            raise PydanticCustomError(
                "geen_extra",
                "{code}",
                {"code": "probleem.te_lang_tekens", "max_length": EXTRA_TEKST_LENGTE},
            )
        return waarde
    raise PydanticCustomError("geen_extra", "{code}", {"code": "probleem.extra.soort"})


_Extra = Annotated[
    dict[
        Annotated[
            StrictStr,
            StringConstraints(strip_whitespace=True, min_length=1, max_length=EXTRA_SLEUTEL_LENGTE),
        ],
        Annotated[Any, BeforeValidator(_extra_waarde)],
    ],
    Field(max_length=EXTRA_SLEUTELS),
]


class _Partner(TypedDict):
    __pydantic_config__ = _Strikt  # type: ignore[misc]
    id: _NietLeeg
    naam: _NietLeeg
    type: NotRequired[Literal["organisatie", "team", "persoon"]]
    sector: NotRequired[_Tekst]
    invloed: NotRequired[Annotated[StrictInt, Field(ge=0, le=5)] | None]
    toelichting: NotRequired[_Tekst]
    extra: NotRequired[_Extra]


class _Stroom(TypedDict):
    __pydantic_config__ = _Strikt  # type: ignore[misc]
    van: _NietLeeg
    naar: _NietLeeg
    soort: _Soort
    waarde: Annotated[StrictInt, Field(ge=1, le=5)]
    omschrijving: NotRequired[_Tekst]
    tastbaar: NotRequired[StrictBool | None]
    extra: NotRequired[_Extra]


class _Afhankelijkheid(TypedDict):
    __pydantic_config__ = _Strikt  # type: ignore[misc]
    partner: _NietLeeg
    afhankelijk_van: _NietLeeg
    waarvoor: NotRequired[_Tekst]
    sterkte: Annotated[StrictInt, Field(ge=1, le=5)]


class _Belang(TypedDict):
    __pydantic_config__ = _Strikt  # type: ignore[misc]
    partner: _NietLeeg
    omschrijving: _NietLeeg
    soort: Literal["organisatie", "persoonlijk"]
    houding: Literal["steunt", "neutraal", "schuurt"]


_Factor = Annotated[float, BeforeValidator(_getal), Field(ge=0, le=10)]
_Punten = Annotated[StrictInt, Field(ge=-100, le=100)]
_Ids = Annotated[list[_NietLeeg], Field(max_length=10_000)]


class _Ambitie(TypedDict):
    __pydantic_config__ = _Strikt  # type: ignore[misc]
    zet: Literal["ambitie"]
    aan: NotRequired[StrictBool]
    factor: NotRequired[_Factor]
    partners: NotRequired[_Ids]
    soort: NotRequired[
        Annotated[StrictStr, StringConstraints(strip_whitespace=True, to_lower=True)]
    ]
    waarde: NotRequired[Annotated[StrictInt, Field(ge=0, le=5)]]
    omschrijving: NotRequired[_Tekst]


class _Bijdrage(TypedDict):
    __pydantic_config__ = _Strikt  # type: ignore[misc]
    zet: Literal["bijdrage"]
    aan: NotRequired[StrictBool]
    partner: _NietLeeg
    factor: NotRequired[_Factor | None]
    punten: NotRequired[_Punten | None]
    naar: NotRequired[_Tekst]
    soort: NotRequired[
        Annotated[StrictStr, StringConstraints(strip_whitespace=True, to_lower=True)]
    ]


class _Compensatie(TypedDict):
    __pydantic_config__ = _Strikt  # type: ignore[misc]
    zet: Literal["compenseren"]
    aan: NotRequired[StrictBool]
    partner: _NietLeeg
    van: NotRequired[_NietLeeg]
    soort: NotRequired[_Soort]
    punten: Annotated[StrictInt, Field(ge=1, le=100)]
    omschrijving: NotRequired[_Tekst]


class _DerdeStroom(TypedDict):
    __pydantic_config__ = _Strikt  # type: ignore[misc]
    met: _NietLeeg
    soort: _Soort
    waarde: Annotated[StrictInt, Field(ge=1, le=5)]
    richting: NotRequired[Literal["brengt", "haalt"]]
    omschrijving: NotRequired[_Tekst]


class _DerdePartij(TypedDict):
    __pydantic_config__ = _Strikt  # type: ignore[misc]
    zet: Literal["derde"]
    aan: NotRequired[StrictBool]
    id: _NietLeeg
    naam: _NietLeeg
    type: NotRequired[Literal["organisatie", "team", "persoon"]]
    sector: NotRequired[_Tekst]
    invloed: NotRequired[Annotated[StrictInt, Field(ge=0, le=5)] | None]
    stromen: NotRequired[Annotated[list[_DerdeStroom], Field(max_length=1000)]]


class _Kostenverdeling(TypedDict):
    __pydantic_config__ = _Strikt  # type: ignore[misc]
    zet: Literal["kostenverdeling"]
    aan: NotRequired[StrictBool]
    sleutel: Literal["eigen", "gelijk", "gebruik", "grootte"]
    partners: NotRequired[_Ids]
    gewichten: NotRequired[dict[StrictStr, Annotated[float, BeforeValidator(_getal), Field(ge=0)]]]


class _Vertrek(TypedDict):
    __pydantic_config__ = _Strikt  # type: ignore[misc]
    zet: Literal["vertrek"]
    aan: NotRequired[StrictBool]
    partner: _NietLeeg


_Interventie = Annotated[
    Union[_Ambitie, _Bijdrage, _Compensatie, _DerdePartij, _Kostenverdeling, _Vertrek],  # noqa: UP007
    Field(discriminator="zet"),
]


class _Pijlerscore(TypedDict):
    __pydantic_config__ = _Strikt  # type: ignore[misc]
    beoordelaar: _NietLeeg
    pijler: Literal[PIJLER_IDS]  # type: ignore[valid-type]
    score: NotRequired[Annotated[StrictInt, Field(ge=1, le=5)] | None]
    notitie: NotRequired[_Tekst]


class _Scenario(TypedDict):
    __pydantic_config__ = _Strikt  # type: ignore[misc]
    naam: _NietLeeg
    interventies: Annotated[list[_Interventie], Field(max_length=200)]


class _Document(TypedDict):
    __pydantic_config__ = _Strikt  # type: ignore[misc]
    formaat: Literal["systeemkaart"]
    versie: Literal[2]
    titel: _NietLeeg
    opgave: NotRequired[_Tekst]
    toelichting: NotRequired[_Tekst]
    opgave_extra: NotRequired[_Extra]
    partners: list[_Partner]
    stromen: list[_Stroom]
    afhankelijkheden: NotRequired[list[_Afhankelijkheid]]
    belangen: NotRequired[list[_Belang]]
    posities: NotRequired[
        dict[StrictStr, Annotated[list[_Coordinaat], Field(min_length=2, max_length=2)]]
    ]
    scenarios: NotRequired[Annotated[list[_Scenario], Field(max_length=100)]]
    pijlers: NotRequired[Annotated[list[_Pijlerscore], Field(max_length=10_000)]]


_SCHEMA = TypeAdapter(_Document)

#: Inclusive ranges of the whole-number fields, for the range message.
_BEREIK = {"waarde": (1, 5), "sterkte": (1, 5), "invloed": (0, 5), "score": (1, 5)}

#: The moves of a scenario, by ``zet`` (pydantic names the chosen one in an error's place).
_ZETTEN = frozenset(scenario_mod.ZETTEN)


def _controleer_versie(versie: Any) -> None:
    """Refuse a file written by a newer program before looking at anything else."""
    if isinstance(versie, int) and not isinstance(versie, bool) and versie > VERSIE:
        raise KaartFout(
            [Probleem(("versie",), "probleem.versie_nieuwer", {"versie": versie, "bekend": VERSIE})]
        )


def _pad(loc: tuple[Any, ...]) -> tuple[str | int, ...]:
    """A pydantic error's place as a problem's path: ``('stromen', 3, 'naar')`` stays, the
    ``[key]`` marker of a dict key and the name of the chosen move (after its index) go."""
    pad: list[str | int] = []
    for deel in loc:
        if deel == "[key]" or (deel in _ZETTEN and pad and isinstance(pad[-1], int)):
            continue
        pad.append(deel)
    return tuple(pad)


#: How a wrong value of a kind without a short literal is named in a message.
WAAR, ONWAAR = Zin("probleem.waarde.true"), Zin("probleem.waarde.false")


def _kort(waarde: Any) -> str | Zin:
    """A short literal rendering of an offending value for a message."""
    if isinstance(waarde, str):
        tekst = waarde if len(waarde) <= 40 else waarde[:37] + "..."
        return f'"{tekst}"'
    if isinstance(waarde, bool):
        return WAAR if waarde else ONWAAR
    if waarde is None:
        return "null"
    if isinstance(waarde, (int, float)):
        return repr(waarde)
    if isinstance(waarde, list):
        return Zin("probleem.waarde.lijst")
    if isinstance(waarde, dict):
        return Zin("probleem.waarde.object")
    return type(waarde).__name__


#: Pydantic's error kinds that map to one code, each with whether it names the value.
_CODES = {
    "missing": ("probleem.ontbreekt", False),
    "extra_forbidden": ("probleem.onbekend_veld", False),
    "string_type": ("probleem.tekst_type", True),
    "string_too_short": ("probleem.leeg", False),
    "string_pattern_mismatch": ("probleem.leeg", False),
    "int_type": ("probleem.geheel", True),
    "int_parsing": ("probleem.geheel", True),
    "int_from_float": ("probleem.geheel", True),
    "bool_type": ("probleem.waar_onwaar", True),
    "list_type": ("probleem.lijst_type", True),
    "dict_type": ("probleem.object_type", True),
    "model_type": ("probleem.object_type", True),
    "typed_dict_type": ("probleem.object_type", True),
}


def _vertaal(fout: dict[str, Any]) -> Probleem:
    """Turn one pydantic error into a :class:`Probleem`."""
    soort, loc, invoer = fout["type"], tuple(fout["loc"]), fout.get("input")
    ctx = fout.get("ctx", {})
    veld = next((d for d in reversed(loc) if isinstance(d, str) and d != "[key]"), "")
    niet: dict[str, object] = {"invoer": _kort(invoer)}
    waarden: dict[str, object] = {}
    if soort in _CODES:
        code, met_invoer = _CODES[soort]
        waarden = niet if met_invoer else {}
    elif soort in ("greater_than_equal", "less_than_equal") and _binnen_bereik(veld, loc):
        laag, hoog = _BEREIK[veld]
        code, waarden = "probleem.geheel_bereik", {"laag": laag, "hoog": hoog, **niet}
    elif soort == "literal_error":
        code, waarden = _literal(veld, ctx.get("expected", ""), invoer)
    elif soort == "too_long" and loc[-1:] in (("extra",), ("opgave_extra",)):
        code, waarden = "probleem.extra_te_veel", {"max": EXTRA_SLEUTELS}
    elif soort in ("too_short", "too_long") and loc and loc[0] == "posities":
        code = "probleem.positie_paar"
    elif soort == "too_long":
        code, waarden = "probleem.te_lang_items", {"max": ctx.get("max_length", "?")}
    elif soort == "too_short":
        code, waarden = "probleem.te_kort_items", {"min": ctx.get("min_length", "?")}
    elif soort == "geen_getal":
        code, waarden = ctx["code"], niet
    elif soort == "geen_extra":
        code = ctx["code"]
        waarden = {"max": ctx["max_length"]} if "max_length" in ctx else {}
    elif soort == "string_too_long":
        code, waarden = "probleem.te_lang_tekens", {"max": ctx.get("max_length", "?")}
    elif soort in ("greater_than_equal", "less_than_equal"):
        grens = ctx.get("ge", ctx.get("le"))
        code = "probleem.minstens" if soort == "greater_than_equal" else "probleem.hoogstens"
        waarden = {"grens": grens, **niet}
    elif soort == "union_tag_invalid":
        zet = invoer.get("zet") if isinstance(invoer, dict) else invoer
        opties = ", ".join(f'"{z}"' for z in scenario_mod.ZETTEN)
        code, waarden = "probleem.zet_onbekend", {"invoer": _kort(zet), "opties": opties}
        loc = (*loc, "zet")
    elif soort == "union_tag_not_found":
        code = "probleem.zet_ontbreekt"
        loc = (*loc, "zet")
    else:
        code, waarden = "probleem.ongeldig", niet
    if loc[-1:] == ("[key]",) and len(loc) >= 2 and loc[-3:-2] in (("extra",), ("opgave_extra",)):
        # A bad key of the extra fields: name it in the message, not as a place.
        waarden = {"sleutel": _kort(loc[-2]), "fout": Zin(code, waarden)}
        code, loc = "probleem.extra_sleutel", loc[:-2]
    return Probleem(_pad(loc), code, waarden)


def _binnen_bereik(veld: str, loc: tuple[Any, ...]) -> bool:
    """Whether the field has the usual range of :data:`_BEREIK` (an interventie's fields
    have ranges of their own and get the plain "minstens"/"hoogstens" message)."""
    return veld in _BEREIK and "interventies" not in loc


def _literal(veld: str, verwacht: str, invoer: Any) -> tuple[str, dict[str, object]]:
    """The code and values for a value outside a fixed list (pydantic's ``expected`` is
    ``'a', 'b' or 'c'``)."""
    if veld == "formaat":
        return "probleem.formaat", {"formaat": FORMAAT, "invoer": _kort(invoer)}
    if veld == "versie":
        return "probleem.versie_onbekend", {"invoer": _kort(invoer), "versie": VERSIE}
    opties: str | Zin = verwacht.replace("'", '"')
    if " or " in opties:
        begin, eind = opties.rsplit(" or ", 1)
        opties = Zin("probleem.of", {"begin": begin, "eind": eind})
    return "probleem.een_van", {"opties": opties, "invoer": _kort(invoer)}


def _rijen(data: dict[str, Any], naam: str) -> pd.DataFrame:
    """The raw rows of one table as a frame (non-object rows become empty rows)."""
    rijen = data.get(naam)
    if not isinstance(rijen, list):
        return pd.DataFrame()
    return pd.DataFrame.from_records([r if isinstance(r, dict) else {} for r in rijen])


def _schoon(kolom: pd.Series) -> pd.Series:
    """Trimmed text where the cell is text, NA elsewhere (type errors are reported apart)."""
    is_tekst = kolom.map(lambda v: isinstance(v, str))
    return kolom.where(is_tekst).astype(object).where(is_tekst, None).str.strip()


def _verwijzingen(data: dict[str, Any]) -> list[Probleem]:
    """Check ids and the references between tables, vectorised over each table."""
    problemen: list[Probleem] = []
    partners = _rijen(data, "partners")
    ids = _schoon(partners["id"]) if "id" in partners else pd.Series(dtype=object)

    dubbel = ids.notna() & ids.duplicated(keep="first")
    eerste = ids[~ids.duplicated(keep="first")]
    eerste_index = pd.Series(eerste.index, index=eerste.values)
    for i in ids.index[dubbel]:
        problemen.append(
            Probleem(
                ("partners", i, "id"),
                "probleem.dubbele_id",
                {"partner": ids[i], "eerste": ("partners", int(eerste_index[ids[i]]))},
            )
        )
    for i in ids.index[ids == OPGAVE]:
        problemen.append(
            Probleem(("partners", i, "id"), "probleem.gereserveerd", {"opgave": OPGAVE})
        )

    if not isinstance(data.get("partners"), list):
        return problemen  # no usable ids to check references against; reported already
    bekend = set(ids.dropna()) - {OPGAVE}
    knopen = bekend | {OPGAVE}
    problemen += _verwijst(data, "stromen", "van", "naar", knopen)
    problemen += _verwijst(data, "afhankelijkheden", "partner", "afhankelijk_van", bekend)
    problemen += _verwijst(data, "belangen", "partner", None, bekend)

    problemen += _regels(data)
    posities = data.get("posities")
    if isinstance(posities, dict):
        for sleutel in sorted(set(posities) - knopen, key=str):
            problemen.append(
                Probleem(("posities", sleutel), "probleem.onbekende_partner", {"partner": sleutel})
            )
    return problemen


def _verwijzingen_kloppen(doc: dict[str, Any]) -> bool:
    """Whether every id and reference of a document that passed the schema is sound.

    The common case, checked with set operations over the (already trimmed) ids in one
    pass per column.  When it says True, :func:`_verwijzingen` would report nothing but
    :func:`_regels`; when False, :func:`_verwijzingen` runs and words each problem.
    """
    ids = [p["id"] for p in doc["partners"]]
    bekend = set(ids)
    if len(bekend) != len(ids) or OPGAVE in bekend:
        return False
    knopen = bekend | {OPGAVE}
    for naam, links, rechts, mag in (
        ("stromen", "van", "naar", knopen),
        ("afhankelijkheden", "partner", "afhankelijk_van", bekend),
    ):
        rijen = doc.get(naam, [])
        van = [r[links] for r in rijen]
        naar = [r[rechts] for r in rijen]
        if not (mag.issuperset(van) and mag.issuperset(naar)) or any(map(eq, van, naar)):
            return False
    return bekend.issuperset(b["partner"] for b in doc.get("belangen", [])) and knopen.issuperset(
        doc.get("posities", {})
    )


def _verwijst(
    data: dict[str, Any], naam: str, links: str, rechts: str | None, bekend: set[str]
) -> list[Probleem]:
    """Dangling references in fields ``links``/``rechts`` of table ``naam``, and a row
    whose two ends are the same node."""
    rijen = _rijen(data, naam)
    kolommen = {v: _schoon(rijen[v]) for v in (links, rechts) if v and v in rijen}
    problemen: list[Probleem] = []
    for veld, kolom in kolommen.items():
        los = kolom.notna() & (kolom != "") & ~kolom.isin(bekend)
        for i in kolom.index[los]:
            if kolom[i] == OPGAVE:
                code, waarden = "probleem.opgave_hier", {}
            elif OPGAVE in bekend:
                code, waarden = "probleem.onbekende_knoop", {"partner": kolom[i], "opgave": OPGAVE}
            else:
                code, waarden = "probleem.onbekende_partner", {"partner": kolom[i]}
            problemen.append(Probleem((naam, i, veld), code, waarden))
    if links in kolommen and rechts in kolommen:
        zelf = kolommen[links].notna() & (kolommen[links] == kolommen[rechts])
        for i in kolommen[links].index[zelf]:
            problemen.append(
                Probleem(
                    (naam, i, rechts),
                    "probleem.zelfde_eind",
                    {"links": links, "rechts": rechts, "partner": kolommen[links][i]},
                )
            )
    return problemen


def _regels(data: dict[str, Any]) -> list[Probleem]:
    """The rules beyond ids and references (checked whether those are sound or not)."""
    return [*_scenario_regels(data), *_pijler_regels(data)]


def _scenario_regels(data: dict[str, Any]) -> list[Probleem]:
    """Rules the schema cannot say: scenario names are unique; a bijdrage sets exactly one
    of factor and punten (punten not 0); a third party's id is not "opgave"."""
    problemen: list[Probleem] = []
    scenarios = data.get("scenarios")
    if not isinstance(scenarios, list):
        return problemen
    namen: dict[str, int] = {}
    for s, scenario in enumerate(scenarios):
        naam = scenario.get("naam") if isinstance(scenario, dict) else None
        if isinstance(naam, str) and naam.strip():
            if naam.strip() in namen:
                problemen.append(
                    Probleem(
                        ("scenarios", s, "naam"),
                        "probleem.dubbele_scenario",
                        {"naam": naam.strip(), "eerste": ("scenarios", namen[naam.strip()])},
                    )
                )
            namen.setdefault(naam.strip(), s)
        zetten = scenario.get("interventies") if isinstance(scenario, dict) else None
        for i, zet in enumerate(zetten if isinstance(zetten, list) else []):
            if not isinstance(zet, dict):
                continue
            plek = ("scenarios", s, "interventies", i)
            if zet.get("zet") == "bijdrage":
                gezet = [v for v in ("factor", "punten") if zet.get(v) is not None]
                if len(gezet) != 1:
                    problemen.append(Probleem((*plek, "factor"), "probleem.factor_of_punten"))
                elif zet.get("punten") == 0:
                    problemen.append(Probleem((*plek, "punten"), "probleem.niet_nul"))
            if zet.get("zet") == "derde" and str(zet.get("id", "")).strip() == OPGAVE:
                problemen.append(
                    Probleem((*plek, "id"), "probleem.gereserveerd", {"opgave": OPGAVE})
                )
    return problemen


def _pijler_regels(data: dict[str, Any]) -> list[Probleem]:
    """A rater scores each pillar at most once."""
    rijen = _rijen(data, "pijlers")
    if not {"beoordelaar", "pijler"} <= set(rijen.columns):
        return []
    sleutel = _schoon(rijen["beoordelaar"]) + "\x00" + _schoon(rijen["pijler"])
    dubbel = sleutel.notna() & sleutel.duplicated(keep="first")
    return [
        Probleem(
            ("pijlers", i, "pijler"),
            "probleem.al_gescoord",
            {"beoordelaar": rijen.loc[i, "beoordelaar"], "pijler": rijen.loc[i, "pijler"]},
        )
        for i in rijen.index[dubbel]
    ]


def _uniek(problemen: list[Probleem]) -> list[Probleem]:
    """Drop repeats, keep order."""
    return list(dict.fromkeys(problemen))


def _bouw(doc: dict[str, Any]) -> Kaart:
    """Build the kaart from a document that passed every check, filling in defaults."""
    stromen = _kolommen("stromen", doc["stromen"], {"omschrijving": ""})
    soort = pd.Series(stromen["soort"], dtype="str")
    tastbaar = pd.Series(stromen["tastbaar"], dtype=object)
    stromen["tastbaar"] = tastbaar.fillna(standaard_tastbaar(soort)).to_numpy(dtype=bool)
    return Kaart(
        titel=doc["titel"],
        opgave=doc.get("opgave", ""),
        toelichting=doc.get("toelichting", ""),
        opgave_extra={k: v for k, v in doc.get("opgave_extra", {}).items() if v is not None},
        partners=_frame(
            "partners",
            _kolommen(
                "partners",
                doc["partners"],
                {"type": "organisatie", "sector": "", "toelichting": ""},
            ),
        ),
        stromen=_frame("stromen", stromen),
        afhankelijkheden=_frame(
            "afhankelijkheden",
            _kolommen("afhankelijkheden", doc.get("afhankelijkheden", []), {"waarvoor": ""}),
        ),
        belangen=_frame("belangen", _kolommen("belangen", doc.get("belangen", []), {})),
        posities={k: (v[0], v[1]) for k, v in doc.get("posities", {}).items()},
        scenarios=tuple(scenario_mod.uit_dict(s) for s in doc.get("scenarios", [])),
        pijlers=pd.DataFrame.from_records(doc.get("pijlers", []), columns=list(PIJLER_KOLOMMEN))
        .astype(object)
        .fillna({"notitie": ""})
        .astype(PIJLER_KOLOMMEN),
    )


def _kolommen(
    naam: str, rijen: list[dict[str, Any]], standaard: dict[str, Any]
) -> dict[str, list[Any]]:
    """The columns of table ``naam`` from validated records; an absent field (or ``None``)
    gets its value in ``standaard``, or stays ``None`` (a missing value)."""
    uit: dict[str, list[Any]] = {}
    for kolom in KOLOMMEN[naam]:
        if kolom == "extra":
            uit[kolom] = [extra_tekst(r.get("extra")) for r in rijen]
            continue
        waarden = [r.get(kolom) for r in rijen]
        if kolom in standaard:
            vul = standaard[kolom]
            waarden = [vul if w is None else w for w in waarden]
        uit[kolom] = waarden
    return uit


def _frame(naam: str, kolommen: dict[str, Any]) -> pd.DataFrame:
    """The table ``naam`` with its fixed dtypes, each column converted once (no round trips
    through object columns: this is most of what validating a classroom kaart costs)."""
    return pd.DataFrame(
        {k: pd.array(kolommen[k], dtype=dtype) for k, dtype in KOLOMMEN[naam].items()}
    )
