"""Seeded synthetic kaarten for benchmarks: ``n`` partners, about 4 stromen and 1
afhankelijkheid per partner, a third of the stromen to or from the opgave.

    python -m bench.genereer 10000 /tmp/k10000.json
"""

from __future__ import annotations

import json
import sys

import numpy as np

from systeem.model.kaart import OPGAVE, SOORTEN


def kaart_doc(n: int, stromen_per_partner: int = 4, seed: int = 7) -> dict:
    """A valid file-format-v1 document with ``n`` partners (same seed, same kaart)."""
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


if __name__ == "__main__":
    aantal, pad = int(sys.argv[1]), sys.argv[2]
    with open(pad, "w", encoding="utf-8") as f:
        json.dump(kaart_doc(aantal), f, ensure_ascii=False)
