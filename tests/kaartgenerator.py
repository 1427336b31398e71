"""Kaarten for the tests and the benchmarks, made in one place.

- Hypothesis strategies for whole kaarten (:func:`kaart_docs`, :data:`kaarten`,
  :func:`lastige_namen`): every table, awkward text, places on the map, scenarios with
  every move, pijler scores.
- Fixed kaarten: :func:`kaart_met_scenarios`, whose scenarios cover every move and
  field, and :func:`kaart_met_pijlers`, that kaart with a pijlerscan.
- Seeded kaarten of any size: :func:`kaart_doc`, synthetic (``p0``, ``p1``, ...; about 4
  stromen and 1 afhankelijkheid per partner) for the benchmarks and the scale tests, and
  :func:`wijkaanpak`, with realistic Dutch partner names (:func:`namen`), for the charts
  with a row per partner.  ``python -m tests.kaartgenerator 10000 /tmp/k10000.json``
  writes a :func:`kaart_doc` file.

Text may start with a formula character (``=``, ``+``, ``-``, ``@``, ``'``), hold Dutch
and other non-ASCII letters, separators (``;``, ``,``), quotes and newlines; it never
holds control characters or lone surrogates (which no spreadsheet or XML file can carry,
see docs/file-format.md).  Places on the map have at most 13 significant digits.
"""

from __future__ import annotations

import json
import random
import sys
from typing import Any

import numpy as np
from hypothesis import strategies as st

from systeem.model.kaart import HOUDINGEN, OPGAVE, PARTNER_TYPES, PIJLER_IDS, SOORTEN, Kaart
from systeem.model.scenario import RICHTINGEN, SLEUTELS
from systeem.model.validatie import valideer

_LETTERS = st.characters(
    codec="utf-8", exclude_categories=("Cc", "Cs", "Co", "Cn", "Zl", "Zp")
) | st.sampled_from(list("=+-@';,\"\n éëïĳ€–"))
tekst = st.text(_LETTERS, max_size=12)
niet_leeg = tekst.filter(lambda s: s.strip() != "")
ids = st.text(st.sampled_from(list("abcdefgh0123456789_-=+@' é")), min_size=1, max_size=6).filter(
    lambda s: s.strip() not in ("", OPGAVE) and s == s.strip()
)


