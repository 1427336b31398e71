"""The store's werkruimten (issue 18): a view acts only within its own werkruimte, another
werkruimte's kaart or foto id behaves exactly like an unknown id, the trainer's view sees
every werkruimte, ``Opslag`` itself is the local user's, and a store of schema 1 opens with
its kaarten in :data:`LOKAAL`.  Every test uses its own file."""

from __future__ import annotations

import json
import sqlite3
import tempfile
from contextlib import closing
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from systeem.model.kaart import Kaart
from systeem.opslag import LOKAAL, OnbekendeKaart, Opslag, OpslagFout, Werkruimte
from tests.conftest import kaart


@pytest.fixture
def opslag(tmp_path) -> Opslag:
    return Opslag(tmp_path / "k.db")


def _stappen(opslag: Opslag, kid: str) -> list[tuple]:
    """The stored history of kaart ``kid``, read past the store."""
    with closing(sqlite3.connect(opslag.pad)) as c:
        return c.execute(
            "SELECT nr, inhoud, gemaakt FROM stappen WHERE kaart_id = ? ORDER BY nr", (kid,)
        ).fetchall()


def _toestand(opslag: Opslag, ruimte: Werkruimte, kid: str, fid: int) -> tuple:
    """Everything of werkruimte ``ruimte`` that another werkruimte must not change."""
    return (
        ruimte.lees(kid),
        ruimte.stand(kid),
        ruimte.foto(fid),
        ruimte.fotos(kid).to_dict("list"),
        ruimte.lijst().to_dict("list"),
        ruimte.lijst(prullenbak=True).to_dict("list"),
        _stappen(opslag, kid),
    )


# ---------------------------------------------------------------------------
# Another werkruimte's id is an unknown id.


@pytest.fixture
def twee(opslag):
    """Werkruimten A and B; B has a kaart with history (one undone stap), a foto and a
    kaart in the bin."""
    a, b = opslag.werkruimte("a"), opslag.werkruimte("b")
    a.maak(kaart(["x"], titel="Van A"))
    kid = b.maak(kaart(["p"], titel="Van B"))
    b.bewaar(kid, kaart(["p", "q"], titel="Van B"), basis=1)
    b.bewaar(kid, kaart(["p", "q", "r"], titel="Van B"), basis=2)
    b.ongedaan(kid)
    fid = b.maak_foto(kid, "foto van B")
    weg = b.maak(kaart(["z"], titel="B weg"))
    b.verwijder(weg)
    return a, b, kid, fid, weg


#: Every method of a view, called with B's kaart id ``k``, bin kaart id ``w`` or foto id ``f``.
AANROEPEN = {
    "lees": lambda r, k, w, f: r.lees(k),
    "stand": lambda r, k, w, f: r.stand(k),
    "bewaar": lambda r, k, w, f: r.bewaar(k, kaart(["ander"], titel="Gekaapt"), basis=4),
    "bewaar zonder basis": lambda r, k, w, f: r.bewaar(k, Kaart(titel="Gekaapt")),
    "bewaar met een foute basis": lambda r, k, w, f: r.bewaar(k, Kaart(titel="G"), basis=99),
    "ongedaan": lambda r, k, w, f: r.ongedaan(k),
    "opnieuw": lambda r, k, w, f: r.opnieuw(k),
    "hernoem": lambda r, k, w, f: r.hernoem(k, "Gekaapt"),
    "dupliceer": lambda r, k, w, f: r.dupliceer(k, "Kopie"),
    "verwijder": lambda r, k, w, f: r.verwijder(k),
    "herstel": lambda r, k, w, f: r.herstel(w),
    "wis": lambda r, k, w, f: r.wis(w),
    "wis in gebruik": lambda r, k, w, f: r.wis(k),
    "maak_foto": lambda r, k, w, f: r.maak_foto(k, "gekaapt"),
    "maak_foto met inhoud": lambda r, k, w, f: r.maak_foto(k, "g", Kaart(titel="G")),
    "foto": lambda r, k, w, f: r.foto(f),
}


