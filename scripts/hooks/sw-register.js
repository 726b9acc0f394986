/* Registers the site's service worker (sw.js; see scripts/hooks/sw.template.js).
 *
 * Added to every page by scripts/hooks/service_worker.py, except under `mkdocs serve` and
 * in the offline export. Registers only over http(s) (never from file://). On the first
 * visit, which the worker does not control yet, it tells the worker what the page fetched,
 * so the worker keeps copies; on a calculator page it waits until the runtime has loaded
 * (the `calculators:ready` mark) so that the worker's copies come from the HTTP cache and
 * are never a second download.
 *
 * On a page with no calculator it asks the worker to fetch the runtime in the background
 * ("warm"), so that a reader who goes on to a calculator later waits less (issue 20 item 9),
 * unless the browser asks to save data (navigator.connection.saveData, the Save-Data setting):
 * then the runtime comes only when a calculator is used. A calculator page never asks: it
 * downloads the runtime itself, once.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !("serviceWorker" in navigator)) return;
  if (location.protocol !== "https:" && location.protocol !== "http:") return;
  var workerURL = script.getAttribute("data-sw");
  var calculators = !!document.querySelector("[data-calculator]");

  function fetched() {
    var urls = [location.href.split("#")[0]];
    performance.getEntriesByType("resource").forEach(function (entry) {
      if (entry.name.indexOf(location.origin + "/") === 0) urls.push(entry.name);
    });
    return urls;
  }

  function runtimeLoaded(then) {
    if (performance.getEntriesByName("calculators:ready").length) return then();
    if (typeof PerformanceObserver !== "function") return;
    var observer = new PerformanceObserver(function (list) {
      if (list.getEntries().some(function (entry) { return entry.name === "calculators:ready"; })) {
        observer.disconnect();
        then();
      }
    });
    observer.observe({ type: "mark", buffered: true });
  }

  function start() {
    var firstVisit = !navigator.serviceWorker.controller;
    navigator.serviceWorker.register(workerURL).then(function () {
      return navigator.serviceWorker.ready;
    }).then(function (registration) {
      if (!registration.active) return;
      var saveData = !!(navigator.connection && navigator.connection.saveData);
      if (!calculators && !saveData) registration.active.postMessage({ type: "warm" });
      if (!firstVisit) return;
      var send = function (runtime) {
        registration.active.postMessage({ type: "keep", urls: fetched(), runtime: runtime });
      };
      send(false);
      if (calculators) runtimeLoaded(function () { send(true); });
    }).catch(function () {
      // No service worker (private mode, blocked): the site works as before, online.
    });
  }

  if (document.readyState === "complete") start();
  else window.addEventListener("load", start);
})();
