"""The ``systeemkaart`` command (also ``python -m systeemkaart``): serve the app, or run the CLI.

::

    systeemkaart                        serve the app at http://127.0.0.1:8501
    systeemkaart --server.port 8600     options for ``streamlit run`` pass through
    systeemkaart analyse kaart.json     the command-line interface (:mod:`systeem.cli`)
    systeemkaart exporteer kaart.json kaart.xlsx
    systeemkaart werksessie             a group session: serve the room on the local network

A first argument that does not start with ``-`` is a CLI command; otherwise the app is
served: ``streamlit run`` on this package's ``app.py``, on loopback only
(``--server.address=127.0.0.1``; an address given on the command line comes later and
wins).

``werksessie`` is the one opt-in to the local network (issue 18): it listens on every
IPv4 interface, sets ``SYSTEEMKAART_WERKSESSIE=1`` (the app's roles read it), and prints
the participants' link and the trainer's link (``/werksessie?trainer=<key>``, the store's
:meth:`~systeem.opslag.Opslag.trainersleutel`) with the LAN address of
:mod:`systeemkaart.adres`.  Its Streamlit options are :data:`WERKSESSIE_OPTIES`.  Streamlit reads the app's settings (no usage statistics, the upload limit, no
error details in the browser, the theme) from ``.streamlit/config.toml`` beside that
script, so they hold in a checkout and in an installed wheel alike, whatever the
working folder.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

#: The app's script, served by ``streamlit run``.
APP = Path(__file__).resolve().parent / "app.py"

#: Serve on this machine only: the app has no login.
ADRES = "127.0.0.1"

#: The subcommand that serves a werksessie on the local network.
WERKSESSIE = "werksessie"

#: The environment variable that turns the app's werksessie roles on.
WERKSESSIE_OMGEVING = "SYSTEEMKAART_WERKSESSIE"

#: The port Streamlit serves on when none is given.
STANDAARDPOORT = 8501

#: ``streamlit run``'s options for a werksessie (the reasons: the shared multi-user facts,
#: sections 1, 4 and 8); options given on the command line come after them and win.
WERKSESSIE_OPTIES = (
    # every IPv4 interface, so the room can reach it (an explicit 0.0.0.0 is IPv4 only)
    "--server.address=0.0.0.0",
    # no browser opened on the server, no e-mail prompt
    "--server.headless=true",
    # a click during a run waits for it instead of leaving a thread burning CPU
    "--runner.fastReruns=false",
    # no gc.collect(2) over every session's data after each run (it holds the GIL)
    "--runner.postScriptGC=false",
    # no file watcher per session, no "source changed" prompts in class
    "--server.fileWatcherType=none",
    # never phone home
    "--browser.gatherUsageStats=false",
)

HULP = """\
systeemkaart [OPTIES]              serveer de app op http://127.0.0.1:8501
                                   (OPTIES gaan naar `streamlit run`, zoals --server.port 8600)
systeemkaart werksessie [OPTIES]   werksessie: serveer de groep op het lokale netwerk
                                   (group session on the local network; prints the links)
