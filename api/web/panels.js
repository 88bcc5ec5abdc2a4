// The side panels: related articles with their reasons, the article view
// and the analyzer. Each fills its section and moves focus to its heading.

import { api, date, h, problem } from "./util.js";

// opener is the control each panel was last opened from: closing the
// panel gives it the focus back.
const opener = {};

function show(id) {
  const sec = document.getElementById(id);
  const from = document.activeElement;
  if (from && from !== document.body && !sec.contains(from)) opener[id] = from;
  sec.hidden = false;
  const heading = sec.querySelector("h2");
  heading.tabIndex = -1;
  heading.focus();
  return sec;
}

// showRelated lists the articles related to id (title for the caption).
export async function showRelated(id, title, onOpen) {
  const list = document.getElementById("related-list");
  document.getElementById("related-for").textContent = `「${title}」に関連する記事`;
  list.replaceChildren(h("li", { class: "empty" }, "読み込み中…"));
  show("related");
  let res;
  try {
    res = await api(`/v1/articles/${encodeURIComponent(id)}/related?size=5`);
  } catch (err) {
    list.replaceChildren(problem("li", {}, "関連記事を読み込めませんでした。", err));
    return;
  }
  if (!res.hits.length) {
    list.replaceChildren(h("li", { class: "empty" }, "関連記事は見つかりませんでした。"));
    return;
  }
  list.replaceChildren(...res.hits.map((r) => h("li", { class: "related-hit" },
    h("a", { href: r.url || "#", "data-open": r.id }, r.title),
    h("p", { class: "meta" }, `${r.category} ・ ${date(r.published)}`),
    h("p", { class: "terms" }, `共通の語: ${r.terms.join("、")}`))));
  list.onclick = (e) => {
    const a = e.target.closest("a[data-open]");
    if (a) {
      e.preventDefault();
      onOpen(a.dataset.open);
    }
  };
}

// showArticle shows the stored article id.
export async function showArticle(id) {
  const body = document.getElementById("article-body");
  const meta = document.getElementById("article-meta");
  document.getElementById("article-h").textContent = "読み込み中…";
  meta.textContent = "";
  body.replaceChildren();
  show("article");
  let a;
  try {
    a = await api(`/v1/articles/${encodeURIComponent(id)}`);
  } catch (err) {
    document.getElementById("article-h").textContent = "記事を表示できませんでした";
    body.replaceChildren(problem("p", {}, "", err));
    return;
  }
  document.getElementById("article-h").textContent = a.title;
  meta.replaceChildren(`${a.category || "カテゴリなし"} ・ ${date(a.published)}`,
    a.author ? ` ・ ${a.author}` : "",
    a.tags && a.tags.length ? ` ・ タグ: ${a.tags.join("、")}` : "",
    " ・ ", a.url ? h("a", { href: a.url, rel: "noopener" }, "元の記事") : a.id);
  body.replaceChildren(...a.body.split(/\n+/).filter((p) => p.trim()).map((p) => h("p", {}, p)));
}

// initAnalyze wires the analyzer form.
export function initAnalyze() {
  const form = document.getElementById("analyze-form");
  const out = document.getElementById("analyze-out");
  const toggle = document.getElementById("open-analyze");
  toggle.addEventListener("click", () => {
    const sec = document.getElementById("analyze");
    if (sec.hidden) {
      show("analyze");
      toggle.setAttribute("aria-expanded", "true");
    } else {
      sec.hidden = true;
      toggle.setAttribute("aria-expanded", "false");
    }
  });
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const text = document.getElementById("analyze-text").value;
    const field = document.getElementById("analyze-field").value;
    out.replaceChildren(h("p", { class: "empty" }, "解析中…"));
    try {
      const res = await api(`/v1/analyze?${new URLSearchParams({ text, field })}`);
      const cols = ["surface", "term", "reading", "pos", "base_form", "class", "position"];
      const names = ["表層", "索引語", "読み", "品詞", "基本形", "種類", "位置"];
      out.replaceChildren(h("table", {},
        h("caption", { class: "visually-hidden" }, "解析結果"),
        h("thead", {}, h("tr", {}, ...names.map((n) => h("th", { scope: "col" }, n)))),
        h("tbody", {}, ...res.tokens.map((t) => h("tr", {}, ...cols.map((c) => h("td", {}, String(t[c] ?? ""))))))));
    } catch (err) {
      out.replaceChildren(problem("p", {}, "解析できませんでした。", err));
    }
  });
}

// close hides a panel; focus returns to what opened it, while that is
// still on the page, else to the results.
function close(id) {
  document.getElementById(id).hidden = true;
  if (id === "analyze") document.getElementById("open-analyze").setAttribute("aria-expanded", "false");
  const back = opener[id];
  delete opener[id];
  if (back && back.isConnected) back.focus();
  else document.getElementById("results").focus();
}

// initClose wires the panels' close buttons, and Escape inside a panel.
export function initClose() {
  document.querySelectorAll("[data-close]").forEach((b) => {
    b.addEventListener("click", () => close(b.dataset.close));
    const panel = document.getElementById(b.dataset.close);
    panel.addEventListener("keydown", (e) => {
      if (e.key === "Escape" && !e.isComposing) {
        e.preventDefault();
        close(b.dataset.close);
      }
    });
  });
}
