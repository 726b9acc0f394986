"""The French download page (docs/download.fr.md): its download link and print link, filled in
by scripts/build_offline.py the way it fills in the English page (issue 13).

- `publish_fr(site, href_to_zip, zip_size, unpacked_size, day)`: in the online site,
  /fr/download/ gets the link to the same offline.zip as the English page, with its date
  and size, and a link to /fr/print_page/.
- `stamp_export_fr(site_dir, day)`: in the offline copy, fr/download.html says it is the
  offline copy and when it was made, and links fr/print_page.html.

The markers are the same `<p id="offline-export">` and `<p id="print-all-guides">` paragraphs
as on the English page. Dates are written the French way ("1er décembre 2026").
"""

from __future__ import annotations

import datetime as dt
import html
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from calculators.messages import long_date  # noqa: E402 - needs the path above

DOWNLOAD_PAGE_MARKER = re.compile(r'<p id="offline-export"[^>]*>.*?</p>', re.S)
PRINT_MARKER = re.compile(r'<p id="print-all-guides"[^>]*>.*?</p>', re.S)


def french_size(size: int) -> str:
    """'12 Mo', '3,4 Mo', '850 ko' (French units, decimal comma, no-break space)."""
    if size >= 1_000_000:
        value = f"{size / 1_000_000:.0f}" if size >= 10_000_000 else f"{size / 1_000_000:.1f}".replace(".", ",")
        return f"{value}\u00a0Mo"
    return f"{max(1, round(size / 1000))}\u00a0ko"


def _time(day: dt.date) -> str:
    return f'<time datetime="{day.isoformat()}">{html.escape(long_date(day, "fr"))}</time>'


def _print_paragraph(href: str) -> str:
    return (f'<p id="print-all-guides"><a href="{html.escape(href)}"><strong>Imprimer tous les guides</strong></a> '
            "met tous les guides sur une seule page, dans l'ordre de lecture. Ouvrez cette page, puis utilisez "
            "la commande <strong>Imprimer</strong> de votre navigateur. Pour garder un PDF, choisissez "
            "<strong>Enregistrer au format PDF</strong> comme imprimante.</p>")


def publish_fr(site: Path, zip_path: Path, zip_bytes: int, unpacked_bytes: int, day: dt.date) -> Path | None:
    """Fill in the online French download page; returns it, or None if the site has none."""
    page = next((p for p in (site / "fr" / "download" / "index.html", site / "fr" / "download.html") if p.is_file()), None)
    if page is None:
        return None
    text = page.read_text(encoding="utf-8")
    if not DOWNLOAD_PAGE_MARKER.search(text):
        raise SystemExit(f'{page} has no <p id="offline-export">: the French download page changed; update this script.')
    href = os.path.relpath(zip_path, page.parent).replace(os.sep, "/")
    print_href = "../print_page/" if page.name == "index.html" else "print_page.html"
    text = DOWNLOAD_PAGE_MARKER.sub(
        lambda _: (
            f'<p id="offline-export"><a class="md-button md-button--primary" href="{html.escape(href)}" download>'
            f"Télécharger la copie hors ligne ({html.escape(zip_path.name)}, {french_size(zip_bytes)})</a><br>"
            f"Préparée le {_time(day)}. Une fois décompressée, elle occupe {french_size(unpacked_bytes)}.</p>"
        ),
        text,
        count=1,
    )
    text = PRINT_MARKER.sub(lambda _: _print_paragraph(print_href), text, count=1)
    page.write_text(text, encoding="utf-8")
    return page


def stamp_export_fr(site_dir: Path, day: dt.date) -> Path | None:
    """Fill in the French download page of the offline copy (plain .html links)."""
    page = site_dir / "fr" / "download.html"
    if not page.is_file():
        return None
    text = page.read_text(encoding="utf-8")
    text = DOWNLOAD_PAGE_MARKER.sub(
        lambda _: (
            f"<p id=\"offline-export\"><strong>Vous lisez la copie hors ligne, préparée le {_time(day)}.</strong> "
            "Elle ne se met pas à jour toute seule : pour en avoir une plus récente, téléchargez-la de nouveau "
            "sur le site quand vous avez une connexion.</p>"
        ),
        text,
        count=1,
    )
    text = PRINT_MARKER.sub(lambda _: _print_paragraph("print_page.html"), text, count=1)
    page.write_text(text, encoding="utf-8")
    return page
