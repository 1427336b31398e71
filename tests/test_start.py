"""The README's first command (``bash scripts/start.sh``) serves one person: it listens on
this machine's loopback address only, so a laptop on a café or conference wifi does not
serve its owner's kaarten to the room.  The test asks the system which addresses the
server listens on (``/proc/net/tcp`` and ``tcp6``), not the server itself.

A werksessie (``bash scripts/start.sh --werksessie``, or ``SYSTEEMKAART_WERKSESSIE=1``) is
the one opt-in to the local network: it listens on every IPv4 interface and prints the
participants' link and the trainer's link with the store's trainer key.

Offline, in both modes: the server contacts nothing off this machine while it starts and
serves the page.  A ``sitecustomize`` module on the server's ``PYTHONPATH`` notes every
``connect``, ``connect_ex``, ``sendto``, ``create_connection`` and name lookup that is not
for this machine (pip, which the start script runs first when something is missing to
install, is left out: that is the setup, not the server).  (Without ``--browser.serverAddress`` a werksessie's Streamlit would note
its UDP ``connect`` to 8.8.8.8 there, checked by hand.)  The tests connect to loopback only."""

from __future__ import annotations

import doctest
import ipaddress
import os
import re
import sys
import time
import urllib.request
from pathlib import Path

import pytest

import systeemkaart.__main__ as startcommando
from systeem.opslag import Opslag
from tests.browser.server import start_server, stop_server

pytestmark = pytest.mark.skipif(
    sys.platform != "linux", reason="reads the listening sockets from Linux's /proc/net"
)


def test_de_standaardstart_luistert_alleen_op_loopback(tmp_path):
    start = _start(tmp_path, ("bash", "scripts/start.sh"), {})
    adressen = start["adressen"]
    assert adressen, f"nothing listens on port {start['poort']}"
    assert all(a.is_loopback for a in adressen), adressen
    assert start["buiten"] == ""


@pytest.mark.parametrize(
    ("opdracht", "omgeving"),
    [
        (("bash", "scripts/start.sh", "--werksessie"), {}),
        (("bash", "scripts/start.sh"), {"SYSTEEMKAART_WERKSESSIE": "1"}),
    ],
    ids=["optie", "omgeving"],
)
def test_de_werksessie_luistert_op_het_netwerk_en_geeft_de_links(tmp_path, opdracht, omgeving):
    db = tmp_path / "kaarten.db"
    start = _start(tmp_path, opdracht, {"SYSTEEMKAART_ADRES": "127.0.0.1", **omgeving})
    poort, uitvoer = start["poort"], start["uitvoer"]
    assert start["adressen"] == {ipaddress.ip_address("0.0.0.0")}
    assert f"http://127.0.0.1:{poort}/\n" in uitvoer, uitvoer
    trainer = re.search(rf"http://127\.0\.0\.1:{poort}/werksessie\?trainer=(\S+)", uitvoer)
    assert trainer, uitvoer
    assert trainer.group(1) == Opslag(db).trainersleutel()
    assert "ziet alle kaarten" in uitvoer and "sees everyone's maps" in uitvoer
    assert "alleen deze computer" in uitvoer  # 127.0.0.1 reaches no one else, and it says so
    assert start["buiten"] == ""


def test_de_voorbeelden_van_het_startcommando_kloppen():
    # pytest's --doctest-modules leaves __main__.py out
    assert doctest.testmod(startcommando).failed == 0


