"""Excel: a kaart as an .xlsx workbook, one sheet per table, and the empty template.

The sheets and columns are those of :mod:`systeem.bestanden.bladen` (Dutch names: Kaart, Partners,
Stromen, Afhankelijkheden, Belangen, Pijlers, Posities, Scenarios).  This module reads and
writes the workbook with openpyxl:

- :func:`lees_bladen` opens an .xlsx safely and returns its sheets as frames; a file that
  is not an .xlsx (an old .xls, a password-protected file, a truncated download, a zip
  bomb, a sheet with more rows than :data:`MAX_RIJEN`) is refused with a message (codes in
  :mod:`systeem.teksten.invoer`) before anything large is unpacked;
- :func:`lees` turns a workbook into a validated kaart (:func:`systeem.bestanden.bladen.uit_bladen`);
- :func:`naar_xlsx` writes a kaart, its scenarios and pijlerscan included (partners by
  name, every text cell neutralised against formula injection), and after Stromen a
  protected Balans sheet computed from it (brengen, halen, balans, klasse per partner),
  for reading only: it is passed over when the workbook is read;
- :func:`sjabloon` gives the empty template with dropdowns for partners, soorten, pijlers
  and the 1-5 values, and an instructions sheet "Uitleg" (the Scenarios sheet is left out
  of the template: it is written by an export and explained in "Uitleg").

Cell values are read, never formulas: a formula cell counts with the value Excel last
calculated for it (none when the file was never opened in a spreadsheet program).
"""

from __future__ import annotations

import io
import itertools
import warnings
import zipfile
from collections.abc import Mapping
from typing import Any

import pandas as pd

from systeem.bestanden import bladen as bladen_mod
from systeem.bestanden.meldingen import groot_getal, probleem, weiger, zin
from systeem.model.kaart import HOUDINGEN, PARTNER_TYPES, PIJLER_IDS, SOORTEN, Kaart
from systeem.model.problemen import KaartFout, Zin

#: Most data rows in one sheet (a classroom kaart has tens; 10,000 partners give 40,000 stromen).
MAX_RIJEN = 50_000
#: Most columns in one sheet.
MAX_KOLOMMEN = 200
#: Most bytes all parts of the .xlsx (a zip) may unpack to: a guard against zip bombs.
MAX_UITGEPAKT = 200 * 1024 * 1024
#: Most parts in the zip.
MAX_DELEN = 2_000

#: MIME type of an .xlsx file.
MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

#: Rows of the template that get dropdowns.
SJABLOON_RIJEN = 500


def lees_bladen(inhoud: bytes, naam: str = "kaart.xlsx") -> dict[str, pd.DataFrame]:
    """Return the worksheets of an .xlsx as frames: the first row as column names, the
    index the spreadsheet's row number (2 for the first data row).

    Raises
    ------
    KaartFout
        when the bytes are no readable .xlsx, unpack to more than :data:`MAX_UITGEPAKT`,
        or a sheet has more than :data:`MAX_RIJEN` rows or :data:`MAX_KOLOMMEN` columns.

    Example
    -------
    >>> from systeem.model.schets import schets
    >>> b = lees_bladen(naar_xlsx(schets("a")))
    >>> list(b)[-2:], b["Partners"].index.tolist()
    (['Posities', 'Scenarios'], [2])
    """
    controleer_zip(inhoud, naam, zin("invoer.soort.xlsx"))
    import openpyxl  # imported here: JSON-only users never pay for it

    with warnings.catch_warnings():
        # Google Sheets and newer Excel add worksheet extensions (data validation,
        # conditional formats) that openpyxl cannot keep; we only read values, so what
        # openpyxl warns about the workbook says nothing to the user (its warnings are
        # passed over by where they come from, not read).
        warnings.filterwarnings("ignore", category=UserWarning, module="openpyxl")
        try:
            boek = openpyxl.load_workbook(
                io.BytesIO(inhoud), read_only=True, data_only=True, keep_links=False
            )
        except KaartFout:
            raise
        except Exception:  # noqa: BLE001 - any parser failure means: not a usable workbook
            raise KaartFout([probleem("invoer.xlsx.kapot", naam=naam)]) from None
        try:
            return {blad.title: _blad(blad, naam) for blad in boek.worksheets}
        except KaartFout:
            raise
        except Exception:  # noqa: BLE001 - a broken part deep inside the file
            raise KaartFout([probleem("invoer.xlsx.kapot", naam=naam)]) from None
        finally:
            boek.close()


