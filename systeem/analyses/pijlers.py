"""Pijlers: the pijlerscan, a group's view of the eight pillars of chain collaboration.

The model (after *Ketens de Baas*, NORA): a collaboration in a chain stands on eight
*pijlers*, two in each of four *dimensies*, and each dimensie carries a tension a
group can name:

    dimensie     spanning            pijlers
    cultureel    wil of weerstand?   mindset, speelruimte
    relationeel  samen of solo?      vertrouwen, dialoog
    procedureel  orde of chaos?      structuur, transparantie
    inhoudelijk  eens of oneens?     kennis, doelstelling

In a scan one or more *beoordelaars* (raters, each by name) give each pijler a score
from 1 (weak) to 5 (strong), with an optional *notitie*; scoring a pijler is optional.
Like the weights on the map, a score is a perception, not a measurement: the scan is
there to start a conversation, and the pijlers where the raters differ most are where
that conversation is.

The scores of a kaart are one frame with the columns and dtypes of :data:`KOLOMMEN`:
one row per (beoordelaar, pijler) that has a score or a notitie; ``score`` NA means
"niet gescoord"; (beoordelaar, pijler) is unique; ``pijler`` is one of :data:`PIJLERS`.
:func:`controleer` is the way in from a table or a widget; :func:`met_score`,
:func:`zonder_beoordelaar` and :func:`hernoem_beoordelaar` change a scores frame and
return a new one.

Definitions of the figures (:func:`per_pijler`, :func:`per_dimensie`, :func:`zwakste`):

- **gemiddelde** of a pijler: the mean of the scores it got.  A rater who did not score
  it is left out (not counted as 0); NaN when nobody scored it.
- **spreiding**: hoogste - laagste score of a pijler; 0 when one rater scored it.
- **standaardafwijking**: the population standard deviation (``ddof=0``): the raters
  are the whole group whose views the scan describes, not a sample of a larger one;
  0 for a single score.
- **per dimensie**: the mean of the gemiddelden of its two pijlers, so each pijler
  weighs the same even when fewer raters scored it (pooling all scores would let the
  pijler with more scores decide).  With one of the two unscored, the other's
  gemiddelde; NaN when neither is scored.
- **zwakste**: the scored pijlers with the lowest gemiddelde.  Equal gemiddelden keep
  the order of :data:`PIJLERS`, and a pijler that ties with the n-th is included too,
  so the answer can be longer than n: which of two equally weak pijlers to leave out
  would be an arbitrary choice.
- **radar**: pijler k on the spoke at 90° - k x 45° (clockwise from the top), a score r at
  distance r from the centre; a line only between neighbouring pijlers that are both
  scored (:func:`radar_punten`, :func:`radar_lijnen`); the spokes with the side their
  label goes on, the rings at the scores 1-5 and where their numbers stand
  (:func:`radar_spaken`, :func:`radar_ringen`, :func:`radar_ringgetallen`).  The page and
  the hand-out only draw what these give.

The names, the explanations (in our own words) and the tensions are in
:mod:`systeem.teksten`, in Dutch and English (:func:`pijler_tekst`,
:func:`dimensie_tekst`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

import numpy as np
import pandas as pd

# The module, not its names: kaart.py or validatie.py may import this module in turn.
from systeem.model import validatie  # KaartFout, Probleem
from systeem.teksten import TALEN, tekst

#: The four dimensies, in the order of the model.
DIMENSIES: tuple[str, ...] = ("cultureel", "relationeel", "procedureel", "inhoudelijk")

#: The eight pijlers with their dimensie, in the order of the model (two per dimensie).
DIMENSIE: dict[str, str] = {
    "mindset": "cultureel",  # mindset gericht op ketensamenwerking
    "speelruimte": "cultureel",  # doelgebonden speelruimte
    "vertrouwen": "relationeel",  # vertrouwen tussen ketenpartners
    "dialoog": "relationeel",  # organisatieoverschrijdende dialoog
    "structuur": "procedureel",  # organisatieoverstijgende ketenstructuur
    "transparantie": "procedureel",  # transparantie over resultaten
    "kennis": "inhoudelijk",  # kennis van de keten
    "doelstelling": "inhoudelijk",  # eenduidige en inspirerende ketendoelstelling
}

#: The eight pijler ids, in order.
PIJLERS: tuple[str, ...] = tuple(DIMENSIE)

#: The pijlers of each dimensie.
PIJLERS_VAN: dict[str, tuple[str, ...]] = {
    d: tuple(p for p in PIJLERS if DIMENSIE[p] == d) for d in DIMENSIES
}

#: Columns and dtypes of a scores frame (``Kaart.pijlers``), in file order.
KOLOMMEN: dict[str, str] = {
    "beoordelaar": "str",
    "pijler": "str",
    "score": "Int64",
    "notitie": "str",
}

#: The lowest and the highest score.
LAAGST, HOOGST = 1, 5
SCORES: tuple[int, ...] = tuple(range(LAAGST, HOOGST + 1))
#: On a radar, the angle of each pijler's spoke in radians: the first at the top (90°),
#: then clockwise, 45° apart (:func:`radar_punten`, and the hand-out's radar).
HOEKEN: np.ndarray = np.pi / 2 - 2 * np.pi * np.arange(len(PIJLERS)) / len(PIJLERS)
#: The angle halfway between the first two spokes, where a radar puts its ring numbers.
TUSSEN = np.pi / 2 - np.pi / len(PIJLERS)


class PijlerTekst(NamedTuple):
    """What the interface says about one pijler."""

    naam: str  #: the full name ("Vertrouwen tussen ketenpartners")
    kort: str  #: a short label for charts ("Vertrouwen")
    uitleg: str  #: one or two sentences on what the pijler is about


class DimensieTekst(NamedTuple):
    """What the interface says about one dimensie."""

    naam: str  #: "Cultureel"
    spanning: str  #: the tension, a question: "wil of weerstand?"
    uitleg: str  #: one sentence on what the tension asks


# ---------------------------------------------------------------------------
# Building and checking a scores frame.


def leeg() -> pd.DataFrame:
    """Return a scores frame without rows (no one has scored anything).

    Example
    -------
    >>> leeg().dtypes.astype(str).to_dict()
    {'beoordelaar': 'str', 'pijler': 'str', 'score': 'Int64', 'notitie': 'str'}
    """
    return pd.DataFrame({k: pd.array([], dtype=d) for k, d in KOLOMMEN.items()})


def controleer(rijen: pd.DataFrame | Iterable[Mapping[str, Any]] | None) -> pd.DataFrame:
    """Turn rows from a table or a widget into a valid scores frame.

    What an editor hands back is untidy; the rules:

    - text is trimmed; a pijler is matched without regard to case (``" Vertrouwen"``);
    - an empty score (``None``, NaN, ``""``) means "niet gescoord"; a whole number 1-5
      may come as ``3``, ``3.0`` or ``"3"``;
    - a row left completely empty is ignored, and so is a row with neither a score nor
      a notitie (there is nothing to keep);
    - (beoordelaar, pijler) is unique: a second row for the same pair is a problem.

    Parameters
    ----------
    rijen : a frame or records with (some of) the columns of :data:`KOLOMMEN`; missing
        columns count as empty.  ``None`` is no rows.

    Returns
    -------
    The scores frame: the kept rows in their order, the dtypes of :data:`KOLOMMEN`,
    rows numbered 0, 1, 2, ...

    Raises
    ------
    KaartFout
        listing every problem, each with its place ``pijlers[i].veld`` where ``i``
        counts the rows as given, from 0.  Nothing is returned then.

    Example
    -------
    >>> controleer([{"beoordelaar": " Anna", "pijler": "Vertrouwen", "score": 4.0},
    ...             {"beoordelaar": "Anna", "pijler": "kennis", "notitie": "weet weinig"},
    ...             {"beoordelaar": "Anna", "pijler": "dialoog"}])  # doctest: +NORMALIZE_WHITESPACE
      beoordelaar      pijler  score      notitie
    0        Anna  vertrouwen      4
    1        Anna      kennis   <NA>  weet weinig
    >>> controleer([{"beoordelaar": "", "pijler": "geld", "score": 7}])
    Traceback (most recent call last):
    ...
    systeem.model.problemen.KaartFout: De kaart klopt niet (3 problemen):
    - pijlers[0].beoordelaar: is nog leeg; vul de naam van de beoordelaar in
    - pijlers[0].pijler: onbekende pijler "geld"; kies uit mindset, speelruimte, vertrouwen, dialoog, structuur, transparantie, kennis, doelstelling
    - pijlers[0].score: moet een geheel getal van 1 tot en met 5 zijn (of leeg: niet gescoord), niet 7
    """
    frame = _als_frame(rijen)
    beoordelaar, b_fout = _tekst(frame["beoordelaar"])
    pijler, p_fout = _tekst(frame["pijler"])
    notitie, n_fout = _tekst(frame["notitie"])
    score, s_fout = _score(frame["score"])
    pijler = pijler.str.lower()

    leeg_ = beoordelaar.isna() & pijler.isna() & score.isna() & notitie.isna()
    leeg_ &= ~(b_fout | p_fout | n_fout | s_fout)
    problemen: list[tuple[int, int, validatie.Probleem]] = []

    def meld(masker: pd.Series, veld: int, naam: str, code: str, waarden) -> None:
        for i in frame.index[masker & ~leeg_]:
            problemen.append((i, veld, validatie.Probleem(("pijlers", i, naam), code, waarden(i))))

    def niet(kolom: str):
        return lambda i: {"invoer": _niet(frame.at[i, kolom])}

    meld(b_fout, 0, "beoordelaar", "probleem.tekst_type", niet("beoordelaar"))
    meld(beoordelaar.isna() & ~b_fout, 0, "beoordelaar", _LEGE_NAAM, _geen)
    meld(p_fout, 1, "pijler", "probleem.tekst_type", niet("pijler"))
    meld(pijler.isna() & ~p_fout, 1, "pijler", "probleem.pijler.leeg", _geen)
    onbekend = pijler.notna() & ~pijler.isin(PIJLERS)
    meld(
        onbekend,
        1,
        "pijler",
        "probleem.pijler.onbekend",
        lambda i: {"pijler": _kort(pijler[i]), "opties": _KIES_UIT},
    )
    meld(
        s_fout,
        2,
        "score",
        "probleem.pijler.score",
        lambda i: {"laag": LAAGST, "hoog": HOOGST, **niet("score")(i)},
    )
    meld(n_fout, 3, "notitie", "probleem.tekst_type", niet("notitie"))

    houden = ~leeg_ & (score.notna() | notitie.notna())
    goed = houden & beoordelaar.notna() & pijler.isin(PIJLERS)
    paar = pd.DataFrame({"b": beoordelaar, "p": pijler})[goed]
    dubbel = paar.duplicated(keep="first")
    eerste = paar[~dubbel].reset_index().set_index(["b", "p"])["index"]
    for i in paar.index[dubbel]:
        j = int(eerste[(paar.at[i, "b"], paar.at[i, "p"])])
        waarden = {
            "beoordelaar": _kort(paar.at[i, "b"]),
            "pijler": paar.at[i, "p"],
            "rij": j + 1,
            "eerste": ("pijlers", j),
        }
        problemen.append(
            (i, 1, validatie.Probleem(("pijlers", i, "pijler"), "probleem.pijler.dubbel", waarden))
        )

    if problemen:
        problemen.sort(key=lambda p: p[:2])
        raise validatie.KaartFout([p for _, _, p in problemen])
    return _frame(beoordelaar[houden], pijler[houden], score[houden], notitie[houden].fillna(""))


def met_score(
    scores: pd.DataFrame,
    beoordelaar: str,
    pijler: str,
    score: int | None,
    notitie: str = "",
) -> pd.DataFrame:
    """Return the scores with one beoordelaar's score and notitie for one pijler set.

    The row of (beoordelaar, pijler) keeps its place; a new one goes after that
    beoordelaar's last row (at the end for a new beoordelaar).  With neither a score
    nor a notitie the row goes: the pijler is "niet gescoord".

    Parameters
    ----------
    scores : a valid scores frame.
    beoordelaar : the rater's name (trimmed).
    pijler : one of :data:`PIJLERS`.
    score : a whole number 1-5, or ``None`` for niet gescoord.
    notitie : a note; empty for none.

    Raises
    ------
    KaartFout
        for an empty name, an unknown pijler or a score outside 1-5, with the place the
        row would have (``pijlers[i].score``); nothing changes then.

    Example
    -------
    >>> s = met_score(leeg(), "Anna", "vertrouwen", 4)
    >>> s = met_score(s, "Bob", "vertrouwen", 2, "weinig contact")
    >>> met_score(s, "Anna", "kennis", 3)[["beoordelaar", "pijler", "score"]]
      beoordelaar      pijler  score
    0        Anna  vertrouwen      4
    1        Anna      kennis      3
    2         Bob  vertrouwen      2
    >>> len(met_score(s, "Anna", "vertrouwen", None))
    1
    >>> met_score(s, "Anna", "vertrouwen", 6)
    Traceback (most recent call last):
    ...
    systeem.model.problemen.KaartFout: De kaart klopt niet (1 probleem):
    - pijlers[0].score: moet een geheel getal van 1 tot en met 5 zijn (of leeg: niet gescoord), niet 6
    """
    b = beoordelaar.strip() if isinstance(beoordelaar, str) else beoordelaar
    p = pijler.strip().lower() if isinstance(pijler, str) else pijler
    rijen = scores.reindex(columns=list(KOLOMMEN)).astype(object).reset_index(drop=True)
    nieuw = pd.DataFrame(
        [{"beoordelaar": b, "pijler": p, "score": score, "notitie": notitie}], dtype=object
    )
    zelfde = (rijen["beoordelaar"] == b) & (rijen["pijler"] == p)
    if zelfde.any():
        plek = int(zelfde.to_numpy().argmax())
        rijen = pd.concat([rijen.iloc[:plek], nieuw, rijen.iloc[plek + 1 :]])
    else:
        van_hem = np.flatnonzero((rijen["beoordelaar"] == b).to_numpy())
        plek = int(van_hem[-1]) + 1 if len(van_hem) else len(rijen)
        rijen = pd.concat([rijen.iloc[:plek], nieuw, rijen.iloc[plek:]])
    return controleer(rijen.reset_index(drop=True))


def zonder_beoordelaar(scores: pd.DataFrame, beoordelaar: str) -> pd.DataFrame:
    """Return the scores without any row of ``beoordelaar`` (unchanged when there is none).

    Parameters
    ----------
    scores : a valid scores frame.
    beoordelaar : the name of the rater to remove, as it is in ``scores``.

    Example
    -------
    >>> s = met_score(met_score(leeg(), "Anna", "kennis", 4), "Bob", "kennis", 2)
    >>> zonder_beoordelaar(s, "Anna")["beoordelaar"].tolist()
    ['Bob']
    """
    return scores[scores["beoordelaar"] != beoordelaar].reset_index(drop=True)


def hernoem_beoordelaar(scores: pd.DataFrame, oud: str, nieuw: str) -> pd.DataFrame:
    """Return the scores with beoordelaar ``oud`` renamed to ``nieuw`` (trimmed).

    A beoordelaar name is unique without regard to case and surrounding spaces
    (:func:`bezet`): "anna" cannot sit next to "Anna", since nobody could tell them
    apart in a legend.  Changing only the case of one's own name is fine.

    Parameters
    ----------
    scores : a valid scores frame.
    oud : the rater's name as it is in ``scores``.
    nieuw : the new name.

    Raises
    ------
    KaartFout
        when ``oud`` has no rows, ``nieuw`` is empty, or another beoordelaar already
        has the name; the place is ``pijlers[i].beoordelaar`` of ``oud``'s first row.

    Example
    -------
    >>> s = met_score(met_score(leeg(), "Anna", "kennis", 4), "Bob", "kennis", 2)
    >>> hernoem_beoordelaar(s, "Anna", " Anne ")["beoordelaar"].tolist()
    ['Anne', 'Bob']
    >>> hernoem_beoordelaar(s, "Anna", "bob")
    Traceback (most recent call last):
    ...
    systeem.model.problemen.KaartFout: De kaart klopt niet (1 probleem):
    - pijlers[0].beoordelaar: er is al een beoordelaar "Bob"; kies een andere naam
    """
    van_hem = np.flatnonzero((scores["beoordelaar"] == oud).to_numpy())
    if not len(van_hem):
        raise validatie.KaartFout(
            [
                validatie.Probleem(
                    ("pijlers",), "probleem.pijler.onbekende_beoordelaar", {"naam": _kort(oud)}
                )
            ]
        )
    plek = ("pijlers", int(van_hem[0]), "beoordelaar")
    naam = nieuw.strip() if isinstance(nieuw, str) else ""
    if not naam:
        raise validatie.KaartFout([validatie.Probleem(plek, _LEGE_NAAM)])
    andere = [b for b in beoordelaars(scores) if b != oud]
    if bezet(naam, andere):
        gelijk = next(b for b in andere if _vorm(b) == _vorm(naam))
        raise validatie.KaartFout(
            [validatie.Probleem(plek, "probleem.pijler.naam_bezet", {"naam": _kort(gelijk)})]
        )
    uit = scores.copy()
    uit["beoordelaar"] = uit["beoordelaar"].where(uit["beoordelaar"] != oud, naam)
    return controleer(uit)


def beoordelaars(scores: pd.DataFrame) -> list[str]:
    """Return the beoordelaars of a scores frame, in the order of their first row.

    Parameters
    ----------
    scores : a valid scores frame.

    Example
    -------
    >>> s = met_score(met_score(leeg(), "Bob", "kennis", 2), "Anna", "kennis", 4)
    >>> beoordelaars(s)
    ['Bob', 'Anna']
    """
    return scores["beoordelaar"].drop_duplicates().tolist()


def bezet(naam: str, namen: Iterable[str]) -> bool:
    """Whether ``naam`` is already among ``namen``, ignoring case and spaces around and
    between words (``" anna  de vries"`` is ``"Anna de Vries"``).

    Parameters
    ----------
    naam : a proposed rater name.
    namen : the names it must differ from.

    Example
    -------
    >>> bezet(" anna ", ["Anna", "Bob"]), bezet("Ann", ["Anna"])
    (True, False)
    """
    vorm = _vorm(naam)
    return any(_vorm(n) == vorm for n in namen)


# ---------------------------------------------------------------------------
# The figures.


def per_pijler(scores: pd.DataFrame) -> pd.DataFrame:
    """Return the figures of each pijler over all beoordelaars.

    Definitions in the module docstring: gemiddelde over the scores given (a pijler a
    rater left open does not count), spreiding = hoogste - laagste, population
    standaardafwijking.

    Parameters
    ----------
    scores : a valid scores frame.

    Returns
    -------
    A frame indexed by pijler, all eight in the order of :data:`PIJLERS`, with columns
    ``dimensie``, ``gemiddelde``, ``aantal`` (number of scores, int), ``laagste``,
    ``hoogste``, ``spreiding`` and ``standaardafwijking`` (floats, NaN where nobody
    scored).

    Example
    -------
    >>> s = controleer([{"beoordelaar": "A", "pijler": "vertrouwen", "score": 2},
    ...                 {"beoordelaar": "B", "pijler": "vertrouwen", "score": 5},
    ...                 {"beoordelaar": "C", "pijler": "vertrouwen", "score": 5}])
    >>> f = per_pijler(s)
    >>> f.loc["vertrouwen", ["gemiddelde", "laagste", "hoogste", "spreiding"]].tolist()
    [4.0, 2.0, 5.0, 3.0]
    >>> int(f.loc["vertrouwen", "aantal"]), round(float(f.loc["vertrouwen", "standaardafwijking"]), 3)
    (3, 1.414)
    >>> f.loc["kennis", ["gemiddelde", "spreiding"]].tolist(), int(f.loc["kennis", "aantal"])
    ([nan, nan], 0)
    """
    score = pd.Series(_floats(scores["score"]), index=scores.index)
    groep = score.groupby(scores["pijler"].to_numpy())
    figuren = pd.DataFrame(
        {
            "gemiddelde": groep.mean(),
            "aantal": groep.count(),
            "laagste": groep.min(),
            "hoogste": groep.max(),
            "standaardafwijking": groep.std(ddof=0),
        }
    ).reindex(list(PIJLERS))
    uit = pd.DataFrame(
        {
            "dimensie": pd.Series(DIMENSIE).reindex(list(PIJLERS)),
            "gemiddelde": figuren["gemiddelde"],
            "aantal": figuren["aantal"].fillna(0).astype("int64"),
            "laagste": figuren["laagste"],
            "hoogste": figuren["hoogste"],
            "spreiding": figuren["hoogste"] - figuren["laagste"],
            "standaardafwijking": figuren["standaardafwijking"],
        }
    )
    uit.index.name = "pijler"
    return uit


def per_beoordelaar(scores: pd.DataFrame) -> pd.DataFrame:
    """Return the scores as a pijler x beoordelaar matrix.

    Parameters
    ----------
    scores : a valid scores frame.

    Returns
    -------
    A frame indexed by pijler (all eight, in order) with one Int64 column per
    beoordelaar (in the order of :func:`beoordelaars`); NA where a beoordelaar did not
    score the pijler.

    Example
    -------
    >>> s = controleer([{"beoordelaar": "A", "pijler": "kennis", "score": 2},
    ...                 {"beoordelaar": "B", "pijler": "mindset", "score": 4}])
    >>> per_beoordelaar(s).loc[["mindset", "kennis"]]  # doctest: +NORMALIZE_WHITESPACE
    beoordelaar     A     B
    pijler
    mindset      <NA>     4
    kennis          2  <NA>
    """
    matrix = (
        scores.pivot(index="pijler", columns="beoordelaar", values="score")
        .reindex(index=list(PIJLERS), columns=beoordelaars(scores))
        .astype("Int64")
    )
    matrix.index.name, matrix.columns.name = "pijler", "beoordelaar"
    return matrix


def per_dimensie(scores: pd.DataFrame) -> pd.DataFrame:
    """Return the figures of each dimensie.

    Definition: the gemiddelde of a dimensie is the mean of the gemiddelden of its two
    pijlers (each pijler weighs the same); the gemiddelde of the one scored pijler when
    the other is not scored; NaN when neither is.

    Parameters
    ----------
    scores : a valid scores frame.

    Returns
    -------
    A frame indexed by dimensie (the four, in the order of :data:`DIMENSIES`) with
    columns ``gemiddelde`` (float), ``aantal`` (number of scores, int) and
    ``gescoorde_pijlers`` (0, 1 or 2).

    Example
    -------
    >>> s = controleer([{"beoordelaar": "A", "pijler": "vertrouwen", "score": 2},
    ...                 {"beoordelaar": "B", "pijler": "vertrouwen", "score": 4},
    ...                 {"beoordelaar": "A", "pijler": "dialoog", "score": 5},
    ...                 {"beoordelaar": "A", "pijler": "kennis", "score": 1}])
    >>> per_dimensie(s)  # doctest: +NORMALIZE_WHITESPACE
                 gemiddelde  aantal  gescoorde_pijlers
    dimensie
    cultureel           NaN       0                  0
    relationeel         4.0       3                  2
    procedureel         NaN       0                  0
    inhoudelijk         1.0       1                  1
    """
    pp = per_pijler(scores)
    groep = pp.groupby("dimensie", sort=False)
    uit = pd.DataFrame(
        {
            "gemiddelde": groep["gemiddelde"].mean(),
            "aantal": groep["aantal"].sum().astype("int64"),
            "gescoorde_pijlers": groep["gemiddelde"].count().astype("int64"),
        }
    ).reindex(list(DIMENSIES))
    uit.index.name = "dimensie"
    return uit


def zwakste(scores: pd.DataFrame, n: int = 2) -> pd.DataFrame:
    """Return the weakest pijlers: the scored ones with the lowest gemiddelde.

    Ties: equal gemiddelden keep the order of :data:`PIJLERS`, and every pijler that
    ties with the n-th is included, so the answer can hold more than ``n`` pijlers.
    Unscored pijlers are never among them; with nothing scored the answer is empty.

    Parameters
    ----------
    scores : a valid scores frame.
    n : how many pijlers (at least; see ties).

    Returns
    -------
    The rows of :func:`per_pijler` for those pijlers, weakest first.

    Example
    -------
    >>> s = controleer([{"beoordelaar": "A", "pijler": p, "score": w} for p, w in
    ...                 [("mindset", 4), ("vertrouwen", 2), ("kennis", 3), ("doelstelling", 3)]])
    >>> zwakste(s).index.tolist()
    ['vertrouwen', 'kennis', 'doelstelling']
    >>> zwakste(s, n=1).index.tolist()
    ['vertrouwen']
    """
    pp = per_pijler(scores)
    gescoord = pp[pp["gemiddelde"].notna()].sort_values("gemiddelde", kind="stable")
    if n <= 0 or gescoord.empty:
        return gescoord.iloc[:0]
    grens = gescoord["gemiddelde"].iloc[min(n, len(gescoord)) - 1]
    return gescoord[gescoord["gemiddelde"] <= grens]


def overzicht(scores: pd.DataFrame, taal: str = "nl") -> pd.DataFrame:
    """Return the figures per pijler with the names of the pijlers and dimensies, as a
    table for a person (the page, an export, the hand-out).

    Parameters
    ----------
    scores : a valid scores frame.
    taal : ``"nl"`` or ``"en"``.

    Returns
    -------
    One row per pijler, in order, with columns ``pijler`` (id), ``naam``,
    ``dimensie`` (its name), ``spanning``, ``gemiddelde``, ``laagste``, ``hoogste``,
    ``spreiding`` and ``aantal``.

    Example
    -------
    >>> s = controleer([{"beoordelaar": "A", "pijler": "kennis", "score": 2}])
    >>> o = overzicht(s, "en")
    >>> o.loc[6, ["naam", "dimensie", "spanning"]].tolist(), float(o.loc[6, "gemiddelde"])
    (['Knowledge of the chain', 'Substantive', 'agree or disagree?'], 2.0)
    """
    pp = per_pijler(scores)
    dims = {d: dimensie_tekst(d, taal) for d in DIMENSIES}
    return pd.DataFrame(
        {
            "pijler": list(PIJLERS),
            "naam": [pijler_tekst(p, taal).naam for p in PIJLERS],
            "dimensie": [dims[DIMENSIE[p]].naam for p in PIJLERS],
            "spanning": [dims[DIMENSIE[p]].spanning for p in PIJLERS],
            "gemiddelde": pp["gemiddelde"].to_numpy(),
            "laagste": pp["laagste"].to_numpy(),
            "hoogste": pp["hoogste"].to_numpy(),
            "spreiding": pp["spreiding"].to_numpy(),
            "aantal": pp["aantal"].to_numpy(),
        }
    )


# ---------------------------------------------------------------------------
# The radar.


def radar_punten(matrix: pd.DataFrame) -> pd.DataFrame:
    """Return where the scores of a pijler x reeks matrix stand on a radar.

    Pijler k of the eight sits on the spoke at angle :data:`HOEKEN` [k] (90° - k x 45°:
    the first at the top, then clockwise); a score r sits at distance r from the centre.

    Parameters
    ----------
    matrix : scores with the pijlers as index and one column per reeks (a beoordelaar,
        or the average), as :func:`per_beoordelaar` gives; missing scores are left out.

    Returns
    -------
    One row per scored (pijler, reeks): ``pijler``, ``reeks``, ``score``, ``k``, ``x``,
    ``y``.

    Example
    -------
    >>> m = pd.DataFrame({"A": [4.0] + [None] * 7}, index=list(PIJLERS))
    >>> radar_punten(m)[["pijler", "reeks", "k", "x", "y"]].round(6).values.tolist()
    [['mindset', 'A', 0, 0.0, 4.0]]
    """
    lang = matrix.reindex(list(PIJLERS)).astype("float64")
    lang.columns = lang.columns.astype(str)
    lang = lang.rename_axis(index="pijler", columns="reeks").stack(future_stack=True)
    lang = lang.rename("score").reset_index().dropna(subset=["score"])
    k = lang["pijler"].map({p: i for i, p in enumerate(PIJLERS)}).astype("int64")
    return lang.assign(
        k=k,
        x=lang["score"] * np.cos(HOEKEN[k.to_numpy()]),
        y=lang["score"] * np.sin(HOEKEN[k.to_numpy()]),
    )


def radar_lijnen(punten: pd.DataFrame) -> pd.DataFrame:
    """Return the line pieces of the radar polygons: one piece between neighbouring
    pijlers that are both scored, so an unscored pijler leaves a gap (no line that cuts a
    corner pretends to a score).

    Parameters
    ----------
    punten : the result of :func:`radar_punten`.

    Returns
    -------
    Two rows per piece: ``reeks``, ``stuk`` (its id), ``volgorde`` (0, 1), ``x``, ``y``.

    Example
    -------
    >>> m = pd.DataFrame({"A": [4.0, 2.0] + [None] * 6}, index=list(PIJLERS))
    >>> radar_lijnen(radar_punten(m))[["stuk", "volgorde"]].values.tolist()
    [['A|0', 0], ['A|0', 1]]
    """
    begin = punten[["reeks", "k", "x", "y"]]
    eind = begin.assign(k=(begin["k"] - 1) % len(PIJLERS))
    paar = begin.merge(eind, on=["reeks", "k"], suffixes=("_0", "_1"))
    stuk = paar["reeks"] + "|" + paar["k"].astype(str)
    return pd.concat(
        [
            pd.DataFrame(
                {
                    "reeks": paar["reeks"],
                    "stuk": stuk,
                    "volgorde": i,
                    "x": paar[f"x_{i}"],
                    "y": paar[f"y_{i}"],
                }
            )
            for i in (0, 1)
        ],
        ignore_index=True,
    )


def radar_spaken(straal: float = HOOGST) -> pd.DataFrame:
    """Return the spokes of a radar: per pijler the point at distance ``straal`` on its
    spoke, and on which side of that point a label goes.

    Pijler k sits on the spoke at angle :data:`HOEKEN` [k], as in :func:`radar_punten`.
    A spoke is drawn from the centre to the point at ``straal`` :data:`HOOGST`; a pijler's
    name stands at a somewhat larger ``straal``, beside the point on the side away from
    the centre: ``kant`` 1 where the spoke points right (the text begins at the point),
    -1 where it points left (the text ends there), 0 where it points straight up or down
    (the text is centred on it).

    Parameters
    ----------
    straal : the distance from the centre, in score units.

    Returns
    -------
    One row per pijler, in the order of :data:`PIJLERS`: ``pijler``, ``k``, ``x``, ``y``
    and ``kant`` (int).

    Example
    -------
    >>> s = radar_spaken()
    >>> s.loc[[0, 2, 6], ["pijler", "x", "y", "kant"]].round(6).values.tolist()
    [['mindset', 0.0, 5.0, 0], ['vertrouwen', 5.0, 0.0, 1], ['kennis', -5.0, -0.0, -1]]
    """
    cos, sin = np.cos(HOEKEN), np.sin(HOEKEN)
    return pd.DataFrame(
        {
            "pijler": list(PIJLERS),
            "k": np.arange(len(PIJLERS)),
            "x": straal * cos,
            "y": straal * sin,
            "kant": np.sign(np.round(cos, 9)).astype("int64"),
        }
    )


def radar_ringen(stappen: int = 96) -> pd.DataFrame:
    """Return the rings of a radar: a circle at each score of :data:`SCORES` (a score r
    lies at distance r from the centre, as in :func:`radar_punten`), as a closed line of
    ``stappen`` pieces, for a chart that draws lines and no circles.

    Parameters
    ----------
    stappen : how many straight pieces make a circle.

    Returns
    -------
    ``stappen + 1`` rows per ring, the last on the first: ``ring`` (the score),
    ``volgorde`` (0, 1, ... along the circle, from the right, anticlockwise), ``x``, ``y``.

    Example
    -------
    >>> r = radar_ringen(stappen=4)
    >>> r[r["ring"] == 2][["volgorde", "x", "y"]].round(6).values.tolist()
    [[0.0, 2.0, 0.0], [1.0, 0.0, 2.0], [2.0, -2.0, 0.0], [3.0, -0.0, -2.0], [4.0, 2.0, -0.0]]
    """
    rond = np.linspace(0, 2 * np.pi, stappen + 1)
    return pd.DataFrame(
        {
            "ring": np.repeat(np.array(SCORES), len(rond)),
            "volgorde": np.tile(np.arange(len(rond)), len(SCORES)),
            "x": np.outer(SCORES, np.cos(rond)).ravel(),
            "y": np.outer(SCORES, np.sin(rond)).ravel(),
        }
    )


def radar_ringgetallen() -> pd.DataFrame:
    """Return where a radar writes the score of each ring: on the ring, at angle
    :data:`TUSSEN`, halfway between the first two spokes, where no spoke or label is.

    Returns
    -------
    One row per score of :data:`SCORES`: ``ring`` (the score), ``x``, ``y``.

    Example
    -------
    >>> radar_ringgetallen().round(3).values.tolist()[:2]
    [[1.0, 0.383, 0.924], [2.0, 0.765, 1.848]]
    """
    ring = np.array(SCORES)
    return pd.DataFrame({"ring": ring, "x": ring * np.cos(TUSSEN), "y": ring * np.sin(TUSSEN)})


# ---------------------------------------------------------------------------
# Texts.


def pijler_tekst(pijler: str, taal: str = "nl") -> PijlerTekst:
    """Return the name, the short label and the explanation of a pijler.

    Parameters
    ----------
    pijler : one of :data:`PIJLERS`.
    taal : ``"nl"`` or ``"en"``.

    Example
    -------
    >>> pijler_tekst("vertrouwen").naam, pijler_tekst("vertrouwen", "en").kort
    ('Vertrouwen tussen ketenpartners', 'Trust')
    """
    if pijler not in DIMENSIE:
        raise ValueError(f"pijler moet een van {PIJLERS} zijn, niet {pijler!r}")
    _controleer_taal(taal)
    return PijlerTekst(
        *(tekst(f"pijlers.pijler.{pijler}.{deel}", taal) for deel in PijlerTekst._fields)
    )


def dimensie_tekst(dimensie: str, taal: str = "nl") -> DimensieTekst:
    """Return the name, the tension and its explanation of a dimensie.

    Parameters
    ----------
    dimensie : one of :data:`DIMENSIES`.
    taal : ``"nl"`` or ``"en"``.

    Example
    -------
    >>> dimensie_tekst("relationeel")[:2], dimensie_tekst("relationeel", "en")[:2]
    (('Relationeel', 'samen of solo?'), ('Relational', 'together or solo?'))
    """
    if dimensie not in DIMENSIES:
        raise ValueError(f"dimensie moet een van {DIMENSIES} zijn, niet {dimensie!r}")
    _controleer_taal(taal)
    return DimensieTekst(
        *(tekst(f"pijlers.dimensie.{dimensie}.{deel}", taal) for deel in DimensieTekst._fields)
    )


# ---------------------------------------------------------------------------
# Private helpers.

_LEGE_NAAM = "probleem.pijler.lege_naam"
_KIES_UIT = ", ".join(PIJLERS)


def _controleer_taal(taal: str) -> None:
    if taal not in TALEN:
        raise ValueError(f"taal moet een van {TALEN} zijn, niet {taal!r}")


def _als_frame(rijen: Any) -> pd.DataFrame:
    """The rows as an object frame with exactly the four columns, numbered from 0."""
    if rijen is None:
        frame = pd.DataFrame()
    elif isinstance(rijen, pd.DataFrame):
        frame = rijen
    else:
        frame = pd.DataFrame.from_records(
            [r if isinstance(r, Mapping) else {} for r in rijen], columns=None
        )
    frame = frame.reindex(columns=list(KOLOMMEN)).reset_index(drop=True)
    return frame.astype(object).where(frame.notna(), None)


def _tekst(kolom: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Trimmed text (None where empty) and a mask of cells that are not text at all."""
    is_tekst = kolom.map(lambda v: isinstance(v, str)).astype(bool)
    fout = kolom.notna() & ~is_tekst
    tekst_ = kolom.where(is_tekst, None).astype(object)
    schoon = tekst_[is_tekst].astype("str").str.strip()
    tekst_[is_tekst] = schoon.where(schoon != "", None).astype(object)
    return tekst_.where(tekst_.notna(), None).astype(object), fout


