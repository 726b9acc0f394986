/* Calculators from file:// (the offline export only; scripts/offline/pyodide_payload.py adds
 * this script before the calculators script on pages with a widget, and config.js in <head>).
 *
 * Online, the calculators script starts a module Web Worker (assets/calculators/worker.js)
 * that fetches Pyodide's files. From file:// a browser refuses all of that:
 * `new Worker(file:…)`, `fetch(file:…)` and `import(file:…)`. So, on file:// pages only,
 * this script replaces `window.Worker` for the calculators worker's URL (any other worker,
 * such as search, goes to the Worker it replaced) with a stand-in that speaks the same
 * message protocol (boot / progress / ready / failed / call / answer / call-failed,
 * documented at the top of worker.js). The stand-in:
 *
 *  1. loads the payload: classic <script> files that carry the wasm, the standard library
 *     and the calculators wheel as base64, and the sources of Pyodide's classic loader and
 *     of pyodide.asm.mjs turned into a classic script;
 *  2. starts a classic Worker from a blob: URL made of those sources plus WORKER_MAIN
 *     below (a file:// page may start a blob: worker; the site's CSP allows `worker-src
 *     blob:`), hands it the payload, and forwards messages both ways. In the worker,
 *     Pyodide's `fetch` for the wasm and the standard library is answered from memory,
 *     `createPyodideModule` is the classic asm script, and `lockFileContents` is a minimal
 *     lock. Python runs off the page's thread, so the page stays responsive while it starts;
 *  3. if the browser refuses the blob: worker, runs the same thing on the page's own thread
 *     instead (pyodide.js and pyodide.asm.js as classic scripts): slower to respond while
 *     Python starts, but it works.
 *
 * `window.__OFFLINE_PYODIDE__` is set for a calculators script that prefers to ask directly:
 * `load()` gives a promise of `{handleJson(text) → promise of text}`.
 *
 * Nothing here makes a network request; nothing typed leaves the page.
 */
