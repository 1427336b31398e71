"""Werksessie benchmark: twenty participants editing their own kaart on one server at once.

    .venv/bin/python -m bench.werksessie            # 20 participants, about 2.5 minutes
    .venv/bin/python -m bench.werksessie --schrijf  # ... and rewrite its block in docs/benchmarks.md
    .venv/bin/python -m bench.werksessie --deelnemers 5 --duur 20   # a quick look

A server in werksessie mode on loopback, started as ``systeemkaart werksessie`` starts it
(:func:`tests.lastclient.start_werksessie_server`), with a store in which a werksessie
runs with the default example as starter and the participants have joined.  Every
participant is a raw websocket client (:mod:`tests.lastclient`, all in this one process;
why not browsers: see there): it opens its kaart on the Kaart page, then keeps dropping a
partner at a new place, one edit every few seconds (a pause drawn uniformly from
``--pauze``), as many as fit in ``--duur`` at the mean pause.  Meanwhile each session
reruns the fragments the app runs on a timer (the freeze check), as a browser does.

Measured:

- *edit to map*: from sending a drop to the ``script_finished`` of the run that stored
  it and drew the map again (one run; the client checks the map has the partner at its
  new place), over all edits: median, 95th percentile, maximum;
  the edits whose page run lost its end to Streamlit's race (see
  :class:`tests.lastclient.Sessie`) are counted apart and left out of the figures;
- *open*: the first run of each participant's page, the same way;
- *server CPU*: utime + stime of the server process (``/proc/<pid>/stat``) from the
  moment the participants connect to the end, as seconds and as cores on average;
- *server memory*: ``VmRSS`` before the participants came, and the peak ``VmHWM`` at the
  end (``/proc/<pid>/status``);
- *sent per edit*: the bytes of the messages the server sent for one edit's run;
- *client CPU*: this process's own CPU time over the same span (``time.process_time``),
  separately, since the clients share the machine with the server.

Afterwards the store is checked: every participant's kaart got one new version per edit.
Progress goes to stderr; the table goes to stdout (with ``--schrijf`` also to the
``bench.werksessie`` block of docs/benchmarks.md).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench.analyse import machine, vervang_blok
from systeem.bestanden import voorbeelden
from systeem.opslag import Opslag
from tests.browser.server import stop_server
from tests.lastclient import ZONDER_EINDE, deelnemer, klas, query, start_werksessie_server

#: The targets (issue 18), on this 2-core machine.
DOEL_P95 = 2.0  # seconds, edit to redrawn map
DOEL_RSS = 1.5e9  # bytes, the server's peak
TIK = os.sysconf("SC_CLK_TCK")


def server_cpu(pid: int) -> float:
    """The CPU seconds (user + system) process ``pid`` has used so far."""
    velden = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(velden[11]) + int(velden[12])) / TIK  # fields 14 and 15 of the line


def geheugen(pid: int, veld: str) -> int:
    """``veld`` (``VmRSS``, ``VmHWM``) of process ``pid`` in bytes."""
    for regel in Path(f"/proc/{pid}/status").read_text().splitlines():
        if regel.startswith(veld + ":"):
            return int(regel.split()[1]) * 1024
    raise KeyError(veld)


def kwantiel(waarden: list[float], q: float) -> float:
    """The ``q``-quantile of ``waarden`` (linear between the order statistics).

    >>> kwantiel([1.0, 2.0, 3.0, 4.0, 5.0], 0.5), kwantiel([1.0, 2.0, 3.0, 4.0, 5.0], 0.95)
    (3.0, 4.8)
    """
    if len(waarden) == 1:
        return waarden[0]
    return statistics.quantiles(waarden, n=100, method="inclusive")[round(q * 100) - 1]


def meet(deelnemers: int, duur: float, pauze: tuple[float, float]) -> dict:
    """Run the werksessie load for ``duur`` seconds; return the figures."""
    with tempfile.TemporaryDirectory() as map_:
        db = Path(map_) / "werksessie.db"
        klasgenoten = klas(db, deelnemers, voorbeelden.laad(voorbeelden.STANDAARD))
        opslag = Opslag(db)
        voor = {kid: opslag.werkruimte(t).lees(kid).versie for t, kid in klasgenoten}
        # Edits per participant: what fits in ``duur`` at the mean pause.
        edits = max(1, round(duur / statistics.mean(pauze)))
        proces, url = start_werksessie_server(db)
        try:
            cmd = Path(f"/proc/{proces.pid}/cmdline").read_bytes().split(b"\0")
            assert b"streamlit" in cmd, cmd  # the server itself, not a wrapper
            rss_rust = geheugen(proces.pid, "VmRSS")
            last_voor = os.getloadavg()
            cpu_voor, klant_voor, begin = server_cpu(proces.pid), time.process_time(), time.time()
            print(f"{deelnemers} deelnemers, {edits} edits elk ...", file=sys.stderr)
            resultaten = asyncio.run(_allen(url, klasgenoten, edits, pauze))
            wand = time.time() - begin
            cpu = server_cpu(proces.pid) - cpu_voor
            klant = time.process_time() - klant_voor
            piek = geheugen(proces.pid, "VmHWM")
            last_na = os.getloadavg()
        finally:
            stop_server(proces)
        bewaard = sum(opslag.werkruimte(t).lees(kid).versie - voor[kid] for t, kid in klasgenoten)
    metingen = [m for d in resultaten for m in d.metingen]
    runs = [m.run for m in metingen if m.run.status == 0]
    tijden = [r.seconden for r in runs]
    open_ = [d.eerste.seconden for d in resultaten]
    goed = sum(m.run.status == 0 and m.getekend and not m.run.fouten for m in metingen)
    return {
        "deelnemers": deelnemers,
        "edits": len(metingen),
        "zonder_einde": sum(m.run.status == ZONDER_EINDE for m in metingen),
        "bewaard": bewaard,
        "goed": goed,
        "wand": wand,
        "p50": statistics.median(tijden),
        "p95": kwantiel(tijden, 0.95),
        "max": max(tijden),
        "mb_per_edit": statistics.mean(r.bytes for r in runs) / 1e6,
        "open_p50": statistics.median(open_),
        "open_max": max(open_),
        "cpu": cpu,
        "klant": klant,
        "rss_rust": rss_rust,
        "piek": piek,
        "pauze": pauze,
        "fragmentruns": sum(d.fragmentruns for d in resultaten),
        "last": (last_voor, last_na),
    }


async def _allen(url: str, klasgenoten: list, edits: int, pauze: tuple[float, float]) -> list:
    rng = random.Random(18)
    return await asyncio.gather(
        *(
            deelnemer(url, query(token, kid), nr, edits, pauze, random.Random(rng.random()))
            for nr, (token, kid) in enumerate(klasgenoten)
        )
    )


def tabel(u: dict) -> str:
    """The figures as markdown: the targets, then the measurements."""

    def ja(voldaan: bool) -> str:
        return "met" if voldaan else "not met"

    mb = 1e6
    last = " / ".join(" ".join(f"{x:.2f}" for x in la) for la in u["last"])
    return (
        f"{u['deelnemers']} participants, each an edit every {u['pauze'][0]:g}–{u['pauze'][1]:g} s "
        f"(uniform); {u['edits']} edits in {u['wand']:.0f} s ({u['edits'] / u['wand']:.1f} per s), "
        f"besides {u['fragmentruns']} runs of the freeze check the app runs every few seconds in "
        f"each session; {u['zonder_einde']} edits whose run's end Streamlit dropped (left out of "
        "the times); "
        f"load average before / after: {last}.\n\n"
        "| target | measured | met |\n|---|---:|:---:|\n"
        f"| edit to redrawn map, p95 < {DOEL_P95:g} s | {u['p95']:.2f} s | {ja(u['p95'] < DOEL_P95)} |\n"
        f"| server peak RSS < {DOEL_RSS / 1e9:g} GB | {u['piek'] / mb:.0f} MB | "
        f"{ja(u['piek'] < DOEL_RSS)} |\n\n"
        "| participants | edits (stored / drawn) | edit → map p50 | p95 | max | page open p50 / max "
        "| server CPU | server cores (mean) | server RSS idle → peak | clients' CPU | sent per edit |\n"
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n"
        f"| {u['deelnemers']} | {u['edits']} ({u['bewaard']} / {u['goed']}) | {u['p50']:.2f} s "
        f"| {u['p95']:.2f} s | {u['max']:.2f} s | {u['open_p50']:.2f} / {u['open_max']:.2f} s "
        f"| {u['cpu']:.0f} s | {u['cpu'] / u['wand']:.2f} | {u['rss_rust'] / mb:.0f} → "
        f"{u['piek'] / mb:.0f} MB | {u['klant']:.0f} s ({u['klant'] / u['wand']:.2f} cores) | {u['mb_per_edit']:.2f} MB |\n"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deelnemers", type=int, default=20)
    parser.add_argument("--duur", type=float, default=150.0, help="seconds of editing")
    parser.add_argument("--pauze", type=float, nargs=2, default=(3.0, 7.0), metavar=("MIN", "MAX"))
    parser.add_argument("--schrijf", action="store_true", help="update docs/benchmarks.md")
    args = parser.parse_args()
    uitslag = meet(args.deelnemers, args.duur, tuple(args.pauze))
    print(machine())
    print(tabel(uitslag))
    if args.schrijf:
        vervang_blok("bench.werksessie", tabel(uitslag))


if __name__ == "__main__":
    main()
