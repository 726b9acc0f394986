/* Shared helpers of the calculators' browser layer: the page's wording, safe DOM building,
 * dates, and the engine's state shown in a widget.
 *
 * Wording: every sentence comes from the page's own data block
 * <script type="application/json" id="calc-data">, written at build time by
 * scripts/hooks/calculator_data.py from calculators/messages/ui_*.py, in the page's language.
 * This file holds no sentence of its own, and no rule of law.
 *
 * Everything from outside (the address, the engine's answers) is written with textContent
 * and setAttribute, never as HTML.
 */
(function () {
  "use strict";
  var Calc = (window.Calc = window.Calc || {});
  if (Calc.ui) return;

  var ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

  function readData() {
    var block = document.getElementById("calc-data");
    if (!block) return {};
    try {
      return JSON.parse(block.textContent) || {};
    } catch (error) {
      return {};
    }
  }

  var data = readData();
  var TEXT = data.text || {};
  var LANG = String(data.lang || document.documentElement.lang || "en").slice(0, 2).toLowerCase();

  // A sentence of the page's catalogue, with {name} filled in as text.
  function t(key, values) {
    var text = TEXT[key];
    if (typeof text !== "string") return key; // a missing key shows, and a test catches it
    return text.replace(/\{(\w+)\}/g, function (whole, name) {
      return values && values[name] !== undefined ? String(values[name]) : whole;
    });
  }

  // The same, as nodes: a value may be an element (a <time>), the rest stays text.
  function tNodes(key, values) {
    var text = typeof TEXT[key] === "string" ? TEXT[key] : key;
    var parts = text.split(/(\{\w+\})/);
    return parts.map(function (part) {
      var name = /^\{(\w+)\}$/.exec(part);
      if (name && values && values[name[1]] !== undefined) {
        var value = values[name[1]];
        return value instanceof Node ? value : String(value);
      }
      return part;
    }).filter(function (part) { return part !== ""; });
  }

  // Builds an element from trusted tag names; every value is text or an attribute value.
  function el(tag, attributes) {
    var node = document.createElement(tag);
    for (var name in attributes || {}) {
      var value = attributes[name];
      if (value === null || value === undefined || value === false) continue;
      node.setAttribute(name, value === true ? "" : String(value));
    }
    for (var i = 2; i < arguments.length; i++) append(node, arguments[i]);
    return node;
  }

  // Appends children, skipping null, undefined and false (Element.append writes them as "null").
  function add(node) {
    for (var i = 1; i < arguments.length; i++) append(node, arguments[i]);
    return node;
  }

  // Sentences the engine said in English on a page in another language (its answers' "in_english":
  // a translation missing or out of date). Every text is drawn through append() below, so this is
  // the one place they are marked lang="en" (and left to right on a right-to-left page), for
  // screen readers' voices, hyphenation and layout.
  var english = Object.create(null);

  function noteEnglish(sentences) {
    if (!Array.isArray(sentences) || LANG === "en") return;
    sentences.forEach(function (sentence) { if (typeof sentence === "string" && sentence) english[sentence] = true; });
  }

  function inEnglish(text) {
    var node = document.createElement("span");
    node.setAttribute("lang", "en");
    if (document.documentElement.dir === "rtl") node.setAttribute("dir", "ltr");
    node.textContent = text;
    return node;
  }

  function append(node, child) {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) {
      for (var j = 0; j < child.length; j++) append(node, child[j]);
    } else if (typeof child === "string" && english[child] === true) {
      node.append(inEnglish(child));
    } else {
      node.append(child); // strings become text nodes
    }
  }

  function isoOrNull(value) {
    return typeof value === "string" && ISO_DATE.test(value) ? value : null;
  }

  // The device's own date (the reader's clock), as YYYY-MM-DD.
  function today() {
    var now = new Date();
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    return now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());
  }

  // A date written out in the page's language by the browser (Intl) the way the engine writes it
  // (calculators.messages.format_date): "Thu 1 Oct 2026", "jeudi 1er octobre 2026", else CLDR's full date.
  // Used only before the engine's own words arrive (a date worked out ahead of time).
  function longDate(iso) {
    var match = ISO_DATE.exec(iso || "");
    if (!match) return String(iso);
    var date = new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]));
    var table = data.dates; // other languages: the engine's pattern and names (CLDR, Latin digits)
    if (table && table.pattern && table.weekdays && table.months) {
      var parts = { weekday: table.weekdays[(date.getUTCDay() + 6) % 7], day: String(+match[3]),
                    month: table.months[+match[2] - 1], year: match[1] };
      return table.pattern.replace(/\{(\w+)\}/g, function (whole, name) { return parts[name] !== undefined ? parts[name] : whole; });
    }
    try {
      if (LANG === "en") {
        var parts = {};
        new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", year: "numeric",
          timeZone: "UTC" }).formatToParts(date).forEach(function (part) { parts[part.type] = part.value; });
        return parts.weekday + " " + parts.day + " " + parts.month + " " + parts.year;
      }
      var written = new Intl.DateTimeFormat(LANG === "fr" ? "fr-CA" : document.documentElement.lang || LANG,
        LANG === "fr" ? { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }
                      : { dateStyle: "full", timeZone: "UTC" }).format(date);
      // French writes the first of the month "1er", as the engine does.
      return LANG === "fr" ? written.replace(/(^|\s)1(\s)/, "$11er$2") : written;
    } catch (error) {
      return iso;
    }
  }

  // The twelve months named in the page's language by the browser (Intl), for the date questions.
  function monthNames() {
    var names = [];
    for (var m = 0; m < 12; m++) {
      try {
        names.push(new Intl.DateTimeFormat(document.documentElement.lang || LANG, { month: "long", timeZone: "UTC" })
          .format(new Date(Date.UTC(2026, m, 1))));
      } catch (error) {
        names.push(String(m + 1));
      }
    }
    return names;
  }

  // The words of the date entry, in the page's language (the engine's catalogue: interview.check.date-*).
  function dateWords() {
    return data.date_entry || (data.interview && data.interview.check) || {};
  }

  // The one date entry of the calculators (issue 20 item 7): the day, the month by name in the page's
  // language, the year — one format, whatever the browser's own date field would show. `id` names
  // the parts (id-day, id-month, id-year); `describedby` the hints and the error they point to.
  // `read()` gives { empty, iso } (iso null when the parts do not make a real date); `set(iso)`.
  function dateEntry(id, name, describedby, value) {
    var words = dateWords();
    var day = el("input", { type: "text", inputmode: "numeric", maxlength: "2", size: "3", id: id + "-day",
      name: name + "-day", autocomplete: "off", "aria-describedby": describedby, "data-part": "day" });
    var month = el("select", { id: id + "-month", name: name + "-month", "aria-describedby": describedby,
      "data-part": "month" }, el("option", { value: "" }, ""), monthNames().map(function (label, index) {
        return el("option", { value: (index < 9 ? "0" : "") + (index + 1) }, label);
      }));
    var year = el("input", { type: "text", inputmode: "numeric", maxlength: "4", size: "5", id: id + "-year",
      name: name + "-year", autocomplete: "off", "aria-describedby": describedby, "data-part": "year" });
    var element = el("div", { class: "calc-date-parts" },
      el("div", null, el("label", { for: id + "-day" }, words.date_day || ""), day),
      el("div", null, el("label", { for: id + "-month" }, words.date_month || ""), month),
      el("div", null, el("label", { for: id + "-year" }, words.date_year || ""), year));
    var entry = {
      element: element,
      inputs: [day, month, year],
      read: function () {
        var d = String(day.value || "").trim(), m = String(month.value || ""), y = String(year.value || "").trim();
        if (!d && !m && !y) return { empty: true, iso: null };
        if (!/^\d{1,2}$/.test(d) || !/^\d{2}$/.test(m) || !/^\d{4}$/.test(y)) return { empty: false, iso: null };
        var iso = y + "-" + m + "-" + (d.length === 1 ? "0" : "") + d;
        var check = new Date(Date.UTC(+y, +m - 1, +d));
        return { empty: false, iso: check.toISOString().slice(0, 10) === iso ? iso : null };
      },
      set: function (iso) {
        var parts = isoOrNull(iso) ? iso.split("-") : ["", "", ""];
        day.value = parts[2] ? String(+parts[2]) : "";
        month.value = parts[1] || "";
        year.value = parts[0] || "";
      },
    };
    entry.set(value);
    return entry;
  }

  function timeElement(iso, className, written) {
    return el("time", { datetime: iso, class: className }, written || longDate(iso));
  }

  function textOf(item) {
    if (typeof item === "string") return item;
    if (item && typeof item === "object") return String(item.text || item.message || item.label || "");
    return item === null || item === undefined ? "" : String(item);
  }

  // Links from the engine: only http(s), or a path on this site.
  function safeHref(url) {
    if (typeof url !== "string" || !url) return null;
    try {
      var parsed = new URL(url, document.baseURI);
      return parsed.protocol === "https:" || parsed.protocol === "http:" || parsed.protocol === "file:" ? parsed.href : null;
    } catch (error) {
      return null;
    }
  }

  function shorten(text, length) {
    text = String(text);
    return text.length > length ? text.slice(0, length - 1) + "…" : text;
  }

  function list(items, className) {
    if (!Array.isArray(items) || !items.length) return null;
    return el("ul", { class: className }, items.map(function (item) { return el("li", null, textOf(item)); }));
  }

  function citationList(answer) {
    var links = Array.isArray(answer.citation_links) ? answer.citation_links : [];
    var items = links.map(function (link) {
      var href = safeHref(link && link.url);
      var label = textOf(link && link.label);
      return el("li", null, href ? el("a", { href: href }, label) : label);
    });
    if (!items.length && Array.isArray(answer.citations)) {
      items = answer.citations.map(function (label) { return el("li", null, textOf(label)); });
    }
    return items.length ? el("ul", { class: "calc-citations" }, items) : null;
  }

  // "What the law says": a <details> box per cited provision whose official text the page carries
  // (data.law, worded at build time by calculators/law_boxes.py), in one <div>; "" when there is none,
  // so callers can append the result as it is.
  function lawBoxes(labels) {
    var law = data.law || {};
    var boxes = [];
    (Array.isArray(labels) ? labels : []).forEach(function (label) {
      var box = typeof label === "string" && law[label];
      if (!box || typeof box !== "object") return;
      var parts = (Array.isArray(box.parts) ? box.parts : []).map(function (part) {
        return el("div", { class: "law-text-part", lang: String(part.lang || "") },
          el("p", { class: "law-text-source" }, textOf(part.source)),
          (Array.isArray(part.sections) ? part.sections : []).map(function (section) {
            return [section.heading ? el("p", { class: "law-text-heading" }, el("strong", null, textOf(section.heading))) : null,
                    (Array.isArray(section.lines) ? section.lines : []).map(function (line) { return el("p", null, textOf(line)); })];
          }));
      });
      boxes.push(el("details", { class: "law-text", "data-label": label }, el("summary", null, textOf(box.title)),
        box.note ? el("p", { class: "law-text-note" }, textOf(box.note)) : null, parts));
    });
    return boxes.length ? el("div", { class: "law-texts" }, boxes) : "";
  }

  function admonition(kind, title, lines) {
    if (!Array.isArray(lines) || !lines.length) return null;
    return el("div", { class: "admonition " + kind }, el("p", { class: "admonition-title" }, title), list(lines));
  }

  function button(label, onClick, primary) {
    var node = el("button", { type: "button", class: "md-button" + (primary ? " md-button--primary" : "") }, label);
    node.addEventListener("click", onClick);
    return node;
  }

  function printButton() {
    return button(t("ui.print"), function () {
      document.body.classList.add("calc-printing");
      window.print();
    });
  }
  window.addEventListener("afterprint", function () {
    document.body.classList.remove("calc-printing");
  });

  // Offers a file the engine made (a calendar) as a download; the name is made safe.
  function download(filename, content) {
    var name = String(filename || "immigration-deadline.ics").replace(/[^A-Za-z0-9._-]/g, "-");
    if (!/\.ics$/.test(name)) name += ".ics";
    var url = URL.createObjectURL(new Blob([content], { type: "text/calendar;charset=utf-8" }));
    var link = el("a", { href: url, download: name, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
    return name;
  }

  // Ask the engine for a calendar file (an "ics" or "plan-ics" request) and download it; `say`
  // reports the outcome in the widget's live region. The button is off while the engine works.
  function downloadCalendar(request, button, say) {
    button.disabled = true;
    Calc.engine.call(request).then(function (answer) {
      if (!answer || answer.error || typeof answer.content !== "string") {
        say((answer && answer.error && textOf(answer.error.message)) || t("ui.calendar-failed"));
        return;
      }
      say(t("ui.calendar-done", { name: download(answer.filename, answer.content) }));
    }).catch(function () {
      say(t("ui.calendar-failed"));
    }).then(function () {
      button.disabled = false;
    });
  }

  // A link holding the reader's answers, made only when they press the button: copied to
  // the clipboard (or shown, selected, to copy by hand). The page's own address never changes.
  function copyLinkButton(label, makeFragment, say) {
    var box = el("div", { class: "calc-copy" });
    var note = el("p", { class: "calc-note" }, t("ui.link-note"));
    var press = button(label, function () {
      var url = location.href.split("#")[0] + "#" + makeFragment();
      var shown = box.querySelector("input");
      if (shown) shown.remove();
      var fallback = function () {
        var field = el("input", { type: "text", readonly: true, value: url, "aria-label": t("ui.link-select"),
                                  class: "calc-copy-field", autocomplete: "off" });
        box.append(field);
        field.focus();
        field.select();
        say(t("ui.link-select"));
      };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(url).then(function () { say(t("ui.link-copied")); }, fallback);
      } else {
        fallback();
      }
    });
    box.append(press, note);
    return box;
  }

  // The engine's state in a widget: data-engine on the root, a progress line, or the
  // failure message with the way to count by hand and a retry.
  function showEngine(root, engine, downloadBytes) {
    root.setAttribute("data-engine", engine.state);
    var box = root.querySelector(".calc-progress");
    if (!box) return;
    box.replaceChildren();
    if (engine.state === "loading") {
      var megabytes = downloadBytes ? Math.round(downloadBytes / 1e6) : 0;
      box.append(
        el("progress", { max: engine.of, value: engine.step, "aria-label": t("ui.loading-label") }),
        el("span", null, [t("ui.loading-step", { step: Math.max(engine.step, 1), of: engine.of }),
                          megabytes ? t("ui.downloads", { mb: megabytes }) : "", t("ui.fill-now")].filter(Boolean).join(" "))
      );
    } else if (engine.state === "ready") {
      box.append(el("span", null, t("ui.ready")));
    } else if (engine.state === "failed") {
      var hand = document.getElementById("count-by-hand") || document.getElementById("time-limits");
      box.append(el("div", { class: "admonition failure calc-failed" },
        el("p", { class: "admonition-title" }, t("ui.failed-title")),
        el("p", null, t("ui.failed-text")),
        hand ? el("p", null, el("a", { href: "#" + hand.id }, t("ui.count-by-hand"))) : null,
        button(t("ui.try-again"), function () { engine.start(); })));
    }
  }

  /* ---------------------------------------------------------------- answers worked out ahead of time */

  // A file of answers computed at build time (CONTRIBUTING.md §4), fetched once; null if it cannot be had
  // (file://, offline, no such file): the page then waits for the engine, as before.
  var fetched = Object.create(null);
  function fetchOnce(url) {
    if (!url) return null;
    if (!fetched[url]) {
      fetched[url] = fetch(url, { credentials: "same-origin" })
        .then(function (response) { return response.ok ? response.json() : null; })
        .catch(function () { return null; });
    }
    return fetched[url];
  }

  function isoPlus(iso, days) {
    var m = ISO_DATE.exec(iso);
    return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3] + days)).toISOString().slice(0, 10);
  }

  function daysBetween(fromIso, toIso) {
    var a = ISO_DATE.exec(fromIso);
    var b = ISO_DATE.exec(toIso);
    return Math.round((Date.UTC(+b[1], +b[2] - 1, +b[3]) - Date.UTC(+a[1], +a[2] - 1, +a[3])) / 86400000);
  }

  // The deadline answer for {remedy, where, from} in answers.json, as ISO dates, or null outside the window.
  // It only looks dates up (calculators.precompute.lookup is the reference); it counts nothing.
  function aheadDates(answers, request) {
    if (!answers || answers.version !== 1 || !isoOrNull(answers.first) || !answers.deadlines || !isoOrNull(request.from)) return null;
    var entry = answers.deadlines[request.remedy + "|" + (request.where || "")];
    var index = daysBetween(answers.first, request.from);
    if (!entry || index < 0 || index >= answers.days) return null;
    var found = {};
    var keys = ["last_day", "file_by", "may_extend_to"];
    for (var i = 0; i < keys.length; i++) {
      var offsets = entry[keys[i]];
      var offset = Array.isArray(offsets) ? offsets[index] : null;
      found[keys[i]] = typeof offset === "number" ? isoPlus(request.from, offset) : null;
    }
    return found.last_day ? found : null;
  }

  Calc.ui = {
    data: data, lang: LANG, t: t, tNodes: tNodes, el: el, add: add, isoOrNull: isoOrNull, today: today,
    longDate: longDate, monthNames: monthNames, dateWords: dateWords, dateEntry: dateEntry, timeElement: timeElement, textOf: textOf, safeHref: safeHref, shorten: shorten,
    list: list, citationList: citationList, lawBoxes: lawBoxes, admonition: admonition, button: button, printButton: printButton,
    download: download, downloadCalendar: downloadCalendar, copyLinkButton: copyLinkButton, showEngine: showEngine, ISO_DATE: ISO_DATE,
    noteEnglish: noteEnglish, fetchOnce: fetchOnce, aheadDates: aheadDates,
  };
})();
