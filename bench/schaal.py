"""Scale benchmark: the core, the map page and the browser at 50 to 10,000 partners.

    .venv/bin/python -m bench.schaal            # everything (6 to 9 minutes on 2 cores)
    .venv/bin/python -m bench.schaal --schrijf  # ... and rewrite its block in docs/benchmarks.md
    .venv/bin/python -m bench.schaal --snel     # no browser, no memory, no 10,000; one round

Measured, on seeded kaarten from :func:`tests.kaartgenerator.kaart_doc` (about 4 stromen and 1
afhankelijkheid per partner):

1. In process, per stage, the median of repeated runs: ``valideer`` (dict -> kaart),
   ``balans.balans``, the network analysis (``signalen.signalen`` given the balance
   table - it runs ``afhankelijkheid.eenzijdig`` and ``netwerk.afgesneden``, the
   articulation points - plus ``afhankelijkheid.macht``), ``layout.posities`` on a kaart
   without stored positions, ``weergave.html`` on the laid-out kaart, doc -> html end to
   end (layout computed), and a full rerun's work with the positions stored.  Every
   repeat gets a freshly validated kaart and an emptied core cache (when there is one),
   so each figure is real work, never a cache hit.
2. Side by side on the same graph, three rounds: the naive pyvis path (a networkx graph
   built from the node and edge records, ``Network(cdn_resources="in_line")`` with its
   defaults, ``from_nx``, ``generate_html``), ours (``weergave.html``) and the floor
   (``json.dumps`` of the node and edge records), in CPU time; each round runs in a
   fresh process, with ours and the floor (and the two pyvis paths) taking turns, and
   gives the median of its repeats; ratios and their spread over the rounds.
3. Layout growth: one new partner with two stromen in a laid-out 500-partner kaart.
4. ``balans.balans`` at 10,000 partners and 40,000 stromen.
5. Headless Chromium (``/usr/bin/chromium``) against ``streamlit run app.py``: from
   ``page.goto`` to the map drawn and still, at 50, 500 and 2,000 partners.
6. The app process's peak and current RSS with the 2,000-partner kaart open.

Progress goes to stderr; the tables go to stdout (and with ``--schrijf`` to the
``bench.schaal`` block of docs/benchmarks.md).
"""

from __future__ import annotations

import argparse
import gc
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx

from bench.analyse import machine, vervang_blok
from systeem import weergave
from systeem.analyses import afhankelijkheid, balans, netwerk, signalen
from systeem.model.validatie import valideer
from systeem.teksten import tekst
from systeem.weergave import layout
from tests.browser.server import start_server, stop_server
from tests.kaartgenerator import kaart_doc
from tests.weergave_hulp import json_vloer

ROOT = Path(__file__).resolve().parents[1]
GROOTTES = (50, 500, 2_000, 10_000)
#: Sizes for the side-by-side with pyvis (quadratic: 10,000 is extrapolated, not run).
NAAST = (50, 500, 2_000)
#: Sizes opened in the browser.
IN_BROWSER = (50, 500, 2_000)
#: Repeats per in-process stage (fewer for big kaarten).
HERHAAL = {50: 21, 500: 11, 2_000: 7, 10_000: 3}
#: Navigations per size in the browser (fresh context and page each).
NAVIGATIES = 3
#: Animation frames the canvas must stay unchanged to count as still.
STILLE_FRAMES = 5
RONDES = 3
#: Repeats of the pyvis paths per round of the side by side (pyvis is slow and quadratic).
PYVIS_HERHAAL = {50: 9, 500: 9, 2_000: 7}

# The targets of the issue "Benchmark" (2-core machine).
DOEL_PYVIS = 50.0  # html built at least 50x faster than naive pyvis, 2,000 partners
DOEL_VLOER = 3.0  # ... and within 3x of the JSON floor
DOEL_RERUN = 0.030  # full rerun's work at 50 partners, layout stored
DOEL_BALANS = 0.200  # balans at 10,000 partners
DOEL_GROEI = 0.100  # layout after adding one partner to 500
DOEL_BROWSER = 3.0  # map drawn and still, 2,000 partners
DOEL_RSS = 400.0  # MB, app process peak RSS with the 2,000 kaart open
DOEL_SPREIDING = 0.20  # ratio figures of three rounds within 20% of each other


