"""The hand-out: one self-contained, offline, escaped HTML page, with its scenarios and
its pijlerscan."""

from __future__ import annotations

import html
import re

import pytest

from systeem import bestanden
from systeem.analyses import signalen
from systeem.analyses.interventies import beschrijving
from systeem.model.kaart import PIJLER_IDS
from systeem.model.validatie import valideer
from systeem.weergave import handout
from tests import vijandig
from tests.conftest import VOORBEELDEN, kaart
from tests.kaartgenerator import kaart_met_pijlers, kaart_met_scenarios
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
    gescoord = bool(k.pijlers["score"].notna().any())
    assert doc.count("<svg") == 1 + gescoord and 'class="balans"' in doc and "Legenda" in doc
    assert ('<section class="pijlerscan">' in doc) == gescoord
    balanstabel = doc.split('<section class="tabel">', 1)[1].split("</section>", 1)[0]
    assert balanstabel.count("<tr>") == len(k.partners) + 1
    assert ('<section class="scenarios">' in doc) == bool(k.scenarios)
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


@pytest.mark.parametrize("taal", ["nl", "en"])
def test_kaart_zonder_partners_geeft_een_handout_met_lege_tabel(taal):
    doc = handout.html(kaart([], [], titel="Net begonnen"), taal=taal)
    assert "Net begonnen" in doc
    tabel = doc.split('<table class="balans">', 1)[1].split("</table>", 1)[0]
    assert "<tbody></tbody>" in tabel


def _scenariodeel(doc: str) -> str:
    return doc.split('<section class="scenarios">', 1)[1].split("</section>", 1)[0]


def test_scenarios_met_namen_zinnen_en_voor_na_tabel():
    k = valideer(kaart_met_scenarios())
    doc = handout.html(k)
    deel = _scenariodeel(doc)
    assert doc.index('<section class="signalen">') < doc.index('<section class="scenarios">')
    assert "<h2>Scenario&#x27;s</h2>" in deel
    for s in k.scenarios:
        assert f"<h3>{html.escape(s.naam)}</h3>" in deel
    assert deel.count('<article class="scenario">') == len(k.scenarios)
    eerste = k.scenarios[0].interventies
    assert html.escape(beschrijving(eerste[0], k)) in deel
    # switched off: marked, and it changes nothing
    assert deel.count('<li class="uit">') == 2 and "(staat uit)" in deel
    assert "Dit scenario heeft nog geen interventies." in deel
    # a move on a partner that is not on the kaart says why it does nothing
    assert "bestaat_niet" in deel and "deze interventie doet niets" in deel
    # a third party that joins is named, and shows as new in the table
    assert "-Rijk" in deel and "nieuw →" in deel
    assert "→ vertrokken" in deel  # the school leaves
    assert "Balans voor" in deel and "Klasse voor → na" in deel
    assert handout.html(k) == doc  # deterministic


def test_scenarios_in_het_engels():
    deel = _scenariodeel(handout.html(valideer(kaart_met_scenarios()), taal="en"))
    assert "<h2>Scenarios</h2>" in deel and "(switched off)" in deel
    assert "Compensate:" in deel and "Balance before" in deel


def test_zonder_scenarios_geen_scenariosectie():
    doc = handout.html(kaart(["a"], [("a", "opgave", 2)]))
    assert "scenarios" not in doc.split("<main>", 1)[1].split("<script>", 1)[0]


def test_vijandige_scenarios_worden_ge_escaped_en_laden_niets():
    k = valideer(vijandig.kaart_doc())
    assert k.scenarios
    rest = _zonder_vis(handout.html(k))
    deel = _scenariodeel(rest)
    for s in k.scenarios:
        assert f"<h3>{html.escape(s.naam)}</h3>" in deel
    for tag in ("<script>window", "<img", "<iframe", "<svg onload", "<details", "<a href"):
        assert tag not in deel, tag
    # every "<" of the text is escaped, so no tag of the section can load or run anything
    assert not re.search(r"<[a-z][^>]*\s(?:src|href|on\w+|style)\s*=", deel, re.I)
    assert not re.search(r"<(?:script|iframe|img|link|object|embed|meta|style)\b", deel, re.I)


@pytest.mark.parametrize("pad", VOORBEELDEN, ids=lambda p: p.stem)
def test_voorbeeld_laadt_niets_van_het_netwerk_ook_met_scenarios(pad):
    k = bestanden.lees(pad)
    rest = _zonder_vis(handout.html(k))
    assert ('<section class="scenarios">' in rest) == bool(k.scenarios)
    for patroon in (r"""(?:src|href)\s*=""", r"url\(", r"@import", r"https?:", r"fetch\("):
        assert not re.search(patroon, rest, re.I), patroon


# ---------------------------------------------------------------------------
# The pijlerscan.


