"""Scorecard pages: served by Datasette, checked through its test client and in a real browser.

Figures are those of the seed article alone (``seed_*`` fixtures), worked out by hand.

The browser test uses the ``seed_server`` and ``browser`` fixtures of ``conftest.py``: ``quotes serve``
on a free loopback port, and Playwright driving Debian's chromium (installed by ``.ci/run``).
"""

from __future__ import annotations

import io
import re

import pytest

EXPERT_EVIDENCE = {
    "https://nation.africa/kenya/news/world/north-korea-launches-ballistic-missiles-3335254",
    "http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=160381",
    "https://nationalpost.com/pmn/news-pmn/white-house-official-says-u-s-review-of-north-korea-policy-in-final-stages",
    # The re-judged q01 and q12 (issue 12): a demand for sanctions relief; the policy's middle ground.
    "https://www.straitstimes.com/asia/east-asia/n-korea-wants-sanctions-eased-to-restart-talks-with-us",
    "https://nationalpost.com/pmn/news-pmn/biden-administration-sets-new-north-korea-policy-of-practical-diplomacy-3",
}


async def test_index_lists_speakers_and_institutions(seed_ds):
    response = await seed_ds.client.get("/-/scorecards")
    assert response.status_code == 200
    html = response.text
    for speaker in ("experts", "choi-kang", "choe-son-hui", "antony-blinken"):
        assert f'href="/-/scorecard/speaker/{speaker}"' in html
    assert 'href="/-/scorecard/institution/asan-institute-for-policy-studies"' in html
    assert "44–100%" in html  # experts' Wilson interval, 3 of 3
    assert html.count('<circle class="bin"') == 2  # all predictions: 60-70% and 80-90% bins


@pytest.mark.parametrize(
    "path,name,dots,brier",
    [
        ("/-/scorecard/speaker/experts", "experts", 2, "0.046"),
        # Choi Kang: q09 true, q08 false (re-judged), both read at 0.875: ((1 - .875)² + .875²) / 2
        ("/-/scorecard/speaker/choi-kang", "Choi Kang", 1, "0.391"),
        ("/-/scorecard/institution/asan-institute-for-policy-studies", "Asan Institute for Policy Studies", 1, "0.391"),
        ("/-/scorecard/speaker/choi-kang?yardstick=kent_1964", "Choi Kang", 1, "0.312"),
    ],
)
async def test_scorecard_page(seed_ds, path, name, dots, brier):
    response = await seed_ds.client.get(path)
    assert response.status_code == 200
    html = response.text
    assert f"<h1>Scorecard: {name}</h1>" in html
    assert html.count('<circle class="bin"') == dots
    assert f'<dd class="brier">{brier}' in html
    assert "outcome-true" in html and "Evidence: <a class=\"evidence\"" in html


async def test_scorecard_page_links_every_evidence(seed_ds):
    html = (await seed_ds.client.get("/-/scorecard/speaker/experts")).text
    links = set(re.findall(r'<a class="evidence" href="([^"]+)"', html))
    assert {link.replace("&amp;", "&") for link in links} == EXPERT_EVIDENCE
    assert 'href="/quotes/quotes/2021-03-24-korea-herald-nk-cruise-missiles-q01"' in html


@pytest.mark.parametrize(
    "path,status",
    [
        ("/-/scorecard/speaker/south-korea-joint-chiefs-of-staff", 404),  # a speaker without predictions
        ("/-/scorecard/speaker/nobody", 404),
        ("/-/scorecard/institution/sejong-institute", 404),
        ("/-/scorecards?yardstick=astrology", 400),
        ("/-/scorecard/speaker/experts?yardstick=astrology", 400),
    ],
)
async def test_scorecard_errors(seed_ds, path, status):
    assert (await seed_ds.client.get(path)).status_code == status


def test_calibration_chart_renders_in_a_browser(seed_server, browser):
    page = browser.new_page(viewport={"width": 1000, "height": 900})
    page.goto(f"{seed_server}/-/scorecards")
    page.get_by_role("link", name="experts").click()
    page.wait_for_url("**/-/scorecard/speaker/experts")
    chart = page.locator("svg.calibration-chart")
    chart.wait_for(state="visible")
    box = chart.bounding_box()
    assert box["width"] >= 300 and box["height"] >= 300

    # Two bins with the seed's data: 'likely' (1 prediction) and 'will'/'would not' (2), all came true.
    dots = page.locator("svg.calibration-chart circle.bin")
    assert dots.count() == 2
    assert page.locator("svg.calibration-chart text.bin-count").all_text_contents() == ["n=1", "n=2"]
    chart.scroll_into_view_if_needed()  # measure where the screenshot will see it (the summary above grows)
    rendered = [dot.bounding_box() for dot in dots.all()]
    diagonal = page.locator("svg.calibration-chart line.diagonal").bounding_box()
    for dot in rendered:
        assert dot["width"] > 5 and dot["height"] > 5  # drawn, not collapsed
        # At 100% observed: level with the top of the chart, inside it left to right.
        assert abs(dot["y"] + dot["height"] / 2 - diagonal["y"]) < 2
        assert diagonal["x"] < dot["x"] + dot["width"] / 2 < diagonal["x"] + diagonal["width"]
    # The 'likely' dot (67.5%) sits left of the 87.5% one, and is smaller.
    assert rendered[0]["x"] < rendered[1]["x"] and rendered[0]["width"] < rendered[1]["width"]

    assert page.locator("dd.hit-rate").inner_text() == "100% (95% CI 44–100%)"
    evidence = {a.get_attribute("href") for a in page.locator("a.evidence").all()}
    assert evidence == EXPERT_EVIDENCE
    assert_dots_are_painted(chart, rendered)
    page.close()


def assert_dots_are_painted(chart, dots) -> None:
    """What a person sees: in the chart's pixels, each dot's centre is the dots' blue, and the
    empty lower right of the plot (no bin there) is the plot's pale background."""
    from PIL import Image

    image = Image.open(io.BytesIO(chart.screenshot())).convert("RGB")
    box = chart.bounding_box()
    scale = image.width / box["width"]

    def pixel(x: float, y: float) -> tuple[int, int, int]:
        return image.getpixel((int((x - box["x"]) * scale), int((y - box["y"]) * scale)))

    for dot in dots:
        # Inside the dot, right of the interval bar drawn through its centre.
        r, g, b = pixel(dot["x"] + dot["width"] * 0.75, dot["y"] + dot["height"] / 2)
        assert b > r + 60 and b > g + 20, (r, g, b)  # #2a6fb0 at 75% over the background
    # Below the diagonal at 85% probability, 15% observed: nothing drawn there.
    r, g, b = pixel(box["x"] + box["width"] * 0.8, box["y"] + box["height"] * 0.75)
    assert min(r, g, b) > 200, (r, g, b)


def test_scorecard_tables_fit_a_laptop_screen(server, browser):
    """Every column of the bundled scorecards, Brier skill last, shows at 1280 px without
    scrolling the table (the headers' references wrap; a long group name wraps)."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{server}/-/scorecards")
    tables = page.locator("table.scorecards")
    assert tables.count() >= 3
    for table in tables.all():
        assert table.evaluate("t => t.scrollWidth - t.parentElement.clientWidth") <= 0
        assert table.locator("td.skill").first.is_visible()
    page.close()
