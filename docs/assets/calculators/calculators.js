/* The calculators' entry script: binds each widget ([data-calculator]) on the page to its
 * renderer and starts the engine right after the first frame (never on a page without a
 * widget). Loaded last, after ui.js, engine.js and the widgets' own scripts.
 *
 * The hook scripts/hooks/pyodide_assets.py adds the scripts to calculator pages; this
 * tag carries data-pyodide (runtime folder), data-wheel (the calculators wheel),
 * data-worker, data-download-bytes, data-answers (answers computed ahead of time) and, on the
 * options page, data-plans (the plan's first step for the interview's answers, computed ahead of time).
 * The page's wording and the interview come in <script type="application/json" id="calc-data">
 * (scripts/hooks/calculator_data.py).
 *
 * Privacy: when the page is left (pagehide, the quick exit) or shown again from the
 * back-forward cache (pageshow with persisted), the engine forgets every request still
 * waiting (a late answer is dropped) and every widget empties its form and its result.
 */
(function () {
  "use strict";
  var Calc = window.Calc;
  if (!Calc || !Calc.ui || !Calc.engine) return; // a part did not load: the page keeps its static help
  if (Calc.init) {
    Calc.init(); // loaded again (instant navigation re-running scripts): bind the new page
    return;
  }

  var script = document.currentScript;
  function absolute(name) {
    var value = script && script.getAttribute(name);
    return value ? new URL(value, document.baseURI).href : null;
  }
  Calc.config = {
    indexURL: absolute("data-pyodide"),
    wheelURL: absolute("data-wheel"),
    workerURL: absolute("data-worker"),
    answersURL: absolute("data-answers"),
    plansURL: absolute("data-plans"),
    downloadBytes: Number(script && script.getAttribute("data-download-bytes")) || 0,
  };
  Calc.engine.config = Calc.config;

  var KINDS = { deadline: "DeadlineWidget", options: "InterviewWidget" };
  var bound = [];

  function showEngine() {
    for (var i = 0; i < bound.length; i++) Calc.ui.showEngine(bound[i].root, Calc.engine, Calc.config.downloadBytes);
  }
  Calc.engine.onChange(showEngine);

  function scheduleStart(root) {
    if (Calc.engine.state !== "idle") return;
    var startNow = function () { Calc.engine.start(); };
    root.addEventListener("focusin", startNow, { once: true });
    root.addEventListener("pointerdown", startNow, { once: true });
    // A reader who asked their browser to save data downloads the runtime only once they use the form.
    if (navigator.connection && navigator.connection.saveData) return;
    // Right after the first frame: the reader sees the page at once, and the download overlaps their reading.
    window.requestAnimationFrame(function () { window.setTimeout(startNow, 0); });
  }

  function init() {
    bound = bound.filter(function (widget) { return document.contains(widget.root); });
    document.querySelectorAll("[data-calculator]").forEach(function (root) {
      var Kind = Calc[KINDS[root.getAttribute("data-calculator")]];
      if (!Kind || root.hasAttribute("data-bound")) return;
      root.setAttribute("data-bound", "");
      var widget = new Kind(root);
      bound.push(widget);
      Calc.ui.showEngine(root, Calc.engine, Calc.config.downloadBytes);
      scheduleStart(root);
    });
  }

  function resetAll() {
    Calc.engine.forget();
    for (var i = 0; i < bound.length; i++) bound[i].reset();
  }
  window.addEventListener("pagehide", resetAll);
  // The quick exit (overrides/assets/quality/quick-exit.js), before the neutral page has answered.
  window.addEventListener("calculators:reset", resetAll);
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) resetAll();
  });
  // A link with answers followed on the same page (a bookmark, a pasted link).
  window.addEventListener("hashchange", function () {
    for (var i = 0; i < bound.length; i++) if (bound[i].incoming) bound[i].incoming();
  });

  Calc.init = init;
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(function () { init(); });
  }
  init();
})();
