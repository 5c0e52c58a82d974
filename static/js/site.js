// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  // Collapsible main menu on narrow screens. The "js" class on <html> (set in <head>)
  // already collapses it in CSS before first paint; this only opens and closes it.
  var toggle = document.querySelector(".main-nav__toggle");
  var list = document.getElementById("main-nav-list");
  if (toggle && list) {
    toggle.addEventListener("click", function () {
      var open = toggle.getAttribute("aria-expanded") !== "true";
      toggle.setAttribute("aria-expanded", String(open));
      list.setAttribute("data-open", String(open));
    });
  }
})();
