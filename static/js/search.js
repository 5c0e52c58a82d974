// Suggestions as you type in the header search box: the ARIA 1.2 combobox pattern
// (list autocomplete). Progressive enhancement: without this file the form submits as usual.
(function () {
  "use strict";
  var input = document.getElementById("site-search-q");
  if (!input || !window.fetch) return;
  var form = input.form;
  var lang = document.documentElement.lang === "en" ? "en" : "vi";
  var endpoint = (lang === "en" ? "/en" : "") + "/search/suggest/";
  var texts = {
    vi: { count: " gợi ý. Dùng phím mũi tên để chọn.", none: "Không có gợi ý." },
    en: { count: " suggestions. Use the arrow keys to choose.", none: "No suggestions." }
  }[lang];

  var wrapper = document.createElement("div");
  wrapper.className = "search-combobox";
  input.parentNode.insertBefore(wrapper, input);
  wrapper.appendChild(input);
  var list = document.createElement("ul");
  list.id = "site-search-suggestions";
  list.className = "search-suggestions";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", input.labels && input.labels[0] ? input.labels[0].textContent : "");
  list.hidden = true;
  wrapper.appendChild(list);
  var status = document.createElement("div");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  wrapper.appendChild(status);

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", list.id);

  var items = [];
  var active = -1;
  var timer = null;
  var lastQuery = "";
  var controller = null;

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function setActive(index) {
    var options = list.querySelectorAll("[role=option]");
    if (!options.length) return;
    if (index < 0) index = options.length - 1;
    if (index >= options.length) index = 0;
    options.forEach(function (option, i) {
      option.setAttribute("aria-selected", String(i === index));
    });
    active = index;
    input.setAttribute("aria-activedescendant", options[index].id);
    options[index].scrollIntoView({ block: "nearest" });
  }

  function render(suggestions) {
    items = suggestions;
    list.textContent = "";
    suggestions.forEach(function (suggestion, i) {
      var option = document.createElement("li");
      option.id = "site-search-suggestion-" + i;
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      var title = document.createElement("span");
      title.className = "search-suggestions__title";
      title.textContent = suggestion.title; // textContent: never parsed as markup
      var type = document.createElement("span");
      type.className = "search-suggestions__type";
      type.textContent = suggestion.type;
      option.appendChild(title);
      option.appendChild(type);
      option.addEventListener("mousedown", function (event) {
        event.preventDefault(); // keep focus in the input
        go(i);
      });
      list.appendChild(option);
    });
    active = -1;
    input.removeAttribute("aria-activedescendant");
    if (suggestions.length) {
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      status.textContent = suggestions.length + texts.count;
    } else {
      close();
      status.textContent = lastQuery ? texts.none : "";
    }
  }

  function go(index) {
    if (items[index] && items[index].url) window.location.assign(items[index].url);
  }

  function fetchSuggestions() {
    var query = input.value.trim();
    if (query === lastQuery) return;
    lastQuery = query;
    if (query.length < 2) {
      render([]);
      return;
    }
    if (controller) controller.abort();
    controller = window.AbortController ? new AbortController() : null;
    fetch(endpoint + "?q=" + encodeURIComponent(query), {
      headers: { Accept: "application/json" },
      signal: controller ? controller.signal : undefined
    })
      .then(function (response) {
        return response.ok ? response.json() : { suggestions: [] };
      })
      .then(function (data) {
        if (input.value.trim() === query) render(data.suggestions || []);
      })
      .catch(function () {});
  }

  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(fetchSuggestions, 200);
  });

  input.addEventListener("keydown", function (event) {
    var open = !list.hidden;
    if (event.key === "ArrowDown") {
      event.preventDefault();
      if (!open && items.length) {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
      }
      setActive(active + 1);
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      if (open) setActive(active - 1);
    } else if (event.key === "Enter") {
      if (open && active >= 0) {
        event.preventDefault();
        go(active);
      }
    } else if (event.key === "Escape") {
      if (open) {
        event.preventDefault();
        close();
      } else if (input.value) {
        event.preventDefault();
        input.value = "";
        lastQuery = "";
      }
    }
  });

  input.addEventListener("blur", function () {
    window.setTimeout(close, 100);
  });
  if (form) form.addEventListener("submit", close);
})();
