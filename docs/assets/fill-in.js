// Fill-in templates: the Copy button (scripts/hooks/fill_in_templates.py writes it hidden,
// with the page's own words). Shown only where the browser lets a page copy; it copies the
// template's text as the reader sees it. No wording here: the status comes from data-copied.
(function () {
  "use strict";
  if (!window.isSecureContext || !navigator.clipboard || !navigator.clipboard.writeText) {
    return;
  }
  var buttons = document.querySelectorAll("button.fill-in-copy[data-target]");
  Array.prototype.forEach.call(buttons, function (button) {
    var template = document.getElementById(button.getAttribute("data-target"));
    var status = button.parentNode.querySelector(".fill-in-status");
    if (!template) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      var text = template.innerText.replace(/\n{3,}/g, "\n\n").trim() + "\n";
      navigator.clipboard.writeText(text).then(function () {
        if (status) {
          status.textContent = button.getAttribute("data-copied") || "";
        }
      }, function () {
        // Copy refused (permissions): the download link next to the button still works.
        button.hidden = true;
      });
    });
  });
})();
