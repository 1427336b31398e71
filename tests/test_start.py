"""The README's first command (``bash scripts/start.sh``) serves one person: it listens on
this machine's loopback address only, so a laptop on a café or conference wifi does not
serve its owner's kaarten to the room.  The test asks the system which addresses the
server listens on (``/proc/net/tcp`` and ``tcp6``), not the server itself."""

from __future__ import annotations

import ipaddress
import sys
from pathlib import Path

import pytest

from tests.browser.server import start_server, stop_server

pytestmark = pytest.mark.skipif(
    sys.platform != "linux", reason="reads the listening sockets from Linux's /proc/net"
)


def test_de_standaardstart_luistert_alleen_op_loopback(tmp_path):
    proces, url = start_server(
        omgeving={"SYSTEEMKAART_DB": str(tmp_path / "kaarten.db")},
        logmap=tmp_path,
        opdracht=("bash", "scripts/start.sh"),
        adres=None,
    )
    try:
        poort = int(url.rsplit(":", 1)[1])
        adressen = _luisterend(poort)
    finally:
        stop_server(proces)
    assert adressen, f"nothing listens on port {poort}"
    assert all(a.is_loopback for a in adressen), adressen


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
