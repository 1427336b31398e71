"""Werksessie in the store: a trainer and a room of participants on one server.

A *werksessie* (workshop session) is a meeting of one trainer with a group.  It has a
short *join code* the trainer shows on the projector, a *door* that is open to newcomers
or shut, a *freeze* flag ("kijk nu allemaal naar het scherm") and optionally a *starter*
kaart every newcomer gets a copy of.  One werksessie runs at a time per store.

A *deelnemer* (participant) joins with the code and a name (or none) and gets a
werkruimte of their own: the store's :class:`~systeem.opslag.Werkruimte` view named by
an unguessable token, which is also the participant's personal key (their link to come
back with).  Everything a participant may reach goes through that view, so the store
itself keeps one participant out of another's kaarten.  While the werksessie is frozen,
every write of a participant's view is refused (:class:`~systeem.opslag.fouten.Bevroren`).

The trainer proves who they are with the *trainer key*, a secret made once per store
file and kept in it (so the trainer's link survives a restart).

When the trainer ends a werksessie, the participants' kaarten go at once or are kept a
stated number of days (:data:`BEWAARDAGEN` by default); :meth:`Werksessies.ruim_op`
deletes what has expired.

Example
-------
>>> import tempfile
>>> from systeem.opslag import Opslag
>>> opslag = Opslag(tempfile.mkdtemp() + "/k.db")
>>> sessie = opslag.start_werksessie("Dag 1")
>>> an = opslag.meld_aan(sessie.code.lower(), "An")
>>> opslag.werkruimte(an.werkruimte).lijst()["titel"].tolist()
['Dag 1']
>>> opslag.galerij(sessie.id)["naam"].tolist()
['An']
"""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pandas as pd

from systeem.bestanden.meldingen import zin
from systeem.model.kaart import Kaart
from systeem.opslag.fouten import OnbekendeDeelnemer, OpslagFout
from systeem.opslag.inhoud import als_json as _json
from systeem.opslag.inhoud import als_kaart as _kaart
from systeem.opslag.inhoud import nu as _nu

#: The days a participant's kaarten are kept after the werksessie ends, when the trainer
#: chooses to keep them.
BEWAARDAGEN = 30
#: The longest a trainer can choose to keep them.
MAX_BEWAARDAGEN = 365
#: The longest participant name.
MAX_NAAM = 60
#: The letters of a join code: no 0/O, 1/I/L, so it reads well from a projector.
CODE_TEKENS = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
#: The length of a join code.
CODE_LENGTE = 6


@dataclass(frozen=True)
class Werksessie:
    """A werksessie as stored (times are ISO strings in UTC)."""

    id: str
    code: str
    titel: str
    starter: Kaart | None
    deur_open: bool
    bevroren: bool
    gemaakt: str
    beeindigd: str | None
    bewaren_tot: str | None


@dataclass(frozen=True)
class Deelnemer:
    """A participant: ``werkruimte`` is both their werkruimte's name and their personal key."""

    werkruimte: str
    naam: str
    werksessie: str
    aangemeld: str


def maak_code() -> str:
    """Return a new join code: :data:`CODE_LENGTE` letters and digits of :data:`CODE_TEKENS`.

    Example
    -------
    >>> code = maak_code()
    >>> len(code) == CODE_LENGTE and set(code) <= set(CODE_TEKENS)
    True
    """
    return "".join(secrets.choice(CODE_TEKENS) for _ in range(CODE_LENGTE))


def normaliseer_code(code: str) -> str:
    """Return ``code`` as typed in the form it is stored: capitals, no spaces or dashes.

    Example
    -------
    >>> normaliseer_code(" ab-c 2x9 ")
    'ABC2X9'
    """
    return "".join(str(code).upper().split()).replace("-", "")


