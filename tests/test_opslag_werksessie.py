"""Werksessies in the store (issue 18): joining with the code, the door, the freeze that
the store itself enforces, the trainer's gallery, ending with delete or keep, the trainer
key, and the schema upgrade of a file from before werksessies.  Every test its own file."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta

import pytest

from systeem.model.kaart import Kaart
from systeem.opslag import (
    LOKAAL,
    MIGRATIES,
    Bevroren,
    OnbekendeDeelnemer,
    OnbekendeKaart,
    Opslag,
    OpslagFout,
)
from systeem.opslag.werksessie import CODE_TEKENS, MAX_NAAM
from tests.conftest import kaart


@pytest.fixture
def opslag(tmp_path) -> Opslag:
    return Opslag(tmp_path / "k.db")


def _rijen(opslag: Opslag, tabel: str) -> int:
    with closing(sqlite3.connect(opslag.pad)) as c:
        return c.execute(f"SELECT count(*) FROM {tabel}").fetchone()[0]


def _alles(opslag: Opslag) -> tuple:
    """Every row of every table, to prove a refused action changed nothing."""
    with closing(sqlite3.connect(opslag.pad)) as c:
        return tuple(
            sorted(map(repr, c.execute(f"SELECT * FROM {t}").fetchall()))
            for t in ("kaarten", "stappen", "fotos", "werksessies", "deelnemers", "instellingen")
        )


# ---------------------------------------------------------------------------
# Joining.


def test_meedoen_met_de_code_geeft_een_eigen_werkruimte_met_de_starter(opslag):
    starter = kaart(["Gemeente", "School"], titel="Wijkaanpak")
    sessie = opslag.start_werksessie("Dag 1", starter=starter)
    assert len(sessie.code) == 6 and set(sessie.code) <= set(CODE_TEKENS)
    assert sessie.deur_open and not sessie.bevroren and sessie.beeindigd is None

    an = opslag.meld_aan(f" {sessie.code[:3].lower()} {sessie.code[3:]} ", "  An   de Vries ")
    bo = opslag.meld_aan(sessie.code, "")
    assert an.naam == "An de Vries" and bo.naam == ""
    assert an.werkruimte != bo.werkruimte and len(an.werkruimte) >= 20
    assert opslag.deelnemer(an.werkruimte) == an

    eigen = opslag.werkruimte(an.werkruimte).lijst()
    assert eigen["titel"].tolist() == ["Wijkaanpak"]
    gelezen = opslag.werkruimte(an.werkruimte).lees(eigen["id"].iloc[0]).kaart
    assert gelezen.partners["naam"].tolist() == starter.partners["naam"].tolist()
    assert opslag.werkruimte(bo.werkruimte).lijst()["titel"].tolist() == ["Wijkaanpak"]
    # The local user (the trainer's own kaarten) sees none of it.
    assert opslag.lijst().empty


def test_zonder_starter_een_lege_kaart(opslag):
    sessie = opslag.start_werksessie("")
    an = opslag.meld_aan(sessie.code, "An")
    (kid,) = opslag.werkruimte(an.werkruimte).lijst()["id"]
    gelezen = opslag.werkruimte(an.werkruimte).lees(kid).kaart
    assert gelezen.titel == "An" and gelezen.partners.empty  # no title: the name and gelezen.stromen.empty


@pytest.mark.parametrize(
    ("code", "deur", "naam", "fout"),
    [
        ("ZZZZZZ", True, "An", "code_onbekend"),
        ("", True, "An", "code_onbekend"),
        (None, False, "An", "deur_dicht"),
        (None, True, "x" * (MAX_NAAM + 1), "deelnemer_naam"),
    ],
)
def test_meedoen_geweigerd_verandert_niets(opslag, code, deur, naam, fout):
    sessie = opslag.start_werksessie("Dag 1")
    opslag.meld_aan(sessie.code, "Eerste")
    opslag.zet_werksessie(sessie.id, deur_open=deur)
    voor = _alles(opslag)
    with pytest.raises(OpslagFout) as info:
        opslag.meld_aan(sessie.code if code is None else code, naam)
    assert info.value.melding.code == f"opslagfout.{fout}"
    assert info.value.in_taal("en") and info.value.in_taal("en") != str(info.value)
    assert _alles(opslag) == voor


def test_een_beeindigde_sessie_neemt_niemand_meer_aan(opslag):
    sessie = opslag.start_werksessie("Dag 1")
    opslag.beeindig_werksessie(sessie.id, 7)
    with pytest.raises(OpslagFout, match="geen werksessie"):
        opslag.meld_aan(sessie.code, "Laat")
    assert opslag.actieve_werksessie() is None


def test_een_sessie_tegelijk(opslag):
    sessie = opslag.start_werksessie("Dag 1")
    with pytest.raises(OpslagFout) as info:
        opslag.start_werksessie("Dag 2")
    assert sessie.code in str(info.value)
    assert opslag.actieve_werksessie() == sessie
    opslag.beeindig_werksessie(sessie.id, 0)
    assert opslag.start_werksessie("Dag 2").titel == "Dag 2"


def test_onbekende_sleutel(opslag):
    opslag.start_werksessie()
    for sleutel in ("", "lokaal", "x" * 22, "' OR 1=1 --"):
        with pytest.raises(OnbekendeDeelnemer):
            opslag.deelnemer(sleutel)


# ---------------------------------------------------------------------------
# Isolation between participants, checked in the store.


def test_deelnemers_zien_en_raken_elkaars_kaarten_niet(opslag):
    sessie = opslag.start_werksessie("Dag 1")
    an, bo = (opslag.meld_aan(sessie.code, n) for n in ("An", "Bo"))
    van_an, van_bo = opslag.werkruimte(an.werkruimte), opslag.werkruimte(bo.werkruimte)
    (kid_an,) = van_an.lijst()["id"]
    (kid_bo,) = van_bo.lijst()["id"]
    fid_bo = van_bo.maak_foto(kid_bo, "Begin")
    lokaal = opslag.maak(Kaart(titel="Van de trainer"))

    for vreemd in (kid_bo, lokaal):
        with pytest.raises(OnbekendeKaart):
            van_an.lees(vreemd)
        with pytest.raises(OnbekendeKaart):
            van_an.bewaar(vreemd, Kaart(titel="Overschreven"))
        with pytest.raises(OnbekendeKaart):
            van_an.verwijder(vreemd)
        assert van_an.fotos(vreemd).empty
    with pytest.raises(OnbekendeKaart):
        van_an.foto(fid_bo)
    assert van_an.lijst()["id"].tolist() == [kid_an]
    assert opslag.werkruimte(bo.werkruimte).lees(kid_bo).kaart.titel == "Dag 1"
    # The trainer sees all three kaarten.
    assert set(opslag.alles().lijst()["id"]) == {kid_an, kid_bo, lokaal}


# ---------------------------------------------------------------------------
# Freeze, enforced by the store.


def test_bevriezen_weigert_elke_schrijfactie_van_deelnemers(opslag):
    sessie = opslag.start_werksessie("Dag 1")
    an = opslag.meld_aan(sessie.code, "An")
    van_an = opslag.werkruimte(an.werkruimte)
    (kid,) = van_an.lijst()["id"]
    van_an.bewaar(kid, Kaart(titel="Tweede"), basis=1)
    lokaal = opslag.maak(Kaart(titel="Trainer"))

    assert opslag.zet_werksessie(sessie.id, bevroren=True).bevroren
    voor = _alles(opslag)
    pogingen = [
        lambda: van_an.bewaar(kid, Kaart(titel="Tijdens"), basis=2),
        lambda: van_an.maak(Kaart(titel="Nieuw")),
        lambda: van_an.ongedaan(kid),
        lambda: van_an.hernoem(kid, "Anders"),
        lambda: van_an.verwijder(kid),
        lambda: van_an.maak_foto(kid, "Foto"),
    ]
    for poging in pogingen:
        with pytest.raises(Bevroren) as info:
            poging()
        assert "scherm" in str(info.value) and "screen" in info.value.in_taal("en")
    assert _alles(opslag) == voor
    # Reading goes on; the trainer and the local user are not frozen.
    assert van_an.lees(kid).kaart.titel == "Tweede"
    opslag.bewaar(lokaal, Kaart(titel="Trainer 2"))
    opslag.alles().bewaar(kid, Kaart(titel="Door de trainer"))

    assert not opslag.zet_werksessie(sessie.id, bevroren=False).bevroren
    assert van_an.bewaar(kid, Kaart(titel="Weer vrij")) == 4


def test_deur_en_vries_los_te_zetten(opslag):
    sessie = opslag.start_werksessie()
    assert not opslag.zet_werksessie(sessie.id, deur_open=False).deur_open
    nu = opslag.zet_werksessie(sessie.id, bevroren=True)
    assert (nu.deur_open, nu.bevroren) == (False, True)
    with pytest.raises(OpslagFout):
        opslag.zet_werksessie("bestaat-niet", bevroren=True)


# ---------------------------------------------------------------------------
# The trainer's gallery.


def test_galerij_toont_ieders_laatst_gewijzigde_kaart(opslag):
    sessie = opslag.start_werksessie("Dag 1")
    an, bo, cy = (opslag.meld_aan(sessie.code, n) for n in ("An", "Bo", "Cy"))
    van_an = opslag.werkruimte(an.werkruimte)
    tweede = van_an.maak(kaart(["x", "y"], titel="Tweede van An"))
    van_bo = opslag.werkruimte(bo.werkruimte)
    (kid_bo,) = van_bo.lijst()["id"]
    van_bo.verwijder(kid_bo)  # Bo has nothing left outside the bin
    opslag.maak(Kaart(titel="Van de trainer"))  # not a participant's

    galerij = opslag.galerij(sessie.id)
    assert galerij["naam"].tolist() == ["An", "Bo", "Cy"]
    assert galerij["werkruimte"].tolist() == [an.werkruimte, bo.werkruimte, cy.werkruimte]
    assert galerij["kaarten"].tolist() == [2, 0, 1]
    assert galerij.loc[0, "kaart_id"] == tweede
    assert galerij.loc[0, "kaart"].titel == "Tweede van An"
    assert galerij.loc[1, "kaart"] is None
    assert galerij.loc[2, "titel"] == "Dag 1"
    assert str(galerij["gewijzigd"].dt.tz) == "UTC"
    assert opslag.galerij("onbekend").empty


# ---------------------------------------------------------------------------
# Ending: delete now, or keep and clean up later.


def test_beeindigen_en_nu_wissen(opslag):
    sessie = opslag.start_werksessie("Dag 1")
    an = opslag.meld_aan(sessie.code, "An")
    (kid,) = opslag.werkruimte(an.werkruimte).lijst()["id"]
    opslag.werkruimte(an.werkruimte).maak_foto(kid, "Foto")
    eigen = opslag.maak(Kaart(titel="Van de trainer"))

    opslag.beeindig_werksessie(sessie.id, 0)
    with pytest.raises(OnbekendeDeelnemer):
        opslag.deelnemer(an.werkruimte)
    assert opslag.alles().lijst()["id"].tolist() == [eigen]
    assert (_rijen(opslag, "fotos"), _rijen(opslag, "werksessies")) == (0, 0)
    assert _rijen(opslag, "stappen") == 1  # the trainer's own kaart's


def test_beeindigen_en_bewaren_tot_opruimen(opslag):
    sessie = opslag.start_werksessie("Dag 1")
    an = opslag.meld_aan(sessie.code, "An")
    opslag.zet_werksessie(sessie.id, bevroren=True)
    opslag.beeindig_werksessie(sessie.id, 30)

    nu = opslag.werksessie(sessie.id)
    assert nu.beeindigd is not None and not nu.deur_open and not nu.bevroren
    tot = datetime.fromisoformat(nu.bewaren_tot)
    assert timedelta(days=29) < tot - datetime.now(UTC) <= timedelta(days=30)
    # The participant keeps reaching (and editing) their own kaart meanwhile.
    van_an = opslag.werkruimte(opslag.deelnemer(an.werkruimte).werkruimte)
    (kid,) = van_an.lijst()["id"]
    van_an.bewaar(kid, Kaart(titel="Na afloop"))

    assert opslag.ruim_op(tot - timedelta(minutes=1)) == 0
    assert opslag.deelnemer(an.werkruimte) == an
    assert opslag.ruim_op(tot) == 1
    with pytest.raises(OnbekendeDeelnemer):
        opslag.deelnemer(an.werkruimte)
    assert opslag.alles().lijst().empty


@pytest.mark.parametrize("dagen", [-1, 366])
def test_bewaardagen_buiten_bereik(opslag, dagen):
    sessie = opslag.start_werksessie()
    with pytest.raises(OpslagFout):
        opslag.beeindig_werksessie(sessie.id, dagen)
    assert opslag.actieve_werksessie() == sessie


# ---------------------------------------------------------------------------
# The trainer key and the upgrade of an older file.


def test_trainersleutel_blijft_in_het_bestand(tmp_path):
    pad = tmp_path / "k.db"
    sleutel = Opslag(pad).trainersleutel()
    assert Opslag(pad).trainersleutel() == sleutel
    assert Opslag(tmp_path / "ander.db").trainersleutel() != sleutel


@pytest.mark.parametrize("schema", [1, 2])
def test_een_ouder_bestand_krijgt_werksessies_en_houdt_zijn_kaarten(tmp_path, schema):
    pad = tmp_path / "oud.db"
    with closing(sqlite3.connect(pad)) as c:
        for stap in MIGRATIES[:schema]:
            for opdracht in stap:
                c.execute(opdracht)
        c.execute(
            "INSERT INTO kaarten (id, titel, opgave, inhoud, versie, stap, gemaakt, gewijzigd)"
            " VALUES ('oud1', 'Oud', '', ?, 1, 1, '2026-01-01T00:00:00+00:00',"
            " '2026-01-01T00:00:00+00:00')",
            (
                '{"formaat":"systeemkaart","versie":2,"titel":"Oud","opgave":"",'
                '"partners":[],"stromen":[]}',
            ),
        )
        c.execute(f"PRAGMA user_version = {schema}")
        c.commit()
    opslag = Opslag(pad)
    assert opslag.lijst()["id"].tolist() == ["oud1"]
    assert opslag.alles().lijst()["werkruimte"].tolist() == [LOKAAL]
    sessie = opslag.start_werksessie("Na de upgrade")
    an = opslag.meld_aan(sessie.code, "An")
    with pytest.raises(OnbekendeKaart):
        opslag.werkruimte(an.werkruimte).lees("oud1")
    with closing(sqlite3.connect(pad)) as c:
        assert c.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIES)
