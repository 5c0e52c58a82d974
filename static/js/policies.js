/* Policy finder: progressive enhancement. Without JavaScript the form submits by GET.
   With it, changing a facet fetches the same URL and swaps the results region
   (aria-live="polite"), keeping the address shareable through history.pushState. */
(function () {
  "use strict";
  var form = document.querySelector("[data-finder-form]");
  if (!form || !window.fetch || !window.DOMParser) { return; }

  function urlFor(formElement) {
    var params = new URLSearchParams(new FormData(formElement));
    var query = params.toString();
    return formElement.getAttribute("action") + (query ? "?" + query : "");
  }

  function swap(url, push) {
    return fetch(url, { headers: { "X-Requested-With": "fetch" }, credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) { throw new Error(response.status); }
        return response.text();
      })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        var fresh = doc.getElementById("policy-results");
        var current = document.getElementById("policy-results");
        var freshForm = doc.querySelector("[data-finder-form]");
        if (!fresh || !current) { window.location.assign(url); return; }
        current.innerHTML = fresh.innerHTML;
        if (freshForm) {
          // Update the counts beside each value without moving the keyboard focus.
          form.querySelectorAll(".facet__count").forEach(function (count, index) {
            var updated = freshForm.querySelectorAll(".facet__count")[index];
            if (updated) { count.textContent = updated.textContent; }
          });
        }
        if (push) { window.history.pushState({ finder: true }, "", url); }
      })
      .catch(function () { window.location.assign(url); });
  }

  form.addEventListener("change", function () { swap(urlFor(form), true); });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    swap(urlFor(form), true);
  });
  window.addEventListener("popstate", function () { window.location.reload(); });
})();
