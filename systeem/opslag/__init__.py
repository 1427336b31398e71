"""Opslag: where a user's kaarten live between visits, in one SQLite file.

The store keeps, per kaart, its current content (the normalised JSON of
:meth:`systeem.model.kaart.Kaart.naar_dict`), a version counter, when it was made and last
changed, and when it went into the bin (*prullenbak*); an edit history (*stappen*) for
undo and redo; and *foto's*, named and dated snapshots to compare moments in time.

Where: one file, ``$SYSTEEMKAART_DB`` when set, otherwise ``systeemkaart.db`` in the
per-user data folder that platformdirs names (``~/.local/share/systeemkaart`` or
``$XDG_DATA_HOME/systeemkaart`` on Linux, ``~/Library/Application Support/systeemkaart``
on macOS, ``%LOCALAPPDATA%\\systeemkaart`` on Windows).

Rules (docs/architecture.md, "Storage", says why):

- every kaart belongs to a *werkruimte*; a :class:`Werkruimte` view acts only within its
  own (each statement filters on it in the SQL), so another werkruimte's kaart or foto id
  is an unknown id; :class:`Opslag` itself is the view of :data:`LOKAAL`, the single local
  user, and hands out the others (:meth:`Opslag.werkruimte`, :meth:`Opslag.alles`);
- one short-lived connection per operation, with a busy timeout; writers take the
  write lock at the start of their transaction (``BEGIN IMMEDIATE``), so concurrent
  writers wait for each other instead of failing; WAL journal where the disk allows it,
  the classic rollback journal otherwise;
- the schema version is ``PRAGMA user_version``; :data:`MIGRATIES` upgrades an older
  file in place, one step per version, each step in one transaction;
- every save names the version it was based on; a save based on an outdated version
  raises :class:`VerouderdeVersie` and changes nothing (no silent overwrite);
- undo and redo move a pointer through the stappen; a new edit after an undo drops the
  stappen ahead of the pointer (the redo branch); the newest :data:`BEWAARDE_STAPPEN`
  stappen are kept;
- a file that is not a database, is damaged or cannot be opened is moved aside
  (renamed with a timestamp, never deleted), a fresh file takes its place and
  :attr:`Opslag.apart_gezet` says where the old one went.

Every failure reaches the caller as an :class:`OpslagFout` whose message is data (a code of
:mod:`systeem.teksten.opslag` with values), Dutch in ``str()`` and in the user's language
with ``fout.in_taal(taal)``; ``sqlite3`` errors (such as "database is locked") never do.
"""

from __future__ import annotations

import json
import os
import secrets
import sqlite3
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

import pandas as pd
from platformdirs import user_data_dir

from systeem.bestanden.meldingen import zin
from systeem.model.kaart import Kaart
from systeem.opslag.fouten import (
    Bevroren,
    OnbekendeDeelnemer,
    OnbekendeKaart,
    OpslagFout,
    VerouderdeVersie,
)
from systeem.opslag.inhoud import als_json as _json
from systeem.opslag.inhoud import als_kaart as _kaart
from systeem.opslag.inhoud import nu as _nu
from systeem.opslag.werksessie import (
    BEWAARDAGEN,
    Deelnemer,
    Werksessie,
    Werksessies,
    bevroren,
)

__all__ = [
    "MIGRATIES",
    "BEWAARDAGEN",
    "LOKAAL",
    "Bevroren",
    "Deelnemer",
    "Foto",
    "OnbekendeDeelnemer",
    "OnbekendeKaart",
    "Opgeslagen",
    "Opslag",
    "OpslagFout",
    "Stand",
    "VerouderdeVersie",
    "Werkruimte",
    "Werksessie",
    "standaard_pad",
]

#: The environment variable that names the database file.
OMGEVING = "SYSTEEMKAART_DB"

#: How many edit stappen a kaart keeps (the current one included).
BEWAARDE_STAPPEN = 100

#: Busy timeout in seconds: how long a writer waits for another writer's lock.
WACHTTIJD = 30.0