def _score(kolom: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Scores as int (None where empty) and a mask of cells that are no score 1-5."""
    is_tekst = kolom.map(lambda v: isinstance(v, str)).astype(bool)
    is_bool = kolom.map(lambda v: isinstance(v, (bool, np.bool_))).astype(bool)
    waarden = kolom.where(~is_tekst, kolom[is_tekst].astype("str").str.strip())
    leeg_ = waarden.isna() | (is_tekst & (waarden == ""))
    getal = pd.to_numeric(waarden.where(~leeg_ & ~is_bool), errors="coerce").astype("float64")
    goed = ~is_bool & getal.isin([float(s) for s in SCORES])
    uit = pd.Series(None, index=kolom.index, dtype=object)
    uit[goed] = getal[goed].astype("int64").astype(object)
    return uit, ~leeg_ & ~goed


def _frame(
    beoordelaar: pd.Series, pijler: pd.Series, score: pd.Series, notitie: pd.Series
) -> pd.DataFrame:
    kolommen = {
        "beoordelaar": beoordelaar,
        "pijler": pijler,
        "score": score,
        "notitie": notitie,
    }
    return pd.DataFrame({k: pd.array(v.tolist(), dtype=KOLOMMEN[k]) for k, v in kolommen.items()})


def _floats(score: pd.Series) -> np.ndarray:
    return score.astype("Float64").to_numpy(dtype="float64", na_value=np.nan)


def _vorm(naam: str) -> str:
    return " ".join(str(naam).split()).casefold()


def _kort(waarde: Any) -> str:
    tekst_ = str(waarde)
    return tekst_ if len(tekst_) <= 40 else tekst_[:37] + "..."


def _geen(_: object) -> dict[str, object]:
    """No values for a message."""
    return {}


def _niet(waarde: Any) -> str:
    """A wrong value as a message names it (after "niet")."""
    if isinstance(waarde, str):
        return f'"{_kort(waarde)}"'
    if isinstance(waarde, (bool, np.bool_)):
        return "true" if waarde else "false"
    if isinstance(waarde, (float, np.floating)) and float(waarde).is_integer():
        return f"{float(waarde):g}"
    return _kort(waarde)
