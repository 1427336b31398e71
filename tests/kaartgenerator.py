"""Hypothesis strategies for whole kaarten: every table, awkward text, places on the map.

Text may start with a formula character (``=``, ``+``, ``-``, ``@``, ``'``), hold Dutch
and other non-ASCII letters, separators (``;``, ``,``), quotes and newlines; it never
holds control characters or lone surrogates (which no spreadsheet or XML file can carry,
see docs/file-format.md).  Places on the map have at most 13 significant digits.
"""

from __future__ import annotations

from hypothesis import strategies as st

from systeem.kaart import HOUDINGEN, OPGAVE, PARTNER_TYPES, SOORTEN
from systeem.validatie import valideer

_LETTERS = st.characters(
    codec="utf-8", exclude_categories=("Cc", "Cs", "Co", "Cn", "Zl", "Zp")
) | st.sampled_from(list("=+-@';,\"\n éëïĳ€–"))
tekst = st.text(_LETTERS, max_size=12)
niet_leeg = tekst.filter(lambda s: s.strip() != "")
ids = st.text(st.sampled_from(list("abcdefgh0123456789_-=+@' é")), min_size=1, max_size=6).filter(
    lambda s: s.strip() not in ("", OPGAVE) and s == s.strip()
)


@st.composite
def kaart_docs(draw, max_partners: int = 8):
    """A valid file-format-v1 document touching every table."""
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
    stromen = []
    for _ in range(draw(st.integers(0, 10))):
        van, naar = draw(st.sampled_from(knopen)), draw(st.sampled_from(knopen))
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
    return {
        "formaat": "systeemkaart",
        "versie": 1,
        "titel": draw(niet_leeg),
        "opgave": draw(tekst),
        "toelichting": draw(tekst),
        "partners": partners,
        "stromen": stromen,
        "afhankelijkheden": afhankelijkheden,
        "belangen": belangen,
        "posities": posities,
    }


kaarten = kaart_docs().map(valideer)