#: The schema, one entry per version: entry ``i`` upgrades a file from version ``i`` to
#: ``i + 1``.  Never change a shipped entry; add a new one (and a test that a file of
#: the previous version upgrades).
MIGRATIES: list[Sequence[str]] = [
    # 1: the first schema.
    (
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
    ),
    # 2: every kaart belongs to a werkruimte; existing kaarten to the local user's.
    (
        "ALTER TABLE kaarten ADD COLUMN werkruimte TEXT NOT NULL DEFAULT 'lokaal'",
        "CREATE INDEX kaarten_per_werkruimte ON kaarten (werkruimte, verwijderd, gewijzigd)",
    ),
    # 3: werksessies, their participants, and the store's settings (the trainer key).
    (
        """CREATE TABLE werksessies (
            id TEXT PRIMARY KEY,
            code TEXT NOT NULL,
            titel TEXT NOT NULL DEFAULT '',
            starter TEXT,
            deur_open INTEGER NOT NULL DEFAULT 1,
            bevroren INTEGER NOT NULL DEFAULT 0,
            gemaakt TEXT NOT NULL,
            beeindigd TEXT,
            bewaren_tot TEXT
        )""",
        """CREATE TABLE deelnemers (
            werkruimte TEXT PRIMARY KEY,
            werksessie TEXT NOT NULL REFERENCES werksessies(id) ON DELETE CASCADE,
            naam TEXT NOT NULL DEFAULT '',
            aangemeld TEXT NOT NULL
        )""",
        "CREATE INDEX deelnemers_per_werksessie ON deelnemers (werksessie, aangemeld)",
        "CREATE TABLE instellingen (sleutel TEXT PRIMARY KEY, waarde TEXT NOT NULL)",
    ),
]

#: The werkruimte of the single local user: every kaart of a store made before
#: werkruimten existed, and every kaart made through :class:`Opslag` itself.
LOKAAL = "lokaal"

#: SQL condition: kaart ``k`` lies in the view's werkruimte (one parameter: the
#: werkruimte, or ``NULL`` in the trainer's view, which sees every werkruimte).
_EIGEN = "k.werkruimte = coalesce(?, k.werkruimte)"

#: SQL condition on a row of ``stappen`` or ``fotos``: its kaart is kaart ``?`` and lies
#: in the view's werkruimte (two parameters: the kaart id and the werkruimte).
_EIGEN_KAART = f"kaart_id IN (SELECT k.id FROM kaarten k WHERE k.id = ? AND {_EIGEN})"


#: SQL columns: how many steps a kaart ``k`` can undo, and how many it can redo.
_TERUG_VOORUIT = (
    "(SELECT count(*) FROM stappen s WHERE s.kaart_id = k.id AND s.nr < k.stap),"
    " (SELECT count(*) FROM stappen s WHERE s.kaart_id = k.id AND s.nr > k.stap)"
)


@dataclass(frozen=True)
class Opgeslagen:
    """A stored kaart as read: the kaart and its bookkeeping.

    ``terug`` and ``vooruit`` count the stappen that undo and redo can reach.
    """

    id: str
    kaart: Kaart
    versie: int
    gemaakt: str
    gewijzigd: str
    verwijderd: str | None
    terug: int
    vooruit: int


@dataclass(frozen=True)
class Stand:
    """The bookkeeping of a stored kaart without its content (cheap to read on every run)."""

    versie: int
    terug: int
    vooruit: int
    gewijzigd: str
    verwijderd: str | None


@dataclass(frozen=True)
class Foto:
    """A named, dated snapshot of a kaart."""

    id: int
    kaart_id: str
    naam: str
    gemaakt: str
    kaart: Kaart


def standaard_pad(omgeving: Mapping[str, str] | None = None) -> Path:
    """Return the database file: ``$SYSTEEMKAART_DB``, or the per-user data folder.

    Parameters
    ----------
    omgeving : the environment variables to use; ``os.environ`` when absent.

    Example
    -------
    >>> standaard_pad({"SYSTEEMKAART_DB": "/tmp/proef.db"})
    PosixPath('/tmp/proef.db')
    >>> standaard_pad({"XDG_DATA_HOME": "/data", "HOME": "/home/an"})
    PosixPath('/data/systeemkaart/systeemkaart.db')
    >>> standaard_pad({}).parent.name
    'systeemkaart'
    """
    omgeving = os.environ if omgeving is None else omgeving
    eigen = omgeving.get(OMGEVING, "").strip()
    if eigen:
        return Path(eigen).expanduser()
    # platformdirs reads os.environ only; an XDG_DATA_HOME in ``omgeving`` counts the same.
    xdg = omgeving.get("XDG_DATA_HOME", "").strip()
    if not xdg:
        return Path(user_data_dir("systeemkaart", appauthor=False)) / "systeemkaart.db"
    return Path(xdg) / "systeemkaart" / "systeemkaart.db"


