"""Geheugen: remember what a pure function computed for a kaart, keyed by its content.

The app reruns its page script on every click, and most reruns do not change the kaart.
:func:`onthoud` makes a function that takes kaarten remember its results, so a rerun
that changes nothing computes nothing again:

- the *key* of a call is its arguments, bound to the function's parameters with the
  defaults filled in, each kaart replaced by its content key (:meth:`Kaart.sleutel`) and
  every other value kept with its type (so ``1``, ``1.0`` and ``True`` stay apart).  Two
  calls with equal kaarten and equal other arguments share one result, whichever kaart
  objects they got;
- a call is not remembered (the function simply runs) when an argument cannot be
  hashed (a frame, a list) or a kaart is not in standaardvorm
  (:meth:`Kaart.in_standaardvorm`: a kaart assembled by hand with other dtypes or row
  numbers, whose results could differ from those of an equal kaart in standaardvorm);
- each function remembers its ``maxsize`` most recently used results (LRU);
- callers get a *copy* (:func:`kopie`) of the remembered result, so changing what a call
  returned never changes what the next call returns.  Frames are copied shallowly:
  pandas' copy-on-write gives the copy its own data the moment either side is changed,
  so a copy costs about 15 us per frame, whatever its size.  Dicts and lists are copied
  element by element: ``analyse`` of 50 partners in 0.1 ms, of 2,000 in a few ms;
- the memo is safe to use from several threads (Streamlit runs each session in its own
  thread): one lock per function guards its table, the function itself runs outside
  the lock.  Two threads that miss the same key at once both compute it; the results
  are equal and the later one is kept.

This is only correct for functions whose result depends on nothing but their arguments
(and the module's constants): the analyses of the core.  An exception is not
remembered.  A kaart must never be changed in place (see :mod:`systeem.model.kaart`): its key
is computed once per kaart object.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import inspect
import operator
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable
from typing import Any, NamedTuple, ParamSpec, TypeVar

import numpy as np
import pandas as pd

from systeem.model.kaart import Kaart

P = ParamSpec("P")
R = TypeVar("R")

#: How many results a function remembers unless told otherwise.
MAXSIZE = 128

#: Values that cannot change: :func:`kopie` returns them as they are.
_ONVERANDERLIJK = (str, bytes, int, float, complex, bool, type(None), frozenset, range)
_ONVERANDERLIJK += (np.generic, pd.Index)


class Stand(NamedTuple):
    """How a remembered function has fared: hits, misses, results held, the limit."""

    treffers: int
    missers: int
    grootte: int
    maxsize: int


class Geheugen:
    """The memo of one function: an LRU table behind a lock (see :func:`onthoud`).

    Example
    -------
    >>> g = Geheugen(maxsize=2)
    >>> g.zoek(("a",)) is Geheugen.MIS
    True
    >>> g.bewaar(("a",), 1); g.bewaar(("b",), 2); g.bewaar(("c",), 3)
    >>> g.zoek(("a",)) is Geheugen.MIS, g.zoek(("c",))
    (True, 3)
    >>> g.stand()
    Stand(treffers=1, missers=2, grootte=2, maxsize=2)
    """

    #: What :meth:`zoek` returns for a key that is not remembered.
    MIS = object()

    def __init__(self, maxsize: int = MAXSIZE, naam: str = "") -> None:
        if maxsize < 1:
            raise ValueError(f"maxsize moet minstens 1 zijn, niet {maxsize}")
        self.maxsize, self.naam = maxsize, naam
        self._tabel: OrderedDict[Hashable, Any] = OrderedDict()
        self._slot = threading.Lock()
        self._treffers = self._missers = 0

    def zoek(self, sleutel: Hashable) -> Any:
        """The remembered result for ``sleutel`` (marked most recently used), or :data:`MIS`."""
        with self._slot:
            waarde = self._tabel.get(sleutel, Geheugen.MIS)
            if waarde is Geheugen.MIS:
                self._missers += 1
            else:
                self._treffers += 1
                self._tabel.move_to_end(sleutel)
            return waarde

    def bewaar(self, sleutel: Hashable, waarde: Any) -> None:
        """Remember ``waarde`` under ``sleutel``; forget the least recently used beyond maxsize."""
        with self._slot:
            self._tabel[sleutel] = waarde
            self._tabel.move_to_end(sleutel)
            while len(self._tabel) > self.maxsize:
                self._tabel.popitem(last=False)

    def wis(self) -> None:
        """Forget every result and reset the counts."""
        with self._slot:
            self._tabel.clear()
            self._treffers = self._missers = 0

    def stand(self) -> Stand:
        """Hits, misses, size and limit of the table."""
        with self._slot:
            return Stand(self._treffers, self._missers, len(self._tabel), self.maxsize)


#: Every memo made by :func:`onthoud` (while its function lives), for :func:`wis`.
_ALLE: weakref.WeakSet[Geheugen] = weakref.WeakSet()
_ALLE_SLOT = threading.Lock()


def onthoud(
    maxsize: int = MAXSIZE, *, buiten_sleutel: Iterable[str] = ()
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Decorate a pure function of kaarten so it remembers its results by content.

    Parameters
    ----------
    maxsize : how many results to remember (least recently used go first).
    buiten_sleutel : names of parameters left out of the key: values the rest of the
        arguments already determine, passed only to save the function work (such as
        ``signalen``'s ``balans_tabel``, which must be ``balans(kaart, drempel)``).

    Returns
    -------
    The decorator.  The decorated function has ``geheugen`` (its :class:`Geheugen`, with
    ``stand()`` and ``wis()``) and ``__wrapped__`` (the function itself, never remembered).

    Example
    -------
    >>> aanroepen = []
    >>> @onthoud(maxsize=8)
    ... def aantal(kaart, extra=0):
    ...     aanroepen.append(kaart.titel)
    ...     return len(kaart.partners) + extra
    >>> aantal(Kaart(titel="A")), aantal(Kaart(titel="A")), aantal(Kaart(titel="A"), extra=0)
    (0, 0, 0)
    >>> aantal(Kaart(titel="B"), 1), aanroepen
    (1, ['A', 'B'])
    >>> aantal.geheugen.stand()
    Stand(treffers=2, missers=2, grootte=2, maxsize=8)
    """
    weg = frozenset(buiten_sleutel)

    def decorator(functie: Callable[P, R]) -> Callable[P, R]:
        handtekening = inspect.signature(functie)
        onbekend = weg - set(handtekening.parameters)
        if onbekend:
            raise TypeError(f"{functie.__qualname__} heeft geen parameter {sorted(onbekend)}")
        geheugen = Geheugen(maxsize, f"{functie.__module__}.{functie.__qualname__}")
        with _ALLE_SLOT:
            _ALLE.add(geheugen)

        @functools.wraps(functie)
        def onthouden(*args: P.args, **kwargs: P.kwargs) -> R:
            sleutel = _sleutel(handtekening, weg, args, kwargs)
            if sleutel is None:
                return functie(*args, **kwargs)
            waarde = geheugen.zoek(sleutel)
            if waarde is Geheugen.MIS:
                waarde = functie(*args, **kwargs)
                geheugen.bewaar(sleutel, waarde)
            return kopie(waarde)

        onthouden.geheugen = geheugen  # type: ignore[attr-defined]
        return onthouden

    return decorator


