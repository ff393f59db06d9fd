"""The Content-Security-Policy in a real browser (issue 13, case 2): no inline script of ours runs,
and no page of the site trips the policy (Datasette's own inline scripts are allowed by hash)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from playwright.sync_api import expect

SCRIPT = Path(__file__).parent.parent / "scripts" / "hostile_load.py"
spec = importlib.util.spec_from_file_location("hostile_load", SCRIPT)
hostile_load = importlib.util.module_from_spec(spec)
spec.loader.exec_module(hostile_load)

Q = "2021-03-24-korea-herald-nk-cruise-missiles-q05"
PAGES = ["/", "/quotes", f"/quotes/quotes/{Q}", "/quotes/quotes?_facet=claim_type", "/quotes/quotes_full?_search=sanctions",
         "/quotes/speakers/cheong-seong-chang", "/quotes/institutions/sejong-institute",
         hostile_load.sql("/quotes", "select id, text from quotes limit 3"), "/-/scorecards"]


@pytest.fixture(scope="module")
def site(server):
    """The bundled collection served on a loopback port (conftest's ``server``)."""
    return server


@pytest.mark.parametrize("path", PAGES)
def test_no_page_violates_the_policy(site, browser, path):
    page = browser.new_page()
    messages = []
    page.on("console", lambda message: messages.append(message.text))
    response = page.goto(f"{site}{path}")
    page.wait_for_load_state("load")
    assert response.status == 200
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert [m for m in messages if "Content Security Policy" in m] == []
    page.close()


def test_cite_copy_button_works_from_its_file(site, browser):
    context = browser.new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site)
    page = context.new_page()
    page.goto(f"{site}/quotes/quotes/{Q}")
    button = page.locator("button.cite-copy").first
    button.click()
    expect(button).to_have_text("Copied", timeout=10_000)
    context.close()


def test_injected_inline_script_is_blocked(site, browser):
    """What the policy is for: a script that got into a page inline does not run."""
    page = browser.new_page()
    messages = []
    page.on("console", lambda message: messages.append(message.text))
    page.goto(f"{site}/-/scorecards")
    page.evaluate("""() => { const s = document.createElement('script'); s.textContent = 'window.injected = 1'; document.body.appendChild(s); }""")
    assert page.evaluate("() => window.injected") is None
    assert any("Content Security Policy" in m for m in messages)
    page.close()
