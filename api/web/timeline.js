// The month timeline: the month facet as an inline SVG bar chart. Each bar
// is a button (click, Enter or Space) that filters to its month. The chart
// is one stop in the Tab order (the selected bar, else the latest month
// with articles); the arrow keys, Home and End move between the months
// with articles, as in a toolbar: each had been a stop (44 on livedoor).

const SVG = "http://www.w3.org/2000/svg";
const W = 600;
const H = 120;
const AXIS = 4;

function el(name, attrs) {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

// drawTimeline renders months ([{value: "YYYY-MM", count}]) into box;
// selected is the month currently filtered on ("" for none); onPick(month)
// is called with the bar's month.
export function drawTimeline(box, months, selected, onPick) {
  box.replaceChildren();
  if (!months.length) {
    const p = document.createElement("p");
    p.className = "empty";
    p.textContent = "該当する記事がありません。";
    box.append(p);
    return;
  }
  const max = Math.max(1, ...months.map((m) => m.count));
  const step = W / months.length;
  const gap = step > 4 ? 1 : 0;
  const svg = el("svg", { viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: "none", role: "group", "aria-label": "月別の記事数" });
  months.forEach((m, i) => {
    const h = m.count ? Math.max(2, ((H - AXIS - 4) * m.count) / max) : 1;
    const bar = el("rect", {
      x: i * step, y: H - AXIS - h, width: Math.max(1, step - gap), height: h,
      class: "bar" + (m.count ? "" : " zero") + (m.value === selected ? " selected" : ""),
      tabindex: -1, role: "button", "data-month": m.value,
      "aria-pressed": String(m.value === selected),
      "aria-label": `${label(m.value)} ${m.count}件${m.value === selected ? "(選択中、もう一度押すと解除)" : ""}`,
    });
    const title = el("title", {});
    title.textContent = `${label(m.value)}: ${m.count}件`;
    bar.append(title);
    svg.append(bar);
  });
  // The first and last month under the chart, in HTML: text in the SVG,
  // which stretches to the box, was squeezed to a third of its width.
  const axis = document.createElement("div");
  axis.className = "axis";
  axis.setAttribute("aria-hidden", "true");
  for (const m of months.length > 1 ? [months[0], months[months.length - 1]] : [months[0]]) {
    const span = document.createElement("span");
    span.textContent = label(m.value);
    axis.append(span);
  }
  const bars = [...svg.querySelectorAll(".bar:not(.zero)")];
  const current = (b) => bars.forEach((x) => x.setAttribute("tabindex", x === b ? "0" : "-1"));
  current(bars.find((b) => b.dataset.month === selected) || bars[bars.length - 1]);
  svg.addEventListener("focusin", (e) => { if (bars.includes(e.target)) current(e.target); });
  const pick = (e) => {
    const m = e.target.closest("[data-month]");
    if (m) onPick(m.dataset.month);
  };
  svg.addEventListener("click", pick);
  svg.addEventListener("keydown", (e) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      pick(e);
      return;
    }
    const i = bars.indexOf(e.target);
    const to = { ArrowLeft: i - 1, ArrowDown: i - 1, ArrowRight: i + 1, ArrowUp: i + 1, Home: 0, End: bars.length - 1 }[e.key];
    if (i < 0 || to === undefined) return;
    e.preventDefault();
    const next = bars[Math.max(0, Math.min(bars.length - 1, to))];
    current(next);
    next.focus();
  });
  box.append(svg, axis);
}

export function label(month) {
  const [y, m] = month.split("-");
  return `${y}年${Number(m)}月`;
}

// monthRange returns the first and last day of "YYYY-MM" as dates.
export function monthRange(month) {
  const [y, m] = month.split("-").map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return [`${month}-01`, `${month}-${String(last).padStart(2, "0")}`];
}

// monthOf returns the month a from/to pair covers exactly, or "".
export function monthOf(from, to) {
  if (!from || !to || from.slice(0, 7) !== to.slice(0, 7)) return "";
  const [a, b] = monthRange(from.slice(0, 7));
  return from === a && to === b ? from.slice(0, 7) : "";
}