@st.composite
def kaart_docs(draw, max_partners: int = 8, scenarios: bool = True, pijlers: bool = True):
    """A valid file-format-v2 document touching every table (and scenarios and pijler
    scores, unless told not).  The share of stromen that touch the opgave is drawn per
    kaart: as chance gives, none, a few or all."""
    partner_ids = draw(st.lists(ids, max_size=max_partners, unique=True))
    knopen = [OPGAVE, *partner_ids]
    partners = [
        {
            "id": i,
            "naam": draw(niet_leeg),
            "type": draw(st.sampled_from(PARTNER_TYPES)),
            "sector": draw(tekst),
            "invloed": draw(st.none() | st.integers(0, 5)),
            "toelichting": draw(tekst),
        }
        for i in partner_ids
    ]
    # Per kaart, the percentage of stromen that touch the opgave: None draws both ends
    # from every node (about a third, more with few partners), 0 none (parts of the
    # kaart apart from the opgave, or all of it), 10 a few, 100 all.
    kans = draw(st.sampled_from([None, 0, 10, 100])) if partner_ids else None
    stromen = []
    for _ in range(draw(st.integers(0, 10))):
        if kans is None:
            van, naar = draw(st.sampled_from(knopen)), draw(st.sampled_from(knopen))
        elif draw(st.integers(0, 99)) < kans:
            wie = draw(st.sampled_from(partner_ids))
            van, naar = (wie, OPGAVE) if draw(st.booleans()) else (OPGAVE, wie)
        else:
            van, naar = draw(st.sampled_from(partner_ids)), draw(st.sampled_from(partner_ids))
        if van == naar:
            continue
        stromen.append(
            {
                "van": van,
                "naar": naar,
                "soort": draw(st.sampled_from(SOORTEN) | niet_leeg),
                "waarde": draw(st.integers(1, 5)),
                "omschrijving": draw(tekst),
                "tastbaar": draw(st.none() | st.booleans()),
            }
        )
    afhankelijkheden, belangen = [], []
    if len(partner_ids) >= 2:
        for _ in range(draw(st.integers(0, 3))):
            a, b = draw(st.sampled_from(partner_ids)), draw(st.sampled_from(partner_ids))
            if a != b:
                afhankelijkheden.append(
                    {
                        "partner": a,
                        "afhankelijk_van": b,
                        "waarvoor": draw(tekst),
                        "sterkte": draw(st.integers(1, 5)),
                    }
                )
    if partner_ids:
        for _ in range(draw(st.integers(0, 3))):
            belangen.append(
                {
                    "partner": draw(st.sampled_from(partner_ids)),
                    "omschrijving": draw(niet_leeg),
                    "soort": draw(st.sampled_from(["organisatie", "persoonlijk"])),
                    "houding": draw(st.sampled_from(HOUDINGEN)),
                }
            )
    # Map pixels to a thousandth: Excel keeps 15-16 significant digits (docs/file-format.md).
    coordinaat = st.integers(-(10**9), 10**9).map(lambda i: i / 1000)
    posities = {
        k: [draw(coordinaat), draw(coordinaat)]
        for k in draw(st.lists(st.sampled_from(knopen), unique=True))
    }
    namen = draw(st.lists(niet_leeg, max_size=3 if scenarios else 0, unique_by=str.strip))
    # A rater scores a pillar once; a score may be missing (niet gescoord).
    scores = draw(
        st.lists(
            st.fixed_dictionaries(
                {
                    "beoordelaar": st.sampled_from(["Anna", " Bram", "=Chris"]) | niet_leeg,
                    "pijler": st.sampled_from(PIJLER_IDS),
                    "score": st.none() | st.integers(1, 5),
                    "notitie": tekst,
                }
            ),
            max_size=6 if pijlers else 0,
            unique_by=lambda r: (r["beoordelaar"].strip(), r["pijler"]),
        )
    )
    return {
        "formaat": "systeemkaart",
        "versie": 2,
        "titel": draw(niet_leeg),
        "opgave": draw(tekst),
        "toelichting": draw(tekst),
        "partners": partners,
        "stromen": stromen,
        "afhankelijkheden": afhankelijkheden,
        "belangen": belangen,
        "posities": posities,
        "scenarios": [
            {"naam": naam, "interventies": draw(st.lists(zetten(partner_ids), max_size=3))}
            for naam in namen
        ],
        "pijlers": scores,
    }


def zetten(partner_ids: list[str]):
    """One interventie of any kind, valid by the schema; it may name partners not on the kaart."""
    wie = st.sampled_from(partner_ids) | ids if partner_ids else ids
    knoop = wie | st.just(OPGAVE)
    aan = st.booleans()
    factor = st.floats(0, 10, allow_nan=False)
    stroom = st.fixed_dictionaries(
        {"met": knoop, "soort": niet_leeg, "waarde": st.integers(1, 5)},
        optional={"richting": st.sampled_from(RICHTINGEN), "omschrijving": tekst},
    )
    return st.one_of(
        st.fixed_dictionaries(
            {"zet": st.just("ambitie"), "aan": aan},
            optional={
                "factor": factor,
                "partners": st.lists(wie, max_size=3),
                "soort": tekst,
                "waarde": st.integers(0, 5),
                "omschrijving": tekst,
            },
        ),
        st.fixed_dictionaries(
            {
                "zet": st.just("bijdrage"),
                "partner": wie,
                "naar": st.just("") | knoop,
                "soort": tekst,
            },
            optional={"aan": aan},
        ).flatmap(
            lambda z: st.one_of(
                factor.map(lambda f: {**z, "factor": f}),
                st.integers(-100, 100).filter(bool).map(lambda p: {**z, "punten": p}),
            )
        ),
        st.fixed_dictionaries(
            {"zet": st.just("compenseren"), "partner": wie, "punten": st.integers(1, 100)},
            optional={"aan": aan, "van": knoop, "soort": niet_leeg, "omschrijving": tekst},
        ),
        st.fixed_dictionaries(
            {"zet": st.just("derde"), "id": ids, "naam": niet_leeg},
            optional={
                "aan": aan,
                "type": st.sampled_from(PARTNER_TYPES),
                "sector": tekst,
                "invloed": st.none() | st.integers(0, 5),
                "stromen": st.lists(stroom, max_size=3),
            },
        ),
        st.fixed_dictionaries(
            {"zet": st.just("kostenverdeling"), "sleutel": st.sampled_from(SLEUTELS)},
            optional={
                "aan": aan,
                "partners": st.lists(wie, max_size=3),
                "gewichten": st.dictionaries(wie, st.floats(0, 1e6, allow_nan=False), max_size=3),
            },
        ),
        st.fixed_dictionaries({"zet": st.just("vertrek"), "partner": wie}, optional={"aan": aan}),
    )


