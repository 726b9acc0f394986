"""The deadline form offers "I don't know" for where the decision was made (issue 11 item 4).

FACTS §2 (Revised): only a visa office outside Canada gives the longer limit; an office in
Canada, an eTA or not knowing gives the 15-day date. The page must give the engine's date for
`where=unknown`, which is the in-Canada date.
"""

from __future__ import annotations

import pytest

from calculators import api
from date_entry import fill_date_entry

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("path", ["/calculators/deadline/", "/fr/calculators/deadline/"])
def test_i_do_not_know_where_gives_the_short_federal_court_date(recorded_page, site_url, path):
    page = recorded_page.page
    page.goto(site_url + path)
    form = page.locator("article form.calc-form")
    form.wait_for(state="visible")
    form.locator("select[name=remedy]").select_option("judicial-review")
    form.locator('input[name=where][value="unknown"]').check()
    fill_date_entry(form, "2026-09-15")
    form.locator("button[type=submit]").click()
    expected = api.handle({"kind": "deadline", "remedy": "judicial-review", "where": "unknown", "from": "2026-09-15"})
    in_canada = api.handle({"kind": "deadline", "remedy": "judicial-review", "where": "in-canada", "from": "2026-09-15"})
    assert expected["file_by"] == in_canada["file_by"] == "2026-10-01"
    # First the date looked up ahead of time, then the engine's full answer: both must agree.
    result = page.locator('[data-calculator=deadline] .calc-result[data-source="engine"]')
    result.wait_for(timeout=180_000)
    assert result.get_attribute("data-file-by") == expected["file_by"]
    assert recorded_page.foreign_requests(site_url) == []