systeemkaart analyse PAD...        balans per partner en signalen (systeemkaart analyse -h)
systeemkaart exporteer IN... UIT   omzetten naar een ander formaat (systeemkaart exporteer -h)
"""


def streamlit_opdracht(opties: Sequence[str] = ()) -> list[str]:
    """Return the ``streamlit`` command line that serves the app with ``opties`` added.

    Parameters
    ----------
    opties : options for ``streamlit run`` (``--server.port 8600``, ...); they come after
        this module's own, so a given ``--server.address`` wins.

    Example
    -------
    >>> opdracht = streamlit_opdracht(["--server.port", "8600"])
    >>> opdracht[:2], Path(opdracht[2]).name, opdracht[3:]
    (['streamlit', 'run'], 'app.py', ['--server.address=127.0.0.1', '--server.port', '8600'])
    """
    return ["streamlit", "run", str(APP), f"--server.address={ADRES}", *opties]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``systeemkaart`` command with ``argv`` (default ``sys.argv[1:]``).

    Returns the CLI's exit status; serving the app returns when the server stops.

    Example
    -------
    >>> main(["--help"])  # doctest: +ELLIPSIS
    systeemkaart [OPTIES] ...
    0
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] in (["-h"], ["--help"]):
        print(HULP, end="")
        return 0
    if argv[:1] == [WERKSESSIE]:
        return werksessie(argv[1:])
    if argv and not argv[0].startswith("-"):
        from systeem import cli

        return cli.main(argv)
    return serveer(argv)


def serveer(opties: Sequence[str] = ()) -> int:
    """Serve the app in this process with Streamlit until it is stopped (Ctrl+C).

    Parameters
    ----------
    opties : options for ``streamlit run``, see :func:`streamlit_opdracht`.
    """
    return _streamlit(streamlit_opdracht(opties))


def werksessie_opdracht(adres: str, opties: Sequence[str] = ()) -> list[str]:
    """Return the ``streamlit`` command line that serves a werksessie, ``opties`` added.

    Parameters
    ----------
    adres : the address to print and to put in links (``--browser.serverAddress``); given,
        Streamlit skips its own guess, a UDP ``connect`` to 8.8.8.8 and a request to
        checkip.amazonaws.com, so the server starts without contacting the internet.
    opties : options for ``streamlit run``; they come last, so they win.

    Example
    -------
    >>> opdracht = werksessie_opdracht("192.168.1.20", ["--server.port", "8600"])
    >>> opdracht[3], opdracht[4], opdracht[-2:]
    ('--server.address=0.0.0.0', '--browser.serverAddress=192.168.1.20', ['--server.port', '8600'])
    """
    return [
        "streamlit",
        "run",
        str(APP),
        WERKSESSIE_OPTIES[0],
        f"--browser.serverAddress={adres}",
        *WERKSESSIE_OPTIES[1:],
        *opties,
    ]


def poort(opties: Sequence[str] = (), omgeving: Mapping[str, str] | None = None) -> int:
    """Return the port Streamlit will serve on: the last ``--server.port`` in ``opties``
    (``--server.port 8600`` or ``--server.port=8600``), else ``$STREAMLIT_SERVER_PORT``,
    else 8501.

    Example
    -------
    >>> poort(["--server.port", "8600"]), poort(["--server.port=8700"], {}), poort([], {})
    (8600, 8700, 8501)
    """
    omgeving = os.environ if omgeving is None else omgeving
    gevonden = omgeving.get("STREAMLIT_SERVER_PORT") or STANDAARDPOORT
    for plek, optie in enumerate(opties):
        if optie.startswith("--server.port="):
            gevonden = optie.split("=", 1)[1]
        elif optie == "--server.port" and plek + 1 < len(opties):
            gevonden = opties[plek + 1]
    try:
        return int(gevonden)
    except ValueError:  # Streamlit itself refuses such a port, with its own message
        return STANDAARDPOORT


def werksessie_tekst(adressen: Sequence[str], poort: int, sleutel: str) -> str:
    """Return what the terminal shows when a werksessie starts (Dutch / English).

    Parameters
    ----------
    adressen : the LAN addresses (:func:`systeemkaart.adres.lan_adressen`), best first;
        the participants' link is given for each, the trainer's for the first.
    poort : the port served on.
    sleutel : the trainer key.

    Example
    -------
    >>> print(werksessie_tekst(["192.168.1.20"], 8501, "abc"))  # doctest: +ELLIPSIS
    Werksessie / Group session
      Deelnemers / Participants:  http://192.168.1.20:8501/
      Trainer:                    http://192.168.1.20:8501/werksessie?trainer=abc
    ...
    """
    from urllib.parse import quote

    basis = [f"http://{adres}:{poort}/" for adres in adressen]
    regels = [
        "Werksessie / Group session",
        f"  Deelnemers / Participants:  {basis[0]}",
        *(f"                              {url}" for url in basis[1:]),
        f"  Trainer:                    {basis[0]}werksessie?trainer={quote(sleutel, safe='')}",
        "  Let op: wie de trainerlink heeft, ziet alle kaarten van iedereen. Deel hem niet.",
        "  Warning: whoever has the trainer link sees everyone's maps. Do not share it.",
    ]
    if all(adres.startswith("127.") or adres == "localhost" for adres in adressen):
        regels += [
            "  Geen adres op het lokale netwerk gevonden: alleen deze computer kan meedoen.",
            "  No local network address found: only this computer can join.",
            "  Zet / Set SYSTEEMKAART_ADRES=<ip> om het adres te kiezen / to choose the address.",
        ]
    if len(adressen) > 1:
        regels += [
            "  Meerdere netwerken: kies het adres van het netwerk van de groep.",
            "  Several networks: use the address of the group's network.",
        ]
    return "\n".join([*regels, "  Stoppen / Stop: Ctrl+C"])


def werksessie(opties: Sequence[str] = ()) -> int:
    """Serve a werksessie on the local network until it is stopped (Ctrl+C).

    Finds the LAN address, reads (or makes) the store's trainer key, sets
    ``SYSTEEMKAART_WERKSESSIE=1`` for the app, prints both links and serves with
    :func:`werksessie_opdracht`.

    Parameters
    ----------
    opties : options for ``streamlit run`` (``--server.port 8600``, ...).
    """
    from systeem.opslag import Opslag
    from systeemkaart.adres import lan_adressen

    adressen = lan_adressen()
    sleutel = Opslag().trainersleutel()
    os.environ[WERKSESSIE_OMGEVING] = "1"
    print(werksessie_tekst(adressen, poort(opties), sleutel), flush=True)
    return _streamlit(werksessie_opdracht(adressen[0], opties))


def _streamlit(opdracht: list[str]) -> int:
    """Run ``opdracht`` (a ``streamlit`` command line) in this process; its exit status."""
    from streamlit.web import cli as streamlit_cli

    sys.argv = opdracht  # Streamlit reads its own command line back from sys.argv
    try:
        streamlit_cli.main(args=opdracht[1:], prog_name=opdracht[0])
    except SystemExit as stop:  # click ends every command with SystemExit
        return stop.code if isinstance(stop.code, int) else int(stop.code is not None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