class Werkruimte:
    """A view of the store that acts within one werkruimte (*workspace*).

    A werkruimte owns kaarten, and through them their stappen and foto's.  Every
    statement of a view names its werkruimte in the SQL (``WHERE werkruimte = ?``), so a
    kaart id or foto id of another werkruimte behaves exactly like an unknown id: the
    same :class:`OnbekendeKaart`, an empty list, nothing changed.  An id alone never
    grants access; holding the view does.

    Get a view from :meth:`Opslag.werkruimte` (one participant) or :meth:`Opslag.alles`
    (the trainer: every werkruimte); an :class:`Opslag` itself is the view of
    :data:`LOKAAL`, the single local user.  A view cannot widen itself: only
    :class:`Opslag` hands out views.  Views share the file and are as cheap as an
    ``Opslag``.

    Example
    -------
    >>> import tempfile
    >>> opslag = Opslag(tempfile.mkdtemp() + "/k.db")
    >>> a, b = opslag.werkruimte("a"), opslag.werkruimte("b")
    >>> kid = a.maak(Kaart(titel="Van A"))
    >>> a.lees(kid).kaart.titel, len(b.lijst()), len(opslag.lijst())
    ('Van A', 0, 0)
    >>> try:
    ...     b.lees(kid)
    ... except OnbekendeKaart as fout:
    ...     print(fout.in_taal("en") == f'there is no map with id "{kid}"')
    True
    >>> opslag.alles().lijst()[["titel", "werkruimte"]].values.tolist()
    [['Van A', 'a']]
    """

    def __init__(self, pad: str | Path, werkruimte: str | None) -> None:
        self.pad = Path(pad)
        self.apart_gezet, self.journaal = _bereid_voor(self.pad)
        self._werkruimte = werkruimte

    @property
    def naam(self) -> str | None:
        """The werkruimte this view acts in; ``None`` for the trainer's view of all."""
        return self._werkruimte

    # -- kaarten -------------------------------------------------------------------

    def maak(self, kaart: Kaart) -> str:
        """Store ``kaart`` as a new kaart (version 1, one stap) in this werkruimte
        (in the trainer's view: in :data:`LOKAAL`, the trainer's own); return its id.

        The id is URL-safe (letters, digits, ``-`` and ``_``) and unguessable.
        """
        kid = secrets.token_urlsafe(9)
        inhoud, nu = _json(kaart), _nu()
        eigenaar = self._werkruimte if self._werkruimte is not None else LOKAAL

        def werk(c: sqlite3.Connection) -> str:
            c.execute(
                "INSERT INTO kaarten (id, titel, opgave, inhoud, versie, stap, gemaakt, gewijzigd,"
                " werkruimte) VALUES (?, ?, ?, ?, 1, 1, ?, ?, ?)",
                (kid, kaart.titel, kaart.opgave, inhoud, nu, nu, eigenaar),
            )
            c.execute(
                "INSERT INTO stappen (kaart_id, nr, inhoud, gemaakt) VALUES (?, 1, ?, ?)",
                (kid, inhoud, nu),
            )
            return kid

        return self._schrijf(werk)

    def lees(self, kaart_id: str) -> Opgeslagen:
        """Return the stored kaart ``kaart_id`` (also when it is in the bin).

        Raises
        ------
        OnbekendeKaart
            when no kaart of this werkruimte has this id.
        """
        inhoud, versie, gemaakt, gewijzigd, verwijderd, terug, vooruit = self._kaart_rij(
            kaart_id, f"inhoud, versie, gemaakt, gewijzigd, verwijderd, {_TERUG_VOORUIT}"
        )
        return Opgeslagen(
            kaart_id, _kaart(inhoud), versie, gemaakt, gewijzigd, verwijderd, terug, vooruit
        )

    def stand(self, kaart_id: str) -> Stand:
        """Return the version, undo and redo counts, last change and bin date of ``kaart_id``.

        Raises
        ------
        OnbekendeKaart
            when no kaart of this werkruimte has this id.
        """
        return Stand(*self._kaart_rij(kaart_id, f"versie, {_TERUG_VOORUIT}, gewijzigd, verwijderd"))

    def bewaar(self, kaart_id: str, kaart: Kaart, basis: int | None = None) -> int:
        """Store ``kaart`` as the new content of ``kaart_id``; return the new version.

        Parameters
        ----------
        kaart_id : the stored kaart.
        kaart : its new content; becomes a new stap (the redo branch is dropped).
        basis : the version the edit was based on; ``None`` skips the check (only for
            a deliberate overwrite).

        Raises
        ------
        VerouderdeVersie
            when ``basis`` is not the stored version; nothing changes then.
        OnbekendeKaart
            when no kaart of this werkruimte has this id.

        A kaart equal to the stored content changes nothing and returns the version.
        """
        inhoud, nu = _json(kaart), _nu()
        eigen = (kaart_id, self._werkruimte)

        def werk(c: sqlite3.Connection) -> int:
            versie, stap, oud = self._rij(c, kaart_id, "versie, stap, inhoud")
            _controleer(kaart_id, basis, versie)
            if inhoud == oud:
                return versie
            c.execute(f"DELETE FROM stappen WHERE {_EIGEN_KAART} AND nr > ?", (*eigen, stap))
            c.execute(
                "INSERT INTO stappen (kaart_id, nr, inhoud, gemaakt)"
                f" SELECT k.id, ?, ?, ? FROM kaarten k WHERE k.id = ? AND {_EIGEN}",
                (stap + 1, inhoud, nu, *eigen),
            )
            c.execute(
                f"DELETE FROM stappen WHERE {_EIGEN_KAART} AND nr <= ?",
                (*eigen, stap + 1 - BEWAARDE_STAPPEN),
            )
            self._werk_bij(c, kaart_id, kaart.titel, kaart.opgave, inhoud, versie + 1, stap + 1, nu)
            return versie + 1

        return self._schrijf(werk)

    def ongedaan(self, kaart_id: str, basis: int | None = None) -> Opgeslagen | None:
        """Undo the last edit of ``kaart_id``: the previous stap becomes the content.

        Returns the kaart as it is now, or ``None`` when there is nothing to undo.
        Raises :class:`VerouderdeVersie` like :meth:`bewaar`.
        """
        return self._spring(kaart_id, basis, terug=True)

    def opnieuw(self, kaart_id: str, basis: int | None = None) -> Opgeslagen | None:
        """Redo the edit that was undone last; ``None`` when there is nothing to redo."""
        return self._spring(kaart_id, basis, terug=False)

    def lijst(self, prullenbak: bool = False) -> pd.DataFrame:
        """Return the stored kaarten of this werkruimte, last changed first.

        Parameters
        ----------
        prullenbak : ``False`` for the kaarten in use, ``True`` for those in the bin.

        Returns
        -------
        A frame with columns ``id, titel, opgave, gemaakt, gewijzigd, verwijderd``
        (times as timezone-aware UTC timestamps); the trainer's view of every
        werkruimte adds a column ``werkruimte``.
        """
        waar = "verwijderd IS NOT NULL" if prullenbak else "verwijderd IS NULL"
        volgorde = "verwijderd DESC" if prullenbak else "gewijzigd DESC"
        kolommen = ["id", "titel", "opgave", "gemaakt", "gewijzigd", "verwijderd"]
        if self._werkruimte is None:
            kolommen.append("werkruimte")
        rijen = self._lees(
            lambda c: c.execute(
                f"SELECT {', '.join(kolommen)} FROM kaarten k WHERE {waar} AND {_EIGEN}"
                f" ORDER BY {volgorde}",
                (self._werkruimte,),
            ).fetchall()
        )
        tabel = pd.DataFrame(rijen, columns=kolommen).astype(
            dict.fromkeys(["id", "titel", "opgave", *kolommen[6:]], "str")
        )
        for kolom in ("gemaakt", "gewijzigd", "verwijderd"):
            tabel[kolom] = pd.to_datetime(tabel[kolom], utc=True, format="ISO8601")
        return tabel

    def hernoem(self, kaart_id: str, titel: str) -> int:
        """Give kaart ``kaart_id`` a new title (an edit like any other, so undoable).

        Raises
        ------
        OpslagFout
            for an empty title.
        """
        titel = titel.strip()
        if not titel:
            raise OpslagFout(zin("opslagfout.kaart_naam"))
        nu = self.lees(kaart_id)
        return self.bewaar(kaart_id, nu.kaart.met(titel=titel), basis=nu.versie)

    def dupliceer(self, kaart_id: str, titel: str | None = None) -> str:
        """Store a copy of kaart ``kaart_id`` (its current content, a fresh history and no
        foto's) under ``titel`` (the same title when absent) in this werkruimte (where
        :meth:`maak` puts a kaart); return the copy's id."""
        kaart = self.lees(kaart_id).kaart
        return self.maak(kaart.met(titel=titel.strip()) if titel and titel.strip() else kaart)

    def verwijder(self, kaart_id: str) -> None:
        """Move kaart ``kaart_id`` to the bin (it can be restored with :meth:`herstel`)."""
        self._zet(kaart_id, "verwijderd = ?", (_nu(),))

    def herstel(self, kaart_id: str) -> None:
        """Take kaart ``kaart_id`` out of the bin."""
        self._zet(kaart_id, "verwijderd = NULL", ())

    def wis(self, kaart_id: str) -> None:
        """Delete kaart ``kaart_id`` for good, with its history and foto's.

        Only a kaart in the bin can be wiped; otherwise :class:`OpslagFout`.
        """

        def werk(c: sqlite3.Connection) -> None:
            (verwijderd,) = self._rij(c, kaart_id, "verwijderd")
            if verwijderd is None:
                raise OpslagFout(zin("opslagfout.alleen_prullenbak"))
            c.execute(
                f"DELETE FROM kaarten AS k WHERE k.id = ? AND {_EIGEN}",
                (kaart_id, self._werkruimte),
            )

        self._schrijf(werk)

    # -- foto's --------------------------------------------------------------------

    def maak_foto(self, kaart_id: str, naam: str, kaart: Kaart | None = None) -> int:
        """Save a foto of kaart ``kaart_id`` named ``naam``; return the foto's id.

        Parameters
        ----------
        kaart : the content to keep; the stored content of ``kaart_id`` when absent.

        Raises
        ------
        OnbekendeKaart
            when no kaart of this werkruimte has this id.
        """
        naam = naam.strip()
        if not naam:
            raise OpslagFout(zin("opslagfout.foto_naam"))
        inhoud, nu = (_json(kaart) if kaart is not None else None), _nu()

        def werk(c: sqlite3.Connection) -> int:
            cursor = c.execute(
                "INSERT INTO fotos (kaart_id, naam, inhoud, gemaakt) SELECT k.id, ?,"
                f" coalesce(?, k.inhoud), ? FROM kaarten k WHERE k.id = ? AND {_EIGEN}",
                (naam, inhoud, nu, kaart_id, self._werkruimte),
            )
            if cursor.rowcount == 0:
                raise OnbekendeKaart.kaart(kaart_id)
            return int(cursor.lastrowid)

        return self._schrijf(werk)

    def fotos(self, kaart_id: str) -> pd.DataFrame:
        """Return the foto's of kaart ``kaart_id``, newest first: columns ``id, naam,
        gemaakt`` (``gemaakt`` a timezone-aware UTC timestamp); none for a kaart that
        is not in this werkruimte."""
        rijen = self._lees(
            lambda c: c.execute(
                f"SELECT id, naam, gemaakt FROM fotos WHERE {_EIGEN_KAART}"
                " ORDER BY gemaakt DESC, id DESC",
                (kaart_id, self._werkruimte),
            ).fetchall()
        )
        tabel = pd.DataFrame(rijen, columns=["id", "naam", "gemaakt"]).astype(
            {"id": "int64", "naam": "str"}
        )
        tabel["gemaakt"] = pd.to_datetime(tabel["gemaakt"], utc=True, format="ISO8601")
        return tabel

    def foto(self, foto_id: int) -> Foto:
        """Return foto ``foto_id`` with its kaart.

        Raises
        ------
        OnbekendeKaart
            when no foto of this werkruimte has this id.
        """
        rij = self._lees(
            lambda c: c.execute(
                "SELECT f.id, f.kaart_id, f.naam, f.gemaakt, f.inhoud FROM fotos f"
                f" JOIN kaarten k ON k.id = f.kaart_id WHERE f.id = ? AND {_EIGEN}",
                (int(foto_id), self._werkruimte),
            ).fetchone()
        )
        if rij is None:
            raise OnbekendeKaart(zin("opslagfout.geen_foto", nr=foto_id))
        return Foto(rij[0], rij[1], rij[2], rij[3], _kaart(rij[4]))

    def verwijder_foto(self, foto_id: int) -> None:
        """Delete foto ``foto_id`` (nothing happens when this werkruimte has no such foto)."""
        self._schrijf(
            lambda c: c.execute(
                "DELETE FROM fotos WHERE id = ? AND kaart_id IN"
                f" (SELECT k.id FROM kaarten k WHERE {_EIGEN})",
                (int(foto_id), self._werkruimte),
            )
        )

    # -- private -------------------------------------------------------------------

    def _kaart_rij(self, kaart_id: str, kolommen: str) -> tuple:
        """The ``kolommen`` of kaart ``kaart_id`` (``k`` in the query); OnbekendeKaart
        when this werkruimte has none."""
        return self._lees(lambda c: self._rij(c, kaart_id, kolommen))

    def _rij(self, c: sqlite3.Connection, kaart_id: str, kolommen: str) -> tuple:
        rij = c.execute(
            f"SELECT {kolommen} FROM kaarten k WHERE k.id = ? AND {_EIGEN}",
            (kaart_id, self._werkruimte),
        ).fetchone()
        if rij is None:
            raise OnbekendeKaart.kaart(kaart_id)
        return rij

    def _werk_bij(self, c: sqlite3.Connection, kaart_id: str, *waarden: Any) -> None:
        """Set titel, opgave, inhoud, versie, stap and gewijzigd of kaart ``kaart_id``."""
        c.execute(
            "UPDATE kaarten AS k SET titel = ?, opgave = ?, inhoud = ?, versie = ?, stap = ?,"
            f" gewijzigd = ? WHERE k.id = ? AND {_EIGEN}",
            (*waarden, kaart_id, self._werkruimte),
        )

    def _spring(self, kaart_id: str, basis: int | None, terug: bool) -> Opgeslagen | None:
        nu = _nu()

        def werk(c: sqlite3.Connection) -> bool:
            versie, stap = self._rij(c, kaart_id, "versie, stap")
            _controleer(kaart_id, basis, versie)
            vraag = (
                f"SELECT nr, inhoud FROM stappen WHERE {_EIGEN_KAART} AND nr < ? ORDER BY nr DESC"
                if terug
                else f"SELECT nr, inhoud FROM stappen WHERE {_EIGEN_KAART} AND nr > ? ORDER BY nr"
            )
            doel = c.execute(vraag + " LIMIT 1", (kaart_id, self._werkruimte, stap)).fetchone()
            if doel is None:
                return False
            nr, inhoud = doel
            gegevens = json.loads(inhoud)
            self._werk_bij(
                c, kaart_id, gegevens["titel"], gegevens["opgave"], inhoud, versie + 1, nr, nu
            )
            return True

        return self.lees(kaart_id) if self._schrijf(werk) else None

    def _zet(self, kaart_id: str, toewijzing: str, waarden: tuple) -> None:
        def werk(c: sqlite3.Connection) -> None:
            if (
                c.execute(
                    f"UPDATE kaarten AS k SET {toewijzing} WHERE k.id = ? AND {_EIGEN}",
                    (*waarden, kaart_id, self._werkruimte),
                ).rowcount
                == 0
            ):
                raise OnbekendeKaart.kaart(kaart_id)

        self._schrijf(werk)

    def _schrijf(self, werk: Callable[[sqlite3.Connection], _T]) -> _T:
        """Run ``werk`` in one write transaction (``BEGIN IMMEDIATE``)."""

        def transactie(c: sqlite3.Connection) -> _T:
            c.execute("BEGIN IMMEDIATE")
            try:
                if self._werkruimte not in (None, LOKAAL) and bevroren(c, self._werkruimte):
                    raise Bevroren()
                uitkomst = werk(c)
            except BaseException:
                if c.in_transaction:
                    c.execute("ROLLBACK")
                raise
            c.execute("COMMIT")
            return uitkomst

        return self._doe(transactie)

    def _lees(self, werk: Callable[[sqlite3.Connection], _T]) -> _T:
        return self._doe(werk)

    def _doe(self, werk: Callable[[sqlite3.Connection], _T]) -> _T:
        """Open a connection, run ``werk``, close; turn every sqlite3 error into an
        :class:`OpslagFout` (after a few retries when the file stays locked)."""
        for poging in range(_POGINGEN):
            try:
                with closing(_verbind(self.pad, self.journaal)) as c:
                    return werk(c)
            except sqlite3.OperationalError as fout:
                if _bezet(fout) and poging + 1 < _POGINGEN:
                    time.sleep(0.05 * (poging + 1))
                    continue
                if _bezet(fout):
                    raise OpslagFout(zin("opslagfout.te_lang_bezet")) from None
                raise OpslagFout(zin("opslagfout.onbereikbaar", fout=str(fout))) from None
            except sqlite3.DatabaseError as fout:
                if _kapot(fout):
                    # Damaged while we run: set it aside now, so the next call works.
                    with _SLOT:
                        _KLAAR.pop(self.pad, None)
                    self.apart_gezet, self.journaal = _bereid_voor(self.pad)
                    raise OpslagFout(
                        zin("opslagfout.beschadigd", pad=str(self.apart_gezet))
                    ) from None
                raise OpslagFout(zin("opslagfout.fout", fout=str(fout))) from None
        raise AssertionError("onbereikbaar")  # pragma: no cover


