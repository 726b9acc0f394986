// Get help page: show only the chosen place's help (scripts/hooks/help_directory.py writes
// the picker, its labels and, on each option, which sections it shows). No wording here and
// no rule: without this script every section stays visible and the jump list works.
(function () {
  "use strict";
  var root = document.querySelector("[data-help-directory-root]");
  var form = root && root.querySelector("[data-help-picker]");
  var select = form && form.querySelector("select");
  if (!select) return;
  var sections = root.querySelectorAll("[data-help-region]");
  // Once a place is picked its help must come straight after the picker (issue 20 item 11):
  // the jump list to every place is hidden until "all places" is chosen again.
  var jump = root.querySelector(".help-directory__jump");

  function apply() {
    var option = select.options[select.selectedIndex];
    var show = (option.getAttribute("data-show") || "all").split(" ");
    var all = show.indexOf("all") !== -1;
    for (var i = 0; i < sections.length; i++) {
      sections[i].hidden = !(all || show.indexOf(sections[i].getAttribute("data-help-region")) !== -1);
    }
    if (jump) jump.hidden = !all;
  }

  select.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  // A jump link to a section the picker hides shows every place again.
  root.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[href^='#']");
    var target = link && document.getElementById(link.getAttribute("href").slice(1));
    if (target && target.hidden) {
      select.value = "";
      apply();
    }
  });
  form.hidden = false;
  apply();
})();
