"""The content key of a kaart (Kaart.sleutel) and the content-keyed memo (systeem.model.geheugen)."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from systeem.analyses import (
    afhankelijkheid,
    analyse,
    balans,
    interventies,
    netwerk,
    signalen,
    wederkerigheid,
)
from systeem.model import geheugen
from systeem.model.geheugen import kopie, onthoud
from systeem.model.kaart import KOLOMMEN, TABELLEN, Kaart
from systeem.model.scenario import Bijdrage, Compensatie, Scenario, Vertrek
from systeem.model.validatie import valideer
from systeem.weergave import layout
from tests.conftest import VOORBEELDEN, kaart
from tests.kaartgenerator import kaart_docs, kaart_met_scenarios

ROOT = Path(__file__).resolve().parents[1]
#: Each example generates and validates kaarten: enough examples to find a gap, few enough
#: to keep the file quick.
veel = settings(max_examples=50, suppress_health_check=[HealthCheck.too_slow])


def _voorbeeld() -> Kaart:
    return layout.met_posities(valideer(kaart_met_scenarios()))


# ---------------------------------------------------------------------------
# The content key.


@veel
@given(kaart_docs())
def test_equal_kaarten_have_equal_keys(doc):
    a, b = valideer(doc), valideer(json.loads(json.dumps(doc)))
    assert a is not b and a == b
    assert a.sleutel() == b.sleutel() == valideer(a.naar_dict()).sleutel()
    assert len(a.sleutel()) == 32 and int(a.sleutel(), 16) >= 0
    assert a.in_standaardvorm()


def _andere_waarde(waarde):
    """A value of the same kind that differs from ``waarde``."""
    if waarde is pd.NA:
        return 0
    if isinstance(waarde, (bool, np.bool_)):
        return not waarde
    if isinstance(waarde, (int, np.integer)):
        return int(waarde) % 5 + 1 if int(waarde) else 1
    return str(waarde) + "x"


@veel
@given(kaart_docs(), st.data())
def test_any_single_cell_edit_changes_the_key(doc, data):
    k = valideer(doc)
    for naam in TABELLEN:
        frame = getattr(k, naam)
        if not len(frame):
            continue
        rij = data.draw(st.integers(0, len(frame) - 1), label=f"{naam} rij")
        kolom = data.draw(st.sampled_from(list(KOLOMMEN[naam])), label=f"{naam} kolom")
        nieuw = frame.copy()
        nieuw.loc[rij, kolom] = _andere_waarde(frame.loc[rij, kolom])
        ander = k.met(**{naam: nieuw})
        assert ander != k
        assert ander.sleutel() != k.sleutel(), (naam, rij, kolom)
    for veld in ("titel", "opgave", "toelichting"):
        assert k.met(**{veld: getattr(k, veld) + "x"}).sleutel() != k.sleutel()


@veel
@given(kaart_docs(), st.data())
def test_edits_to_places_and_scenarios_change_the_key(doc, data):
    k = valideer(doc)
    if k.posities:
        knoop = data.draw(st.sampled_from(sorted(k.posities)))
        x, y = k.posities[knoop]
        verschoven = {**k.posities, knoop: (x, y + 0.1)}
        zonder = {n: p for n, p in k.posities.items() if n != knoop}
        assert k.met(posities=verschoven).sleutel() != k.sleutel()
        assert k.met(posities=zonder).sleutel() != k.sleutel()
    erbij = {**k.posities, "nieuw": (1.0, 2.0)}
    assert k.met(posities=erbij).sleutel() != k.sleutel()
    if k.scenarios:
        eerste = k.scenarios[0]
        assert k.met(scenarios=k.scenarios[1:]).sleutel() != k.sleutel()
        hernoemd = (eerste.met(naam=eerste.naam + "x"), *k.scenarios[1:])
        assert k.met(scenarios=hernoemd).sleutel() != k.sleutel()
    extra = Scenario("extra", (Vertrek(partner="a"),))
    assert k.met(scenarios=(*k.scenarios, extra)).sleutel() != k.sleutel()
    uit = Scenario("extra", (Vertrek(partner="a", aan=False),))
    assert (
        k.met(scenarios=(*k.scenarios, uit)).sleutel()
        != k.met(scenarios=(*k.scenarios, extra)).sleutel()
    )


def test_every_field_of_a_kaart_is_in_the_key():
    """A field added to Kaart later must be added to the key (and to naar_dict) too."""
    k = _voorbeeld()
    anders = {
        "titel": "Andere titel",
        "opgave": "Andere opgave",
        "toelichting": "Andere toelichting",
        "partners": k.partners.iloc[:-1].reset_index(drop=True),
        "stromen": k.stromen.iloc[::-1].reset_index(drop=True),
        "afhankelijkheden": valideer(
            {
                **kaart_met_scenarios(),
                "afhankelijkheden": [{"partner": "gem", "afhankelijk_van": "zorg", "sterkte": 3}],
            }
        ).afhankelijkheden,
        "belangen": valideer(
            {
                **kaart_met_scenarios(),
                "belangen": [
                    {
                        "partner": "gem",
                        "omschrijving": "x",
                        "soort": "organisatie",
                        "houding": "steunt",
                    }
                ],
            }
        ).belangen,
        "posities": {},
        "scenarios": k.scenarios[:1],
        "opgave_extra": {"Type": "Task"},
    }
    if hasattr(k, "pijlers"):  # the pijlerscan (systeem.analyses.pijlers)
        scores = [{"beoordelaar": "An", "pijler": "dialoog", "score": 3}]
        anders["pijlers"] = valideer({**kaart_met_scenarios(), "pijlers": scores}).pijlers
    assert set(anders) == {f.name for f in dataclasses.fields(Kaart)}
    for veld, waarde in anders.items():
        assert k.met(**{veld: waarde}).sleutel() != k.sleutel(), veld


def test_the_key_is_kept_on_the_kaart_and_a_new_kaart_gets_its_own():
    k = _voorbeeld()
    assert "_sleutel" not in k.__dict__
    eerste = k.sleutel()
    assert k.__dict__["_sleutel"][0] == eerste and k.sleutel() is eerste
    assert "_sleutel" not in k.met(titel="x").__dict__  # met() builds a new kaart


def test_equal_content_in_other_dtypes_gives_the_same_key_but_no_standaardvorm():
    k = _voorbeeld()
    varianten = {
        "float waarde": k.met(stromen=k.stromen.astype({"waarde": "float64"})),
        "object text": k.met(partners=k.partners.astype({"naam": object, "id": object})),
        "int tastbaar": k.met(stromen=k.stromen.astype({"tastbaar": "int64"})),
        "columns reordered": k.met(partners=k.partners[list(KOLOMMEN["partners"])[::-1]]),
        "row numbers": k.met(stromen=k.stromen.set_axis(range(10, 10 + len(k.stromen)))),
        "places in another order": k.met(posities=dict(reversed(list(k.posities.items())))),
    }
    for naam, ander in varianten.items():
        assert ander == k, naam
        assert ander.sleutel() == k.sleutel(), naam
    assert not varianten["float waarde"].in_standaardvorm()
    assert not varianten["row numbers"].in_standaardvorm()
    assert varianten["places in another order"].in_standaardvorm()
    nul = k.met(posities={**k.posities, "opgave": (-0.0, 0.0)})
    assert nul == k.met(posities={**k.posities, "opgave": (0.0, 0.0)})
    assert nul.sleutel() == k.met(posities={**k.posities, "opgave": (0.0, 0.0)}).sleutel()


def test_a_lossy_dtype_is_not_taken_for_the_same_content():
    k = kaart(["a"], [("a", "opgave", 3)])
    half = k.stromen.astype({"waarde": "float64"})
    half.loc[0, "waarde"] = 3.5
    ander = k.met(stromen=half)
    assert ander != k and ander.sleutel() != k.sleutel()
    extra = k.met(partners=k.partners.assign(extra=1))
    assert extra != k and extra.sleutel() != k.sleutel()


@settings(max_examples=30, suppress_health_check=[HealthCheck.too_slow])
@given(kaart_docs(), kaart_docs())
def test_equality_still_means_equal_files(doc_a, doc_b):
    a, b = valideer(doc_a), valideer(doc_b)
    assert (a == b) == (a.naar_dict() == b.naar_dict())
    assert (a == b) == (a.sleutel() == b.sleutel())


def test_the_key_does_not_depend_on_the_hash_seed():
    paden = [str(p) for p in VOORBEELDEN]
    script = (
        "import json, sys\n"
        "from systeem import bestanden\n"
        "from systeem.model.validatie import valideer\n"
        "from tests.kaartgenerator import kaart_met_scenarios\n"
        "ks = [bestanden.lees(p) for p in sys.argv[1:]] + [valideer(kaart_met_scenarios())]\n"
        "print(json.dumps([k.sleutel() for k in ks]))\n"
    )
    uit = []
    for zaad in ("0", "4242"):
        omgeving = {**os.environ, "PYTHONHASHSEED": zaad}
        klaar = subprocess.run(
            [sys.executable, "-c", script, *paden],
            cwd=ROOT,
            env=omgeving,
            capture_output=True,
            text=True,
            check=True,
        )
        uit.append(json.loads(klaar.stdout))
    from systeem import bestanden

    hier = [bestanden.lees(p).sleutel() for p in paden] + [
        valideer(kaart_met_scenarios()).sleutel()
    ]
    assert uit[0] == uit[1] == hier
    assert len(set(hier)) == len(hier)


# ---------------------------------------------------------------------------
# The memo.


@pytest.fixture(autouse=True)
def _leeg_geheugen():
    geheugen.wis()
    yield
    geheugen.wis()


def _teller():
    aanroepen: list[str] = []

    @onthoud(maxsize=4)
    def tel(k: Kaart, drempel: float = 0.5, *, taal: str = "nl") -> pd.DataFrame:
        aanroepen.append(k.titel)
        return balans.balans.__wrapped__(k, drempel)

    return tel, aanroepen


def test_an_equal_kaart_is_not_computed_again():
    tel, aanroepen = _teller()
    doc = kaart_met_scenarios()
    eerste = tel(valideer(doc))
    tweede = tel(valideer(doc))  # another object, the same content
    derde = tel(valideer(doc), 0.5, taal="nl")  # the defaults spelled out: one call
    assert aanroepen == ["Wijkaanpak"]
    pd.testing.assert_frame_equal(eerste, tweede)
    pd.testing.assert_frame_equal(eerste, derde)
    assert tel.geheugen.stand() == geheugen.Stand(treffers=2, missers=1, grootte=1, maxsize=4)


def test_a_changed_kaart_or_argument_is_computed_again():
    tel, aanroepen = _teller()
    k = valideer(kaart_met_scenarios())
    tel(k)
    tel(k.met(titel="Anders"))
    tel(k, 0.25)
    tel(k, taal="en")
    tel(k, 1)  # 1 and 1.0 are equal, but a result may show the type: kept apart
    tel(k, 1.0)
    assert aanroepen == ["Wijkaanpak", "Anders", *["Wijkaanpak"] * 4]


def test_least_recently_used_results_are_forgotten():
    tel, aanroepen = _teller()
    kaarten = [kaart(["a"], titel=f"K{i}") for i in range(6)]
    for k in kaarten:
        tel(k)
    tel(kaarten[-1])
    tel(kaarten[0])  # forgotten: computed again
    assert aanroepen == ["K0", "K1", "K2", "K3", "K4", "K5", "K0"]
    assert tel.geheugen.stand().grootte == 4


def test_unhashable_arguments_and_kaarten_not_in_standaardvorm_are_not_remembered():
    aanroepen = []

    @onthoud()
    def f(k: Kaart, extra=None):
        aanroepen.append(1)
        return len(k.stromen)

    k = kaart(["a"], [("a", "opgave", 3)])
    f(k, [1]), f(k, [1])
    rommelig = k.met(stromen=k.stromen.set_axis([5]))
    f(rommelig), f(rommelig)
    assert len(aanroepen) == 4 and f.geheugen.stand().grootte == 0


def test_errors_are_not_remembered():
    k = kaart(["a"], [("a", "opgave", 3)])
    for _ in range(2):
        with pytest.raises(ValueError, match="drempel"):
            balans.balans(k, 0)
        with pytest.raises(KeyError):
            netwerk.vertrek(k, "bestaat_niet")
    assert balans.balans.geheugen.stand().grootte == 0


def test_a_parameter_left_out_of_the_key_must_exist():
    with pytest.raises(TypeError, match="geen parameter"):

        @onthoud(buiten_sleutel=("bestaat_niet",))
        def f(k: Kaart) -> None: ...


def _alle_aanroepen(k: Kaart) -> dict[str, tuple]:
    """Every remembered function of the core, with arguments that fit ``k``."""
    ids = k.partners["id"].tolist()
    scenario = k.scenarios[0] if k.scenarios else Scenario("S", (Compensatie(partner="x"),))
    aanroepen = {
        "balans.totalen": (balans.totalen, k),
        "balans.balans": (balans.balans, k, 0.25),
        "balans.per_soort": (balans.per_soort, k),
        "balans.per_tastbaar": (balans.per_tastbaar, k),
        "balans.systeem": (balans.systeem, k),
        "signalen.signalen": (signalen.signalen, k, 1 / 3, "en"),
        "analyse.analyse": (analyse.analyse, k),
        "netwerk.afgesneden": (netwerk.afgesneden, k),
        "afhankelijkheid.sterktes": (afhankelijkheid.sterktes, k),
        "afhankelijkheid.asymmetrie": (afhankelijkheid.asymmetrie, k),
        "afhankelijkheid.macht": (afhankelijkheid.macht, k),
        "afhankelijkheid.eenzijdig": (afhankelijkheid.eenzijdig, k, 3, 2),
        "wederkerigheid.paren": (wederkerigheid.paren, k),
        "wederkerigheid.netto_matrix": (wederkerigheid.netto_matrix, k),
        "layout.posities": (layout.posities, k),
        "interventies.toepassen": (interventies.toepassen, k, scenario),
    }
    if ids:
        aanroepen["netwerk.vertrek"] = (netwerk.vertrek, k, ids[0])
    return aanroepen


def _gelijk(a, b) -> None:
    """Equal results: frames and Series exactly (dtypes and index too), the rest by ==."""
    if isinstance(a, pd.DataFrame):
        pd.testing.assert_frame_equal(a, b, check_exact=True)
    elif isinstance(a, pd.Series):
        pd.testing.assert_series_equal(a, b, check_exact=True)
    elif dataclasses.is_dataclass(a) and not isinstance(a, Kaart):
        assert type(a) is type(b)
        for veld in dataclasses.fields(a):
            _gelijk(getattr(a, veld.name), getattr(b, veld.name))
    elif isinstance(a, Kaart):
        assert a == b
        for naam in TABELLEN:
            pd.testing.assert_frame_equal(getattr(a, naam), getattr(b, naam), check_exact=True)
    else:
        assert a == b


@settings(max_examples=25, suppress_health_check=[HealthCheck.too_slow])
@given(kaart_docs())
def test_remembered_results_equal_computed_results(doc):
    k = valideer(doc)
    for naam, (functie, *args) in _alle_aanroepen(k).items():
        vers = functie.__wrapped__(*args)
        eerste = functie(*args)
        tweede = functie(valideer(doc), *args[1:])  # a hit, on another kaart object
        _gelijk(vers, eerste)
        _gelijk(vers, tweede)
        stand = functie.geheugen.stand()
        assert stand.treffers >= 1, naam


def test_every_function_the_pages_call_on_a_rerun_is_remembered():
    k = _voorbeeld()
    for naam, (functie, *args) in _alle_aanroepen(k).items():
        assert isinstance(getattr(functie, "geheugen", None), geheugen.Geheugen), naam
        geheugen.wis()
        functie(*args)
        missers = functie.geheugen.stand().missers
        functie(*args)
        stand = functie.geheugen.stand()
        assert stand.missers == missers == 1 and stand.treffers >= 1, naam


def test_changing_a_returned_value_does_not_change_the_next_one():
    k = _voorbeeld()
    tabel = balans.balans(k)
    tabel.loc[tabel.index[0], "brengen"] = 999
    tabel["klasse"] = "kapot"
    tabel.iloc[1, 0] = "kapot"
    pd.testing.assert_frame_equal(balans.balans(k), balans.balans.__wrapped__(k))

    uitslag = analyse.analyse(k)
    uitslag["partners"][0]["naam"] = "kapot"
    uitslag["signalen"].clear()
    assert analyse.analyse(k) == analyse.analyse.__wrapped__(k)

    gevonden = signalen.signalen(k)
    gevonden.pop()
    assert signalen.signalen(k) == signalen.signalen.__wrapped__(k)

    plek = layout.posities(k)
    plek["opgave"] = (5.0, 5.0)
    assert layout.posities(k)["opgave"] == (0.0, 0.0)

    uitkomst = interventies.toepassen(k, k.scenarios[0])
    uitkomst.kaart.stromen.loc[0, "waarde"] = 99
    uitkomst.gewijzigd.iloc[0] = not uitkomst.gewijzigd.iloc[0]
    opnieuw = interventies.toepassen(k, k.scenarios[0])
    _gelijk(opnieuw, interventies.toepassen.__wrapped__(k, k.scenarios[0]))
    assert (
        opnieuw.kaart.sleutel()
        == interventies.toepassen.__wrapped__(k, k.scenarios[0]).kaart.sleutel()
    )

    gevolg = netwerk.vertrek(k, "gem")
    gevolg.delen[0].append("kapot")
    gevolg.verloren_stromen.loc[0, "mist_halen"] = -1
    _gelijk(netwerk.vertrek(k, "gem"), netwerk.vertrek.__wrapped__(k, "gem"))


def test_signalen_uses_a_balance_table_it_is_given_but_keys_on_the_kaart():
    k = _voorbeeld()
    tabel = balans.balans(k)
    met = signalen.signalen(k, balans_tabel=tabel)
    zonder = signalen.signalen(k)
    assert met == zonder and signalen.signalen.geheugen.stand().treffers == 1


def test_a_copy_is_cheap_and_independent():
    tabel = pd.DataFrame({"a": np.arange(5), "b": list("abcde")})
    nieuw = kopie(tabel)
    assert nieuw is not tabel
    nieuw.loc[0, "a"] = 7
    nieuw["c"] = 1
    assert tabel["a"].tolist() == [0, 1, 2, 3, 4] and "c" not in tabel
    assert kopie(("x", 1, None)) == ("x", 1, None)
    rij = ("x", [1])
    assert kopie(rij) == rij and kopie(rij)[1] is not rij[1]
    bijdrage = Bijdrage(partner="a", factor=0.5)
    assert kopie(bijdrage) is bijdrage  # frozen and made of values that cannot change


def test_threads_share_one_memo_safely():
    kaarten = [
        layout.met_posities(kaart(["a", "b", "c"], [("a", "b", i % 5 + 1)])) for i in range(5)
    ]
    kaarten.append(_voorbeeld())
    verwacht = [balans.balans.__wrapped__(k) for k in kaarten]
    verwacht_analyse = [analyse.analyse.__wrapped__(k) for k in kaarten]
    uitgevoerd = []  # list.append is atomic

    @onthoud(maxsize=4)  # smaller than the number of kaarten: evictions race too
    def geteld(k: Kaart) -> pd.DataFrame:
        uitgevoerd.append(k.titel)
        return balans.balans.__wrapped__(k)

    start = threading.Barrier(8)
    rondes = 60

    def werk(nr: int) -> None:
        start.wait()
        for i in range(rondes):
            j = (nr + i) % len(kaarten)
            k = kaarten[j].met()  # a new object each time: keys are computed in threads too
            for tabel in (balans.balans(k), geteld(k)):
                pd.testing.assert_frame_equal(tabel, verwacht[j])
                tabel.loc[tabel.index[0], "brengen"] = -nr  # every thread scribbles on its copy
            assert analyse.analyse(k) == verwacht_analyse[j]

    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(werk, range(8)))
    stand = geteld.geheugen.stand()
    assert stand.treffers + stand.missers == 8 * rondes  # no call lost or counted twice
    assert stand.missers == len(uitgevoerd) and stand.grootte == 4
    assert balans.balans.geheugen.stand().grootte == len(kaarten)
    for k, tabel in zip(kaarten, verwacht, strict=True):
        pd.testing.assert_frame_equal(balans.balans(k), tabel)


# ---------------------------------------------------------------------------
# The app: a rerun that changes nothing computes nothing.

APP = str(ROOT / "app.py")


@pytest.mark.parametrize(
    "pagina",
    [
        "systeemkaart/paginas/kaart.py",
        "systeemkaart/paginas/balans.py",
        "systeemkaart/paginas/interventies.py",
        "systeemkaart/paginas/invoeren.py",
        "systeemkaart/paginas/presenteren.py",
    ],
)
def test_an_unchanged_rerun_validates_and_analyses_nothing(pagina, monkeypatch):
    from streamlit.testing.v1 import AppTest

    from systeem.model import validatie

    gebouwd = []
    bouw = validatie._bouw
    monkeypatch.setattr(validatie, "_bouw", lambda doc: gebouwd.append(1) or bouw(doc))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.session_state["kaart"] = _voorbeeld()  # every table and four scenarios
    if (
        pagina == "systeemkaart/paginas/presenteren.py"
    ):  # past the names choice, at the balance step
        at.session_state["presentatie_keuze"] = True
        at.session_state["stap"] = 3
    at.switch_page(pagina)
    at.run()
    assert not at.exception
    voor, gebouwd[:] = geheugen.standen(), []
    at.run()  # the same page again, nothing changed
    assert not at.exception
    na = geheugen.standen()
    opnieuw = {n: na[n].missers - voor[n].missers for n in na if na[n].missers > voor[n].missers}
    assert opnieuw == {}, "analysed again"
    assert gebouwd == [], "validated again"
    if pagina != "systeemkaart/paginas/invoeren.py":  # the tables page shows no analysis
        assert sum(na[n].treffers - voor[n].treffers for n in na) > 0