class Opslag(Werksessies, Werkruimte):
    """The store in one SQLite file (see the module docstring), seen as the werkruimte
    :data:`LOKAAL` of the single local user; it hands out the views of other werkruimten
    and keeps the werksessies (:mod:`systeem.opslag.werksessie`).

    Creating an ``Opslag`` is cheap: the file is checked, created and migrated once per
    process and path; after that every operation opens and closes its own connection, so
    an ``Opslag`` may be used from any thread.

    Parameters
    ----------
    pad : the database file; :func:`standaard_pad` when absent.

    Example
    -------
    >>> import tempfile
    >>> opslag = Opslag(tempfile.mkdtemp() + "/k.db")
    >>> kid = opslag.maak(Kaart(titel="Proef"))
    >>> versie = opslag.bewaar(kid, Kaart(titel="Proef 2"), basis=1)
    >>> opslag.lees(kid).kaart.titel, versie
    ('Proef 2', 2)
    >>> opslag.ongedaan(kid).kaart.titel
    'Proef'
    """

    def __init__(self, pad: str | Path | None = None) -> None:
        super().__init__(pad if pad is not None else standaard_pad(), LOKAAL)

    def werkruimte(self, naam: str) -> Werkruimte:
        """Return the view of werkruimte ``naam``: the same methods as the store, each
        acting only within that werkruimte.

        Raises
        ------
        OpslagFout
            for an empty name.

        Example
        -------
        >>> import tempfile
        >>> opslag = Opslag(tempfile.mkdtemp() + "/k.db")
        >>> opslag.werkruimte("a").naam, opslag.naam
        ('a', 'lokaal')
        """
        if not isinstance(naam, str) or not naam:
            raise OpslagFout(zin("opslagfout.werkruimte_naam"))
        return Werkruimte(self.pad, naam)

    def alles(self) -> Werkruimte:
        """Return the trainer's view: it reads and changes the kaarten of every werkruimte,
        its :meth:`~Werkruimte.lijst` has a column ``werkruimte``, and the kaarten it
        makes go to :data:`LOKAAL`.

        Example
        -------
        >>> import tempfile
        >>> opslag = Opslag(tempfile.mkdtemp() + "/k.db")
        >>> kid = opslag.werkruimte("a").maak(Kaart(titel="Van A"))
        >>> opslag.alles().lees(kid).kaart.titel, opslag.alles().naam
        ('Van A', None)
        """
        return Werkruimte(self.pad, None)

    @staticmethod
    def nieuwe_werkruimte() -> str:
        """Return the name of a new werkruimte: unguessable and URL-safe (a participant's
        name is shown elsewhere, never used as the werkruimte's name).

        Example
        -------
        >>> a, b = Opslag.nieuwe_werkruimte(), Opslag.nieuwe_werkruimte()
        >>> a != b and len(a) >= 20 and a != LOKAAL
        True
        """
        return secrets.token_urlsafe(16)


