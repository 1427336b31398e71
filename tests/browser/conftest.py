"""Real-browser fixtures: the app served on loopback, Debian's Chromium driven by Playwright.

- ``app_url``: ``streamlit run app.py`` on a free 127.0.0.1 port, once per test session.
- ``browser``: headless Chromium from the system (``apt-get install chromium``); no
  ``playwright install``.  Without a Chromium the browser tests skip, except under
  ``CI=true``, where they fail: CI must prove what a user sees.
- ``pagina``: a fresh page whose every request that leaves loopback (or a local file) is
  aborted and recorded in ``pagina.extern``; tests assert it stays empty.
- On a failure the test's screenshot and the page's console log are saved under
  ``test-artifacts/<test name>/`` and the path is printed in the test report.
"""

from __future__ import annotations

import os
import shutil
from urllib.parse import urlparse

import pytest

from tests.browser.server import ARTEFACTEN, start_server, stop_server

#: Every page of the app by its URL path ("" is the default page, Kaart).
PAGINAS = [
    "",
    "start",
    "mijn_kaarten",
    "invoeren",
    "balans",
    "interventies",
    "pijlers",
    "bestanden",
    "presenteren",
]


LOKAAL = {"127.0.0.1", "localhost", "::1", None, ""}


def _chromium() -> str | None:
    return (
        os.environ.get("CHROMIUM_PATH")
        or shutil.which("chromium")
        or shutil.which("chromium-browser")
    )


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def chromium_pad() -> str:
    pad = _chromium()
    if pad:
        return pad
    if os.environ.get("CI"):
        pytest.fail("Chromium ontbreekt, maar CI=true: installeer het met apt-get install chromium")
    pytest.skip("geen Chromium op deze machine (apt-get install chromium)")


@pytest.fixture(scope="session")
def playwright_api(chromium_pad):
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if os.environ.get("CI"):
            raise  # under CI a missing Playwright must fail, not skip
        pytest.skip("Playwright is niet geïnstalleerd (requirements-dev.txt)")
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def browser(playwright_api, chromium_pad):
    b = playwright_api.chromium.launch(
        executable_path=chromium_pad,
        headless=True,
        args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
    )
    yield b
    b.close()


@pytest.fixture(scope="session")
def app_url(chromium_pad) -> str:
    ARTEFACTEN.mkdir(exist_ok=True)
    proces, url = start_server()
    yield url
    stop_server(proces)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    rapport = yield
    if rapport.when == "call":
        item._rapport_call = rapport
    return rapport


def bewaak(context, extern: list[str] | None = None, waar=None) -> list[str]:
    """Keep every page of ``context`` on this machine: a request to another host is
    aborted and its address (with ``waar()``, the page it came from, when given) added to
    ``extern`` (a new list when absent), which is returned."""
    extern = [] if extern is None else extern

    def bewaker(route):
        url = route.request.url
        if (
            url.startswith(("data:", "blob:", "about:", "file:"))
            or urlparse(url).hostname in LOKAAL
        ):
            route.continue_()
        else:
            extern.append(url if waar is None else f"{url} (op {waar()})")
            route.abort()

    context.route("**/*", bewaker)
    return extern


@pytest.fixture
def pagina(request, browser):
    """A fresh page at 1280x900 with the offline guard and failure artifacts."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    extern = bewaak(context)
    console: list[str] = []
    page = context.new_page()
    page.on("console", lambda m: console.append(f"[{m.type}] {m.text}"))
    page.on("pageerror", lambda e: console.append(f"[pageerror] {e}"))
    page.extern = extern
    page.console = console
    yield page
    rapport = getattr(request.node, "_rapport_call", None)
    if rapport is not None and rapport.failed:
        map_ = ARTEFACTEN / request.node.name.replace("/", "_")
        map_.mkdir(parents=True, exist_ok=True)
        try:
            page.screenshot(path=str(map_ / "scherm.png"), full_page=True)
        except Exception as fout:  # noqa: BLE001 - best effort while reporting a failure
            console.append(f"[screenshot mislukt] {fout}")
        (map_ / "console.log").write_text("\n".join(console), encoding="utf-8")
        rapport.sections.append(("artefacten", f"screenshot en console-log in {map_}"))
    context.close()


def wacht_op_app(page, timeout: int = 30_000) -> None:
    """Wait until Streamlit is connected, has finished running, and shows no skeleton."""
    from playwright.sync_api import expect

    app = page.get_by_test_id("stApp")
    expect(app).to_have_attribute("data-test-connection-state", "CONNECTED", timeout=timeout)
    expect(app).to_have_attribute("data-test-script-state", "notRunning", timeout=timeout)
    expect(page.get_by_test_id("stSkeleton")).to_have_count(0, timeout=timeout)


# ---------------------------------------------------------------------------
# The interactive map (systeemkaart/netwerk_component.py exposes window.__systeemkaartNetwerk).


def wacht_op_kaart(page, timeout: int = 20_000) -> None:
    """Wait for the app, then for the map component to have drawn."""
    wacht_op_app(page)
    page.wait_for_function("() => window.__systeemkaartKlaar === true", timeout=timeout)


def knoop_op_scherm(page, knoop: str) -> dict[str, float]:
    """Where node ``knoop`` is on the screen, in page coordinates (for mouse actions)."""
    return page.evaluate(
        """(id) => {
            const net = window.__systeemkaartNetwerk;
            const p = net.canvasToDOM(net.getPositions([id])[id]);
            const c = net.canvas.frame.canvas.getBoundingClientRect();
            return {x: c.left + p.x, y: c.top + p.y};
        }""",
        knoop,
    )


def plek_op_kaart(page, knoop: str) -> dict[str, float]:
    """Where node ``knoop`` stands on the map, in map coordinates."""
    return page.evaluate("(id) => window.__systeemkaartNetwerk.getPositions([id])[id]", knoop)


def sleep_knoop(page, knoop: str, dx: float, dy: float) -> dict[str, float]:
    """Drag ``knoop`` by (dx, dy) screen pixels, wait for the rerun that stores it, and
    return where it landed on the map."""
    start = knoop_op_scherm(page, knoop)
    aanroepen = page.evaluate("() => window.__systeemkaartAanroepen")
    page.mouse.move(start["x"], start["y"])
    page.mouse.down()
    for stap in range(1, 11):
        page.mouse.move(start["x"] + dx * stap / 10, start["y"] + dy * stap / 10)
    page.mouse.up()
    plek = plek_op_kaart(page, knoop)
    page.wait_for_function(f"() => window.__systeemkaartAanroepen > {aanroepen}")
    wacht_op_app(page)
    return plek