def last() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def log(bericht: str) -> None:
    print(f"[bench.schaal {time.strftime('%H:%M:%S')}] {bericht}", file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------
# Real work, not cache hits.


def cache_legen() -> str:
    """Empty the core's content-keyed cache (``systeem.model.geheugen``) if the module exists.

    Returns how the cache was handled, for the report.  Each timed repeat also gets a
    freshly validated kaart (new DataFrames), so an identity-keyed cache misses too.
    """
    try:
        from systeem.model import geheugen  # type: ignore[attr-defined]
    except ImportError:
        return "no core cache (systeem.model.geheugen absent)"
    for naam in ("leeg", "wis", "vergeet", "leegmaken", "wis_alles", "clear", "cache_clear"):
        functie = getattr(geheugen, naam, None)
        if callable(functie):
            functie()
            return f"systeem.model.geheugen.{naam}() before every repeat"
    onthoud = getattr(geheugen, "onthoud", None)
    for naam in ("cache_clear", "leeg", "wis"):
        functie = getattr(onthoud, naam, None)
        if callable(functie):
            functie()
            return f"systeem.model.geheugen.onthoud.{naam}() before every repeat"
    return "systeem.model.geheugen present but NOT emptied (no clearing function found)"


def herhaald(opzet: Callable[[], Any], functie: Callable[[Any], Any], herhaal: int) -> float:
    """Median wall time of ``functie(opzet())`` over ``herhaal`` runs; ``opzet`` is not
    timed (bench.analyse's ``mediaan`` with an untimed setup per run)."""
    tijden = []
    for _ in range(herhaal):
        invoer = opzet()
        begin = time.perf_counter()
        functie(invoer)
        tijden.append(time.perf_counter() - begin)
    return statistics.median(tijden)


def eenmaal(opzet: Callable[[], Any], functie: Callable[[Any], Any]) -> tuple[float, float]:
    """The CPU time of this process and the wall time of one ``functie(opzet())``
    (``opzet`` not timed).

    CPU time, for the side-by-side ratios: the machine is shared, and CPU time leaves
    out the time this process waited for a core (the code is single-threaded).
    """
    invoer = opzet()
    # As timeit does: no garbage collection inside the timed call, whose timing would
    # otherwise depend on what earlier runs left behind.
    gc.collect()
    gc.disable()
    try:
        begin, begin_cpu = time.perf_counter(), time.process_time()
        functie(invoer)
        return time.process_time() - begin_cpu, time.perf_counter() - begin
    finally:
        gc.enable()


def om_beurten(
    taken: dict[str, tuple[Callable[[], Any], Callable[[Any], Any]]], herhaal: int
) -> dict[str, float]:
    """Time several tasks that take turns (repeat 1 of each, then repeat 2 of each, and
    so on), so that a busy moment of the machine falls on all of them and not on one.

    Returns ``{naam: median CPU time, naam + "_wand": median wall time}``.  The median,
    not the best: on this shared VM a single run also comes out far *faster* than usual
    now and then (the big, memory-bound pyvis scan once took 3.3 s against its usual
    4.5-5 s), and the least of a few runs followed such outliers from round to round.
    """
    cpu: dict[str, list[float]] = {naam: [] for naam in taken}
    wand: dict[str, list[float]] = {naam: [] for naam in taken}
    for _ in range(herhaal):
        for naam, (opzet, functie) in taken.items():
            c, w = eenmaal(opzet, functie)
            cpu[naam].append(c)
            wand[naam].append(w)
    uit: dict[str, float] = {}
    for naam in taken:
        uit[naam] = statistics.median(cpu[naam])
        uit[naam + "_wand"] = statistics.median(wand[naam])
    return uit


def vers(doc: dict) -> Callable[[], Any]:
    """Setup for one repeat: an empty cache and a freshly validated kaart."""

    def opzet():
        cache_legen()
        kaart = valideer(doc)
        cache_legen()
        return kaart

    return opzet


def analyse_werk(kaart, tabel) -> None:
    """The network analysis as timed: signalen (eenzijdig + afgesneden inside) and macht."""
    signalen.signalen(kaart, balans_tabel=tabel)
    afhankelijkheid.macht(kaart)


def rerun_werk(doc: dict) -> str:
    """doc -> validate -> balance -> analysis -> html (layout inside html when not stored)."""
    kaart = valideer(doc)
    tabel = balans.balans(kaart)
    analyse_werk(kaart, tabel)
    return weergave.html(kaart)


# ---------------------------------------------------------------------------
# 1. Stages in process.


def stappen(n: int) -> dict:
    doc = kaart_doc(n)
    geplaatst = layout.met_posities(valideer(doc)).naar_dict()  # positions stored
    weergave.html(valideer(geplaatst))  # warm: vis-network read once per process
    herhaal = HERHAAL[n]
    kaart = valideer(doc)

    def met_tabel():
        k = vers(doc)()
        tabel = balans.balans(k)
        cache_legen()
        return k, tabel

    uit = {
        "partners": n,
        "stromen": len(kaart.stromen),
        "afhankelijkheden": len(kaart.afhankelijkheden),
        "valideren": herhaald(cache_legen, lambda _: valideer(doc), herhaal),
        "balans": herhaald(vers(doc), balans.balans, herhaal),
        "analyse": herhaald(met_tabel, lambda kt: analyse_werk(*kt), herhaal),
        "afgesneden": herhaald(vers(doc), netwerk.afgesneden, herhaal),
        "layout": herhaald(vers(doc), layout.posities, herhaal),
        "html": herhaald(vers(geplaatst), weergave.html, herhaal),
        "eind": herhaald(cache_legen, lambda _: rerun_werk(doc), herhaal),
        "rerun": herhaald(
            cache_legen, lambda _: rerun_werk(geplaatst), max(herhaal, 31 if n <= 50 else 0)
        ),
    }
    # For reference only (no target): the same rerun when the core cache already holds
    # this kaart's results, as in the app when a click changes nothing in the kaart.
    rerun_werk(geplaatst)
    uit["rerun_warm"] = herhaald(lambda: None, lambda _: rerun_werk(geplaatst), herhaal)
    cache_legen()
    return uit


# ---------------------------------------------------------------------------
# 2. Naive pyvis, ours and the JSON floor on the same graph.


def records(kaart) -> tuple[list[dict], list[dict], str]:
    """The plain node and edge records of the kaart, and where they came from."""
    uit = json_vloer(kaart)
    return list(uit["nodes"]), list(uit["edges"]), "json_vloer"


def naief_pyvis(knopen: list[dict], randen: list[dict], directed: bool = False) -> int:
    """What a naive app does: a networkx graph with the attributes, then pyvis.

    Returns how many edges pyvis kept (the undirected default drops two-way and
    parallel stromen as duplicates).
    """
    from pyvis.network import Network

    g = nx.MultiDiGraph()
    for r in knopen:
        g.add_node(r["id"], **{k: v for k, v in r.items() if k != "id" and v is not None})
    for r in randen:
        g.add_edge(
            r["from"],
            r["to"],
            **{k: v for k, v in r.items() if k not in ("from", "to") and v is not None},
        )
    net = Network(cdn_resources="in_line", directed=directed)
    net.from_nx(g)
    net.generate_html()
    return len(net.edges)


def naast(n: int, rondes: int, pyvis_draaien: bool = True) -> dict:
    """The side by side at ``n`` partners: ``rondes`` rounds, each in a fresh process.

    A fresh interpreter per round makes the rounds independent runs: no heap left
    fragmented by pyvis's big lists and no cache warmed by the round before (in one
    process the floor slowed down round after round).
    """
    geplaatst = layout.met_posities(valideer(kaart_doc(n))).naar_dict()
    kaart = valideer(geplaatst)
    knopen, randen, bron = records(kaart)
    uit: dict[str, Any] = {
        "partners": n,
        "knopen": len(knopen),
        "randen": len(randen),
        "bron": bron,
        "rondes": [],
    }
    for i in range(rondes):
        log(f"  side by side {n:,} partners, round {i + 1}/{rondes} (own process)")
        opdracht = [sys.executable, "-m", "bench.schaal", "--ronde", str(n)]
        if not pyvis_draaien:
            opdracht.append("--zonder-pyvis")
        klaar = subprocess.run(
            opdracht, cwd=ROOT, check=True, capture_output=True, text=True, timeout=900
        )
        uit["rondes"].append(json.loads(klaar.stdout))
    if pyvis_draaien:
        uit["pyvis_randen"] = naief_pyvis(knopen, randen)
    uit["html_kb"] = len(weergave.html(kaart).encode()) / 1024
    uit["vloer_kb"] = len(json.dumps({"nodes": knopen, "edges": randen}).encode()) / 1024
    return uit


def ronde(n: int, pyvis_draaien: bool = True) -> dict:
    """One round of the side by side at ``n`` partners, in this (fresh) process.

    Ours and the floor take turns repeat by repeat, so that a busy moment of the
    machine slows both and not one of the pair; the pyvis paths come after them.
    """
    geplaatst = layout.met_posities(valideer(kaart_doc(n))).naar_dict()
    kaart = valideer(geplaatst)
    knopen, randen, _ = records(kaart)
    weergave.html(kaart)  # warm: vis-network read once per process
    if pyvis_draaien:
        import pyvis.network  # noqa: F401 - imported (IPython and all) before any timing
    herhaal = {50: 21, 500: 21, 2_000: 25, 10_000: 5}[n]
    r: dict[str, Any] = om_beurten(
        {
            "ours": (vers(geplaatst), weergave.html),
            "vloer": (lambda: None, lambda _: json.dumps({"nodes": knopen, "edges": randen})),
        },
        herhaal,
    )
    if pyvis_draaien:
        r.update(
            om_beurten(
                {
                    "pyvis": (lambda: None, lambda _: naief_pyvis(knopen, randen, False)),
                    "pyvis_gericht": (lambda: None, lambda _: naief_pyvis(knopen, randen, True)),
                },
                PYVIS_HERHAAL[n],
            )
        )
    return r


def verhoudingen(rij: dict) -> dict:
    """Per round pyvis/ours and ours/floor; their medians and spread (max/min - 1)."""
    uit = {}
    for naam, teller, noemer in (
        ("pyvis_ours", "pyvis", "ours"),
        ("pyvis_gericht_ours", "pyvis_gericht", "ours"),
        ("ours_vloer", "ours", "vloer"),
    ):
        waarden = [r[teller] / r[noemer] for r in rij["rondes"] if teller in r]
        if waarden:
            uit[naam] = statistics.median(waarden)
            uit[naam + "_min"] = min(waarden)
            uit[naam + "_max"] = max(waarden)
            uit[naam + "_spreiding"] = max(waarden) / min(waarden) - 1
    return uit


def extrapoleer(rijen: list[dict], n: int) -> tuple[float, float] | None:
    """The naive pyvis time at ``n`` partners, as a range: from the 2,000-partner time
    along the measured log-log slope between the two largest sizes run, and along a
    quadratic (pyvis's duplicate-edge scan is O(E²) and dominates as the graph grows)."""
    gemeten = [
        (r["partners"], statistics.median(x["pyvis"] for x in r["rondes"]))
        for r in rijen
        if "pyvis" in r["rondes"][0]
    ]
    if len(gemeten) < 2:
        return None
    (n1, t1), (n2, t2) = sorted(gemeten)[-2:]
    helling = math.log(t2 / t1) / math.log(n2 / n1)
    schattingen = (t2 * (n / n2) ** helling, t2 * (n / n2) ** 2)
    return min(schattingen), max(schattingen)


# ---------------------------------------------------------------------------
# 3. Layout growth and 4. balance at 10,000.


def groei() -> dict:
    doc = layout.met_posities(valideer(kaart_doc(500))).naar_dict()
    oud = valideer(doc).posities
    doc["partners"].append({"id": "nieuw", "naam": "Nieuwe partner"})
    doc["stromen"] += [
        {"van": "nieuw", "naar": "p1", "soort": "geld", "waarde": 3},
        {"van": "p2", "naar": "nieuw", "soort": "kennis", "waarde": 2},
    ]
    tijd = herhaald(vers(doc), layout.posities, 21)
    plek = layout.posities(valideer(doc))
    onbewogen = all(tuple(plek[k]) == tuple(v) for k, v in oud.items())
    nx_, ny_ = plek["nieuw"]
    dichtst = min(math.hypot(nx_ - x, ny_ - y) for k, (x, y) in plek.items() if k != "nieuw")
    return {
        "tijd": tijd,
        "onbewogen": onbewogen,
        "oud": len(oud),
        "plek": plek["nieuw"],
        "dichtst": dichtst,
    }


def balans_10k() -> dict:
    doc = kaart_doc(10_000)
    kaart = valideer(doc)
    return {
        "partners": len(kaart.partners),
        "stromen": len(kaart.stromen),
        "tijd": herhaald(vers(doc), balans.balans, 9),
    }


# ---------------------------------------------------------------------------
# 5. and 6. The app in headless Chromium.


def _chromium() -> str | None:
    return os.environ.get("CHROMIUM_PATH") or (
        "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else shutil.which("chromium")
    )


def start_app(map_: Path) -> tuple[subprocess.Popen, str]:
    """The app as the browser tests start it (:mod:`tests.browser.server`), with the
    benchmark kaarten as examples, a database of its own and its log in ``map_``."""
    db = map_ / f"bench-{time.monotonic_ns()}.db"
    omgeving = {"SYSTEEMKAART_VOORBEELDEN": str(map_ / "voorbeelden"), "SYSTEEMKAART_DB": str(db)}
    return start_server(omgeving, logmap=map_)


def geheugen_van(pid: int) -> dict[str, float]:
    """VmHWM (peak) and VmRSS (now) of process ``pid`` in MB, after checking that it is
    the Python process running ``streamlit run`` (not a wrapper)."""
    opdracht = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    if b"streamlit" not in opdracht or b"run" not in opdracht or b"python" not in opdracht[0]:
        raise RuntimeError(f"pid {pid} is niet de streamlit-server: {opdracht!r}")
    waarden = {}
    for regel in Path(f"/proc/{pid}/status").read_text().splitlines():
        sleutel, _, rest = regel.partition(":")
        if sleutel in ("VmHWM", "VmRSS"):
            waarden[sleutel] = int(rest.split()[0]) / 1024  # kB -> MB
    return waarden


_STIL = """
async ([frames, maxMs]) => {
  // The map is still when the pixels of its canvas stay the same for `frames` animation
  // frames and Streamlit's script has finished.  The network is looked up every frame:
  // a rerun or a page switch may destroy it and mount a new one.
  const begin = performance.now();
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const app = () => document.querySelector("[data-testid=stApp]");
  const doek = () => {
    const net = window.__systeemkaartNetwerk;
    const c = net && net.canvas && net.canvas.frame && net.canvas.frame.canvas;
    return c && c.isConnected && c.width && c.height ? [net, c] : [null, null];
  };
  const afdruk = () => {
    const [net, c] = doek();
    if (!net) return "geen";
    const d = new Uint32Array(c.getContext("2d").getImageData(0, 0, c.width, c.height).data.buffer);
    let a = 0x811c9dc5 | 0, b = 0;
    for (let i = 0; i < d.length; i++) { a = Math.imul(a ^ d[i], 16777619); b = (b + d[i]) | 0; }
    return c.width + "x" + c.height + ":" + a + ":" + b;
  };
  let vorige = afdruk(), sinds = performance.now(), gelijk = 0;
  while (performance.now() - begin < maxMs) {
    await frame();
    const nu = afdruk();
    if (nu === vorige) gelijk++;
    else { vorige = nu; sinds = performance.now(); gelijk = 0; }
    const klaar = app() && app().getAttribute("data-test-script-state") === "notRunning";
    const [net] = doek();
    if (net && nu !== "geen" && gelijk >= frames && klaar)
      return { stil: sinds - begin, klaar: performance.now() - begin,
               knopen: net.body.data.nodes.length, randen: net.body.data.edges.length,
               doek: nu.split(":")[0] };
  }
  return null;
}
"""


def wacht_op_app(page, timeout: int = 180_000) -> None:
    """Streamlit connected, the script done, no skeleton (as tests/browser/conftest.py)."""
    page.wait_for_function(
        """() => { const a = document.querySelector("[data-testid=stApp]");
            return a && a.getAttribute("data-test-connection-state") === "CONNECTED"
              && a.getAttribute("data-test-script-state") === "notRunning"
              && !document.querySelector("[data-testid=stSkeleton]"); }""",
        timeout=timeout,
    )


def cpu_van(pid: int) -> float:
    """CPU seconds (user + system) process ``pid`` has used so far."""
    velden = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(velden[11]) + int(velden[12])) / os.sysconf("SC_CLK_TCK")