@pytest.mark.parametrize("naam", list(AANROEPEN))
def test_een_id_van_een_ander_is_een_onbekend_id(opslag, twee, naam):
    a, b, kid, fid, weg = twee
    aanroep = AANROEPEN[naam]
    voor = _toestand(opslag, b, kid, fid), b.lees(weg)
    with pytest.raises(OnbekendeKaart) as van_ander:
        aanroep(a, kid, weg, fid)
    with pytest.raises(OnbekendeKaart) as onbekend:
        aanroep(a, "onbekend-id", "onbekend-id", 10**6)
    # The same message as for an unknown id, with the id asked for: nothing leaks.
    gevraagd = str(fid) if naam == "foto" else weg if naam in ("herstel", "wis") else kid
    assert str(van_ander.value) == str(onbekend.value).replace(
        "onbekend-id" if naam != "foto" else str(10**6), gevraagd
    )
    assert (_toestand(opslag, b, kid, fid), b.lees(weg)) == voor
    assert a.lijst()["titel"].tolist() == ["Van A"]


def test_fotos_en_verwijder_foto_van_een_ander_zijn_als_onbekend(opslag, twee):
    a, b, kid, fid, weg = twee
    voor = _toestand(opslag, b, kid, fid)
    assert a.fotos(kid).empty and a.fotos(kid).columns.tolist() == ["id", "naam", "gemaakt"]
    a.verwijder_foto(fid)  # as for an unknown foto: nothing happens, nothing is said
    a.verwijder_foto(10**6)
    assert _toestand(opslag, b, kid, fid) == voor


def test_de_lijsten_van_ieder_en_van_de_trainer(opslag, twee):
    a, b, kid, fid, weg = twee
    eigen = opslag.maak(Kaart(titel="Lokaal"))
    assert a.lijst()["titel"].tolist() == ["Van A"]
    assert b.lijst()["titel"].tolist() == ["Van B"]
    assert b.lijst(prullenbak=True)["titel"].tolist() == ["B weg"]
    assert a.lijst(prullenbak=True).empty
    # The local default view is LOKAAL's and keeps today's columns.
    assert opslag.lijst()["id"].tolist() == [eigen]
    assert opslag.lijst().columns.tolist() == [
        "id",
        "titel",
        "opgave",
        "gemaakt",
        "gewijzigd",
        "verwijderd",
    ]
    assert opslag.lijst().equals(opslag.werkruimte(LOKAAL).lijst())
    # The trainer sees all, with the werkruimte.
    alles = opslag.alles()
    tabel = alles.lijst()
    assert dict(zip(tabel["titel"], tabel["werkruimte"], strict=True)) == {
        "Van A": "a",
        "Van B": "b",
        "Lokaal": LOKAAL,
    }
    assert alles.lijst(prullenbak=True)["werkruimte"].tolist() == ["b"]
    assert alles.lees(kid).kaart == b.lees(kid).kaart
    assert alles.foto(fid) == b.foto(fid)
    # The trainer's new kaarten (and copies) are the trainer's own.
    kopie = alles.dupliceer(kid, "Kopie van B")
    assert kopie in opslag.lijst()["id"].tolist()
    assert kopie not in b.lijst()["id"].tolist()


def test_werkruimte_namen(opslag):
    namen = {Opslag.nieuwe_werkruimte() for _ in range(50)}
    assert len(namen) == 50 and LOKAAL not in namen
    assert all(len(n) >= 20 and n.replace("-", "").replace("_", "").isalnum() for n in namen)
    with pytest.raises(OpslagFout):
        opslag.werkruimte("")
    with pytest.raises(OpslagFout):
        opslag.werkruimte(None)  # type: ignore[arg-type]
    # A view cannot widen itself: only the store hands out views.
    view = opslag.werkruimte("a")
    assert not hasattr(view, "alles") and not hasattr(view, "werkruimte")
    assert opslag.naam == LOKAAL and view.naam == "a" and opslag.alles().naam is None


# ---------------------------------------------------------------------------
# Migration: a store of schema 1 opens, its kaarten belong to LOKAAL.

#: The schema as the first release wrote it (a copy: the test must not follow later changes).
SCHEMA_1 = (
    """CREATE TABLE kaarten (
        id TEXT PRIMARY KEY,
        titel TEXT NOT NULL,
        opgave TEXT NOT NULL DEFAULT '',
        inhoud TEXT NOT NULL,
        versie INTEGER NOT NULL,
        stap INTEGER NOT NULL,
        gemaakt TEXT NOT NULL,
        gewijzigd TEXT NOT NULL,
        verwijderd TEXT
    )""",
    """CREATE TABLE stappen (
        kaart_id TEXT NOT NULL REFERENCES kaarten(id) ON DELETE CASCADE,
        nr INTEGER NOT NULL,
        inhoud TEXT NOT NULL,
        gemaakt TEXT NOT NULL,
        PRIMARY KEY (kaart_id, nr)
    ) WITHOUT ROWID""",
    """CREATE TABLE fotos (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kaart_id TEXT NOT NULL REFERENCES kaarten(id) ON DELETE CASCADE,
        naam TEXT NOT NULL,
        inhoud TEXT NOT NULL,
        gemaakt TEXT NOT NULL
    )""",
    "CREATE INDEX fotos_per_kaart ON fotos (kaart_id, gemaakt)",
    "CREATE INDEX kaarten_per_wijziging ON kaarten (verwijderd, gewijzigd)",
)