def lees(inhoud: bytes, naam: str = "kaart.xlsx", titel: str | None = None) -> Kaart:
    """Read a kaart from the bytes of an .xlsx in the layout of :mod:`systeem.bestanden.bladen`.

    Parameters
    ----------
    inhoud : the file's bytes.
    naam : the file name, for messages.
    titel : the titel when the Kaart sheet gives none (default: the file name's stem).

    Example
    -------
    >>> from systeem.model.schets import schets
    >>> k = schets("a", "a>opgave geld 2")
    >>> lees(naar_xlsx(k)) == k
    True
    """
    bladen = lees_bladen(inhoud, naam)
    return bladen_mod.uit_bladen(bladen, titel=titel or _stam(naam))


def naar_xlsx(kaart: Kaart) -> bytes:
    """Return the kaart as the bytes of an .xlsx workbook (sheets of :mod:`systeem.bestanden.bladen`),
    with the computed, protected Balans sheet after Stromen (:func:`systeem.bestanden.bladen.balans_blad`;
    passed over when the workbook is read).

    Example
    -------
    >>> from systeem.model.kaart import Kaart
    >>> naar_xlsx(Kaart(titel="T"))[:2]
    b'PK'
    """
    bladen = bladen_mod.naar_bladen(kaart)
    namen = list(bladen)
    plek = namen.index("Stromen") + 1
    volgorde = [*namen[:plek], "Balans", *namen[plek:]]
    bladen["Balans"] = bladen_mod.balans_blad(kaart)
    return schrijf_bladen(
        {naam: bladen[naam] for naam in volgorde}, berekend={"Balans": bladen_mod.BALANS_NOOT}
    )


def schrijf_bladen(
    bladen: Mapping[str, pd.DataFrame], berekend: Mapping[str, str] | None = None
) -> bytes:
    """Write frames as the sheets of an .xlsx (bold header row, frozen, sensible widths;
    a cell with line breaks shows them).

    Text must already be neutralised (:func:`systeem.bestanden.bladen.neutraliseer`); characters
    that XML cannot hold (control characters other than tab and newline) are dropped.
    A sheet named in ``berekend`` is computed, for reading only: its note (the value)
    stands above the header row, decimals show two places, and the sheet is protected
    against edits (without password: the protection only prevents a slip).

    Example
    -------
    >>> schrijf_bladen({"Blad": pd.DataFrame({"a": [1]})})[:2]
    b'PK'
    """
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    boek = Workbook(write_only=True)
    vet = Font(bold=True)
    omslag = Alignment(wrap_text=True, vertical="top")
    for naam, frame in bladen.items():
        blad = boek.create_sheet(naam)
        noot = (berekend or {}).get(naam)
        blad.freeze_panes = "A3" if noot else "A2"
        for i, kolom in enumerate(frame.columns, start=1):
            blad.column_dimensions[get_column_letter(i)].width = _breedte(frame[kolom], kolom)
        if noot:
            cel = WriteOnlyCell(blad, value=noot)
            cel.font = Font(italic=True)
            blad.append([cel])
            blad.protection.sheet = True
        kop = []
        for kolom in frame.columns:
            cel = WriteOnlyCell(blad, value=str(kolom))
            cel.font = vet
            kop.append(cel)
        blad.append(kop)
        schoon = _schoon_voor_xml(frame)
        # Rows with a cell that needs a style: text with line breaks, a computed decimal.
        bijzonder = _met_opmaak(schoon, decimalen=bool(noot))
        for rij, opmaak in zip(schoon.itertuples(index=False, name=None), bijzonder, strict=True):
            if not opmaak:
                blad.append(rij)
                continue
            cellen = []
            for v in rij:
                cel = WriteOnlyCell(blad, value=v)
                if isinstance(v, str) and "\n" in v:
                    cel.alignment = omslag
                elif noot and isinstance(v, float):
                    cel.number_format = "0.00"
                cellen.append(cel)
            blad.append(cellen)
    uit = io.BytesIO()
    boek.save(uit)
    return uit.getvalue()


