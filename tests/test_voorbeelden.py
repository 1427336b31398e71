"""The example kaarten for trainers: valid, rich enough, and telling their story."""

from __future__ import annotations

import pytest

from systeem import bestanden
from systeem.analyses import afhankelijkheid, balans, interventies
from systeem.analyses.analyse import analyse
from systeem.bestanden import voorbeelden
from tests.conftest import DATA, VOORBEELDEN

#: Per example: the partners the story says give far more, and those that take far more.
VERHALEN = {
    "loonaangifteketen": (
        {"werkgevers", "softwareleveranciers"},
        {"uwv", "gemeenten", "svb", "pensioenfondsen"},
    ),
    "regionale_jeugdhulp": (
        {"centrumgemeente", "zorgaanbieder", "jeugd_ggz"},
        {"regio_noord", "regio_zuid"},
    ),
    "gebiedsontwikkeling": ({"corporatie"}, {"ontwikkelaar"}),
    "zorg_en_veiligheidshuis": ({"reclassering", "rvdk", "ggz"}, {"om", "regiogemeenten"}),
}


def test_every_story_has_an_example_file_and_vice_versa():
    assert {p.stem for p in VOORBEELDEN} == set(VERHALEN)
    assert len(VOORBEELDEN) >= 3


@pytest.mark.parametrize("naam", sorted(VERHALEN))
def test_example_is_rich_enough_for_a_class(naam):
    k = bestanden.lees(DATA / f"{naam}.json")
    assert len(k.partners) >= 7 and len(k.stromen) >= 20
    assert len(k.afhankelijkheden) > 0 and len(k.belangen) > 0
    assert "illustratief" in k.toelichting.lower()


@pytest.mark.parametrize("naam", sorted(VERHALEN))
def test_flagged_partners_match_the_story(naam):
    geeft, haalt = VERHALEN[naam]
    tabel = balans.balans(bestanden.lees(DATA / f"{naam}.json"))
    assert set(tabel.index[tabel["klasse"] == "geeft_veel_meer"]) == geeft
    assert set(tabel.index[tabel["klasse"] == "haalt_veel_meer"]) == haalt
    assert (tabel["klasse"] == "in_balans").sum() >= 3  # not everybody is out of balance


@pytest.mark.parametrize("naam", sorted(VERHALEN))
def test_example_analyses_with_a_one_sided_dependency_signal(naam):
    k = bestanden.lees(DATA / f"{naam}.json")
    uitkomst = analyse(k)
    assert len(uitkomst["partners"]) == len(k.partners)
    assert not afhankelijkheid.eenzijdig(k).empty
    assert "eenzijdige_afhankelijkheid" in {s["code"] for s in uitkomst["signalen"]}


def test_a_trainers_own_folder_adds_examples(tmp_path, monkeypatch):
    import json

    from systeem.bestanden import voorbeelden
    from tests.conftest import doc

    (tmp_path / "eigen_casus.json").write_text(
        json.dumps(doc(["a"], [("a", "opgave", 2)], titel="Eigen casus")), encoding="utf-8"
    )
    (tmp_path / "notities.txt").write_text("geen kaart", encoding="utf-8")
    monkeypatch.setenv(voorbeelden.EIGEN_MAP, str(tmp_path))
    assert voorbeelden.namen()[0] == "loonaangifteketen"
    assert "eigen_casus" in voorbeelden.namen() and "notities" not in voorbeelden.namen()
    assert voorbeelden.laad("eigen_casus").titel == "Eigen casus"
    monkeypatch.delenv(voorbeelden.EIGEN_MAP)
    assert "eigen_casus" not in voorbeelden.namen()
    with pytest.raises(KeyError):
        voorbeelden.laad("eigen_casus")


def test_the_example_scenarios_apply_and_tell_their_story():
    """The scenarios shipped with the examples apply fully and move who they should."""

    def klassen(naam: str, scenario: str) -> dict[str, str]:
        k = voorbeelden.laad(naam)
        (s,) = [s for s in k.scenarios if s.naam == scenario]
        u = interventies.toepassen(k, s)
        assert all(stap.toegepast for stap in u.stappen)
        return balans.balans(u.kaart)["klasse"].to_dict()

    compensatie = klassen("regionale_jeugdhulp", "Centrumgemeente compenseert de aanbieder")
    assert compensatie["zorgaanbieder"] == "in_balans"
    assert compensatie["centrumgemeente"] == "geeft_veel_meer"  # the price of compensating
    gebruik = klassen("regionale_jeugdhulp", "Kosten naar gebruik")
    assert gebruik["regio_noord"] == gebruik["regio_zuid"] == "in_balans"
    software = klassen("loonaangifteketen", "Softwareleveranciers vroeg betrokken")
    assert software["softwareleveranciers"] == "in_balans"
