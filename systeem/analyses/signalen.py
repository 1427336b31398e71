"""Signalen: findings about a kaart, each with a suggestion for restoring balance.

A signaal has a ``code``, the ``partners`` it is about and a short ``tekst`` that names
the finding and suggests moves drawn from the four classic ways to restore balance
(adjust the ambition, adjust who contributes what, compensate the partner that gives up
a lot, bring in a third party).  The codes, in the order they are listed:

========================== =========================================================
``geeft_veel_meer``        a partner gives far more than it takes (klasse)
``haalt_veel_meer``        a partner takes far more than it gives (klasse)
``geen_stromen``           a partner on the map brings and takes nothing
``eenzijdige_afhankelijkheid`` a strong dependency that is hardly returned
``splitst_netwerk``        the partner's departure cuts nodes off from the network
                           (the opgave's piece or, apart from the opgave, the
                           largest piece; see :func:`systeem.analyses.netwerk.afgesneden`)
``systeem_uit_balans``     at least half of the partners with stromen (and at least
                           two) are out of balance
========================== =========================================================

:func:`signalen` is remembered by the kaart's content (:func:`systeem.model.geheugen.onthoud`),
keyed by kaart, drempel and taal; ``balans_tabel`` only saves work and is not part of
the key, so it must be what its docstring says.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from systeem.analyses import afhankelijkheid, balans, netwerk
from systeem.model.geheugen import onthoud
from systeem.model.kaart import Kaart
from systeem.teksten import tekst

CODES = (
    "geeft_veel_meer",
    "haalt_veel_meer",
    "geen_stromen",
    "eenzijdige_afhankelijkheid",
    "splitst_netwerk",
    "systeem_uit_balans",
)

#: The system as a whole is out of balance from this share of partners out of balance.
SYSTEEM_AANDEEL = 0.5


@dataclass(frozen=True)
class Signaal:
    """One finding: a code from :data:`CODES`, the partner ids involved, a Dutch text."""

    code: str
    partners: tuple[str, ...]
    tekst: str

    def als_dict(self) -> dict[str, object]:
        """The signaal as a JSON-able dict (``partners`` as a list)."""
        return {"code": self.code, "partners": list(self.partners), "tekst": self.tekst}


@onthoud(buiten_sleutel=("balans_tabel",))
def signalen(
    kaart: Kaart,
    drempel: float = balans.DREMPEL,
    taal: str = "nl",
    balans_tabel: pd.DataFrame | None = None,
) -> list[Signaal]:
    """Return every signaal the kaart raises, grouped by code in :data:`CODES` order,
    partners in kaart order within a code.

    Parameters
    ----------
    kaart : the kaart.
    drempel : the balance threshold (see :mod:`systeem.analyses.balans`).
    taal : language of the texts, ``"nl"`` or ``"en"``.
    balans_tabel : the result of ``balans.balans(kaart, drempel)`` when the caller has it
        already; computed when absent.  Not part of the memo's key: pass nothing else.

    Example
    -------
    >>> from systeem.model.schets import schets
    >>> k = schets("a b", "a>opgave geld 3")
    >>> [(s.code, s.partners) for s in signalen(k)]
    [('geeft_veel_meer', ('a',)), ('geen_stromen', ('b',))]
    """
    tabel = balans.balans(kaart, drempel) if balans_tabel is None else balans_tabel
    namen = kaart.namen()
    uit: list[Signaal] = []
    klassen = tabel["klasse"].to_numpy()
    kolommen = [
        tabel.index.to_numpy(),
        *(tabel[k].to_numpy() for k in ("naam", "brengen", "halen")),
    ]
    for code in (balans.GEEFT_VEEL_MEER, balans.HAALT_VEEL_MEER, balans.GEEN_STROMEN):
        rijen = np.flatnonzero(klassen == code)
        uit += [
            Signaal(
                code,
                (pid,),
                tekst(f"signaal.{code}", taal, naam=naam, brengen=int(b), halen=int(h)),
            )
            for pid, naam, b, h in zip(*(k[rijen] for k in kolommen), strict=True)
        ]
    for r in afhankelijkheid.eenzijdig(kaart).itertuples():
        waarvoor = tekst("signaal.waarvoor", taal, waarvoor=r.waarvoor) if r.waarvoor else ""
        uit.append(
            Signaal(
                "eenzijdige_afhankelijkheid",
                (r.partner, r.afhankelijk_van),
                tekst(
                    "signaal.eenzijdige_afhankelijkheid",
                    taal,
                    afhankelijk=namen[r.partner],
                    van=namen[r.afhankelijk_van],
                    sterkte=r.sterkte,
                    waarvoor=waarvoor,
                ),
            )
        )
    for pid, los in netwerk.afgesneden(kaart).items():
        uit.append(
            Signaal(
                "splitst_netwerk",
                (pid, *los),
                tekst(
                    "signaal.splitst_netwerk",
                    taal,
                    naam=namen[pid],
                    los=_opsomming(los, namen, taal),
                ),
            )
        )
    uit += _systeem_signaal(tabel, taal)
    return uit


def _systeem_signaal(tabel: pd.DataFrame, taal: str) -> list[Signaal]:
    met = int((tabel["klasse"] != balans.GEEN_STROMEN).sum())
    uit_balans = tabel.index[tabel["klasse"].isin(balans.UIT_BALANS)]
    if met < 2 or len(uit_balans) < 2 or len(uit_balans) / met < SYSTEEM_AANDEEL:
        return []
    return [
        Signaal(
            "systeem_uit_balans",
            tuple(uit_balans),
            tekst("signaal.systeem_uit_balans", taal, uit=len(uit_balans), met=met),
        )
    ]


def _opsomming(ids: list[str], namen: dict[str, str], taal: str) -> str:
    """ "A", "A en B", "A, B en C" (or "and" in English)."""
    woorden = [namen[i] for i in ids]
    en = " and " if taal == "en" else " en "
    return woorden[0] if len(woorden) == 1 else ", ".join(woorden[:-1]) + en + woorden[-1]