#: Loaded by every Python the server's start runs: notes each request off this machine.
SITECUSTOMIZE = """\
import ipaddress, os, socket

_LOG = os.environ["SYSTEEMKAART_NETWERKLOG"]
open(_LOG + ".geladen", "a").close()


def _buiten(adres):
    if not isinstance(adres, tuple) or not adres:
        return False  # a Unix socket's path
    host = adres[0].decode() if isinstance(adres[0], bytes) else str(adres[0])
    if host in ("", "localhost"):
        return False
    try:
        return not ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return True  # a name to look up


def _installeert():
    # The start script installs what is missing first; pip may reach the package index,
    # which is the setup, not the server.
    import sys
    return "pip" in os.path.normpath(sys.argv[0] if sys.argv else "").split(os.sep)


def _noteer(hoe, adres):
    if _buiten(adres) and not _installeert():
        with open(_LOG, "a") as log:
            log.write(f"{os.getpid()} {hoe} {adres!r}\\n")


def _methode(naam):
    origineel = getattr(socket.socket, naam)

    def gewikkeld(self, *args, **kwargs):
        if args:
            _noteer(naam, args[-1])
        return origineel(self, *args, **kwargs)

    setattr(socket.socket, naam, gewikkeld)


def _functie(naam):
    origineel = getattr(socket, naam)

    def gewikkeld(host, *args, **kwargs):
        _noteer(naam, (host,) if naam == "getaddrinfo" else host)
        return origineel(host, *args, **kwargs)

    setattr(socket, naam, gewikkeld)


for _naam in ("connect", "connect_ex", "sendto"):
    _methode(_naam)
for _naam in ("create_connection", "getaddrinfo"):
    _functie(_naam)
"""


def _start(tmp_path: Path, opdracht: tuple[str, ...], omgeving: dict[str, str]) -> dict:
    """Start ``opdracht`` with its store in ``tmp_path`` and the network noted, fetch the
    page once, let it settle, stop it; return the port, the listening addresses, the
    output and the requests off this machine (one per line)."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(SITECUSTOMIZE)
    log = tmp_path / "netwerk.log"
    pythonpad = os.pathsep.join(p for p in (str(site), os.environ.get("PYTHONPATH")) if p)
    proces, url = start_server(
        omgeving={
            "SYSTEEMKAART_DB": str(tmp_path / "kaarten.db"),
            "SYSTEEMKAART_NETWERKLOG": str(log),
            "PYTHONPATH": pythonpad,
            **omgeving,
        },
        logmap=tmp_path,
        opdracht=opdracht,
        adres=None,
    )
    try:
        poort = int(url.rsplit(":", 1)[1])
        adressen = _luisterend(poort)
        assert urllib.request.urlopen(url + "/_stcore/health", timeout=5).read() == b"ok"
        assert b"<html" in urllib.request.urlopen(url + "/", timeout=5).read().lower()
        time.sleep(3)
    finally:
        stop_server(proces)
    assert Path(str(log) + ".geladen").exists(), "the network check did not load"
    return {
        "poort": poort,
        "adressen": adressen,
        "uitvoer": (tmp_path / f"server-{poort}.log").read_text(),
        "buiten": log.read_text() if log.exists() else "",
    }


def test_de_instellingen_van_checkout_en_pakket_zeggen_loopback():
    for pad in (".streamlit/config.toml", "systeemkaart/.streamlit/config.toml"):
        tekst = (Path(__file__).resolve().parents[1] / pad).read_text()
        assert 'address = "127.0.0.1"' in tekst, pad


def _luisterend(poort: int) -> set[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    """The local addresses of the sockets in state LISTEN on ``poort`` (TCP, IPv4 and IPv6)."""
    adressen = set()
    for naam in ("tcp", "tcp6"):
        pad = Path("/proc/net") / naam
        if not pad.exists():
            continue
        for regel in pad.read_text().splitlines()[1:]:
            velden = regel.split()
            adres_hex, poort_hex = velden[1].split(":")
            if velden[3] == "0A" and int(poort_hex, 16) == poort:  # 0A: LISTEN
                adressen.add(_adres(adres_hex))
    return adressen


def _adres(adres_hex: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    """An address as /proc/net writes it: 32-bit words in the machine's (little-endian) order."""
    ruw = bytes.fromhex(adres_hex)
    woorden = b"".join(ruw[i : i + 4][::-1] for i in range(0, len(ruw), 4))
    return ipaddress.ip_address(woorden)
