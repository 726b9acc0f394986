/* Starts the calculators' runtime with the page (issue 20 item 9): loaded from the page's head
 * (async, added by scripts/hooks/pyodide_assets.py to pages with a calculator only), it creates
 * the engine's worker (worker.js) and asks it to boot at once, so the runtime's download begins
 * while the page is still arriving, not after the deferred scripts. The engine client
 * (engine.js) adopts this worker and the messages it sent meanwhile (window.CalcEarly).
 *
 * Not when the browser asks to save data (navigator.connection.saveData): then the runtime is
 * downloaded only once the reader uses the form (calculators.js). No wording, no rule here.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || window.CalcEarly || typeof Worker !== "function") return;
  if (navigator.connection && navigator.connection.saveData) return;
  function absolute(name) {
    var value = script.getAttribute(name);
    return value ? new URL(value, document.baseURI).href : null;
  }
  var workerURL = absolute("data-worker");
  var indexURL = absolute("data-pyodide");
  var wheelURL = absolute("data-wheel");
  if (!workerURL || !indexURL || !wheelURL) return;
  var worker;
  try {
    worker = new Worker(workerURL, { type: "module" });
  } catch (error) {
    return; // the engine client starts its own worker later, and says so if that fails too
  }
  var early = { worker: worker, indexURL: indexURL, wheelURL: wheelURL, messages: [], error: null };
  worker.onmessage = function (event) {
    early.messages.push(event.data || {});
  };
  worker.onerror = function (event) {
    if (event.preventDefault) event.preventDefault();
    early.error = event.message || "worker-stopped";  // a detail for the console (fail), never shown
  };
  performance.mark("calculators:boot-start");
  worker.postMessage({ type: "boot", indexURL: indexURL, wheelURL: wheelURL });
  window.CalcEarly = early;
})();