def sjabloon(taal: str = "nl") -> bytes:
    """Return the empty Excel template: the sheets of the layout, dropdowns and "Uitleg".

    Dropdowns: partner type; invloed 0-5; van/naar (the opgave and the partners filled
    in so far); soort (the suggested words, other words allowed); waarde and sterkte
    1-5; tastbaar ja/nee; partner (afhankelijkheden, belangen); belang soort and houding;
    pijler (the eight ids) and score 1-5.  A hidden sheet "Lijsten" holds the partner
    list the dropdowns point at.  The read-only columns of an export
    (:data:`systeem.bestanden.bladen.ALLEEN_LEZEN`) are left out.

    Example
    -------
    >>> b = lees_bladen(sjabloon())
    >>> list(b)[:3], list(b["Stromen"].columns)
    (['Uitleg', 'Kaart', 'Partners'], ['van', 'naar', 'soort', 'waarde', 'omschrijving', 'tastbaar'])
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    from systeem.teksten import tekst

    boek = Workbook()
    uitleg = boek.active
    uitleg.title = "Uitleg"
    uitleg.column_dimensions["A"].width = 110
    regels = tekst("bestanden.sjabloon.uitleg", taal).split("\n")
    # The Scenarios and Pijlers lines after the line on the last sheet before them (Belangen).
    na = max((i for i, r in enumerate(regels) if r.startswith("Belangen")), default=len(regels) - 2)
    regels.insert(na + 1, tekst("bestanden.sjabloon.scenarios", taal))
    regels.insert(na + 2, tekst("bestanden.sjabloon.pijlers", taal))
    for regel in regels:
        uitleg.append([regel])
    uitleg["A1"].font = Font(bold=True, size=14)
    for cel in uitleg["A"]:
        cel.alignment = Alignment(wrap_text=True, vertical="top")

    n = SJABLOON_RIJEN + 1
    for naam, kolommen in bladen_mod.BLADEN.items():
        if naam in ("Posities", "Scenarios"):
            continue
        kolommen = tuple(k for k in kolommen if k not in bladen_mod.ALLEEN_LEZEN.get(naam, ()))
        blad = boek.create_sheet(naam)
        blad.append(list(kolommen))
        for i, kolom in enumerate(kolommen, start=1):
            blad.cell(1, i).font = Font(bold=True)
            blad.column_dimensions[get_column_letter(i)].width = 14 if len(kolom) < 10 else 20
        blad.freeze_panes = "A2"
    kaart = boek["Kaart"]
    for veld in bladen_mod.KAART_VELDEN:
        kaart.append([veld, None])
    kaart.column_dimensions["B"].width = 60

    lijsten = boek.create_sheet("Lijsten")
    lijsten.sheet_state = "hidden"
    lijsten["A1"] = "opgave"
    for r in range(2, n + 1):
        # the partners' names (column A); the reader accepts a name, an id or "Naam (id)"
        formule = f'=IF(Partners!A{r}<>"",Partners!A{r},"")'
        lijsten.cell(r, 1, formule)
        lijsten.cell(r - 1, 2, formule)

    def lijst(blad: str, bereik: str, formule: str, streng: bool = True) -> None:
        dv = DataValidation(type="list", formula1=formule, allow_blank=True)
        if not streng:
            dv.errorStyle = "information"
            dv.error = tekst("bestanden.sjabloon.ander_woord", taal)
        dv.add(bereik)
        boek[blad].add_data_validation(dv)

    def heel(blad: str, bereik: str, laag: int, hoog: int) -> None:
        dv = DataValidation(
            type="whole", operator="between", formula1=str(laag), formula2=str(hoog)
        )
        dv.allow_blank = True
        dv.error = tekst("bestanden.sjabloon.heel", taal, laag=laag, hoog=hoog)
        dv.errorTitle = tekst("bestanden.sjabloon.fout_titel", taal)
        dv.add(bereik)
        boek[blad].add_data_validation(dv)

    def woorden(woorden_: tuple[str, ...]) -> str:
        return '"' + ",".join(woorden_) + '"'

    lijst("Partners", f"B2:B{n}", woorden(PARTNER_TYPES))
    heel("Partners", f"D2:D{n}", 0, 5)
    lijst("Stromen", f"A2:B{n}", f"Lijsten!$A$1:$A${n}")
    lijst("Stromen", f"C2:C{n}", woorden(SOORTEN), streng=False)
    heel("Stromen", f"D2:D{n}", 1, 5)
    lijst("Stromen", f"F2:F{n}", woorden(("ja", "nee")))
    lijst("Afhankelijkheden", f"A2:B{n}", f"Lijsten!$B$1:$B${n - 1}")
    heel("Afhankelijkheden", f"D2:D{n}", 1, 5)
    lijst("Belangen", f"A2:A{n}", f"Lijsten!$B$1:$B${n - 1}")
    lijst("Belangen", f"C2:C{n}", woorden(("organisatie", "persoonlijk")))
    lijst("Belangen", f"D2:D{n}", woorden(HOUDINGEN))
    lijst("Pijlers", f"B2:B{n}", woorden(PIJLER_IDS))
    heel("Pijlers", f"C2:C{n}", 1, 5)
    uit = io.BytesIO()
    boek.save(uit)
    return uit.getvalue()


def controleer_zip(inhoud: bytes, naam: str, soort: Zin) -> list[zipfile.ZipInfo]:
    """Check that ``inhoud`` is a complete zip that unpacks to a sane size; return its
    entries.  Nothing is unpacked: only the central directory is read.

    Parameters
    ----------
    inhoud : the file's bytes.
    naam : the file name, for messages.
    soort : what the file should be, for messages: ``zin("invoer.soort.xlsx")``.

    Raises
    ------
    KaartFout
        for an empty file, an old .xls or password-protected Office file, anything that
        is no zip, a truncated zip, too many parts, or more than :data:`MAX_UITGEPAKT`
        bytes unpacked (a zip bomb).

    Example
    -------
    >>> try:
    ...     controleer_zip(b"hallo", "x.xlsx", zin("invoer.soort.xlsx"))
    ... except KaartFout as fout:
    ...     print(fout.melding(), fout.melding("en"), sep="\\n")
    De kaart klopt niet (1 probleem):
    - x.xlsx is geen Excel-bestand (.xlsx): het is beschadigd, onvolledig of een ander soort bestand
    The map is not right (1 problem):
    - x.xlsx is no Excel file (.xlsx): it is damaged, incomplete or another kind of file
    """
    if not inhoud:
        weiger("invoer.leeg", naam=naam)
    if inhoud[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        weiger("invoer.zip.oud_excel", naam=naam)
    try:
        with zipfile.ZipFile(io.BytesIO(inhoud)) as zf:
            delen = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise KaartFout([probleem("invoer.zip.geen", naam=naam, soort=soort)]) from None
    if len(delen) > MAX_DELEN:
        weiger("invoer.zip.te_veel_delen", naam=naam, max=MAX_DELEN)
    if sum(d.file_size for d in delen) > MAX_UITGEPAKT:
        weiger("invoer.zip.bom", naam=naam, mb=MAX_UITGEPAKT // 2**20)
    if any(d.flag_bits & 0x1 for d in delen):
        weiger("invoer.zip.versleuteld", naam=naam)
    return delen


# ---------------------------------------------------------------------------
# Private helpers.


def _blad(blad: Any, naam: str) -> pd.DataFrame:
    """One read-only worksheet as a frame; refuses more than MAX_RIJEN / MAX_KOLOMMEN."""
    te_veel = _te_veel(blad.title, naam)
    if (blad.max_row or 0) > MAX_RIJEN + 1 or (blad.max_column or 0) > MAX_KOLOMMEN:
        raise te_veel
    rijen = list(itertools.islice(blad.iter_rows(values_only=True), MAX_RIJEN + 2))
    if len(rijen) > MAX_RIJEN + 1:
        raise te_veel
    breedte = max((len(r) for r in rijen), default=0)
    if breedte > MAX_KOLOMMEN:
        raise te_veel
    if not rijen:
        return pd.DataFrame()
    rijen = [tuple(r) + (None,) * (breedte - len(r)) for r in rijen]
    kop = list(rijen[0])
    frame = pd.DataFrame(
        rijen[1:], columns=range(breedte), index=range(2, len(rijen) + 1), dtype=object
    )
    frame.columns = kop
    return frame


def _met_opmaak(frame: pd.DataFrame, decimalen: bool) -> list[bool]:
    """Per row, whether a cell needs a style: text with a line break, or (``decimalen``) a
    decimal number."""
    uit = pd.Series(False, index=frame.index)
    for kolom in frame.columns:
        waarden = frame[kolom]
        soort = waarden.map(type)
        tekst = soort.eq(str)
        if tekst.any():
            uit |= tekst & waarden.where(tekst, "").astype(str).str.contains("\n", regex=False)
        if decimalen:
            uit |= soort.eq(float)
    return uit.tolist()


def _te_veel(blad: str, naam: str) -> KaartFout:
    return KaartFout(
        [
            probleem(
                "invoer.xlsx.te_groot",
                blad=blad,
                naam=naam,
                rijen=groot_getal(MAX_RIJEN),
                kolommen=MAX_KOLOMMEN,
            )
        ]
    )


def _stam(naam: str) -> str:
    from pathlib import PurePath

    return PurePath(naam).stem.strip() or "Kaart"


def _breedte(kolom: pd.Series, naam: Any) -> float:
    """A column width that shows most values, between 8 and 60 characters."""
    monster = kolom.head(200).dropna().astype(str).str.len()
    langste = max(int(monster.max()) if len(monster) else 0, len(str(naam)))
    return float(min(max(langste + 2, 8), 60))


def _schoon_voor_xml(frame: pd.DataFrame) -> pd.DataFrame:
    """Text without the control characters XML 1.0 cannot hold; NA as None."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    uit = frame.astype(object).where(frame.notna(), None)
    for kolom in uit.columns:
        is_tekst = uit[kolom].map(type).eq(str)
        if is_tekst.any():
            uit.loc[is_tekst, kolom] = (
                uit.loc[is_tekst, kolom]
                .astype(str)
                .str.replace(ILLEGAL_CHARACTERS_RE, "", regex=True)
            )
    return uit
