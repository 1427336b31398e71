"""The store (systeem/opslag.py): kaarten, history, foto's, migrations, concurrency,
the stale-version refusal and a broken file.  Every test uses its own file in tmp_path."""

from __future__ import annotations

import json
import sqlite3
import threading
from contextlib import closing

import pytest

from systeem import opslag as opslag_mod
from systeem.analyses import vergelijking
from systeem.bestanden import voorbeelden
from systeem.model.kaart import Kaart
from systeem.opslag import OnbekendeKaart, Opslag, OpslagFout, VerouderdeVersie
from tests.conftest import kaart


@pytest.fixture
def winkel(tmp_path) -> Opslag:
    return Opslag(tmp_path / "k.db")


def _met_partner(k: Kaart, pid: str) -> Kaart:
    doc = k.naar_dict()
    doc["partners"].append({"id": pid, "naam": pid.upper()})
    from systeem.model.validatie import valideer

    return valideer(doc)


# ---------------------------------------------------------------------------
# Create, read, update, delete.


def test_maak_en_lees_geeft_dezelfde_kaart(winkel):
    voorbeeld = voorbeelden.laad("loonaangifteketen")
    kid = winkel.maak(voorbeeld)
    gelezen = winkel.lees(kid)
    assert gelezen.kaart == voorbeeld
    assert (gelezen.versie, gelezen.terug, gelezen.vooruit, gelezen.verwijderd) == (1, 0, 0, None)
    assert kid.replace("-", "").replace("_", "").isalnum()


def test_bewaar_verhoogt_de_versie_en_lijst_toont_de_laatste_wijziging_eerst(winkel):
    a = winkel.maak(kaart(["a"], titel="Eerste"))
    b = winkel.maak(kaart(["b"], titel="Tweede"))
    assert winkel.bewaar(a, kaart(["a", "c"], titel="Eerste", opgave="Samen"), basis=1) == 2
    lijst = winkel.lijst()
    assert lijst["id"].tolist() == [a, b]
    assert lijst.loc[0, ["titel", "opgave"]].tolist() == ["Eerste", "Samen"]
    assert str(lijst["gewijzigd"].dt.tz) == "UTC"


def test_bewaar_van_een_gelijke_kaart_maakt_geen_stap(winkel):
    kid = winkel.maak(kaart(["a"]))
    assert winkel.bewaar(kid, kaart(["a"]), basis=1) == 1
    assert winkel.stand(kid).terug == 0


def test_hernoem_dupliceer_verwijder_herstel_wis(winkel):
    kid = winkel.maak(kaart(["a"], titel="Oud"))
    winkel.hernoem(kid, "  Nieuw  ")
    assert winkel.lees(kid).kaart.titel == "Nieuw"
    with pytest.raises(OpslagFout, match="naam"):
        winkel.hernoem(kid, " ")
    kopie = winkel.dupliceer(kid, "Nieuw (kopie)")
    assert winkel.lees(kopie).kaart.titel == "Nieuw (kopie)"
    assert winkel.lees(kopie).terug == 0  # a fresh history
    winkel.verwijder(kid)
    assert winkel.lijst()["id"].tolist() == [kopie]
    assert winkel.lijst(prullenbak=True)["id"].tolist() == [kid]
    assert winkel.lees(kid).verwijderd is not None
    winkel.herstel(kid)
    assert set(winkel.lijst()["id"]) == {kid, kopie}
    with pytest.raises(OpslagFout, match="prullenbak"):
        winkel.wis(kid)  # only from the bin
    winkel.verwijder(kid)
    winkel.wis(kid)
    with pytest.raises(OnbekendeKaart):
        winkel.lees(kid)
    assert winkel.lijst(prullenbak=True).empty


def test_onbekende_kaart_geeft_een_nederlandse_fout(winkel):
    with pytest.raises(OnbekendeKaart, match="geen kaart"):
        winkel.lees("bestaat-niet")
    with pytest.raises(OnbekendeKaart):
        winkel.bewaar("bestaat-niet", kaart(["a"]))
    with pytest.raises(OnbekendeKaart):
        winkel.verwijder("bestaat-niet")


def test_posities_blijven_bewaard(winkel):
    k = kaart(["a"], posities={"opgave": [0, 0], "a": [12.5, -3.25]})
    kid = winkel.maak(k)
    assert winkel.lees(kid).kaart.posities["a"] == (12.5, -3.25)


