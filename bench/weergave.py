"""Benchmark of the app's render path: what one rerun of the Kaart page costs.

    .venv/bin/python -m bench.weergave            # 50, 500 and 2,000 partners
    .venv/bin/python -m bench.weergave --schrijf  # ... and update docs/benchmarks.md

Per size, warm (assets read, imports done), the median of repeated runs of:
validate (dict -> kaart), balance + signals (``analyse``), the map data as records
(``vis_data`` of ``tests/weergave_hulp.py``: ``weergave.vis_kolommen`` expanded), the
standalone page (``weergave.html``: the map column by column, in readable mode above
``weergave.GROOT`` partners, so at 500 and 2,000), the same page with the readable mode
off, and the sum of validate + analyse + html: the work of a full rerun, with the layout
already stored.  Every repeat gets a freshly validated kaart and an emptied core cache
(``systeem.model.geheugen``, when present), so each figure is real work, not a cache hit.

The JSON floor is ``json.dumps(json_vloer(kaart))`` (``tests/weergave_hulp.py``): the
plain node and edge records a pyvis-style page would embed (building them is not timed).
``html / vloer`` is the median over the repeats of html's time divided by the floor's,
both timed in the same repeat, so a busy machine slows both alike.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from typing import Any

from bench.analyse import machine, vervang_blok
from systeem import weergave
from systeem.analyses.analyse import analyse
from systeem.model.validatie import valideer
from systeem.weergave import layout
from tests.kaartgenerator import kaart_doc
from tests.weergave_hulp import json_vloer, vis_data

GROOTTES = (50, 500, 2_000)


def _cache_legen() -> None:
    try:
        from systeem.model import geheugen
    except ImportError:  # no core cache
        return
    wis = getattr(geheugen, "wis", None)
    if callable(wis):
        wis()


def _vers(doc: dict) -> Any:
    _cache_legen()
    kaart = valideer(doc)
    _cache_legen()
    return kaart


def _tijd(functie: Callable[[], Any]) -> float:
    begin = time.perf_counter()
    functie()
    return time.perf_counter() - begin


def meet(n: int) -> dict:
    doc = layout.met_posities(valideer(kaart_doc(n))).naar_dict()  # positions stored
    weergave.html(valideer(doc))  # warm: vis-network read once per process
    herhaal = 21 if n <= 500 else 9
    stappen: dict[str, Callable[[Any], Any]] = {
        "valideren": lambda _: valideer(doc),
        "analyse": analyse,
        "vis_data": vis_data,
        "html": weergave.html,
        "html_niet_leesbaar": lambda k: weergave.html(k, leesbaar=False),
        "rerun": lambda k: (valideer(doc), analyse(k), weergave.html(k)),
    }
    tijden: dict[str, list[float]] = {k: [] for k in [*stappen, "vloer", "verhouding"]}
    for _ in range(herhaal):
        for naam, stap in stappen.items():
            kaart = _vers(doc)
            tijden[naam].append(_tijd(lambda: stap(kaart)))  # noqa: B023 - called at once
        vloer = json_vloer(_vers(doc))
        tijden["vloer"].append(_tijd(lambda: json.dumps(vloer)))  # noqa: B023
        tijden["verhouding"].append(tijden["html"][-1] / tijden["vloer"][-1])
    uit: dict[str, Any] = {"partners": n}
    uit |= {naam: statistics.median(waarden) for naam, waarden in tijden.items()}
    uit["leesbaar"] = weergave.leesbare_modus(valideer(doc))
    return uit


def tabel(rijen: list[dict]) -> str:
    ms = lambda s: f"{s * 1000:.1f} ms"  # noqa: E731
    kop = (
        "| partners | valideren | analyse | vis_data | html | html, leesbaar uit "
        "| JSON-vloer | html / vloer | rerun (valideren + analyse + html) |\n"
    )
    kop += "|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n"
    return kop + "".join(
        f"| {r['partners']:,}{' (leesbaar)' if r['leesbaar'] else ''} | {ms(r['valideren'])} "
        f"| {ms(r['analyse'])} | {ms(r['vis_data'])} | {ms(r['html'])} "
        f"| {ms(r['html_niet_leesbaar'])} | {ms(r['vloer'])} | {r['verhouding']:.2f} "
        f"| {ms(r['rerun'])} |\n"
        for r in rijen
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--schrijf", action="store_true", help="update docs/benchmarks.md")
    args = parser.parse_args()
    rijen = [meet(n) for n in GROOTTES]
    print(machine())
    print(tabel(rijen))
    if args.schrijf:
        vervang_blok("bench.weergave", tabel(rijen))


if __name__ == "__main__":
    main()
