// The editors' console: search with suggestions, facets, a month timeline,
// paging, related articles, the article view and the analyzer. The search
// state lives in the URL, so a search can be shared and Back works.

import { Suggest } from "./suggest.js";
import { drawTimeline, monthOf, monthRange } from "./timeline.js";
import { initAnalyze, initClose, showArticle, showRelated } from "./panels.js";
import { api, date, h, html, problem } from "./util.js";

const PER_PAGE = 10;
const MAX_RESULTS = 10000; // the API's limit on page × per_page
const $ = (id) => document.getElementById(id);

// readState parses the URL's search state.
function readState() {
  const p = new URLSearchParams(location.search);
  return {
    q: p.get("q") || "",
    categories: p.getAll("category"),
    from: p.get("from") || "",
    to: p.get("to") || "",
    sort: ["newest", "oldest"].includes(p.get("sort")) ? p.get("sort") : "relevance",
    // A shared link's page past the API's window opens the deepest page
    // there is, which tells how far the results go.
    page: Math.min(Math.max(1, parseInt(p.get("page"), 10) || 1), MAX_RESULTS / PER_PAGE),
  };
}

function blank() {
  return { q: "", categories: [], from: "", to: "", sort: "relevance", page: 1 };
}

function query(s) {
  const p = new URLSearchParams();
  if (s.q) p.set("q", s.q);
  s.categories.forEach((c) => p.append("category", c));
  if (s.from) p.set("from", s.from);
  if (s.to) p.set("to", s.to);
  if (s.sort !== "relevance") p.set("sort", s.sort);
  if (s.page > 1) p.set("page", String(s.page));
  return p;
}

function href(s) {
  const q = query(s).toString();
  return q ? `/?${q}` : "/";
}

let state = readState();
let inflight = null;
// refocus finds the control to focus again once a search has redrawn the
// filters (the checkbox or bar that was used), or is null.
let refocus = null;

// go moves to a new state: a history entry, then the search.
function go(next, focusResults) {
  state = next;
  fillFilters();
  // The same search again (a double submit) adds no history entry.
  const url = href(state);
  if (url === location.pathname + location.search) history.replaceState(null, "", url);
  else history.pushState(null, "", url);
  search(focusResults);
}

function fillForm() {
  $("q").value = state.q;
  fillFilters();
}

// fillFilters shows the state's sort and dates in the form, a month or a
// year (from=2026-04, as the API takes them) as the days it covers.
function fillFilters() {
  $("sort").value = state.sort;
  $("from").value = fullDate(state.from, false);
  $("to").value = fullDate(state.to, true);
}

function fullDate(v, end) {
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  if (/^\d{4}-\d{2}$/.test(v)) return monthRange(v)[end ? 1 : 0];
  if (/^\d{4}$/.test(v)) return end ? `${v}-12-31` : `${v}-01-01`;
  return "";
}

// fold is how the API compares categories (ＡＩ, ai and AI are one).
const fold = (s) => s.normalize("NFKC").toLowerCase();

async function search(focusResults) {
  if (inflight) inflight.abort();
  inflight = new AbortController();
  const p = query(state);
  p.set("per_page", String(PER_PAGE));
  document.title = state.q ? `${state.q} - Sagasu 記事検索コンソール` : "Sagasu 記事検索コンソール";
  $("results").setAttribute("aria-busy", "true");
  let res;
  try {
    res = await api(`/v1/search?${p}`, inflight.signal);
  } catch (err) {
    if (err.name === "AbortError") return;
    $("results").removeAttribute("aria-busy");
    $("status").replaceChildren(problem("span", {}, "検索できませんでした。", err),
      filtered() && err.status === 400 ? h("a", { href: href(unfiltered()), "data-clear": "" }, "絞り込みを外して検索") : "");
    $("hits").replaceChildren();
    $("pager").replaceChildren();
    // The last search's counts are not this one's.
    renderCategories([]);
    drawTimeline($("timeline"), [], "", pickMonth);
    refocus = null;
    return;
  }
  $("results").removeAttribute("aria-busy");
  render(res);
  if (focusResults) $("results").focus();
}