# ---------------------------------------------------------------------------
# Private helpers.

_T = TypeVar("_T")
_POGINGEN = 5
#: Per database file: (where a damaged file was set aside, journal mode), once per process.
_KLAAR: dict[Path, tuple[Path | None, str]] = {}
_SLOT = threading.Lock()
#: SQLite primary result codes of a damaged or foreign file: SQLITE_CORRUPT, SQLITE_NOTADB.
_KAPOT = {11, 26}
#: SQLITE_CANTOPEN: the file (or its folder) cannot be opened.
_ONOPENBAAR = 14


def _controleer(kaart_id: str, basis: int | None, versie: int) -> None:
    if basis is not None and basis != versie:
        raise VerouderdeVersie(kaart_id, basis, versie)


def _bezet(fout: sqlite3.Error) -> bool:
    code = getattr(fout, "sqlite_errorcode", 0) & 0xFF
    return code in (5, 6) or "locked" in str(fout) or "busy" in str(fout)


def _kapot(fout: sqlite3.Error) -> bool:
    return getattr(fout, "sqlite_errorcode", 0) & 0xFF in _KAPOT


def _verbind(pad: Path, journaal: str = "wal") -> sqlite3.Connection:
    """A new connection with the per-connection settings; the caller closes it."""
    c = sqlite3.connect(pad, timeout=WACHTTIJD, isolation_level=None)
    try:
        c.execute("PRAGMA foreign_keys = ON")
        c.execute(f"PRAGMA synchronous = {'NORMAL' if journaal == 'wal' else 'FULL'}")
    except BaseException:
        c.close()
        raise
    return c