def open_kaart(browser, url: str, naam: str, pid: int) -> tuple[dict, Any, Any]:
    """Open ``?voorbeeld=naam`` in a fresh context and page; time goto -> drawn -> still.

    Returns the timings and the (still open) context and page.
    """
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    extern: list[str] = []
    page.on(
        "request",
        lambda r: (
            extern.append(r.url)
            if not r.url.startswith(("data:", "blob:", "about:"))
            and "//127.0.0.1" not in r.url
            and "//localhost" not in r.url
            else None
        ),
    )
    cdp = context.new_cdp_session(page)
    cdp.send("Performance.enable")
    cpu = cpu_van(pid)
    begin = time.perf_counter()
    try:
        page.goto(f"{url}/?voorbeeld={naam}", timeout=120_000)
        geladen = time.perf_counter() - begin
        page.wait_for_function("() => window.__systeemkaartKlaar === true", timeout=120_000)
        getekend = voor = time.perf_counter() - begin
        stil = page.evaluate(_STIL, [STILLE_FRAMES, 120_000])
        if stil is None:
            raise RuntimeError(f"the map of {naam} was not still within 120 s")
        server_cpu = cpu_van(pid) - cpu
        # The page's main thread (Chromium's own counters, cumulative since goto).
        cijfers = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
    except Exception as fout:
        bewaar_scherm(page, naam)
        context.close()
        raise RuntimeError(f"{naam}: {fout}".splitlines()[0]) from fout
    return (
        {
            "load": geladen,
            "getekend": getekend,
            # The canvas last changed this long after goto (an upper bound by the
            # evaluate round trip, a few ms).
            "stil": voor + stil["stil"] / 1000,
            "bevestigd": voor + stil["klaar"] / 1000,
            # CPU the app process spent from goto until the page was done.
            "server_cpu": server_cpu,
            "taak": cijfers.get("TaskDuration", math.nan),
            "script": cijfers.get("ScriptDuration", math.nan),
            "dom": int(cijfers.get("Nodes", 0)),
            # How often vis-network drew the map (about 0.1 s each at 2,000 partners).
            "tekeningen": page.evaluate("() => window.__systeemkaartTekeningen || 0"),
            "knopen": stil["knopen"],
            "randen": stil["randen"],
            "doek": stil["doek"],
            "extern": extern,
        },
        context,
        page,
    )