def wis() -> None:
    """Forget every remembered result of every function (for tests and benchmarks).

    Example
    -------
    >>> from systeem.analyses import balans
    >>> wis(); balans.balans.geheugen.stand().grootte
    0
    """
    for geheugen in _alle():
        geheugen.wis()


def standen() -> dict[str, Stand]:
    """Return the :class:`Stand` of every remembered function of the core, by name.

    Example
    -------
    >>> from systeem.analyses import balans
    >>> standen()["systeem.analyses.balans.balans"].maxsize
    128
    """
    return {g.naam: g.stand() for g in _alle() if g.naam.startswith("systeem.")}


def _alle() -> list[Geheugen]:
    with _ALLE_SLOT:
        return sorted(_ALLE, key=lambda g: g.naam)


def kopie(waarde: Any) -> Any:
    """Return a copy of ``waarde`` that can be changed without changing ``waarde``.

    Frames and Series are copied shallowly (copy-on-write makes that safe and cheap),
    arrays, dicts, lists and sets anew, tuples and dataclasses (a :class:`Kaart`, say)
    member by member; what cannot change (text, numbers, ``None``, an index, a tuple or a
    frozen dataclass of such values) is returned as it is; anything else is deep-copied.

    Example
    -------
    >>> tabel = pd.DataFrame({"a": [1, 2]})
    >>> nieuw = kopie({"tabel": tabel, "namen": ["x"]})
    >>> nieuw["tabel"].loc[0, "a"] = 9; nieuw["namen"].append("y")
    >>> int(tabel.loc[0, "a"]), nieuw["namen"]
    (1, ['x', 'y'])
    """
    soort = type(waarde)
    if soort in _VAST:
        return waarde
    if soort is dict:
        return {k: v if type(v) in _VAST else kopie(v) for k, v in waarde.items()}
    if soort is list:
        return [v if type(v) in _VAST else kopie(v) for v in waarde]
    if soort is tuple:
        if all(type(v) in _VAST for v in waarde):
            return waarde
        delen = tuple(kopie(v) for v in waarde)
        return waarde if all(a is b for a, b in zip(delen, waarde, strict=True)) else delen
    if isinstance(waarde, (pd.DataFrame, pd.Series)):
        return waarde.copy(deep=False)
    if isinstance(waarde, _ONVERANDERLIJK):
        return waarde
    if isinstance(waarde, np.ndarray):
        return waarde.copy()
    if soort is set:
        return set(waarde)
    if dataclasses.is_dataclass(waarde) and not isinstance(waarde, type):
        return _kopie_dataclass(waarde)
    return copy.deepcopy(waarde)


