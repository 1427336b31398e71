"""The ``systeemkaart`` command (also ``python -m systeemkaart``): serve the app, or run the CLI.

::

    systeemkaart                        serve the app at http://127.0.0.1:8501
    systeemkaart --server.port 8600     options for ``streamlit run`` pass through
    systeemkaart analyse kaart.json     the command-line interface (:mod:`systeem.cli`)
    systeemkaart exporteer kaart.json kaart.xlsx

A first argument that does not start with ``-`` is a CLI command; otherwise the app is
served: ``streamlit run`` on this package's ``app.py``, on loopback only
(``--server.address=127.0.0.1``; an address given on the command line comes later and
wins).  Streamlit reads the app's settings (no usage statistics, the upload limit, no
error details in the browser, the theme) from ``.streamlit/config.toml`` beside that
script, so they hold in a checkout and in an installed wheel alike, whatever the
working folder.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

#: The app's script, served by ``streamlit run``.
APP = Path(__file__).resolve().parent / "app.py"

#: Serve on this machine only: the app has no login.
ADRES = "127.0.0.1"

HULP = """\
systeemkaart [OPTIES]              serveer de app op http://127.0.0.1:8501
                                   (OPTIES gaan naar `streamlit run`, zoals --server.port 8600)
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
    from streamlit.web import cli as streamlit_cli

    opdracht = streamlit_opdracht(opties)
    sys.argv = opdracht  # Streamlit reads its own command line back from sys.argv
    try:
        streamlit_cli.main(args=opdracht[1:], prog_name=opdracht[0])
    except SystemExit as stop:  # click ends every command with SystemExit
        return stop.code if isinstance(stop.code, int) else int(stop.code is not None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