UIT = ROOT / "bench" / "out"


def bewaar_scherm(page, naam: str) -> None:
    """On a failure: the screenshot and the page text in bench/out/ (git-ignored)."""
    UIT.mkdir(parents=True, exist_ok=True)
    try:
        page.screenshot(path=str(UIT / f"schaal-{naam}.png"), full_page=True)
        (UIT / f"schaal-{naam}.txt").write_text(page.inner_text("body"), encoding="utf-8")
    except Exception as fout:  # noqa: BLE001 - best effort while reporting a failure
        log(f"no screenshot: {fout}")


def schrijf_voorbeelden(map_: Path) -> None:
    (map_ / "voorbeelden").mkdir(parents=True, exist_ok=True)
    for n in IN_BROWSER:
        doc = layout.met_posities(valideer(kaart_doc(n))).naar_dict()
        (map_ / "voorbeelden" / f"schaal{n}.json").write_text(
            json.dumps(doc, ensure_ascii=False), encoding="utf-8"
        )


def browser_meting() -> dict:
    """Timings per size (5) and the memory of a fresh app with the 2,000 kaart (6).

    A failure (no Playwright or Chromium, an app that does not draw) is reported in the
    result, with the screenshot, page text and server logs in bench/out/, so that the
    in-process figures of the run still come out.
    """
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return {"fout": "Playwright is not installed (requirements-dev.txt)"}
    chromium = _chromium()
    if not chromium:
        return {"fout": "no Chromium (apt-get install chromium)"}
    uit: dict[str, Any] = {"rijen": []}
    with tempfile.TemporaryDirectory(prefix="bench-schaal-") as tijdelijk:
        map_ = Path(tijdelijk)
        schrijf_voorbeelden(map_)
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(
                    executable_path=chromium,
                    headless=True,
                    args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
                )
                try:
                    uit["chromium"] = browser.version
                    uit["rijen"] = navigaties(browser, map_)
                    log("memory: a fresh app, the 2,000 kaart, Balans, Interventies, Kaart")
                    try:
                        uit["geheugen"] = geheugen_meting(browser, map_)
                    except Exception as fout:  # noqa: BLE001 - keep the timings
                        uit["geheugen"] = {"fout": _mislukt(fout, map_)}
                finally:
                    browser.close()
        except Exception as fout:  # noqa: BLE001 - the in-process figures still count
            return {"fout": _mislukt(fout, map_)}
    return uit


