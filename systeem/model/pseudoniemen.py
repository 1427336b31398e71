"""Pseudoniemen: a kaart with its partners renamed "Partner A", "Partner B", ...

A participant who maps a real collaboration may not want the room to see who is who.
:func:`pseudoniemen` returns a copy of the kaart in which every partner's name is
replaced by a letter name in kaart order, and every mention of a partner's name in the
kaart's other texts (titel, opgave, toelichting, omschrijvingen, waarvoor, belangen,
the free text of its scenarios and the notities of the pijlerscan) is replaced by that
partner's pseudonym.  A partner's own toelichting and sector are cleared, because they
describe who the partner is, and so are the extra fields of partners, stromen and the
opgave (an imported file's IDs, Tags and descriptions can name a partner).  Ids, stromen and weights stay as they are, so the balance
and the map's shape do not change.

The beoordelaars of the pijlerscan are people too: each is renamed "Beoordelaar 1",
"Beoordelaar 2", ... in the order of their first row, and a mention of a beoordelaar's
name in a notitie is replaced as well (a partner's pseudonym wins when a partner and a
beoordelaar have the same name).  Scores and pijlers stay as they are.
"""

from __future__ import annotations

import re
import string
from typing import Any

import pandas as pd

from systeem.model import scenario
from systeem.model.kaart import Kaart


def pseudoniem(index: int, woord: str = "Partner") -> str:
    """Return the pseudonym of the partner at ``index``: A..Z, then AA, AB, ...

    Example
    -------
    >>> pseudoniem(0), pseudoniem(25), pseudoniem(26)
    ('Partner A', 'Partner Z', 'Partner AA')
    """
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = string.ascii_uppercase[rest] + letters
    return f"{woord} {letters}"


def pseudoniemen(kaart: Kaart, woord: str = "Partner", beoordelaar: str = "Beoordelaar") -> Kaart:
    """Return the kaart with every partner and every beoordelaar named by a pseudonym (see
    the module docstring).

    Parameters
    ----------
    kaart : the kaart.
    woord : the word before the letter (``"Partner"``; the English UI passes the same).
    beoordelaar : the word before a beoordelaar's number (``"Beoordelaar"``).

    Example
    -------
    >>> from systeem.model.validatie import valideer
    >>> k = valideer({"formaat": "systeemkaart", "versie": 1, "titel": "Zorg in Delft",
    ...     "partners": [{"id": "gd", "naam": "Gemeente Delft"}, {"id": "z", "naam": "Zorgpunt"}],
    ...     "stromen": [{"van": "gd", "naar": "z", "soort": "geld", "waarde": 3,
    ...                  "omschrijving": "subsidie van Gemeente Delft aan Zorgpunt"}]})
    >>> p = pseudoniemen(k)
    >>> p.partners["naam"].tolist(), p.stromen.loc[0, "omschrijving"]
    (['Partner A', 'Partner B'], 'subsidie van Partner A aan Partner B')
    >>> k = k.met(pijlers=pd.DataFrame({"beoordelaar": ["Els", "Jan", "Els"],
    ...     "pijler": ["kennis", "kennis", "dialoog"], "score": [4, 2, 3],
    ...     "notitie": ["", "Els kent Zorgpunt goed", ""]}))
    >>> pseudoniemen(k).pijlers[["beoordelaar", "notitie"]].values.tolist()
    [['Beoordelaar 1', ''], ['Beoordelaar 2', 'Beoordelaar 1 kent Partner B goed'], ['Beoordelaar 1', '']]
    """
    namen = kaart.partners["naam"]
    nieuw = pd.Series([pseudoniem(i, woord) for i in range(len(namen))], index=namen.index)
    vervang = _vervanger(dict(zip(namen, nieuw, strict=True)))
    partners = kaart.partners.assign(naam=nieuw.to_numpy(), toelichting="", sector="", extra="")
    stromen = kaart.stromen.assign(
        omschrijving=vervang(kaart.stromen["omschrijving"]), extra=""
    ).astype(kaart.stromen.dtypes.to_dict())
    afh = kaart.afhankelijkheden.assign(waarvoor=vervang(kaart.afhankelijkheden["waarvoor"]))
    belangen = kaart.belangen.assign(omschrijving=vervang(kaart.belangen["omschrijving"]))
    teksten = vervang(pd.Series([kaart.titel, kaart.opgave, kaart.toelichting])).tolist()
    scenarios = tuple(
        scenario.uit_dict(_teksten_vervangen(s.naar_dict(), vervang)) for s in kaart.scenarios
    )
    return kaart.met(
        pijlers=_pijlers(kaart.pijlers, dict(zip(namen, nieuw, strict=True)), beoordelaar),
        scenarios=scenarios,
        titel=teksten[0],
        opgave=teksten[1],
        toelichting=teksten[2],
        opgave_extra={},
        partners=partners.astype(kaart.partners.dtypes.to_dict()),
        stromen=stromen,
        afhankelijkheden=afh,
        belangen=belangen,
    )


#: Fields of a scenario that hold ids or fixed words, not free text.
_GEEN_TEKST = frozenset(
    {
        "zet",
        "partner",
        "van",
        "naar",
        "met",
        "id",
        "partners",
        "soort",
        "sleutel",
        "richting",
        "gewichten",
        "type",
    }
)


def _pijlers(scores: pd.DataFrame, partners: dict[str, str], woord: str) -> pd.DataFrame:
    """The pijlerscan with each beoordelaar numbered in order of first appearance and the
    names of partners and beoordelaars in the notities replaced."""
    namen = scores["beoordelaar"].astype(object)
    nummer = pd.Series(pd.factorize(namen)[0] + 1, index=scores.index)
    nieuw = woord + " " + nummer.astype(str)
    wie = dict(zip(namen, nieuw, strict=True))
    vervang = _vervanger({**wie, **partners})
    return scores.assign(
        beoordelaar=nieuw.to_numpy(), notitie=vervang(scores["notitie"]).to_numpy()
    ).astype(scores.dtypes.to_dict())


def _teksten_vervangen(doc: Any, vervang) -> Any:
    """A scenario dict with the names in its free-text fields replaced."""
    if isinstance(doc, list):
        return [_teksten_vervangen(d, vervang) for d in doc]
    if isinstance(doc, dict):
        return {
            k: v if k in _GEEN_TEKST else _teksten_vervangen(v, vervang) for k, v in doc.items()
        }
    if isinstance(doc, str):
        return vervang(pd.Series([doc])).iloc[0]
    return doc


def _vervanger(tabel: dict[str, str]):
    """A function that replaces every whole-word mention of a name in a text column.

    Longer names go first, so "Gemeente Delft" wins over "Gemeente".
    """
    if not tabel:
        return lambda kolom: kolom
    patroon = re.compile(
        r"(?<!\w)("
        + "|".join(re.escape(n) for n in sorted(tabel, key=len, reverse=True))
        + r")(?!\w)"
    )
    return lambda kolom: kolom.str.replace(patroon, lambda m: tabel[m.group(0)], regex=True)
