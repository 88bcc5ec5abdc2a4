// Suggestions under a search box: an ARIA combobox that follows the text
// as it is typed, including the kana an IME is still composing, and never
// takes an Enter that confirms a conversion.

export class Suggest {
  // input: the <input role="combobox">; list: its <ul role="listbox">;
  // fetcher(q, signal) resolves to [{text, kind, count, id?}];
  // onPick(suggestion) is called when one is chosen.
  constructor(input, list, fetcher, onPick) {
    this.input = input;
    this.list = list;
    this.fetcher = fetcher;
    this.onPick = onPick;
    this.items = [];
    this.active = -1;
    this.shown = null; // the text the list was fetched for
    this.composing = false;
    this.timer = 0;
    this.ctrl = null;
    input.addEventListener("compositionstart", () => { this.composing = true; });
    input.addEventListener("compositionend", () => { this.composing = false; this.schedule(); });
    input.addEventListener("input", (e) => {
      // An input outside a composition ends it, even one that fired no
      // compositionend (Chromium's cancelled by Escape, or a commit some
      // IMEs make by inserting text): else Enter would never submit again.
      if (!e.isComposing) this.composing = false;
      this.schedule();
    });
    input.addEventListener("keydown", (e) => this.keydown(e));
    input.addEventListener("blur", () => setTimeout(() => this.close(), 150));
    list.addEventListener("mousedown", (e) => e.preventDefault()); // keep focus in the box
    list.addEventListener("click", (e) => {
      const li = e.target.closest("li[data-i]");
      if (li) this.pick(Number(li.dataset.i));
    });
  }

  // isComposing tells whether an Enter belongs to the IME.
  static isComposing(e) {
    return e.isComposing || e.keyCode === 229;
  }

  schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.fetch(), 60);
  }

  async fetch() {
    const q = this.input.value;
    if (q === this.shown && !this.list.hidden) return; // e.g. the IME committed what it showed
    if (this.ctrl) this.ctrl.abort();
    if (!q.trim()) {
      this.close();
      return;
    }
    this.ctrl = new AbortController();
    try {
      const items = await this.fetcher(q, this.ctrl.signal);
      if (q === this.input.value) this.render(q, items);
    } catch (err) {
      if (err.name !== "AbortError") this.close();
    }
  }

  render(q, items) {
    items = items || [];
    this.shown = q;
    this.items = items;
    this.active = -1;
    this.list.replaceChildren();
    items.forEach((s, i) => {
      const li = document.createElement("li");
      li.id = `${this.list.id}-${i}`;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      li.dataset.i = String(i);
      const text = document.createElement("span");
      text.textContent = s.text;
      const kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = `${KINDS[s.kind] || s.kind} ${s.count}件`;
      li.append(text, kind);
      this.list.append(li);
    });
    const open = items.length > 0 && document.activeElement === this.input;
    this.list.hidden = !open;
    this.input.setAttribute("aria-expanded", String(open));
    this.input.removeAttribute("aria-activedescendant");
  }

  close() {
    clearTimeout(this.timer);
    if (this.ctrl) this.ctrl.abort();
    this.list.hidden = true;
    this.active = -1;
    this.input.setAttribute("aria-expanded", "false");
    this.input.removeAttribute("aria-activedescendant");
  }

  move(delta) {
    if (this.list.hidden || !this.items.length) return;
    const n = this.items.length;
    // Positions -1 (the box itself) to n-1 wrap around.
    this.active = ((this.active + 1 + delta) % (n + 1) + n + 1) % (n + 1) - 1;
    [...this.list.children].forEach((li, i) => li.setAttribute("aria-selected", String(i === this.active)));
    if (this.active >= 0) {
      const li = this.list.children[this.active];
      this.input.setAttribute("aria-activedescendant", li.id);
      li.scrollIntoView({ block: "nearest" });
    } else {
      this.input.removeAttribute("aria-activedescendant");
    }
  }

  keydown(e) {
    if (Suggest.isComposing(e)) return; // the IME's own keys
    switch (e.key) {
      case "ArrowDown":
        e.preventDefault();
        if (this.list.hidden) this.fetch();
        else this.move(1);
        break;
      case "ArrowUp":
        e.preventDefault();
        this.move(-1);
        break;
      case "Escape":
        if (!this.list.hidden) {
          e.preventDefault();
          this.close();
        }
        break;
      case "Enter":
        if (this.active >= 0) {
          e.preventDefault();
          this.pick(this.active);
        } else {
          this.close();
        }
        break;
    }
  }

  pick(i) {
    const s = this.items[i];
    if (!s) return;
    this.close();
    this.onPick(s);
  }
}

const KINDS = { term: "語", title: "記事", category: "カテゴリ", tag: "タグ" };