def _mislukt(fout: Exception, map_: Path) -> str:
    """Keep the server logs in bench/out/ and describe the failure in one line."""
    UIT.mkdir(parents=True, exist_ok=True)
    for server_log in map_.glob("server-*.log"):
        shutil.copy(server_log, UIT / f"schaal-{server_log.name}")
    regel = str(fout).strip().splitlines()[0] if str(fout).strip() else type(fout).__name__
    log(f"browser part failed: {fout}")
    return f"failed ({regel}); screenshots, page text and server logs in bench/out/"


def navigaties(browser, map_: Path) -> list[dict]:
    """One app; a warm-up navigation, then :data:`NAVIGATIES` per size."""
    proces, url = start_app(map_)
    try:
        log("browser: warm-up navigation (not counted)")
        _, context, _ = open_kaart(browser, url, "schaal50", proces.pid)
        context.close()
        rijen = []
        for n in IN_BROWSER:
            metingen = []
            for i in range(NAVIGATIES):
                log(f"browser: {n:,} partners, navigation {i + 1}/{NAVIGATIES}")
                meting, context, _ = open_kaart(browser, url, f"schaal{n}", proces.pid)
                context.close()
                metingen.append(meting)
            rijen.append({"partners": n, "metingen": metingen})
        return rijen
    finally:
        stop_server(proces)