def test_een_bestand_van_schema_1_hoort_bij_de_lokale_gebruiker(tmp_path):
    pad = tmp_path / "oud.db"
    inhoud = [json.dumps(kaart(list("abc")[: n + 1], titel="Oud").naar_dict()) for n in range(3)]
    with closing(sqlite3.connect(pad, isolation_level=None)) as c:
        for opdracht in SCHEMA_1:
            c.execute(opdracht)
        c.execute("PRAGMA user_version = 1")
        # Three stappen, the pointer on the second: one undo and one redo are possible.
        c.execute(
            "INSERT INTO kaarten VALUES ('oud', 'Oud', '', ?, 5, 2, '2024-01-01T10:00:00+00:00',"
            " '2024-01-02T10:00:00+00:00', NULL)",
            (inhoud[1],),
        )
        for nr in (1, 2, 3):
            c.execute(
                "INSERT INTO stappen VALUES ('oud', ?, ?, '2024-01-02T10:00:00+00:00')",
                (nr, inhoud[nr - 1]),
            )
        c.execute(
            "INSERT INTO kaarten VALUES ('weg', 'Weg', '', ?, 1, 1, '2024-01-01T10:00:00+00:00',"
            " '2024-01-01T10:00:00+00:00', '2024-01-03T10:00:00+00:00')",
            (inhoud[0],),
        )
        c.execute(
            "INSERT INTO fotos (kaart_id, naam, inhoud, gemaakt)"
            " VALUES ('oud', 'begin', ?, '2024-01-01T11:00:00+00:00')",
            (inhoud[0],),
        )
    opslag = Opslag(pad)
    lokaal = opslag.werkruimte(LOKAAL)
    for ruimte in (opslag, lokaal):
        assert ruimte.lijst()["id"].tolist() == ["oud"]
        assert ruimte.lijst(prullenbak=True)["id"].tolist() == ["weg"]
        gelezen = ruimte.lees("oud")
        assert (gelezen.versie, gelezen.terug, gelezen.vooruit) == (5, 1, 1)
        assert ruimte.fotos("oud")["naam"].tolist() == ["begin"]
    assert opslag.alles().lijst()["werkruimte"].tolist() == [LOKAAL]
    assert opslag.werkruimte("iemand").lijst().empty
    with pytest.raises(OnbekendeKaart):
        opslag.werkruimte("iemand").lees("oud")
    # The history is intact: undo and redo reach the old stappen.
    assert opslag.ongedaan("oud", basis=5).kaart == kaart(["a"], titel="Oud")
    assert opslag.opnieuw("oud").kaart == kaart(["a", "b"], titel="Oud")
    assert opslag.opnieuw("oud").kaart == kaart(["a", "b", "c"], titel="Oud")
    fid = int(opslag.fotos("oud")["id"].iloc[0])
    assert opslag.foto(fid).kaart == kaart(["a"], titel="Oud")


# ---------------------------------------------------------------------------
# Random sequences by two werkruimten against a simple model.

RUIMTEN = ("a", "b")
OPERATIES = st.lists(
    st.tuples(
        st.sampled_from(RUIMTEN),
        st.sampled_from(
            [
                "maak",
                "bewaar",
                "ongedaan",
                "opnieuw",
                "verwijder",
                "herstel",
                "wis",
                "maak_foto",
                "foto",
                "verwijder_foto",
                "dupliceer",
            ]
        ),
        st.integers(min_value=0, max_value=20),
    ),
    max_size=25,
)


class _Model:
    """What the store should hold: per kaart its owner, history, pointer and bin state;
    per foto its kaart."""

    def __init__(self) -> None:
        self.kaarten: dict[str, dict] = {}
        self.fotos: dict[int, str] = {}
        self.teller = 0

    def titel(self) -> str:
        self.teller += 1
        return f"t{self.teller}"


