"""Meldingen: what reading and writing files tells a user, as data, written at the edge.

Every message of the file formats (and of the store above them) is a catalogue code with
values, never a sentence: a refusal is a :class:`systeem.model.problemen.Probleem` with
an empty place in a :class:`~systeem.model.problemen.KaartFout`; a note on what a foreign
format could not carry over, and the message of an error that is no kaart's fault, is a
:class:`~systeem.model.problemen.Zin`.  Each is written in the reader's language only
when shown, with ``in_taal(taal)``.  The codes are keys of :mod:`systeem.teksten.invoer`
and :mod:`systeem.teksten.opslag`.

Lists and numbers inside a message are written as the language writes them: ``a, b en c``
or ``a, b and c``; ``0,2`` or ``0.2``; ``50.000`` or ``50,000``.  The helpers here build
them as nested :class:`~systeem.model.problemen.Zin` values, so a message stays data.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NoReturn

from systeem.model.problemen import VRIJE_TEKST, KaartFout, Probleem, Zin

#: A value inside a message: plain text or a number, or a text in the message's language.
Waarde = str | int | float | Zin


def zin(code: str, **waarden: object) -> Zin:
    """Return the message ``code`` (a catalogue key) with its values.

    Example
    -------
    >>> zin("invoer.leeg", naam="k.xlsx").in_taal("en")
    'k.xlsx is empty (0 bytes)'
    """
    return Zin(code, waarden)


def probleem(code: str, **waarden: object) -> Probleem:
    """Return the problem ``code`` with its values, about the file as a whole (no place).

    Example
    -------
    >>> str(probleem("invoer.leeg", naam="k.xlsx"))
    'k.xlsx is leeg (0 bytes)'
    """
    return Probleem((), code, waarden)


def weiger(code: str, **waarden: object) -> NoReturn:
    """Refuse a file: raise a :class:`~systeem.model.problemen.KaartFout` with the one
    problem ``code``.

    Example
    -------
    >>> weiger("invoer.geen_bestand")
    Traceback (most recent call last):
    ...
    systeem.model.problemen.KaartFout: De kaart klopt niet (1 probleem):
    - er is geen bestand gekozen
    """
    raise KaartFout([probleem(code, **waarden)])


def aantal(code: str, n: int, **waarden: object) -> Zin:
    """Return the message ``code.een`` (for one) or ``code.meer`` (for several) with ``n``
    and ``waarden``.

    Example
    -------
    >>> aantal("invoer.kumu.overgeslagen", 1).in_taal(), aantal("invoer.kumu.overgeslagen", 3).in_taal("en")
    ('1 rij overgeslagen.', '3 rows left out.')
    """
    return Zin(f"{code}.een" if n == 1 else f"{code}.meer", {"n": n, **waarden})


def opsomming(woorden: Sequence[Waarde], voegwoord: str = "en") -> Waarde:
    """Return words as one value that lists them: ``a, b en c`` (``voegwoord="of"``:
    ``a, b of c``), ``a, b and c`` in English; one word as it is, none as ``""``.

    Example
    -------
    >>> o = opsomming([".json", ".xlsx", ".csv"], "of")
    >>> zin(VRIJE_TEKST, tekst=o).in_taal(), zin(VRIJE_TEKST, tekst=o).in_taal("en")
    ('.json, .xlsx of .csv', '.json, .xlsx or .csv')
    >>> opsomming(["a"]), opsomming([])
    ('a', '')
    """
    woorden = list(woorden)
    if len(woorden) < 2:
        return woorden[0] if woorden else ""
    return Zin(
        f"invoer.lijst.{voegwoord}", {"begin": reeks(woorden[:-1], ", "), "eind": woorden[-1]}
    )


def reeks(delen: Sequence[Waarde], scheiding: str = "; ") -> Waarde:
    """Return parts as one value, separated by ``scheiding`` (``", "`` or ``"; "``) in
    every language.

    Example
    -------
    >>> zin(VRIJE_TEKST, tekst=reeks(["a", zin("invoer.kumu.type_leeg"), "c"])).in_taal("en")
    'a; (empty); c'
    """
    delen = list(delen)
    if len(delen) < 2:
        return delen[0] if delen else ""
    code = "invoer.lijst.komma" if scheiding == ", " else "invoer.lijst.puntkomma"
    return Zin(code, {"eerste": delen[0], "rest": reeks(delen[1:], scheiding)})


def decimaal(waarde: float) -> Waarde:
    """Return a number with the fewest digits that show it (``g``), with the decimal sign of
    the message's language: ``0,2`` in Dutch, ``0.2`` in English.

    Example
    -------
    >>> zin(VRIJE_TEKST, tekst=decimaal(0.25)).in_taal(), decimaal(3.0)
    ('0,25', '3')
    """
    tekst = f"{waarde:g}"
    if "." not in tekst:
        return tekst
    heel, deel = tekst.split(".", 1)
    return Zin("invoer.getal.decimaal", {"heel": heel, "deel": deel})


def groot_getal(n: int) -> Waarde:
    """Return a whole number in groups of three digits, as the message's language writes
    it: ``50.000`` in Dutch, ``50,000`` in English.

    Example
    -------
    >>> g = groot_getal(1_250_000)
    >>> zin(VRIJE_TEKST, tekst=g).in_taal(), zin(VRIJE_TEKST, tekst=g).in_taal("en")
    ('1.250.000', '1,250,000')
    >>> groot_getal(999)
    '999'
    """
    *voor, laatste = f"{n:,}".split(",")
    if not voor:
        return laatste
    return Zin("invoer.getal.duizend", {"voor": groot_getal(int("".join(voor))), "na": laatste})


class MetNotities:
    """What a reading says beside its kaart: notes on what a foreign format could not carry
    over (``meldingen``, each a :class:`~systeem.model.problemen.Zin`) and the rows it left
    out (``weggelaten``, each with ``in_taal``), in any language; :attr:`notities` and
    :attr:`overgeslagen` give them in Dutch."""

    meldingen: tuple[Zin, ...]
    weggelaten: tuple

    def notities_in(self, taal: str = "nl") -> list[str]:
        """The notes in ``taal``."""
        return [m.in_taal(taal) for m in self.meldingen]

    def overgeslagen_in(self, taal: str = "nl") -> list[str]:
        """The rows left out, each with its sheet, row and column, in ``taal``."""
        return [r.in_taal(taal) for r in self.weggelaten]

    @property
    def notities(self) -> tuple[str, ...]:
        """The notes in Dutch."""
        return tuple(self.notities_in("nl"))

    @property
    def overgeslagen(self) -> tuple[str, ...]:
        """The rows left out, in Dutch."""
        return tuple(self.overgeslagen_in("nl"))


class MetMelding:
    """An exception whose message is a :class:`~systeem.model.problemen.Zin` (``melding``),
    Dutch in ``str()`` and in any language with :meth:`in_taal`.  Free text (an older
    caller) is kept as it is, in every language.

    Example
    -------
    >>> class Fout(MetMelding, Exception):
    ...     pass
    >>> fout = Fout(zin("invoer.geen_bestand"))
    >>> str(fout), fout.in_taal("en")
    ('er is geen bestand gekozen', 'no file was chosen')
    """

    def __init__(self, melding: Zin | str) -> None:
        if not isinstance(melding, Zin):
            melding = Zin(VRIJE_TEKST, {"tekst": str(melding)})
        self.melding = melding
        super().__init__(melding.in_taal("nl"))

    def in_taal(self, taal: str = "nl") -> str:
        """The message in ``taal`` (``"nl"`` or ``"en"``)."""
        return self.melding.in_taal(taal)
