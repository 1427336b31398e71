"""A participant without a browser: one Streamlit session driven over the app's own websocket.

The load test (``tests/test_last.py``) and the werksessie benchmark (``bench/werksessie.py``)
put twenty participants on one server at once.  Each is a :class:`Sessie`: a websocket
to ``/_stcore/stream`` that speaks Streamlit's protocol (``BackMsg`` out, ``ForwardMsg``
in, the protobufs of ``streamlit.proto``), as the browser's frontend does.

Why raw clients and not browser contexts.  This machine has two cores.  A headless
Chromium page per participant costs about a core share while it loads and draws the
map (vis-network, 480 KB of JavaScript per page), so twenty of them would eat the CPU
the server needs and the figures would measure the browsers, not the server.  A raw
client only parses the server's messages (a few ms per run for all of them), so what
is measured is the server: its script runs, its store writes, its CPU and memory.  What
it leaves out is the browser's own drawing, which happens on each participant's own
machine in class anyway.

The protocol, as far as needed here (Streamlit 1.67):

- after connecting the server is silent until the client sends ``rerun_script``, with
  the URL's query string, the page (``page_script_hash``; empty for the default page)
  and the widget values;
- a run streams ``new_session``, ``page_info_changed`` (the query string the app set,
  which the browser puts in its URL and sends with the next rerun), ``navigation``
  (the pages and their hashes), ``delta``\\ s (elements; a widget's id is in its
  element, ``$$ID-<hash>-<key>``) and ends with ``script_finished``: 0 done, 1
  compile error, 2 stopped for a rerun (``st.rerun``: the next run follows by itself),
  3 a fragment done.

The edit: a partner dropped at a new place on the Kaart page's map.  It is what a
participant does most on the page the app opens (the map), and the only edit on that
page: the page's other widgets are view settings (threshold, size, layers) and the
choice of partner, which change nothing stored.  The map is a components-v2 component,
and the drop is one of its events; in the protocol an event is the value of the
component's trigger widget (``$$STREAMLIT_INTERNAL_KEY_<component id>__events``, a
``json_trigger_value`` holding ``[{"event": "verplaatst", "value": {"id", "x", "y"}}]``),
exactly what the component's ``setTriggerValue`` makes the browser send.  The app takes
it in ``netwerk_component.verplaats``, stores it with ``staat.zet_kaart`` (one new
version in the store) and draws the map again in the same run, so the time from sending
the drop to that run's ``script_finished`` is the participant's wait from letting go
of the partner to the redrawn page; the client also checks that the map the run drew
has the partner at its new place.  A drop also marks each edit for the checks
afterwards: edit *k* of participant *n* puts a partner at a place no one else uses,
and moving a different partner each time leaves every edit visible in the final kaart
(a title would show only the last one).  The Invoeren page's titel field, the fallback,
would take two runs (the page applies a change with ``st.rerun``) and draw the smaller
map beside the forms, not the Kaart page.

Like the browser, the client sends the query string the app last set; unlike it, a
rerun carries only the widget value being changed: a widget without a value in a rerun
keeps its value in the server's session state, so the page runs the same.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import time
from collections import deque
from dataclasses import dataclass, field
from itertools import groupby
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from systeem.model.kaart import OPGAVE, Kaart
from systeem.opslag import Opslag
from systeemkaart.__main__ import WERKSESSIE_OMGEVING, WERKSESSIE_OPTIES
from systeemkaart.netwerk_component import NAAM, SLEUTEL
from tests.browser.server import ARTEFACTEN, STREAMLIT_RUN, start_server

#: ``script_finished`` statuses (``ForwardMsg.ScriptFinishedStatus``).
KLAAR, COMPILEERFOUT, HERSTART, FRAGMENT = 0, 1, 2, 3
#: Our own status for a page run whose end the server dropped (see :class:`Sessie`).
ZONDER_EINDE = -2

#: Generous waits for a loaded 2-core CI machine: connecting, and one run of a page.
WACHT_VERBINDEN = 60.0
WACHT_RUN = 120.0


@dataclass
class Run:
    """What one request (a rerun, with the reruns the app asked for itself) brought back.

    ``seconden``: from sending it to the last ``script_finished``; ``runs``: how many
    script runs that took; ``status``: the last run's status; ``widgets``: widget key to
    widget id; ``kaart``: the data the map component got (``None`` when no map was
    drawn); ``fouten``: the text of every exception element shown; ``bytes``: the size
    of all messages received; ``gestart``: a page run began.
    """

    seconden: float
    runs: int
    status: int
    widgets: dict[str, str] = field(default_factory=dict)
    kaart: dict[str, Any] | None = None
    kaart_id: str | None = None
    fouten: list[str] = field(default_factory=list)
    bytes: int = 0
    gestart: bool = False


class Sessie:
    """One browser session of the app, over the websocket.

    ``basis`` is the app's address (``http://127.0.0.1:8501``) and ``query`` the query
    string the session starts with (``deelnemer=...&kaart=...``).  Use as
    ``async with Sessie(basis, query) as s: run = await s.run()``.

    A fragment the app runs every few seconds (``st.fragment(run_every=...)``, announced
    by an ``auto_rerun`` message) is rerun on that beat, as the browser does, for as long
    as the session is open; :attr:`fragmentruns` counts how many finished.  Such a run
    never interrupts a page run, and its ``script_finished`` has a status of its own, so
    it is told apart from the page's runs.

    A race in Streamlit 1.67 (``AppSession.request_rerun``): when a rerun request (here
    the fragment's timer, in a browser the same) arrives just as the ScriptRunner stops
    after a page run, the session starts a new ScriptRunner and ignores the old one's
    remaining events ("Ignoring event from non-current ScriptRunner" in the debug log):
    the page run's last elements and its ``script_finished`` never reach the client.  A
    fragment run starting after the page run started shows the page run is over (a
    fragment never interrupts a page run), so the request ends there with the status
    :data:`ZONDER_EINDE` instead of waiting for an end that never comes.
    """

    def __init__(self, basis: str, query: str = "") -> None:
        self.adres = basis.replace("http://", "ws://", 1).rstrip("/") + "/_stcore/stream"
        self.query = query
        self.pagina = ""  # the page's script hash; empty for the default page
        self.paginas: dict[str, str] = {}  # url path -> page script hash
        self.widgets: dict[str, str] = {}  # every widget seen: key -> id (a run may lack its end)
        self.fragmentruns = 0
        self._ws: Any = None
        self._taken: dict[str, asyncio.Task] = {}  # the reader, and a beat per fragment
        self._run: Run | None = None
        self._klaar: asyncio.Future[Run] | None = None
        self._begin = 0.0
        self._verloop: deque[str] = deque(maxlen=400)  # the last messages, for a failure

    async def __aenter__(self) -> Sessie:
        self._ws = await asyncio.wait_for(
            websockets.connect(
                self.adres,
                subprotocols=["streamlit"],
                max_size=None,
                open_timeout=None,
                ping_interval=None,
            ),
            WACHT_VERBINDEN,
        )
        self._taken[""] = asyncio.create_task(self._lees())
        return self

    async def __aexit__(self, *fout: object) -> None:
        for taak in self._taken.values():
            taak.cancel()
        await self._ws.close()

    async def run(
        self, widgets: dict[str, tuple[str, Any]] | None = None, pagina: str | None = None
    ) -> Run:
        """Rerun the page (``pagina``: a url path such as ``"invoeren"``; else the
        current page) with ``widgets`` (widget id -> (value field, value), such as
        ``{id: ("int_value", 1)}``) and wait for the run to finish."""
        if pagina is not None:
            self.pagina = self.paginas[pagina]
        self._run, self._begin = Run(seconden=0.0, runs=0, status=-1), time.perf_counter()
        self._klaar = asyncio.get_running_loop().create_future()
        await self._stuur(widgets or {})
        try:
            run = await asyncio.wait_for(self._klaar, WACHT_RUN)
        except TimeoutError:
            spoor = list(self._verloop)
            vanaf = max((i for i, r in enumerate(spoor) if r == "-> page rerun"), default=0)
            laatste = ", ".join(_samen(spoor[max(0, vanaf - 5) :]))
            raise TimeoutError(
                f"geen einde van de run na {WACHT_RUN} s; laatst: {laatste}"
            ) from None
        self._run = None
        self.widgets.update(run.widgets)
        return run

    async def verplaats(self, partner: str, x: float, y: float) -> Run:
        """Drop ``partner`` at (``x``, ``y``) on the map, as the map component reports a drop."""
        if SLEUTEL not in self.widgets:
            raise RuntimeError("de kaart staat niet op de pagina")
        wid = trigger_id(self.widgets[SLEUTEL])
        waarde = json.dumps([{"event": "verplaatst", "value": {"id": partner, "x": x, "y": y}}])
        return await self.run({wid: ("json_trigger_value", waarde)})

    async def _stuur(self, widgets: dict[str, tuple[str, Any]], fragment: str = "") -> None:
        bericht = BackMsg()
        cs = bericht.rerun_script
        cs.query_string = self.query
        cs.page_script_hash = self.pagina
        if fragment:
            cs.fragment_id, cs.is_auto_rerun = fragment, True
        for wid, (veld, waarde) in widgets.items():
            w = cs.widget_states.widgets.add()
            w.id = wid
            setattr(w, veld, waarde)
        self._verloop.append(f"-> {'fragment' if fragment else 'page'} rerun")
        await self._ws.send(bericht.SerializeToString())

    async def _lees(self) -> None:
        try:
            async for ruw in self._ws:
                self._verwerk(ruw)
        except Exception as fout:  # the connection broke: the waiting request fails
            if self._klaar is not None and not self._klaar.done():
                self._klaar.set_exception(fout)
            raise
        if self._klaar is not None and not self._klaar.done():
            self._klaar.set_exception(ConnectionError("de server sloot de verbinding"))

    def _verwerk(self, ruw: bytes) -> None:
        m = ForwardMsg()
        m.ParseFromString(ruw)
        soort, run = m.WhichOneof("type"), self._run
        self._verloop.append(_kort(m, soort))
        if run is not None:
            run.bytes += len(ruw)
        if soort == "delta" and run is not None:
            _delta(m.delta, run)
        elif soort == "new_session" and run is not None and self._open():
            if not m.metadata.run.fragment_ids:
                run.gestart = True
            elif run.gestart:  # the page run ended without its end reaching us
                self._einde(run, ZONDER_EINDE)
        elif soort == "page_info_changed":
            self.query = m.page_info_changed.query_string
        elif soort == "navigation":
            self.pagina = m.navigation.page_script_hash
            self.paginas = {p.url_pathname: p.page_script_hash for p in m.navigation.app_pages}
        elif soort == "auto_rerun" and m.auto_rerun.fragment_id not in self._taken:
            fragment, tel = m.auto_rerun.fragment_id, m.auto_rerun.interval
            self._taken[fragment] = asyncio.create_task(self._maat(fragment, tel))
        elif soort == "script_finished":
            # A fragment's own run ends with 3, or with 2 when a page run preempts it;
            # a page run that took in a pending fragment run ends with 0 all the same.
            if m.script_finished == FRAGMENT or (
                m.script_finished == HERSTART and m.metadata.run.fragment_ids
            ):
                self.fragmentruns += m.script_finished == FRAGMENT
            elif run is not None and self._open():
                if m.script_finished == HERSTART:
                    run.runs += 1
                else:
                    self._einde(run, m.script_finished)

    def _open(self) -> bool:
        return self._klaar is not None and not self._klaar.done()

    def _einde(self, run: Run, status: int) -> None:
        run.runs += 1
        run.status = status
        run.seconden = time.perf_counter() - self._begin
        run.kaart_id = _param(self.query, "kaart")
        self._klaar.set_result(run)

    async def _maat(self, fragment: str, interval: float) -> None:
        """Rerun ``fragment`` every ``interval`` seconds, as the browser's timer does."""
        while True:
            await asyncio.sleep(interval)
            await self._stuur({}, fragment)


def trigger_id(component_id: str) -> str:
    """The id of a components-v2 component's trigger widget (its events), from the
    component's own id (Streamlit's ``_make_trigger_id(base, "events")``).

    >>> trigger_id("$$ID-ab12-kaartnetwerk")
    '$$STREAMLIT_INTERNAL_KEY_$$ID-ab12-kaartnetwerk__events'
    """
    return f"$$STREAMLIT_INTERNAL_KEY_{component_id}__events"


def posities(kaart: dict[str, Any]) -> dict[str, tuple[float, float]]:
    """The place of every node in the map component's data (``vis_kolommen``'s blokken:
    a field is in a blok's ``kolommen``, one value per node, or in its ``vast``).

    >>> posities({"nodes": [{"aantal": 2, "vast": {"y": 0.0}, "kolommen": {"id": ["a", "b"], "x": [1.0, 2.0]}}]})
    {'a': (1.0, 0.0), 'b': (2.0, 0.0)}
    """
    uit: dict[str, tuple[float, float]] = {}
    for blok in kaart.get("nodes", []):
        n, vast, kolommen = blok["aantal"], blok.get("vast", {}), blok.get("kolommen", {})

        def kolom(veld: str, n: int = n, vast: dict = vast, kolommen: dict = kolommen) -> list:
            return kolommen[veld] if veld in kolommen else [vast.get(veld)] * n

        for i, x, y in zip(kolom("id"), kolom("x"), kolom("y"), strict=True):
            if x is not None and y is not None:
                uit[str(i)] = (float(x), float(y))
    return uit


def _delta(delta: Any, run: Run) -> None:
    """Take the widget ids, the map's data and the exceptions from one delta."""
    if delta.WhichOneof("type") != "new_element":
        return
    element = delta.new_element
    soort = element.WhichOneof("type")
    inhoud = getattr(element, soort)
    if soort == "exception":
        run.fouten.append(inhoud.message)
        return
    wid = getattr(inhoud, "id", "") if "id" in inhoud.DESCRIPTOR.fields_by_name else ""
    if wid:
        run.widgets[wid.split("-", 2)[-1]] = wid
    if soort == "bidi_component" and inhoud.component_name.endswith(NAAM):
        run.kaart = json.loads(inhoud.json)


def _samen(spoor: list[str]) -> list[str]:
    """Runs of the same message as one entry with a count.

    >>> _samen(["a", "delta", "delta", "b"])
    ['a', 'delta x2', 'b']
    """
    uit: list[str] = []
    for regel, groep in groupby(spoor):
        n = len(list(groep))
        uit.append(regel if n == 1 else f"{regel} x{n}")
    return uit


def _kort(m: Any, soort: str) -> str:
    """A message in a few characters, for the trail a failure shows."""
    if soort == "script_finished":
        return (
            f"script_finished {m.script_finished}{' fragment' * bool(m.metadata.run.fragment_ids)}"
        )
    return soort


def _param(query: str, naam: str) -> str | None:
    return (parse_qs(query).get(naam) or [None])[0]


# ---------------------------------------------------------------------------
# A participant: open the kaart, then drop partners one by one.


@dataclass
class Meting:
    """One edit: participant ``nr``'s edit ``k`` dropped ``partner`` at ``plek``; ``run``
    is what the request brought back; ``getekend``: the map that run drew has the
    partner at ``plek``."""

    nr: int
    k: int
    partner: str
    plek: tuple[float, float]
    run: Run
    getekend: bool


@dataclass
class Deelname:
    """A participant's session: the first run (opening the page), the edits, and how
    many runs of the app's timed fragments it saw finish meanwhile."""

    eerste: Run
    metingen: list[Meting]
    fragmentruns: int


def plek(nr: int, k: int) -> tuple[float, float]:
    """The place edit ``k`` of participant ``nr`` drops a partner at: one no one else
    uses, and far from any place the layout gives (which stays within a few thousand).

    >>> plek(3, 2), plek(12, 0)
    ((10302.0, -10302.0), (11200.0, -11200.0))
    """
    waarde = 10_000.0 + 100 * nr + k
    return waarde, -waarde


def partner_van(partners: list[str], k: int) -> str:
    """The partner edit ``k`` moves: the partners in turn (sorted ids), so up to
    ``len(partners)`` edits each leave their own mark in the kaart.

    >>> partner_van(["a", "b"], 0), partner_van(["a", "b"], 3)
    ('a', 'b')
    """
    return partners[k % len(partners)]


async def deelnemer(
    basis: str,
    query: str,
    nr: int,
    edits: int,
    pauze: tuple[float, float],
    rng: Any,
) -> Deelname:
    """Participant ``nr``: open the app with ``query`` (the default page, the Kaart
    page), then make ``edits`` drops, each after a pause drawn uniformly from ``pauze``
    (seconds) with ``rng`` (a ``random.Random``).
    """
    metingen: list[Meting] = []
    async with Sessie(basis, query) as sessie:
        eerste = await sessie.run()
        if eerste.kaart is None:
            raise RuntimeError(f"deelnemer {nr}: geen kaart op de pagina; fouten: {eerste.fouten}")
        partners = sorted(p for p in posities(eerste.kaart) if p != OPGAVE)
        for k in range(edits):
            await asyncio.sleep(rng.uniform(*pauze))
            partner, (x, y) = partner_van(partners, k), plek(nr, k)
            run = await sessie.verplaats(partner, x, y)
            getekend = run.kaart is not None and posities(run.kaart).get(partner) == (x, y)
            metingen.append(Meting(nr, k, partner, (x, y), run, getekend))
    return Deelname(eerste, metingen, sessie.fragmentruns)


def start_werksessie_server(db: Path, logmap: Path = ARTEFACTEN) -> tuple[subprocess.Popen, str]:
    """Serve the checkout's app as ``systeemkaart werksessie`` does (its Streamlit options,
    ``SYSTEEMKAART_WERKSESSIE=1``) with the store ``db``, but on loopback only."""
    opties = [o for o in WERKSESSIE_OPTIES if not o.startswith("--server.address")]
    return start_server(
        {"SYSTEEMKAART_DB": str(db), WERKSESSIE_OMGEVING: "1"},
        logmap=logmap,
        opdracht=(*STREAMLIT_RUN, *opties),
    )


def klas(db: Path, aantal: int, starter: Kaart) -> list[tuple[str, str]]:
    """Start a werksessie with ``starter`` in the store ``db`` and let ``aantal``
    participants join it, as the Meedoen page does; return each one's werkruimte token
    and the id of the starter kaart it got."""
    opslag = Opslag(db)
    sessie = opslag.start_werksessie("Lasttest", starter=starter)
    deelnemers = []
    for nr in range(aantal):
        token = opslag.meld_aan(sessie.code, f"Deelnemer {nr}").werkruimte
        (kaart_id,) = opslag.werkruimte(token).lijst()["id"]
        deelnemers.append((token, kaart_id))
    return deelnemers


def query(token: str, kaart_id: str) -> str:
    """A participant's URL query string: who they are and their kaart.

    >>> query("t0k", "k1d")
    'deelnemer=t0k&kaart=k1d'
    """
    return urlencode({"deelnemer": token, "kaart": kaart_id})
