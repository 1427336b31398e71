"""The LAN address a werksessie prints (systeemkaart/adres.py), from fake ``ip -j`` output:
the default-route interface first, loopback, link-local and virtual interfaces left out,
the environment's override, psutil only when ``ip`` gives nothing, and 127.0.0.1 last."""

from __future__ import annotations

import json
import socket
import sys
import types
from collections import namedtuple

import pytest

from systeemkaart import adres
from systeemkaart.adres import lan_adressen


def _interface(naam: str, *adressen: tuple[str, str], flags=("BROADCAST", "UP")) -> dict:
    return {
        "ifname": naam,
        "flags": list(flags),
        "addr_info": [
            {"family": "inet", "local": a, "prefixlen": 24, "scope": scope} for a, scope in adressen
        ],
    }


LO = _interface("lo", ("127.0.0.1", "host"), flags=("LOOPBACK", "UP"))
ETH = _interface("eth0", ("192.168.1.20", "global"))
WIFI = _interface("wlp2s0", ("10.0.0.5", "global"))


def _ip(interfaces: list[dict], routes: list[dict] | None = None, roep=None):
    """A fake command runner answering the two ``ip -j`` commands (and noting each call)."""

    def uitvoeren(opdracht):
        if roep is not None:
            roep.append(list(opdracht))
        if opdracht[:3] == ["ip", "-j", "-4"]:
            return json.dumps(interfaces)
        if opdracht[:3] == ["ip", "-j", "route"]:
            return json.dumps(routes or [])
        return None

    return uitvoeren


def test_het_adres_van_de_standaardroute_komt_eerst():
    routes = [{"dst": "default", "gateway": "10.0.0.1", "dev": "wlp2s0", "flags": []}]
    assert lan_adressen(_ip([LO, ETH, WIFI], routes), {}) == ["10.0.0.5", "192.168.1.20"]


def test_de_laagste_metric_wint_bij_twee_standaardroutes():
    routes = [
        {"dst": "default", "dev": "wlp2s0", "metric": 600},
        {"dst": "default", "dev": "eth0", "metric": 100},
    ]
    assert lan_adressen(_ip([WIFI, ETH], routes), {}) == ["192.168.1.20", "10.0.0.5"]


def test_zonder_standaardroute_blijft_de_volgorde_van_ip():
    assert lan_adressen(_ip([LO, WIFI, ETH]), {}) == ["10.0.0.5", "192.168.1.20"]


#: Interfaces of containers, virtual machines and VPNs, with an address each.
VIRTUEEL = {
    "docker0": "172.17.0.1",
    "br-4f2a91": "172.18.0.1",
    "veth12ab": "172.17.0.9",
    "virbr0": "192.168.122.1",
    "vboxnet0": "192.168.56.1",
    "vmnet8": "192.168.200.1",
    "tun0": "10.8.0.2",
    "tap0": "10.9.0.2",
    "wg0": "10.10.0.2",
    "tailscale0": "100.101.102.103",
    "ztabcdef": "10.147.17.5",
}


def test_loopback_link_local_en_virtuele_interfaces_vallen_af():
    interfaces = [
        LO,
        _interface("eth0", ("169.254.7.7", "link"), ("192.168.1.20", "global")),
        _interface("enp3s0", ("169.254.8.8", "global")),  # link-local even if called global
        *(_interface(naam, (ip, "global")) for naam, ip in VIRTUEEL.items()),
        _interface("lo:1", ("127.0.1.1", "host")),
    ]
    routes = [{"dst": "default", "dev": "tun0"}]  # a VPN's default route still gives no link
    assert lan_adressen(_ip(interfaces, routes), {}) == ["192.168.1.20"]


def test_een_interface_met_twee_adressen_geeft_beide():
    eth = _interface("eth0", ("192.168.1.20", "global"), ("192.168.1.21", "global"))
    assert lan_adressen(_ip([eth]), {}) == ["192.168.1.20", "192.168.1.21"]


def test_de_omgeving_wint_en_dan_wordt_ip_niet_gevraagd():
    roep = []
    uit = lan_adressen(_ip([ETH], roep=roep), {"SYSTEEMKAART_ADRES": " 10.1.1.1 ,10.2.2.2 "})
    assert uit == ["10.1.1.1", "10.2.2.2"]
    assert roep == []


def test_een_lege_omgevingswaarde_telt_niet():
    assert lan_adressen(_ip([ETH]), {"SYSTEEMKAART_ADRES": " "}) == ["192.168.1.20"]


def test_niets_gevonden_geeft_loopback():
    assert lan_adressen(_ip([LO]), {}) == ["127.0.0.1"]


@pytest.mark.parametrize("uitvoer", [None, "", "geen json", '{"niet": "een lijst"}'])
def test_zonder_ip_vraagt_het_psutil(monkeypatch, uitvoer):
    nep = _nep_psutil(
        {
            "lo": [("127.0.0.1", socket.AF_INET)],
            "Ethernet": [("fe80::1", socket.AF_INET6), ("192.168.1.30", socket.AF_INET)],
            "vEthernet (WSL)": [("172.20.0.1", socket.AF_INET)],
            "Wi-Fi": [("10.0.0.7", socket.AF_INET)],
        },
        uit={"Wi-Fi"},
    )
    monkeypatch.setitem(sys.modules, "psutil", nep)
    assert lan_adressen(lambda opdracht: uitvoer, {}) == ["192.168.1.30"]


def test_zonder_ip_en_zonder_psutil_geeft_loopback(monkeypatch):
    monkeypatch.setitem(sys.modules, "psutil", None)  # import psutil raises ImportError
    assert lan_adressen(lambda opdracht: None, {}) == ["127.0.0.1"]


def test_de_echte_ip_opdracht_geeft_een_lijst_van_adressen():
    uit = lan_adressen(omgeving={})
    assert uit and all(isinstance(a, str) for a in uit)
    assert uit == ["127.0.0.1"] or all(adres.bruikbaar_adres(a) for a in uit)


def _nep_psutil(adressen: dict[str, list[tuple[str, int]]], uit: set[str] = frozenset()):
    """A stand-in psutil module with ``net_if_addrs`` and ``net_if_stats``."""
    Adres = namedtuple("snicaddr", "family address netmask broadcast ptp")
    Staat = namedtuple("snicstats", "isup duplex speed mtu flags")
    module = types.ModuleType("psutil")
    module.net_if_addrs = lambda: {
        naam: [Adres(familie, a, None, None, None) for a, familie in lijst]
        for naam, lijst in adressen.items()
    }
    module.net_if_stats = lambda: {
        naam: Staat(naam not in uit, 0, 0, 1500, "") for naam in adressen
    }
    return module
