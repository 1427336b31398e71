"""CSV zip: a kaart as a .zip holding one CSV file per table.

The files are the bladen of :mod:`systeem.bestanden.bladen` in lower case: ``kaart.csv``,
``partners.csv``, ``stromen.csv``, ``afhankelijkheden.csv``, ``belangen.csv``,
``pijlers.csv``, ``posities.csv``, ``scenarios.csv`` (partners and stromen required; a zip
without ``scenarios.csv`` gives a kaart without scenarios, one without ``pijlers.csv`` a
kaart without pijler scores).  They may sit in a folder inside the
zip (a zipped folder); macOS's ``__MACOSX`` and hidden files are passed over.

Reading detects per file what spreadsheet programs write:

- the encoding: UTF-8 with or without byte-order mark, UTF-16 with its mark (Excel's
  "Unicode text"), else Windows-1252 (Excel's "CSV" on a Dutch Windows); a file with NUL
  bytes or bytes Windows-1252 does not define is refused as not text;
- the separator: ``;`` (Dutch Excel), ``,`` or a tab, whichever the header line has most.

Writing gives what a Dutch Excel opens directly: UTF-8 with byte-order mark, ``;`` as
separator, a decimal comma, CRLF line ends, every text cell neutralised against formula
injection; the zip has fixed dates, so the same kaart gives the same bytes.
"""

from __future__ import annotations

import csv
import io
import re
import warnings
import zipfile
import zlib
from pathlib import PurePosixPath

import pandas as pd

from systeem.bestanden import bladen as bladen_mod
from systeem.bestanden.excel import MAX_RIJEN, controleer_zip
from systeem.bestanden.meldingen import groot_getal, probleem, weiger, zin
from systeem.model.kaart import Kaart
from systeem.model.problemen import KaartFout, Probleem

#: MIME type of the zip.
MIME = "application/zip"

#: CSV file name -> blad name.
BESTANDEN = {f"{blad.lower()}.csv": blad for blad in bladen_mod.BLADEN}

#: Most files in the zip.
MAX_BESTANDEN = 50


def lees(inhoud: bytes, naam: str = "kaart.zip", titel: str | None = None) -> Kaart:
    """Read a kaart from the bytes of a zip of CSV files.

    Raises
    ------
    KaartFout
        for a zip that is broken, too large unpacked, or holds unknown files; for a CSV
        that is no text, has more than :data:`systeem.bestanden.excel.MAX_RIJEN` rows or a row with
        too many cells; and for every rule the kaart breaks, each naming the file, row
        and column (``bestand stromen.csv, rij 4, kolom waarde: ...``).

    Example
    -------
    >>> from systeem.model.schets import schets
    >>> lees(naar_zip(k := schets("a", "a>opgave geld 2"))) == k
    True
    >>> try:
    ...     lees(b"PK", "k.zip")
    ... except KaartFout as fout:
    ...     print(fout.melding("en").splitlines()[1])
    - k.zip is no zip file: it is damaged, incomplete or another kind of file
    """
    delen = _delen(inhoud, naam)
    problemen: list[Probleem] = []
    gekozen: dict[str, zipfile.ZipInfo] = {}
    for deel in delen:
        if _verborgen(deel):
            continue
        pad = PurePosixPath(deel.filename)
        blad = BESTANDEN.get(pad.name.lower())
        if blad is None:
            problemen.append(
                probleem(
                    "invoer.zip.onbekend_bestand",
                    deel=deel.filename,
                    naam=naam,
                    verwacht=", ".join(BESTANDEN),
                )
            )
        elif blad in gekozen:
            problemen.append(probleem("invoer.zip.dubbel", bestand=pad.name.lower(), naam=naam))
        else:
            gekozen[blad] = deel
    if problemen:
        raise KaartFout(problemen)
    bladen = _uitgepakt(
        inhoud, naam, {blad: (deel, f"{blad.lower()}.csv") for blad, deel in gekozen.items()}
    )
    bladen = {blad: lees_csv(tekst, bestand) for blad, (tekst, bestand) in bladen.items()}
    return bladen_mod.uit_bladen(
        bladen,
        plek=lambda blad: zin("invoer.csv.plek", bestand=f"{blad.lower()}.csv"),
        titel=titel or (PurePosixPath(naam).stem.strip() or "Kaart"),
    )