def test_de_opslag_is_normalised_json(winkel):
    kid = winkel.maak(kaart(["a"], stromen=[("a", "opgave", "Geld", 3)]))
    with closing(sqlite3.connect(winkel.pad)) as c:
        (inhoud,) = c.execute("SELECT inhoud FROM kaarten WHERE id = ?", (kid,)).fetchone()
    doc = json.loads(inhoud)
    assert doc["formaat"] == "systeemkaart" and doc["stromen"][0]["soort"] == "geld"
    assert doc["stromen"][0]["tastbaar"] is True


# ---------------------------------------------------------------------------
# Undo and redo.


def test_ongedaan_en_opnieuw(winkel):
    kid = winkel.maak(kaart(["a"]))
    winkel.bewaar(kid, kaart(["a", "b"]), basis=1)
    winkel.bewaar(kid, kaart(["a", "b", "c"]), basis=2)
    terug = winkel.ongedaan(kid, basis=3)
    assert terug.kaart == kaart(["a", "b"]) and (terug.terug, terug.vooruit) == (1, 1)
    assert winkel.ongedaan(kid).kaart == kaart(["a"])
    assert winkel.ongedaan(kid) is None  # nothing left to undo
    assert winkel.opnieuw(kid).kaart == kaart(["a", "b"])
    assert winkel.opnieuw(kid).kaart == kaart(["a", "b", "c"])
    assert winkel.opnieuw(kid) is None
    assert winkel.lees(kid).kaart == kaart(["a", "b", "c"])


def test_een_nieuwe_wijziging_na_ongedaan_laat_de_opnieuw_tak_vallen(winkel):
    kid = winkel.maak(kaart(["a"]))
    winkel.bewaar(kid, kaart(["a", "b"]))
    winkel.bewaar(kid, kaart(["a", "b", "c"]))
    winkel.ongedaan(kid)
    winkel.ongedaan(kid)
    winkel.bewaar(kid, kaart(["a", "x"]))
    stand = winkel.stand(kid)
    assert (stand.terug, stand.vooruit) == (1, 0)
    assert winkel.opnieuw(kid) is None
    assert winkel.ongedaan(kid).kaart == kaart(["a"])
    assert winkel.opnieuw(kid).kaart == kaart(["a", "x"])


def test_meer_dan_vijftig_stappen_terug_ook_met_een_nieuwe_opslag(winkel):
    kid = winkel.maak(kaart([]))
    for i in range(70):
        winkel.bewaar(kid, kaart([], titel=f"stap {i + 1}"))
    # A new Opslag on the same file (as after a refresh or a server restart).
    opnieuw = Opslag(winkel.pad)
    for i in range(69, -1, -1):
        stap = opnieuw.ongedaan(kid)
        assert stap.kaart.titel == (f"stap {i}" if i else "Proefkaart")
    assert opnieuw.ongedaan(kid) is None
    assert opnieuw.stand(kid).vooruit == 70


def test_de_geschiedenis_is_begrensd(winkel, monkeypatch):
    monkeypatch.setattr(opslag_mod, "BEWAARDE_STAPPEN", 5)
    kid = winkel.maak(kaart([]))
    huidig = kaart([])
    for i in range(10):
        huidig = _met_partner(huidig, f"p{i}")
        winkel.bewaar(kid, huidig)
    assert winkel.stand(kid).terug == 4
    with closing(sqlite3.connect(winkel.pad)) as c:
        assert c.execute("SELECT count(*) FROM stappen").fetchone()[0] == 5


# ---------------------------------------------------------------------------
# Stale versions: no silent overwrite.


def test_een_wijziging_op_een_verouderde_versie_wordt_geweigerd(winkel):
    kid = winkel.maak(kaart(["a"]))
    # Two tabs read version 1; the first saves, the second is refused.
    assert winkel.bewaar(kid, kaart(["a", "eerste"]), basis=1) == 2
    with pytest.raises(VerouderdeVersie) as fout:
        winkel.bewaar(kid, kaart(["a", "tweede"]), basis=1)
    assert (fout.value.basis, fout.value.huidig) == (1, 2)
    assert "ergens anders gewijzigd" in str(fout.value)
    assert winkel.lees(kid).kaart == kaart(["a", "eerste"])  # nothing overwritten
    with pytest.raises(VerouderdeVersie):
        winkel.ongedaan(kid, basis=1)
    with pytest.raises(VerouderdeVersie):
        winkel.opnieuw(kid, basis=1)