def _bereid_voor(pad: Path) -> tuple[Path | None, str]:
    """Check, create and migrate the file once per process; set a broken file aside.

    Returns where a broken file was set aside (or ``None``) and the journal mode.
    """
    with _SLOT:
        if pad in _KLAAR:
            return _KLAAR[pad]
        try:
            pad.parent.mkdir(parents=True, exist_ok=True)
        except OSError as fout:
            raise OpslagFout(
                zin("opslagfout.map", map=str(pad.parent), reden=fout.strerror)
            ) from None
        apart = None
        try:
            journaal = _open_en_migreer(pad)
        except _Onbruikbaar:
            apart = _zet_apart(pad)
            try:
                journaal = _open_en_migreer(pad)
            except _Onbruikbaar as fout:
                raise OpslagFout(zin("opslagfout.nieuw_bestand", map=str(pad.parent))) from fout
        _KLAAR[pad] = (apart, journaal)
        return apart, journaal


class _Onbruikbaar(Exception):
    """The file is damaged, not a database, or cannot be opened."""


def _open_en_migreer(pad: Path) -> str:
    try:
        with closing(_verbind(pad)) as c:
            if pad.exists() and pad.stat().st_size > 0:
                controle = c.execute("PRAGMA quick_check").fetchone()[0]
                if controle != "ok":
                    raise _Onbruikbaar(controle)
            journaal = _zet_journaal(c)
            _migreer(c)
            return journaal
    except sqlite3.DatabaseError as fout:
        code = getattr(fout, "sqlite_errorcode", 0) & 0xFF
        if code in _KAPOT or (code == _ONOPENBAAR and pad.exists()):
            raise _Onbruikbaar(str(fout)) from fout
        if _bezet(fout):
            raise OpslagFout(zin("opslagfout.bezet")) from None
        raise OpslagFout(zin("opslagfout.openen", pad=str(pad), fout=str(fout))) from None
    except OSError as fout:
        raise _Onbruikbaar(str(fout)) from fout


