/**
 * The search page's script. Pagefind (its JS, WebAssembly and index) is loaded only when
 * there is a first query; until then this module is all the page runs.
 */
import { FILTERS, type FilterName } from "@/lib/search/search-facets.ts";
import {
  hasFilters,
  pagefindQuery,
  parseState,
  serializeState,
  suggest,
  toggleFilter,
  type SearchState,
} from "@/lib/search/search-state.ts";

interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
}
interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  /** Counts within the filtered results; empty when no filter is set. */
  filters: Record<string, Record<string, number>>;
  /** Counts within the results before filtering. */
  totalFilters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (term: string | null, options: unknown) => Promise<PagefindSearch | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}
interface Config {
  bundle: string;
  base: string;
  strings: Record<string, string>;
  terms: string[];
}

const PAGE_SIZE = 24;

function $(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} missing`);
  return el;
}

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ""));
}

function clone(id: string): DocumentFragment {
  return ($(id) as HTMLTemplateElement).content.cloneNode(true) as DocumentFragment;
}

function slot<T extends HTMLElement>(root: ParentNode, name: string): T {
  return root.querySelector(`[data-slot="${name}"]`) as T;
}

export function startSearchPage(): void {
  const app = $("search-app");
  const config = JSON.parse(app.dataset["config"] ?? "{}") as Config;
  const s = config.strings;
  const form = $("search-form") as HTMLFormElement;
  const input = $("search-q") as HTMLInputElement;
  const sortSelect = $("search-sort") as HTMLSelectElement;
  const status = $("search-status");
  const results = $("search-results");
  const filtersBox = $("search-filters");
  const filterGroups = $("search-filter-groups");
  const clear = $("search-clear");
  const empty = $("search-empty");
  const error = $("search-error");
  const more = $("search-more");
  let rest: PagefindSearch["results"] = [];

  let state: SearchState = parseState(location.search);
  let pagefind: Promise<Pagefind> | undefined;
  let run = 0;
  let typing = false;
  let timer: number | undefined;

  const load = (): Promise<Pagefind> => {
    pagefind ??= (async () => {
      const pf = (await import(/* @vite-ignore */ config.bundle)) as Pagefind;
      await pf.options({ baseUrl: config.base });
      return pf;
    })();
    return pagefind;
  };

  const showControls = () => {
    input.value = state.q;
    sortSelect.value = state.sort;
  };

  const commit = (next: SearchState, mode: "push" | "replace" | "none") => {
    state = next;
    const url = location.pathname + serializeState(state);
    if (mode !== "none" && url !== location.pathname + location.search) {
      if (mode === "push") history.pushState(null, "", url);
      else history.replaceState(null, "", url);
    }
    void search();
  };

  const renderCard = (data: PagefindResultData) => {
    const card = clone("search-card");
    const m = data.meta;
    const img = slot<HTMLImageElement>(card, "image");
    if (m["image"]) {
      img.src = m["image"];
      img.alt = m["image_alt"] ?? "";
    } else img.remove();
    const link = slot<HTMLAnchorElement>(card, "link");
    link.href = data.url;
    link.textContent = m["title"] ?? data.url;
    const stars = slot(card, "stars");
    if (m["stars"]) {
      const n = Number(m["stars"]);
      stars.textContent = `${"★".repeat(n)} ${fill(s["stars"] ?? "", { n })}`;
    } else stars.remove();
    const statusEl = slot(card, "status");
    if (m["status"]) statusEl.textContent = m["status"];
    else statusEl.remove();
    const price = slot(card, "price");
    if (m["price"]) price.textContent = m["price"];
    else if (m["status"]) price.textContent = s["priceUnknown"] ?? "";
    else price.remove();
    const locality = slot(card, "locality");
    const place = [m["subtitle"], m["locality"]].filter(Boolean).join(" · ");
    if (place) locality.textContent = place;
    else locality.remove();
    return card;
  };

  const renderFilters = (all: Record<string, Record<string, number>>, counts: Record<string, Record<string, number>>) => {
    // Keep keyboard focus on the same chip when the chips are redrawn.
    const active = document.activeElement;
    const keep = active instanceof HTMLInputElement && filterGroups.contains(active) ? active : null;
    filterGroups.replaceChildren();
    for (const name of FILTERS) {
      const values = Object.keys(all[name] ?? {}).sort((a, b) => a.localeCompare(b, document.documentElement.lang));
      const chosen = state.filters[name] ?? [];
      const shown = values.filter((v) => (counts[name]?.[v] ?? 0) > 0 || chosen.includes(v));
      if (shown.length === 0) continue;
      const group = clone("search-filter-group");
      slot(group, "legend").textContent = s[`filter.${name}`] ?? name;
      const chips = slot(group, "chips");
      for (const value of shown) {
        const chip = clone("search-chip");
        const box = slot<HTMLInputElement>(chip, "input");
        box.name = name;
        box.value = value;
        box.checked = chosen.includes(value);
        if (keep && keep.name === name && keep.value === value) queueMicrotask(() => box.focus());
        slot(chip, "label").textContent = name === "stars" ? fill(s["starsValue"] ?? "", { n: value }) : value;
        slot(chip, "count").textContent = `(${counts[name]?.[value] ?? 0})`;
        chips.append(chip);
      }
      filterGroups.append(group);
    }
    filtersBox.hidden = filterGroups.childElementCount === 0;
    clear.hidden = !hasFilters(state);
  };

  const search = async () => {
    const mine = ++run;
    error.hidden = true;
    if (state.q === "" && !hasFilters(state)) {
      results.replaceChildren();
      more.hidden = true;
      empty.hidden = true;
      filtersBox.hidden = true;
      status.textContent = "";
      app.removeAttribute("aria-busy");
      return;
    }
    app.setAttribute("aria-busy", "true");
    status.textContent = s["loading"] ?? "";
    try {
      const pf = await load();
      const { term, options } = pagefindQuery(state);
      // filters() first: it loads the filter index, without which search() returns no counts.
      const all = await pf.filters();
      const found = await pf.search(term, options);
      if (mine !== run || !found) return;
      const first = await Promise.all(found.results.slice(0, PAGE_SIZE).map((r) => r.data()));
      if (mine !== run) return;
      results.replaceChildren(...first.map(renderCard));
      rest = found.results.slice(PAGE_SIZE);
      more.hidden = rest.length === 0;
      renderFilters(all, found.filters);
      const n = found.results.length;
      empty.hidden = n > 0;
      if (n === 0) {
        $("search-empty-text").textContent = fill(s["empty"] ?? "", { q: state.q });
        const ideas = state.q ? suggest(state.q, config.terms) : [];
        const list = $("search-suggest-list");
        list.replaceChildren(
          ...ideas.map((idea) => {
            const li = document.createElement("li");
            const a = document.createElement("a");
            a.href = location.pathname + serializeState({ ...state, q: idea });
            a.textContent = idea;
            a.className = "tap underline";
            li.append(a);
            return li;
          }),
        );
        $("search-suggest").hidden = ideas.length === 0;
      }
      status.textContent = state.q ? fill(s["count"] ?? "", { n, q: state.q }) : fill(s["countAll"] ?? "", { n });
      app.dataset["results"] = String(n);
    } catch (err) {
      if (mine !== run) return;
      console.warn("search failed", err);
      status.textContent = "";
      error.hidden = false;
    } finally {
      if (mine === run) app.removeAttribute("aria-busy");
    }
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    typing = false;
    commit({ ...state, q: input.value.trim(), sort: parseState(`?sort=${sortSelect.value}`).sort }, "push");
  });
  input.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      commit({ ...state, q: input.value.trim() }, typing ? "replace" : "push");
      typing = true;
    }, 200);
  });
  input.addEventListener("blur", () => (typing = false));
  input.addEventListener("focus", () => void load().catch(() => undefined), { once: true });
  sortSelect.addEventListener("change", () => {
    typing = false;
    commit({ ...state, sort: parseState(`?sort=${sortSelect.value}`).sort }, "push");
  });
  filterGroups.addEventListener("change", (event) => {
    const box = event.target as HTMLInputElement;
    typing = false;
    commit(toggleFilter(state, box.name as FilterName, box.value, box.checked), "push");
  });
  more.addEventListener("click", async () => {
    const next = rest.slice(0, PAGE_SIZE);
    rest = rest.slice(PAGE_SIZE);
    const cards = (await Promise.all(next.map((r) => r.data()))).map(renderCard);
    const firstNew = cards[0]?.querySelector("a");
    results.append(...cards);
    more.hidden = rest.length === 0;
    firstNew?.focus();
  });
  clear.addEventListener("click", () => {
    typing = false;
    commit({ ...state, filters: {} }, "push");
    input.focus();
  });
  window.addEventListener("popstate", () => {
    state = parseState(location.search);
    showControls();
    void search();
  });

  showControls();
  void search();
}