(function () {
  "use strict";
  if (location.protocol !== "file:") return; // online: the normal loader, untouched
  var config = self.__OFFLINE_PYODIDE_CONFIG__;
  var script = document.currentScript;
  if (!config || !script) return;
  var base = script.src.slice(0, script.src.lastIndexOf("/") + 1);
  var indexURL = new URL(config.indexURL, base).href;
  var WORKER_PATH = /assets\/calculators\/worker\.js(?:[?#].*)?$/;
  // The browser's own Worker, saved by config.js before the iframe-worker shim replaced it.
  var NativeWorker = self.__OFFLINE_NATIVE_WORKER__ || self.Worker;

  // Same glue as worker.js: the page only ever calls calculators.api with JSON text.
  var GLUE = [
    "import json",
    "from calculators import api as _calculators_api",
    "",
    "def _calculators_handle_json(text):",
    "    if hasattr(_calculators_api, 'handle_json'):",
    "        return _calculators_api.handle_json(text)",
    "    return json.dumps(_calculators_api.handle(json.loads(text)))",
    "",
  ].join("\n");

  /* Runs in the blob: worker (and its pieces on the page, in the fallback). Self-contained:
   * it is turned into source text with Function.prototype.toString. */
  function WORKER_MAIN(scope, options) {
    var payload = {}; // name -> base64 text, until read once
    var handle = null;
    var booting = null;

    function bytesOf(name) {
      var text = payload[name];
      if (typeof text !== "string") throw new Error("offline payload missing: " + name);
      delete payload[name];
      if (typeof Uint8Array.fromBase64 === "function") return Uint8Array.fromBase64(text);
      var binary = atob(text);
      var bytes = new Uint8Array(binary.length);
      for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
      return bytes;
    }

    // Pyodide fetches the wasm and the standard library by URL: answer those from memory.
    var realFetch = scope.fetch ? scope.fetch.bind(scope) : null;
    var types = {};
    scope.fetch = function (input, init) {
      var url = typeof input === "string" ? input : input && input.url ? input.url : String(input);
      var name = url.split(/[?#]/)[0].split("/").pop();
      if (Object.prototype.hasOwnProperty.call(types, name) && typeof payload[name] === "string") {
        try {
          return Promise.resolve(new Response(bytesOf(name), { status: 200, headers: { "Content-Type": types[name] } }));
        } catch (error) {
          return Promise.reject(error);
        }
      }
      if (!realFetch) return Promise.reject(new TypeError("fetch is not available"));
      return realFetch(input, init);
    };

    function boot(message, post) {
      if (booting) return booting;
      booting = (async function () {
        post({ type: "progress", step: 1, of: 3 });
        var pyodide = await scope.loadPyodide({
          indexURL: message.indexURL,
          createPyodideModule: scope.__OFFLINE_CREATE_PYODIDE_MODULE__,
          lockFileContents: message.lock,
          packageBaseUrl: message.indexURL,
          stdout: function (line) { console.log(line); },
          stderr: function (line) { console.warn(line); },
        });
        post({ type: "progress", step: 2, of: 3 });
        pyodide.unpackArchive(bytesOf(message.wheel).buffer, "wheel");
        pyodide.runPython(message.glue);
        var python = pyodide.globals.get("_calculators_handle_json");
        python(JSON.stringify({ kind: "remedies" })); // warm the imports, as worker.js does
        handle = python;
        post({ type: "progress", step: 3, of: 3 });
      })();
      return booting;
    }

    // One message handler for both places it runs; `post` sends to the page.
    function receive(message, post) {
      message = message || {};
      if (message.type === "offline-payload") {
        for (var name in message.files) payload[name] = message.files[name];
        for (var typed in message.types) types[typed] = message.types[typed];
      } else if (message.type === "boot") {
        boot(message, post).then(
          function () { post({ type: "ready" }); },
          function (error) { post({ type: "failed", detail: String(error && error.stack ? error.stack : error) }); }
        );
      } else if (message.type === "call") {
        if (!handle) {
          post({ type: "call-failed", id: message.id, detail: "the engine is not ready" });
          return;
        }
        try {
          post({ type: "answer", id: message.id, answer: handle(String(message.request)) });
        } catch (error) {
          post({ type: "call-failed", id: message.id, detail: String(error) });
        }
      }
    }

    if (options && options.inWorker) {
      scope.onmessage = function (event) {
        receive(event.data, function (data) { scope.postMessage(data); });
      };
    }
    return receive;
  }

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var tag = document.createElement("script");
      tag.src = new URL(src, base).href;
      tag.async = false;
      tag.onload = function () { resolve(); };
      tag.onerror = function () { reject(new Error("could not load " + src)); };
      document.head.appendChild(tag);
    });
  }

  var payloadLoaded = null;
  function loadPayload() {
    if (!payloadLoaded) payloadLoaded = Promise.all(config.payload.map(loadScript));
    payloadLoaded.catch(function () { payloadLoaded = null; });
    return payloadLoaded;
  }

  function takePayload() {
    var all = self.__OFFLINE_PYODIDE_PAYLOAD__ || {};
    var files = {};
    files[config.wasm] = all[config.wasm];
    files[config.stdlib] = all[config.stdlib];
    files[config.wheel] = all[config.wheel];
    var types = {};
    types[config.wasm] = "application/wasm";
    types[config.stdlib] = "application/zip";
    return { files: files, types: types };
  }

  function forgetPayload() {
    delete self.__OFFLINE_PYODIDE_PAYLOAD__; // the worker has its own copy now
  }

  function bootMessage(message) {
    return {
      type: "boot",
      indexURL: indexURL,
      lock: config.lock,
      wheel: config.wheel,
      glue: GLUE,
      // The page's own URLs, in case a future protocol needs them.
      pageIndexURL: message && message.indexURL,
    };
  }

  /* The blob: worker. Resolves to a native Worker, or rejects if the browser refuses one. */
  function startBlobWorker() {
    return loadPayload().then(function () {
      var sources = self.__OFFLINE_PYODIDE_PAYLOAD__ || {};
      var loader = sources[config.loaderSource];
      var asm = sources[config.asmSource];
      if (typeof loader !== "string" || typeof asm !== "string") throw new Error("offline payload lacks the Pyodide sources");
      var text = [
        // Pyodide refuses classic workers by probing importScripts; this worker loads no
        // script by URL at all, so it has none.
        "self.importScripts = function () { throw new Error('no importScripts in the offline calculators worker'); };",
        loader,
        asm,
        "(" + WORKER_MAIN.toString() + ")(self, { inWorker: true });",
      ].join("\n;\n");
      var url = URL.createObjectURL(new Blob([text], { type: "text/javascript" }));
      var worker = new NativeWorker(url);
      delete sources[config.loaderSource];
      delete sources[config.asmSource];
      var payload = takePayload();
      worker.postMessage({ type: "offline-payload", files: payload.files, types: payload.types });
      forgetPayload();
      return worker;
    });
  }

  /* The fallback: the same code on the page's thread. */
  var mainThreadReceive = null;
  function startOnMainThread() {
    return loadPayload()
      .then(function () { return loadScript(config.loaderScript); })
      .then(function () { return loadScript(config.asmScript); })
      .then(function () {
        mainThreadReceive = WORKER_MAIN(self, { inWorker: false });
        var payload = takePayload();
        mainThreadReceive({ type: "offline-payload", files: payload.files, types: payload.types }, function () {});
        forgetPayload();
        return mainThreadReceive;
      });
  }

  // A stand-in for the calculators worker.
  function CalculatorsWorker() {
    var target = new EventTarget();
    var self_ = this;
    var closed = false;
    var worker = null; // a native Worker, or null on the page's thread
    var started = null; // promise of a function that sends a message on
    this.onmessage = null;
    this.onerror = null;
    this.addEventListener = target.addEventListener.bind(target);
    this.removeEventListener = target.removeEventListener.bind(target);
    this.dispatchEvent = target.dispatchEvent.bind(target);

    function deliver(data) {
      if (closed) return;
      setTimeout(function () {
        if (closed) return;
        var event = new MessageEvent("message", { data: data });
        if (typeof self_.onmessage === "function") self_.onmessage(event);
        target.dispatchEvent(event);
      }, 0);
    }

    function start() {
      if (started) return started;
      deliver({ type: "progress", step: 1, of: 3 });
      started = startBlobWorker().then(
        function (native) {
          worker = native;
          native.onmessage = function (event) { deliver(event.data); };
          native.onerror = function (event) {
            if (event.preventDefault) event.preventDefault();
            deliver({ type: "failed", detail: event.message || "the offline calculators worker stopped" });
          };
          return function (message) { native.postMessage(message); };
        },
        function (error) {
          console.warn("Offline calculators: no blob: worker (" + error + "); running on the page instead.");
          return startOnMainThread().then(function (receive) {
            return function (message) { receive(message, deliver); };
          });
        }
      );
      return started;
    }

    this.terminate = function () {
      closed = true;
      if (worker) worker.terminate();
    };
    this.postMessage = function (message) {
      message = message || {};
      var outgoing = message.type === "boot" ? bootMessage(message) : message;
      start().then(
        function (send) { if (!closed) send(outgoing); },
        function (error) { deliver({ type: "failed", detail: String(error && error.stack ? error.stack : error) }); }
      );
    };
  }

  // The deadline answers computed at build time: a page may not fetch() a file:// URL, so
  // answers.js (loaded just before this script) carries them and the page's fetch of
  // answers.json is answered from it. Any other fetch goes on as before.
  var pageFetch = window.fetch ? window.fetch.bind(window) : null;
  var ANSWERS_PATH = /assets\/calculators\/answers\.json(?:[?#].*)?$/;
  window.fetch = function (input, init) {
    var url = typeof input === "string" ? input : input && input.url ? input.url : String(input);
    if (ANSWERS_PATH.test(url) && self.__OFFLINE_ANSWERS__) {
      return Promise.resolve(new Response(JSON.stringify(self.__OFFLINE_ANSWERS__), {
        status: 200, headers: { "Content-Type": "application/json" },
      }));
    }
    if (!pageFetch) return Promise.reject(new TypeError("fetch is not available"));
    return pageFetch(input, init);
  };

  // Search and any other worker: whatever Worker was there (on file://, the iframe-worker shim).
  var PreviousWorker = window.Worker;
  window.Worker = function Worker(url, options) {
    if (WORKER_PATH.test(String(url))) return new CalculatorsWorker();
    return new PreviousWorker(url, options);
  };
  window.Worker.prototype = PreviousWorker && PreviousWorker.prototype ? PreviousWorker.prototype : Object.prototype;

  // For a calculators script that asks directly instead of starting a worker.
  var direct = null;
  window.__OFFLINE_PYODIDE__ = {
    load: function () {
      if (direct) return direct;
      direct = new Promise(function (resolve, reject) {
        var stand = new CalculatorsWorker();
        var pending = {};
        var next = 1;
        stand.onmessage = function (event) {
          var data = event.data || {};
          if (data.type === "ready") {
            resolve({
              handleJson: function (text) {
                return new Promise(function (ok, fail) {
                  var id = next++;
                  pending[id] = { ok: ok, fail: fail };
                  stand.postMessage({ type: "call", id: id, request: String(text) });
                });
              },
            });
          } else if (data.type === "failed") {
            direct = null;
            reject(new Error(data.detail));
          } else if (data.type === "answer" || data.type === "call-failed") {
            var job = pending[data.id];
            delete pending[data.id];
            if (job) data.type === "answer" ? job.ok(data.answer) : job.fail(new Error(data.detail));
          }
        };
        stand.postMessage({ type: "boot" });
      });
      return direct;
    },
  };
})();
