/* The deadline widget ([data-calculator="deadline"]): a form built at build time from the
 * engine's remedies, a result drawn from the engine's answer.
 *
 * Private by default: the inputs never go into the page address. A link that holds them is
 * made only when the reader presses "Copy a link" (ui.copyLinkButton). An incoming link
 * (#remedy=…&from=…&where=…) is read, then removed from the address with
 * history.replaceState; the options page hands a request over through sessionStorage
 * (read once, then deleted) instead of the address. The form has autocomplete off and is
 * emptied, with its result, when the page is left or shown again from the back-forward cache.
 *
 * Fast: while the runtime loads, the date comes from answers the engine computed at build
 * time (data-answers: assets/calculators/answers.json), labelled as such, and is replaced
 * by the engine's full answer when it is ready. The page only looks dates up; it counts nothing.
 */
(function () {
  "use strict";
  var Calc = (window.Calc = window.Calc || {});
  if (Calc.DeadlineWidget) return;
  var ui = Calc.ui;
  var t = ui.t;
  var el = ui.el;

  var FRAGMENT_KEYS = ["remedy", "from", "where"];
  var HANDOFF = "calculators:deadline-request"; // sessionStorage key, written by the plan's links

  /* ---------------------------------------------------------------- answers ahead of time */

  var ahead = { url: null };

  function loadAhead() {
    return ui.fetchOnce(ahead.url);
  }

  // The engine's answer for this request, as written at build time, or null outside the window.
  function lookUp(data, request) {
    return ui.aheadDates(data, request);
  }

  /* ---------------------------------------------------------------- the widget */

  function DeadlineWidget(root) {
    var self = this;
    this.root = root;
    this.form = root.querySelector("form");
    this.status = root.querySelector(".calc-status");
    this.result = root.querySelector(".calc-result");
    this.formError = root.querySelector(".calc-form-error");
    this.remedy = this.form.elements.namedItem("remedy");
    this.from = this.form.elements.namedItem("from");
    this.fromLabel = this.form.querySelector('label[for="' + this.from.id + '"]');
    this.defaultFromLabel = this.fromLabel ? this.fromLabel.textContent : "";
    this.useDateEntry();
    this.lastRequest = null;
    this.form.setAttribute("autocomplete", "off");
    this.form.hidden = false;
    root.querySelectorAll(".calc-fallback").forEach(function (node) { node.hidden = true; });
    this.addCanadaTimeHint();
    this.remedy.addEventListener("change", function () { self.syncFields(); });
    // A result belongs to the inputs it was computed from: any change clears it.
    var changed = function () { self.inputsChanged(); };
    this.form.addEventListener("input", changed);
    this.form.addEventListener("change", changed);
    this.form.addEventListener("submit", function (event) {
      event.preventDefault();
      self.submit();
    });
    this.reset();
    ahead.url = Calc.config.answersURL;
    loadAhead();
    this.incoming();
  }

  // The page's date field (the browser's own, in the page for readers without scripts) becomes the
  // calculators' one date entry (ui.js dateEntry, as in the interview): day, month by name, year. The
  // date it makes is kept in a hidden field of the same id and name, "from".
  DeadlineWidget.prototype.useDateEntry = function () {
    var input = this.from;
    var id = input.id;
    var described = (input.getAttribute("aria-describedby") || "").split(/\s+/).filter(Boolean);
    described.splice(1, 0, id + "-format");
    var format = el("p", { class: "calc-hint", id: id + "-format" }, ui.dateWords().date_hint || "");
    this.dateEntry = ui.dateEntry(id, "from", described.join(" "), "");
    if (this.fromLabel) {
      this.fromLabel.removeAttribute("for");
      this.fromLabel.id = id + "-label";
      this.dateEntry.element.setAttribute("role", "group");
      this.dateEntry.element.setAttribute("aria-labelledby", id + "-label");
    }
    var hidden = el("input", { type: "hidden", id: id, name: "from" });
    input.replaceWith(format, this.dateEntry.element, hidden);
    this.from = hidden;
    var self = this;
    var sync = function () { hidden.value = self.dateEntry.read().iso || ""; };
    this.dateEntry.inputs.forEach(function (part) {
      part.addEventListener("input", sync);
      part.addEventListener("change", sync);
    });
  };

  DeadlineWidget.prototype.addCanadaTimeHint = function () {
    var field = this.field("from");
    if (!field || field.querySelector(".calc-canada-time")) return;
    var id = this.from.id + "-canada-time";
    var hint = el("p", { class: "calc-hint calc-canada-time", id: id }, t("ui.canada-time"));
    field.querySelector("#" + this.from.id + "-format").before(hint);
    this.dateEntry.inputs.forEach(function (part) {
      var described = (part.getAttribute("aria-describedby") || "").split(/\s+/).filter(Boolean);
      described.splice(1, 0, id);
      part.setAttribute("aria-describedby", described.join(" "));
    });
  };

  DeadlineWidget.prototype.field = function (name) {
    return this.form.querySelector('[data-field="' + name + '"]');
  };

  DeadlineWidget.prototype.say = function (text) {
    this.status.textContent = text;
  };

  DeadlineWidget.prototype.option = function () {
    return this.remedy.options[this.remedy.selectedIndex] || null;
  };

  DeadlineWidget.prototype.needsWhere = function () {
    var option = this.option();
    return !!option && option.hasAttribute("data-needs-where");
  };

  DeadlineWidget.prototype.syncFields = function () {
    this.field("where").hidden = !this.needsWhere();
    var option = this.option();
    if (this.fromLabel) this.fromLabel.textContent = (option && option.getAttribute("data-from-label")) || this.defaultFromLabel;
  };

  // Empty form, no result, no message: on start, when the page is left, and when it comes back.
  DeadlineWidget.prototype.reset = function () {
    this.lastRequest = null; // an answer still on its way (the engine's or the one ahead of time) is dropped
    this.form.reset();
    this.dateEntry.set("");
    this.from.value = "";
    this.clearErrors();
    this.clearResult();
    this.say("");
    this.syncFields();
  };

  DeadlineWidget.prototype.inputsChanged = function () {
    if (this.result.hidden && !this.lastRequest) return;
    this.lastRequest = null; // an answer still on its way is dropped
    this.clearResult();
    this.say("");
  };

  DeadlineWidget.prototype.clearErrors = function () {
    this.form.querySelectorAll(".calc-error").forEach(function (error) {
      error.textContent = "";
      error.hidden = true;
    });
    this.form.querySelectorAll("[aria-invalid]").forEach(function (node) { node.removeAttribute("aria-invalid"); });
    this.formError.textContent = "";
    this.formError.hidden = true;
  };

  DeadlineWidget.prototype.showErrors = function (errors) {
    var first = null;
    for (var i = 0; i < errors.length; i++) {
      var field = errors[i].field ? this.field(errors[i].field) : null;
      var control;
      if (!field) {
        this.formError.textContent = errors[i].message;
        this.formError.hidden = false;
        control = this.form.querySelector("input, select, button");
      } else {
        var error = field.querySelector(".calc-error");
        error.textContent = errors[i].message;
        error.hidden = false;
        var controls = field.querySelectorAll('input:not([type="hidden"]), select');
        controls.forEach(function (node) { node.setAttribute("aria-invalid", "true"); });
        control = controls[0];
      }
      first = first || control;
    }
    this.say(t("ui.check-marked"));
    if (first) first.focus();
  };

  DeadlineWidget.prototype.read = function () {
    var errors = [];
    var date = this.dateEntry.read();
    var request = { kind: "deadline", remedy: this.remedy.value, from: date.iso || "", today: ui.today() };
    if (!request.remedy) errors.push({ field: "remedy", message: t("ui.choose-remedy") });
    if (this.needsWhere()) {
      var checked = this.form.querySelector('input[name="where"]:checked');
      request.where = checked ? checked.value : "";
      if (!request.where) errors.push({ field: "where", message: t("ui.choose-where") });
    }
    // A date after today cannot be the day the decision came (the engine's words, as in the interview).
    var problem = date.empty ? t("ui.enter-from") : !date.iso ? t("ui.bad-date")
      : date.iso > ui.today() ? ui.dateWords().date_future : null;
    if (problem) errors.push({ field: "from", message: problem });
    return { request: request, errors: errors };
  };

  DeadlineWidget.prototype.submit = function () {
    this.clearErrors();
    var read = this.read();
    if (read.errors.length) {
      this.clearResult();
      this.showErrors(read.errors);
      return;
    }
    this.compute(read.request, true);
  };

  // An incoming request: a link's fragment (read, then removed from the address), or a
  // request handed over by the options page in sessionStorage (read once, then deleted).
  DeadlineWidget.prototype.incoming = function () {
    var params = null;
    var raw = location.hash.replace(/^#/, "");
    if (raw.indexOf("=") >= 0) {
      var fromLink = new URLSearchParams(raw);
      if (FRAGMENT_KEYS.some(function (key) { return fromLink.has(key); })) {
        params = fromLink;
        history.replaceState(history.state, "", location.pathname + location.search);
      }
    }
    if (!params) {
      var handed = null;
      try {
        handed = sessionStorage.getItem(HANDOFF);
        sessionStorage.removeItem(HANDOFF);
      } catch (error) {
        handed = null; // storage refused: the reader fills the form in
      }
      if (handed) {
        try {
          var request = JSON.parse(handed);
          params = new URLSearchParams();
          FRAGMENT_KEYS.forEach(function (key) {
            if (typeof request[key] === "string") params.set(key, request[key]);
          });
        } catch (error) {
          params = null;
        }
      }
    }
    if (params) this.fill(params);
  };

  // Fills the form from untrusted values: matched against the form's own options, and
  // shown back only as text.
  DeadlineWidget.prototype.fill = function (params) {
    this.reset();
    var errors = [];
    var remedy = params.get("remedy");
    var known = remedy !== null && remedy !== "" && Array.prototype.some.call(this.remedy.options, function (option) {
      return option.value === remedy;
    });
    if (known) this.remedy.value = remedy;
    else errors.push({ field: "remedy", message: remedy === null ? t("ui.link-no-remedy")
      : t("ui.link-unknown-remedy", { value: ui.shorten(remedy, 80) }) });
    this.syncFields();
    if (known && this.needsWhere()) {
      var where = params.get("where");
      var radio = null;
      this.form.querySelectorAll('input[name="where"]').forEach(function (input) {
        input.checked = input.value === where;
        if (input.checked) radio = input;
      });
      if (!radio) errors.push({ field: "where", message: t("ui.choose-where") });
    }
    var from = params.get("from");
    this.dateEntry.set(from && ui.ISO_DATE.test(from) ? from : "");
    this.from.value = this.dateEntry.read().iso || "";
    if (from === null || from === "") errors.push({ field: "from", message: t("ui.link-no-date") });
    else if (this.from.value !== from) errors.push({ field: "from", message: t("ui.link-bad-date", { value: ui.shorten(from, 40) }) });
    if (errors.length) {
      this.showErrors(errors);
      return;
    }
    Calc.engine.start(); // the reader asked for a result: do not wait
    this.compute(this.read().request, true);
  };

  DeadlineWidget.prototype.compute = function (request, moveFocus) {
    var self = this;
    var engine = Calc.engine;
    this.lastRequest = request;
    performance.mark("calculators:submit");
    this.say(engine.state === "ready" ? t("ui.calculating") : t("ui.still-loading"));
    if (engine.state !== "ready") {
      var lookup = loadAhead();
      if (lookup) {
        lookup.then(function (data) {
          var found = lookUp(data, request);
          if (!found || request !== self.lastRequest || self.result.getAttribute("data-source") === "engine") return;
          self.renderAhead(found, request);
          self.show(moveFocus);
          if (engine.state === "failed") self.aheadOnly();
          else self.say(t("ui.ahead-status", { date: ui.longDate(found.file_by || found.last_day) }));
        });
      }
    }
    return engine.call(request).then(
      function (answer) {
        if (request !== self.lastRequest) return; // a newer request, or a changed input, replaced it
        if (answer && answer.error) {
          self.clearResult();
          self.showErrors([{ field: answer.error.field, message: ui.textOf(answer.error.message) }]);
          return;
        }
        self.render(answer, request);
        performance.mark("calculators:result");
        performance.measure("calculators:calculate", "calculators:submit", "calculators:result");
        self.show(moveFocus);
      },
      function (error) {
        if (request !== self.lastRequest) return;
        if (self.result.getAttribute("data-source") === "ahead") self.aheadOnly();
        else if (error instanceof engine.LoadFailed) self.say(t("ui.failed-count"));
        else self.say(t("ui.went-wrong"));
      }
    );
  };

  // Shows the result; focus moves to it unless the reader has moved on (a date ahead of time
  // that the full answer replaces keeps the focus where it was).
  DeadlineWidget.prototype.show = function (moveFocus) {
    var wasHidden = this.result.hidden;
    this.result.hidden = false;
    var active = document.activeElement;
    if (moveFocus && (wasHidden || !active || active === document.body || this.result.contains(active))) this.result.focus();
  };

  DeadlineWidget.prototype.clearResult = function () {
    this.result.replaceChildren();
    this.result.hidden = true;
    ["data-last-day", "data-file-by", "data-source"].forEach(function (name) {
      this.result.removeAttribute(name);
    }, this);
  };

  DeadlineWidget.prototype.dates = function (answer, source) {
    var result = this.result;
    result.replaceChildren();
    result.setAttribute("data-source", source);
    var lastDay = ui.isoOrNull(answer.last_day);
    var fileBy = ui.isoOrNull(answer.file_by);
    var extend = ui.isoOrNull(answer.may_extend_to);
    if (lastDay) result.setAttribute("data-last-day", lastDay);
    if (fileBy) result.setAttribute("data-file-by", fileBy);
    ui.add(result, el("h2", { class: "calc-result-title" }, ui.textOf(answer.title) || t("ui.your-deadline")));
    // Act-by first, with the days left; the legal last day (when later) and where it may move under it.
    // Dates as the engine words them (answer.*_text), the same words as the plan's.
    if (fileBy) {
      ui.add(result, el("p", { class: "calc-file-by" }, el("span", { class: "calc-label" }, t("ui.act-by")),
                       ui.timeElement(fileBy, "calc-big", answer.file_by_text)));
    }
    if (answer.days_left_text) {
      ui.add(result, el("p", { class: "calc-days-left", "data-days-left": answer.days_left }, ui.textOf(answer.days_left_text)));
    }
    if (lastDay && lastDay !== fileBy) {
      ui.add(result, el("p", { class: "calc-last-day" }, el("span", { class: "calc-label" }, t("ui.last-day")), " ",
                       ui.timeElement(lastDay, null, answer.last_day_text)));
    }
    if (extend) {
      ui.add(result, el("p", { class: "calc-extend" }, ui.tNodes("ui.may-move", {
        date: ui.timeElement(extend, null, answer.may_extend_to_text) })));
    }
    return lastDay;
  };

  DeadlineWidget.prototype.renderAhead = function (found, request) {
    var option = this.option();
    this.dates({ title: option && option.value === request.remedy ? option.textContent : "", last_day: found.last_day,
                 file_by: found.file_by, may_extend_to: found.may_extend_to }, "ahead");
    ui.add(this.result, el("p", { class: "calc-note calc-ahead" }, t("ui.ahead-note")));
  };

  // The engine could not start: the date ahead of time stays, said to be without its steps.
  DeadlineWidget.prototype.aheadOnly = function () {
    var note = this.result.querySelector(".calc-ahead");
    if (note) note.textContent = t("ui.ahead-failed-note");
    this.say(t("ui.ahead-failed", { date: ui.longDate(this.result.getAttribute("data-file-by") || this.result.getAttribute("data-last-day")) }));
  };

  DeadlineWidget.prototype.render = function (answer, request) {
    var self = this;
    var result = this.result;
    var lastDay = this.dates(answer, "engine");
    ui.add(result, ui.admonition("warning", t("ui.check-this"), answer.warnings));
    if (Array.isArray(answer.steps) && answer.steps.length) {
      ui.add(result, el("h3", null, t("ui.how-counted")), el("ol", { class: "calc-steps" },
        answer.steps.map(function (step) { return el("li", null, ui.textOf(step)); })));
    }
    var citations = ui.citationList(answer);
    if (citations) ui.add(result, el("h3", null, t("ui.the-law")), citations, ui.lawBoxes(answer.citations));
    var calendar = ui.button(t("ui.add-to-calendar"), function () { self.downloadCalendar(request, calendar); }, true);
    ui.add(result, el("p", { class: "calc-actions" }, calendar, " ", ui.printButton()));
    ui.add(result, ui.copyLinkButton(t("ui.copy-link"), function () {
      var params = new URLSearchParams();
      FRAGMENT_KEYS.forEach(function (key) { if (request[key]) params.set(key, request[key]); });
      return params.toString();
    }, function (text) { self.say(text); }));
    var verified = ui.isoOrNull(answer.last_verified);
    ui.add(result, el("p", { class: "calc-note" }, t("ui.not-advice"),
                     verified ? [" ", ui.tNodes("ui.last-checked", { date: ui.timeElement(verified) })] : null));
    var fileBy = ui.isoOrNull(answer.file_by);
    this.say(fileBy ? t("ui.result-act-by", { date: answer.file_by_text || ui.longDate(fileBy) }) : t("ui.result-ready"));
  };

  DeadlineWidget.prototype.downloadCalendar = function (request, button) {
    var self = this;
    var ics = { kind: "ics", remedy: request.remedy, from: request.from, today: ui.today(),
                page: location.href.split("#")[0].split("?")[0] };
    if (request.where) ics.where = request.where;
    ui.downloadCalendar(ics, button, function (text) { self.say(text); });
  };

  DeadlineWidget.HANDOFF = HANDOFF;
  DeadlineWidget.FRAGMENT_KEYS = FRAGMENT_KEYS;
  Calc.DeadlineWidget = DeadlineWidget;
})();
