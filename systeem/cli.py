"""The command-line interface: ``python -m systeem``.

Commands::

    python -m systeem analyse PAD... [--json] [--drempel T] [--taal nl|en]
                                     [--sla-slechte-rijen-over]
    python -m systeem exporteer IN... UIT [--formaat json|excel|csv|kumu|gexf|graphml|html]
                                          [--sla-slechte-rijen-over]

``analyse`` prints the balance per partner and the signalen: a readable Dutch table by
default, or with ``--json`` exactly the dict of :func:`systeem.analyses.analyse.analyse`.
``exporteer`` converts: it reads IN (.json (ours or a Kumu JSON export), .xlsx (ours or
Kumu's), .zip of CSV files (ours or Kumu's), one of Kumu's sheets as .csv) and writes
UIT in the format its extension names (.json normalised, .xlsx, .zip, .gexf, .graphml,
.html the offline hand-out) or ``--formaat`` gives (``kumu`` for Kumu's spreadsheet
layout).  What a Kumu file could not carry over is listed on stderr.

PAD and IN are one file, or Kumu's CSV files together (elements and connections:
``exporteer elements.csv connections.csv kaart.json``).  A Kumu file with rows that
cannot be read is refused with every such row listed (sheet, row, column); with
``--sla-slechte-rijen-over`` those rows are left out, listed on stderr, and the rest is
read.

Exit status: 0 on success; 2 on invalid input (a file that holds no valid kaart, or
wrong arguments), with the problem list on stderr in the language of ``--taal``; 1 for
anything else (such as a file that cannot be written).  No traceback is ever printed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

import pandas as pd

from systeem import bestanden
from systeem.analyses import balans
from systeem.analyses.analyse import analyse
from systeem.model.validatie import KaartFout
from systeem.teksten import TALEN, tekst

OK, ANDERE_FOUT, ONGELDIGE_INVOER = 0, 1, 2

#: The flag that reads a Kumu file without the rows that cannot be read.
SLA_OVER = "--sla-slechte-rijen-over"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI with ``argv`` (default ``sys.argv[1:]``) and return the exit status."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # argparse has printed its (usage) message
        return int(stop.code or 0)
    taal = args.taal
    try:
        return args.uitvoeren(args)
    except KaartFout as fout:
        print(fout.melding(taal), file=sys.stderr)
        from systeem.bestanden.kumu import KumuRijfouten

        if isinstance(fout, KumuRijfouten):
            print(tekst("cli.sla_over", taal, vlag=SLA_OVER), file=sys.stderr)
        return ONGELDIGE_INVOER
    except (OSError, ValueError) as fout:
        print(tekst("cli.fout", taal, fout=_in_taal(fout, taal)), file=sys.stderr)
        return ANDERE_FOUT
    except Exception as fout:  # noqa: BLE001 - the promise is: never a traceback
        soort = type(fout).__name__
        print(tekst("cli.onverwacht", taal, soort=soort, fout=fout), file=sys.stderr)
        return ANDERE_FOUT


def _in_taal(fout: Exception, taal: str) -> str:
    """An error's message in ``taal`` when it can say it in more than one language."""
    in_taal = getattr(fout, "in_taal", None)
    return in_taal(taal) if callable(in_taal) else str(fout)


def _analyse(args: argparse.Namespace) -> int:
    ingelezen = _lees(args)
    uitkomst = analyse(ingelezen.kaart, args.drempel, args.taal)
    if args.json:
        # Indented for a person at a terminal; compact (and much faster) in a pipe.
        inspringen = 2 if sys.stdout.isatty() else None
        print(json.dumps(uitkomst, ensure_ascii=False, indent=inspringen))
    else:
        print(_tabel(uitkomst, args.taal))
    return OK


def _exporteer(args: argparse.Namespace) -> int:
    ingelezen = _lees(args)
    for notitie in ingelezen.notities_in(args.taal):
        print(tekst("cli.let_op", args.taal, notitie=notitie), file=sys.stderr)
    pad = bestanden.schrijf(ingelezen.kaart, args.uit, args.formaat, args.taal)
    print(tekst("cli.geschreven", args.taal, pad=pad), file=sys.stderr)
    return OK


def _lees(args: argparse.Namespace) -> bestanden.Import:
    """Read the input file(s); the rows left out (with the flag) are listed on stderr."""
    ingelezen = bestanden.importeer_paden(args.pad, sla_over=args.sla_over)
    for rij in ingelezen.overgeslagen_in(args.taal):
        print(tekst("cli.overgeslagen", args.taal, rij=rij), file=sys.stderr)
    return ingelezen


