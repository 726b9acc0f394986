/* Runs Pyodide and the calculators package off the page's main thread.
 *
 * A module worker: Pyodide 0.28+ refuses classic workers. It imports the loader from the
 * folder the page names (the site's own copy of the npm package). Messages:
 *   page -> worker  {type: "boot", indexURL, wheelURL}
 *   worker -> page  {type: "progress", step, of} | {type: "ready"} | {type: "failed", detail}
 *                 | {type: "bytes", open}   (more of the runtime arrived, `open` downloads still
 *                   running: the page's stall watchdog rests, and with none open it waits)
 *   page -> worker  {type: "call", id, request}      (request: a JSON string)
 *   worker -> page  {type: "answer", id, answer}     (answer: a JSON string)
 *                 | {type: "call-failed", id, detail}
 * Only JSON strings cross the boundary: the page never holds a Python object.
 */
"use strict";

let handleJson = null;
let booting = false;

// Tell the page, at most twice a second, that bytes are still arriving, so it can tell a
// slow download (keep waiting) from a stalled one (stop, and offer the count by hand).
const realFetch = self.fetch.bind(self);
let lastBeat = 0;
// Downloads still open: with none, the start is computing (compiling, starting Python), which
// on a slow phone can take long without a byte: that is slow, not stalled (issue 20 item 8).
let open = 0;
function beat(force) {
  const now = Date.now();
  if (!force && now - lastBeat < 500) return;
  lastBeat = now;
  self.postMessage({ type: "bytes", open });
}
// A download that failed, or a runtime that cannot be compiled, is a failed start, not a slow one:
// say so at once. (Pyodide may wait for ever after such an error, and with no download open the
// page's stall watchdog rests, issue 20 item 8.)
function startFailed(detail) {
  if (!booting || handleJson) return;
  self.postMessage({ type: "failed", detail: String(detail) });
}
for (const name of ["instantiate", "compile", "instantiateStreaming", "compileStreaming"]) {
  // A binary that does not compile or link is broken whichever way it is read; a streaming read
  // that fails for another reason (a server's content type) is retried by the loader, so only
  // compile and link errors count.
  const real = WebAssembly[name];
  if (typeof real !== "function") continue;
  WebAssembly[name] = function (...args) {
    const result = real.apply(WebAssembly, args);
    result.catch((error) => {
      if (error instanceof WebAssembly.CompileError || error instanceof WebAssembly.LinkError) startFailed(error);
    });
    return result;
  };
}
self.fetch = async (...args) => {
  open += 1;
  let response;
  try {
    response = await realFetch(...args);
  } catch (error) {
    open -= 1;
    startFailed(error);
    throw error;
  }
  if (!response.ok && /\.wasm$/.test(new URL(response.url || String(args[0]), self.location.href).pathname)) {
    startFailed(`runtime: HTTP ${response.status}`);
  }
  if (!response.body || typeof TransformStream === "undefined") {
    open -= 1;
    beat(true);
    return response;
  }
  const counted = response.body.pipeThrough(new TransformStream({
    transform(chunk, controller) {
      beat();
      controller.enqueue(chunk);
    },
    flush() {
      open -= 1;
      beat(true);
    },
  }));
  const copy = new Response(counted, { status: response.status, statusText: response.statusText, headers: response.headers });
  // Pyodide reads the URL of some responses; keep it.
  Object.defineProperty(copy, "url", { value: response.url });
  return copy;
};

// Glue: calls calculators.api, the only entry point the browser may use (CONTRIBUTING.md §2).
const GLUE = `
import json
from calculators import api as _calculators_api

def _calculators_handle_json(text):
    if hasattr(_calculators_api, "handle_json"):
        return _calculators_api.handle_json(text)
    return json.dumps(_calculators_api.handle(json.loads(text)))
`;

async function boot(indexURL, wheelURL) {
  // Fetch the wheel while Python starts: the two do not depend on each other.
  const wheel = fetch(wheelURL).then((response) => {
    if (!response.ok) throw new Error(`calculators wheel: HTTP ${response.status}`);
    return response.arrayBuffer();
  });
  wheel.catch(() => {}); // reported below, once Python is up
  self.postMessage({ type: "progress", step: 1, of: 3 });
  const { loadPyodide } = await import(indexURL + "pyodide.mjs");
  const pyodide = await loadPyodide({
    indexURL,
    // No package is ever fetched; if one were, it would come from the site, never a CDN.
    packageBaseUrl: indexURL,
    // Python's output goes to the browser console, never anywhere else.
    stdout: (line) => console.log(line),
    stderr: (line) => console.warn(line),
  });
  self.postMessage({ type: "progress", step: 2, of: 3 });
  pyodide.unpackArchive(await wheel, "wheel");
  pyodide.runPython(GLUE);
  handleJson = pyodide.globals.get("_calculators_handle_json");
  // One call warms the import of every module the engine uses, so the reader's first
  // Calculate is as fast as the next.
  handleJson(JSON.stringify({ kind: "remedies" }));
  self.postMessage({ type: "progress", step: 3, of: 3 });
  self.postMessage({ type: "ready" });
}

self.onmessage = async (event) => {
  const message = event.data || {};
  if (message.type === "boot") {
    if (booting) return;
    booting = true;
    try {
      await boot(message.indexURL, message.wheelURL);
    } catch (error) {
      self.postMessage({ type: "failed", detail: String(error && error.stack ? error.stack : error) });
    }
  } else if (message.type === "call") {
    if (!handleJson) {
      self.postMessage({ type: "call-failed", id: message.id, detail: "the engine is not ready" });
      return;
    }
    try {
      self.postMessage({ type: "answer", id: message.id, answer: handleJson(String(message.request)) });
    } catch (error) {
      self.postMessage({ type: "call-failed", id: message.id, detail: String(error) });
    }
  }
};
