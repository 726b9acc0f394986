/* Calculators from file:// (the offline export only; scripts/offline/pyodide_payload.py adds
 * this script, after config.js, before the calculators script on pages with a widget).
 *
 * Online, the calculators script starts a Web Worker (assets/calculators/worker.js) that
 * fetches Pyodide's files. From file:// a browser refuses all three: `new Worker(file:…)`,
 * `fetch(file:…)` and `import(file:…)`. So, on file:// pages only, this script:
 *
 *  - sets `window.__OFFLINE_PYODIDE__`, an object with `load()` → a promise of
 *    `{handleJson(text) → text}`, for a calculators script that wants to ask for it;
 *  - replaces `window.Worker` for the calculators worker's URL only, with an object that
 *    speaks the worker's message protocol (boot / progress / ready / failed / call /
 *    answer / call-failed, documented at the top of worker.js) but runs Pyodide on the
 *    page's own thread. Any other worker (search) goes to the Worker it replaced;
 *  - loads Pyodide from classic <script> files: pyodide.js, pyodide.asm.mjs turned into a
 *    classic script and passed as `createPyodideModule`, and the wasm, the standard library
 *    and the calculators wheel carried as base64, which Pyodide's `fetch` for those names
 *    gets from memory. It passes a minimal lock file as `lockFileContents`.
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

  function bytesOf(name) {
    var payload = self.__OFFLINE_PYODIDE_PAYLOAD__ || {};
    var text = payload[name];
    if (typeof text !== "string") throw new Error("offline payload missing: " + name);
    delete payload[name]; // each file is read once; let the string go
    if (typeof Uint8Array.fromBase64 === "function") return Uint8Array.fromBase64(text);
    var binary = atob(text);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  // Pyodide fetches the wasm and the standard library by URL: answer those two from memory.
  var realFetch = self.fetch ? self.fetch.bind(self) : null;
  var served = {};
  served[config.wasm] = "application/wasm";
  served[config.stdlib] = "application/zip";
  self.fetch = function (input, init) {
    var url = typeof input === "string" ? input : input && input.url ? input.url : String(input);
    var name = url.split(/[?#]/)[0].split("/").pop();
    if (Object.prototype.hasOwnProperty.call(served, name) && url.indexOf(indexURL) === 0) {
      try {
        return Promise.resolve(new Response(bytesOf(name), { status: 200, headers: { "Content-Type": served[name] } }));
      } catch (error) {
        return Promise.reject(error);
      }
    }
    if (!realFetch) return Promise.reject(new TypeError("fetch is not available"));
    return realFetch(input, init);
  };

  var engine = null;
  function load(progress) {
    if (engine) return engine;
    progress = progress || function () {};
    engine = (async function () {
      progress(1, 3);
      await loadScript(config.pyodideScript);
      await Promise.all(config.scripts.map(loadScript));
      var pyodide = await self.loadPyodide({
        indexURL: indexURL,
        createPyodideModule: self.__OFFLINE_CREATE_PYODIDE_MODULE__,
        lockFileContents: config.lock,
        packageBaseUrl: indexURL,
        stdout: function (line) { console.log(line); },
        stderr: function (line) { console.warn(line); },
      });
      progress(2, 3);
      pyodide.unpackArchive(bytesOf(config.wheel).buffer, "wheel");
      pyodide.runPython(GLUE);
      var handle = pyodide.globals.get("_calculators_handle_json");
      handle(JSON.stringify({ kind: "remedies" })); // warm the imports, as worker.js does
      progress(3, 3);
      return { handleJson: function (text) { return handle(String(text)); }, pyodide: pyodide };
    })();
    engine.catch(function () { engine = null; });
    return engine;
  }
  window.__OFFLINE_PYODIDE__ = { load: load };

  // A stand-in for the calculators worker, on the page's thread.
  var PreviousWorker = self.Worker;
  function CalculatorsWorker() {
    var target = new EventTarget();
    var worker = this;
    this.onmessage = null;
    this.onerror = null;
    this.addEventListener = target.addEventListener.bind(target);
    this.removeEventListener = target.removeEventListener.bind(target);
    this.dispatchEvent = target.dispatchEvent.bind(target);
    var closed = false;
    function reply(data) {
      if (closed) return;
      setTimeout(function () {
        if (closed) return;
        var event = new MessageEvent("message", { data: data });
        if (typeof worker.onmessage === "function") worker.onmessage(event);
        target.dispatchEvent(event);
      }, 0);
    }
    this.terminate = function () { closed = true; };
    this.postMessage = function (message) {
      message = message || {};
      if (message.type === "boot") {
        load(function (step, of) { reply({ type: "progress", step: step, of: of }); }).then(
          function () { reply({ type: "ready" }); },
          function (error) { reply({ type: "failed", detail: String(error && error.stack ? error.stack : error) }); }
        );
      } else if (message.type === "call") {
        var id = message.id;
        var request = String(message.request);
        if (!engine) {
          reply({ type: "call-failed", id: id, detail: "the engine is not ready" });
          return;
        }
        engine.then(function (ready) {
          try {
            reply({ type: "answer", id: id, answer: ready.handleJson(request) });
          } catch (error) {
            reply({ type: "call-failed", id: id, detail: String(error) });
          }
        }, function (error) {
          reply({ type: "call-failed", id: id, detail: String(error) });
        });
      }
    };
  }
  self.Worker = function Worker(url, options) {
    if (WORKER_PATH.test(String(url))) return new CalculatorsWorker();
    return new PreviousWorker(url, options);
  };
  self.Worker.prototype = PreviousWorker ? PreviousWorker.prototype : Object.prototype;
})();
