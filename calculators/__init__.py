"""The law as data: time limits, holidays, fees and eligibility after a Canadian immigration refusal.

Standard library only, so the same code runs on CPython 3.11+ and in the browser (Pyodide).

- ``calendar``     holidays by rule: Interpretation Act s. 35, Federal Courts Rules r. 2,
                   the seasonal recess (r. 6(3)), IAD non-working days
- ``rules``        every time limit and fee, with its citation and link (the only legal numbers)
- ``deadlines``    last day, safe file-by day, probable may-extend-to day, and the worked steps
- ``eligibility``  which remedies fit a refusal, with reasons
- ``messages``     all wording, by message id and language
- ``ics``          a calendar file for the file-by day
- ``reference``    Markdown snippets for the guides (built by scripts/hooks/law_snippets.py)
- ``api``          the one JSON boundary for the browser and the CLI (``python -m calculators``)
"""
