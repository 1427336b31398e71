"""A corpus of hostile text, and a kaart that carries it in every text field.

Each payload, if a page ever ran it as markup or code, would set ``window.__vijandig``
(or the same on ``window.parent``), open a dialog, or fetch from outside; the browser
tests assert none of that happens and that the text shows literally.
"""

from __future__ import annotations

from typing import Any

from systeem.model.kaart import PIJLER_IDS

ZET = "window.__vijandig=1;window.parent.__vijandig=1"

PAYLOADS: list[str] = [
    f"<script>{ZET}</script>",
    f"</script><script>{ZET}</script>",
    f'<img src=x onerror="{ZET}">',
    f'<svg onload="{ZET}"></svg>',
    f"<svg><script>{ZET}</script></svg>",
    f'<iframe srcdoc="<script>{ZET}</script>"></iframe>',
    f'<iframe src="javascript:{ZET}"></iframe>',
    f'<a href="javascript:{ZET}">klik</a>',
    f"javascript:{ZET}",
    f"[klik](javascript:{ZET})",
    "![beeld](http://voorbeeld.invalid/x.png)",
    f'<details open ontoggle="{ZET}">x</details>',
    f'<body onload="{ZET}">',
    f'<input autofocus onfocus="{ZET}">',
    f'<video><source onerror="{ZET}"></video>',
    f'<object data="javascript:{ZET}"></object>',
    f'<math><mtext><table><mglyph><style><img src=x onerror="{ZET}">',
    f'<!--<img src="--><img src=x onerror="{ZET}"//">',
    f'"><img src=x onerror="{ZET}">',
    f"'><svg onload='{ZET}'>",
    f'"}};{ZET};//',
    f"');{ZET};//",
    f"\\u003cscript\\u003e{ZET}\\u003c/script\\u003e",
    "{{7*7}}",
    "${7*7}",
    "#{7*7} <%= 7*7 %> {{constructor.constructor('window.__vijandig=1')()}}",
    "<style>@import 'http://voorbeeld.invalid/x.css';</style>",
    "<link rel=stylesheet href=http://voorbeeld.invalid/x.css>",
    f'<meta http-equiv=refresh content="0;url=javascript:{ZET}">',
    "<b>vet</b> <i>schuin</i> &amp; &lt;tag&gt;",
    "alert(1)<script>alert(1)</script>",
    "\u202egnp.exe \u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627",  # right-to-left
    "Eén 'quote' \"dubbel\" \u2028regel\u2029 — ✓",
    "L" + "ang " * 1200 + "einde",  # very long
]


def kaart_doc() -> dict[str, Any]:
    """A valid kaart document with a payload in every text field.

    Each payload is a partner name; the next payload is that partner's toelichting,
    sector, the soort and omschrijving of its stroom, the waarvoor of its dependency and
    its belang.  The titel and the opgave carry a selection of the payloads, and so do
    the scenarios (their names, a compensation's omschrijving and soort, a third party) and
    the pijlerscan (raters' names and notes).
    """
    n = len(PAYLOADS)
    volgende = lambda i: PAYLOADS[(i + 1) % n]  # noqa: E731
    ids = [f"p{i}" for i in range(n)]
    return {
        "formaat": "systeemkaart",
        "versie": 2,
        "titel": "Vijandig " + PAYLOADS[0] + PAYLOADS[2],
        "opgave": PAYLOADS[3] + " " + PAYLOADS[9],
        "toelichting": PAYLOADS[5],
        "partners": [
            {
                "id": pid,
                "naam": PAYLOADS[i],
                "toelichting": volgende(i),
                "sector": volgende(i)[:40],
                "invloed": i % 6,
            }
            for i, pid in enumerate(ids)
        ],
        "stromen": [
            {
                "van": pid,
                "naar": "opgave" if i % 2 else ids[(i + 1) % n],
                "soort": volgende(i)[:60],
                "waarde": 1 + i % 5,
                "omschrijving": volgende(i),
            }
            for i, pid in enumerate(ids)
        ]
        + [
            {"van": "opgave", "naar": pid, "soort": "geld", "waarde": 1 + i % 3}
            for i, pid in enumerate(ids[::3])
        ],
        "afhankelijkheden": [
            {
                "partner": pid,
                "afhankelijk_van": ids[(i + 2) % n],
                "waarvoor": volgende(i),
                "sterkte": 1 + i % 5,
            }
            for i, pid in enumerate(ids)
        ],
        "belangen": [
            {
                "partner": pid,
                "omschrijving": volgende(i),
                "soort": "organisatie",
                "houding": "schuurt",
            }
            for i, pid in enumerate(ids)
        ],
        "scenarios": [
            {
                "naam": PAYLOADS[i],
                "interventies": [
                    {
                        "zet": "compenseren",
                        "partner": ids[i],
                        "van": ids[(i + 1) % n],
                        "soort": volgende(i)[:60],
                        "punten": 3,
                        "omschrijving": volgende(i),
                    },
                    {
                        "zet": "derde",
                        "id": f"derde{i}",
                        "naam": volgende(i),
                        "sector": PAYLOADS[i][:40],
                        "stromen": [{"met": ids[i], "soort": "geld", "waarde": 2}],
                    },
                ],
            }
            for i in range(0, n, 4)
        ],
        "pijlers": [
            {
                "beoordelaar": PAYLOADS[i],
                "pijler": PIJLER_IDS[i % len(PIJLER_IDS)],
                "score": 1 + i % 5,
                "notitie": volgende(i),
            }
            for i in range(0, n, 3)
        ],
    }
