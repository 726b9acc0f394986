"""CLDR plural categories for whole numbers, from rules compiled at build time (issue 22).

The build (scripts/i18n_catalogues.py compile) stores each language's CLDR plural rule, as Babel
parses it, in ``compiled/<code>.json``: a list of ``[category, expression]`` where an expression
is a nested list (``["and", [a, b]]``, ``["relation", ["in", operand, ["range_list", …]]]``, …).
This module evaluates it with the standard library (the engine runs in Pyodide without Babel).
Counts here are whole numbers of days, months or years, so the CLDR operands are n = i = |count|
and v = w = f = t = c = e = 0 (no visible fraction digits, no exponent).
"""

from __future__ import annotations

# The categories in CLDR's order; msgstr[0], msgstr[1], … follow it (I18N-CONTRACT.md).
ORDER = ("zero", "one", "two", "few", "many", "other")


def _value(node: list, n: int) -> int:
    op, args = node
    if op in ("n", "i"):
        return n
    if op in ("v", "w", "f", "t", "c", "e"):
        return 0
    if op == "value":
        return args[0]
    if op == "mod":
        return _value(args[0], n) % _value(args[1], n)
    raise ValueError(f"unknown plural operand {op!r}")


def _true(node: list, n: int) -> bool:
    op, args = node
    if op == "and":
        return _true(args[0], n) and _true(args[1], n)
    if op == "or":
        return _true(args[0], n) or _true(args[1], n)
    if op == "not":
        return not _true(args[0], n)
    if op == "relation":
        _method, operand, (_, ranges) = args  # "in" and "within" agree on whole numbers
        value = _value(operand, n)
        return any(_value(low, n) <= value <= _value(high, n) for low, high in ranges)
    raise ValueError(f"unknown plural operator {op!r}")


def category(rules: list, count: int) -> str:
    """The CLDR plural category of a whole number: ``category(ar_rules, 11) == "many"``."""
    n = abs(int(count))
    for tag, expression in rules:
        if _true(expression, n):
            return tag
    return "other"


def categories(rules: list) -> list[str]:
    """The categories a language has, in CLDR's order (always ending with "other")."""
    tags = {tag for tag, _ in rules} | {"other"}
    return [tag for tag in ORDER if tag in tags]
