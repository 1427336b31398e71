"""The hand-out: one self-contained, offline, escaped HTML page."""

from __future__ import annotations

import re

import pytest

from systeem import bestanden, handout, signalen
from tests.conftest import VOORBEELDEN, kaart
from tests.vijandig import PAYLOADS


def _zonder_vis(doc: str) -> str:
    from systeem.weergave import vis_bestanden

    js, css = vis_bestanden()
    return doc.replace(js, "").replace(css, "")


@pytest.mark.parametrize("pad", VOORBEELDEN, ids=lambda p: p.stem)
def test_handout_heeft_kaart_legenda_grafiek_tabel_en_signalen(pad):
    k = bestanden.lees(pad)
    doc = handout.html(k)
    assert doc.startswith("<!doctype html>") and doc.rstrip().endswith("</html>")
    assert doc.count("<svg") == 1 and 'class="balans"' in doc and "Legenda" in doc
    assert doc.count("<tr>") == len(k.partners) + 1
    for s in signalen.signalen(k):
        assert s.tekst.replace("'", "&#x27;").replace('"', "&quot;") in doc
    assert handout.html(k) == doc  # deterministic
    assert "@media print" in doc


def test_handout_laadt_niets_van_het_netwerk():
    rest = _zonder_vis(handout.html(bestanden.lees(VOORBEELDEN[0])))
    for patroon in (r"""(?:src|href)\s*=""", r"url\(", r"@import", r"https?:", r"fetch\("):
        assert not re.search(patroon, rest, re.I), patroon


def test_vijandige_tekst_wordt_ge_escaped():
    partners = [{"id": f"p{i}", "naam": p, "toelichting": p} for i, p in enumerate(PAYLOADS)]
    stromen = [
        {"van": f"p{i}", "naar": "opgave", "soort": "geld", "waarde": 2, "omschrijving": p}
        for i, p in enumerate(PAYLOADS)
    ]
    k = kaart(partners, stromen, titel=PAYLOADS[0], opgave=PAYLOADS[1], toelichting=PAYLOADS[2])
    rest = _zonder_vis(handout.html(k, taal="en"))
    for tag in ("<script>window", "<img", "<iframe", "<svg onload", "<details", "<a href"):
        assert tag not in rest, tag
    assert "&lt;img src=x onerror=" in rest


def test_engels():
    doc = handout.html(kaart(["a"], [("a", "opgave", 2)]), taal="en")
    assert "What each partner brings and takes" in doc and 'lang="en"' in doc
