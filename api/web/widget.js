/*
 * Sagasu widgets: a search box with suggestions and a related-articles list,
 * for any page, against a Sagasu server. No dependencies, no build step.
 *
 *   <div data-sagasu="search" data-action="/search"></div>
 *   <div data-sagasu="related" data-id="sg-0009" data-size="5"></div>
 *   <script src="https://search.example.jp/widget.js" defer></script>
 *
 * The API is the server the script came from (or data-api on the script or
 * the element); the server must allow the page's origin (--cors-origins).
 * Search box: data-action is where the form goes (GET, the query as q;
 * default: the server's console), data-placeholder its placeholder. A title
 * suggestion goes straight to its article. Related: data-id is the article,
 * data-size 1–20 (default 5), data-same-category and data-recency (e.g. 90d)
 * as in the API. data-style="none" on the script leaves all styling (classes
 * sagasu-*) to the page. From script: Sagasu.searchBox(el, opts),
 * Sagasu.related(el, opts), Sagasu.init(root).
 */
(function () {
  "use strict";
  var script = document.currentScript;
  var scriptAPI = script ? (script.getAttribute("data-api") || new URL(script.src, location.href).origin) : location.origin;
  var KINDS = { term: "語", title: "記事", category: "カテゴリ", tag: "タグ" };
  var seq = 0;

  function apiOf(el, opts) {
    return ((opts && opts.api) || el.getAttribute("data-api") || scriptAPI).replace(/\/+$/, "");
  }

  var warned = {};

  function get(base, path, signal) {
    return fetch(base + path, { signal: signal, headers: { Accept: "application/json" } }).then(null, function (err) {
      // A refused connection and a missing CORS grant look alike to the
      // page; say once per server what to check, for the site's developer.
      if (err.name !== "AbortError" && !warned[base] && window.console) {
        warned[base] = true;
        console.warn("Sagasu: " + base + " did not answer. Check data-api, and that the server allows this origin: sagasu serve --cors-origins " + location.origin);
      }
      throw err;
    }).then(function (res) {
      return res.json().then(function (body) {
        if (!res.ok) throw new Error(body && body.error ? body.error.message : "HTTP " + res.status);
        return body;
      });
    });
  }

  function make(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }

  // isolated sets an article's text apart from what follows it on its
  // line (dir="auto" isolates it): a title may hold a right-to-left
  // override it never closes (U+202E), which had turned the date after it
  // around and drawn it inside the title (2026/6/1 as 1/6/6202).
  function isolated(e) {
    e.dir = "auto";
    return e;
  }

  function style() {
    if ((script && script.getAttribute("data-style") === "none") || document.getElementById("sagasu-style")) return;
    var s = make("style");
    s.id = "sagasu-style";
    s.textContent = ".sagasu-box{position:relative;display:flex;gap:4px}.sagasu-box input{flex:1;font:inherit;padding:6px 8px}" +
      ".sagasu-list{position:absolute;top:100%;left:0;right:0;margin:2px 0 0;padding:0;list-style:none;background:#fff;border:1px solid #888;z-index:1000}" +
      ".sagasu-list li{padding:4px 8px;cursor:pointer;display:flex;justify-content:space-between;gap:8px}" +
      ".sagasu-list li[aria-selected=true],.sagasu-list li:hover{background:#e8f0fe}.sagasu-kind{color:#666;font-size:.8em}" +
      ".sagasu-related{list-style:none;padding:0}.sagasu-related li{margin:0 0 8px}.sagasu-date{color:#666;font-size:.85em;margin-left:6px}";
    document.head.appendChild(s);
  }

  function searchBox(el, opts) {
    opts = opts || {};
    var base = apiOf(el, opts);
    var id = "sagasu-" + ++seq;
    var form = make("form", "sagasu-box");
    form.setAttribute("role", "search");
    form.method = "get";
    form.action = opts.action || el.getAttribute("data-action") || base + "/";
    var label = make("label", "sagasu-label", "記事を検索");
    label.htmlFor = id;
    // Visually hidden, still the box's name (a hidden label names nothing).
    label.style.cssText = "position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap";
    var input = make("input");
    input.type = "search";
    input.name = "q";
    input.id = id;
    input.autocomplete = "off";
    input.placeholder = opts.placeholder || el.getAttribute("data-placeholder") || "記事を検索";
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", id + "-list");
    var list = make("ul", "sagasu-list");
    list.id = id + "-list";
    list.setAttribute("role", "listbox");
    list.hidden = true;
    var button = make("button", "sagasu-submit", "検索");
    button.type = "submit";
    form.append(label, input, button, list);
    el.replaceChildren(form);

    var items = [], active = -1, composing = false, imeEnter = false, pending = false, timer = 0, ctrl = null;
    function close() {
      list.hidden = true;
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }
    function render(found) {
      found = found || [];
      items = found;
      active = -1;
      list.replaceChildren();
      found.forEach(function (s, i) {
        var li = make("li");
        li.id = id + "-" + i;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        li.append(isolated(make("span", "", s.text)), make("span", "sagasu-kind", (KINDS[s.kind] || s.kind) + " " + s.count + "件"));
        li.addEventListener("mousedown", function (e) { e.preventDefault(); });
        li.addEventListener("click", function () { pick(i); });
        list.appendChild(li);
      });
      list.hidden = !found.length;
      input.setAttribute("aria-expanded", String(!!found.length));
    }
    function fetchSuggestions() {
      var q = input.value;
      if (ctrl) ctrl.abort();
      if (!q.trim()) return close();
      ctrl = new AbortController();
      get(base, "/v1/suggest?size=8&q=" + encodeURIComponent(q), ctrl.signal).then(function (res) {
        if (q === input.value) render(res.suggestions);
      }, function () {});
    }
    function pick(i) {
      var s = items[i];
      close();
      if (!s) return;
      if (s.kind === "title" && s.id) {
        // The article's own page; an article without a url (or one that
        // cannot be read) is searched for by its title, not left a dead click.
        // Until then the form does not submit the words typed (a second
        // Enter while the article is fetched had searched for them).
        pending = true;
        get(base, "/v1/articles/" + encodeURIComponent(s.id)).then(function (a) {
          pending = false;
          if (a.url) location.href = a.url;
          else submitWords(s.text);
        }, function () { pending = false; submitWords(s.text); });
        return;
      }
      if (s.kind === "category") {
        // A category is a filter, not words to search for: the page of
        // its articles (as the console does), not a search for its name.
        var cat = form.querySelector("input[name=category]") || make("input");
        cat.type = "hidden";
        cat.name = "category";
        cat.value = s.text;
        form.appendChild(cat);
        input.value = "";
        form.requestSubmit ? form.requestSubmit() : form.submit();
      } else {
        submitWords(s.text);
      }
    }
    function submitWords(text) {
      var picked = form.querySelector("input[name=category]");
      if (picked) picked.remove();
      input.value = text;
      form.requestSubmit ? form.requestSubmit() : form.submit();
    }
    function move(d) {
      if (list.hidden) return;
      var n = items.length;
      active = ((active + 1 + d) % (n + 1) + n + 1) % (n + 1) - 1; // -1 is the box
      Array.prototype.forEach.call(list.children, function (li, i) { li.setAttribute("aria-selected", String(i === active)); });
      if (active >= 0) input.setAttribute("aria-activedescendant", id + "-" + active);
      else input.removeAttribute("aria-activedescendant");
    }
    input.addEventListener("compositionstart", function () { composing = true; });
    input.addEventListener("compositionend", function () { composing = false; });
    input.addEventListener("input", function (e) {
      if (!e.isComposing) composing = false; // a composition that ended without compositionend
      pending = false; // typing again drops a title pick still waiting for its article
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, 60);
    });
    input.addEventListener("blur", function () { setTimeout(close, 150); });
    input.addEventListener("keydown", function (e) {
      if (e.isComposing || e.keyCode === 229) {
        if (e.key === "Enter") {
          imeEnter = true;
          setTimeout(function () { imeEnter = false; }, 0);
        }
        return;
      }
      if (e.key === "ArrowDown") { e.preventDefault(); move(1); }
      else if (e.key === "ArrowUp") { e.preventDefault(); move(-1); }
      else if (e.key === "Escape" && !list.hidden) { e.preventDefault(); close(); } // (not the search field's own clearing)
      else if (e.key === "Enter" && active >= 0) { e.preventDefault(); pick(active); }
    });
    form.addEventListener("submit", function (e) {
      if (imeEnter || composing || pending || !input.value.trim() && !form.querySelector("input[name=category]")) e.preventDefault();
    });
    return form;
  }

  function related(el, opts) {
    opts = opts || {};
    var base = apiOf(el, opts);
    var id = opts.id || el.getAttribute("data-id");
    if (!id) return;
    // The API takes 1–20 and answers 400 to more: a data-size="50" had
    // hidden the list. Anything else that is no number is the default 5.
    var size = parseInt(opts.size || el.getAttribute("data-size"), 10);
    var q = "?size=" + (size > 0 ? Math.min(size, 20) : 5);
    if (opts.sameCategory || el.hasAttribute("data-same-category")) q += "&category=same";
    var recency = opts.recency || el.getAttribute("data-recency");
    if (recency) q += "&recency=" + encodeURIComponent(recency);
    return get(base, "/v1/articles/" + encodeURIComponent(id) + "/related" + q).then(function (res) {
      var ol = make("ol", "sagasu-related");
      ol.setAttribute("aria-label", "関連記事");
      res.hits.forEach(function (r) {
        var li = make("li");
        // An article without a url is its title as text, not a link to "#".
        var a = isolated(make(r.url ? "a" : "span", "sagasu-title", r.title));
        if (r.url) a.href = r.url;
        var when = new Date(r.published);
        li.append(a, make("span", "sagasu-date", isNaN(when) ? "" : when.toLocaleDateString("ja-JP", { timeZone: "Asia/Tokyo" })));
        ol.appendChild(li);
      });
      el.replaceChildren(ol);
      el.hidden = !res.hits.length;
      return res.hits;
    }, function () { el.hidden = true; });
  }

  function init(root) {
    style();
    (root || document).querySelectorAll("[data-sagasu]").forEach(function (el) {
      if (el.getAttribute("data-sagasu") === "search") searchBox(el);
      else if (el.getAttribute("data-sagasu") === "related") related(el);
    });
  }

  window.Sagasu = { searchBox: searchBox, related: related, init: init };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", function () { init(); });
  else init();
})();