def geheugen_meting(browser, map_: Path) -> dict:
    proces, url = start_app(map_)
    try:
        time.sleep(1.0)
        uit: dict[str, Any] = {"pid": proces.pid, "leeg": geheugen_van(proces.pid)["VmRSS"]}
        meting, context, page = open_kaart(browser, url, "schaal2000", proces.pid)
        uit["kaart"] = geheugen_van(proces.pid)["VmRSS"]
        uit["paginas"] = {}
        for sleutel, pad in (("nav.balans", "balans"), ("nav.interventies", "interventies")):
            begin = time.perf_counter()
            page.get_by_role("link", name=tekst(sleutel, "nl"), exact=True).click()
            page.wait_for_url(f"**/{pad}*", timeout=60_000)
            page.wait_for_timeout(300)
            wacht_op_app(page)
            uit["paginas"][pad] = time.perf_counter() - begin
            uit[pad] = geheugen_van(proces.pid)["VmRSS"]
        page.get_by_role("link", name=tekst("nav.kaart", "nl"), exact=True).click()
        page.wait_for_url(lambda adres: "/interventies" not in adres, timeout=60_000)
        page.wait_for_timeout(300)
        wacht_op_app(page)
        if page.evaluate(_STIL, [STILLE_FRAMES, 180_000]) is None:
            bewaar_scherm(page, "geheugen-terug")
            raise RuntimeError("the map was not drawn and still after returning to it")
        time.sleep(1.0)
        uit.update(geheugen_van(proces.pid))
        uit["extern"] = meting["extern"]
        context.close()
        return uit
    finally:
        stop_server(proces)


# ---------------------------------------------------------------------------
# Tables.


def ms(s: float) -> str:
    if s >= 1:
        return f"{s:.2f} s"
    return f"{s * 1000:,.0f} ms" if s >= 0.1 else f"{s * 1000:.1f} ms"


def tabel_stappen(rijen: list[dict]) -> str:
    kop = (
        "| partners | stromen | afh. | valideren | balans | analyse | (of which afgesneden) "
        "| layout | html | doc → html | rerun (positions stored) | (rerun, warm cache) |\n"
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n"
    )
    return kop + "".join(
        f"| {r['partners']:,} | {r['stromen']:,} | {r['afhankelijkheden']:,} | "
        f"{ms(r['valideren'])} | {ms(r['balans'])} | {ms(r['analyse'])} | "
        f"{ms(r['afgesneden'])} | {ms(r['layout'])} | {ms(r['html'])} | {ms(r['eind'])} | "
        f"{ms(r['rerun'])} | {ms(r['rerun_warm'])} |\n"
        for r in rijen
    )


def tabel_naast(
    rijen: list[dict], schatting: tuple[float, float] | None, n_schatting: int | None
) -> str:
    kop = (
        "| partners | nodes / edges | naive pyvis (default, undirected) | pyvis `directed=True` "
        "| ours `weergave.html` | floor `json.dumps` | pyvis / ours | ours / floor "
        "| spread pyvis/ours | spread ours/floor |\n"
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n"
    )
    regels = []
    for r in rijen:
        v = verhoudingen(r)
        med = lambda k, r=r: statistics.median(x[k] for x in r["rondes"])  # noqa: E731
        if "pyvis" in r["rondes"][0]:
            pyvis = f"{ms(med('pyvis'))} ({r['pyvis_randen']:,} edges kept)"
            gericht = ms(med("pyvis_gericht"))
            pv = (
                f"{v['pyvis_ours']:.1f}x ({v['pyvis_ours_min']:.1f}–{v['pyvis_ours_max']:.1f}; "
                f"directed {v['pyvis_gericht_ours']:.1f}x)"
            )
            spv = f"{v['pyvis_ours_spreiding']:.0%}"
        else:
            pyvis = (
                f"≈ {schatting[0]:,.0f}–{schatting[1]:,.0f} s (extrapolated, not run)"
                if schatting and r["partners"] == n_schatting
                else "not run"
            )
            gericht, pv, spv = "not run", "–", "–"
        svl = f"{v['ours_vloer_spreiding']:.0%}" if len(r["rondes"]) > 1 else "– (1 round)"
        regels.append(
            f"| {r['partners']:,} | {r['knopen']:,} / {r['randen']:,} | {pyvis} | {gericht} | "
            f"{ms(med('ours'))} | {ms(med('vloer'))} | {pv} | "
            f"{v['ours_vloer']:.1f}x ({v['ours_vloer_min']:.1f}–{v['ours_vloer_max']:.1f}) | "
            f"{spv} | {svl} |\n"
        )
    return kop + "".join(regels)


def tabel_rondes(rijen: list[dict]) -> str:
    """Every round's figures (median of its repeats), CPU time and wall time, for the spread."""
    kop = (
        "| partners | round | naive pyvis CPU (wall) | ours CPU (wall) | floor CPU (wall) "
        "| pyvis / ours CPU (wall) | ours / floor CPU (wall) |\n"
        "|---:|---:|---:|---:|---:|---:|---:|\n"
    )
    regels = [
        f"| {r['partners']:,} | {i} | {ms(x['pyvis'])} ({ms(x['pyvis_wand'])}) "
        f"| {ms(x['ours'])} ({ms(x['ours_wand'])}) | {ms(x['vloer'])} ({ms(x['vloer_wand'])}) "
        f"| {x['pyvis'] / x['ours']:.1f}x ({x['pyvis_wand'] / x['ours_wand']:.1f}x) "
        f"| {x['ours'] / x['vloer']:.2f}x ({x['ours_wand'] / x['vloer_wand']:.2f}x) |\n"
        for r in rijen
        for i, x in enumerate(r["rondes"], 1)
        if "pyvis" in x
    ]
    return kop + "".join(regels)