function render(res) {
  const first = (res.page - 1) * res.per_page + 1;
  const last = first + res.hits.length - 1;
  const pages = Math.ceil(res.total / res.per_page);
  let count = "該当する記事はありません。";
  if (res.total && res.hits.length) count = `${res.total.toLocaleString("ja-JP")}件中 ${first}〜${last}件目`;
  else if (res.total) count = `${res.total.toLocaleString("ja-JP")}件の記事は${pages.toLocaleString("ja-JP")}ページ目までです。`;
  $("status").replaceChildren(
    count,
    res.total && !res.hits.length ? h("a", { href: href({ ...state, page: pages }), "data-page": pages }, "最後のページへ") : "",
    // Nothing under a filter (a shared link's unknown category, a month
    // with no articles): one step back to the words alone.
    !res.total && filtered() ? h("a", { href: href(unfiltered()), "data-clear": "" }, "絞り込みを外して検索") : "",
    h("small", {}, ` (${res.took_ms} ms)`),
    res.relaxed ? h("span", { class: "relaxed" }, "すべての語を含む記事がないため、一部の語を含む記事を表示しています。") : "");
  $("hits").replaceChildren(...res.hits.map(hitItem));
  renderCategories(res.facets.category);
  drawTimeline($("timeline"), res.facets.month, monthOf(state.from, state.to), pickMonth);
  renderPager(res.total);
  if (refocus) {
    const again = refocus();
    refocus = null;
    if (again) again.focus();
  }
  const box = $("results");
  box.dataset.renders = String(Number(box.dataset.renders || 0) + 1); // lets tests wait for a render
}

const filtered = () => state.categories.length > 0 || state.from !== "" || state.to !== "";
const unfiltered = () => ({ ...state, categories: [], from: "", to: "", page: 1 });

function hitItem(hit) {
  const meta = [hit.category, date(hit.published)].concat(hit.tags && hit.tags.length ? [`タグ: ${hit.tags.join("、")}`] : []);
  return h("li", { class: "hit" },
    h("h3", {}, html("a", { href: hit.url || "#", "data-article": hit.id }, hit.title_html)),
    h("p", { class: "meta" }, meta.filter(Boolean).join(" ・ ")),
    html("p", { class: "snippet" }, hit.snippet_html),
    h("div", { class: "actions" },
      h("button", { type: "button", "data-related": hit.id, "data-title": hit.title }, "関連記事"),
      h("button", { type: "button", "data-article": hit.id }, "本文を表示")));
}

function renderCategories(facet) {
  const box = $("categories");
  const counts = new Map(facet.map((f) => [f.value, f.count]));
  const chosen = new Set(state.categories.map(fold));
  const shown = new Set(facet.map((f) => fold(f.value)));
  state.categories.forEach((c) => { if (!shown.has(fold(c))) counts.set(c, 0); });
  const rows = [...counts].map(([value, count], i) => h("label", { for: `cat-${i}` },
    h("input", { type: "checkbox", id: `cat-${i}`, value, checked: chosen.has(fold(value)) }),
    h("span", {}, value),
    h("span", { class: "count", "aria-label": `${count}件` }, String(count))));
  box.replaceChildren(h("legend", {}, "カテゴリ"),
    ...(rows.length ? rows : [h("p", { class: "empty" }, "該当するカテゴリはありません。")]));
}

