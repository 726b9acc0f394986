"""Links: every internal link and #anchor of the built site resolves; every external link is
listed with its target in dist/reports/external-links.md (no network needed)."""

from __future__ import annotations

from links import broken_internal_links, external_links, write_report

PRINT_PAGE = "print_page/"


def test_internal_links_and_anchors_resolve(built_site):
    assert [p for p in broken_internal_links(built_site) if not p.startswith(PRINT_PAGE)] == []


def test_internal_links_and_anchors_of_the_print_page_resolve(built_site):
    assert [p for p in broken_internal_links(built_site) if p.startswith(PRINT_PAGE)] == []


def test_the_checker_notices_a_broken_link_and_a_missing_anchor(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "index.html").write_text('<h2 id="here">x</h2><a href="a/">ok</a><a href="#here">ok</a>'
                                         '<a href="b/">missing</a><a href="a/#nowhere">bad anchor</a>')
    (tmp_path / "a" / "index.html").write_text('<a href="../#here">ok</a><a href="../../x.html">above root</a>')
    problems = broken_internal_links(tmp_path)
    assert len(problems) == 3, problems


def test_external_links_are_https_and_reported(built_site):
    links = external_links(built_site)
    assert links, "no external citation at all: the guides cite the law"
    insecure = [url for url in links if url.startswith("http:")]
    assert insecure == []
    report = write_report(built_site)
    text = report.read_text(encoding="utf-8")
    assert all(url in text for url in links)