# ---------------------------------------------------------------------------
# Foto's.


def test_fotos_maken_lijsten_lezen_en_vergelijken(winkel):
    toen = kaart(["a", "b"], stromen=[("a", "opgave", 4), ("opgave", "b", 1)])
    kid = winkel.maak(toen)
    eerste = winkel.maak_foto(kid, "Voor het gesprek")
    nu = kaart(["a", "b"], stromen=[("a", "opgave", 4), ("opgave", "a", 3), ("opgave", "b", 2)])
    winkel.bewaar(kid, nu)
    tweede = winkel.maak_foto(kid, "Na het gesprek")
    lijst = winkel.fotos(kid)
    assert lijst["naam"].tolist() == ["Na het gesprek", "Voor het gesprek"]
    assert lijst["id"].tolist() == [tweede, eerste]
    foto = winkel.foto(eerste)
    assert foto.kaart == toen and foto.naam == "Voor het gesprek" and foto.kaart_id == kid
    uitkomst = vergelijking.vergelijk(foto.kaart, winkel.foto(tweede).kaart)
    assert uitkomst.partners.loc["a", "beweging"] == vergelijking.NAAR_BALANS
    assert len(uitkomst.toegevoegd) == 1 and len(uitkomst.gewijzigd) == 1
    # A foto may hold another content than the stored one (a refused edit, say).
    derde = winkel.maak_foto(kid, "Apart", kaart(["z"]))
    assert winkel.foto(derde).kaart == kaart(["z"])
    winkel.verwijder_foto(derde)
    with pytest.raises(OnbekendeKaart):
        winkel.foto(derde)
    with pytest.raises(OpslagFout, match="naam"):
        winkel.maak_foto(kid, "  ")


# ---------------------------------------------------------------------------
# Schema and migrations.


def _schema_1(pad) -> None:
    """A file as the first release wrote it: schema 1 and one kaart."""
    with closing(sqlite3.connect(pad, isolation_level=None)) as c:
        for opdracht in opslag_mod.MIGRATIES[0]:
            c.execute(opdracht)
        c.execute("PRAGMA user_version = 1")
        inhoud = json.dumps(kaart(["a"], titel="Oud").naar_dict())
        c.execute(
            "INSERT INTO kaarten VALUES ('oud', 'Oud', '', ?, 3, 1, '2024-01-01T10:00:00+00:00',"
            " '2024-01-02T10:00:00+00:00', NULL)",
            (inhoud,),
        )
        c.execute(
            "INSERT INTO stappen VALUES ('oud', 1, ?, '2024-01-02T10:00:00+00:00')", (inhoud,)
        )


def test_een_nieuw_bestand_krijgt_het_nieuwste_schema(winkel):
    with closing(sqlite3.connect(winkel.pad)) as c:
        assert c.execute("PRAGMA user_version").fetchone()[0] == len(opslag_mod.MIGRATIES)
        tabellen = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"kaarten", "stappen", "fotos"} <= tabellen


def test_een_bestand_met_schema_1_wordt_ter_plekke_bijgewerkt(tmp_path, monkeypatch):
    pad = tmp_path / "oud.db"
    _schema_1(pad)
    # A later release adds a migration: a column, filled for existing rows.
    monkeypatch.setattr(
        opslag_mod,
        "MIGRATIES",
        [
            *opslag_mod.MIGRATIES,
            (
                "ALTER TABLE kaarten ADD COLUMN kleur TEXT NOT NULL DEFAULT ''",
                "UPDATE kaarten SET kleur = 'blauw'",
            ),
        ],
    )
    winkel = Opslag(pad)
    with closing(sqlite3.connect(pad)) as c:
        assert c.execute("PRAGMA user_version").fetchone()[0] == len(opslag_mod.MIGRATIES)
        assert c.execute("SELECT kleur FROM kaarten").fetchall() == [("blauw",)]
    gelezen = winkel.lees("oud")
    assert gelezen.kaart.titel == "Oud" and gelezen.versie == 3
    assert winkel.bewaar("oud", kaart(["a", "b"], titel="Oud"), basis=3) == 4


