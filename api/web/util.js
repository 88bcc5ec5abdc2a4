// Small helpers shared by the console's modules.

// api fetches a JSON API path. A failure rejects with a message in
// Japanese (err.message: what happened and what to do), the API's own
// message (err.detail, in English, naming the parameter) and its code.
export async function api(path, signal) {
  let res;
  try {
    res = await fetch(path, { signal, headers: { Accept: "application/json" } });
  } catch (err) {
    if (err.name === "AbortError") throw err; // a newer request replaced this one
    throw failure(0, "", "");
  }
  const body = await res.json().catch((err) => {
    if (err.name === "AbortError") throw err;
    return null; // not JSON: reported below by status
  });
  if (!res.ok || body === null) {
    const e = body && body.error ? body.error : {};
    throw failure(res.status, e.code || "", e.message || "");
  }
  return body;
}

// failure is the error api rejects with.
function failure(status, code, detail) {
  const err = new Error(explain(status, code, detail));
  err.status = status;
  err.code = code;
  err.detail = detail;
  return err;
}

// FIELDS names, in Japanese, the parameter an API message starts with.
const FIELDS = { q: "キーワード", from: "開始日", to: "終了日", category: "カテゴリ", sort: "並び順", page: "ページ", text: "テキスト" };

// explain says in Japanese what a failed API call means to an editor: by
// status and code, and the parameter the API's message names first.
export function explain(status, code, detail) {
  const field = FIELDS[(/^(\w+):/.exec(detail || "") || [])[1]];
  const where = field ? `${field}: ` : "";
  if (status === 0) return "サーバーに接続できませんでした。サーバーが止まっているか、ネットワークが切れています。";
  if (status === 429) return "リクエストが集中しています。少し待ってから、もう一度お試しください。";
  if (code === "timeout" || status === 503 || status === 504) return "サーバーが混み合っているため、応答できませんでした。少し待ってから、もう一度お試しください。";
  if (status >= 500) return `サーバーでエラーが起きました (HTTP ${status})。時間をおいてお試しください。`;
  switch (code) {
    case "invalid_date": return `${where}日付として読めません。2026-04-01、2026-04、2026 の形で指定してください。`;
    case "invalid_range": return "開始日が終了日より後になっています。";
    case "invalid_query": return `${where}検索式を読めません。引用符やフィールド指定 (category: など) の書き方を確かめてください。`;
    case "query_too_long": return `${where}長すぎます。短くしてください。`;
    case "result_window_exceeded": return "番号で開けるのは先頭から10,000件目までです。語や絞り込みを足すか、並び順を逆にしてください。";
    case "too_many_categories": return "カテゴリは20個まで選べます。";
    case "not_found": return "記事が見つかりません。削除されたか、IDが違います。";
    case "missing_parameter": return `${where}入力してください。`;
  }
  if (status >= 400) return `${where}リクエストを受け付けられませんでした (HTTP ${status})。`;
  return `予期しない応答でした (HTTP ${status})。`;
}

// problem shows a failure: the Japanese message, then the API's own words
// (which name the parameter and the value) in small type.
export function problem(tag, attrs, prefix, err) {
  return h(tag, { class: "error", role: "alert", ...attrs }, prefix + err.message,
    err.detail ? h("small", { class: "detail", lang: "en" }, ` (${err.detail})`) : "");
}

// h builds an element: attributes, then children (strings become text).
export function h(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== undefined && v !== null && v !== false) e.setAttribute(k, v === true ? "" : String(v));
  }
  e.append(...children.filter((c) => c !== undefined && c !== null && c !== ""));
  return e;
}

// html builds an element from API HTML (escaped by the server, with
// <mark> around matches) after checking it holds nothing but text and marks.
export function html(tag, attrs, markup) {
  const e = h(tag, attrs);
  const tpl = document.createElement("template");
  tpl.innerHTML = markup;
  const safe = [...tpl.content.childNodes].every((n) => n.nodeType === Node.TEXT_NODE ||
    (n.nodeName === "MARK" && n.childNodes.length <= 1 && (!n.firstChild || n.firstChild.nodeType === Node.TEXT_NODE)));
  if (safe) e.append(tpl.content);
  else e.textContent = tpl.content.textContent;
  return e;
}

// date formats an RFC 3339 time as a Japanese date in JST.
export function date(s) {
  const d = new Date(s);
  if (Number.isNaN(d.getTime())) return "";
  return d.toLocaleDateString("ja-JP", { timeZone: "Asia/Tokyo", year: "numeric", month: "long", day: "numeric" });
}