def kaart_met_scenarios() -> dict[str, Any]:
    """A kaart document whose scenarios use every move and field: a third party with
    stromen both ways, a cost-sharing key with gewichten, switched-off moves, an empty
    scenario, a move on a partner that is not on the kaart, and text that looks like a
    formula (``=``, ``+``, ``-``, ``@``, ``'``) in names, omschrijvingen and soorten."""
    return {
        "formaat": "systeemkaart",
        "versie": 2,
        "titel": "Wijkaanpak",
        "partners": [
            {"id": "gem", "naam": "Gemeente", "invloed": 5},
            {"id": "zorg", "naam": "=Zorg;BV", "invloed": 2},
            {"id": "school", "naam": 'School "De Linde"'},
        ],
        "stromen": [
            {"van": "gem", "naar": "opgave", "soort": "geld", "waarde": 4},
            {"van": "zorg", "naar": "opgave", "soort": "geld", "waarde": 2},
            {"van": "zorg", "naar": "opgave", "soort": "personeel", "waarde": 5},
            {"van": "opgave", "naar": "gem", "soort": "positie", "waarde": 3},
            {"van": "opgave", "naar": "school", "soort": "kennis", "waarde": 2},
        ],
        "scenarios": [
            {
                "naam": '=HYPERLINK("http://x")',
                "interventies": [
                    {
                        "zet": "compenseren",
                        "partner": "zorg",
                        "van": "gem",
                        "soort": "geld",
                        "punten": 3,
                        "omschrijving": '=1+1; "tussen" aanhalingstekens',
                    },
                    {"zet": "bijdrage", "partner": "zorg", "factor": 0.5, "aan": False},
                    {
                        "zet": "bijdrage",
                        "partner": "gem",
                        "punten": -2,
                        "naar": "opgave",
                        "soort": "geld",
                    },
                    {"zet": "bijdrage", "partner": "school", "punten": 7},
                    {
                        "zet": "ambitie",
                        "factor": 1.5,
                        "partners": ["zorg", "school"],
                        "soort": "@positie",
                        "waarde": 2,
                        "omschrijving": "+meer terug",
                    },
                ],
            },
            {
                "naam": "Derde partij en kosten",
                "interventies": [
                    {
                        "zet": "derde",
                        "id": "rijk",
                        "naam": "-Rijk",
                        "type": "organisatie",
                        "sector": "publiek",
                        "invloed": 4,
                        "stromen": [
                            {
                                "met": "opgave",
                                "soort": "geld",
                                "waarde": 5,
                                "omschrijving": "'fonds",
                            },
                            {"met": "gem", "soort": "informatie", "waarde": 2, "richting": "haalt"},
                        ],
                    },
                    {
                        "zet": "kostenverdeling",
                        "sleutel": "grootte",
                        "partners": ["gem", "zorg", "rijk"],
                        "gewichten": {"gem": 3, "zorg": 1.5},
                    },
                    {"zet": "kostenverdeling", "sleutel": "gelijk", "aan": False},
                ],
            },
            {"naam": "Nog leeg", "interventies": []},
            {
                "naam": "Wat als de school vertrekt",
                "interventies": [
                    {"zet": "vertrek", "partner": "school"},
                    {"zet": "vertrek", "partner": "bestaat_niet"},
                ],
            },
        ],
    }