def tabel_browser(b: dict) -> str:
    if "fout" in b:
        return f"Browser not measured: {b['fout']}.\n"
    kop = (
        "| partners | drawn and still (median of 3) | slowest | drawn (`__systeemkaartKlaar`) "
        "| `goto` (load event) | page done (script finished) | app CPU until done "
        "| page main thread busy (of which JS) | DOM nodes | map drawn (times) "
        "| nodes / edges on the map | canvas |\n"
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n"
    )
    regels = []
    for r in b["rijen"]:
        m = r["metingen"]
        regels.append(
            f"| {r['partners']:,} | {statistics.median(x['stil'] for x in m):.2f} s | "
            f"{max(x['stil'] for x in m):.2f} s | "
            f"{statistics.median(x['getekend'] for x in m):.2f} s | "
            f"{statistics.median(x['load'] for x in m):.2f} s | "
            f"{statistics.median(x['bevestigd'] for x in m):.2f} s | "
            f"{statistics.median(x['server_cpu'] for x in m):.2f} s | "
            f"{statistics.median(x['taak'] for x in m):.2f} s "
            f"({statistics.median(x['script'] for x in m):.2f} s) | "
            f"{statistics.median(x['dom'] for x in m):,.0f} | "
            f"{statistics.median(x.get('tekeningen', 0) for x in m):.0f} | "
            f"{m[0]['knopen']:,} / {m[0]['randen']:,} | {m[0]['doek']} |\n"
        )
    g = b["geheugen"]
    if "fout" in g:
        geheugen = f"\nMemory not measured: {g['fout']}.\n"
    else:
        geheugen = (
            f"\nMemory of the app process (pid checked to be `python -m streamlit run`), a "
            f"fresh server: idle {g['leeg']:.0f} MB; with the 2,000-partner kaart drawn "
            f"{g['kaart']:.0f} MB; after Balans {g['balans']:.0f} MB "
            f"({g['paginas']['balans']:.1f} s to load); after Interventies "
            f"{g['interventies']:.0f} MB ({g['paginas']['interventies']:.1f} s); back on the "
            f"Kaart page: **peak RSS (VmHWM) {g['VmHWM']:.0f} MB**, current RSS "
            f"{g['VmRSS']:.0f} MB.\n"
        )
    extern = sorted({u for r in b["rijen"] for x in r["metingen"] for u in x["extern"]})
    extern_regel = (
        f"\nRequests that left loopback: {', '.join(extern)}.\n"
        if extern
        else "\nNo request left loopback.\n"
    )
    return kop + "".join(regels) + geheugen + extern_regel + f"\nChromium {b['chromium']}.\n"


def doelen(uit: dict) -> tuple[str, list[str]]:
    """The targets with met / not met; unmet ones get a ``Gap: ...`` placeholder."""
    rijen: list[tuple[str, str, bool | None]] = []
    naast_2k = next((r for r in uit["naast"] if r["partners"] == 2_000), None)
    if naast_2k is not None:
        v = verhoudingen(naast_2k)
        if "pyvis_ours" in v:
            rijen.append(
                (
                    f"2,000 partners: html ≥ {DOEL_PYVIS:.0f}x faster than naive pyvis",
                    f"{v['pyvis_ours']:.1f}x",
                    v["pyvis_ours"] >= DOEL_PYVIS,
                )
            )
        rijen.append(
            (
                f"2,000 partners: html within {DOEL_VLOER:.0f}x of the JSON floor",
                f"{v['ours_vloer']:.1f}x",
                v["ours_vloer"] <= DOEL_VLOER,
            )
        )
    r50 = next(r for r in uit["stappen"] if r["partners"] == 50)
    rijen.append(
        (
            "50 partners: full rerun (validate, balance, analysis, html; layout stored) < 30 ms",
            ms(r50["rerun"]),
            r50["rerun"] < DOEL_RERUN,
        )
    )
    if uit.get("balans_10k"):
        b = uit["balans_10k"]
        rijen.append(
            (
                f"{b['partners']:,} partners / {b['stromen']:,} stromen: balans < 200 ms",
                ms(b["tijd"]),
                b["tijd"] < DOEL_BALANS,
            )
        )
    g = uit["groei"]
    rijen.append(
        (
            "500 partners + 1: new layout < 100 ms, the others unmoved",
            f"{ms(g['tijd'])}, unmoved: {'yes' if g['onbewogen'] else 'NO'}",
            g["tijd"] < DOEL_GROEI and g["onbewogen"],
        )
    )
    b = uit.get("browser")
    if b and "fout" not in b:
        r2k = next(r for r in b["rijen"] if r["partners"] == 2_000)
        stil = statistics.median(x["stil"] for x in r2k["metingen"])
        rijen.append(
            ("2,000 partners: map drawn and still ≤ 3 s", f"{stil:.2f} s", stil <= DOEL_BROWSER)
        )
        if "fout" in b["geheugen"]:
            rijen.append(("2,000 partners: app peak RSS < 400 MB", b["geheugen"]["fout"], None))
        else:
            piek = b["geheugen"]["VmHWM"]
            rijen.append(
                ("2,000 partners: app peak RSS < 400 MB", f"{piek:.0f} MB", piek < DOEL_RSS)
            )
    elif b:
        rijen.append(("2,000 partners: map drawn and still ≤ 3 s", b["fout"], None))
    if naast_2k is not None and len(naast_2k["rondes"]) >= 3:
        v = verhoudingen(naast_2k)
        spreiding = [v[k] for k in ("pyvis_ours_spreiding", "ours_vloer_spreiding") if k in v]
        rijen.append(
            (
                "reproducible: the 2,000-partner ratios of 3 rounds within 20% (max/min − 1)",
                " / ".join(f"{x:.0%}" for x in spreiding),
                max(spreiding) <= DOEL_SPREIDING,
            )
        )
    kop = "| target | measured | met |\n|---|---:|:---:|\n"
    tekst_ = kop + "".join(
        f"| {doel} | {waarde} | {'n/a' if ok is None else 'met' if ok else '**not met**'} |\n"
        for doel, waarde, ok in rijen
    )
    gaten = [doel for doel, _, ok in rijen if ok is False]
    return tekst_, gaten