def _tabel(uitkomst: dict, taal: str) -> str:
    """The analysis as a readable table with Dutch decimal commas, then the signals."""
    partners = pd.DataFrame(
        uitkomst["partners"], columns=["naam", "brengen", "halen", "balans", "klasse"]
    )
    komma = "," if taal == "nl" else "."
    balans_tekst = (
        partners["balans"].astype("float64").map("{:+.2f}".format).str.replace(".", komma)
    )
    kolommen = {
        "cli.partner": (partners["naam"], str.ljust),
        "cli.brengen": (partners["brengen"].astype(str), str.rjust),
        "cli.halen": (partners["halen"].astype(str), str.rjust),
        "cli.balans": (balans_tekst.where(partners["balans"].notna(), "–"), str.rjust),
        "cli.klasse": (
            partners["klasse"].map({k: tekst(f"klasse.{k}", taal) for k in balans.KLASSEN}),
            str.ljust,
        ),
    }
    regels = pd.Series([""] * (len(partners) + 1))
    for sleutel, (waarden, uitlijnen) in kolommen.items():
        cellen = pd.concat([pd.Series([tekst(sleutel, taal)]), waarden], ignore_index=True)
        breedte = int(cellen.str.len().max())
        cellen = cellen.str.ljust(breedte) if uitlijnen is str.ljust else cellen.str.rjust(breedte)
        regels = regels + cellen + "  "
    drempel = f"{uitkomst['drempel']:.2f}".replace(".", komma)
    uit = [uitkomst["titel"], f"{tekst('cli.drempel', taal)}: {drempel}", ""]
    uit += regels.str.rstrip().tolist()
    uit += ["", f"{tekst('cli.signalen', taal)}:"]
    uit += [f"- {s['tekst']}" for s in uitkomst["signalen"]] or [tekst("cli.geen_signalen", taal)]
    return "\n".join(uit)


def _drempel(waarde: str) -> float:
    try:
        getal = float(waarde.replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(f"geen getal: {waarde!r}") from None
    if not 0 < getal <= 1:
        raise argparse.ArgumentTypeError(f"moet groter dan 0 en hoogstens 1 zijn, niet {waarde}")
    return getal


class _Parser(argparse.ArgumentParser):
    """argparse with its fixed English phrases in Dutch."""

    def error(self, message: str) -> None:  # type: ignore[override]
        message = (
            message.replace("the following arguments are required", "deze argumenten ontbreken")
            .replace("unrecognized arguments", "onbekende argumenten")
            .replace("invalid choice", "ongeldige keuze")
            .replace("argument ", "argument ")
            .replace("choose from", "kies uit")
        )
        self.print_usage(sys.stderr)
        self.exit(ONGELDIGE_INVOER, f"{self.prog}: fout: {message}\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="python -m systeem",
        description="Systeemkaart: analyseer en exporteer kaarten van samenwerkingsverbanden.",
    )
    sub = parser.add_subparsers(
        dest="commando", required=True, parser_class=_Parser, metavar="COMMANDO"
    )

    ana = sub.add_parser("analyse", help="balans per partner en signalen")
    ana.add_argument(
        "pad",
        metavar="PAD",
        nargs="+",
        help="het kaartbestand: .json, .xlsx, .zip (CSV) of .csv (ook Kumu); of Kumu's "
        "CSV-bestanden samen (elementen en verbindingen)",
    )
    ana.add_argument("--json", action="store_true", help="uitvoer als JSON")
    ana.add_argument(
        "--drempel",
        type=_drempel,
        default=balans.DREMPEL,
        metavar="T",
        help="drempel voor uit balans, tussen 0 en 1 (standaard 1/3)",
    )
    ana.add_argument("--taal", choices=TALEN, default="nl", help="taal van de teksten")
    _sla_over(ana)
    ana.set_defaults(uitvoeren=_analyse)

    exp = sub.add_parser("exporteer", help="schrijf de kaart in een ander formaat")
    exp.add_argument(
        "pad",
        metavar="IN",
        nargs="+",
        help="het kaartbestand: .json, .xlsx, .zip (CSV) of .csv (ook Kumu); of Kumu's "
        "CSV-bestanden samen (elementen en verbindingen)",
    )
    exp.add_argument(
        "uit",
        metavar="UIT",
        help="het doelbestand: .json, .xlsx, .zip, .gexf, .graphml of .html (hand-out)",
    )
    exp.add_argument(
        "--formaat",
        choices=[*bestanden.FORMATEN, *bestanden.ALIASSEN],
        default=None,
        help="het formaat van UIT (standaard: volgens de extensie; kumu voor Kumu)",
    )
    exp.add_argument("--taal", choices=TALEN, default="nl", help="taal van de meldingen")
    _sla_over(exp)
    exp.set_defaults(uitvoeren=_exporteer)
    return parser


def _sla_over(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        SLA_OVER,
        dest="sla_over",
        action="store_true",
        help="lees een Kumu-bestand zonder de rijen die niet te lezen zijn (die worden "
        "genoemd); zonder deze optie wordt het hele bestand geweigerd",
    )
