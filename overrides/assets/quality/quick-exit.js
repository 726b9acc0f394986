/* "Leave this site quickly": the link in the header of every page (partials/quick-exit.html).
 *
 * Without JavaScript the link is an ordinary link to a neutral page. With it, following the
 * link (or pressing Esc) hides this page at once, empties any form, and *replaces* this page
 * in the tab's history with the neutral page, so Back does not return to it.
 * Nothing is stored; no request is made to anyone but the neutral page.
 */
(function () {
  "use strict";

  var FALLBACK = "https://weather.gc.ca/";
  var leaving = false;

  function exitLink() {
    return document.querySelector("a[data-quick-exit]");
  }

  function leave(event) {
    if (event) {
      event.preventDefault();
      event.stopPropagation();
    }
    if (leaving) {
      return;
    }
    leaving = true;
    var link = exitLink();
    var target = (link && link.href) || FALLBACK;
    try {
      // Hide first: on a slow phone the next page may take a moment to appear.
      document.documentElement.style.visibility = "hidden";
      document.title = (document.documentElement.lang || "").slice(0, 2) === "fr" ? "Météo" : "Weather";
      Array.prototype.forEach.call(document.forms, function (form) {
        form.reset();
      });
      // The calculators forget any answer still on its way (docs/assets/calculators/calculators.js).
      window.dispatchEvent(new Event("calculators:reset"));
    } catch (ignored) {
      /* leaving matters more than tidying up */
    }
    window.location.replace(target);
  }

  function busyWithSomethingElse() {
    // Esc already means something else in these places: a form field, the search box, the menu
    // drawer, a dialog.
    var search = document.getElementById("__search");
    var drawer = document.getElementById("__drawer");
    var focused = document.activeElement;
    // In a form field Esc means "undo what I typed" (or close a date picker): a reader must not
    // be thrown out of the calculator for it. The link itself still works from a field.
    var typing = focused && focused.matches &&
      focused.matches("input, textarea, select, [contenteditable]:not([contenteditable='false'])");
    return Boolean(
      typing ||
      (search && search.checked) ||
      (focused && focused.closest && focused.closest(".md-search")) ||
      (drawer && drawer.checked) ||
      document.querySelector("dialog[open]")
    );
  }

  document.addEventListener("click", function (event) {
    var target = event.target;
    var link = target && target.closest ? target.closest("a[data-quick-exit]") : null;
    if (link) {
      leave(event);
    }
  }, true);

  // Capture phase on window: runs before Material's own Esc handling, so "Esc closes the
  // search" is not mistaken for "search was already closed, so leave".
  window.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" && event.key !== "Esc") {
      return;
    }
    if (event.repeat || event.isComposing || busyWithSomethingElse()) {
      return;
    }
    leave(event);
  }, true);
})();