def lees_csv(inhoud: bytes, naam: str = "tabel.csv") -> pd.DataFrame:
    """Return one CSV file as a frame of text cells: the header line as column names,
    the index the row number a spreadsheet shows (2 for the first data row).

    Example
    -------
    >>> lees_csv("naam;sector\\nGemeente;publiek\\n".encode("cp1252")).to_dict("index")
    {2: {'naam': 'Gemeente', 'sector': 'publiek'}}
    >>> lees_csv(b"\\xef\\xbb\\xbfnaam,invloed\\nBra\\xc3\\xafn,\\"3,0\\"\\n").loc[2].tolist()
    ['Braïn', '3,0']
    """
    tekst = _tekst(inhoud, naam)
    if tekst.count("\n") > MAX_RIJEN + 1:
        weiger("invoer.csv.te_veel_rijen", naam=naam, max=groot_getal(MAX_RIJEN))
    if not tekst.strip():
        return pd.DataFrame()
    scheiding = _scheidingsteken(tekst)
    try:
        with warnings.catch_warnings():
            # A first row with more cells than the header would lose them with a warning.
            warnings.simplefilter("error", pd.errors.ParserWarning)
            frame = _lees_tabel(tekst, scheiding)
    except pd.errors.ParserWarning:
        raise KaartFout([probleem("invoer.csv.eerste_rij", naam=naam)]) from None
    except pd.errors.ParserError:
        raise KaartFout([_parserfout(tekst, scheiding, naam)]) from None
    except pd.errors.EmptyDataError:
        return pd.DataFrame()
    frame.index = range(2, len(frame) + 2)
    frame.columns = [None if str(k).startswith("Unnamed: ") else k for k in frame.columns]
    return frame.astype(object)


def lees_delen(inhoud: bytes, naam: str = "kaart.zip") -> dict[str, bytes]:
    """Return the files in a zip, each path inside the zip with its bytes, passing over
    folders, macOS's ``__MACOSX`` and hidden files as :func:`lees` does.

    Raises
    ------
    KaartFout
        for a zip that is broken, too large unpacked, or holds more than
        :data:`MAX_BESTANDEN` files.

    Example
    -------
    >>> uit = io.BytesIO()
    >>> with zipfile.ZipFile(uit, "w") as zf:
    ...     zf.writestr("map/Connections.csv", "From,To\\nA,B\\n")
    ...     zf.writestr("__MACOSX/map/._Connections.csv", "")
    >>> lees_delen(uit.getvalue())
    {'map/Connections.csv': b'From,To\\nA,B\\n'}
    """
    delen = _delen(inhoud, naam)
    uit = _uitgepakt(inhoud, naam, {d.filename: (d, d.filename) for d in delen})
    return {pad: inhoud_ for pad, (inhoud_, _) in uit.items()}


