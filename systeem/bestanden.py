"""Bestanden: reading and writing kaart files, in every format, through one entry point.

Which format a file has follows from its extension (or is named explicitly):

============ ========= ======= =====================================================
formaat      extension reads   module
============ ========= ======= =====================================================
``json``     .json     yes     file format v2 (docs/file-format.md), written normalised
``excel``    .xlsx     yes     :mod:`systeem.excel`, one sheet per table, Dutch names
``kumu``     .xlsx     yes     :mod:`systeem.kumu`, sheets Elements and Connections
``csv``      .zip      yes     :mod:`systeem.csvzip`, one CSV file per table
``gexf``     .gexf     no      :mod:`systeem.graafbestanden`, for Gephi
``graphml``  .graphml  no      :mod:`systeem.graafbestanden`
``html``     .html     no      :mod:`systeem.handout`, the offline printable hand-out
============ ========= ======= =====================================================

An .xlsx is read as Kumu's layout when its sheets are called Elements/Connections, else
as ours.  Reading goes through :func:`systeem.validatie.valideer` whatever the format,
so the same rules and Dutch messages apply; every problem with a file a user gives us
becomes a :class:`~systeem.validatie.KaartFout` (never another exception, never half a
kaart): too large, empty, the wrong kind of file, broken, a zip bomb, too many rows, or
against the rules (naming sheet, row and column).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path, PurePath

from systeem.kaart import Kaart
from systeem.validatie import KaartFout, Probleem, valideer

#: Largest kaart file we read, in bytes (a classroom kaart is a few tens of kB; the app's
#: upload limit, ``server.maxUploadSize`` in .streamlit/config.toml, is lower).
MAX_GROOTTE = 50 * 1024 * 1024

#: Formaat -> (extension, MIME type); the formats :func:`schrijf` and :func:`naar_bytes` know.
FORMATEN: dict[str, tuple[str, str]] = {
    "json": (".json", "application/json"),
    "excel": (".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "csv": (".zip", "application/zip"),
    "kumu": (".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "gexf": (".gexf", "application/gexf+xml"),
    "graphml": (".graphml", "application/graphml+xml"),
    "html": (".html", "text/html"),
}

#: Other names for a formaat (``--formaat xlsx``).
ALIASSEN = {"xlsx": "excel", "zip": "csv", "htm": "html", "handout": "html"}

#: Extensions that can be read.
LEESBAAR = (".json", ".xlsx", ".zip")

#: Extensions that can be written (the formaat follows from it; .xlsx is our layout).
SCHRIJFBAAR = (".json", ".xlsx", ".zip", ".gexf", ".graphml", ".html")

_PER_EXTENSIE = {
    ".json": "json",
    ".xlsx": "excel",
    ".zip": "csv",
    ".gexf": "gexf",
    ".graphml": "graphml",
    ".html": "html",
    ".htm": "html",
}


class LeesFout(OSError):
    """A file could not be read at all; the message says why, in Dutch."""


@dataclass(frozen=True)
class Import:
    """What reading a file gave: the kaart, the format it was in, and notes on what a
    foreign format (Kumu) could not carry over (empty for our own formats)."""

    kaart: Kaart
    formaat: str
    notities: tuple[str, ...] = field(default_factory=tuple)


def lees(pad: str | Path) -> Kaart:
    """Read a kaart file (.json, .xlsx (ours or Kumu's) or .zip of CSV files).

    Raises
    ------
    LeesFout
        when the file cannot be read at all (missing, a folder, no permission);
    KaartFout
        when it can be read but holds no valid kaart (wrong type of file, too large,
        broken, against the rules).

    Example
    -------
    >>> import tempfile, os
    >>> pad = os.path.join(tempfile.mkdtemp(), "k.json")
    >>> _ = open(pad, "w").write('{"formaat": "systeemkaart", "versie": 1, "titel": "T",'
    ...                          ' "partners": [], "stromen": []}')
    >>> lees(pad).titel
    'T'
    """
    return importeer_pad(pad).kaart


def importeer_pad(pad: str | Path) -> Import:
    """Read a kaart file like :func:`lees`, with the format and notes (:class:`Import`)."""
    pad = Path(pad)
    _controleer_extensie(pad.name)
    try:
        if pad.stat().st_size > MAX_GROOTTE:
            raise KaartFout([Probleem("", _te_groot(pad.name))])
        inhoud = pad.read_bytes()
    except FileNotFoundError:
        raise LeesFout(f"bestand niet gevonden: {pad}") from None
    except IsADirectoryError:
        raise LeesFout(f"{pad} is een map, geen bestand") from None
    except OSError as fout:
        raise LeesFout(f"kan {pad} niet lezen: {fout.strerror}") from None
    return importeer(pad.name, inhoud)


def lees_bytes(naam: str, inhoud: bytes) -> Kaart:
    """Read a kaart from a file's bytes; ``naam`` (the file name) gives the format.

    Example
    -------
    >>> lees_bytes("k.json", b'{"formaat": "systeemkaart", "versie": 1, "titel": "T", '
    ...            b'"partners": [], "stromen": []}').titel
    'T'
    """
    return importeer(naam, inhoud).kaart


def importeer(naam: str, inhoud: bytes) -> Import:
    """Read a kaart from a file's bytes and say how (:class:`Import`).

    Raises
    ------
    KaartFout
        for every file that holds no valid kaart; nothing else for any bytes.

    Example
    -------
    >>> importeer("leeg.xlsx", b"").kaart
    Traceback (most recent call last):
    ...
    systeem.validatie.KaartFout: De kaart klopt niet (1 probleem):
    - leeg.xlsx is leeg (0 bytes)
    """
    soort = _controleer_extensie(naam)
    if len(inhoud) > MAX_GROOTTE:
        raise KaartFout([Probleem("", _te_groot(naam))])
    if not inhoud:
        kop = "geen geldige JSON: " if soort == "json" else ""
        raise KaartFout([Probleem("", f"{kop}{naam} is leeg (0 bytes)")])
    try:
        if soort == "json":
            return Import(lees_json(inhoud), "json")
        stam = PurePath(naam).stem.strip() or "Kaart"
        if soort == "csv":
            from systeem import csvzip

            return Import(csvzip.lees(inhoud, naam, titel=stam), "csv")
        from systeem import excel, kumu

        bladen = excel.lees_bladen(inhoud, naam)
        if kumu.is_kumu(bladen):
            uit = kumu.uit_bladen(bladen, titel=stam)
            return Import(uit.kaart, "kumu", uit.notities)
        from systeem import bladen as bladen_mod

        return Import(bladen_mod.uit_bladen(bladen, titel=stam), "excel")
    except KaartFout:
        raise
    except (MemoryError, RecursionError):
        raise KaartFout(
            [Probleem("", f"{naam} is te groot of te diep genest om te lezen")]
        ) from None


def lees_json(inhoud: bytes | str) -> Kaart:
    """Parse the text of a JSON kaart file (UTF-8, with or without BOM) into a kaart.

    Example
    -------
    >>> lees_json(b'{"formaat": "systeemkaart", "versie": 1, "titel": "T", '
    ...           b'"partners": [], "stromen": []}').titel
    'T'
    >>> lees_json(b'{"titel": ')
    Traceback (most recent call last):
    ...
    systeem.validatie.KaartFout: De kaart klopt niet (1 probleem):
    - geen geldige JSON: regel 1, kolom 11: er ontbreekt een waarde
    """
    if isinstance(inhoud, bytes):
        try:
            inhoud = inhoud.decode("utf-8-sig")
        except UnicodeDecodeError as fout:
            raise KaartFout(
                [Probleem("", f"het bestand is geen UTF-8-tekst (byte {fout.start})")]
            ) from None
    try:
        data = json.loads(inhoud, parse_constant=_geen_constante)
    except json.JSONDecodeError as fout:
        raise KaartFout(
            [
                Probleem(
                    "",
                    f"geen geldige JSON: regel {fout.lineno}, kolom {fout.colno}: {_json_reden(fout.msg)}",
                )
            ]
        ) from None
    except (ValueError, RecursionError) as fout:
        raise KaartFout([Probleem("", f"geen geldige JSON: {fout}")]) from None
    return valideer(data)


def naar_json(kaart: Kaart) -> str:
    """Return the kaart as normalised JSON text (file format v2).

    Example
    -------
    >>> naar_json(Kaart(titel="T")).splitlines()[:3]
    ['{', '  "formaat": "systeemkaart",', '  "versie": 2,']
    """
    return json.dumps(kaart.naar_dict(), ensure_ascii=False, indent=2) + "\n"


def naar_bytes(kaart: Kaart, formaat: str, taal: str = "nl") -> bytes:
    """Return the kaart as the bytes of a file in ``formaat`` (a key of :data:`FORMATEN`
    or :data:`ALIASSEN`).

    Raises
    ------
    ValueError
        for an unknown formaat.

    Example
    -------
    >>> naar_bytes(Kaart(titel="T"), "json")[:1], naar_bytes(Kaart(titel="T"), "xlsx")[:2]
    (b'{', b'PK')
    """
    formaat = ALIASSEN.get(formaat, formaat)
    if formaat == "json":
        return naar_json(kaart).encode("utf-8")
    if formaat == "excel":
        from systeem import excel

        return excel.naar_xlsx(kaart)
    if formaat == "csv":
        from systeem import csvzip

        return csvzip.naar_zip(kaart)
    if formaat == "kumu":
        from systeem import kumu

        return kumu.naar_xlsx(kaart, taal)
    if formaat in ("gexf", "graphml"):
        from systeem import graafbestanden

        return (graafbestanden.naar_gexf if formaat == "gexf" else graafbestanden.naar_graphml)(
            kaart
        )
    if formaat == "html":
        from systeem import handout

        return handout.html(kaart, taal=taal).encode("utf-8")
    raise ValueError(f"onbekend formaat {formaat!r}: kies uit " + ", ".join(FORMATEN))


def schrijf(kaart: Kaart, pad: str | Path, formaat: str | None = None, taal: str = "nl") -> Path:
    """Write the kaart to ``pad``; return the path.

    Parameters
    ----------
    kaart : the kaart.
    pad : where to write.
    formaat : a key of :data:`FORMATEN` (``"kumu"`` for Kumu's layout); default: from
        the extension (.json, .xlsx, .zip, .gexf, .graphml, .html).
    taal : language of the hand-out and Kumu's klasse words.

    Raises
    ------
    ValueError
        for an extension or formaat we cannot write (the message says which we can).

    Example
    -------
    >>> import tempfile, os
    >>> schrijf(Kaart(titel="T"), os.path.join(tempfile.mkdtemp(), "k.graphml")).suffix
    '.graphml'
    """
    pad = Path(pad)
    if formaat is None:
        formaat = _PER_EXTENSIE.get(pad.suffix.lower())
        if formaat is None:
            raise ValueError(
                f"kan niet schrijven naar {pad.name}: kies de extensie "
                + ", ".join(SCHRIJFBAAR[:-1])
                + " of "
                + SCHRIJFBAAR[-1]
            )
    pad.write_bytes(naar_bytes(kaart, formaat, taal))
    return pad


def bestandsnaam(kaart: Kaart, formaat: str) -> str:
    """A file name for the kaart in ``formaat``: the titel made safe, and the extension.

    Example
    -------
    >>> bestandsnaam(Kaart(titel="Wijk / Noord: 2024"), "kumu")
    'Wijk - Noord 2024 (kumu).xlsx'
    """
    import re

    formaat = ALIASSEN.get(formaat, formaat)
    stam = re.sub(r"[\\/]+", "-", kaart.titel)
    stam = re.sub(r'[<>:"|?*\x00-\x1f]+', "", stam).strip(" .")[:80] or "kaart"
    extra = " (kumu)" if formaat == "kumu" else ""
    return f"{stam}{extra}{FORMATEN[formaat][0]}"


def _geen_constante(naam: str) -> None:
    """JSON has no NaN or Infinity; Python's parser accepts them unless told not to."""
    raise ValueError(f"{naam} is geen geldige JSON-waarde")


_JSON_REDENEN = {
    "Expecting value": "er ontbreekt een waarde",
    "Expecting property name enclosed in double quotes": "een veldnaam moet tussen dubbele aanhalingstekens staan",
    "Expecting ',' delimiter": "er ontbreekt een komma",
    "Expecting ':' delimiter": "er ontbreekt een dubbele punt",
    "Extra data": "er staat nog tekst na het einde van de kaart",
    "Unterminated string starting at": "een tekst is niet afgesloten met een aanhalingsteken",
    "Invalid control character at": "ongeldig teken in een tekst",
    "Invalid \\escape": "ongeldige escape (\\) in een tekst",
}


def _json_reden(bericht: str) -> str:
    return _JSON_REDENEN.get(bericht, bericht)


def _controleer_extensie(naam: str) -> str:
    """The formaat to read a file of this name as; a Dutch refusal otherwise."""
    extensie = PurePath(naam).suffix.lower()
    if extensie in LEESBAAR:
        return _PER_EXTENSIE[extensie]
    hint = ""
    if extensie == ".csv":
        hint = (
            " Een kaart in CSV is een .zip met partners.csv, stromen.csv (en eventueel "
            "kaart.csv, afhankelijkheden.csv, belangen.csv, posities.csv, scenarios.csv, pijlers.csv)."
        )
    elif extensie in (".xls", ".ods", ".numbers"):
        hint = " Sla het in je spreadsheetprogramma op als Excel-werkmap (.xlsx)."
    return _weiger(
        f"kan {naam} niet lezen: kies een bestand met de extensie "
        + ", ".join(LEESBAAR[:-1])
        + " of "
        + LEESBAAR[-1]
        + "."
        + hint
    )


def _weiger(tekst: str):
    raise KaartFout([Probleem("", tekst)])


def _te_groot(naam: str) -> str:
    return f"{naam} is groter dan {MAX_GROOTTE // 2**20} MB; zo groot is een kaart niet"
