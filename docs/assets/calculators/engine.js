/* The engine client: starts Pyodide and the calculators package in a Web Worker
 * (worker.js) and sends it JSON requests for calculators.api (CONTRIBUTING.md §2).
 *
 * Never stuck: a watchdog fails the start when the runtime's download stops moving
 * (the worker reports every few hundred kilobytes), or when the start takes longer than
 * any phone should; each call has its own time limit once the engine is ready. On
 * failure the worker is stopped, every waiting request is rejected with LoadFailed, and
 * the state becomes "failed" (widgets show the count-by-hand help and a retry, which
 * calls start() again).
 *
 * It computes no law and words nothing: the widgets word its states from the catalogue.
 */
(function () {
  "use strict";
  var Calc = (window.Calc = window.Calc || {});
  if (Calc.engine) return;

  // No byte of the runtime for this long: the download has stalled.
  var STALL_MS = 30000;
  // The whole start, however slowly the bytes arrive (a 6.5 MB runtime at 200 kbit/s).
  var BOOT_MS = 300000;
  // One answer once the engine is ready (they take milliseconds; this is a hung engine).
  var CALL_MS = 20000;
  // The first answer imports the modules of its kind (a plan: many): on a slow phone, longer.
  var FIRST_CALL_MS = 90000;

  function LoadFailed(detail) {
    this.name = "LoadFailed";
    this.message = String(detail);
  }

  var engine = {
    state: "idle", // idle | loading | ready | failed
    step: 0,
    of: 3,
    worker: null,
    config: null, // {indexURL, wheelURL, workerURL}, set by calculators.js
    queue: [],
    pending: {},
    nextId: 1,
    listeners: [],
    timers: { stall: 0, boot: 0 },
    downloads: null, // downloads the worker has open (null: not told yet)
    answered: false, // an answer came since the start (the first may be slow)
    LoadFailed: LoadFailed,

    onChange: function (listener) {
      this.listeners.push(listener);
    },
    setState: function (state) {
      this.state = state;
      for (var i = 0; i < this.listeners.length; i++) this.listeners[i](this);
    },
    start: function () {
      if (this.state === "loading" || this.state === "ready" || !this.config) return;
      var self = this;
      this.step = 0;
      this.downloads = null;
      this.answered = false;
      this.setState("loading");
      // The worker boot.js started with the page, already booting (used once: a retry starts anew).
      var early = window.CalcEarly;
      window.CalcEarly = null;
      if (early && (early.indexURL !== this.config.indexURL || early.wheelURL !== this.config.wheelURL)) {
        early.worker.terminate();
        early = null;
      }
      var worker;
      if (early) {
        worker = early.worker;
      } else {
        performance.mark("calculators:boot-start");
        try {
          worker = new Worker(this.config.workerURL, { type: "module" });
        } catch (error) {
          this.fail(error);
          return;
        }
      }
      this.worker = worker;
      worker.onmessage = function (event) {
        if (self.worker === worker) self.receive(event.data || {});
      };
      worker.onerror = function (event) {
        if (event.preventDefault) event.preventDefault();
        if (self.worker === worker) self.fail(event.message || "the worker stopped");
      };
      this.alive();
      this.timers.boot = window.setTimeout(function () {
        self.fail("the start took longer than " + BOOT_MS + " ms");
      }, BOOT_MS);
      if (!early) {
        worker.postMessage({ type: "boot", indexURL: this.config.indexURL, wheelURL: this.config.wheelURL });
        return;
      }
      // What the early worker said before this client was here, in order.
      for (var i = 0; i < early.messages.length && self.worker === worker; i++) this.receive(early.messages[i]);
      if (early.error && self.worker === worker) this.fail(early.error);
    },
    // Something moved (progress, or bytes of the runtime arrived): restart the stall watchdog.
    // It watches downloads only: with no download open the worker is computing (compiling the
    // runtime, starting Python), which a slow phone may take long to do without a byte, and
    // only the whole start's limit applies (issue 20 item 8: slow is not failed).
    alive: function () {
      var self = this;
      window.clearTimeout(this.timers.stall);
      if (this.downloads === 0) return;
      this.timers.stall = window.setTimeout(function () {
        self.fail("no progress for " + STALL_MS + " ms");
      }, STALL_MS);
    },
    stopWatchdog: function () {
      window.clearTimeout(this.timers.stall);
      window.clearTimeout(this.timers.boot);
    },
    receive: function (message) {
      if (message.type === "bytes") {
        if (typeof message.open === "number") this.downloads = message.open;
        this.alive();
      } else if (message.type === "progress") {
        this.alive();
        this.step = message.step;
        this.of = message.of;
        this.setState("loading");
      } else if (message.type === "ready") {
        this.stopWatchdog();
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
        window.clearTimeout(job.timer);
        if (message.type === "call-failed") {
          job.reject(new Error(message.detail));
          return;
        }
        this.answered = true;
        try {
          var answer = JSON.parse(message.answer);
          // Every answer passes here: its English fallbacks are noted before any widget draws it.
          if (answer && Calc.ui && Calc.ui.noteEnglish) Calc.ui.noteEnglish(answer.in_english);
          job.resolve(answer);
        } catch (error) {
          job.reject(error);
        }
      }
    },
    fail: function (detail) {
      if (this.state === "failed" && !this.worker) return;
      console.warn("calculators: the engine failed:", detail); // for people debugging
      this.stopWatchdog();
      if (this.worker) this.worker.terminate();
      this.worker = null;
      var jobs = this.queue;
      this.queue = [];
      for (var id in this.pending) {
        window.clearTimeout(this.pending[id].timer);
        jobs.push(this.pending[id]);
      }
      this.pending = {};
      this.setState("failed");
      for (var i = 0; i < jobs.length; i++) jobs[i].reject(new LoadFailed(detail));
    },
    // A reset (the quick exit, the page hidden or shown again from the back-forward cache):
    // the requests waiting or on their way belong to a screen that is gone. They are
    // forgotten, never settled, so a late answer is dropped here (receive finds no job) and
    // can never be drawn into the page; the engine itself keeps loading for the next request.
    forget: function () {
      for (var id in this.pending) window.clearTimeout(this.pending[id].timer);
      this.pending = {};
      this.queue = [];
    },
    send: function (job) {
      var self = this;
      var id = this.nextId++;
      this.pending[id] = job;
      var limit = this.answered ? CALL_MS : FIRST_CALL_MS;
      job.timer = window.setTimeout(function () {
        self.fail("no answer within " + limit + " ms");
      }, limit);
      this.worker.postMessage({ type: "call", id: id, request: job.request });
    },
    // One request; the engine answers in the page's language. Starts the engine if needed.
    call: function (request) {
      var self = this;
      return new Promise(function (resolve, reject) {
        var job = { request: JSON.stringify(Object.assign({ lang: Calc.ui.lang }, request)), resolve: resolve, reject: reject };
        if (self.state === "ready") {
          self.send(job);
        } else {
          self.queue.push(job);
          self.start();
        }
      });
    },
  };

  Calc.engine = engine;
})();
