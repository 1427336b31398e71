"""Benchmark of the app's render path: what one rerun of the Kaart page costs.

    .venv/bin/python -m bench.weergave            # 50, 500 and 2,000 partners
    .venv/bin/python -m bench.weergave --schrijf  # ... and update docs/benchmarks.md

Per size, warm (assets read, imports done), the median of repeated runs of:
validate (dict -> kaart), balance + signals (``analyse``), the map data
(``weergave.vis_data``), the standalone page (``weergave.html``), and the sum of
validate + analyse + html: the work of a full rerun, with the layout already stored.
"""

from __future__ import annotations

import argparse

from bench.analyse import machine, mediaan, vervang_blok
from bench.genereer import kaart_doc
from systeem import layout, weergave
from systeem.analyse import analyse
from systeem.validatie import valideer

GROOTTES = (50, 500, 2_000)


def meet(n: int) -> dict:
    doc = layout.met_posities(valideer(kaart_doc(n))).naar_dict()  # positions stored
    kaart = valideer(doc)
    weergave.html(kaart)  # warm: vis-network read once per process
    herhaal = 21 if n <= 500 else 7
    stappen = {
        "valideren": lambda: valideer(doc),
        "analyse": lambda: analyse(kaart),
        "vis_data": lambda: weergave.vis_data(kaart),
        "html": lambda: weergave.html(kaart),
    }
    uit = {"partners": n, **{k: mediaan(f, herhaal) for k, f in stappen.items()}}
    uit["rerun"] = mediaan(lambda: (valideer(doc), analyse(kaart), weergave.html(kaart)), herhaal)
    return uit


def tabel(rijen: list[dict]) -> str:
    ms = lambda s: f"{s * 1000:.1f} ms"  # noqa: E731
    kop = "| partners | valideren | analyse | vis_data | html | rerun (valideren + analyse + html) |\n"
    kop += "|---:|---:|---:|---:|---:|---:|\n"
    return kop + "".join(
        f"| {r['partners']:,} | {ms(r['valideren'])} | {ms(r['analyse'])} | {ms(r['vis_data'])} "
        f"| {ms(r['html'])} | {ms(r['rerun'])} |\n"
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
