"""Bestanden: reading and writing kaart files, in every format, through one entry point.

Which format a file has follows from its extension (or is named explicitly):

============ ========= ======= =====================================================
formaat      extension reads   module
============ ========= ======= =====================================================
``json``     .json     yes     file format v2 (docs/file-format.md), written normalised
``excel``    .xlsx     yes     :mod:`systeem.bestanden.excel`, one sheet per table, Dutch names
``kumu``     .xlsx     yes     :mod:`systeem.bestanden.kumu`, sheets Elements and Connections
``kumu-csv`` .csv/.zip read    :mod:`systeem.bestanden.kumu`, Kumu's sheets as CSV files
``kumu-json`` .json    read    :mod:`systeem.bestanden.kumu_json`, a Kumu project's JSON export
``csv``      .zip      yes     :mod:`systeem.bestanden.csvzip`, one CSV file per table
``gexf``     .gexf     no      :mod:`systeem.bestanden.graafbestanden`, for Gephi
``graphml``  .graphml  no      :mod:`systeem.bestanden.graafbestanden`
``html``     .html     no      :mod:`systeem.weergave.handout`, the offline printable hand-out
============ ========= ======= =====================================================

Which layout a file has follows from what it holds:

- an .xlsx is Kumu's when :func:`systeem.bestanden.kumu.is_kumu` says so (sheets Elements or
  Connections, or Kumu's columns), else ours;
- a .json is ours when it says ``"formaat": "systeemkaart"``, Kumu's when it has lists
  ``elements`` or ``connections`` (:func:`systeem.bestanden.kumu_json.is_kumu_json`);
- a .zip holding any of our CSV files (``partners.csv``, ...) is ours; one whose CSV files
  have Kumu's columns (Label, or From and To) is Kumu's;
- a .csv on its own is one of Kumu's sheets, known by its first line: From and To make
  it connections, Label elements.  Several files can be read together only when they are
  all such CSV files (:func:`importeer_bestanden`): Kumu's elements and connections.

Reading goes through :func:`systeem.model.validatie.valideer` whatever the format, so the same
rules and messages apply; every problem with a file a user gives us becomes a
:class:`~systeem.model.problemen.KaartFout` (never another exception, never half a kaart): too
large, empty, the wrong kind of file, broken, a zip bomb, too many rows, too deeply
nested, or against the rules (naming sheet, row and column).  Only Kumu's rows can be
left out: a Kumu file with rows that cannot be read raises
:class:`systeem.bestanden.kumu.KumuRijfouten`, and reading it again with ``sla_over=True`` reads
the rest and lists what it left out (:attr:`Import.weggelaten`).

Every message is data (a catalogue code with values, :mod:`systeem.bestanden.meldingen`),
written in the reader's language where it is shown: ``fout.melding(taal)``,
``ingelezen.notities_in(taal)``, ``ingelezen.overgeslagen_in(taal)``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePath, PurePosixPath

import pandas as pd

from systeem.bestanden.meldingen import (
    MetMelding,
    MetNotities,
    opsomming,
    probleem,
    weiger,
    zin,
)
from systeem.model.kaart import Kaart
from systeem.model.problemen import KaartFout, Zin
from systeem.model.validatie import valideer

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
LEESBAAR = (".json", ".xlsx", ".zip", ".csv")

#: Most files read together (Kumu's CSV files, as in a zip).
MAX_BESTANDEN = 50

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


class LeesFout(MetMelding, OSError):
    """A file could not be read at all; ``melding`` says why (``in_taal(taal)``)."""


class SchrijfFout(MetMelding, ValueError):
    """A kaart cannot be written in the asked format or to the asked extension;
    ``melding`` says which can (``in_taal(taal)``)."""


@dataclass(frozen=True)
class Import(MetNotities):
    """What reading a file gave: the kaart, the format it was in, notes on what a foreign
    format (Kumu) could not carry over (``meldingen``; empty for our own formats), and the
    rows left out when a Kumu file was read with ``sla_over`` (``weggelaten``,
    :class:`systeem.bestanden.kumu.Rijfout`); :attr:`notities` and :attr:`overgeslagen`
    give both in Dutch, ``notities_in(taal)`` and ``overgeslagen_in(taal)`` in ``taal``."""

    kaart: Kaart
    formaat: str
    meldingen: tuple[Zin, ...] = field(default_factory=tuple)
    weggelaten: tuple = field(default_factory=tuple)


def lees(pad: str | Path, *, sla_over: bool = False) -> Kaart:
    """Read a kaart file (.json (ours or Kumu's), .xlsx (ours or Kumu's), .zip of CSV
    files, or one of Kumu's sheets as .csv).

    Parameters
    ----------
    pad : the file.
    sla_over : for a Kumu file, leave out the rows that cannot be read instead of
        refusing the file (our own formats are read whole or not at all).

    Raises
    ------
    LeesFout
        when the file cannot be read at all (missing, a folder, no permission);
    KaartFout
        when it can be read but holds no valid kaart (wrong type of file, too large,
        broken, against the rules); :class:`systeem.bestanden.kumu.KumuRijfouten` when only rows
        of a Kumu file are to blame.

    Example
    -------
    >>> import tempfile, os
    >>> pad = os.path.join(tempfile.mkdtemp(), "k.json")
    >>> _ = open(pad, "w").write('{"formaat": "systeemkaart", "versie": 1, "titel": "T",'
    ...                          ' "partners": [], "stromen": []}')
    >>> lees(pad).titel
    'T'
    """
    return importeer_pad(pad, sla_over=sla_over).kaart


def importeer_pad(pad: str | Path, *, sla_over: bool = False) -> Import:
    """Read a kaart file like :func:`lees`, with the format and notes (:class:`Import`)."""
    return importeer_paden([pad], sla_over=sla_over)


def importeer_paden(paden: Sequence[str | Path], *, sla_over: bool = False) -> Import:
    """Read one kaart from one file, or from Kumu's CSV files together (elements and
    connections), like :func:`importeer_bestanden`; the files' sizes are checked before
    they are read.

    Example
    -------
    >>> import tempfile, os
    >>> map_ = tempfile.mkdtemp()
    >>> _ = open(os.path.join(map_, "e.csv"), "w").write("Label;Type\\nGemeente;Organization\\n")
    >>> _ = open(os.path.join(map_, "c.csv"), "w").write("From;To;Type\\nGemeente;Zorg;geld\\n")
    >>> uit = importeer_paden([os.path.join(map_, "e.csv"), os.path.join(map_, "c.csv")])
    >>> uit.formaat, uit.kaart.partners["naam"].tolist()
    ('kumu-csv', ['Gemeente', 'Zorg'])
    """
    paden = [Path(p) for p in paden]
    bestanden: list[tuple[str, bytes]] = []
    for pad in paden:
        _controleer_extensie(pad.name)
    try:
        grootte = 0
        for pad in paden:
            grootte += pad.stat().st_size
            if grootte > MAX_GROOTTE:
                _te_groot(pad.name)
        for pad in paden:
            bestanden.append((pad.name, pad.read_bytes()))
    except FileNotFoundError as fout:
        raise LeesFout(zin("invoer.niet_gevonden", naam=fout.filename)) from None
    except IsADirectoryError as fout:
        raise LeesFout(zin("invoer.is_map", naam=fout.filename)) from None
    except OSError as fout:
        raise LeesFout(zin("invoer.onleesbaar", naam=fout.filename, reden=fout.strerror)) from None
    return importeer_bestanden(bestanden, sla_over=sla_over)


def lees_bytes(naam: str, inhoud: bytes, *, sla_over: bool = False) -> Kaart:
    """Read a kaart from a file's bytes; ``naam`` (the file name) gives the format.

    Example
    -------
    >>> lees_bytes("k.json", b'{"formaat": "systeemkaart", "versie": 1, "titel": "T", '
    ...            b'"partners": [], "stromen": []}').titel
    'T'
    """
    return importeer(naam, inhoud, sla_over=sla_over).kaart


def importeer(naam: str, inhoud: bytes, *, sla_over: bool = False) -> Import:
    """Read a kaart from a file's bytes and say how (:class:`Import`).

    Parameters
    ----------
    naam : the file name; its extension gives the format, its stem the titel when the
        file has none.
    inhoud : the file's bytes.
    sla_over : for a Kumu file, leave out the rows that cannot be read (listed in
        :attr:`Import.overgeslagen`) instead of refusing the file.

    Raises
    ------
    KaartFout
        for every file that holds no valid kaart; nothing else for any bytes.  When only
        rows of a Kumu file are to blame (and ``sla_over`` is False) it is a
        :class:`systeem.bestanden.kumu.KumuRijfouten`, listing every row.

    Example
    -------
    >>> importeer("leeg.xlsx", b"").kaart
    Traceback (most recent call last):
    ...
    systeem.model.problemen.KaartFout: De kaart klopt niet (1 probleem):
    - leeg.xlsx is leeg (0 bytes)
    >>> importeer("regio.csv", b"From,To,Strength\\nGemeente,Zorg,4\\n").kaart.stromen[
    ...     ["van", "naar", "waarde"]].values.tolist()
    [['gemeente', 'zorg', 4]]
    """
    return importeer_bestanden([(naam, inhoud)], sla_over=sla_over)


def importeer_bestanden(
    bestanden: Sequence[tuple[str, bytes]], *, sla_over: bool = False
) -> Import:
    """Read one kaart from files given together as (name, bytes): one file of any
    readable format, or several of Kumu's sheets as CSV files (an elements file and a
    connections file, as Kumu's "Excel / CSV" import takes them).

    Raises
    ------
    KaartFout
        as :func:`importeer`; also for no file, for several files that are not all .csv,
        and for more than :data:`MAX_BESTANDEN` files or :data:`MAX_GROOTTE` together.

    Example
    -------
    >>> uit = importeer_bestanden([
    ...     ("Regio - Elements.csv", b"Label;Type\\nGemeente;Organization\\nZorg;Ziekenhuis\\n"),
    ...     ("Regio - Connections.csv", b"From;To;Type;Strength\\nGemeente;Zorg;geld;4\\n")])
    >>> uit.kaart.titel, len(uit.kaart.partners), len(uit.kaart.stromen)
    ('Regio', 2, 1)
    >>> importeer_bestanden([("a.json", b"{}"), ("b.csv", b"From,To")]).kaart
    Traceback (most recent call last):
    ...
    systeem.model.problemen.KaartFout: De kaart klopt niet (1 probleem):
    - kies één bestand; alleen Kumu's CSV-bestanden (elementen en verbindingen) kunnen samen, niet a.json en b.csv
    >>> try:
    ...     importeer_bestanden([])
    ... except KaartFout as fout:
    ...     print(fout.melding("en"))
    The map is not right (1 problem):
    - no file was chosen
    """
    if not bestanden:
        weiger("invoer.geen_bestand")
    soorten = [_controleer_extensie(naam) for naam, _ in bestanden]
    namen = [naam for naam, _ in bestanden]
    if len(bestanden) > 1 and any(s != "kumu-csv" for s in soorten):
        weiger("invoer.een_bestand", namen=opsomming(namen))
    if len(bestanden) > MAX_BESTANDEN:
        weiger("invoer.te_veel_bestanden", max=MAX_BESTANDEN)
    if sum(len(inhoud) for _, inhoud in bestanden) > MAX_GROOTTE:
        _te_groot(opsomming(namen))
    lege = [naam for naam, inhoud in bestanden if not inhoud]
    if lege:
        raise KaartFout([_leeg(naam, json=soorten[0] == "json") for naam in lege])
    naam, inhoud = bestanden[0]
    stam = PurePath(naam).stem.strip() or "Kaart"
    try:
        if soorten[0] == "kumu-csv":
            return _kumu_csv(_csv_bladen(bestanden), _kumu_titel(namen), sla_over)
        if soorten[0] == "json":
            data = _json_data(inhoud)
            from systeem.bestanden import kumu_json

            if kumu_json.is_kumu_json(data):
                uit = kumu_json.uit_json(data, titel=stam, sla_over=sla_over)
                return Import(uit.kaart, "kumu-json", uit.meldingen, uit.weggelaten)
            return Import(valideer(data), "json")
        if soorten[0] == "csv":
            from systeem.bestanden import csvzip

            delen = csvzip.lees_delen(inhoud, naam)
            if not any(PurePosixPath(d).name.lower() in csvzip.BESTANDEN for d in delen):
                bladen = _csv_bladen([(d, b) for d, b in delen.items() if _is_csv(d)])
                if any(_is_kumu_blad(f) for f in bladen.values()):
                    overig = [
                        zin("invoer.niet_gelezen", deel=d, naam=naam)
                        for d in delen
                        if not _is_csv(d)
                    ]
                    return _kumu_csv(bladen, stam, sla_over, overig)
            return Import(csvzip.lees(inhoud, naam, titel=stam), "csv")
        from systeem.bestanden import excel, kumu

        bladen = excel.lees_bladen(inhoud, naam)
        if kumu.is_kumu(bladen):
            uit = kumu.uit_bladen(bladen, titel=stam, sla_over=sla_over)
            return Import(uit.kaart, "kumu", uit.meldingen, uit.weggelaten)
        from systeem.bestanden import bladen as bladen_mod

        return Import(bladen_mod.uit_bladen(bladen, titel=stam), "excel")
    except KaartFout:
        raise
    except (MemoryError, RecursionError):
        raise KaartFout([probleem("invoer.te_diep", naam=opsomming(namen))]) from None


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
    systeem.model.problemen.KaartFout: De kaart klopt niet (1 probleem):
    - geen geldige JSON: regel 1, kolom 11: er ontbreekt een waarde
    """
    return valideer(_json_data(inhoud))


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
    SchrijfFout
        (a ValueError) for an unknown formaat.

    Example
    -------
    >>> naar_bytes(Kaart(titel="T"), "json")[:1], naar_bytes(Kaart(titel="T"), "xlsx")[:2]
    (b'{', b'PK')
    """
    formaat = ALIASSEN.get(formaat, formaat)
    if formaat == "json":
        return naar_json(kaart).encode("utf-8")
    if formaat == "excel":
        from systeem.bestanden import excel

        return excel.naar_xlsx(kaart)
    if formaat == "csv":
        from systeem.bestanden import csvzip

        return csvzip.naar_zip(kaart)
    if formaat == "kumu":
        from systeem.bestanden import kumu

        return kumu.naar_xlsx(kaart, taal)
    if formaat in ("gexf", "graphml"):
        from systeem.bestanden import graafbestanden

        schrijf_graaf = (
            graafbestanden.naar_gexf if formaat == "gexf" else graafbestanden.naar_graphml
        )
        return schrijf_graaf(kaart, taal)
    if formaat == "html":
        from systeem.weergave import handout

        return handout.html(kaart, taal=taal).encode("utf-8")
    raise SchrijfFout(
        zin("invoer.onbekend_formaat", formaat=repr(formaat), formaten=", ".join(FORMATEN))
    )


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
    SchrijfFout
        (a ValueError) for an extension or formaat we cannot write (the message says which
        we can).

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
            raise SchrijfFout(
                zin(
                    "invoer.schrijf_extensie", naam=pad.name, extensies=opsomming(SCHRIJFBAAR, "of")
                )
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


def _json_data(inhoud: bytes | str) -> object:
    """The parsed JSON of a file (UTF-8, with or without BOM), or a refusal."""
    if isinstance(inhoud, bytes):
        try:
            inhoud = inhoud.decode("utf-8-sig")
        except UnicodeDecodeError as fout:
            weiger("invoer.json.geen_utf8", byte=fout.start)
    try:
        return json.loads(inhoud, parse_constant=_geen_constante, parse_int=_geheel)
    except json.JSONDecodeError as fout:
        reden: object = zin(
            "invoer.json.plek", regel=fout.lineno, kolom=fout.colno, reden=_json_reden(fout.msg)
        )
    except RecursionError:
        reden = zin("invoer.json.te_diep")
    except _JsonWaarde as fout:
        reden = fout.melding
    except ValueError as fout:  # Python's own limits, in its own words
        reden = str(fout)
    weiger("invoer.json.ongeldig", reden=reden)


class _JsonWaarde(MetMelding, ValueError):
    """A value JSON (or this program) does not take, raised while parsing."""


#: Most digits of a whole number in a JSON file (Python refuses beyond 4,300 in English).
_MAX_CIJFERS = 30


def _geheel(tekst: str) -> int:
    if len(tekst.lstrip("-")) > _MAX_CIJFERS:
        raise _JsonWaarde(zin("invoer.json.te_lang_getal", cijfers=len(tekst.lstrip("-"))))
    return int(tekst)


def _is_csv(naam: str) -> bool:
    return PurePosixPath(naam).suffix.lower() == ".csv"


def _is_kumu_blad(frame: pd.DataFrame) -> bool:
    """Whether a CSV file is one of Kumu's sheets: a column Label, or From and To."""
    from systeem.bestanden import kumu

    return kumu.is_kumu({"csv": frame})


