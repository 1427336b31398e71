"""Analyse: the balance of every partner and the signals of a kaart, in one call.

:func:`analyse` is what ``python -m systeem analyse --json`` prints and what the app
shows first: per partner ``brengen``, ``halen``, ``balans`` and ``klasse``, and the list
of signalen.  It is a thin bundle over :mod:`systeem.analyses.balans` and
:mod:`systeem.analyses.signalen`; the definitions live there.  Like them it is remembered by the
kaart's content (:func:`systeem.model.geheugen.onthoud`); every call returns its own copy.
"""

from __future__ import annotations

from typing import Any

from systeem.analyses import balans, signalen
from systeem.model.geheugen import onthoud
from systeem.model.kaart import Kaart, records


@onthoud()
def analyse(kaart: Kaart, drempel: float = balans.DREMPEL, taal: str = "nl") -> dict[str, Any]:
    """Return the analysis of a kaart as a JSON-able dict.

    Shape::

        {"titel": str, "drempel": float,
         "partners": [{"id", "naam", "brengen", "halen", "balans", "klasse"}, ...],
         "signalen": [{"code", "partners", "tekst"}, ...]}

    ``balans`` is ``None`` for a partner with klasse ``geen_stromen``.

    Example
    -------
    >>> from systeem.model.validatie import valideer
    >>> k = valideer({"formaat": "systeemkaart", "versie": 1, "titel": "T",
    ...     "partners": [{"id": "a", "naam": "A"}],
    ...     "stromen": [{"van": "opgave", "naar": "a", "soort": "geld", "waarde": 2}]})
    >>> analyse(k)["partners"]
    [{'id': 'a', 'naam': 'A', 'brengen': 0, 'halen': 2, 'balans': 1.0, 'klasse': 'haalt_veel_meer'}]
    """
    tabel = balans.balans(kaart, drempel)
    return {
        "titel": kaart.titel,
        "drempel": drempel,
        "partners": records(
            tabel.reset_index()[["id", "naam", "brengen", "halen", "balans", "klasse"]]
        ),
        "signalen": [s.als_dict() for s in signalen.signalen(kaart, drempel, taal, tabel)],
    }