#: Exact types whose values cannot change (the quick test of :func:`kopie`).
_VAST = frozenset({str, int, float, bool, type(None), bytes, complex, frozenset, range})


@functools.cache
def _velden(klasse: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(klasse))


def _kopie_dataclass(waarde: Any) -> Any:
    """A dataclass instance with each field copied by :func:`kopie`; itself when no field
    needed copying.  A kaart's copy keeps the kaart's content key."""
    namen = _velden(type(waarde))
    velden = [getattr(waarde, naam) for naam in namen]
    kopieen = [v if type(v) in _VAST else kopie(v) for v in velden]
    if all(map(operator.is_, kopieen, velden)):
        return waarde
    if isinstance(waarde, Kaart):
        waarde.sleutel()  # computed once on the remembered kaart, carried by every copy
    nieuw = copy.copy(waarde)
    for naam, v in zip(namen, kopieen, strict=True):
        object.__setattr__(nieuw, naam, v)  # a frozen dataclass: set the copied fields
    return nieuw


def _sleutel(
    handtekening: inspect.Signature,
    weg: frozenset[str],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
) -> tuple[Any, ...] | None:
    """The key of one call, or None when the call cannot be remembered."""
    try:
        gebonden = handtekening.bind(*args, **kwargs)
    except TypeError:
        return None  # let the function itself say what is wrong with the call
    gebonden.apply_defaults()
    delen: list[Any] = []
    for naam, waarde in gebonden.arguments.items():
        if naam in weg:
            continue
        if isinstance(waarde, Kaart):
            if not waarde.in_standaardvorm():
                return None
            delen.append((naam, Kaart, waarde.sleutel()))
        else:
            delen.append((naam, type(waarde), waarde))
    sleutel = tuple(delen)
    try:
        hash(sleutel)
    except TypeError:
        return None
    return sleutel