def naar_zip(kaart: Kaart) -> bytes:
    """Return the kaart as a zip of CSV files, ready for a Dutch Excel.

    Example
    -------
    >>> from systeem.model.kaart import Kaart
    >>> sorted(zipfile.ZipFile(io.BytesIO(naar_zip(Kaart(titel="T")))).namelist())[:3]
    ['afhankelijkheden.csv', 'belangen.csv', 'kaart.csv']
    """
    uit = io.BytesIO()
    with zipfile.ZipFile(uit, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for blad, frame in bladen_mod.naar_bladen(kaart).items():
            tekst = _met_komma(frame).to_csv(
                sep=";", index=False, decimal=",", lineterminator="\r\n"
            )
            info = zipfile.ZipInfo(f"{blad.lower()}.csv", date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, "\ufeff" + tekst)
    return uit.getvalue()


# ---------------------------------------------------------------------------
# Private helpers.


def _met_komma(frame: pd.DataFrame) -> pd.DataFrame:
    """Every decimal number of the layout's columns (posities, a factor) as text with the
    shortest exact digits and a decimal comma (``-120,5``, ``0,30000000000000004``); whole
    numbers, text and the extra fields (read back as text, see docs/file-format.md) as
    they are."""
    uit = frame.copy()
    for kolom in uit.columns:
        if str(kolom).startswith(bladen_mod.EXTRA):
            continue
        is_getal = uit[kolom].map(lambda v: isinstance(v, float) and not isinstance(v, bool))
        if is_getal.any():
            uit[kolom] = uit[kolom].astype(object)
            uit.loc[is_getal, kolom] = (
                uit.loc[is_getal, kolom].map(lambda v: repr(float(v))).str.replace(".", ",")
            )
    return uit


def _delen(inhoud: bytes, naam: str) -> list[zipfile.ZipInfo]:
    """The zip's files (:func:`systeem.bestanden.excel.controleer_zip`) without folders and
    hidden files; a refusal for more than :data:`MAX_BESTANDEN`."""
    delen = [d for d in controleer_zip(inhoud, naam, zin("invoer.soort.zip")) if not _verborgen(d)]
    if len(delen) > MAX_BESTANDEN:
        weiger("invoer.zip.te_veel_bestanden", naam=naam, max=MAX_BESTANDEN)
    return delen


def _uitgepakt(
    inhoud: bytes, naam: str, delen: dict[str, tuple[zipfile.ZipInfo, str]]
) -> dict[str, tuple[bytes, str]]:
    """Unpack the parts of the zip: per key (part, label) -> (bytes, label); a refusal
    when the zip is damaged."""
    try:
        with zipfile.ZipFile(io.BytesIO(inhoud)) as zf:
            return {k: (zf.read(deel), label) for k, (deel, label) in delen.items()}
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, RuntimeError):
        raise KaartFout([probleem("invoer.zip.kapot", naam=naam)]) from None


def _verborgen(deel: zipfile.ZipInfo) -> bool:
    """A folder, macOS's ``__MACOSX`` copy or a hidden file: not one of the zip's files."""
    pad = PurePosixPath(deel.filename)
    return deel.is_dir() or "__MACOSX" in pad.parts or pad.name.startswith((".", "~$"))


def _lees_tabel(tekst: str, scheiding: str) -> pd.DataFrame:
    """The CSV text as a frame of text cells, the first line as column names."""
    return pd.read_csv(
        io.StringIO(tekst),
        sep=scheiding,
        dtype=str,
        keep_default_na=False,
        na_filter=False,
        skip_blank_lines=False,
        engine="c",
        header=0,
        quotechar='"',
        index_col=False,
    )


def _tekst(inhoud: bytes, naam: str) -> str:
    """Decode: BOMs first, then strict UTF-8, then Windows-1252."""
    if inhoud.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return inhoud.decode("utf-16")
        except UnicodeDecodeError:
            raise KaartFout([probleem("invoer.csv.geen_tekst", naam=naam)]) from None
    if b"\x00" in inhoud:
        weiger("invoer.csv.binair", naam=naam)
    try:
        return inhoud.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return inhoud.decode("cp1252")
    except UnicodeDecodeError as fout:
        raise KaartFout([probleem("invoer.csv.codering", naam=naam, byte=fout.start)]) from None


def _scheidingsteken(tekst: str) -> str:
    """The separator the header line uses most: ``;``, ``,`` or a tab."""
    kop = tekst.lstrip("\r\n").split("\n", 1)[0]
    kop = re.sub(r'"[^"]*"', "", kop)
    return max((";", ",", "\t"), key=kop.count)


def _parserfout(tekst: str, scheiding: str, naam: str) -> Probleem:
    """Why pandas could not read a CSV text, found by reading it again with Python's csv
    module (pandas' own message is not read): the first row with more cells than the
    header row, else a quotation mark left open, else no readable CSV."""
    zonder_witregels = tekst.lstrip("\r\n")  # pandas passes over them, yet counts them
    witregels = tekst[: len(tekst) - len(zonder_witregels)].count("\n")
    rijen = csv.reader(io.StringIO(zonder_witregels), delimiter=scheiding)
    kop = len(next(rijen, []))
    for rij, cellen in enumerate(rijen, start=2 + witregels):
        if len(cellen) > kop:
            return probleem(
                "invoer.csv.cellen", naam=naam, rij=rij, gezien=len(cellen), verwacht=kop
            )
    if tekst.count('"') % 2:
        return probleem("invoer.csv.aanhalingsteken", naam=naam)
    return probleem("invoer.csv.onleesbaar", naam=naam)
