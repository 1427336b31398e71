"""The app served on loopback: ``streamlit run app.py`` on a free 127.0.0.1 port.

The one way the tests and benchmarks start a server: the real-browser tests
(``tests/browser/conftest.py``) and the scale benchmark (``bench/schaal.py``) serve the
checkout, so both measure and test the app started the same way; the package test
(``tests/test_pakket.py``) serves the installed ``systeemkaart`` command the same way.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
#: Where the browser tests keep screenshots, console logs and server logs.
ARTEFACTEN = ROOT / "test-artifacts"
#: The checkout's app, served as ``scripts/start.sh`` serves it.
STREAMLIT_RUN = (sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"))


def start_server(
    omgeving: dict[str, str] | None = None,
    logmap: Path = ARTEFACTEN,
    opdracht: Sequence[str] = STREAMLIT_RUN,
    map_: Path = ROOT,
    adres: str | None = "127.0.0.1",
) -> tuple[subprocess.Popen, str]:
    """Start the app on a free loopback port and wait until it answers; return both.

    ``omgeving`` adds environment variables (``SYSTEEMKAART_DB``, ...); the server's
    output goes to ``logmap/server-<port>.log``.  ``opdracht`` is the command that serves
    the app and takes ``streamlit run``'s options (such as an installed ``systeemkaart``
    command); it runs in the folder ``map_``.  ``adres`` is the address it is told to listen
    on; None tells it none, to test where it listens by default.  Either way the tests
    reach it on 127.0.0.1.
    """
    logmap.mkdir(parents=True, exist_ok=True)
    poort = _vrije_poort()
    log = open(logmap / f"server-{poort}.log", "wb")  # noqa: SIM115 - closed by the OS at exit
    proces = subprocess.Popen(
        [
            *opdracht,
            *([f"--server.address={adres}"] if adres else []),
            f"--server.port={poort}",
            "--server.headless=true",
            "--browser.gatherUsageStats=false",
            "--server.fileWatcherType=none",
        ],
        cwd=map_,
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, **(omgeving or {})},
    )
    url = f"http://127.0.0.1:{poort}"
    for _ in range(600):
        try:
            if urllib.request.urlopen(url + "/_stcore/health", timeout=1).read() == b"ok":
                return proces, url
        except OSError:
            time.sleep(0.1)
        if proces.poll() is not None:
            break
    stop_server(proces)
    raise RuntimeError(f"de app startte niet; zie {log.name}")


def stop_server(proces: subprocess.Popen) -> None:
    """Stop the server: politely, then firmly after 10 s."""
    proces.terminate()
    try:
        proces.wait(10)
    except subprocess.TimeoutExpired:
        proces.kill()
        proces.wait(10)


def _vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