def kaart_met_pijlers() -> dict[str, Any]:
    """:func:`kaart_met_scenarios` with a pijlerscan of three raters: scores, a missing
    score with a note, a pillar nobody scored (transparantie), a tie for the weakest,
    and names and notes that look like formulas, hold separators, quotes and newlines."""
    scores = [
        ("Anna", "mindset", 4, ""),
        ("Anna", "vertrouwen", 2, "weinig contact met =Zorg;BV"),
        ("Anna", "kennis", None, "weet niet hoe Gemeente het doet"),
        ("Anna", "doelstelling", 3, ""),
        ("=Bram", "vertrouwen", 2, '+"eens", zei hij\nen ging door'),
        ("=Bram", "dialoog", 5, ""),
        ("=Bram", "structuur", 2, "@wie regisseert?"),
        ("=Bram", "speelruimte", 4, "-"),
        ("Chris; de Vries", "kennis", 1, ""),
        ("Chris; de Vries", "mindset", 5, "'citaat"),
    ]
    return {
        **kaart_met_scenarios(),
        "pijlers": [
            {"beoordelaar": b, "pijler": p, "score": s, "notitie": n} for b, p, s, n in scores
        ],
    }


kaarten = kaart_docs().map(valideer)


@st.composite
def lastige_namen(draw, max_partners: int = 8):
    """:func:`kaart_docs` with partner names that are hard to refer to by name: two
    partners with one name (also in another case), a name that is another partner's id,
    ``Opgave``, names with spaces and accents, and a name that is another partner's
    ``Naam (id)`` (see :mod:`systeem.bestanden.verwijzing`)."""
    doc = draw(kaart_docs(max_partners=max_partners))
    partners = doc["partners"]
    for p in partners:
        ander = draw(st.sampled_from(partners))
        keuze = draw(st.sampled_from(["eigen", "dubbel", "id", "opgave", "accent", "haakjes"]))
        if keuze == "dubbel":
            p["naam"] = ander["naam"].upper() if draw(st.booleans()) else ander["naam"]
        elif keuze == "id":
            p["naam"] = ander["id"]
        elif keuze == "opgave":
            p["naam"] = draw(st.sampled_from(["Opgave", "opgave", " OPGAVE "]))
        elif keuze == "accent":
            p["naam"] = draw(st.sampled_from(["Zorg én Welzijn", " Gemeente  Noord ", "Ĳssel"]))
        elif keuze == "haakjes":
            p["naam"] = f"{ander['naam'].strip()} ({ander['id']})"
    return doc


# ---------------------------------------------------------------------------
# Seeded kaarten of any size.


def kaart_doc(n: int, stromen_per_partner: int = 4, seed: int = 7) -> dict:
    """A valid file-format-v1 document with ``n`` partners ``p0``, ``p1``, ...: about
    ``stromen_per_partner`` stromen and 1 afhankelijkheid per partner, a third of the
    stromen to or from the opgave (same seed, same kaart; the benchmarks' kaarten)."""
    rng = np.random.default_rng(seed)
    ids = np.array([f"p{i}" for i in range(n)], dtype=object)
    m = stromen_per_partner * n
    van = rng.integers(0, n, m)
    naar = (van + rng.integers(1, max(n, 2), m)) % max(n, 1)
    knopen_van = ids[van]
    knopen_naar = ids[naar]
    opgave = rng.random(m) < 1 / 3
    naar_opgave = rng.random(m) < 0.5
    knopen_naar = np.where(opgave & naar_opgave, OPGAVE, knopen_naar)
    knopen_van = np.where(opgave & ~naar_opgave, OPGAVE, knopen_van)
    soorten = np.array(SOORTEN, dtype=object)[rng.integers(0, len(SOORTEN), m)]
    waarden = rng.integers(1, 6, m)
    a = rng.integers(0, n, n)
    b = (a + rng.integers(1, max(n, 2), n)) % max(n, 1)
    return {
        "formaat": "systeemkaart",
        "versie": 1,
        "titel": f"Synthetische kaart met {n} partners",
        "opgave": "Benchmark",
        "partners": [
            {
                "id": i,
                "naam": f"Partner {i[1:]}",
                "sector": ["publiek", "privaat", "maatschappelijk"][k % 3],
                "invloed": int(k % 6),
            }
            for k, i in enumerate(ids)
        ],
        "stromen": [
            {"van": v, "naar": t, "soort": s, "waarde": int(w)}
            for v, t, s, w in zip(knopen_van, knopen_naar, soorten, waarden, strict=True)
            if v != t
        ],
        "afhankelijkheden": [
            {"partner": ids[x], "afhankelijk_van": ids[y], "sterkte": int(z)}
            for x, y, z in zip(a, b, rng.integers(1, 6, n), strict=True)
            if x != y
        ],
    }


