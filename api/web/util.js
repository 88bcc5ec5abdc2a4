// Small helpers shared by the console's modules.

// api fetches a JSON API path; a 4xx/5xx rejects with the API's message.
export async function api(path, signal) {
  const res = await fetch(path, { signal, headers: { Accept: "application/json" } });
  const body = await res.json().catch((err) => {
    if (err.name === "AbortError") throw err; // a newer request replaced this one
    return null; // not JSON: reported below by status
  });
  if (!res.ok || body === null) {
    const msg = body && body.error ? body.error.message : `HTTP ${res.status}`;
    const err = new Error(msg);
    err.code = body && body.error ? body.error.code : "";
    throw err;
  }
  return body;
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
