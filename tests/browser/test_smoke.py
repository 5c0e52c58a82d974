"""The pages as a visitor's browser sees them: no errors, no accessibility violations."""

import re
import time
import xml.etree.ElementTree as ET

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser

SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def section_urls(site_url, browser):
    """Every page the sitemap lists, both languages (the demo site is small)."""
    context = browser.new_context()
    xml = context.request.get(site_url + "/sitemap.xml").text()
    context.close()
    locations = [loc.text for loc in ET.fromstring(xml).findall("s:url/s:loc", SITEMAP_NS)]
    return [re.sub(r"^https?://[^/]+", site_url, loc) for loc in locations]


@pytest.mark.parametrize(("path", "lang"), [("/", "vi"), ("/en/", "en")])
def test_home_page_has_no_console_errors_and_no_axe_violations(site_url, open_page, path, lang):
    page, response, problems = open_page(site_url + path)
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == lang
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()
    assert problems.messages == []


def test_every_sitemap_page_is_clean_in_the_browser(site_url, browser, open_page):
    urls = section_urls(site_url, browser)
    assert len(urls) >= 4
    failures = {}
    for url in urls:
        page, response, problems = open_page(url)
        results = Axe().run(page)
        if response.status != 200 or results.violations_count or problems.messages:
            failures[url] = (response.status, results.generate_report(), problems.messages)
        page.context.close()
    assert failures == {}


def test_skip_link_is_first_and_moves_focus_to_main(site_url, open_page):
    page, _, _ = open_page(site_url + "/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert "skip-link" in focused
    assert page.locator(".skip-link").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main-content"


def test_narrow_screen_has_no_horizontal_scroll_and_a_working_menu(site_url, open_page):
    page, _, problems = open_page(site_url + "/", viewport={"width": 320, "height": 640})
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    toggle = page.locator(".main-nav__toggle")
    assert toggle.is_visible()
    assert not page.locator("#main-nav-list").is_visible()
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    assert page.locator("#main-nav-list").is_visible()
    assert problems.messages == []


def test_public_pages_send_a_strict_csp_that_the_page_satisfies(site_url, open_page):
    page, response, problems = open_page(site_url + "/")
    csp = response.headers["content-security-policy"]
    assert "'unsafe-inline'" not in csp
    assert problems.messages == []  # a blocked script or style would be reported here


def test_admin_screens_work_under_the_admin_policy(site_url, open_page):
    from tests.browser.conftest import ADMIN_PASSWORD

    page, _, problems = open_page(site_url + "/admin/login/")
    page.fill("#id_username", "admin")
    page.fill("#id_password", ADMIN_PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/admin/$"))
    # The page editor uses inline panels, StreamField, date pickers and Draftail.
    page.goto(site_url + "/admin/pages/")
    page.goto(site_url + "/admin/pages/3/edit/")
    page.wait_for_selector("form#page-edit-form")
    page.get_by_role("tab", name=re.compile("Promote|Quảng bá", re.I)).click()
    page.goto(site_url + "/admin/snippets/")
    page.goto(site_url + "/admin/images/")
    page.goto(site_url + "/admin/settings/website/portalsettings/")
    page.wait_for_selector("#id_hotline")
    csp_errors = [m for m in problems.messages if "Content Security Policy" in m]
    assert csp_errors == []


LAYOUT_SHIFT_OBSERVER = """
window.__layoutShift = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (!entry.hadRecentInput) window.__layoutShift += entry.value;
  }
}).observe({type: "layout-shift", buffered: true});
"""


@pytest.mark.parametrize("path", ["/", "/en/", "/chinh-sach/"])
def test_pages_do_not_shift_while_loading_on_a_phone(site_url, browser, path):
    context = browser.new_context(
        viewport={"width": 412, "height": 823},
        device_scale_factor=2,
        is_mobile=True,
        has_touch=True,
    )
    page = context.new_page()
    page.add_init_script(LAYOUT_SHIFT_OBSERVER)

    def slow_script(route):
        # As on a slow phone network: the page paints before deferred scripts run.
        time.sleep(1)
        route.continue_()

    page.route(re.compile(r".*\.js$"), slow_script)
    page.goto(site_url + path, wait_until="networkidle")
    page.wait_for_timeout(500)
    shift = page.evaluate("window.__layoutShift")
    context.close()
    assert shift < 0.01  # Lighthouse counts above 0.1 as poor