def test_een_bestand_met_schema_1_opent_met_de_huidige_versie(tmp_path):
    pad = tmp_path / "oud.db"
    _schema_1(pad)
    winkel = Opslag(pad)
    assert winkel.lees("oud").kaart == kaart(["a"], titel="Oud")
    assert winkel.apart_gezet is None


def test_een_bestand_van_een_nieuwere_versie_wordt_niet_aangeraakt(tmp_path):
    pad = tmp_path / "nieuw.db"
    with closing(sqlite3.connect(pad)) as c:
        c.execute(f"PRAGMA user_version = {len(opslag_mod.MIGRATIES) + 5}")
    with pytest.raises(OpslagFout, match="nieuwere Systeemkaart"):
        Opslag(pad)
    assert pad.exists() and not list(tmp_path.glob("*.kapot-*"))


def test_wal_waar_het_kan_anders_het_gewone_journaal(winkel):
    assert winkel.journaal == "wal"

    class GeenWal:
        """A connection on a disk without shared memory: WAL is refused."""

        def __init__(self, c):
            self.c = c

        def execute(self, sql):
            if "WAL" in sql:
                raise sqlite3.OperationalError("WAL niet mogelijk op deze schijf")
            return self.c.execute(sql)

    with closing(sqlite3.connect(winkel.pad.with_name("ander.db"))) as c:
        assert opslag_mod._zet_journaal(GeenWal(c)) == "delete"


# ---------------------------------------------------------------------------
# A broken or unreadable file.


def test_een_kapot_bestand_wordt_apart_gezet_en_vervangen(tmp_path):
    pad = tmp_path / "kapot.db"
    pad.write_bytes(b"dit is geen database, maar een kapot bestand" * 100)
    winkel = Opslag(pad)
    assert winkel.apart_gezet is not None and winkel.apart_gezet.exists()
    assert winkel.apart_gezet.name.startswith("kapot.db.kapot-")
    assert winkel.apart_gezet.read_bytes().startswith(b"dit is geen database")
    kid = winkel.maak(kaart(["a"]))
    assert Opslag(pad).lees(kid).kaart == kaart(["a"])


def test_een_beschadigde_database_wordt_apart_gezet(tmp_path):
    pad = tmp_path / "half.db"
    goed = Opslag(pad)
    for i in range(30):
        goed.maak(kaart([f"p{i}"], toelichting="x" * 2000))
    data = bytearray(pad.read_bytes())
    data[4096 * 2 : 4096 * 4] = b"\xff" * (4096 * 2)  # overwrite two pages in the middle
    pad.write_bytes(bytes(data))
    for extra in ("-wal", "-shm"):
        pad.with_name(pad.name + extra).unlink(missing_ok=True)
    opslag_mod._KLAAR.clear()  # a new process
    winkel = Opslag(pad)
    assert winkel.apart_gezet is not None
    assert winkel.lijst().empty


def test_een_onleesbaar_pad_wordt_apart_gezet(tmp_path):
    pad = tmp_path / "map.db"
    pad.mkdir()  # a folder where the file should be: cannot be opened as a database
    winkel = Opslag(pad)
    assert winkel.apart_gezet is not None and winkel.apart_gezet.is_dir()
    assert winkel.lijst().empty


def test_een_bestand_dat_tijdens_gebruik_kapot_gaat_geeft_een_nette_fout(tmp_path):
    pad = tmp_path / "later.db"
    winkel = Opslag(pad)
    winkel.maak(kaart(["a"]))
    for extra in ("-wal", "-shm"):
        pad.with_name(pad.name + extra).unlink(missing_ok=True)
    pad.write_bytes(b"\x00kapot" * 2000)
    with pytest.raises(OpslagFout, match="apart gezet"):
        winkel.lijst()
    assert winkel.apart_gezet is not None
    assert winkel.lijst().empty  # the next call works on a fresh file


# ---------------------------------------------------------------------------
# Concurrency: 16 writers.


