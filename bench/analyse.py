"""Benchmark of the core: ``python -m systeem analyse`` on generated kaarten.

    .venv/bin/python -m bench.analyse            # 50, 500, 2,000 and 10,000 partners
    .venv/bin/python -m bench.analyse --schrijf  # ... and update docs/benchmarks.md

Per size it reports the median of several runs of each stage in process (read and
validate, balance, signals with the break test, the whole ``analyse``) and the wall time
of the CLI as a user runs it (a fresh Python process: start-up and imports included).
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from systeem import bestanden
from systeem.analyses import balans, signalen
from systeem.analyses.analyse import analyse
from systeem.model import geheugen
from tests.kaartgenerator import kaart_doc

ROOT = Path(__file__).resolve().parents[1]
GROOTTES = (50, 500, 2_000, 10_000)


def mediaan(functie, herhaal: int) -> float:
    """The median wall time of ``functie`` over ``herhaal`` runs, each with an empty
    content-keyed cache (:mod:`systeem.model.geheugen`), so real work is timed, not cache hits."""
    tijden = []
    for _ in range(herhaal):
        geheugen.wis()
        begin = time.perf_counter()
        functie()
        tijden.append(time.perf_counter() - begin)
    return statistics.median(tijden)


def meet(n: int, map_: Path) -> dict:
    pad = map_ / f"kaart-{n}.json"
    doc = kaart_doc(n)
    pad.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    herhaal = 7 if n <= 2_000 else 3
    kaart = bestanden.lees(pad)
    tabel = balans.balans(kaart)
    cli = []
    for _ in range(3):
        begin = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "systeem", "analyse", str(pad), "--json"],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        cli.append(time.perf_counter() - begin)
    return {
        "partners": n,
        "stromen": len(kaart.stromen),
        "lezen": mediaan(lambda: bestanden.lees(pad), herhaal),
        "balans": mediaan(lambda: balans.balans(kaart), herhaal),
        "signalen": mediaan(lambda: signalen.signalen(kaart, balans_tabel=tabel), herhaal),
        "analyse": mediaan(lambda: analyse(kaart), herhaal),
        "cli": statistics.median(cli),
    }


def tabel(rijen: list[dict]) -> str:
    kop = "| partners | stromen | lezen + valideren | balans | signalen | analyse() | CLI `analyse --json` (wall) |\n"
    kop += "|---:|---:|---:|---:|---:|---:|---:|\n"
    ms = lambda s: f"{s * 1000:,.0f} ms" if s >= 0.01 else f"{s * 1000:.1f} ms"  # noqa: E731
    return kop + "".join(
        f"| {r['partners']:,} | {r['stromen']:,} | {ms(r['lezen'])} | {ms(r['balans'])} | "
        f"{ms(r['signalen'])} | {ms(r['analyse'])} | {r['cli']:.2f} s |\n"
        for r in rijen
    )


def machine() -> str:
    import os

    cpu = platform.processor() or platform.machine()
    try:
        for regel in Path("/proc/cpuinfo").read_text().splitlines():
            if regel.startswith("model name"):
                cpu = regel.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{platform.system()} {platform.release()}, {os.cpu_count()} cores, {cpu}, Python {platform.python_version()}"


def vervang_blok(naam: str, inhoud: str) -> None:
    """Replace the section between ``<!-- naam:begin -->`` and ``<!-- naam:einde -->`` in
    docs/benchmarks.md with ``inhoud``, headed by the date and the machine."""
    doc = ROOT / "docs" / "benchmarks.md"
    tekst = doc.read_text(encoding="utf-8")
    begin, einde = f"<!-- {naam}:begin -->", f"<!-- {naam}:einde -->"
    blok = f"{begin}\nMeasured {date.today().isoformat()} on {machine()}.\n\n{inhoud}{einde}"
    voor, rest = tekst.split(begin, 1)
    doc.write_text(voor + blok + rest.split(einde, 1)[1], encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--schrijf", action="store_true", help="update docs/benchmarks.md")
    parser.add_argument("--grootte", type=int, nargs="*", default=list(GROOTTES))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as map_:
        rijen = [meet(n, Path(map_)) for n in args.grootte]
    print(machine())
    print(tabel(rijen))
    if args.schrijf:
        vervang_blok("bench.analyse", tabel(rijen))


if __name__ == "__main__":
    main()
