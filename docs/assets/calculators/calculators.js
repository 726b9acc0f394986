/* The calculators' thin browser layer.
 *
 * Finds calculator widgets ([data-calculator]) on the page, starts Pyodide in a Web
 * Worker once the page is idle (never on a page without a widget), sends each form as
 * JSON to calculators.api (CONTRIBUTING.md §2) and renders the answer. It computes no
 * law: every date, step and citation comes from the engine.
 *
 * Everything from outside this file (the URL fragment, the engine's answer) is written
 * into the page with textContent / setAttribute, never as HTML.
 *
 * The hook scripts/hooks/pyodide_assets.py adds this script to calculator pages, with
 * data-pyodide (runtime folder), data-wheel (the calculators wheel), data-worker and
 * data-download-bytes.
 */
(function () {
  "use strict";

  if (window.__calculators) {
    // Loaded again (instant navigation re-running scripts): just bind the new page.
    window.__calculators.init();
    return;
  }

  var script = document.currentScript;
  function absolute(relative) {
    return new URL(relative, document.baseURI).href;
  }
  var CONFIG = {
    indexURL: absolute(script.getAttribute("data-pyodide")),
    wheelURL: absolute(script.getAttribute("data-wheel")),
    workerURL: absolute(script.getAttribute("data-worker")),
    downloadBytes: Number(script.getAttribute("data-download-bytes")) || 0,
  };
  var ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

  /* ------------------------------------------------------------------ wording */

  // The page's language (set by the site per page), and every sentence this script writes
  // itself, in each language. The engine words the law (steps, warnings, reasons) in the
  // language sent with each request.
  var TEXT = {
    en: {
      startFailed: "The calculator could not start:",
      checkMarked: "Please check the answer marked in the form.",
      badDate: "This date is not complete, or it is not a real date. Check the day, the month and the year.",
      dateFormat: "Write the date as year-month-day, for example 2026-09-15.",
      loadingLabel: "Loading the calculator",
      loadingStep: "Loading the calculator (step {step} of {of}). ",
      downloads: "The first time, this downloads about {mb} MB. ",
      fillNow: "You can fill in the form now.",
      ready: "The calculator is ready. It runs in your browser: nothing you type is sent anywhere.",
      tryAgain: "Try again",
      failedTitle: "The calculator could not start",
      failedText: "The calculator did not load in this browser. Nothing you typed was sent anywhere. " +
        "You can still work out your date by hand with the table and the steps below this form. " +
        "You can also try again, or open this page in another browser.",
      calculating: "Calculating…",
      stillLoading: "The calculator is still loading. Your result will show here as soon as it is ready.",
      failedCount: "The calculator could not start. You can still count by hand with the table below.",
      wentWrong: "Something went wrong while calculating. Please check your answers and try again.",
      print: "Print",
      lastChecked: " These rules were last checked against the law on ",
      notAdvice: "This is legal information, not legal advice. If your deadline is close, talk to a licensed lawyer or immigration consultant today.",
      chooseRemedy: "Choose what you want to do.",
      chooseWhere: "Choose where the decision was made.",
      enterFrom: "Enter the date. If you are not sure, use the earliest date it could be.",
      linkNoRemedy: "The link does not say what you want to do. Choose it from the list.",
      linkUnknownRemedy: "The link asks for “{value}”, which this calculator does not know. Choose what you want to do from the list.",
      linkNoDate: "The link does not give a date. Enter the date.",
      linkBadDate: "The date in the link, “{value}”, is not a real date. Enter the date.",
      yourDeadline: "Your deadline",
      lastDay: "Last day",
      safeFileBy: "To be safe, file by",
      fileBy: "File by",
      mayMove: "The deadline may move to ",
      doNotCount: ". Do not count on it.",
      checkThis: "Check this",
      howCounted: "How this date was counted",
      theLaw: "The law",
      addToCalendar: "Add to calendar",
      resultLastDay: "Result: the last day is {date}.",
      resultReady: "Result ready.",
      calendarFailed: "The calendar file could not be made.",
      calendarDone: "The calendar file {name} was downloaded. Open it to add the date to your calendar.",
      chooseApplication: "Choose what you applied for.",
      enterNotified: "Enter the date you got the decision.",
      seeHow: "See how this date is counted, and add it to your calendar",
      badgeYes: "May be open to you",
      badgeMaybe: "Perhaps: see why",
      badgeNo: "Does not seem to fit",
      yourOptions: "Your options",
      firstDeadline: "Your first deadline",
      openOptions: "Options that may be open to you",
      noOption: "No option seems to fit",
      closedOptions: "Options that do not seem to fit your case",
      assumed: "What this answer assumed",
      oneOpen: "1 option may be open to you.",
      manyOpen: "{count} options may be open to you.",
      firstIs: " The first deadline is {date}.",
      noneFit: "No option seems to fit. Read the details below.",
    },
    fr: {
      startFailed: "Le calculateur n’a pas pu démarrer :",
      checkMarked: "Vérifiez la réponse signalée dans le formulaire.",
      badDate: "Cette date est incomplète ou n’existe pas. Vérifiez le jour, le mois et l’année.",
      dateFormat: "Écrivez la date sous la forme année-mois-jour, par exemple 2026-09-15.",
      loadingLabel: "Chargement du calculateur",
      loadingStep: "Chargement du calculateur (étape {step} sur {of}). ",
      downloads: "La première fois, environ {mb} Mo sont téléchargés. ",
      fillNow: "Vous pouvez déjà remplir le formulaire.",
      ready: "Le calculateur est prêt. Il fonctionne dans votre navigateur : rien de ce que vous écrivez n’est envoyé.",
      tryAgain: "Réessayer",
      failedTitle: "Le calculateur n’a pas pu démarrer",
      failedText: "Le calculateur ne s’est pas chargé dans ce navigateur. Rien de ce que vous avez écrit n’a été envoyé. " +
        "Vous pouvez calculer votre date à la main avec le tableau et les étapes sous ce formulaire. " +
        "Vous pouvez aussi réessayer, ou ouvrir cette page dans un autre navigateur.",
      calculating: "Calcul en cours…",
      stillLoading: "Le calculateur se charge encore. Votre résultat s’affichera ici dès qu’il sera prêt.",
      failedCount: "Le calculateur n’a pas pu démarrer. Vous pouvez compter à la main avec le tableau ci-dessous.",
      wentWrong: "Une erreur s’est produite pendant le calcul. Vérifiez vos réponses et réessayez.",
      print: "Imprimer",
      lastChecked: " Ces règles ont été vérifiées dans la loi pour la dernière fois le ",
      notAdvice: "Ceci est de l’information juridique, pas un avis juridique. Si votre délai est proche, parlez dès aujourd’hui à un avocat ou à un consultant en immigration autorisé.",
      chooseRemedy: "Choisissez ce que vous voulez faire.",
      chooseWhere: "Choisissez où la décision a été prise.",
      enterFrom: "Entrez la date. Si vous n’êtes pas sûr, prenez la date la plus tôt possible.",
      linkNoRemedy: "Le lien ne dit pas ce que vous voulez faire. Choisissez-le dans la liste.",
      linkUnknownRemedy: "Le lien demande « {value} », que ce calculateur ne connaît pas. Choisissez ce que vous voulez faire dans la liste.",
      linkNoDate: "Le lien ne donne pas de date. Entrez la date.",
      linkBadDate: "La date du lien, « {value} », n’existe pas. Entrez la date.",
      yourDeadline: "Votre délai",
      lastDay: "Dernier jour",
      safeFileBy: "Par prudence, déposez au plus tard le",
      fileBy: "Déposez au plus tard le",
      mayMove: "Le délai pourrait être reporté au ",
      doNotCount: ". N’y comptez pas.",
      checkThis: "À vérifier",
      howCounted: "Comment cette date a été calculée",
      theLaw: "La loi",
      addToCalendar: "Ajouter au calendrier",
      resultLastDay: "Résultat : le dernier jour est le {date}.",
      resultReady: "Résultat prêt.",
      calendarFailed: "Le fichier de calendrier n’a pas pu être créé.",
      calendarDone: "Le fichier de calendrier {name} a été téléchargé. Ouvrez-le pour ajouter la date à votre calendrier.",
      chooseApplication: "Choisissez ce que vous avez demandé.",
      enterNotified: "Entrez la date à laquelle vous avez reçu la décision.",
      seeHow: "Voir comment cette date est calculée, et l’ajouter à votre calendrier",
      badgeYes: "Peut-être possible pour vous",
      badgeMaybe: "Peut-être : voyez pourquoi",
      badgeNo: "Ne semble pas s’appliquer",
      yourOptions: "Vos options",
      firstDeadline: "Votre premier délai",
      openOptions: "Options qui peuvent s’offrir à vous",
      noOption: "Aucune option ne semble s’appliquer",
      closedOptions: "Options qui ne semblent pas s’appliquer à votre cas",
      assumed: "Ce que cette réponse a supposé",
      oneOpen: "1 option peut s’offrir à vous.",
      manyOpen: "{count} options peuvent s’offrir à vous.",
      firstIs: " Le premier délai est le {date}.",
      noneFit: "Aucune option ne semble s’appliquer. Lisez les détails ci-dessous.",
    },
  };
  var LANG = String(document.documentElement.lang || "en").slice(0, 2).toLowerCase();
  if (!TEXT[LANG]) LANG = "en";

  // A sentence in the page's language, with {name} filled in (values are inserted as text).
  function t(key, values) {
    var text = TEXT[LANG][key] || TEXT.en[key];
    return text.replace(/\{(\w+)\}/g, function (whole, name) {
      return values && values[name] !== undefined ? String(values[name]) : whole;
    });
  }

  /* ------------------------------------------------------------------ engine */

  function LoadFailed(detail) {
    this.name = "LoadFailed";
    this.message = String(detail);
  }

  var engine = {
    state: "idle", // idle | loading | ready | failed
    step: 0,
    of: 3,
    worker: null,
    queue: [],
    pending: {},
    nextId: 1,
    listeners: [],

    onChange: function (listener) {
      this.listeners.push(listener);
    },
    setState: function (state) {
      this.state = state;
      for (var i = 0; i < this.listeners.length; i++) this.listeners[i](this);
    },
    start: function () {
      if (this.state === "loading" || this.state === "ready") return;
      this.step = 0;
      this.setState("loading");
      performance.mark("calculators:boot-start");
      var self = this;
      var worker;
      try {
        worker = new Worker(CONFIG.workerURL, { type: "module" });
      } catch (error) {
        this.fail(error);
        return;
      }
      this.worker = worker;
      worker.onmessage = function (event) {
        self.receive(event.data || {});
      };
      worker.onerror = function (event) {
        if (event.preventDefault) event.preventDefault();
        self.fail(event.message || "the worker stopped");
      };
      worker.postMessage({ type: "boot", indexURL: CONFIG.indexURL, wheelURL: CONFIG.wheelURL });
    },
    receive: function (message) {
      if (message.type === "progress") {
        this.step = message.step;
        this.of = message.of;
        this.setState("loading");
      } else if (message.type === "ready") {
        performance.mark("calculators:ready");
        this.setState("ready");
        var queued = this.queue;
        this.queue = [];
        for (var i = 0; i < queued.length; i++) this.send(queued[i]);
      } else if (message.type === "failed") {
        this.fail(message.detail);
      } else if (message.type === "answer" || message.type === "call-failed") {
        var job = this.pending[message.id];
        delete this.pending[message.id];
        if (!job) return;
        if (message.type === "call-failed") {
          job.reject(new Error(message.detail));
          return;
        }
        try {
          job.resolve(JSON.parse(message.answer));
        } catch (error) {
          job.reject(error);
        }
      }
    },
    fail: function (detail) {
      // The detail is for people debugging; readers get a plain sentence from the widget.
      console.error(t("startFailed"), detail);
      if (this.worker) this.worker.terminate();
      this.worker = null;
      var jobs = this.queue;
      this.queue = [];
      for (var id in this.pending) jobs.push(this.pending[id]);
      this.pending = {};
      this.setState("failed");
      for (var i = 0; i < jobs.length; i++) jobs[i].reject(new LoadFailed(detail));
    },
    send: function (job) {
      var id = this.nextId++;
      this.pending[id] = job;
      this.worker.postMessage({ type: "call", id: id, request: job.request });
    },
    call: function (request) {
      var self = this;
      return new Promise(function (resolve, reject) {
        // The engine answers in the page's language.
        var job = { request: JSON.stringify(Object.assign({ lang: LANG }, request)), resolve: resolve, reject: reject };
        if (self.state === "ready") {
          self.send(job);
        } else {
          self.queue.push(job);
          self.start();
        }
      });
    },
  };

  function scheduleStart(widget) {
    if (engine.state !== "idle") return;
    var startNow = function () {
      engine.start();
    };
    // A reader who asked their browser to save data downloads Pyodide only once they use the form.
    var saveData = navigator.connection && navigator.connection.saveData;
    widget.addEventListener("focusin", startNow, { once: true });
    widget.addEventListener("pointerdown", startNow, { once: true });
    if (saveData) return;
    // Start right after the first frame is painted: the reader sees the page at once, and
    // Pyodide's download and start-up overlap with their reading and typing. (Waiting for the
    // browser to be idle cost about 0.3-0.5 s more before a result was possible.)
    if (window.requestAnimationFrame) {
      window.requestAnimationFrame(function () {
        window.setTimeout(startNow, 0);
      });
    } else {
      window.setTimeout(startNow, 1);
    }
  }

  /* ------------------------------------------------------------------ DOM helpers */

  // Builds an element from trusted tag names; every value is text or an attribute value.
  function el(tag, attributes) {
    var node = document.createElement(tag);
    for (var name in attributes || {}) {
      var value = attributes[name];
      if (value === null || value === undefined || value === false) continue;
      node.setAttribute(name, value === true ? "" : String(value));
    }
    for (var i = 2; i < arguments.length; i++) {
      var child = arguments[i];
      if (child === null || child === undefined || child === false) continue;
      if (Array.isArray(child)) {
        for (var j = 0; j < child.length; j++) if (child[j] != null) node.append(child[j]);
      } else {
        node.append(child); // strings become text nodes
      }
    }
    return node;
  }

  function isoOrNull(value) {
    return typeof value === "string" && ISO_DATE.test(value) ? value : null;
  }

  function longDate(iso) {
    var match = ISO_DATE.exec(iso || "");
    if (!match) return String(iso);
    var date = new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]));
    try {
      var written = new Intl.DateTimeFormat(LANG === "fr" ? "fr-CA" : "en-CA", {
        weekday: "long",
        day: "numeric",
        month: "long",
        year: "numeric",
        timeZone: "UTC",
      }).format(date);
      // French writes the first of the month as "1er" (jeudi 1er octobre 2026), as the engine does.
      return LANG === "fr" ? written.replace(/(^|\s)1(\s)/, "$11er$2") : written;
    } catch (error) {
      return iso;
    }
  }

  function timeElement(iso, className) {
    return el("time", { datetime: iso, class: className }, longDate(iso));
  }

  function textOf(item) {
    if (typeof item === "string") return item;
    if (item && typeof item === "object") return String(item.text || item.message || item.label || JSON.stringify(item));
    return String(item);
  }

  function safeHref(url) {
    if (typeof url !== "string" || !url) return null;
    try {
      var parsed = new URL(String(url), location.href);
      return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
    } catch (error) {
      return null;
    }
  }

  function shorten(text, length) {
    text = String(text);
    return text.length > length ? text.slice(0, length - 1) + "…" : text;
  }

  function citationList(answer) {
    var links = Array.isArray(answer.citation_links) ? answer.citation_links : [];
    var items = [];
    for (var i = 0; i < links.length; i++) {
      var href = safeHref(links[i] && links[i].url);
      var label = textOf(links[i] && links[i].label);
      items.push(el("li", null, href ? el("a", { href: href }, label) : label));
    }
    if (!items.length && Array.isArray(answer.citations)) {
      for (var j = 0; j < answer.citations.length; j++) items.push(el("li", null, textOf(answer.citations[j])));
    }
    return items.length ? el("ul", { class: "calc-citations" }, items) : null;
  }

  function admonition(kind, title, lines) {
    if (!Array.isArray(lines) || !lines.length) return null;
    return el(
      "div",
      { class: "admonition " + kind },
      el("p", { class: "admonition-title" }, title),
      el("ul", null, lines.map(function (line) {
        return el("li", null, textOf(line));
      }))
    );
  }

  /* ------------------------------------------------------------------ widget base */

  function Widget(root) {
    this.root = root;
    this.form = root.querySelector("form");
    this.status = root.querySelector(".calc-status");
    this.progress = root.querySelector(".calc-progress");
    this.result = root.querySelector(".calc-result");
    this.formError = root.querySelector(".calc-form-error");
    this.lastRequest = null;
    this.form.hidden = false;
    root.setAttribute("data-engine", engine.state);
  }

  Widget.prototype.field = function (name) {
    return this.form.querySelector('[data-field="' + name + '"]');
  };

  Widget.prototype.clearErrors = function () {
    var errors = this.form.querySelectorAll(".calc-error");
    for (var i = 0; i < errors.length; i++) {
      errors[i].textContent = "";
      errors[i].hidden = true;
    }
    var invalid = this.form.querySelectorAll("[aria-invalid]");
    for (var j = 0; j < invalid.length; j++) invalid[j].removeAttribute("aria-invalid");
    if (this.formError) {
      this.formError.textContent = "";
      this.formError.hidden = true;
    }
  };

  // Shows a plain-language message next to the field; returns the control to focus.
  Widget.prototype.showError = function (name, message) {
    var field = name ? this.field(name) : null;
    if (!field) {
      this.formError.textContent = message;
      this.formError.hidden = false;
      return this.form.querySelector("input, select, button");
    }
    var error = field.querySelector(".calc-error");
    error.textContent = message;
    error.hidden = false;
    var controls = field.querySelectorAll("input, select");
    for (var i = 0; i < controls.length; i++) controls[i].setAttribute("aria-invalid", "true");
    return controls[0];
  };

  Widget.prototype.showErrors = function (errors) {
    var first = null;
    for (var i = 0; i < errors.length; i++) {
      var control = this.showError(errors[i].field, errors[i].message);
      first = first || control;
    }
    this.say(t("checkMarked"));
    if (first) first.focus();
  };

  // Reads the form; shows what is wrong next to each field, or computes the answer.
  Widget.prototype.submit = function () {
    this.clearErrors();
    var read = this.read();
    if (read.errors.length) {
      this.clearResult();
      this.showErrors(read.errors);
      return;
    }
    this.remember(read.request);
    this.compute(read.request, true);
  };

  // What a widget keeps of a request it computes: nothing, unless it says otherwise.
  Widget.prototype.remember = function () {};

  Widget.prototype.say = function (text) {
    this.status.textContent = text;
  };

  Widget.prototype.dateError = function (input, missingMessage) {
    if (input.validity && input.validity.badInput) {
      return t("badDate");
    }
    if (!input.value) return missingMessage;
    if (!ISO_DATE.test(input.value)) return t("dateFormat");
    return null;
  };

  Widget.prototype.showEngine = function () {
    this.root.setAttribute("data-engine", engine.state);
    var box = this.progress;
    if (!box) return;
    box.replaceChildren();
    if (engine.state === "loading") {
      var megabytes = CONFIG.downloadBytes ? Math.round(CONFIG.downloadBytes / 1e6) : 0;
      box.append(
        el("progress", { max: engine.of, value: engine.step, "aria-label": t("loadingLabel") }),
        el(
          "span",
          null,
          t("loadingStep", { step: Math.max(engine.step, 1), of: engine.of }) +
            (megabytes ? t("downloads", { mb: megabytes }) : "") +
            t("fillNow")
        )
      );
    } else if (engine.state === "ready") {
      box.append(el("span", null, t("ready")));
    } else if (engine.state === "failed") {
      box.append(this.failureMessage());
    }
  };

  Widget.prototype.failureMessage = function () {
    var retry = el("button", { type: "button", class: "md-button" }, t("tryAgain"));
    retry.addEventListener("click", function () {
      engine.start();
    });
    return el(
      "div",
      { class: "admonition failure calc-failed" },
      el("p", { class: "admonition-title" }, t("failedTitle")),
      el(
        "p",
        null,
        t("failedText")
      ),
      retry
    );
  };

  Widget.prototype.compute = function (request, moveFocus) {
    var self = this;
    this.lastRequest = request;
    performance.mark("calculators:submit");
    this.say(engine.state === "ready" ? t("calculating") : t("stillLoading"));
    return engine.call(request).then(
      function (answer) {
        if (request !== self.lastRequest) return; // a newer request replaced this one
        if (answer && answer.error) {
          self.clearResult();
          self.showErrors([{ field: answer.error.field, message: textOf(answer.error.message) }]);
          return;
        }
        self.render(answer, request);
        performance.mark("calculators:result");
        performance.measure("calculators:calculate", "calculators:submit", "calculators:result");
        self.result.hidden = false;
        if (moveFocus) self.result.focus();
      },
      function (error) {
        if (error instanceof LoadFailed) {
          self.say(t("failedCount"));
        } else {
          console.error(error);
          self.say(t("wentWrong"));
        }
      }
    );
  };

  Widget.prototype.clearResult = function () {
    this.result.replaceChildren();
    this.result.hidden = true;
    this.result.removeAttribute("data-last-day");
    this.result.removeAttribute("data-file-by");
  };

  Widget.prototype.setDates = function (lastDay, fileBy) {
    if (isoOrNull(lastDay)) this.result.setAttribute("data-last-day", lastDay);
    else this.result.removeAttribute("data-last-day");
    if (isoOrNull(fileBy)) this.result.setAttribute("data-file-by", fileBy);
    else this.result.removeAttribute("data-file-by");
  };

  Widget.prototype.printButton = function () {
    var button = el("button", { type: "button", class: "md-button" }, t("print"));
    button.addEventListener("click", function () {
      document.body.classList.add("calc-printing");
      window.print();
    });
    return button;
  };

  window.addEventListener("afterprint", function () {
    document.body.classList.remove("calc-printing");
  });

  function verified(answer) {
    var day = isoOrNull(answer && answer.last_verified);
    return day ? el("span", null, t("lastChecked"), timeElement(day), ".") : null;
  }

  var NOT_ADVICE = t("notAdvice");

  /* ------------------------------------------------------------------ deadline */

  var FRAGMENT_KEYS = ["remedy", "from", "where"];

  function DeadlineWidget(root) {
    Widget.call(this, root);
    var self = this;
    this.remedy = this.form.elements.namedItem("remedy");
    this.from = this.form.elements.namedItem("from");
    this.fromLabel = this.form.querySelector('label[for="' + this.from.id + '"]');
    this.defaultFromLabel = this.fromLabel ? this.fromLabel.textContent : "";
    this.remedy.addEventListener("change", function () {
      self.syncFields();
    });
    this.form.addEventListener("submit", function (event) {
      event.preventDefault();
      self.submit();
    });
    this.syncFields();
    this.fromFragment(true);
  }
  DeadlineWidget.prototype = Object.create(Widget.prototype);

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
    if (this.fromLabel) {
      this.fromLabel.textContent = (option && option.getAttribute("data-from-label")) || this.defaultFromLabel;
    }
  };

  DeadlineWidget.prototype.whereValue = function () {
    var checked = this.form.querySelector('input[name="where"]:checked');
    return checked ? checked.value : "";
  };

  DeadlineWidget.prototype.read = function () {
    var errors = [];
    var request = { kind: "deadline", remedy: this.remedy.value, from: this.from.value };
    if (!request.remedy) errors.push({ field: "remedy", message: t("chooseRemedy") });
    if (this.needsWhere()) {
      request.where = this.whereValue();
      if (!request.where) errors.push({ field: "where", message: t("chooseWhere") });
    }
    var dateProblem = this.dateError(this.from, t("enterFrom"));
    if (dateProblem) errors.push({ field: "from", message: dateProblem });
    return { request: request, errors: errors };
  };

  // The deadline calculator keeps its inputs in the address, so a result can be bookmarked.
  DeadlineWidget.prototype.remember = function (request) {
    this.writeFragment(request);
  };

  DeadlineWidget.prototype.writeFragment = function (request) {
    var params = new URLSearchParams();
    for (var i = 0; i < FRAGMENT_KEYS.length; i++) {
      if (request[FRAGMENT_KEYS[i]]) params.set(FRAGMENT_KEYS[i], request[FRAGMENT_KEYS[i]]);
    }
    var hash = "#" + params.toString();
    if (location.hash !== hash) history.replaceState(history.state, "", hash);
  };

  // Reads the inputs from the URL fragment. The fragment is untrusted text: values are
  // matched against the form's own options and shown back only as text.
  DeadlineWidget.prototype.fromFragment = function (initial) {
    var raw = location.hash.replace(/^#/, "");
    if (raw.indexOf("=") < 0) return; // a heading anchor, not calculator inputs
    var params = new URLSearchParams(raw);
    if (!FRAGMENT_KEYS.some(function (key) { return params.has(key); })) return;
    this.clearErrors();
    var errors = [];

    var remedy = params.get("remedy");
    var known = remedy !== null && Array.prototype.some.call(this.remedy.options, function (option) {
      return option.value === remedy && option.value !== "";
    });
    if (known) {
      this.remedy.value = remedy;
    } else {
      errors.push({
        field: "remedy",
        message: remedy === null
          ? t("linkNoRemedy")
          : t("linkUnknownRemedy", { value: shorten(remedy, 80) }),
      });
    }
    this.syncFields();

    if (known && this.needsWhere()) {
      var where = params.get("where");
      var radio = null;
      var radios = this.form.querySelectorAll('input[name="where"]');
      for (var i = 0; i < radios.length; i++) {
        radios[i].checked = radios[i].value === where;
        if (radios[i].checked) radio = radios[i];
      }
      if (!radio) errors.push({ field: "where", message: t("chooseWhere") });
    }

    var from = params.get("from");
    this.from.value = from && ISO_DATE.test(from) ? from : "";
    if (from === null || from === "") {
      errors.push({ field: "from", message: t("linkNoDate") });
    } else if (this.from.value !== from) {
      errors.push({ field: "from", message: t("linkBadDate", { value: shorten(from, 40) }) });
    }

    if (errors.length) {
      this.clearResult();
      this.showErrors(errors);
      return;
    }
    engine.start(); // the reader asked for a result: do not wait for the page to be idle
    this.compute(this.read().request, true);
  };

  DeadlineWidget.prototype.render = function (answer, request) {
    var self = this;
    var result = this.result;
    result.replaceChildren();
    this.setDates(answer.last_day, answer.file_by);
    var lastDay = isoOrNull(answer.last_day);
    var fileBy = isoOrNull(answer.file_by);
    var extend = isoOrNull(answer.may_extend_to);

    result.append(el("h2", { class: "calc-result-title" }, textOf(answer.title || t("yourDeadline"))));
    if (lastDay) {
      result.append(
        el("p", { class: "calc-last-day" }, el("span", { class: "calc-label" }, t("lastDay")), timeElement(lastDay, "calc-big"))
      );
    }
    if (fileBy && fileBy !== lastDay) {
      // The day to act on: as prominent as the last day, so nobody plans on the later one.
      result.append(
        el("p", { class: "calc-file-by calc-file-by--earlier" }, el("span", { class: "calc-label" }, t("safeFileBy")), timeElement(fileBy, "calc-big"))
      );
    } else if (fileBy) {
      result.append(el("p", { class: "calc-file-by" }, el("span", { class: "calc-label" }, t("fileBy")), " ", timeElement(fileBy)));
    }
    if (extend) {
      result.append(
        el("p", { class: "calc-extend" }, t("mayMove"), timeElement(extend), t("doNotCount"))
      );
    }
    result.append(admonition("warning", t("checkThis"), answer.warnings));
    if (Array.isArray(answer.steps) && answer.steps.length) {
      result.append(
        el("h3", null, t("howCounted")),
        el("ol", { class: "calc-steps" }, answer.steps.map(function (step) {
          return el("li", null, textOf(step));
        }))
      );
    }
    var citations = citationList(answer);
    if (citations) result.append(el("h3", null, t("theLaw")), citations);

    var calendar = el("button", { type: "button", class: "md-button md-button--primary" }, t("addToCalendar"));
    calendar.addEventListener("click", function () {
      self.downloadCalendar(request, calendar);
    });
    result.append(el("p", { class: "calc-actions" }, calendar, " ", this.printButton()));
    result.append(el("p", { class: "calc-note" }, NOT_ADVICE, verified(answer)));
    this.say(lastDay ? t("resultLastDay", { date: longDate(lastDay) }) : t("resultReady"));
  };

  DeadlineWidget.prototype.downloadCalendar = function (request, button) {
    var self = this;
    var ics = { kind: "ics", remedy: request.remedy, from: request.from };
    if (request.where) ics.where = request.where;
    button.disabled = true;
    engine
      .call(ics)
      .then(function (answer) {
        if (!answer || answer.error || typeof answer.content !== "string") {
          self.say((answer && answer.error && textOf(answer.error.message)) || t("calendarFailed"));
          return;
        }
        var name = String(answer.filename || "deadline.ics").replace(/[^A-Za-z0-9._-]/g, "-");
        if (!/\.ics$/.test(name)) name += ".ics";
        var url = URL.createObjectURL(new Blob([answer.content], { type: "text/calendar;charset=utf-8" }));
        var link = el("a", { href: url, download: name, hidden: true });
        document.body.append(link);
        link.click();
        link.remove();
        window.setTimeout(function () {
          URL.revokeObjectURL(url);
        }, 10000);
        self.say(t("calendarDone", { name: name }));
      })
      .catch(function () {
        self.say(t("calendarFailed"));
      })
      .then(function () {
        button.disabled = false;
      });
  };

  /* ------------------------------------------------------------------ options */

  function OptionsWidget(root) {
    Widget.call(this, root);
    var self = this;
    this.form.addEventListener("change", function () {
      self.syncFields();
    });
    this.form.addEventListener("submit", function (event) {
      event.preventDefault();
      self.submit();
    });
    this.syncFields();
  }
  OptionsWidget.prototype = Object.create(Widget.prototype);

  OptionsWidget.prototype.value = function (name) {
    var control = this.form.elements.namedItem(name);
    if (!control) return "";
    if (control.tagName === "SELECT" || control.tagName === "INPUT") return control.value;
    var checked = this.form.querySelector('input[name="' + name + '"]:checked');
    return checked ? checked.value : "";
  };

  OptionsWidget.prototype.syncFields = function () {
    var application = this.value("application");
    var relationship = this.field("relationship");
    if (relationship) relationship.hidden = application !== "sponsorship";
    var statusLost = this.field("status_lost");
    if (statusLost) {
      statusLost.hidden = this.value("decided") !== "in-canada";
      var unknown = this.form.elements.namedItem("status_lost_unknown");
      var date = this.form.elements.namedItem("status_lost");
      if (unknown && date) date.disabled = unknown.checked;
    }
  };

  OptionsWidget.prototype.read = function () {
    var errors = [];
    var request = {
      kind: "options",
      application: this.value("application"),
      decided: this.value("decided"),
      notified: this.form.elements.namedItem("notified").value,
      grounds: Array.prototype.map.call(this.form.querySelectorAll('input[name="grounds"]:checked'), function (box) {
        return box.value;
      }),
    };
    if (!request.application) errors.push({ field: "application", message: t("chooseApplication") });
    if (!request.decided) errors.push({ field: "decided", message: t("chooseWhere") });
    var notifiedProblem = this.dateError(this.form.elements.namedItem("notified"), t("enterNotified"));
    if (notifiedProblem) errors.push({ field: "notified", message: notifiedProblem });
    if (!this.field("relationship").hidden) request.relationship = this.value("relationship") || "unknown";
    if (!this.field("status_lost").hidden) {
      var unknown = this.form.elements.namedItem("status_lost_unknown");
      var date = this.form.elements.namedItem("status_lost");
      if (unknown && unknown.checked) {
        request.status_lost = "unknown";
      } else if (date.value || (date.validity && date.validity.badInput)) {
        var lostProblem = this.dateError(date, "");
        if (lostProblem) errors.push({ field: "status_lost", message: lostProblem });
        else request.status_lost = date.value;
      }
    }
    return { request: request, errors: errors };
  };

  // Links to the deadline calculator with the engine's own request for this option, so the link
  // reproduces the same date (the engine decides which limit applies, e.g. 15 days for an extension).
  OptionsWidget.prototype.deadlineLink = function (option) {
    var base = this.root.getAttribute("data-deadline-href");
    var wanted = option && option.deadline_request;
    if (!base || !wanted || typeof wanted !== "object") return null;
    var params = new URLSearchParams();
    ["remedy", "from", "where"].forEach(function (key) {
      if (typeof wanted[key] === "string" && wanted[key]) params.set(key, wanted[key]);
    });
    if (!params.get("remedy") || !isoOrNull(params.get("from"))) return null;
    return el("a", { href: base + "#" + params.toString() }, t("seeHow"));
  };

  OptionsWidget.prototype.renderOption = function (option, request) {
    var lastDay = isoOrNull(option.last_day);
    var fileBy = isoOrNull(option.file_by);
    var available = option.available === true;
    var status = option.status || (available ? "yes" : "no");
    var badge = { yes: t("badgeYes"), maybe: t("badgeMaybe"), no: t("badgeNo") }[status] ||
      (available ? t("badgeYes") : t("badgeNo"));
    var item = el(
      "section",
      {
        class: "calc-option " + (available ? "calc-option--yes" : "calc-option--no"),
        "data-remedy": String(option.remedy || ""),
        "data-available": String(available),
        "data-status": status,
        "data-last-day": lastDay,
        "data-file-by": fileBy,
      },
      el("h4", null, textOf(option.title || option.remedy), " ", el("span", { class: "calc-badge" }, badge))
    );
    if (lastDay) {
      item.append(el("p", { class: "calc-last-day" }, el("span", { class: "calc-label" }, t("lastDay")), timeElement(lastDay, "calc-big")));
    }
    if (fileBy && fileBy !== lastDay) {
      item.append(el("p", { class: "calc-file-by calc-file-by--earlier" }, el("span", { class: "calc-label" }, t("safeFileBy")), timeElement(fileBy, "calc-big")));
    }
    var extend = isoOrNull(option.may_extend_to);
    if (extend) {
      item.append(el("p", { class: "calc-extend" }, t("mayMove"), timeElement(extend), t("doNotCount")));
    }
    if (Array.isArray(option.reasons) && option.reasons.length) {
      item.append(el("ul", { class: "calc-reasons" }, option.reasons.map(function (reason) {
        return el("li", null, textOf(reason));
      })));
    }
    if (Array.isArray(option.steps) && option.steps.length) {
      item.append(
        el("details", null, el("summary", null, t("howCounted")),
          el("ol", { class: "calc-steps" }, option.steps.map(function (step) {
            return el("li", null, textOf(step));
          })))
      );
    }
    if (available) {
      var link = this.deadlineLink(option, request);
      if (link) item.append(el("p", null, link));
    }
    var citations = citationList(option);
    if (citations) item.append(citations);
    return item;
  };

  OptionsWidget.prototype.render = function (answer, request) {
    var self = this;
    var result = this.result;
    result.replaceChildren();
    var options = Array.isArray(answer.options) ? answer.options : [];
    var open = options.filter(function (option) { return option.available === true; });
    var closed = options.filter(function (option) { return option.available !== true; });
    var earliest = null;
    var earliestFileBy = null;
    open.forEach(function (option) {
      var day = isoOrNull(option.last_day);
      if (day && (!earliest || day < earliest)) earliest = day;
      var fileBy = isoOrNull(option.file_by);
      if (fileBy && (!earliestFileBy || fileBy < earliestFileBy)) earliestFileBy = fileBy;
    });
    this.setDates(earliest, earliestFileBy);

    result.append(el("h2", { class: "calc-result-title" }, t("yourOptions")));
    if (earliest) {
      result.append(
        el("p", { class: "calc-last-day" }, el("span", { class: "calc-label" }, t("firstDeadline")), timeElement(earliest, "calc-big"))
      );
    }
    result.append(admonition("warning", t("checkThis"), answer.warnings));
    result.append(el("h3", null, open.length ? t("openOptions") : t("noOption")));
    open.forEach(function (option) {
      result.append(self.renderOption(option, request));
    });
    if (closed.length) {
      result.append(el("h3", null, t("closedOptions")));
      closed.forEach(function (option) {
        result.append(self.renderOption(option, request));
      });
    }
    result.append(admonition("info", t("assumed"), answer.assumptions));
    result.append(el("p", { class: "calc-actions" }, this.printButton()));
    result.append(el("p", { class: "calc-note" }, NOT_ADVICE, verified(answer)));
    this.say(
      open.length
        ? (open.length === 1 ? t("oneOpen") : t("manyOpen", { count: open.length })) +
            (earliest ? t("firstIs", { date: longDate(earliest) }) : "")
        : t("noneFit")
    );
  };

  /* ------------------------------------------------------------------ wiring */

  var KINDS = { deadline: DeadlineWidget, options: OptionsWidget };
  var bound = [];

  function init() {
    var roots = document.querySelectorAll("[data-calculator]");
    bound = bound.filter(function (widget) {
      return document.contains(widget.root);
    });
    for (var i = 0; i < roots.length; i++) {
      var root = roots[i];
      var Kind = KINDS[root.getAttribute("data-calculator")];
      if (!Kind || root.hasAttribute("data-bound")) continue;
      root.setAttribute("data-bound", "");
      var widget = new Kind(root);
      widget.showEngine();
      bound.push(widget);
      scheduleStart(root);
    }
  }

  engine.onChange(function () {
    for (var i = 0; i < bound.length; i++) bound[i].showEngine();
  });

  window.addEventListener("hashchange", function () {
    for (var i = 0; i < bound.length; i++) {
      if (bound[i] instanceof DeadlineWidget && document.contains(bound[i].root)) bound[i].fromFragment(false);
    }
  });

  window.__calculators = { engine: engine, init: init };

  // Material's instant navigation swaps pages without reloading: it announces each new
  // page on document$. Without it, this deferred script runs once the page is parsed.
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(function () {
      init();
    });
  }
  init();
})();