def rapport(uit: dict) -> str:
    delen = [
        f"Load average before / after the run: {uit['last_voor']} / {uit['last_na']}; "
        f"cache: {uit['cache']}; benchmark wall time {uit['duur']:.0f} s.\n"
    ]
    delen.append("\n**Targets**\n\n")
    doeltabel, gaten = doelen(uit)
    delen.append(doeltabel)
    if gaten:
        delen.append("\n" + "".join(f"- {doel}. Gap: ...\n" for doel in gaten))
    delen.append("\n**Stages in process** (medians)\n\n")
    delen.append(tabel_stappen(uit["stappen"]))
    delen.append(
        "\n**Side by side on the same graph** (CPU time; each round a fresh process, the "
        "median of its repeats taken in turns; then the median of the rounds; ratios: "
        "median of the rounds' ratios, min–max over "
        f"{len(uit['naast'][0]['rondes'])} rounds)\n\n"
    )
    delen.append(tabel_naast(uit["naast"], uit.get("schatting"), uit.get("n_schatting")))
    if len(uit["naast"][0]["rondes"]) > 1:
        delen.append("\nThe rounds (CPU time, wall time in brackets):\n\n")
        delen.append(tabel_rondes(uit["naast"]))
    r = uit["naast"][-1]
    delen.append(
        f"\nNode and edge records: {uit['naast'][0]['bron']}. At {r['partners']:,} partners "
        f"the page is {r['html_kb']:,.0f} KB (vis-network inlined), the floor's JSON "
        f"{r['vloer_kb']:,.0f} KB.\n"
    )
    g = uit["groei"]
    delen.append(
        f"\n**Layout growth**: 500 laid-out partners + 1 new partner with two stromen: "
        f"`layout.posities` {ms(g['tijd'])} (median of 21); all {g['oud']} old nodes kept their "
        f"exact place: {'yes' if g['onbewogen'] else 'NO'}; the new one at "
        f"({g['plek'][0]:.0f}, {g['plek'][1]:.0f}), {g['dichtst']:.0f} px from its nearest "
        f"neighbour.\n"
    )
    if uit.get("balans_10k"):
        b = uit["balans_10k"]
        delen.append(
            f"\n**Balance at scale**: `balans.balans` on {b['partners']:,} partners and "
            f"{b['stromen']:,} stromen: {ms(b['tijd'])} (median of 9).\n"
        )
    if uit.get("browser"):
        delen.append(
            "\n**Browser** (headless Chromium, 1280×900, fresh context per navigation)\n\n"
        )
        delen.append(tabel_browser(uit["browser"]))
    return "".join(delen)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--schrijf", action="store_true", help="update docs/benchmarks.md")
    parser.add_argument(
        "--snel", action="store_true", help="no browser, memory or 10,000; one round"
    )
    parser.add_argument("--rondes", type=int, default=RONDES, help="rounds of the ratio run")
    parser.add_argument("--ronde", type=int, help=argparse.SUPPRESS)  # one round, JSON out
    parser.add_argument("--zonder-pyvis", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.ronde:
        print(json.dumps(ronde(args.ronde, pyvis_draaien=not args.zonder_pyvis)))
        return
    if args.schrijf and args.snel:
        parser.error("--schrijf writes only a full run; leave out --snel")
    begin = time.perf_counter()
    uit: dict[str, Any] = {"last_voor": last()}
    uit["cache"] = cache_legen()
    groottes = [n for n in GROOTTES if not (args.snel and n > 2_000)]
    uit["stappen"] = []
    for n in groottes:
        log(f"stages: {n:,} partners")
        uit["stappen"].append(stappen(n))
    rondes = 1 if args.snel else args.rondes
    uit["naast"] = []
    for n in NAAST:
        uit["naast"].append(naast(n, rondes))
    if not args.snel:
        log("side by side 10,000 partners: ours and the floor only")
        uit["naast"].append(naast(10_000, 1, pyvis_draaien=False))
        uit["n_schatting"] = 10_000
        uit["schatting"] = extrapoleer(uit["naast"][: len(NAAST)], 10_000)
    log("layout growth")
    uit["groei"] = groei()
    if not args.snel:
        log("balance at 10,000")
        uit["balans_10k"] = balans_10k()
        uit["browser"] = browser_meting()
    uit["last_na"] = last()
    uit["duur"] = time.perf_counter() - begin
    tekst_ = rapport(uit)
    print(machine())
    print(tekst_)
    if args.schrijf:
        vervang_blok("bench.schaal", tekst_)


if __name__ == "__main__":
    main()
