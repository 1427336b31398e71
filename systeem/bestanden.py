"""Bestanden: reading and writing kaart files.

Which format a file has follows from its extension.  Supported now:

- ``.json``: file format v1 (docs/file-format.md), read through
  :func:`systeem.validatie.valideer` and written normalised (every field present, UTF-8,
  2-space indent, keys in file order), so a written file reads back as an equal kaart;
- ``.html`` (write only): the self-contained offline map from :mod:`systeem.weergave`.

Every problem with a file a user gives us becomes a :class:`~systeem.validatie.KaartFout`
with a Dutch message: a file that cannot be read, is not UTF-8, is not JSON, or breaks
the rules.  Nothing is ever half-read.
"""

from __future__ import annotations

import json
from pathlib import Path

from systeem.kaart import Kaart
from systeem.validatie import KaartFout, Probleem, valideer

#: Largest kaart file we read, in bytes (a classroom kaart is a few tens of kB).
MAX_GROOTTE = 50 * 1024 * 1024

LEESBAAR = (".json",)


class LeesFout(OSError):
    """A file could not be read at all; the message says why, in Dutch."""


SCHRIJFBAAR = (".json", ".html")


def lees(pad: str | Path) -> Kaart:
    """Read a kaart file.

    Raises
    ------
    LeesFout
        when the file cannot be read at all (missing, a folder, no permission);
    KaartFout
        when it can be read but holds no valid kaart (wrong type of file, too large,
        not UTF-8, not JSON, against the rules).

    Example
    -------
    >>> import tempfile, os
    >>> pad = os.path.join(tempfile.mkdtemp(), "k.json")
    >>> _ = open(pad, "w").write('{"formaat": "systeemkaart", "versie": 1, "titel": "T",'
    ...                          ' "partners": [], "stromen": []}')
    >>> lees(pad).titel
    'T'
    """
    pad = Path(pad)
    if pad.suffix.lower() not in LEESBAAR:
        raise KaartFout(
            [Probleem("", f"kan {pad.name} niet lezen: kies een bestand met de extensie .json")]
        )
    try:
        if pad.stat().st_size > MAX_GROOTTE:
            raise KaartFout([Probleem("", f"{pad.name} is groter dan {MAX_GROOTTE // 2**20} MB")])
        inhoud = pad.read_bytes()
    except FileNotFoundError:
        raise LeesFout(f"bestand niet gevonden: {pad}") from None
    except IsADirectoryError:
        raise LeesFout(f"{pad} is een map, geen bestand") from None
    except OSError as fout:
        raise LeesFout(f"kan {pad} niet lezen: {fout.strerror}") from None
    return lees_json(inhoud)


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
    """Return the kaart as normalised JSON text (file format v1).

    Example
    -------
    >>> naar_json(Kaart(titel="T")).splitlines()[:3]
    ['{', '  "formaat": "systeemkaart",', '  "versie": 1,']
    """
    return json.dumps(kaart.naar_dict(), ensure_ascii=False, indent=2) + "\n"


def schrijf(kaart: Kaart, pad: str | Path) -> Path:
    """Write the kaart to ``pad`` in the format its extension names; return the path.

    Raises
    ------
    ValueError
        for an extension we cannot write (the message says which we can).
    """
    pad = Path(pad)
    soort = pad.suffix.lower()
    if soort == ".json":
        tekst = naar_json(kaart)
    elif soort == ".html":
        from systeem import weergave  # imported here: reading files needs no renderer

        tekst = weergave.html(kaart)
    else:
        raise ValueError(
            f"kan niet schrijven naar {pad.name}: kies de extensie " + " of ".join(SCHRIJFBAAR)
        )
    pad.write_text(tekst, encoding="utf-8")
    return pad


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