def _doe(opslag: Opslag, model: _Model, ruimte: str, op: str, keuze: int) -> None:
    """Do ``op`` as werkruimte ``ruimte`` on the ``keuze``-th known id (of any werkruimte);
    check it succeeds on its own and fails as unknown on another's; update the model."""
    view = opslag.werkruimte(ruimte)
    ids = sorted(model.kaarten)
    if op == "maak" or not ids:
        titel = model.titel()
        kid = view.maak(Kaart(titel=titel))
        model.kaarten[kid] = {"van": ruimte, "stappen": [titel], "stap": 0, "weg": False}
        return
    if op in ("foto", "verwijder_foto"):
        if not model.fotos:
            return
        fid = sorted(model.fotos)[keuze % len(model.fotos)]
        eigen = model.kaarten[model.fotos[fid]]["van"] == ruimte
        if op == "verwijder_foto":
            view.verwijder_foto(fid)
            if eigen:
                del model.fotos[fid]
        elif eigen:
            assert view.foto(fid).kaart_id == model.fotos[fid]
        else:
            with pytest.raises(OnbekendeKaart):
                view.foto(fid)
        return
    kid = ids[keuze % len(ids)]
    k = model.kaarten[kid]
    if k["van"] != ruimte:
        with pytest.raises(OnbekendeKaart):
            AANROEPEN.get(op, AANROEPEN["lees"])(view, kid, kid, 0)
        return
    if op == "bewaar":
        titel = model.titel()
        view.bewaar(kid, Kaart(titel=titel))
        k["stappen"] = [*k["stappen"][: k["stap"] + 1], titel]
        k["stap"] = len(k["stappen"]) - 1
    elif op in ("ongedaan", "opnieuw"):
        doel = k["stap"] + (-1 if op == "ongedaan" else 1)
        uitkomst = getattr(view, op)(kid)
        assert (uitkomst is None) == (not 0 <= doel < len(k["stappen"]))
        if uitkomst is not None:
            k["stap"] = doel
    elif op in ("verwijder", "herstel"):
        getattr(view, op)(kid)
        k["weg"] = op == "verwijder"
    elif op == "wis":
        if not k["weg"]:
            with pytest.raises(OpslagFout):
                view.wis(kid)
            return
        view.wis(kid)
        del model.kaarten[kid]
        model.fotos = {f: v for f, v in model.fotos.items() if v != kid}
    elif op == "maak_foto":
        model.fotos[view.maak_foto(kid, "f")] = kid
    elif op == "dupliceer":
        titel = k["stappen"][k["stap"]]
        kopie = view.dupliceer(kid)
        model.kaarten[kopie] = {"van": ruimte, "stappen": [titel], "stap": 0, "weg": False}


def _vergelijk(opslag: Opslag, model: _Model) -> None:
    """Every werkruimte sees exactly its own kaarten and foto's, as the model says."""
    for ruimte in RUIMTEN:
        view = opslag.werkruimte(ruimte)
        eigen = {kid: k for kid, k in model.kaarten.items() if k["van"] == ruimte}
        for prullenbak in (False, True):
            tabel = view.lijst(prullenbak=prullenbak)
            verwacht = {kid: k["stappen"][k["stap"]] for kid, k in eigen.items()}
            verwacht = {kid: t for kid, t in verwacht.items() if eigen[kid]["weg"] == prullenbak}
            assert dict(zip(tabel["id"], tabel["titel"], strict=True)) == verwacht
        for kid, k in model.kaarten.items():
            if k["van"] == ruimte:
                stand = view.stand(kid)
                assert (stand.terug, stand.vooruit) == (
                    k["stap"],
                    len(k["stappen"]) - k["stap"] - 1,
                )
                fotos = {f for f, v in model.fotos.items() if v == kid}
                assert set(view.fotos(kid)["id"]) == fotos
            else:
                with pytest.raises(OnbekendeKaart):
                    view.lees(kid)
                assert view.fotos(kid).empty
    alles = opslag.alles().lijst()
    assert dict(zip(alles["id"], alles["werkruimte"], strict=True)) == {
        kid: k["van"] for kid, k in model.kaarten.items() if not k["weg"]
    }
    assert opslag.lijst().empty


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(OPERATIES)
def test_twee_werkruimten_zien_en_raken_nooit_elkaars_gegevens(operaties):
    with tempfile.TemporaryDirectory() as map_:
        opslag = Opslag(Path(map_) / "k.db")
        model = _Model()
        for ruimte, op, keuze in operaties:
            _doe(opslag, model, ruimte, op, keuze)
        _vergelijk(opslag, model)
