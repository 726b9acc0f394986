"""Part of the one message catalogue (en): every sentence the browser layer shows that is not a legal result (loading, errors, buttons, labels); written into calculator pages at build time, so JavaScript holds no wording of its own.

Merged into ``calculators.messages.CATALOGUES["en"]``; keys never repeat a key of another part
(tests/unit/test_wording_en.py checks). Every key starts with ``ui.`` (or ``site.`` for the site chrome); the hook
scripts/hooks/calculator_data.py writes them all into each calculator page, in the page's
language. ``{name}`` is filled in by the page, as text (a date may be a <time> element).
"""

MESSAGES: dict[str, str] = {
    # The site's own chrome in every language (scripts/hooks/i18n_languages.py reads these at build time
    # for the templates in overrides/ and the i18n hooks; they are not written into calculator pages).
    # The quick exit and the browse-safely line (overrides/partials/quick-exit.html, browse-safely.html).
    "site.quick-exit": "Leave this site quickly",
    "site.quick-exit-short": "Leave site",
    "site.quick-exit-title": "Opens a weather website in place of this page (shortcut: Esc). It does not erase your "
                             "browser history.",
    "site.browse-safely-title": "Browse safely:",
    "site.browse-safely": "a private (incognito) window keeps no history. Or clear your browser history when you are "
                          "done. To leave fast: press Esc or “{leave}”.",
    # The page for an address that does not exist (overrides/404.html).
    "site.not-found-title": "Page not found",
    "site.not-found-text": "This address is not a page of this site. It may have moved. Nothing you typed was sent "
                           "anywhere.",
    "site.not-found-home": "Home page",
    "site.not-found-other": "Page not found. Go to the home page.",
    # The offline page (scripts/hooks/service_worker.py): a page never visited, with no connection.
    "site.offline-title": "You are offline",
    "site.offline-text": "This page is not saved on this device, and there is no connection now. Try again when you "
                         "are back online.",
    "site.offline-saved": "These pages of this site are saved on this device. They open without a connection:",
    # A page not translated into the reader's language yet: the English text, with this line above it.
    "site.fallback-title": "Page not translated yet",
    "site.fallback-text": "This page is not translated into your language yet. The text below is the English version. "
                          "The time limits and the law in it are the same.",
    "site.fallback-home": "Back to the home page",
    "site.read-english": "Read this page in English",
    "site.read-french": "Read this page in French",
    # Every translated page (not English or French): what the translation is, and is not.
    "site.not-reviewed-title": "About this translation",
    "site.not-reviewed": "This translation was not checked by a lawyer. The English and French pages are the "
                         "reference: if they say something different, follow them.",
    "site.out-of-date-title": "This translation may be out of date",
    "site.out-of-date": "The English page has changed since this page was translated. Check the English or French "
                        "page before you act.",
    # The footer of each guide (scripts/hooks/page_meta.py).
    "site.page-review": "Page review and sources",
    "site.last-reviewed": "Last reviewed:",
    "site.sources": "Sources (the law this page explains):",
    # Loading, failure and retry (docs/assets/calculators/engine.js, ui.js).
    "ui.loading-label": "Loading the calculator",
    "ui.loading-step": "Loading the calculator (step {step} of {of}).",
    "ui.downloads": "The first time, this downloads about {mb} MB.",
    "ui.fill-now": "You can fill in the form now.",
    "ui.ready": "The calculator is ready. It runs in your browser: nothing you type is sent anywhere.",
    "ui.try-again": "Try again",
    "ui.failed-title": "The calculator could not start",
    "ui.failed-text": "The calculator did not load in this browser, or it stopped answering. Nothing you typed was sent "
                      "anywhere. You can still work out your date by hand with the table and the steps on this page. "
                      "You can also try again, or open this page in another browser.",
    "ui.count-by-hand": "How to count by hand",
    "ui.calculating": "Calculating…",
    "ui.still-loading": "The calculator is still loading. Your result will show here as soon as it is ready.",
    "ui.failed-count": "The calculator could not start. You can still count by hand with the table on this page.",
    "ui.went-wrong": "Something went wrong while calculating. Please check your answers and try again.",
    # Forms and their errors.
    "ui.check-marked": "Please check the answer marked in the form.",
    "ui.bad-date": "This date is not complete, or it is not a real date. Check the day, the month and the year.",
    "ui.choose-remedy": "Choose what you want to do.",
    "ui.choose-where": "Choose where the decision was made.",
    "ui.enter-from": "Enter the date. If you are not sure, use the earliest date it could be.",
    "ui.canada-time": "IRCC dates its emails in Canada's time. If you live abroad and your email shows a day later "
                      "than the date in your online account, use the earlier date.",
    "ui.link-no-remedy": "The link does not say what you want to do. Choose it from the list.",
    "ui.link-unknown-remedy": "The link asks for “{value}”, which this calculator does not know. Choose what you want "
                              "to do from the list.",
    "ui.link-no-date": "The link does not give a date. Enter the date.",
    "ui.link-bad-date": "The date in the link, “{value}”, is not a real date. Enter the date.",
    # The deadline result.
    "ui.your-deadline": "Your deadline",
    "ui.last-day": "Last day",
    "ui.may-move": "The deadline may move to {date}. Do not count on it.",
    "ui.check-this": "Check this",
    "ui.how-counted": "How this date was counted",
    "ui.the-law": "The law",
    "ui.add-to-calendar": "Add to calendar",
    "ui.print": "Print",
    "ui.last-checked": "These rules were last checked against the law on {date}.",
    "ui.not-advice": "This is legal information, not legal advice. If your deadline is close, talk to a licensed "
                     "lawyer or immigration consultant today.",
    "ui.result-act-by": "Result: act by {date}.",
    "ui.result-ready": "Result ready.",
    "ui.ahead-note": "Worked out ahead of time by this site. The full answer, with every step of the count, "
                     "will replace it in a moment.",
    "ui.ahead-status": "Result: act by {date}. The steps of the count are still loading.",
    "ui.ahead-failed": "Result: act by {date}. The calculator could not start to show the steps: you can "
                       "count by hand with the table on this page to check it.",
    "ui.ahead-failed-note": "Worked out ahead of time by this site. The calculator could not start, so the steps of the "
                            "count are not shown.",
    "ui.ahead-plan-note": "Your first step, worked out ahead of time by this site. Your full plan, with every option, "
                          "is still loading and will replace this.",
    "ui.calendar-failed": "The calendar file could not be made.",
    "ui.calendar-done": "The calendar file {name} was downloaded. Open it to add the date to your calendar.",
    # A link that holds the answers, made only when the reader asks.
    "ui.copy-link": "Copy a link to this result",
    "ui.copy-plan-link": "Copy a link to this plan",
    "ui.link-note": "The link holds your answers: anyone who sees it can read them.",
    "ui.link-copied": "The link was copied. It holds your answers: share it only with people you trust.",
    "ui.link-select": "Copy this link:",
    # The interview (docs/assets/calculators/interview.js).
    "ui.progress": "Question {n} of about {total}",
    "ui.choose-one": "Choose one answer.",
    "ui.choose-some": "Choose at least one answer, or “I don't know”.",
    "ui.enter-date": "Enter the date, or choose “I don't know”.",
    "ui.plan-waiting": "Your plan is being made. The calculator is still loading: this can take a minute the "
                       "first time.",
    "ui.change-answers": "Change your answers",
    "ui.start-again": "Start again",
    # The plan (docs/assets/calculators/plan.js). Worded dates and sentences come from the engine.
    "ui.plan-title": "Your plan",
    "ui.act-by": "Act by",
    "ui.why": "Why this fits your answers",
    "ui.gather": "What to gather",
    "ui.send": "How and where to send it",
    "ui.meanwhile": "Can you stay, work or study meanwhile?",
    "ui.clock": "What does not stop the clock",
    "ui.read-more": "Read more",
    "ui.guide": "The guide",
    "ui.template": "A template to fill in",
    "ui.help": "Get help",
    "ui.see-how": "See how this date is counted",
    "ui.closed": "Options that do not fit your answers",
    "ui.still-can": "What you can still do",
    "ui.help-near": "Who can help",
    "ui.assumed": "What this plan assumed",
    "ui.your-answers": "Your answers",
    "ui.plan-calendar": "Add the dates to your calendar",
    "ui.made-on": "Made on {date} from {address}",
    "ui.no-option": "No option seems to fit your answers. Read the details below, and talk to someone who can help.",
    "ui.plan-ready": "Your plan is ready.",
    "ui.plan-first": "Your plan is ready. Act by {date}.",
    # "What the law says" boxes (calculators/law_boxes.py): calculator pages and guide snippets
    "ui.law-says": "What the law says: {label}",
    "ui.law-source": "Words of the law: {instrument}, up to date on {date}. This is a copy. The official version is on the Justice Laws website.",
    "ui.law-no-translation": "Canadian law has no official text in this language. Here it is in English and in French, the official languages of Canada.",
    # The Get help page's directory of legal help (scripts/hooks/help_directory.py; not written into
    # calculator pages). The services' own names and descriptions stay in English or French.
    "ui.help.picker": "Show help for",
    "ui.help.all": "All places",
    "ui.help.jump": "Go to a province or territory",
    "ui.help.jump-label": "Places",
    "ui.help.serves": "Who:",
    "ui.help.phone": "Phone:",
    "ui.help.hours": "Hours:",
    "ui.help.phone-read": "Phone and hours from its website, read {date}.",
    "ui.help.checked": "Checked {date}.",
    "ui.help.none": "We have not found a local service to list here yet. See “Across Canada”.",
    "ui.help.not-found": "We looked for these but could not confirm them on their own website:",
    "ui.help.national-note": "These also help wherever you live in Canada.",
    "ui.help.outside-note": "You can use these from any country.",
    "ui.help.in-english": "The names and descriptions of the services are in English.",
    "ui.help.region.ab": "Alberta",
    "ui.help.region.bc": "British Columbia",
    "ui.help.region.mb": "Manitoba",
    "ui.help.region.nb": "New Brunswick",
    "ui.help.region.nl": "Newfoundland and Labrador",
    "ui.help.region.ns": "Nova Scotia",
    "ui.help.region.nt": "Northwest Territories",
    "ui.help.region.nu": "Nunavut",
    "ui.help.region.on": "Ontario",
    "ui.help.region.pe": "Prince Edward Island",
    "ui.help.region.qc": "Quebec",
    "ui.help.region.sk": "Saskatchewan",
    "ui.help.region.yt": "Yukon",
    "ui.help.region.national": "Across Canada",
    "ui.help.region.outside-canada": "Outside Canada",
    "ui.do-first": "Do this first",
    "ui.also-possible": "Also possible, depending on your situation",
    "ui.all-options": "Each step in detail",
}