class Werksessies:
    """The werksessie part of :class:`~systeem.opslag.Opslag` (a mixin: it uses the store's
    ``_schrijf`` and ``_lees`` transactions and its :meth:`~systeem.opslag.Opslag.werkruimte`
    views, see the module docstring)."""

    _schrijf: Callable[..., Any]
    _lees: Callable[..., Any]
    werkruimte: Callable[[str], Any]

    # -- the trainer ---------------------------------------------------------------

    def trainersleutel(self) -> str:
        """Return the trainer key of this store: made on the first call, kept in the file.

        Example
        -------
        >>> import tempfile
        >>> from systeem.opslag import Opslag
        >>> opslag = Opslag(tempfile.mkdtemp() + "/k.db")
        >>> sleutel = opslag.trainersleutel()
        >>> sleutel == opslag.trainersleutel() and len(sleutel) >= 20
        True
        """
        nieuw = secrets.token_urlsafe(24)

        def werk(c: sqlite3.Connection) -> str:
            c.execute(
                "INSERT OR IGNORE INTO instellingen (sleutel, waarde) VALUES ('trainer', ?)",
                (nieuw,),
            )
            return c.execute(
                "SELECT waarde FROM instellingen WHERE sleutel = 'trainer'"
            ).fetchone()[0]

        return self._schrijf(werk)

    def start_werksessie(self, titel: str = "", starter: Kaart | None = None) -> Werksessie:
        """Start a werksessie with a new join code, the door open and editing free.

        Parameters
        ----------
        titel : what the trainer calls it (shown on the trainer's page).
        starter : the kaart every participant gets a copy of; an empty kaart when absent.

        Raises
        ------
        OpslagFout
            when a werksessie is already running (one at a time).
        """
        sessie_id, nu = secrets.token_urlsafe(9), _nu()
        inhoud = None if starter is None else _json(starter)

        def werk(c: sqlite3.Connection) -> None:
            loopt = c.execute("SELECT code FROM werksessies WHERE beeindigd IS NULL").fetchone()
            if loopt is not None:
                raise OpslagFout(zin("opslagfout.sessie_loopt", toegangscode=loopt[0]))
            c.execute(
                "INSERT INTO werksessies (id, code, titel, starter, deur_open, bevroren, gemaakt)"
                " VALUES (?, ?, ?, ?, 1, 0, ?)",
                (sessie_id, maak_code(), titel.strip(), inhoud, nu),
            )

        self._schrijf(werk)
        return self.werksessie(sessie_id)

    def werksessie(self, sessie_id: str) -> Werksessie:
        """Return werksessie ``sessie_id`` (:class:`OpslagFout` when there is none)."""
        rij = self._lees(
            lambda c: c.execute(
                f"SELECT {_KOLOMMEN} FROM werksessies WHERE id = ?", (sessie_id,)
            ).fetchone()
        )
        if rij is None:
            raise OpslagFout(zin("opslagfout.geen_sessie"))
        return _werksessie(rij)

    def actieve_werksessie(self) -> Werksessie | None:
        """Return the werksessie that is running, or ``None``."""
        rij = self._lees(
            lambda c: c.execute(
                f"SELECT {_KOLOMMEN} FROM werksessies WHERE beeindigd IS NULL"
                " ORDER BY gemaakt DESC LIMIT 1"
            ).fetchone()
        )
        return None if rij is None else _werksessie(rij)

    def zet_werksessie(
        self, sessie_id: str, *, deur_open: bool | None = None, bevroren: bool | None = None
    ) -> Werksessie:
        """Open or shut the door (``deur_open``), freeze or free editing (``bevroren``);
        a value left ``None`` stays as it is.  Returns the werksessie as it is now."""

        def werk(c: sqlite3.Connection) -> None:
            if (
                c.execute(
                    "UPDATE werksessies SET deur_open = coalesce(?, deur_open),"
                    " bevroren = coalesce(?, bevroren) WHERE id = ?",
                    (_vlag(deur_open), _vlag(bevroren), sessie_id),
                ).rowcount
                == 0
            ):
                raise OpslagFout(zin("opslagfout.geen_sessie"))

        self._schrijf(werk)
        return self.werksessie(sessie_id)

    def beeindig_werksessie(self, sessie_id: str, bewaren_dagen: int = BEWAARDAGEN) -> None:
        """End werksessie ``sessie_id``.

        ``bewaren_dagen`` 0 deletes every participant's kaarten (with their history and
        foto's), the participants and the werksessie now; more keeps them that many days
        (the door shut, editing free), after which :meth:`ruim_op` deletes them.
        """
        if not 0 <= int(bewaren_dagen) <= MAX_BEWAARDAGEN:
            raise OpslagFout(zin("opslagfout.bewaardagen", max=MAX_BEWAARDAGEN))
        if int(bewaren_dagen) == 0:
            self._schrijf(lambda c: _wis_sessies(c, "id = ?", (sessie_id,)))
            return
        tot = (datetime.now(UTC) + timedelta(days=int(bewaren_dagen))).isoformat(timespec="seconds")

        def werk(c: sqlite3.Connection) -> None:
            if (
                c.execute(
                    "UPDATE werksessies SET beeindigd = coalesce(beeindigd, ?), bewaren_tot = ?,"
                    " deur_open = 0, bevroren = 0 WHERE id = ?",
                    (_nu(), tot, sessie_id),
                ).rowcount
                == 0
            ):
                raise OpslagFout(zin("opslagfout.geen_sessie"))

        self._schrijf(werk)

    def ruim_op(self, nu: datetime | None = None) -> int:
        """Delete the werksessies whose keeping time has passed, with their participants
        and kaarten; return how many werksessies went."""
        moment = (nu or datetime.now(UTC)).isoformat(timespec="seconds")
        return self._schrijf(
            lambda c: _wis_sessies(c, "bewaren_tot IS NOT NULL AND bewaren_tot <= ?", (moment,))
        )

    # -- participants --------------------------------------------------------------

    def meld_aan(self, code: str, naam: str = "") -> Deelnemer:
        """Join the running werksessie with join code ``code`` under ``naam`` (may be empty).

        The participant gets a werkruimte of their own holding one kaart: a copy of the
        werksessie's starter, or an empty kaart with the werksessie's title.  The name is
        not put in the kaart (a kaart put on the projector with pseudonyms shows no name).

        Raises
        ------
        OpslagFout
            for an unknown code, a shut door or a name over :data:`MAX_NAAM` characters;
            nothing is stored then.
        """
        naam = " ".join(str(naam).split())
        if len(naam) > MAX_NAAM:
            raise OpslagFout(zin("opslagfout.deelnemer_naam", max=MAX_NAAM))
        gezocht = normaliseer_code(code)
        token, nu = secrets.token_urlsafe(16), _nu()

        def werk(c: sqlite3.Connection) -> tuple[str, str | None, str]:
            rij = c.execute(
                "SELECT id, deur_open, starter, titel FROM werksessies"
                " WHERE beeindigd IS NULL AND code = ?",
                (gezocht,),
            ).fetchone()
            if rij is None or not gezocht:
                raise OpslagFout(zin("opslagfout.code_onbekend"))
            if not rij[1]:
                raise OpslagFout(zin("opslagfout.deur_dicht"))
            c.execute(
                "INSERT INTO deelnemers (werkruimte, werksessie, naam, aangemeld)"
                " VALUES (?, ?, ?, ?)",
                (token, rij[0], naam, nu),
            )
            return rij[0], rij[2], rij[3]

        sessie_id, starter, sessie_titel = self._schrijf(werk)
        basis = _kaart(starter) if starter is not None else Kaart(titel=sessie_titel)
        self.werkruimte(token).maak(basis.met(titel=basis.titel or naam or "Kaart"))
        return Deelnemer(token, naam, sessie_id, nu)

    def deelnemer(self, sleutel: str) -> Deelnemer:
        """Return the participant whose personal key is ``sleutel``.

        Raises
        ------
        OnbekendeDeelnemer
            when no participant has this key.
        """
        rij = self._lees(
            lambda c: c.execute(
                "SELECT werkruimte, naam, werksessie, aangemeld FROM deelnemers"
                " WHERE werkruimte = ?",
                (str(sleutel),),
            ).fetchone()
        )
        if rij is None:
            raise OnbekendeDeelnemer()
        return Deelnemer(*rij)

    def galerij(self, sessie_id: str) -> pd.DataFrame:
        """Return the participants of werksessie ``sessie_id`` in the order they joined,
        each with their most recently changed kaart (not in the bin).

        Returns
        -------
        A frame with columns ``werkruimte, naam, aangemeld, kaart_id, titel, gewijzigd,
        kaart, kaarten``: ``kaart`` a :class:`Kaart` (``None`` for a participant without
        kaarten), ``kaarten`` how many kaarten they have, ``gewijzigd`` a timezone-aware
        UTC timestamp.
        """
        rijen = self._lees(
            lambda c: c.execute(
                "SELECT d.werkruimte, d.naam, d.aangemeld, k.id, k.titel, k.gewijzigd, k.inhoud,"
                " (SELECT count(*) FROM kaarten n WHERE n.werkruimte = d.werkruimte"
                "  AND n.verwijderd IS NULL)"
                " FROM deelnemers d LEFT JOIN kaarten k ON k.id = ("
                "  SELECT n.id FROM kaarten n WHERE n.werkruimte = d.werkruimte"
                "  AND n.verwijderd IS NULL ORDER BY n.gewijzigd DESC LIMIT 1)"
                " WHERE d.werksessie = ? ORDER BY d.aangemeld, d.rowid",
                (sessie_id,),
            ).fetchall()
        )
        kolommen = ["werkruimte", "naam", "aangemeld", "kaart_id", "titel", "gewijzigd", "kaart"]
        tabel = pd.DataFrame([r[:7] for r in rijen], columns=kolommen, dtype=object)
        tabel["kaart"] = pd.Series(
            [None if r[6] is None else _kaart(r[6]) for r in rijen], index=tabel.index, dtype=object
        )
        tabel["kaarten"] = pd.Series([r[7] for r in rijen], index=tabel.index, dtype="int64")
        tabel["gewijzigd"] = pd.to_datetime(tabel["gewijzigd"], utc=True, format="ISO8601")
        return tabel


