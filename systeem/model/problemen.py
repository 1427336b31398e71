"""Problemen: one thing wrong with a kaart (or a file meant to hold one), as data.

A :class:`Probleem` says *where* (``pad``, a path into the file as a tuple:
``("stromen", 3, "naar")`` is field ``naar`` of the stroom at index 3, counting from 0)
and *what* (``code``, a key of the core's text catalogue :mod:`systeem.teksten.problemen`,
with ``waarden`` for its ``{placeholders}``).  Nothing reads a problem's text back: a
table or spreadsheet places a problem from its ``pad`` and swaps ids for names in its
``waarden``; the message is written only at the edge, in the reader's language, by
:meth:`Probleem.in_taal`.

A value in ``waarden`` is shown as it is, except

- a :class:`Zin` (a catalogue text inside a message, such as "a list" for the kind of a
  wrong value): written in the same language as the message;
- a tuple (a place, such as the row an id was first used at): written as a path
  (``partners[2]``).

:class:`KaartFout` is the exception that carries the problems of one kaart.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from numbers import Integral

from systeem.teksten import TEKSTEN, tekst

#: The code of a problem given as free text (only for tests and not-yet-converted callers:
#: it cannot be translated).
VRIJE_TEKST = "probleem.vrije_tekst"

#: A code shaped like a catalogue key (``probleem.ontbreekt``): one that is no key is a slip.
_SLEUTEL = re.compile(r"[a-z_]+(\.[a-z0-9_]+)+")
_DEEL = re.compile(r"\[(\d+)\]|\.?([^.\[\]]+)")


def plek_van(pad: tuple[str | int, ...]) -> str:
    """Write a path as a place in the file reads: ``stromen[3].naar``.

    Example
    -------
    >>> plek_van(("stromen", 3, "naar")), plek_van(("titel",)), plek_van(())
    ('stromen[3].naar', 'titel', '')
    """
    plek = ""
    for deel in pad:
        if isinstance(deel, int):
            plek += f"[{deel}]"
        else:
            plek += f".{deel}" if plek else str(deel)
    return plek


def pad_van(plek: str) -> tuple[str | int, ...]:
    """Read a place written as :func:`plek_van` writes it back into a path.

    Only for problems made from free text (old callers and tests); a field name with a
    dot or bracket in it cannot be read back, which is why production code gives a tuple.

    Example
    -------
    >>> pad_van("scenarios[0].interventies[2].factor")
    ('scenarios', 0, 'interventies', 2, 'factor')
    >>> pad_van("")
    ()
    """
    return tuple(int(m[1]) if m[1] is not None else m[2] for m in _DEEL.finditer(plek))


def _vul(code: str, waarden: Mapping[str, object], taal: str) -> str:
    """The catalogue text ``code`` in ``taal`` with ``waarden`` written in (see module doc).

    The text is always filled in, so a literal brace in it is written twice (``{{``)."""
    klaar = {
        k: v.in_taal(taal)
        if isinstance(v, (Zin, Probleem))
        else plek_van(v)
        if isinstance(v, tuple)
        else v
        for k, v in waarden.items()
    }
    return tekst(code, taal).format(**klaar)


@dataclass(frozen=True)
class Zin:
    """A catalogue text used as a value inside a message, written in the message's language.

    Example
    -------
    >>> Zin("probleem.waarde.lijst").in_taal("en")
    'a list'
    """

    code: str
    waarden: Mapping[str, object] = field(default_factory=dict, hash=False)

    def in_taal(self, taal: str = "nl") -> str:
        """The text in ``taal`` (``"nl"`` or ``"en"``)."""
        return _vul(self.code, self.waarden, taal)


@dataclass(frozen=True)
class Probleem:
    """One thing wrong with a kaart: where it is (``pad``) and what is wrong (``code``).

    Parameters
    ----------
    pad : the place, a path into the file: ``("stromen", 3, "naar")``; ``()`` for the
        file as a whole.
    code : a key of :mod:`systeem.teksten.problemen` (or another core catalogue).
    waarden : the values for the code's placeholders (see the module doc for how they
        are written).  A value under ``partner`` is a partner id, which a table shows as
        the partner's name.

    A problem made with a place as text and a code that is no catalogue key (tests,
    ``Probleem("titel", "ontbreekt")``) is a free-text problem: its place is read from
    the text and its message is that text, in every language.  A code shaped like a key
    (``word.word``) that is in no catalogue raises KeyError: a slip, not free text.

    Example
    -------
    >>> p = Probleem(("stromen", 3, "waarde"), "probleem.geheel_bereik",
    ...              {"laag": 1, "hoog": 5, "invoer": 9})
    >>> str(p)
    'stromen[3].waarde: moet een geheel getal van 1 tot en met 5 zijn, niet 9'
    >>> p.rij_tekst("en")
    'flows, row 4, field waarde: must be a whole number from 1 to 5, not 9'
    >>> p.tabel, p.rij, p.veld
    ('stromen', 3, 'waarde')
    >>> Probleem("stromen[3].naar", 'onbekende partner "xyz"').rij_tekst()
    'stromen, rij 4, veld naar: onbekende partner "xyz"'
    """

    pad: tuple[str | int, ...]
    code: str
    waarden: Mapping[str, object] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        pad = pad_van(self.pad) if isinstance(self.pad, str) else self.pad
        # An index from numpy or pandas counts as a row index, as a Python int does.
        pad = tuple(int(d) if isinstance(d, Integral) else d for d in pad)
        object.__setattr__(self, "pad", pad)
        if self.code not in TEKSTEN["nl"]:
            if _SLEUTEL.fullmatch(self.code):
                raise KeyError(f"probleemcode {self.code!r} staat in geen catalogus")
            object.__setattr__(self, "waarden", {"tekst": self.code})
            object.__setattr__(self, "code", VRIJE_TEKST)
        else:
            object.__setattr__(self, "waarden", dict(self.waarden))

    @classmethod
    def vrij(cls, plek: str | tuple[str | int, ...], tekst: str) -> Probleem:
        """A problem whose message is free text (the same in every language).

        Example
        -------
        >>> Probleem.vrij("titel", "ontbreekt").rij_tekst("en")
        'titel: ontbreekt'
        """
        return cls(plek, VRIJE_TEKST, {"tekst": tekst})

    def in_taal(self, taal: str = "nl") -> str:
        """The message (without the place) in ``taal``: ``"nl"`` or ``"en"``."""
        return _vul(self.code, self.waarden, taal)

    @property
    def tekst(self) -> str:
        """The message in Dutch."""
        return self.in_taal("nl")

    @property
    def plek(self) -> str:
        """The place as a path into the file reads: ``"stromen[3].naar"``; ``""`` for the
        file as a whole."""
        return plek_van(self.pad)

    @property
    def tabel(self) -> str | None:
        """The table the problem is in (``"stromen"``), or None for a top-level field."""
        return str(self.pad[0]) if len(self.pad) > 1 and isinstance(self.pad[1], int) else None

    @property
    def rij(self) -> int | None:
        """The 0-based row index within :attr:`tabel`, or None."""
        return self.pad[1] if self.tabel is not None else None  # type: ignore[return-value]

    @property
    def veld(self) -> str | None:
        """The field the problem is about (what follows the last row index), or None when
        it is about a whole row."""
        laatste = max((i for i, d in enumerate(self.pad) if isinstance(d, int)), default=-1)
        return ".".join(str(d) for d in self.pad[laatste + 1 :]) or None

    def regel(self, taal: str = "nl") -> str:
        """The problem on one line: its place in the file, then the message in ``taal``."""
        bericht = self.in_taal(taal)
        return f"{self.plek}: {bericht}" if self.pad else bericht

    def __str__(self) -> str:
        return self.regel("nl")

    def rij_tekst(self, taal: str = "nl") -> str:
        """The problem with its place as a person counts table rows (from 1), in ``taal``.

        Example
        -------
        >>> Probleem(("partners", 0), "probleem.ontbreekt").rij_tekst("en")
        'partners, row 1: is missing'
        """
        if self.tabel is None or self.rij is None:
            return self.regel(taal)
        plek = tekst(
            "probleem.plek.rij", taal, tabel=tabel_naam(self.tabel, taal), rij=self.rij + 1
        )
        if self.veld:
            plek += tekst("probleem.plek.veld", taal, veld=self.veld)
        return f"{plek}: {self.in_taal(taal)}"


def tabel_naam(tabel: str, taal: str = "nl") -> str:
    """The name of a table of the kaart as a person reads it in ``taal``.

    Example
    -------
    >>> tabel_naam("afhankelijkheden", "en"), tabel_naam("stromen"), tabel_naam("iets")
    ('dependencies', 'stromen', 'iets')
    """
    sleutel = f"probleem.tabel.{tabel}"
    return tekst(sleutel, taal) if sleutel in TEKSTEN["nl"] else tabel


class KaartFout(ValueError):
    """A kaart (or a file meant to hold one) breaks the rules; ``problemen`` lists how.

    ``str(fout)`` is the Dutch message; :meth:`melding` gives it in another language.

    Example
    -------
    >>> fout = KaartFout([Probleem("titel", "ontbreekt")])
    >>> str(fout)
    'De kaart klopt niet (1 probleem):\\n- titel: ontbreekt'
    >>> KaartFout([Probleem(("titel",), "probleem.ontbreekt")]).melding("en")
    'The map is not right (1 problem):\\n- titel: is missing'
    """

    def __init__(self, problemen: Iterable[Probleem]):
        self.problemen = list(problemen)
        super().__init__(self.melding())

    def melding(self, taal: str = "nl") -> str:
        """The message in ``taal``: a heading and one line per problem."""
        n = len(self.problemen)
        kop = tekst("probleem.kop.een" if n == 1 else "probleem.kop.meer", taal, n=n)
        return "\n".join([kop, *(f"- {p.regel(taal)}" for p in self.problemen)])
