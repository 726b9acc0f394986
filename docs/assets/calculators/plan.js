/* The plan renderer: draws the engine's plan ({"kind": "plan"}, CONTRIBUTING.md §2) into the
 * options page's result. Every date, count of days and sentence about the law is the
 * engine's (`*_text`, `text`, `summary`, `why`…); headings and buttons come from the page's
 * catalogue. Nothing is computed here.
 *
 * Contract kept for tests and other pages (issue 12): the headline carries data-plan-first
 * and the data-file-by of the earliest open option; each option is an element with
 * data-remedy, data-status and, when dated, data-last-day, data-file-by, data-days-left;
 * the calendar button carries data-plan-ics.
 */
(function () {
  "use strict";
  var Calc = (window.Calc = window.Calc || {});
  if (Calc.renderPlan) return;
  var ui = Calc.ui;
  var t = ui.t;
  var el = ui.el;
  var add = ui.add;

  function texts(items) {
    return Array.isArray(items) ? items.map(ui.textOf).filter(Boolean) : [];
  }

  function section(title, body) {
    if (!body || (Array.isArray(body) && !body.length)) return null;
    return el("div", { class: "calc-plan-part" }, el("h4", null, title), body);
  }

  function siteLink(ctx, path, label) {
    if (typeof path !== "string" || !path || /^[a-z]+:/i.test(path)) return null;
    return el("a", { href: new URL(path, ctx.root).href }, label);
  }

  function dateLine(className, label, iso, written) {
    if (!ui.isoOrNull(iso)) return null;
    return el("p", { class: className }, el("span", { class: "calc-label" }, label), ui.timeElement(iso, "calc-big", written));
  }

  // The first step still open (CONTRIBUTING.md §2, "headline"): its date big, the engine's sentence,
  // the other route when an answer was "I don't know", what to look for, and the dates that passed.
  function headline(plan) {
    var head = plan.headline || {};
    var box = el("div", { class: "calc-plan-headline", "data-plan-first": true, "data-state": head.state || "none",
      "data-file-by": ui.isoOrNull(head.file_by), "data-by": ui.isoOrNull(head.by),
      "data-days-left": typeof head.days_left === "number" ? head.days_left : null });
    // A date that has passed is not shown under "Act by": the engine's sentence says it passed, and what is left.
    if (head.state !== "passed") add(box, dateLine("calc-last-day", t("ui.act-by"), head.by, head.by_text));
    if (head.text) add(box, el("p", { class: "calc-plan-text" }, ui.textOf(head.text)));
    if (head.alternative && head.alternative.text) {
      add(box, el("p", { class: "calc-plan-alternative", "data-remedy": String(head.alternative.remedy || "") },
        ui.textOf(head.alternative.text), head.look ? " " + ui.textOf(head.look) : null));
    }
    var passed = Array.isArray(head.passed) ? head.passed : [];
    if (passed.length) add(box, ui.list(texts(passed), "calc-plan-passed"));
    return box;
  }

  // "Do this first": the calendar and print buttons, then one to three steps with their dates, then
  // the link button: on a phone the first step, its date and the calendar button fit the first screen.
  function firstSteps(plan, ctx) {
    var steps = Array.isArray(plan.first_steps) ? plan.first_steps : [];
    var box = el("div", { class: "calc-plan-first" });
    var options = Array.isArray(plan.options) ? plan.options : [];
    var dated = options.some(function (option) { return option.state === "future" || option.state === "today"; });
    var actions = el("p", { class: "calc-actions" });
    if (dated) {
      var calendar = ui.button(t("ui.plan-calendar"), function () { ctx.calendar(calendar); }, true);
      calendar.setAttribute("data-plan-ics", "");
      add(actions, calendar, " ");
    }
    add(box, add(actions, ui.printButton()));
    if (steps.length) {
      add(box, el("h3", null, t("ui.do-first")), el("ol", { class: "calc-plan-steps" }, steps.map(function (step) {
        return el("li", { "data-remedy": String(step.remedy || ""), "data-by": ui.isoOrNull(step.by),
          "data-days-left": typeof step.days_left === "number" ? step.days_left : null }, ui.textOf(step.text));
      })));
    }
    return add(box, ui.copyLinkButton(t("ui.copy-plan-link"), ctx.fragment, ctx.say));
  }

  function sendPart(send) {
    if (!send) return null;
    var links = (Array.isArray(send.links) ? send.links : []).map(function (link) {
      var href = ui.safeHref(link.url);
      var label = ui.textOf(link.label);
      return el("li", null, href ? el("a", { href: href }, label) : label,
        link.form ? " (" + ui.textOf(link.form) + ")" : null,
        !href && link.search_hint ? el("span", { class: "calc-choice-hint" }, ui.textOf(link.search_hint)) : null);
    });
    return [send.text ? el("p", null, ui.textOf(send.text)) : null, links.length ? el("ul", null, links) : null];
  }

  function readMore(option, ctx) {
    var links = option.links || {};
    var items = [
      siteLink(ctx, links.guide, t("ui.guide")),
      siteLink(ctx, links.template, t("ui.template")),
      siteLink(ctx, links.help, t("ui.help")),
    ];
    (Array.isArray(links.more_links) ? links.more_links : []).forEach(function (more) {
      if (more && more.label) items.push(siteLink(ctx, more.path, ui.textOf(more.label)));
    });
    var deadline = deadlineLink(option, ctx);
    if (deadline) items.unshift(deadline);
    items = items.filter(Boolean).map(function (link) { return el("li", null, link); });
    return items.length ? el("ul", { class: "calc-plan-links" }, items) : null;
  }

  // To the deadline calculator with the engine's own request, handed over in sessionStorage
  // (read once, then deleted, by deadline.js): the answers never enter an address.
  function deadlineLink(option, ctx) {
    var wanted = option.deadline_request;
    if (!ctx.deadlineHref || !wanted || typeof wanted !== "object" || !ui.isoOrNull(wanted.from)) return null;
    var link = el("a", { href: ctx.deadlineHref, "data-deadline-link": true }, t("ui.see-how"));
    link.addEventListener("click", function () {
      try {
        sessionStorage.setItem("calculators:deadline-request", JSON.stringify({
          remedy: wanted.remedy, from: wanted.from, where: wanted.where || "",
        }));
      } catch (error) {
        /* storage refused: the deadline page opens empty */
      }
    });
    return link;
  }

  // The law, one click away and spelled out ("The Immigration and Refugee Protection Act s. 72(1)").
  function citations(option) {
    var spelled = Array.isArray(option.citations_spelled) && option.citations_spelled.length;
    var list = ui.citationList(spelled ? { citation_links: option.citations_spelled } : option);
    return list ? el("details", { class: "calc-law" }, el("summary", null, t("ui.the-law")), list) : null;
  }

  function optionBlock(option, ctx) {
    var dated = ui.isoOrNull(option.file_by);
    var item = el("section", {
      class: "calc-option calc-option--" + (option.status === "no" ? "no" : "yes"),
      "data-remedy": String(option.remedy || ""),
      "data-status": String(option.status || ""),
      "data-state": option.state || null,
      "data-last-day": ui.isoOrNull(option.last_day),
      "data-file-by": dated,
      "data-days-left": dated && typeof option.days_left === "number" ? option.days_left : null,
    }, el("h3", null, ui.textOf(option.title || option.remedy)));
    if (option.summary) add(item, el("p", { class: "calc-plan-summary" }, ui.textOf(option.summary)));
    add(item, dateLine("calc-file-by calc-file-by--earlier", t("ui.act-by"), option.file_by, option.file_by_text));
    if (option.date_text) add(item, el("p", { class: "calc-plan-text" }, ui.textOf(option.date_text)));
    if (ui.isoOrNull(option.may_extend_to)) {
      add(item, el("p", { class: "calc-extend" }, ui.tNodes("ui.may-move", {
        date: ui.timeElement(option.may_extend_to, null, option.may_extend_to_text) })));
    }
    add(item,
      section(t("ui.why"), ui.list(texts(option.why || option.reasons))),
      section(t("ui.gather"), ui.list(texts(option.gather))),
      section(t("ui.send"), sendPart(option.send)),
      section(t("ui.meanwhile"), option.meanwhile ? el("p", null, ui.textOf(option.meanwhile)) : null),
      section(t("ui.clock"), option.clock ? el("p", null, ui.textOf(option.clock)) : null),
      section(t("ui.read-more"), readMore(option, ctx)),
      citations(option),
      dated ? ui.lawBoxes(option.citations) : ""
    );
    return item;
  }

  function closedBlock(option) {
    return el("section", { class: "calc-option calc-option--no", "data-remedy": String(option.remedy || ""),
      "data-status": String(option.status || "no") },
      el("h4", null, ui.textOf(option.title || option.remedy)), ui.list(texts(option.reasons)), citations(option));
  }

  // A service's phone numbers (each a tel: link the engine built, with the service's own label)
  // and its hours, as the service's own page gives them.
  function phoneLine(entry) {
    var phones = (Array.isArray(entry.phone) ? entry.phone : []).filter(function (phone) {
      return phone && /^tel:\+[0-9]{6,15}$/.test(String(phone.tel));
    });
    if (!phones.length && !entry.hours) return null;
    return el("p", { class: "calc-help-phone" },
      phones.map(function (phone, index) {
        return [index ? " · " : "", el("a", { href: phone.tel, "data-phone": "" }, ui.textOf(phone.number)),
          phone.label ? [" ", el("span", null, ui.textOf(phone.label))] : null];
      }),
      entry.hours ? [phones.length ? " · " : "", el("span", { class: "calc-help-hours" }, ui.textOf(entry.hours))] : null);
  }

  function helpList(entries) {
    var items = (Array.isArray(entries) ? entries : []).map(function (entry) {
      var href = ui.safeHref(entry.url);
      var name = ui.textOf(entry.name);
      return el("li", null, href ? el("a", { href: href }, name) : name,
        entry.does ? el("span", { class: "calc-choice-hint" }, ui.textOf(entry.does)) : null, phoneLine(entry));
    });
    return items.length ? el("ul", { class: "calc-help" }, items) : null;
  }

  // Printed at the top of the page only: site name, page address, the date the plan was made.
  function printHeader(plan, ctx) {
    var made = ui.isoOrNull(plan.today) ? ui.timeElement(plan.today, null, plan.today_text) : "";
    return el("div", { class: "calc-print-only calc-print-header" }, el("p", { class: "calc-print-site" }, ctx.siteName),
      el("p", null, ui.tNodes("ui.made-on", { date: made, address: location.href.split("#")[0] })));
  }

  function renderPlan(result, plan, ctx) {
    var options = Array.isArray(plan.options) ? plan.options : [];
    var closed = Array.isArray(plan.closed) ? plan.closed : [];
    result.replaceChildren();
    add(result, printHeader(plan, ctx), el("h2", { class: "calc-result-title" }, t("ui.plan-title")), headline(plan),
        firstSteps(plan, ctx));
    add(result, ui.admonition("warning", t("ui.check-this"), texts(plan.warnings)));
    var passed = Array.isArray(plan.passed_help) ? plan.passed_help : [];
    if (passed.length) {
      add(result, el("div", { class: "admonition tip calc-passed" }, el("p", { class: "admonition-title" }, t("ui.still-can")),
        el("ul", null, passed.map(function (item) { return el("li", null, ui.textOf(item.text || item)); }))));
    }
    if (!options.length) add(result, el("p", null, t("ui.no-option")));
    var shown = options.filter(function (option) { return !option.fold; });
    var folded = options.filter(function (option) { return option.fold; });
    if (shown.length) add(result, el("h3", { class: "calc-plan-all" }, t("ui.all-options")));
    shown.forEach(function (option) { add(result, optionBlock(option, ctx)); });
    if (folded.length) {
      add(result, el("details", { class: "calc-also" }, el("summary", null, t("ui.also-possible")),
        folded.map(function (option) { return optionBlock(option, ctx); })));
    }
    var help = helpList(plan.help);
    if (help) add(result, el("h3", null, t("ui.help-near")), help);
    if (closed.length) {
      add(result, el("details", { class: "calc-closed" }, el("summary", null, t("ui.closed")),
        closed.map(closedBlock)));
    }
    var answers = Array.isArray(plan.answers) ? plan.answers : [];
    if (answers.length) {
      add(result, el("details", { class: "calc-your-answers" }, el("summary", null, t("ui.your-answers")),
        el("dl", { class: "calc-answers" }, answers.map(function (row) {
          return el("div", { class: "calc-answer" }, el("dt", null, ui.textOf(row.question)), el("dd", null, ui.textOf(row.answer)));
        }))));
    }
    add(result, ui.admonition("info", t("ui.assumed"), texts(plan.assumptions)));
    add(result, el("p", { class: "calc-actions" }, ui.button(t("ui.change-answers"), ctx.back), " ",
        ui.button(t("ui.start-again"), ctx.restart)));
    add(result, el("p", { class: "calc-note" }, t("ui.not-advice")));
    var first = plan.headline && plan.headline.state !== "passed" && ui.isoOrNull(plan.headline.by);
    ctx.say(first ? t("ui.plan-first", { date: plan.headline.by_text || ui.longDate(first) }) : t("ui.plan-ready"));
  }

  Calc.renderPlan = renderPlan;
})();
