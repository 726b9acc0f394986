/* The options page ([data-calculator="options"]): the engine's interview, one question per
 * screen, then "check your answers", then the plan (plan.js).
 *
 * The questions, their choices, hints and when each is asked come from the page's data block
 * (calc-data.interview: calculators/interview.py through calculators.api, written at build
 * time), so the first question can be answered before the Python runtime has arrived. This
 * file evaluates `ask_if` as data (CONTRIBUTING.md §2): it knows no question and no rule.
 *
 * Private: answers live in this page's memory only. They enter the address only when the
 * reader presses "Copy a link to this plan"; an incoming link (#application=…&notified=…) is
 * read, then removed with history.replaceState. `today` is always the device's date.
 *
 * Fast: while the runtime loads, the plan's first step and its act-by date come from tables the
 * engine made at build time (data-plans: assets/calculators/plan-ahead.json says which deadline of
 * data-answers: answers.json dates the first step for these answers; calculators/precompute.py),
 * marked data-source="ahead"; the engine's plan replaces it. Only walked and looked up, as data:
 * answers the table does not cover, or a date already past, show nothing ahead of time.
 */
(function () {
  "use strict";
  var Calc = (window.Calc = window.Calc || {});
  if (Calc.InterviewWidget) return;
  var ui = Calc.ui;
  var t = ui.t;
  var el = ui.el;

  /* ---------------------------------------------------------------- the graph, as data */

  function empty(value) {
    return value === undefined || value === null || value === "" || (Array.isArray(value) && !value.length);
  }

  function holds(condition, kept) {
    var answer = kept[condition.field];
    var negate = Array.isArray(condition.not_in);
    if (empty(answer)) return negate;
    var values = negate ? condition.not_in : condition.in || [];
    var chosen = Array.isArray(answer) ? answer : [answer];
    var found = chosen.some(function (value) { return values.indexOf(value) >= 0; });
    return negate ? !found : found;
  }

  // The questions asked for these answers, in order, and the answers that count.
  function walk(questions, answers) {
    var kept = {};
    var shown = [];
    questions.forEach(function (question) {
      if (!(question.ask_if || []).every(function (condition) { return holds(condition, kept); })) return;
      shown.push(question);
      if (!empty(answers[question.field])) kept[question.field] = answers[question.field];
    });
    return { shown: shown, kept: kept };
  }

  // The plan's first step for these answers (the answers that count, as walk() keeps them), from the
  // build's table: [deadline "remedy|where", the answer's field it counts from, its plan.do.* message id],
  // or null. Each node names a field; its value is "" (skipped), "date", a multi answer's values sorted and
  // joined by ",", or the answer; a value the node lacks takes "*" (calculators.precompute.plan_lookup).
  function planStep(table, kept) {
    if (!table || table.version !== 1 || !Array.isArray(table.steps)) return null;
    var node = table.tree;
    while (node && typeof node === "object") {
      var answer = kept[node.f];
      var value = empty(answer) ? "" : Array.isArray(answer) ? answer.slice().sort().join(",")
        : ui.isoOrNull(answer) ? "date" : String(answer);
      var children = node.v || {};
      node = Object.prototype.hasOwnProperty.call(children, value) ? children[value] : node["*"];
    }
    var step = typeof node === "number" && node > 0 ? table.steps[node - 1] : null;
    return Array.isArray(step) && step.length === 3 ? step : null;
  }

  /* ---------------------------------------------------------------- the widget */

  function InterviewWidget(root) {
    var self = this;
    var interview = ui.data.interview || {};
    this.root = root;
    this.questions = Array.isArray(interview.questions) ? interview.questions : [];
    this.words = interview.check || {};
    this.box = root.querySelector(".calc-interview");
    this.status = root.querySelector(".calc-status");
    this.result = root.querySelector(".calc-result");
    root.querySelectorAll(".calc-fallback").forEach(function (node) { node.hidden = true; });
    this.box.hidden = false;
    this.box.addEventListener("submit", function (event) {
      event.preventDefault();
      self.next();
    });
    this.reset();
    this.incoming();
  }

  InterviewWidget.prototype.say = function (text) {
    this.status.textContent = text;
  };

  InterviewWidget.prototype.reset = function () {
    this.answers = {};
    this.visited = {};
    this.trail = [];
    this.changing = false;
    this.planRequest = null;
    this.clearPlan();
    this.say("");
    this.screen = null;
    this.go(this.questions.length ? this.walk().shown[0].id : "check", false);
  };

  InterviewWidget.prototype.walk = function () {
    return walk(this.questions, this.answers);
  };

  InterviewWidget.prototype.question = function (id) {
    for (var i = 0; i < this.questions.length; i++) if (this.questions[i].id === id) return this.questions[i];
    return null;
  };

  // Shows a screen (a question id, or "check"); focus goes to its heading when the reader moved.
  InterviewWidget.prototype.go = function (screen, moveFocus) {
    this.screen = screen;
    this.box.hidden = false;
    this.box.replaceChildren();
    var back = this.trail.length ? ui.button(this.words.back, this.back.bind(this)) : null;
    if (back) {
      back.className = "calc-back";
      this.box.append(back);
    }
    this.box.append(screen === "check" ? this.checkScreen() : this.questionScreen(this.question(screen)));
    if (moveFocus) {
      var heading = this.box.querySelector("[data-heading]");
      if (heading) heading.focus();
    }
  };

  InterviewWidget.prototype.back = function () {
    if (!this.trail.length) return;
    this.clearPlan();
    this.go(this.trail.pop(), true);
  };

  InterviewWidget.prototype.questionScreen = function (question) {
    var id = "q-" + question.id;
    var answer = this.answers[question.field];
    var shown = this.walk().shown;
    var position = shown.indexOf(question) + 1;
    var form = el("form", { class: "calc-form calc-question", novalidate: true, autocomplete: "off", "data-question": question.id });
    form.append(el("p", { class: "calc-step" }, t("ui.progress", { n: Math.max(position, 1), total: shown.length })));
    var isDate = question.type === "date";
    var group = el("fieldset", { class: "calc-field", "data-field": question.field,
      "aria-describedby": id + "-hint " + id + "-error" });
    var title = el("h2", { class: "calc-question-title", tabindex: "-1", "data-heading": true, id: id + "-title" });
    title.append(question.title);
    group.append(el("legend", null, title));
    group.append(el("p", { class: "calc-hint", id: id + "-hint" }, question.hint || ""));
    if (question.optional) group.append(el("p", { class: "calc-hint" }, this.words.optional));
    group.append(el("p", { class: "calc-error", id: id + "-error", hidden: true }));
    var choices = Array.isArray(question.choices) ? question.choices : [];
    if (isDate) {
      // One format in the reader's language: day, the month by name, year (issue 20 item 7).
      group.append(el("p", { class: "calc-hint", id: id + "-format" }, this.words.date_hint));
      var described = id + "-hint " + id + "-format " + id + "-error";
      var dateEntry = ui.dateEntry(id, question.field, described, answer);
      var entry = dateEntry.element;
      this.dateEntry = dateEntry;
      group.append(entry);
      var inputs = dateEntry.inputs;
      choices.forEach(function (choice) {
        var box = el("input", { type: "checkbox", name: question.field + "-unknown", value: choice.value });
        var sync = function () { inputs.forEach(function (input) { input.disabled = box.checked; }); };
        box.checked = answer === choice.value;
        sync();
        box.addEventListener("change", sync);
        group.append(el("label", { class: "calc-choice" }, box, " ", choice.label));
      });
    } else {
      var multi = question.type === "multi";
      var chosen = Array.isArray(answer) ? answer : empty(answer) ? [] : [answer];
      choices.forEach(function (choice, index) {
        var control = el("input", { type: multi ? "checkbox" : "radio", name: question.field, value: choice.value,
          id: id + "-" + index, "data-exclusive": choice.exclusive ? true : null });
        control.checked = chosen.indexOf(choice.value) >= 0;
        var label = el("label", { class: "calc-choice", for: id + "-" + index }, control, " ",
          el("span", null, choice.label, choice.hint ? el("span", { class: "calc-choice-hint" }, choice.hint) : null));
        group.append(label);
      });
      if (multi) {
        // "None of these" and "I don't know" are chosen alone (the data marks them exclusive).
        group.addEventListener("change", function (event) {
          var box = event.target;
          if (!box.checked) return;
          group.querySelectorAll("input").forEach(function (other) {
            if (other !== box && (box.hasAttribute("data-exclusive") || other.hasAttribute("data-exclusive"))) other.checked = false;
          });
        });
      }
    }
    form.append(group);
    var actions = el("p", { class: "calc-actions" }, el("button", { type: "submit", class: "md-button md-button--primary" },
      this.words.next));
    if (question.optional) {
      var self = this;
      actions.append(" ", ui.button(this.words.skip, function () {
        delete self.answers[question.field];
        self.advance(question);
      }));
    }
    form.append(actions);
    if (position === 1 && !this.trail.length) form.append(el("p", { class: "calc-note" }, this.words.today_note));
    return form;
  };

  // Reads the shown question; shows what is missing next to it, or moves on.
  InterviewWidget.prototype.next = function () {
    if (this.screen === "check") return this.submitPlan();
    var question = this.question(this.screen);
    var form = this.box.querySelector("form");
    var value = null;
    var problem = null;
    if (question.type === "date") {
      var unknown = form.querySelector('input[type="checkbox"]:checked');
      var read = this.dateEntry.read();
      if (unknown) value = unknown.value;
      else if (read.empty) problem = question.unknown ? t("ui.enter-date") : t("ui.enter-from");
      else if (!read.iso) problem = t("ui.bad-date");
      else if (!question.future_ok && read.iso > ui.today()) problem = this.words.date_future;
      else value = read.iso;
    } else if (question.type === "multi") {
      value = Array.prototype.map.call(form.querySelectorAll("input:checked"), function (box) { return box.value; });
      if (!value.length) problem = t("ui.choose-some");
    } else {
      var radio = form.querySelector("input:checked");
      value = radio ? radio.value : null;
      if (!value) problem = t("ui.choose-one");
    }
    if (problem) return this.showError(form, problem);
    this.answers[question.field] = value;
    this.advance(question);
  };

  InterviewWidget.prototype.showError = function (form, message) {
    var error = form.querySelector(".calc-error");
    error.textContent = message;
    error.hidden = false;
    var controls = form.querySelectorAll("input:not([disabled]), select:not([disabled])");
    controls.forEach(function (control) { control.setAttribute("aria-invalid", "true"); });
    this.say(message);
    if (controls[0]) controls[0].focus();
  };

  // The next question the data says is asked (after a change: the next one not yet seen), or the check page.
  InterviewWidget.prototype.advance = function (question) {
    this.visited[question.id] = true;
    this.loadAhead();
    this.clearPlan();
    this.say("");
    var shown = this.walk().shown;
    var from = this.questions.indexOf(question);
    var next = null;
    for (var i = from + 1; i < this.questions.length && !next; i++) {
      var candidate = this.questions[i];
      if (shown.indexOf(candidate) >= 0 && (!this.changing || !this.visited[candidate.id])) next = candidate;
    }
    this.trail.push(question.id);
    if (next) return this.go(next.id, true);
    this.changing = false;
    this.go("check", true);
  };

  InterviewWidget.prototype.worded = function (question, value) {
    if (empty(value)) return this.words.not_answered;
    var label = function (v) {
      var choice = (question.choices || []).filter(function (c) { return c.value === v; })[0];
      return choice ? choice.label : question.type === "date" ? ui.longDate(v) : String(v);
    };
    return (Array.isArray(value) ? value : [value]).map(label).join(", ");
  };

  InterviewWidget.prototype.checkScreen = function () {
    var self = this;
    var walked = this.walk();
    var form = el("form", { class: "calc-form calc-check", novalidate: true, autocomplete: "off" });
    form.append(el("h2", { tabindex: "-1", "data-heading": true }, this.words.title), el("p", null, this.words.lead));
    var rows = el("dl", { class: "calc-answers" });
    walked.shown.forEach(function (question) {
      var change = ui.button(self.words.change, function () {
        self.changing = true;
        self.trail.push("check");
        self.clearPlan();
        self.go(question.id, true);
      });
      change.className = "calc-link";
      change.append(el("span", { class: "md-visually-hidden" }, " " + question.title));
      rows.append(el("div", { class: "calc-answer", "data-question": question.id },
        el("dt", null, question.title), el("dd", null, self.worded(question, walked.kept[question.field])), el("dd", null, change)));
    });
    form.append(rows, el("p", { class: "calc-actions" },
      el("button", { type: "submit", class: "md-button md-button--primary" }, this.words.submit)));
    return form;
  };

  /* ---------------------------------------------------------------- the plan */

  InterviewWidget.prototype.planAnswers = function () {
    return this.walk().kept;
  };

  InterviewWidget.prototype.submitPlan = function () {
    this.computePlan(this.planAnswers(), true);
  };

  // The tables worked out ahead of time, fetched once the reader has begun (not with the page: a reader
  // who only looks fetches nothing more).
  InterviewWidget.prototype.loadAhead = function () {
    var config = Calc.config || {};
    if (!config.plansURL || !config.answersURL || !window.Promise) return null;
    return Promise.all([ui.fetchOnce(config.answersURL), ui.fetchOnce(config.plansURL)]);
  };

  // While the runtime loads: the first step and its act-by date from the tables, if they cover these
  // answers and the date has not passed (then the plan's headline is this step on this day).
  InterviewWidget.prototype.showAhead = function (request, answers, moveFocus) {
    var self = this;
    var loading = this.loadAhead();
    if (!loading) return;
    loading.then(function (files) {
      var data = files[0], table = files[1];
      if (request !== self.planRequest || self.result.getAttribute("data-source") === "engine") return;
      if (!data || !table || table.built !== data.built) return; // one build's tables only
      var step = planStep(table, answers);
      if (!step) return;
      var deadline = String(step[0]).split("|");
      var found = ui.aheadDates(data, { remedy: deadline[0], where: deadline[1], from: answers[step[1]] });
      if (!found || !ui.isoOrNull(found.file_by) || found.file_by < request.today) return;
      var doText = t(step[2]);
      if ((ui.data.in_english || []).indexOf(step[2]) >= 0) ui.noteEnglish([doText]);
      var written = ui.longDate(found.file_by);
      var box = el("div", { class: "calc-plan-headline calc-plan-ahead", "data-source": "ahead", "data-file-by": found.file_by,
        "data-deadline": step[0] },
        el("p", { class: "calc-last-day" }, el("span", { class: "calc-label" }, t("ui.act-by")),
           ui.timeElement(found.file_by, "calc-big", written)));
      ui.add(box, el("p", { class: "calc-plan-text" }, doText), el("p", { class: "calc-note calc-ahead" }, t("ui.ahead-plan-note")));
      self.result.replaceChildren(box);
      self.result.setAttribute("data-source", "ahead");
      self.result.hidden = false;
      if (Calc.engine.state === "failed") self.aheadOnly();
      else self.say(t("ui.result-act-by", { date: written }) + " " + t("ui.ahead-plan-note"));
      if (moveFocus) {
        self.result.focus({ preventScroll: true });
        self.result.scrollIntoView({ block: "start" });
      }
    });
  };

  // The runtime could not start: the first date stays, without the promise of a plan.
  InterviewWidget.prototype.aheadOnly = function () {
    var note = this.result.querySelector(".calc-ahead");
    if (note) note.textContent = t("ui.failed-count");
    var day = this.result.querySelector(".calc-plan-ahead time");
    this.say((day ? t("ui.result-act-by", { date: day.textContent }) + " " : "") + t("ui.failed-count"));
  };

  InterviewWidget.prototype.computePlan = function (answers, moveFocus) {
    var self = this;
    var engine = Calc.engine;
    var request = Object.assign({ kind: "plan" }, answers, {
      today: ui.today(), page: location.href.split("#")[0].split("?")[0],
    });
    this.planRequest = request;
    this.say(engine.state === "ready" ? t("ui.calculating") : t("ui.plan-waiting"));
    if (engine.state !== "ready") this.showAhead(request, answers, moveFocus);
    engine.call(request).then(function (plan) {
      if (request !== self.planRequest) return; // answers changed meanwhile
      if (!plan || plan.error) {
        self.result.replaceChildren(); // a first date worked out ahead of time is not kept for refused answers
        self.result.removeAttribute("data-source");
        self.result.hidden = true;
        var message = plan && plan.error ? ui.textOf(plan.error.message) : t("ui.went-wrong");
        // An answer the engine refuses (a year out of range): back to its question, said there.
        var field = plan && plan.error && plan.error.field;
        var asked = self.walk().shown.filter(function (question) { return question.field === field; })[0];
        if (asked) {
          self.trail.push("check");
          self.go(asked.id, false);
          self.showError(self.box.querySelector("form"), message);
        } else {
          self.say(message);
        }
        return;
      }
      self.box.hidden = true;
      self.result.setAttribute("data-source", "engine");
      Calc.renderPlan(self.result, plan, {
        say: self.say.bind(self),
        root: new URL(ui.data.root || "./", document.baseURI).href,
        deadlineHref: self.root.getAttribute("data-deadline-href"),
        siteName: ui.data.site_name || "",
        calendar: function (button) { self.calendar(request, button); },
        fragment: function () { return self.fragment(answers); },
        back: function () {
          self.clearPlan();
          self.trail = [];
          self.go("check", true);
        },
        restart: function () {
          self.reset();
          self.go(self.screen, true);
        },
      });
      self.result.hidden = false;
      if (moveFocus) {
        // The plan's first screen (its first step, date, days left, calendar button) at the top.
        self.result.focus({ preventScroll: true });
        self.result.scrollIntoView({ block: "start" });
      }
    }, function (error) {
      if (request !== self.planRequest) return;
      if (self.result.getAttribute("data-source") === "ahead") self.aheadOnly();
      else self.say(error instanceof engine.LoadFailed ? t("ui.failed-count") : t("ui.went-wrong"));
    });
  };

  InterviewWidget.prototype.clearPlan = function () {
    this.planRequest = null;
    this.result.replaceChildren();
    this.result.removeAttribute("data-source");
    this.result.hidden = true;
  };

  InterviewWidget.prototype.calendar = function (request, button) {
    var self = this;
    ui.downloadCalendar(Object.assign({}, request, { kind: "plan-ics", today: ui.today() }), button,
                        function (text) { self.say(text); });
  };

  // The answers as a fragment, with the engine's field names (a list repeats its field).
  InterviewWidget.prototype.fragment = function (answers) {
    var params = new URLSearchParams();
    Object.keys(answers).forEach(function (field) {
      (Array.isArray(answers[field]) ? answers[field] : [answers[field]]).forEach(function (value) {
        params.append(field, value);
      });
    });
    return params.toString();
  };

  // An incoming link: answers read from the fragment (only the interview's own fields and
  // values), removed from the address, and the plan made at once. `today` is never read.
  InterviewWidget.prototype.incoming = function () {
    var raw = location.hash.replace(/^#/, "");
    if (raw.indexOf("=") < 0) return;
    var params = new URLSearchParams(raw);
    var answers = {};
    var known = false;
    this.questions.forEach(function (question) {
      var values = params.getAll(question.field);
      if (!values.length) return;
      known = true;
      var allowed = (question.choices || []).map(function (choice) { return choice.value; });
      var ok = function (value) { return allowed.indexOf(value) >= 0 || (question.type === "date" && ui.isoOrNull(value)); };
      if (question.type === "multi") {
        var list = [];
        values.forEach(function (value) { list = list.concat(value.split(",")); });
        list = list.filter(ok);
        if (list.length) answers[question.field] = list;
      } else if (ok(values[0])) {
        answers[question.field] = values[0];
      }
    });
    if (!known) return;
    history.replaceState(history.state, "", location.pathname + location.search);
    this.reset();
    this.answers = answers;
    var self = this;
    this.walk().shown.forEach(function (question) { self.visited[question.id] = true; });
    this.trail = [];
    this.go("check", false);
    Calc.engine.start();
    this.computePlan(this.walk().kept, true);
  };

  InterviewWidget.walk = walk;
  Calc.InterviewWidget = InterviewWidget;
})();