def _pijlerdeel(doc: str) -> str:
    return doc.split('<section class="pijlerscan">', 1)[1].split("</section>", 1)[0]


def test_pijlerscan_met_radar_tabel_en_zwakste_pijlers():
    k = valideer(kaart_met_pijlers())
    doc = handout.html(k)
    deel = _pijlerdeel(doc)
    assert doc.index('<section class="scenarios">') < doc.index('<section class="pijlerscan">')
    assert doc.index('<section class="pijlerscan">') < doc.index("<footer>")
    assert "<h2>Pijlerscan</h2>" in deel and "Scores van 3 beoordelaars" in deel
    # the radar: eight spokes, a dot per scored pillar, a gap where nobody scored
    radar = deel.split("<svg", 1)[1].split("</svg>", 1)[0]
    assert radar.count('class="spaak"') == 8 and radar.count('class="punt"') == 7
    assert "<polygon" not in radar and radar.count('class="gemiddelde"') == 6  # 5 has none
    assert "<title>Vertrouwen: 2,0</title>" in radar and "Transparantie" in radar
    # the table: one row per pillar
    tabel = deel.split('<table class="balans pijlers">', 1)[1].split("</table>", 1)[0]
    assert tabel.count("<tr>") == 1 + 8
    assert (
        "<tr><td>Relationeel</td><td>Vertrouwen tussen ketenpartners</td>"
        '<td class="getal">2,0</td><td class="getal">2</td><td>2</td></tr>'
    ) in tabel
    assert (
        '<td>Mindset gericht op ketensamenwerking</td><td class="getal">4,5</td>'
        '<td class="getal">2</td><td>4–5</td>'
    ) in tabel
    assert '<td>Transparantie over resultaten</td><td class="getal">–</td>' in tabel
    # the weakest: kennis (1), then vertrouwen and structuur tied at 2
    zwak = deel.split('<ul class="zwakste">', 1)[1]
    assert zwak.count('<li class="zwak">') == 3
    assert (
        zwak.index("Kennis van de keten")
        < zwak.index("Vertrouwen tussen")
        < zwak.index("Organisatieoverstijgende ketenstructuur")
    )
    assert "gemiddeld 1,0, 1× gescoord" in zwak
    assert "Dimensie Inhoudelijk: eens of oneens?" in zwak
    assert "Dimensie Relationeel: samen of solo?" in zwak
    # the raters' names and notes stay in the file
    assert "=Bram" not in deel and "@wie regisseert" not in deel
    assert handout.html(k) == doc  # deterministic


def test_pijlerscan_in_het_engels():
    deel = _pijlerdeel(handout.html(valideer(kaart_met_pijlers()), taal="en"))
    assert "<h2>Pillar scan</h2>" in deel and "Scores by 3 raters" in deel
    assert "<th>Dimension</th>" in deel and "Trust between chain partners" in deel
    assert "average 1.0, scored 1×" in deel and "Dimension Relational: together or solo?" in deel
    assert "<title>Trust: 2.0</title>" in deel


def test_zonder_scores_geen_pijlerscan():
    k = valideer(kaart_met_scenarios())
    assert '<section class="pijlerscan">' not in handout.html(k)
    alleen_noot = valideer(
        {
            **kaart_met_scenarios(),
            "pijlers": [{"beoordelaar": "Anna", "pijler": "kennis", "notitie": "later"}],
        }
    )
    assert '<section class="pijlerscan">' not in handout.html(alleen_noot)


def test_een_beoordelaar_met_alles_gescoord_geeft_een_gevulde_radar():
    scores = [{"beoordelaar": "Anna", "pijler": p, "score": 3} for p in PIJLER_IDS]
    deel = _pijlerdeel(handout.html(valideer({**kaart_met_scenarios(), "pijlers": scores})))
    assert "Scores van één beoordelaar" in deel
    assert deel.count("<polygon") == 1 and deel.count('class="punt"') == 8


def test_vijandige_pijlerscan_wordt_ge_escaped_en_laadt_niets():
    scores = [
        {"beoordelaar": p, "pijler": pijler, "score": 1 + i % 5, "notitie": p}
        for i, (p, pijler) in enumerate(zip(PAYLOADS, PIJLER_IDS * 10, strict=False))
    ]
    k = valideer({**vijandig.kaart_doc(), "pijlers": scores})
    rest = _zonder_vis(handout.html(k))
    deel = _pijlerdeel(rest)
    assert not re.search(r"<[a-z][^>]*\s(?:src|href|on\w+|style)\s*=", deel, re.I)
    assert not re.search(r"<(?:script|iframe|img|link|object|embed|meta|style)\b", deel, re.I)
    for patroon in (r"""(?:src|href)\s*=""", r"url\(", r"@import", r"https?:", r"fetch\("):
        assert not re.search(patroon, deel, re.I), patroon
