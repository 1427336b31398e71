"""Kaarten of any size with realistic, long-ish Dutch partner names ("Gemeente Noord",
"GGZ-instelling Oost", ...), for the tests of charts with a row per partner."""

from __future__ import annotations

import random

from systeem.model.kaart import Kaart
from systeem.model.validatie import valideer

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
OPGAVE = "Samen zorgen voor een veilige wijk"
SOORTEN = ("geld", "personeel", "kennis", "informatie", "tijd", "positie", "klanten")


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
                        "soort": kans.choice(SOORTEN),
                        "waarde": kans.randint(1, 5),
                    }
                )
    return valideer(
        {
            "formaat": "systeemkaart",
            "versie": 2,
            "titel": f"Wijkaanpak met {n} partners",
            "opgave": OPGAVE,
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
