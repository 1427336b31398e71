"""Teksten: the user-facing strings of the core, in Dutch (``nl``) and English (``en``).

A string is looked up by key with :func:`tekst`, which fills in ``{placeholders}``.
The strings live in catalogues per area, each key with its two languages side by side
(``systeem/teksten/<area>.py``, a dict ``TEKSTEN = {key: {"nl": ..., "en": ...}}``).
This package holds what the core itself says (the map's legend, signals, problems in a
file, the hand-out, the CLI); the pages' strings live with the pages, in
:mod:`systeemkaart.teksten`, which looks up both.  A test checks that every key has
both languages with the same placeholders, and that every key the code uses exists.
A key missing in a language falls back to Dutch, so a slip never breaks a page.
Domain words (kaart, partner, stroom, opgave, balans, ...) are explained in
docs/glossary.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from systeem.teksten import (
    beelden,
    bestanden,
    handout,
    interventies,
    invoer,
    klas,
    netwerk,
    opslag,
    pijlers,
    problemen,
    signalen,
    weergave,
    woorden,
)

TALEN = ("nl", "en")

#: The core's catalogues, one per area.
CATALOGI = (
    woorden,
    signalen,
    interventies,
    netwerk,
    pijlers,
    weergave,
    handout,
    bestanden,
    problemen,
    invoer,
    opslag,
    klas,
    beelden,
)


def per_taal(catalogi: Iterable[Mapping[str, Mapping[str, str]]]) -> dict[str, dict[str, str]]:
    """Turn catalogues of ``{key: {taal: text}}`` into one ``{taal: {key: text}}``.

    A key defined twice is a programming error.

    Example
    -------
    >>> per_taal([{"a.b": {"nl": "ja", "en": "yes"}}])
    {'nl': {'a.b': 'ja'}, 'en': {'a.b': 'yes'}}
    """
    uit: dict[str, dict[str, str]] = {taal: {} for taal in TALEN}
    for catalogus in catalogi:
        for sleutel, talen in catalogus.items():
            if sleutel in uit["nl"]:
                raise ValueError(f"tekstsleutel {sleutel!r} staat in twee catalogi")
            for taal, t in talen.items():
                uit[taal][sleutel] = t
    return uit


#: Every core string: ``TEKSTEN[taal][key]``.
#: The catalogues themselves (``{key: {taal: text}}``), for a shell that adds its own.
CATALOGI_TEKSTEN = tuple(c.TEKSTEN for c in CATALOGI)
TEKSTEN: dict[str, dict[str, str]] = per_taal(CATALOGI_TEKSTEN)


#: The kaart's fixed vocabularies and where their words are in :data:`TEKSTEN`: a soort of
#: stroom, a partner type, the kind of a belang, a houding.
WOORDGROEPEN = {
    "soort": "soort.",
    "type": "invoeren.type.",
    "belang": "invoeren.belang.",
    "houding": "invoeren.houding.",
}


class Catalogus:
    """Strings looked up by key in one or more catalogues (``{taal: {key: text}}``).

    The core uses :data:`KERN`; the app's shell makes one over the core's and the pages'
    catalogues together.  The module-level :func:`tekst`, :func:`woord`,
    :func:`woordenlijst` and :func:`aantal_punten` are :data:`KERN`'s.
    """

    def __init__(self, teksten: Mapping[str, Mapping[str, str]]) -> None:
        self.teksten = teksten

    def tekst(self, sleutel: str, taal: str = "nl", **waarden: object) -> str:
        """Return the string ``sleutel`` in ``taal`` with ``{placeholders}`` filled in.

        Parameters
        ----------
        sleutel : the key, such as ``"klasse.in_balans"``.
        taal : ``"nl"`` (default) or ``"en"``; a key missing in English falls back to Dutch.
        waarden : values for the placeholders.

        Raises
        ------
        KeyError
            when the key does not exist in Dutch (a programming error, caught by the tests).

        Example
        -------
        >>> tekst("klasse.in_balans"), tekst("klasse.in_balans", "en")
        ('in balans', 'in balance')
        """
        sjabloon = self.teksten.get(taal, {}).get(sleutel) or self.teksten["nl"][sleutel]
        return sjabloon.format(**waarden) if waarden else sjabloon

    def aantal_punten(self, n: int, taal: str = "nl") -> str:
        """Return a number of points with the right word: one point, several points.

        Example
        -------
        >>> aantal_punten(1), aantal_punten(3), aantal_punten(1, "en"), aantal_punten(-2, "en")
        ('1 punt', '3 punten', '1 point', '-2 points')
        """
        return self.tekst("punten.een" if abs(n) == 1 else "punten.meer", taal, n=n)

    def woord(self, groep: str, waarde: object, taal: str = "nl") -> str:
        """Return a word of the kaart's vocabulary as the interface in ``taal`` shows it.

        The kaart keeps its Dutch words (``geld``, ``organisatie``); only what is shown
        changes.  A word outside the vocabulary (a soort the user made up) is shown as it is.

        Parameters
        ----------
        groep : ``"soort"``, ``"type"``, ``"belang"`` or ``"houding"`` (:data:`WOORDGROEPEN`).
        waarde : the word as the kaart stores it.
        taal : ``"nl"`` or ``"en"``.

        Example
        -------
        >>> woord("soort", "geld", "en"), woord("type", "persoon", "en"), woord("soort", "draagvlak", "en")
        ('money', 'person', 'draagvlak')
        """
        sleutel = WOORDGROEPEN[groep] + str(waarde)
        return (
            self.teksten.get(taal, {}).get(sleutel)
            or self.teksten["nl"].get(sleutel)
            or str(waarde)
        )

    def woordenlijst(self, groep: str, taal: str = "nl") -> dict[str, str]:
        """Return the whole vocabulary ``groep`` as ``{stored word: shown word}`` in ``taal``.

        For tables and charts: ``reeks.replace(woordenlijst("soort", taal))`` translates a
        column in one step and leaves words outside the vocabulary as they are.

        Example
        -------
        >>> woordenlijst("houding", "en")
        {'steunt': 'supports', 'neutraal': 'neutral', 'schuurt': 'chafes'}
        """
        voorvoegsel = WOORDGROEPEN[groep]
        return {
            sleutel[len(voorvoegsel) :]: self.tekst(sleutel, taal)
            for sleutel in self.teksten["nl"]
            if sleutel.startswith(voorvoegsel)
        }


#: The core's strings.
KERN = Catalogus(TEKSTEN)
tekst = KERN.tekst
aantal_punten = KERN.aantal_punten
woord = KERN.woord
woordenlijst = KERN.woordenlijst


def getal(waarde: object, taal: str = "nl", cijfers: int = 2, teken: bool = False) -> str:
    """Return a number as ``taal`` writes it: a decimal comma in Dutch, a point in English.

    Parameters
    ----------
    waarde : the number; a missing value (None, NaN, NA) gives "–".
    taal : ``"nl"`` or ``"en"``.
    cijfers : digits after the decimal sign.
    teken : always show the sign (``+0,25``).

    Example
    -------
    >>> getal(-0.25, "nl", teken=True), getal(3.0, "en", cijfers=1), getal(None)
    ('-0,25', '3.0', '–')
    """
    if waarde is None or str(waarde) in ("nan", "<NA>"):  # None, NaN, pd.NA
        return "–"
    opgemaakt = f"{waarde:+.{cijfers}f}" if teken else f"{waarde:.{cijfers}f}"
    return opgemaakt.replace(".", ",") if taal == "nl" else opgemaakt