function renderPager(total) {
  const pages = Math.min(Math.ceil(total / PER_PAGE), Math.floor(MAX_RESULTS / PER_PAGE));
  const nav = $("pager");
  nav.replaceChildren();
  if (pages <= 1) return;
  const link = (page, text, label) => page === state.page
    ? h("span", { "aria-current": "page" }, text)
    : h("a", { href: href({ ...state, page }), "data-page": page, "aria-label": label }, text);
  if (state.page > 1) nav.append(link(state.page - 1, "← 前へ", "前のページ"));
  let prev = 0;
  for (let p = 1; p <= pages; p++) {
    if (p !== 1 && p !== pages && Math.abs(p - state.page) > 2) continue;
    if (p - prev > 1) nav.append(h("span", { class: "gap", "aria-hidden": "true" }, "…"));
    nav.append(link(p, String(p), `${p}ページ目`));
    prev = p;
  }
  if (state.page < pages) nav.append(link(state.page + 1, "次へ →", "次のページ"));
}

function pickMonth(month) {
  const selected = monthOf(state.from, state.to) === month;
  const [from, to] = selected ? ["", ""] : monthRange(month);
  if ($("timeline").contains(document.activeElement)) {
    refocus = () => $("timeline").querySelector(`[data-month="${month}"]`);
  }
  go({ ...state, from, to, page: 1 });
}

function init() {
  const input = $("q");
  let imeEnter = false;
  const suggest = new Suggest(input, $("suggest-list"),
    async (q, signal) => (await api(`/v1/suggest?${new URLSearchParams({ q, size: "8" })}`, signal)).suggestions,
    (s) => {
      if (s.kind === "title" && s.id) {
        showArticle(s.id);
        return;
      }
      if (s.kind === "category") {
        input.value = state.q;
        go({ ...state, categories: [s.text], page: 1 });
        return;
      }
      input.value = s.text;
      $("search").requestSubmit();
    });
  // An Enter that confirms an IME conversion never submits.
  input.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && Suggest.isComposing(e)) {
      imeEnter = true;
      setTimeout(() => { imeEnter = false; }, 0);
    }
  });
  $("search").addEventListener("submit", (e) => {
    e.preventDefault();
    if (imeEnter || suggest.composing) return;
    suggest.close();
    go({ ...state, q: input.value.trim(), sort: $("sort").value, from: $("from").value, to: $("to").value, page: 1 });
  });
  for (const id of ["sort", "from", "to"]) {
    $(id).addEventListener("change", () => {
      // A date typed digit by digit is a change per digit (0002-01-01,
      // 0020-01-01, …): search once it is a date the archive can have.
      const v = $(id).value;
      if (id !== "sort" && v && (v < "1900-01-01" || v > "2199-12-31")) return;
      go({ ...state, [id]: v, page: 1 });
    });
  }
  $("categories").addEventListener("change", (e) => {
    const cats = [...$("categories").querySelectorAll("input:checked")].map((c) => c.value);
    // Keep focus on the same checkbox once the list is redrawn.
    const value = e.target.value;
    refocus = () => [...$("categories").querySelectorAll("input")].find((c) => c.value === value);
    go({ ...state, categories: cats, page: 1 });
  });
  $("status").addEventListener("click", (e) => {
    const a = e.target.closest("a[data-page], a[data-clear]");
    if (!a) return;
    e.preventDefault();
    go(a.hasAttribute("data-clear") ? unfiltered() : { ...state, page: Number(a.dataset.page) }, true);
  });
  $("pager").addEventListener("click", (e) => {
    const a = e.target.closest("a[data-page]");
    if (!a) return;
    e.preventDefault();
    go({ ...state, page: Number(a.dataset.page) }, true);
  });
  $("hits").addEventListener("click", (e) => {
    const rel = e.target.closest("[data-related]");
    const art = e.target.closest("[data-article]");
    if (rel) {
      showRelated(rel.dataset.related, rel.dataset.title, showArticle);
    } else if (art) {
      e.preventDefault();
      showArticle(art.dataset.article);
    }
  });
  $("home").addEventListener("click", (e) => {
    e.preventDefault();
    go(blank());
    input.focus();
  });
  window.addEventListener("popstate", () => {
    state = readState();
    fillForm();
    search();
  });
  initAnalyze();
  initClose();
  fillForm();
  search();
}

init();
