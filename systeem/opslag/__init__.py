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
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import pandas as pd
from platformdirs import user_data_dir

from systeem.bestanden import lees_json
from systeem.bestanden.meldingen import MetMelding, reeks, zin
from systeem.model.kaart import Kaart
from systeem.model.problemen import KaartFout

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
]


#: SQL columns: how many steps a kaart ``k`` can undo, and how many it can redo.
_TERUG_VOORUIT = (
    "(SELECT count(*) FROM stappen s WHERE s.kaart_id = k.id AND s.nr < k.stap),"
    " (SELECT count(*) FROM stappen s WHERE s.kaart_id = k.id AND s.nr > k.stap)"
)


class OpslagFout(MetMelding, Exception):
    """The store could not do what was asked; ``melding`` says why (a
    :class:`~systeem.model.problemen.Zin`: ``in_taal(taal)``; ``str()`` is Dutch).

    Example
    -------
    >>> fout = OpslagFout(zin("opslagfout.kaart_naam"))
    >>> str(fout), fout.in_taal("en")
    ('een kaart heeft een naam nodig', 'a map needs a name')
    """


class OnbekendeKaart(OpslagFout):
    """No kaart (or foto) with this id is stored."""

    @classmethod
    def kaart(cls, kaart_id: str) -> OnbekendeKaart:
        """The error for kaart id ``kaart_id``."""
        return cls(zin("opslagfout.geen_kaart", id=kaart_id))


class VerouderdeVersie(OpslagFout):
    """A save was based on an outdated version: someone else changed the kaart first.

    Attributes ``kaart_id``, ``basis`` (the version the save was based on) and
    ``huidig`` (the stored version).
    """

    def __init__(self, kaart_id: str, basis: int, huidig: int) -> None:
        super().__init__(zin("opslagfout.verouderd", huidig=huidig, basis=basis))
        self.kaart_id, self.basis, self.huidig = kaart_id, basis, huidig


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


