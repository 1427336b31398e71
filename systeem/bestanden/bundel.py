"""Bundel: several kaarten in one .zip, each as our JSON file, for the trainer to take home.

At the end of a werksessie the trainer downloads the participants' kaarten together.
:func:`zip_van_kaarten` writes one file per kaart, in file format v2
(:func:`systeem.bestanden.naar_json`, so each file reads back with
:func:`systeem.bestanden.lees_json`, or opens in the app), named after a label the caller
gives ("participant - kaart title").  Nothing else goes in the zip.

A label is text a participant typed, so it is made into a safe file name
(:func:`bestandsnaam_van`): no folder separators and no ``..`` (a file can never land
outside the folder the zip is unpacked into), no control or format characters (no
right-to-left trick that hides the real extension), none of the characters Windows
forbids (``<>:"|?*``), no Windows device name (``CON``, ``NUL``, ...), letters of any
script kept, spaces collapsed, at most :data:`MAX_LENGTE` characters (and
:data:`MAX_BYTES` bytes of UTF-8), ``kaart`` when nothing is left.  Names are unique
without regard to case (Windows and macOS unpack ``A.json`` and ``a.json`` over each
other): a second "x" becomes "x (2)", a third "x (3)", skipping numbers another label
already took.  The zip has fixed dates, so the same kaarten give the same bytes.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from collections.abc import Sequence

from systeem.bestanden import naar_json
from systeem.model.kaart import Kaart

#: Most characters of a file name without its extension and number.
MAX_LENGTE = 80
#: Most bytes (UTF-8) of a file name without its extension and number (file systems allow 255).
MAX_BYTES = 160

#: Names Windows reserves for devices, whatever the extension.
_APPARATEN = frozenset(
    {"con", "prn", "aux", "nul"} | {f"{n}{i}" for n in ("com", "lpt") for i in range(1, 10)}
)
_VERBODEN = re.compile(r'[<>:"|?*]+')
_SCHEIDING = re.compile(r"\s*[\\/]+\s*")
_PUNTEN = re.compile(r"\.{2,}")
_RUIMTE = re.compile(r"\s+")


def bestandsnaam_van(label: str) -> str:
    """Return ``label`` as a safe file name without extension (see the module docstring).

    Example
    -------
    >>> bestandsnaam_van("../../etc/passwd"), bestandsnaam_van("Anna / Wijk: Noord")
    ('etc - passwd', 'Anna - Wijk Noord')
    >>> bestandsnaam_van("Ĳssel\\u202egnp.json"), bestandsnaam_van(" .. "), bestandsnaam_van("con")
    ('Ĳsselgnp.json', 'kaart', '_con')
    """
    naam = unicodedata.normalize("NFC", str(label))
    naam = "".join(t for t in naam if t in "\t\n\r" or unicodedata.category(t)[0] != "C")
    naam = _SCHEIDING.sub(" - ", naam)
    naam = _VERBODEN.sub("", naam)
    naam = _PUNTEN.sub(".", _RUIMTE.sub(" ", naam)).strip(" .-")
    naam = naam[:MAX_LENGTE].encode("utf-8")[:MAX_BYTES].decode("utf-8", "ignore")
    naam = naam.strip(" .-") or "kaart"
    return f"_{naam}" if naam.split(".")[0].casefold() in _APPARATEN else naam


def zip_van_kaarten(items: Sequence[tuple[str, Kaart]]) -> bytes:
    """Return a .zip holding each kaart as a JSON file named after its label.

    Parameters
    ----------
    items : ``(label, kaart)`` pairs, in the order the files are written.

    Returns
    -------
    The bytes of the zip: one ``<safe label>.json`` per item (unique names, see the
    module docstring), in file format v2; an empty zip for no items.

    Example
    -------
    >>> from systeem.model.schets import schets
    >>> z = zip_van_kaarten([("Anna - Wijk", schets("a")), ("anna - wijk", schets("b"))])
    >>> zipfile.ZipFile(io.BytesIO(z)).namelist()
    ['Anna - Wijk.json', 'anna - wijk (2).json']
    """
    uit = io.BytesIO()
    bezet: dict[str, int] = {}
    with zipfile.ZipFile(uit, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for label, kaart in items:  # one file per kaart
            naam = _uniek(bestandsnaam_van(label), bezet)
            info = zipfile.ZipInfo(f"{naam}.json", date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, naar_json(kaart).encode("utf-8"))
    return uit.getvalue()


def _uniek(naam: str, bezet: dict[str, int]) -> str:
    """``naam``, or ``naam (2)``, ``naam (3)``, ... the first not in ``bezet`` (compared
    without case).  ``bezet`` maps each name taken to the number its next copy tries
    first, so many copies of one label cost no more than a few."""
    sleutel = naam.casefold()
    kandidaat, nummer = naam, bezet.get(sleutel, 1)
    if nummer > 1:
        kandidaat = f"{naam} ({nummer})"
    while kandidaat.casefold() in bezet:
        nummer += 1
        kandidaat = f"{naam} ({nummer})"
    bezet[sleutel] = nummer + 1
    bezet.setdefault(kandidaat.casefold(), 1)
    return kandidaat
