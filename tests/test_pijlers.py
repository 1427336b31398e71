"""The pijlerscan (systeem/analyses/pijlers.py), checked against figures worked out by hand."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from systeem.analyses import pijlers
from systeem.model.kaart import records
from systeem.model.validatie import KaartFout
from systeemkaart.teksten import TALEN, TEKSTEN

#: Three raters; Anna left transparantie open with a note, Bob and Cem skipped pijlers.
RIJEN = [
    ("Anna", "mindset", 4),
    ("Anna", "speelruimte", 3),
    ("Anna", "vertrouwen", 2),
    ("Anna", "dialoog", 5),
    ("Anna", "structuur", 1),
    ("Anna", "transparantie", None),
    ("Anna", "kennis", 3),
    ("Anna", "doelstelling", 4),
    ("Bob", "mindset", 2),
    ("Bob", "vertrouwen", 4),
    ("Bob", "dialoog", 5),
    ("Bob", "structuur", 3),
    ("Bob", "kennis", 3),
    ("Cem", "mindset", 3),
    ("Cem", "vertrouwen", 5),
    ("Cem", "structuur", 2),
]


@pytest.fixture
def scores() -> pd.DataFrame:
    return pijlers.controleer(
        [
            {
                "beoordelaar": b,
                "pijler": p,
                "score": s,
                "notitie": "geen cijfers gezien" if s is None else "",
            }
            for b, p, s in RIJEN
        ]
    )


def _problemen(rijen) -> list[str]:
    with pytest.raises(KaartFout) as fout:
        pijlers.controleer(rijen)
    return [str(p) for p in fout.value.problemen]


# ---------------------------------------------------------------------------
# The model.


def test_acht_pijlers_in_vier_dimensies_van_twee():
    assert pijlers.PIJLERS == (
        "mindset",
        "speelruimte",
        "vertrouwen",
        "dialoog",
        "structuur",
        "transparantie",
        "kennis",
        "doelstelling",
    )
    assert pijlers.DIMENSIES == ("cultureel", "relationeel", "procedureel", "inhoudelijk")
    assert pijlers.PIJLERS_VAN == {
        "cultureel": ("mindset", "speelruimte"),
        "relationeel": ("vertrouwen", "dialoog"),
        "procedureel": ("structuur", "transparantie"),
        "inhoudelijk": ("kennis", "doelstelling"),
    }


def test_leeg_heeft_de_vaste_kolommen():
    leeg = pijlers.leeg()
    assert len(leeg) == 0
    assert leeg.dtypes.astype(str).to_dict() == pijlers.KOLOMMEN


@pytest.mark.parametrize("taal", TALEN)
def test_elke_pijler_en_dimensie_heeft_teksten(taal):
    for p in pijlers.PIJLERS:
        t = pijlers.pijler_tekst(p, taal)
        assert all(t) and len(t.kort) <= 14 and len(t.uitleg) > 60
        assert f"pijlers.pijler.{p}.uitleg" in TEKSTEN[taal]
    for d in pijlers.DIMENSIES:
        t = pijlers.dimensie_tekst(d, taal)
        assert all(t) and t.spanning.endswith("?")
        assert f"pijlers.dimensie.{d}.spanning" in TEKSTEN[taal]


def test_de_spanningen():
    assert [pijlers.dimensie_tekst(d).spanning for d in pijlers.DIMENSIES] == [
        "wil of weerstand?",
        "samen of solo?",
        "orde of chaos?",
        "eens of oneens?",
    ]
    assert pijlers.dimensie_tekst("procedureel", "en").spanning == "order or chaos?"
    assert pijlers.pijler_tekst("structuur").naam == "Organisatieoverstijgende ketenstructuur"
    with pytest.raises(ValueError):
        pijlers.pijler_tekst("geld")
    with pytest.raises(ValueError):
        pijlers.dimensie_tekst("cultureel", "de")


# ---------------------------------------------------------------------------
# The figures, by hand.


def test_per_pijler_met_de_hand(scores):
    f = pijlers.per_pijler(scores)
    assert f.index.tolist() == list(pijlers.PIJLERS)
    assert f["dimensie"].tolist() == [pijlers.DIMENSIE[p] for p in pijlers.PIJLERS]
    # mindset 4, 2, 3: mean 3, range 2..4, population sd sqrt((1 + 1 + 0) / 3)
    assert f.loc["mindset", ["gemiddelde", "laagste", "hoogste", "spreiding"]].tolist() == [
        3.0,
        2.0,
        4.0,
        2.0,
    ]
    assert f.loc["mindset", "aantal"] == 3
    assert f.loc["mindset", "standaardafwijking"] == pytest.approx(math.sqrt(2 / 3))
    # vertrouwen 2, 4, 5: mean 11/3, spread 3, sd sqrt(((5/3)² + (1/3)² + (4/3)²) / 3)
    assert f.loc["vertrouwen", "gemiddelde"] == pytest.approx(11 / 3)
    assert f.loc["vertrouwen", "spreiding"] == 3
    assert f.loc["vertrouwen", "standaardafwijking"] == pytest.approx(math.sqrt(42 / 27))
    # dialoog 5, 5: no spread; speelruimte and doelstelling: one score, spread 0, sd 0
    assert f.loc["dialoog", ["gemiddelde", "spreiding"]].tolist() == [5.0, 0.0]
    assert f.loc[
        "speelruimte", ["gemiddelde", "aantal", "spreiding", "standaardafwijking"]
    ].tolist() == [3.0, 1, 0.0, 0.0]
    assert f.loc["doelstelling", "gemiddelde"] == 4.0
    # structuur 1, 3, 2: mean 2, spread 2
    assert f.loc["structuur", ["gemiddelde", "spreiding"]].tolist() == [2.0, 2.0]
    assert f.loc["kennis", ["gemiddelde", "aantal", "spreiding"]].tolist() == [3.0, 2, 0.0]


def test_ontbrekende_scores_tellen_niet_mee(scores):
    f = pijlers.per_pijler(scores)
    # transparantie has only Anna's note: nobody scored it
    assert f.loc["transparantie", "aantal"] == 0
    assert f.loc["transparantie", ["gemiddelde", "laagste", "hoogste", "spreiding"]].isna().all()
    assert math.isnan(f.loc["transparantie", "standaardafwijking"])
    # Cem skipped dialoog: the mean of dialoog is over Anna and Bob only, not (5+5+0)/3
    assert f.loc["dialoog", "aantal"] == 2
    assert f["aantal"].sum() == 15 and f["aantal"].dtype == "int64"


def test_per_beoordelaar(scores):
    m = pijlers.per_beoordelaar(scores)
    assert m.columns.tolist() == ["Anna", "Bob", "Cem"]
    assert m.index.tolist() == list(pijlers.PIJLERS)
    assert (m.dtypes == "Int64").all()
    assert m["Anna"].tolist() == [4, 3, 2, 5, 1, pd.NA, 3, 4]
    assert m["Cem"].tolist() == [3, pd.NA, 5, pd.NA, 2, pd.NA, pd.NA, pd.NA]


def test_per_dimensie_is_het_gemiddelde_van_de_pijlergemiddelden(scores):
    d = pijlers.per_dimensie(scores)
    assert d.index.tolist() == list(pijlers.DIMENSIES)
    assert d.loc["cultureel", "gemiddelde"] == pytest.approx((3.0 + 3.0) / 2)
    # relationeel: (11/3 + 5) / 2 = 13/3; pooling the five scores would give 21/5
    assert d.loc["relationeel", "gemiddelde"] == pytest.approx(13 / 3)
    assert d.loc["relationeel", "gemiddelde"] != pytest.approx(21 / 5)
    # procedureel: transparantie not scored, so structuur alone
    assert d.loc["procedureel", "gemiddelde"] == 2.0
    assert d.loc["inhoudelijk", "gemiddelde"] == pytest.approx((3.0 + 4.0) / 2)
    assert d["aantal"].tolist() == [4, 5, 3, 3]
    assert d["gescoorde_pijlers"].tolist() == [2, 2, 1, 2]


def test_zwakste_met_gelijke_stand(scores):
    # structuur 2.0; then mindset, speelruimte and kennis tie at 3.0 (in PIJLERS order)
    assert pijlers.zwakste(scores).index.tolist() == [
        "structuur",
        "mindset",
        "speelruimte",
        "kennis",
    ]
    assert pijlers.zwakste(scores, n=1).index.tolist() == ["structuur"]
    assert pijlers.zwakste(scores, n=5).index.tolist() == [
        "structuur",
        "mindset",
        "speelruimte",
        "kennis",
        "vertrouwen",
    ]
    # only scored pijlers: transparantie never appears
    assert "transparantie" not in pijlers.zwakste(scores, n=8).index
    assert len(pijlers.zwakste(scores, n=8)) == 7
    assert pijlers.zwakste(scores, n=0).empty
    assert pijlers.zwakste(scores).loc["structuur", "gemiddelde"] == 2.0


def test_zonder_scores():
    leeg = pijlers.leeg()
    assert pijlers.per_pijler(leeg)["gemiddelde"].isna().all()
    assert pijlers.per_pijler(leeg)["aantal"].tolist() == [0] * 8
    assert pijlers.per_dimensie(leeg)["gemiddelde"].isna().all()
    assert pijlers.zwakste(leeg).empty
    assert pijlers.per_beoordelaar(leeg).shape == (8, 0)
    assert pijlers.beoordelaars(leeg) == []
    # a rater with only notes has no scores but is a rater
    alleen_notitie = pijlers.met_score(leeg, "Dirk", "kennis", None, "weet ik niet")
    assert pijlers.beoordelaars(alleen_notitie) == ["Dirk"]
    assert pijlers.per_beoordelaar(alleen_notitie)["Dirk"].isna().all()
    assert pijlers.zwakste(alleen_notitie).empty


def test_overzicht(scores):
    o = pijlers.overzicht(scores)
    assert o["naam"].iloc[2] == "Vertrouwen tussen ketenpartners"
    assert o["spanning"].iloc[2] == "samen of solo?"
    assert o["gemiddelde"].iloc[2] == pytest.approx(11 / 3)
    assert o["spreiding"].iloc[2] == 3
    assert pijlers.overzicht(scores, "en")["dimensie"].iloc[0] == "Cultural"


# ---------------------------------------------------------------------------
# controleer: rows from a table or a widget.


def test_controleer_maakt_schoon():
    s = pijlers.controleer(
        pd.DataFrame(
            {
                "beoordelaar": [" Anna ", None, "Bob", "Bob", "Anna"],
                "pijler": ["Vertrouwen", None, "kennis ", "dialoog", "mindset"],
                "score": ["3", None, 4.0, None, float("nan")],
                "notitie": [None, None, "  ", "", "nog over praten"],
            }
        )
    )
    # the empty row goes, and so does Bob's dialoog (neither score nor note)
    assert records(s) == [
        {"beoordelaar": "Anna", "pijler": "vertrouwen", "score": 3, "notitie": ""},
        {"beoordelaar": "Bob", "pijler": "kennis", "score": 4, "notitie": ""},
        {"beoordelaar": "Anna", "pijler": "mindset", "score": None, "notitie": "nog over praten"},
    ]
    assert s.dtypes.astype(str).to_dict() == pijlers.KOLOMMEN
    assert s.index.tolist() == [0, 1, 2]


def test_controleer_is_stabiel(scores):
    again = pijlers.controleer(records(scores))
    pd.testing.assert_frame_equal(again, scores)
    pd.testing.assert_frame_equal(pijlers.controleer(scores), scores)
    assert pijlers.controleer(None).equals(pijlers.leeg())
    assert pijlers.controleer([]).equals(pijlers.leeg())


@pytest.mark.parametrize(
    ("score", "getoond"),
    [(0, "0"), (6, "6"), (3.5, "3.5"), ("drie", '"drie"'), (True, "true"), (-1, "-1")],
)
def test_slechte_score_geweigerd_met_nederlandse_melding(score, getoond):
    rijen = [
        {"beoordelaar": "Anna", "pijler": "kennis", "score": 3},
        {"beoordelaar": "Anna", "pijler": "vertrouwen", "score": score},
    ]
    assert _problemen(rijen) == [
        "pijlers[1].score: moet een geheel getal van 1 tot en met 5 zijn "
        f"(of leeg: niet gescoord), niet {getoond}"
    ]


def test_melding_noemt_rij_en_veld_zoals_een_mens_telt():
    with pytest.raises(KaartFout) as fout:
        pijlers.controleer(
            [
                {"beoordelaar": "Anna", "pijler": "kennis", "score": 3},
                {},
                {"beoordelaar": "Anna", "pijler": "dialoog", "score": 9},
            ]
        )
    (p,) = fout.value.problemen
    assert (p.tabel, p.rij, p.veld) == ("pijlers", 2, "score")
    assert p.rij_tekst() == (
        "pijlers, rij 3, veld score: moet een geheel getal van 1 tot en met 5 zijn "
        "(of leeg: niet gescoord), niet 9"
    )
    assert str(fout.value).startswith("De kaart klopt niet (1 probleem):")


def test_alle_problemen_tegelijk():
    assert _problemen(
        [
            {"beoordelaar": "", "pijler": "vertrouwen", "score": 3},
            {"beoordelaar": "Anna", "pijler": "geld", "score": 2},
            {"beoordelaar": "Anna", "pijler": "", "score": 2},
            {"beoordelaar": 5, "pijler": "kennis", "score": 2},
            {"beoordelaar": "Bob", "pijler": "kennis", "score": 2, "notitie": 7},
            {"beoordelaar": "Bob", "pijler": "Kennis", "score": 4},
        ]
    ) == [
        "pijlers[0].beoordelaar: is nog leeg; vul de naam van de beoordelaar in",
        'pijlers[1].pijler: onbekende pijler "geld"; kies uit mindset, speelruimte, '
        "vertrouwen, dialoog, structuur, transparantie, kennis, doelstelling",
        "pijlers[2].pijler: is nog leeg; kies een van de acht pijlers",
        "pijlers[3].beoordelaar: moet tekst zijn, niet 5",
        "pijlers[4].notitie: moet tekst zijn, niet 7",
        'pijlers[5].pijler: "Bob" heeft pijler "kennis" al op rij 5 (pijlers[4]); '
        "één rij per beoordelaar en pijler",
    ]


def test_dubbel_telt_na_schoonmaken():
    # " Anna" and "Anna" are the same rater once trimmed; "anna" is another one here
    assert _problemen(
        [
            {"beoordelaar": " Anna", "pijler": "kennis", "score": 3},
            {"beoordelaar": "Anna", "pijler": "kennis", "score": 4},
            {"beoordelaar": "anna", "pijler": "kennis", "score": 4},
        ]
    ) == [
        'pijlers[1].pijler: "Anna" heeft pijler "kennis" al op rij 1 (pijlers[0]); '
        "één rij per beoordelaar en pijler"
    ]


# ---------------------------------------------------------------------------
# Changing the scores.


def test_met_score_voegt_toe_wijzigt_en_wist():
    s = pijlers.met_score(pijlers.leeg(), "Anna", "vertrouwen", 4)
    s = pijlers.met_score(s, "Bob", "vertrouwen", 2)
    s = pijlers.met_score(s, "Anna", "kennis", 3, "best goed")  # after Anna's last row
    assert [(r["beoordelaar"], r["pijler"]) for r in records(s)] == [
        ("Anna", "vertrouwen"),
        ("Anna", "kennis"),
        ("Bob", "vertrouwen"),
    ]
    s = pijlers.met_score(s, " Anna ", "Vertrouwen", 5)  # in place
    assert records(s)[0] == {
        "beoordelaar": "Anna",
        "pijler": "vertrouwen",
        "score": 5,
        "notitie": "",
    }
    s = pijlers.met_score(s, "Anna", "kennis", None, "best goed")  # score cleared, note kept
    assert records(s)[1]["score"] is None and len(s) == 3
    s = pijlers.met_score(s, "Anna", "kennis", None, "")  # nothing left: the row goes
    assert len(s) == 2 and "kennis" not in s["pijler"].tolist()


def test_met_score_weigert_en_verandert_niets(scores):
    voor = scores.copy()
    for b, p, w, plek in [
        ("Anna", "vertrouwen", 7, "pijlers[2].score"),
        ("Anna", "geld", 3, "pijlers[8].pijler"),
        ("  ", "kennis", 3, "pijlers[16].beoordelaar"),
    ]:
        with pytest.raises(KaartFout) as fout:
            pijlers.met_score(scores, b, p, w)
        assert fout.value.problemen[0].plek == plek
    pd.testing.assert_frame_equal(scores, voor)


def test_hernoem_en_verwijder(scores):
    s = pijlers.hernoem_beoordelaar(scores, "Bob", "Bart")
    assert pijlers.beoordelaars(s) == ["Anna", "Bart", "Cem"]
    assert (
        pijlers.per_beoordelaar(s)["Bart"].tolist()
        == pijlers.per_beoordelaar(scores)["Bob"].tolist()
    )
    assert pijlers.beoordelaars(pijlers.hernoem_beoordelaar(scores, "Cem", "CEM")) == [
        "Anna",
        "Bob",
        "CEM",
    ]
    zonder = pijlers.zonder_beoordelaar(scores, "Anna")
    assert pijlers.beoordelaars(zonder) == ["Bob", "Cem"]
    assert zonder.index.tolist() == list(range(8))
    assert pijlers.zonder_beoordelaar(scores, "Niemand").equals(scores)


@pytest.mark.parametrize(
    ("oud", "nieuw", "melding"),
    [
        ("Bob", " ", "pijlers[8].beoordelaar: is nog leeg; vul de naam van de beoordelaar in"),
        (
            "Bob",
            " anna",
            'pijlers[8].beoordelaar: er is al een beoordelaar "Anna"; kies een andere naam',
        ),
        ("Dirk", "Daan", 'pijlers: onbekende beoordelaar "Dirk"'),
    ],
)
def test_hernoem_weigert(scores, oud, nieuw, melding):
    with pytest.raises(KaartFout) as fout:
        pijlers.hernoem_beoordelaar(scores, oud, nieuw)
    assert [str(p) for p in fout.value.problemen] == [melding]


def test_bezet():
    assert pijlers.bezet("ANNA", ["Anna"])
    assert pijlers.bezet(" Anna  de Vries", ["anna de vries"])
    assert not pijlers.bezet("Anna", [])


# ---------------------------------------------------------------------------
# The radar's geometry (what the page and the hand-out draw).


def test_radar_spaken_ringen_en_ringgetallen():
    spaken = pijlers.radar_spaken()
    assert spaken["pijler"].tolist() == list(pijlers.PIJLERS)
    # every spoke ends on the outer ring, the first at the top, then clockwise
    assert (spaken["x"] ** 2 + spaken["y"] ** 2).tolist() == pytest.approx([25.0] * 8)
    assert spaken.loc[0, ["x", "y"]].tolist() == pytest.approx([0, 5], abs=1e-9)
    assert spaken.loc[1, ["x", "y"]].tolist() == pytest.approx([5 / 2**0.5, 5 / 2**0.5])
    # a label begins right of a spoke that points right, ends left of one that points
    # left, and is centred on the vertical ones
    assert spaken["kant"].tolist() == [0, 1, 1, 1, 0, -1, -1, -1]
    assert pijlers.radar_spaken(2.5)["x"].tolist() == pytest.approx(spaken["x"] / 2)

    ringen = pijlers.radar_ringen()
    assert ringen.groupby("ring").size().to_dict() == {s: 97 for s in pijlers.SCORES}
    straal = (ringen["x"] ** 2 + ringen["y"] ** 2) ** 0.5
    assert straal.tolist() == pytest.approx(ringen["ring"].astype(float).tolist())
    eerste = ringen.groupby("ring").nth(0)[["x", "y"]].to_numpy()
    laatste = ringen.groupby("ring").nth(-1)[["x", "y"]].to_numpy()
    assert laatste == pytest.approx(eerste, abs=1e-9)  # each ring is closed

    getallen = pijlers.radar_ringgetallen()
    assert getallen["ring"].tolist() == list(pijlers.SCORES)
    hoek = [math.atan2(y, x) for x, y in getallen[["x", "y"]].to_numpy()]
    # halfway between the first two spokes (90° and 45°)
    assert hoek == pytest.approx([math.radians(67.5)] * 5)