class Opslag:
    """The store in one SQLite file (see the module docstring).

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
        self.pad = Path(pad) if pad is not None else standaard_pad()
        self.apart_gezet, self.journaal = _bereid_voor(self.pad)

    # -- kaarten -------------------------------------------------------------------

    def maak(self, kaart: Kaart) -> str:
        """Store ``kaart`` as a new kaart (version 1, one stap); return its id.

        The id is URL-safe (letters, digits, ``-`` and ``_``).
        """
        kid = secrets.token_urlsafe(9)
        inhoud, nu = _json(kaart), _nu()

        def werk(c: sqlite3.Connection) -> str:
            c.execute(
                "INSERT INTO kaarten (id, titel, opgave, inhoud, versie, stap, gemaakt, gewijzigd)"
                " VALUES (?, ?, ?, ?, 1, 1, ?, ?)",
                (kid, kaart.titel, kaart.opgave, inhoud, nu, nu),
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
            when no kaart has this id.
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
            when no kaart has this id.
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
            when no kaart has this id.

        A kaart equal to the stored content changes nothing and returns the version.
        """
        inhoud, nu = _json(kaart), _nu()

        def werk(c: sqlite3.Connection) -> int:
            versie, stap, oud = _rij(c, kaart_id, "versie, stap, inhoud")
            _controleer(kaart_id, basis, versie)
            if inhoud == oud:
                return versie
            c.execute("DELETE FROM stappen WHERE kaart_id = ? AND nr > ?", (kaart_id, stap))
            c.execute(
                "INSERT INTO stappen (kaart_id, nr, inhoud, gemaakt) VALUES (?, ?, ?, ?)",
                (kaart_id, stap + 1, inhoud, nu),
            )
            c.execute(
                "DELETE FROM stappen WHERE kaart_id = ? AND nr <= ?",
                (kaart_id, stap + 1 - BEWAARDE_STAPPEN),
            )
            c.execute(
                "UPDATE kaarten SET titel = ?, opgave = ?, inhoud = ?, versie = ?, stap = ?,"
                " gewijzigd = ? WHERE id = ?",
                (kaart.titel, kaart.opgave, inhoud, versie + 1, stap + 1, nu, kaart_id),
            )
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
        """Return the stored kaarten, last changed first.

        Parameters
        ----------
        prullenbak : ``False`` for the kaarten in use, ``True`` for those in the bin.

        Returns
        -------
        A frame with columns ``id, titel, opgave, gemaakt, gewijzigd, verwijderd``
        (times as timezone-aware UTC timestamps).
        """
        waar = "verwijderd IS NOT NULL" if prullenbak else "verwijderd IS NULL"
        volgorde = "verwijderd DESC" if prullenbak else "gewijzigd DESC"
        kolommen = ["id", "titel", "opgave", "gemaakt", "gewijzigd", "verwijderd"]
        rijen = self._lees(
            lambda c: c.execute(
                f"SELECT {', '.join(kolommen)} FROM kaarten WHERE {waar} ORDER BY {volgorde}"
            ).fetchall()
        )
        tabel = pd.DataFrame(rijen, columns=kolommen).astype(
            {"id": "str", "titel": "str", "opgave": "str"}
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
        foto's) under ``titel`` (the same title when absent); return the copy's id."""
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
            (verwijderd,) = _rij(c, kaart_id, "verwijderd")
            if verwijderd is None:
                raise OpslagFout(zin("opslagfout.alleen_prullenbak"))
            c.execute("DELETE FROM kaarten WHERE id = ?", (kaart_id,))

        self._schrijf(werk)

    # -- foto's --------------------------------------------------------------------

    def maak_foto(self, kaart_id: str, naam: str, kaart: Kaart | None = None) -> int:
        """Save a foto of kaart ``kaart_id`` named ``naam``; return the foto's id.

        Parameters
        ----------
        kaart : the content to keep; the stored content of ``kaart_id`` when absent.
        """
        naam = naam.strip()
        if not naam:
            raise OpslagFout(zin("opslagfout.foto_naam"))
        inhoud, nu = (_json(kaart) if kaart is not None else None), _nu()

        def werk(c: sqlite3.Connection) -> int:
            (huidig,) = _rij(c, kaart_id, "inhoud")
            cursor = c.execute(
                "INSERT INTO fotos (kaart_id, naam, inhoud, gemaakt) VALUES (?, ?, ?, ?)",
                (kaart_id, naam, inhoud or huidig, nu),
            )
            return int(cursor.lastrowid)

        return self._schrijf(werk)

    def fotos(self, kaart_id: str) -> pd.DataFrame:
        """Return the foto's of kaart ``kaart_id``, newest first: columns ``id, naam,
        gemaakt`` (``gemaakt`` a timezone-aware UTC timestamp)."""
        rijen = self._lees(
            lambda c: c.execute(
                "SELECT id, naam, gemaakt FROM fotos WHERE kaart_id = ? ORDER BY gemaakt DESC, id DESC",
                (kaart_id,),
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
            when no foto has this id.
        """
        rij = self._lees(
            lambda c: c.execute(
                "SELECT id, kaart_id, naam, gemaakt, inhoud FROM fotos WHERE id = ?",
                (int(foto_id),),
            ).fetchone()
        )
        if rij is None:
            raise OnbekendeKaart(zin("opslagfout.geen_foto", nr=foto_id))
        return Foto(rij[0], rij[1], rij[2], rij[3], _kaart(rij[4]))

    def verwijder_foto(self, foto_id: int) -> None:
        """Delete foto ``foto_id``."""
        self._schrijf(lambda c: c.execute("DELETE FROM fotos WHERE id = ?", (int(foto_id),)))

    # -- private -------------------------------------------------------------------

    def _kaart_rij(self, kaart_id: str, kolommen: str) -> tuple:
        """The ``kolommen`` of kaart ``kaart_id`` (``k`` in the query); OnbekendeKaart
        when there is none."""
        rij = self._lees(
            lambda c: c.execute(
                f"SELECT {kolommen} FROM kaarten k WHERE id = ?", (kaart_id,)
            ).fetchone()
        )
        if rij is None:
            raise OnbekendeKaart.kaart(kaart_id)
        return rij

    def _spring(self, kaart_id: str, basis: int | None, terug: bool) -> Opgeslagen | None:
        nu = _nu()

        def werk(c: sqlite3.Connection) -> bool:
            versie, stap = _rij(c, kaart_id, "versie, stap")
            _controleer(kaart_id, basis, versie)
            vraag = (
                "SELECT nr, inhoud FROM stappen WHERE kaart_id = ? AND nr < ? ORDER BY nr DESC"
                if terug
                else "SELECT nr, inhoud FROM stappen WHERE kaart_id = ? AND nr > ? ORDER BY nr"
            )
            doel = c.execute(vraag + " LIMIT 1", (kaart_id, stap)).fetchone()
            if doel is None:
                return False
            nr, inhoud = doel
            gegevens = json.loads(inhoud)
            c.execute(
                "UPDATE kaarten SET titel = ?, opgave = ?, inhoud = ?, versie = ?, stap = ?,"
                " gewijzigd = ? WHERE id = ?",
                (gegevens["titel"], gegevens["opgave"], inhoud, versie + 1, nr, nu, kaart_id),
            )
            return True

        return self.lees(kaart_id) if self._schrijf(werk) else None

    def _zet(self, kaart_id: str, toewijzing: str, waarden: tuple) -> None:
        def werk(c: sqlite3.Connection) -> None:
            if (
                c.execute(
                    f"UPDATE kaarten SET {toewijzing} WHERE id = ?", (*waarden, kaart_id)
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


def _nu() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _json(kaart: Kaart) -> str:
    return json.dumps(kaart.naar_dict(), ensure_ascii=False, separators=(",", ":"))


def _kaart(inhoud: str) -> Kaart:
    try:
        return lees_json(inhoud)
    except KaartFout as fout:
        raise OpslagFout(zin("opslagfout.onleesbaar", fout=reeks(fout.problemen))) from None


def _rij(c: sqlite3.Connection, kaart_id: str, kolommen: str) -> tuple:
    rij = c.execute(f"SELECT {kolommen} FROM kaarten WHERE id = ?", (kaart_id,)).fetchone()
    if rij is None:
        raise OnbekendeKaart.kaart(kaart_id)
    return rij


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
