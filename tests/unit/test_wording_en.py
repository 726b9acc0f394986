"""One snapshot of the English wording (the structure is tested elsewhere)."""

from calculators.api import handle
from calculators.wording import holiday_name
from calculators.messages import CATALOGUES, format_date
from datetime import date


def test_english_steps_for_a_last_day_on_ndtr():
    result = handle({"kind": "deadline", "remedy": "judicial-review", "from": "2026-09-15", "where": "in-canada"})
    assert result["steps"] == [
        "The day you were notified, Tue 15 Sep 2026, is not counted (Interpretation Act s. 27(5)).",
        "Day 15 after Tue 15 Sep 2026 is Wed 30 Sep 2026, National Day for Truth and Reconciliation, a holiday "
        "under the Interpretation Act s. 35(1) → the next day that is not a holiday is Thu 1 Oct 2026.",
        "Thu 1 Oct 2026 is not a Federal Court holiday (Federal Courts Rules r. 2). File by that day.",
    ]


def test_english_steps_for_the_christmas_recess_under_the_rules():
    result = handle({"kind": "deadline", "remedy": "applicants-record", "from": "2025-12-10"})
    assert result["steps"][1] == (
        "Leaving out the 18 days of the Federal Court's Christmas recess (Sun 21 Dec 2025 to Wed 7 Jan 2026, "
        "Federal Courts Rules r. 6(3)), day 30 after Wed 10 Dec 2025 is Tue 27 Jan 2026, which is not a "
        "Federal Court holiday (Federal Courts Rules r. 2): it is the last day.")


def test_dates_and_holiday_names():
    assert format_date(date(2026, 10, 1)) == "Thu 1 Oct 2026"
    assert holiday_name(date(2026, 12, 28), "fcr") == "the Monday after Christmas Day"
    assert holiday_name(date(2026, 12, 29), "fcr") is None


def test_no_legal_number_is_typed_into_the_wording():
    # Legal numbers come from calculators.rules through parameters; the catalogue names none.
    for message_id, text in CATALOGUES["en"].items():
        if message_id.startswith(("error.", "cli.", "table.", "ics.")):
            continue
        for number in ("21 December", "7 January", "15 days", "60 days", "30 days", "90 days", "5 years", "12 months", "$50", "$200", "$5"):
            assert number not in text, (message_id, number)


def test_no_message_id_is_defined_in_two_parts_of_a_catalogue():
    from calculators.messages import PARTS

    for lang, parts in PARTS.items():
        seen: set[str] = set()
        for part in parts:
            repeated = seen & set(part)
            assert not repeated, f"{lang}: defined twice: {sorted(repeated)}"
            seen |= set(part)
