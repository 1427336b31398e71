"""The LAN address: this machine's IPv4 addresses that a participant on the local network can reach.

A werksessie serves the room, so the terminal prints a link with an address the
participants' browsers can open.  The hostname does not give it (Debian maps it to
127.0.1.1), and Streamlit's own guess ``connect(("8.8.8.8", 1))`` needs a route to the
internet; so the addresses are read from the interfaces themselves, sending no packet:

- Linux: ``ip -j -4 addr show up`` (the interfaces that are up, with their IPv4
  addresses) and ``ip -j route show default`` (the interface of the default route, put
  first, so the likeliest address leads);
- elsewhere, or without ``ip``: :mod:`psutil` when it happens to be importable (it is
  not a dependency);
- ``$SYSTEEMKAART_ADRES`` overrides both (one address or several, comma-separated), for
  a machine with several real networks or none found.

Kept: global addresses of interfaces that are up.  Dropped: loopback, link-local
(169.254/16) and the virtual interfaces of containers, VMs and VPNs (``docker0``,
``br-...``, ``veth...``, ``virbr...``, ``vmnet...``, ``vboxnet...``, ``tun...``, ``tap...``,
``wg...``, ``tailscale...``, ``zt...``).  When nothing is left the answer is
``["127.0.0.1"]``: the app then serves this machine only.
"""

from __future__ import annotations

import ipaddress
import json
import os
import re
import subprocess
from collections.abc import Callable, Mapping, Sequence

#: The environment variable that names the address(es) to print, overriding the search.
OMGEVING = "SYSTEEMKAART_ADRES"

#: The answer when no address on the local network is found: this machine only.
LOOPBACK = "127.0.0.1"

#: Interface names of containers, virtual machines and VPNs (Linux, and the usual
#: Windows adapter names psutil reports).
VIRTUEEL = re.compile(
    r"^(docker|br-|veth|virbr|vmnet|vboxnet|tun|tap|wg|tailscale|zt|lo$)"
    r"|^vEthernet|VirtualBox|VMware|Hyper-V|Loopback",
    re.IGNORECASE,
)

#: Runs a command and returns its standard output, or None when it fails or is missing.
Uitvoerder = Callable[[Sequence[str]], "str | None"]


def lan_adressen(
    uitvoeren: Uitvoerder | None = None, omgeving: Mapping[str, str] | None = None
) -> list[str]:
    """Return the IPv4 addresses a participant on the local network can reach, best first.

    Parameters
    ----------
    uitvoeren : runs a command (``["ip", "-j", ...]``) and returns its output, or None
        when it cannot; default :func:`voer_uit`.  Tests pass a fake.
    omgeving : the environment (default ``os.environ``); ``SYSTEEMKAART_ADRES`` there
        overrides the search.

    Returns the default-route interface's address first, then the others in the order
    ``ip`` lists them; ``["127.0.0.1"]`` when none is found.

    Example
    -------
    >>> lan_adressen(omgeving={"SYSTEEMKAART_ADRES": "192.168.1.20, 10.0.0.5"})
    ['192.168.1.20', '10.0.0.5']
    >>> lan_adressen(uitvoeren=lambda opdracht: "[]", omgeving={})  # ip finds nothing
    ['127.0.0.1']
    """
    omgeving = os.environ if omgeving is None else omgeving
    gekozen = [a for a in re.split(r"[,\s]+", omgeving.get(OMGEVING, "")) if a]
    if gekozen:
        return gekozen
    adressen = uit_ip(uitvoeren or voer_uit)
    if adressen is None:
        adressen = uit_psutil()
    return adressen or [LOOPBACK]


def uit_ip(uitvoeren: Uitvoerder) -> list[str] | None:
    """Return the usable addresses that ``ip -j`` reports, default-route interface first.

    None when ``ip`` gives no JSON (not Linux, no iproute2, a version without ``-j``).

    Example
    -------
    >>> adressen = '[{"ifname": "eth0", "flags": ["UP"], "addr_info": '
    >>> adressen += '[{"family": "inet", "local": "10.1.2.3", "scope": "global"}]}]'
    >>> uit_ip(lambda opdracht: adressen if "addr" in opdracht else "[]")
    ['10.1.2.3']
    """
    try:
        interfaces = json.loads(uitvoeren(["ip", "-j", "-4", "addr", "show", "up"]) or "")
        routes = json.loads(uitvoeren(["ip", "-j", "route", "show", "default"]) or "[]")
    except ValueError:
        return None
    if not isinstance(interfaces, list):
        return None
    routes = routes if isinstance(routes, list) else []
    routes = sorted((r for r in routes if isinstance(r, dict)), key=lambda r: r.get("metric", 0))
    voorkeur = {r.get("dev"): plek for plek, r in reversed(list(enumerate(routes)))}
    gevonden = [
        (voorkeur.get(interface.get("ifname"), len(voorkeur)), adres.get("local", ""))
        for interface in interfaces
        if isinstance(interface, dict)
        and "LOOPBACK" not in interface.get("flags", [])
        and bruikbaar_interface(str(interface.get("ifname", "")))
        for adres in interface.get("addr_info", [])
        if adres.get("family") == "inet" and adres.get("scope") == "global"
    ]
    gevonden.sort(key=lambda paar: paar[0])  # stable: ip's own order within a rank
    return _uniek(a for _, a in gevonden if bruikbaar_adres(a))


def uit_psutil() -> list[str]:
    """Return the usable addresses of the interfaces that are up, as :mod:`psutil` lists them.

    An empty list when psutil is not installed (it is not a dependency of the app).

    Example
    -------
    >>> isinstance(uit_psutil(), list)
    True
    """
    try:
        import psutil
    except ImportError:
        return []
    import socket

    try:
        staat = psutil.net_if_stats()
        interfaces = psutil.net_if_addrs()
    except Exception:  # noqa: BLE001 - a platform psutil cannot read: no address found
        return []
    return _uniek(
        adres.address
        for naam, adressen in interfaces.items()
        if naam in staat and staat[naam].isup and bruikbaar_interface(naam)
        for adres in adressen
        if adres.family == socket.AF_INET and bruikbaar_adres(adres.address)
    )


def bruikbaar_interface(naam: str) -> bool:
    """Whether the interface ``naam`` may face the room: not loopback, nor virtual.

    Example
    -------
    >>> [bruikbaar_interface(n) for n in ("eth0", "wlp2s0", "lo", "docker0", "br-1a2b", "wg0")]
    [True, True, False, False, False, False]
    """
    return not VIRTUEEL.search(naam)


def bruikbaar_adres(adres: str) -> bool:
    """Whether ``adres`` is an IPv4 address another machine can reach: not loopback,
    link-local, multicast or unspecified.

    Example
    -------
    >>> [bruikbaar_adres(a) for a in ("192.168.1.20", "127.0.1.1", "169.254.3.4", "x")]
    [True, False, False, False]
    """
    try:
        ip = ipaddress.IPv4Address(adres)
    except ValueError:
        return False
    return not (ip.is_loopback or ip.is_link_local or ip.is_multicast or ip.is_unspecified)


def voer_uit(opdracht: Sequence[str]) -> str | None:
    """Run ``opdracht`` (2 s at most) and return its output; None when it fails or is missing.

    Example
    -------
    >>> voer_uit(["geen-opdracht-die-bestaat-xyz"]) is None
    True
    """
    try:
        klaar = subprocess.run(
            list(opdracht), capture_output=True, text=True, timeout=2, check=True
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return klaar.stdout


def _uniek(adressen) -> list[str]:
    return list(dict.fromkeys(adressen))
