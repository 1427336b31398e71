"""Kwadrant: where a partner stands when its invloed meets its balans.

Net-Map lets the mappers build an influence tower per actor; here that tower is the
partner's ``invloed`` (0-5) and it is set against the partner's ``balans``
(:mod:`systeem.analyses.balans`).  The two axes give four *kwadranten*, each a pattern a trainer
can debrief with the room (:func:`debrief`):

                     balans < 0 (gives more)   balans >= 0 (takes as much or more)
    invloed >= HOOG  invloedrijke_gever        invloedrijke_haler
    invloed <  HOOG  stille_gever              stille_haler

- ``HOOG = 3``: invloed is a whole number 0-5, six steps whose middle lies between 2
  and 3; 3, 4 and 5 are the upper half of the scale, the partners the mapper sees as
  having more than middling say.  The boundary belongs to the influential side.
- ``balans == 0`` (gives exactly as much as it takes) counts as a *haler*.  A *gever* is
  a partner with a net contribution, the one at risk of giving up; a partner whose
  contribution is fully matched has no such grievance.  So on both axes the boundary
  belongs to the upper side, and the haler quadrants read "takes at least as much as it
  brings".
- The kwadrant shows the direction of the imbalance, not its size: a partner just
  below 0 is a gever too.  The ``klasse`` column (threshold ``drempel``) tells whether it
  is far out of balance, and that is where the debrief matters most.
- A partner without a known invloed, or without stromen (balans undefined), has no
  kwadrant (``None``).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from systeem.analyses import balans as balans_mod
from systeem.model.kaart import Kaart
from systeem.teksten import TALEN, tekst

#: Invloed from which a partner counts as influential (0-5 scale, boundary inclusive).
HOOG = 3

INVLOEDRIJKE_GEVER = "invloedrijke_gever"
INVLOEDRIJKE_HALER = "invloedrijke_haler"
STILLE_GEVER = "stille_gever"
STILLE_HALER = "stille_haler"
#: The kwadrant codes: influential first, giver before haler.
KWADRANTEN = (INVLOEDRIJKE_GEVER, INVLOEDRIJKE_HALER, STILLE_GEVER, STILLE_HALER)


def kwadranten(kaart: Kaart, drempel: float = balans_mod.DREMPEL, taal: str = "nl") -> pd.DataFrame:
    """Return the invloed x balans kwadrant of every partner.

    Definition: ``invloedrijk`` when ``invloed >= HOOG`` (3), ``gever`` when
    ``balans < 0``, ``haler`` when ``balans >= 0``; no kwadrant when the invloed is unknown
    or the partner has no stromen (see the module docstring for the boundaries).

    Parameters
    ----------
    kaart : the kaart.
    drempel : the balance threshold for the ``klasse`` column (:func:`systeem.analyses.balans.balans`);
        the kwadrant itself does not depend on it.
    taal : ``"nl"`` or ``"en"`` for the ``titel`` column.

    Returns
    -------
    A frame indexed by partner id, in kaart order, with columns ``naam``, ``invloed``
    (Int64, NA when unknown), ``balans`` (float, NaN without stromen), ``klasse``,
    ``kwadrant`` (a code of :data:`KWADRANTEN`, or ``None``) and ``titel`` (the
    kwadrant's short title in ``taal``, or ``None``).

    Example
    -------
    >>> from systeem.model.validatie import valideer
    >>> k = valideer({"formaat": "systeemkaart", "versie": 1, "titel": "T",
    ...     "partners": [{"id": "a", "naam": "A", "invloed": 4},
    ...                  {"id": "b", "naam": "B", "invloed": 1},
    ...                  {"id": "c", "naam": "C"}],
    ...     "stromen": [{"van": "a", "naar": "b", "soort": "geld", "waarde": 3},
    ...                 {"van": "c", "naar": "opgave", "soort": "tijd", "waarde": 1}]})
    >>> kwadranten(k)["kwadrant"].to_dict()
    {'a': 'invloedrijke_gever', 'b': 'stille_haler', 'c': None}
    >>> kwadranten(k, taal="en").loc["a", "titel"]
    'Influential giver'
    """
    _controleer_taal(taal)
    tabel = balans_mod.balans(kaart, drempel)
    invloed = pd.Series(
        kaart.partners["invloed"].to_numpy(), index=tabel.index, dtype="Int64", name="invloed"
    )
    bekend = (invloed.notna() & tabel["balans"].notna()).to_numpy()
    hoog = invloed.fillna(0).to_numpy() >= HOOG
    geeft = tabel["balans"].fillna(0).to_numpy() < 0
    code = np.select(
        [~bekend, hoog & geeft, hoog, geeft],
        [None, INVLOEDRIJKE_GEVER, INVLOEDRIJKE_HALER, STILLE_GEVER],
        default=STILLE_HALER,
    )
    kwadrant = pd.Series(code, index=tabel.index, dtype=object, name="kwadrant")
    titels = {c: debrief(c, taal)[0] for c in KWADRANTEN}
    titel = kwadrant.map(titels).astype(object)
    return pd.DataFrame(
        {
            "naam": tabel["naam"],
            "invloed": invloed,
            "balans": tabel["balans"].astype("float64"),
            "klasse": tabel["klasse"],
            "kwadrant": kwadrant,
            "titel": titel.where(titel.notna(), None),
        },
        index=tabel.index,
    )


def debrief(code: str, taal: str = "nl") -> tuple[str, str]:
    """Return the short title and the debrief text of a kwadrant.

    The text says in two or three sentences what the pattern tends to do to a
    collaboration and ends with one question a trainer can put to the room.

    Parameters
    ----------
    code : one of :data:`KWADRANTEN`.
    taal : ``"nl"`` or ``"en"``.

    Returns
    -------
    ``(titel, uitleg)``, from the teksten keys ``kwadrant.<code>.titel`` and
    ``kwadrant.<code>.uitleg``.

    Example
    -------
    >>> debrief("stille_gever")[0], debrief("stille_gever", "en")[0]
    ('Stille gever', 'Quiet giver')
    """
    if code not in KWADRANTEN:
        raise ValueError(f"kwadrant moet een van {KWADRANTEN} zijn, niet {code!r}")
    _controleer_taal(taal)
    return tekst(f"kwadrant.{code}.titel", taal), tekst(f"kwadrant.{code}.uitleg", taal)


def _controleer_taal(taal: str) -> None:
    if taal not in TALEN:
        raise ValueError(f"taal moet een van {TALEN} zijn, niet {taal!r}")