def _zet_journaal(c: Any) -> str:
    """Switch to WAL; where the disk does not allow it (a network share), fall back to
    the classic rollback journal.  Returns the journal mode in use."""
    try:
        modus = str(c.execute("PRAGMA journal_mode = WAL").fetchone()[0]).lower()
    except sqlite3.OperationalError:
        modus = ""
    if modus != "wal":
        modus = str(c.execute("PRAGMA journal_mode = DELETE").fetchone()[0]).lower()
    return modus


def _migreer(c: sqlite3.Connection) -> None:
    """Bring the schema to the newest version, one transaction per step."""
    while True:
        c.execute("BEGIN IMMEDIATE")
        try:
            versie = c.execute("PRAGMA user_version").fetchone()[0]
            if versie > len(MIGRATIES):
                raise OpslagFout(zin("opslagfout.nieuwer", versie=versie, bekend=len(MIGRATIES)))
            if versie == len(MIGRATIES):
                c.execute("COMMIT")
                return
            for opdracht in MIGRATIES[versie]:
                c.execute(opdracht)
            c.execute(f"PRAGMA user_version = {versie + 1}")
            c.execute("COMMIT")
        except BaseException:
            if c.in_transaction:
                c.execute("ROLLBACK")
            raise


def _zet_apart(pad: Path) -> Path:
    """Rename a broken file (and its -wal and -shm files) with a timestamp; return the
    new name."""
    stempel = datetime.now().strftime("%Y%m%d-%H%M%S")
    apart = pad.with_name(f"{pad.name}.kapot-{stempel}")
    volgnummer = 1
    while apart.exists():
        volgnummer += 1
        apart = pad.with_name(f"{pad.name}.kapot-{stempel}-{volgnummer}")
    try:
        pad.rename(apart)
        for extra in ("-wal", "-shm"):
            bij = pad.with_name(pad.name + extra)
            if bij.exists():
                bij.rename(apart.with_name(apart.name + extra))
    except OSError as fout:
        raise OpslagFout(zin("opslagfout.apart", pad=str(pad), reden=fout.strerror)) from None
    return apart