def bevroren(c: sqlite3.Connection, werkruimte: str) -> bool:
    """Whether ``werkruimte`` is a participant's whose werksessie is frozen (SQL on an
    open connection; the store asks it inside every write of a participant's view)."""
    return (
        c.execute(
            "SELECT 1 FROM deelnemers d JOIN werksessies w ON w.id = d.werksessie"
            " WHERE d.werkruimte = ? AND w.bevroren = 1",
            (werkruimte,),
        ).fetchone()
        is not None
    )


# ---------------------------------------------------------------------------
# Private helpers.

_KOLOMMEN = "id, code, titel, starter, deur_open, bevroren, gemaakt, beeindigd, bewaren_tot"


def _werksessie(rij: tuple) -> Werksessie:
    sessie_id, code, titel, starter, deur, vries, gemaakt, beeindigd, tot = rij
    kaart = None if starter is None else _kaart(starter)
    return Werksessie(
        sessie_id, code, titel, kaart, bool(deur), bool(vries), gemaakt, beeindigd, tot
    )


def _wis_sessies(c: sqlite3.Connection, waar: str, waarden: tuple) -> int:
    """Delete the werksessies matching ``waar``, their participants and their kaarten
    (stappen and foto's go with the kaarten)."""
    ids = [r[0] for r in c.execute(f"SELECT id FROM werksessies WHERE {waar}", waarden)]
    for sessie_id in ids:
        c.execute(
            "DELETE FROM kaarten WHERE werkruimte IN"
            " (SELECT werkruimte FROM deelnemers WHERE werksessie = ?)",
            (sessie_id,),
        )
        c.execute("DELETE FROM deelnemers WHERE werksessie = ?", (sessie_id,))
        c.execute("DELETE FROM werksessies WHERE id = ?", (sessie_id,))
    return len(ids)


def _vlag(waarde: bool | None) -> int | None:
    return None if waarde is None else int(bool(waarde))