def test_zestien_schrijvers_tegelijk_verliezen_niets(winkel):
    """16 threads, each with its own Opslag as each Streamlit session has: saves and
    foto's on an own kaart, and read-change-save rounds on one shared kaart (a refused
    save is read again and retried, as a user who reloads)."""
    gedeeld = winkel.maak(kaart([], titel="Gedeeld"))
    per_draad, gedeelde_rondes = 6, 2
    # Built before the threads start: building kaarten is the slow part, not the store.
    versies = [kaart([f"p{j}" for j in range(i + 1)]) for i in range(per_draad)]
    fouten: list[BaseException] = []
    start = threading.Barrier(16)

    def schrijver(n: int) -> None:
        try:
            eigen = Opslag(winkel.pad)
            mijn = eigen.maak(kaart([], titel=f"Draad {n}"))
            start.wait()
            for i, versie in enumerate(versies):
                assert eigen.bewaar(mijn, versie, basis=i + 1) == i + 2
                eigen.maak_foto(mijn, f"foto {i}")
            for i in range(gedeelde_rondes):
                while True:
                    huidig = eigen.lees(gedeeld)
                    nieuw = huidig.kaart.met(toelichting=huidig.kaart.toelichting + f"{n}.{i};")
                    try:
                        eigen.bewaar(gedeeld, nieuw, basis=huidig.versie)
                        break
                    except VerouderdeVersie:
                        continue
        except BaseException as fout:  # noqa: BLE001 - collected and asserted below
            fouten.append(fout)

    draden = [threading.Thread(target=schrijver, args=(n,)) for n in range(16)]
    for d in draden:
        d.start()
    for d in draden:
        d.join(120)
    assert fouten == []
    eind = winkel.lees(gedeeld)
    bijdragen = eind.kaart.toelichting.rstrip(";").split(";")
    assert sorted(bijdragen) == sorted(
        f"{n}.{i}" for n in range(16) for i in range(gedeelde_rondes)
    )  # no lost write
    assert eind.versie == 1 + 16 * gedeelde_rondes
    lijst = winkel.lijst()
    assert len(lijst) == 17
    for kid in lijst["id"]:
        if kid != gedeeld:
            gelezen = winkel.lees(kid)
            assert gelezen.kaart.partners["id"].tolist() == [f"p{j}" for j in range(per_draad)]
            assert gelezen.versie == per_draad + 1 and gelezen.terug == per_draad
            assert len(winkel.fotos(kid)) == per_draad
    with closing(sqlite3.connect(winkel.pad)) as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_een_vergrendeld_bestand_geeft_een_nette_fout_geen_database_is_locked(winkel, monkeypatch):
    kid = winkel.maak(kaart(["a"]))
    monkeypatch.setattr(opslag_mod, "WACHTTIJD", 0.05)
    monkeypatch.setattr(opslag_mod, "_POGINGEN", 2)
    with closing(sqlite3.connect(winkel.pad, isolation_level=None)) as blokkeer:
        blokkeer.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        with pytest.raises(OpslagFout) as fout:
            winkel.bewaar(kid, kaart(["a", "b"]))
        blokkeer.execute("ROLLBACK")
    assert "locked" not in str(fout.value) and "bezet" in str(fout.value)
    assert winkel.bewaar(kid, kaart(["a", "b"])) == 2


def test_standaard_pad_volgt_xdg_en_de_omgevingsvariabele(tmp_path):
    assert opslag_mod.standaard_pad({"SYSTEEMKAART_DB": str(tmp_path / "x.db")}) == (
        tmp_path / "x.db"
    )
    assert opslag_mod.standaard_pad({"XDG_DATA_HOME": "/xdg"}).as_posix() == (
        "/xdg/systeemkaart/systeemkaart.db"
    )
    assert opslag_mod.standaard_pad({}).parts[-4:] == (
        ".local",
        "share",
        "systeemkaart",
        "systeemkaart.db",
    )


def test_standaard_pad_is_de_gebruikersmap_van_platformdirs(monkeypatch, tmp_path):
    """Without SYSTEEMKAART_DB the file lives in the folder platformdirs names for this
    system (so on Windows and macOS too), and platformdirs' own XDG rule applies."""
    from pathlib import Path

    from platformdirs import user_data_dir

    monkeypatch.delenv("SYSTEEMKAART_DB", raising=False)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    assert opslag_mod.standaard_pad() == (
        Path(user_data_dir("systeemkaart", appauthor=False)) / "systeemkaart.db"
    )
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert opslag_mod.standaard_pad() == tmp_path / "systeemkaart" / "systeemkaart.db"
    monkeypatch.setenv("SYSTEEMKAART_DB", str(tmp_path / "eigen.db"))
    assert opslag_mod.standaard_pad() == tmp_path / "eigen.db"
