"""Free and licensed legal help for immigration matters, by province/territory and abroad (issue 15).

Pure data, standard library only: the build renders it into the Get help page
(scripts/hooks/help_directory.py) and the action plan offers `for_region(province)` in the
browser under Pyodide.

Every entry was found in stored public material from the organisation's own site; `source`
says where (the address of the page that was read), `checked` the day it was read. An
entry that could not be found is left out (see MISSING) — never guessed. No phone numbers.

Entry fields: id, name{en,fr}, does{en,fr} (what it does for immigration matters),
serves{en,fr} (who: income, place, language), url (official https address), url_fr
(optional French address), regions (province codes, "national" or "outside-canada"),
source, checked (ISO date).
"""

from __future__ import annotations

PROVINCES = ("ab", "bc", "mb", "nb", "nl", "ns", "nt", "nu", "on", "pe", "qc", "sk", "yt")
REGIONS = PROVINCES + ("outside-canada",)
NATIONAL = "national"

CHECKED = "2026-12-01"

ENTRIES: tuple[dict, ...] = (
    {
        "id": "cicc-register",
        "name": {
            "en": "College of Immigration and Citizenship Consultants: Public Register",
            "fr": "Collège des consultants en immigration et en citoyenneté : registre public",
        },
        "does": {
            "en": "Check that an immigration consultant is licensed and allowed to practise: only those "
            "marked “Active” and “Yes” under “Entitled to Practise” may give immigration advice for a fee.",
            "fr": "Vérifiez qu'un consultant en immigration est titulaire d'un permis et a le droit "
            "d'exercer : seuls ceux qui sont « actifs » et autorisés à exercer peuvent donner des conseils "
            "en immigration contre rémunération.",
        },
        "serves": {
            "en": "Anyone, in Canada or abroad. Free to use.",
            "fr": "Tout le monde, au Canada ou à l'étranger. Gratuit.",
        },
        "url": "https://college-ic.ca/protecting-the-public/find-an-immigration-consultant",
        "regions": [NATIONAL, "outside-canada"],
        "source": "https://college-ic.ca/protecting-the-public/find-an-immigration-consultant",
        "checked": CHECKED,
    },
)

# Services looked for and not found in stored material from the organisation's own site
# (kept out of ENTRIES; listed so the next person can look again).
MISSING: tuple[str, ...] = ()


def for_region(code: str) -> list[dict]:
    """The entries for a reader in `code` (a province code, "outside-canada" or "unknown").

    A province gets its own entries, then the national ones. "outside-canada" gets only the
    entries for readers abroad. Any other code (such as "unknown") gets the national ones.
    """
    if code == "outside-canada":
        return [entry for entry in ENTRIES if "outside-canada" in entry["regions"]]
    local = [entry for entry in ENTRIES if code in PROVINCES and code in entry["regions"]]
    national = [entry for entry in ENTRIES if NATIONAL in entry["regions"] and entry not in local]
    return local + national