def _csv_bladen(bestanden: Sequence[tuple[str, bytes]]) -> dict[str, pd.DataFrame]:
    """Each CSV file as a sheet (encoding and separator detected by
    :func:`systeem.bestanden.csvzip.lees_csv`), named by its file name (its whole path in a zip
    when two files share a name)."""
    from systeem.bestanden import csvzip

    namen = [PurePosixPath(pad).name for pad, _ in bestanden]
    dubbel = {n.casefold() for n in namen if [m.casefold() for m in namen].count(n.casefold()) > 1}
    return {
        (pad if naam.casefold() in dubbel else naam): csvzip.lees_csv(inhoud, naam)
        for (pad, inhoud), naam in zip(bestanden, namen, strict=True)
    }


def _kumu_csv(
    bladen: dict[str, pd.DataFrame], titel: str, sla_over: bool, notities: Sequence[Zin] = ()
) -> Import:
    """Kumu's sheets read from CSV files (:func:`_csv_bladen`) as a kaart; a refusal when
    none is Kumu's or none has a row."""
    from systeem.bestanden import kumu
    from systeem.bestanden.bladen import lege_rijen_weg

    leeg = [naam for naam, frame in bladen.items() if frame.shape[1] == 0]
    kumu_bladen = {n: f for n, f in bladen.items() if _is_kumu_blad(f)}
    if not kumu_bladen:
        if len(bladen) == 1 and leeg:
            weiger("invoer.csv.leeg", naam=leeg[0])
        weiger("invoer.csv.geen_kumu", namen=opsomming(list(bladen)))
    if all(lege_rijen_weg(f).empty for f in kumu_bladen.values()):
        weiger("invoer.csv.alleen_kop", namen=opsomming(list(kumu_bladen)))
    uit = kumu.uit_bladen(bladen, titel=titel, sla_over=sla_over, secties=False)
    return Import(uit.kaart, "kumu-csv", (*notities, *uit.meldingen), uit.weggelaten)