#: Partner names in :func:`namen`: an organisation and a place.
ORGANISATIES = (
    "Gemeente",
    "GGZ-instelling",
    "Woningcorporatie",
    "Wijkteam",
    "Huisartsenpraktijk",
    "Politie",
    "Welzijnsorganisatie",
    "Jeugdzorgaanbieder",
    "Zorgverzekeraar",
    "Schuldhulpverlening",
    "Buurtcentrum",
    "Onderwijsinstelling",
    "Thuiszorgorganisatie",
    "Reclassering",
    "Sportvereniging",
)
PLAATSEN = (
    "Noord",
    "Oost",
    "Zuid",
    "West",
    "Centrum",
    "Spoorzone",
    "Binnenstad",
    "Havenkwartier",
    "Oude Dorp",
    "Nieuw-West",
)
#: The opgave of :func:`wijkaanpak` and the soorten its stromen draw from.
WIJK_OPGAVE = "Samen zorgen voor een veilige wijk"
WIJK_SOORTEN = ("geld", "personeel", "kennis", "informatie", "tijd", "positie", "klanten")


def namen(n: int) -> list[str]:
    """``n`` distinct partner names ("Gemeente Noord", "GGZ-instelling Oost", ...; up to 150)."""
    return [f"{ORGANISATIES[i % 15]} {PLAATSEN[(i + 2 * (i // 15)) % 10]}" for i in range(n)]


def wijkaanpak(n: int, scenario: bool = False) -> Kaart:
    """A kaart of ``n`` partners: each brings to and takes from the opgave, gives to the
    next partner and depends on it; waarden drawn with a fixed seed.  With ``scenario``,
    one scenario: the second partner compensates the first with 3 points of geld."""
    kans = random.Random(n)
    ids = [f"p{i}" for i in range(n)]
    stromen = []
    for i, p in enumerate(ids):
        volgende = ids[(i + 1) % n]
        for van, naar in ((p, "opgave"), ("opgave", p), (p, volgende)):
            if van != naar:
                stromen.append(
                    {
                        "van": van,
                        "naar": naar,
                        "soort": kans.choice(WIJK_SOORTEN),
                        "waarde": kans.randint(1, 5),
                    }
                )
    return valideer(
        {
            "formaat": "systeemkaart",
            "versie": 2,
            "titel": f"Wijkaanpak met {n} partners",
            "opgave": WIJK_OPGAVE,
            "partners": [{"id": i, "naam": m} for i, m in zip(ids, namen(n), strict=True)],
            "stromen": stromen,
            "afhankelijkheden": [
                {"partner": p, "afhankelijk_van": ids[(i + 1) % n], "sterkte": kans.randint(1, 5)}
                for i, p in enumerate(ids)
            ],
            "scenarios": [
                {
                    "naam": "Compensatie",
                    "interventies": [
                        {
                            "zet": "compenseren",
                            "partner": ids[0],
                            "van": ids[1],
                            "soort": "geld",
                            "punten": 3,
                        }
                    ],
                }
            ]
            if scenario
            else [],
        }
    )


if __name__ == "__main__":
    aantal, pad = int(sys.argv[1]), sys.argv[2]
    with open(pad, "w", encoding="utf-8") as f:
        json.dump(kaart_doc(aantal), f, ensure_ascii=False)
