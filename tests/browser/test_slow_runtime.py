"""A slow runtime is not a failed one (issue 20 item 8), in headless Chromium with a fake clock.

The engine client's stall watchdog watches downloads only: while the worker has a download open,
30 s without a byte is a stall; with none open the worker is computing (compiling the runtime,
starting Python), which a slow phone may take minutes to do, and only the whole start's limit
applies. The worker's messages are played into the page's own engine client (engine.js).
"""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.browser

OPTIONS = "/calculators/options/"

# The page's engine client, with a stand-in worker that says what we tell it to.
PLAY = """(messages) => {
  const engine = window.Calc.engine;
  engine.stopWatchdog();
  engine.worker = { postMessage() {}, terminate() {} };
  engine.downloads = null;
  engine.setState('loading');
  messages.forEach((message) => engine.receive(message));
  return engine.state;
}"""


@pytest.fixture()
def page(browser, site_url):
    context = browser.new_context()
    # No real runtime: the page's engine fails at once, then plays the messages given.
    context.route("**/assets/pyodide/**", lambda route: route.abort())
    page = context.new_page()
    page.clock.install(time=dt.datetime(2026, 9, 20, 12, 0))
    page.goto(site_url + OPTIONS)
    page.wait_for_function("() => window.Calc && window.Calc.engine && window.Calc.engine.state === 'failed'",
                           timeout=60_000)
    yield page
    context.close()


def test_a_start_computing_with_no_download_open_keeps_waiting_past_the_stall_limit(page):
    assert page.evaluate(PLAY, [{"type": "bytes", "open": 1}, {"type": "bytes", "open": 0},
                                {"type": "progress", "step": 2, "of": 3}]) == "loading"
    page.clock.run_for(120_000)  # two minutes starting Python on a slow phone
    assert page.evaluate("window.Calc.engine.state") == "loading"
    page.evaluate("window.Calc.engine.receive({type: 'ready'})")
    assert page.evaluate("window.Calc.engine.state") == "ready"


def test_a_download_with_no_byte_for_30_seconds_is_still_a_stall(page):
    assert page.evaluate(PLAY, [{"type": "bytes", "open": 1}]) == "loading"
    page.clock.run_for(31_000)
    assert page.evaluate("window.Calc.engine.state") == "failed"