_KUMU_WOORD = re.compile(
    r"[\s_\-–]*\b(elements?|connections?|elementen|verbindingen)\b[\s_\-–]*", re.IGNORECASE
)


def _kumu_titel(namen: Sequence[str]) -> str:
    """A titel from the names of Kumu's CSV files: ``Regio - Elements.csv`` gives
    ``Regio``; ``Connections.csv`` alone gives ``Kumu-kaart``."""
    for naam in namen:
        stam = _KUMU_WOORD.sub(" ", PurePath(naam).stem).strip(" -_–")
        if stam:
            return " ".join(stam.split())
    return "Kumu-kaart"


def _geen_constante(naam: str) -> None:
    """JSON has no NaN or Infinity; Python's parser accepts them unless told not to."""
    raise _JsonWaarde(zin("invoer.json.constante", naam=naam))


#: Python's JSON error (its ``msg``, compared whole) -> the code of the reason.
_JSON_REDENEN = {
    "Expecting value": "invoer.json.waarde",
    "Expecting property name enclosed in double quotes": "invoer.json.veldnaam",
    "Expecting ',' delimiter": "invoer.json.komma",
    "Expecting ':' delimiter": "invoer.json.dubbele_punt",
    "Extra data": "invoer.json.extra",
    "Unterminated string starting at": "invoer.json.tekst_open",
    "Invalid control character at": "invoer.json.teken",
    "Invalid \\escape": "invoer.json.escape",
}


def _json_reden(bericht: str) -> object:
    """The reason of a JSON error as a message; one we do not know in Python's words."""
    code = _JSON_REDENEN.get(bericht)
    return zin(code) if code else bericht


def _controleer_extensie(naam: str) -> str:
    """The formaat to read a file of this name as; a refusal otherwise."""
    extensie = PurePath(naam).suffix.lower()
    if extensie == ".csv":
        return "kumu-csv"
    if extensie in LEESBAAR:
        return _PER_EXTENSIE[extensie]
    spreadsheet = extensie in (".xls", ".ods", ".numbers")
    weiger(
        "invoer.extensie.spreadsheet" if spreadsheet else "invoer.extensie",
        naam=naam,
        extensies=opsomming(LEESBAAR, "of"),
    )


def _te_groot(naam: object):
    weiger("invoer.te_groot", naam=naam, mb=MAX_GROOTTE // 2**20)


def _leeg(naam: str, json: bool = False):
    """The problem of an empty file (for a .json file: no valid JSON)."""
    if json:
        return probleem("invoer.json.ongeldig", reden=zin("invoer.leeg", naam=naam))
    return probleem("invoer.leeg", naam=naam)
