"""The package as a user gets it: a wheel built from this checkout, installed with its
dependencies in a fresh virtual environment, runs ``systeemkaart analyse`` on an example
and serves the app, from a folder outside the checkout.

The first run downloads the dependencies into pip's cache; after that installing them
takes about a minute on two cores.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
import urllib.request
import zipfile
from pathlib import Path

import pytest

from systeem import cli
from tests.browser.server import ROOT, start_server, stop_server

pytestmark = pytest.mark.timeout(1200)

#: What a wheel is built from (the rest of the checkout stays out of the copy).
BRON = ("pyproject.toml", "README.md", "requirements.txt", "systeem", "systeemkaart")
CONFIG = Path(".streamlit") / "config.toml"


def _draai(opdracht: list[str], map_: Path, **rest) -> subprocess.CompletedProcess:
    return subprocess.run(
        opdracht, cwd=map_, capture_output=True, text=True, check=True, timeout=900, **rest
    )


@pytest.fixture(scope="module")
def wiel(tmp_path_factory) -> Path:
    """The wheel, built by pip from a copy of the package's files (so no ``build/`` is
    left in the checkout, nor an old one read)."""
    bron = tmp_path_factory.mktemp("bron")
    for naam in BRON:
        if (ROOT / naam).is_dir():
            shutil.copytree(
                ROOT / naam, bron / naam, ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
            )
        else:
            shutil.copy2(ROOT / naam, bron / naam)
    uit = tmp_path_factory.mktemp("wiel")
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input"]
    _draai([*pip, "wheel", str(bron), "--no-deps", "-w", str(uit)], bron)
    (pad,) = uit.glob("systeemkaart-*.whl")
    return pad


@pytest.fixture(scope="module")
def omgeving(wiel, tmp_path_factory) -> Path:
    """The scripts folder of a fresh virtual environment holding only the wheel and its
    dependencies (installed by this checkout's pip into it)."""
    venv = tmp_path_factory.mktemp("venv")
    _draai([sys.executable, "-m", "venv", "--without-pip", str(venv)], venv)
    scripts = venv / ("Scripts" if os.name == "nt" else "bin")
    python = scripts / ("python.exe" if os.name == "nt" else "python")
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input"]
    _draai([*pip, "--python", str(python), "install", "--no-compile", str(wiel)], venv)
    return scripts


@pytest.fixture
def buiten(tmp_path) -> Path:
    """A working folder outside the checkout, with no .streamlit of its own."""
    map_ = tmp_path / "werkmap"
    map_.mkdir()
    assert ROOT not in map_.parents
    return map_


def _in_omgeving(scripts: Path, code: str, map_: Path) -> str:
    python = next(scripts.glob("python*"))
    return _draai([str(python), "-c", code], map_).stdout


def test_the_wheel_holds_the_package_data_and_the_command(wiel):
    with zipfile.ZipFile(wiel) as z:
        namen = set(z.namelist())
        punten = z.read(next(n for n in namen if n.endswith("entry_points.txt"))).decode()
    verwacht = {
        f"systeem/voorbeeldkaarten/{p.name}" for p in ROOT.glob("systeem/voorbeeldkaarten/*.json")
    }
    verwacht |= {
        "systeemkaart/app.py",
        "systeemkaart/__main__.py",
        "systeemkaart/.streamlit/config.toml",
    }
    for static in ("systeem/weergave/static", "systeemkaart/static"):
        verwacht |= {
            p.relative_to(ROOT).as_posix() for p in (ROOT / static).rglob("*") if p.is_file()
        }
    assert verwacht <= namen, sorted(verwacht - namen)
    assert not [n for n in namen if n.startswith(("tests/", "bench/")) or "__pycache__" in n]
    assert "systeemkaart = systeemkaart.__main__:main" in punten


def test_the_installed_package_imports_from_the_environment(omgeving, buiten):
    paden = _in_omgeving(
        omgeving,
        "import systeem, systeemkaart; print(systeem.__file__); print(systeemkaart.__file__)",
        buiten,
    )
    for pad in paden.split():
        assert omgeving.parent in Path(pad).parents


def test_installed_analyse_on_an_installed_example(omgeving, buiten, capsys):
    voorbeeld = _in_omgeving(
        omgeving,
        "from importlib.resources import files; "
        "print(files('systeem') / 'voorbeeldkaarten' / 'loonaangifteketen.json')",
        buiten,
    ).strip()
    uit = _draai([str(omgeving / "systeemkaart"), "analyse", voorbeeld], buiten).stdout
    assert uit.startswith("Loonaangifteketen\nDrempel: 0,33")
    # The installed command says exactly what the checkout's CLI says.
    assert cli.main(["analyse", str(ROOT / "systeem/voorbeeldkaarten/loonaangifteketen.json")]) == 0
    assert capsys.readouterr().out == uit
    als_json = _draai(
        [str(omgeving / "systeemkaart"), "analyse", voorbeeld, "--json", "--taal", "en"], buiten
    )
    assert json.loads(als_json.stdout)["titel"] == "Loonaangifteketen"


def test_installed_app_reads_the_projects_streamlit_settings(omgeving, buiten):
    """Streamlit finds the shipped .streamlit/config.toml beside the installed app.py,
    though the working folder has none, as ``streamlit run`` does."""
    code = (
        "import json, sys; from streamlit import config; import systeemkaart.__main__ as m; "
        "config._main_script_path = str(m.APP); config.get_config_options(force_reparse=True); "
        "print(json.dumps({k: config.get_option(k) for k in sys.argv[1:]}))"
    )
    instellingen = tomllib.loads((ROOT / CONFIG).read_text(encoding="utf-8"))
    verwacht = {
        f"{deel}.{k}": v for deel, opties in instellingen.items() for k, v in opties.items()
    }
    python = next(omgeving.glob("python*"))
    gekregen = json.loads(_draai([str(python), "-c", code, *verwacht], buiten).stdout)
    assert gekregen == verwacht


def test_installed_app_runs_its_first_page(omgeving, buiten, tmp_path):
    """The installed app.py runs in Streamlit's AppTest: pages, texts and examples found."""
    code = (
        "from streamlit.testing.v1 import AppTest; import systeemkaart.__main__ as m; "
        "at = AppTest.from_file(str(m.APP), default_timeout=60).run(); "
        "print(len(at.exception)); print(at.sidebar.caption[0].value)"
    )
    python = next(omgeving.glob("python*"))
    omgeving_db = {**os.environ, "SYSTEEMKAART_DB": str(tmp_path / "kaarten.db")}
    fouten, onderschrift = _draai([str(python), "-c", code], buiten, env=omgeving_db).stdout.split(
        "\n", 1
    )
    assert fouten == "0"
    assert "Loonaangifteketen" in onderschrift


def test_the_package_and_the_checkout_have_the_same_streamlit_settings():
    def lees(pad: Path) -> dict:
        return tomllib.loads(pad.read_text(encoding="utf-8"))

    assert lees(ROOT / "systeemkaart" / CONFIG) == lees(ROOT / CONFIG)


def test_installed_command_serves_the_app_on_loopback(omgeving, buiten, tmp_path):
    proces, url = start_server(
        {"SYSTEEMKAART_DB": str(tmp_path / "kaarten.db")},
        logmap=tmp_path,
        opdracht=[str(omgeving / "systeemkaart")],
        map_=buiten,
    )
    try:
        assert url.startswith("http://127.0.0.1:")
        assert urllib.request.urlopen(url + "/_stcore/health", timeout=10).read() == b"ok"
        pagina = urllib.request.urlopen(url + "/", timeout=10).read().decode()
        assert '<div id="root">' in pagina
    finally:
        stop_server(proces)
