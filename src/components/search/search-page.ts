/**
 * The search page's script. Pagefind starts at once, on the main thread (no worker), so it
 * takes its script, WebAssembly and metadata from the preloads in the page's head; the query
 * in the URL is searched as soon as it is ready. Filter counts are fetched after the first
 * results are drawn. Below 1024 px the filter panel opens in a <dialog> sheet.
 */
import { FILTERS, type FilterName } from "@/lib/search/search-facets.ts";
import { chunksForTerm, type ChunkRange } from "@/lib/search/index-chunks.ts";
import { knownWords, rankedSoFar, readQuery } from "@/lib/search/query.ts";
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

/** Cards drawn at once: few enough that their fragments arrive in one or two round trips. */
const PAGE_SIZE = 12;
const WIDE = "(min-width: 1024px)";

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
  const sidebar = $("search-sidebar");
  const sheet = $("search-sheet") as HTMLDialogElement;
  const sheetBody = $("search-sheet-body");
  const filterOpen = $("search-filter-open");
  const locale = document.documentElement.lang === "en" ? "en" : "vi";
  const clear = $("search-clear");
  const empty = $("search-empty");
  const error = $("search-error");
  const more = $("search-more");
  let rest: PagefindSearch["results"] = [];
  let known: Set<string> | undefined;

  let state: SearchState = parseState(location.search);
  let pagefind: Promise<Pagefind> | undefined;
  let run = 0;
  let typing = false;
  let timer: number | undefined;

  // The index step writes on this link the tag of this build's index (with it, Pagefind asks
  // for the same pagefind-entry.json URL the head preloaded) and, for a larger index, the word
  // ranges of its chunks.
  const mark = document.querySelector<HTMLLinkElement>("link[data-pagefind-preload]");

  /** Fetches the index chunks the URL's query needs now, while Pagefind itself is still loading. */
  const preloadChunks = () => {
    const ranges = mark?.dataset["pagefindChunks"];
    if (!mark || !ranges || state.q === "") return;
    known ??= knownWords(config.terms);
    const dir = mark.href.replace(/pagefind\.js$/, "index/");
    for (const name of chunksForTerm(readQuery(state.q, locale, known).term, JSON.parse(ranges) as ChunkRange[])) {
      const link = document.createElement("link");
      link.rel = "preload";
      link.as = "fetch";
      link.crossOrigin = "anonymous";
      link.href = `${dir}${name}.pf_index`;
      document.head.append(link);
    }
  };

  const load = (): Promise<Pagefind> => {
    pagefind ??= (async () => {
      const pf = (await import(/* @vite-ignore */ config.bundle)) as Pagefind;
      const tag = mark?.dataset["pagefindPreload"];
      await pf.options({ baseUrl: config.base, noWorker: true, ...(tag ? { metaCacheTag: tag } : {}) });
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
    const media = slot(card, "media");
    if (m["image"]) {
      const img = new Image(400, 300);
      img.src = m["image"];
      img.alt = m["image_alt"] ?? "";
      img.loading = "lazy";
      // A kind's illustration (an SVG) sits whole on its tile; a photo fills the box.
      img.className = m["image"].endsWith(".svg") ? "size-full object-contain p-6" : "size-full object-cover";
      media.append(img);
    } else media.remove();
    const heading = document.createElement("h3");
    heading.className = "text-lg";
    const link = document.createElement("a");
    link.className = "tap";
    link.dataset["slot"] = "link";
    link.href = data.url;
    link.textContent = m["title"] ?? data.url;
    heading.append(link);
    slot(card, "heading").replaceWith(heading);
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
    filterOpen.classList.toggle("invisible", filtersBox.hidden);
  };

  /** The filter button says how many filter values are chosen: "Lọc (2)". */
  const showFilterCount = () => {
    const n = Object.values(state.filters).reduce((sum, v) => sum + v.length, 0);
    filterOpen.textContent = n > 0 ? fill(filterOpen.dataset["labelCount"] ?? "", { n }) : (filterOpen.dataset["label"] ?? "");
  };

  const search = async () => {
    const mine = ++run;
    error.hidden = true;
    showFilterCount();
    if (state.q === "" && !hasFilters(state)) {
      results.replaceChildren();
      more.hidden = true;
      empty.hidden = true;
      filtersBox.hidden = true;
      filterOpen.classList.add("invisible");
      status.textContent = "";
      app.removeAttribute("aria-busy");
      return;
    }
    app.setAttribute("aria-busy", "true");
    status.textContent = s["loading"] ?? "";
    try {
      const pf = await load();
      const { options } = pagefindQuery(state);
      known ??= knownWords(config.terms);
      const read = readQuery(state.q, locale, known);
      const term = state.q === "" ? null : read.term;
      const found = await pf.search(term, options);
      if (mine !== run || !found) return;
      const n = found.results.length;
      // Cards are drawn as their data arrives, as far as their order is certain: most relevant
      // first, entries whose name holds every product word leading (the first cards need not
      // wait for the last of the page's fragments).
      const head: (PagefindResultData | undefined)[] = found.results.slice(0, PAGE_SIZE).map(() => undefined);
      const pending = found.results.slice(0, PAGE_SIZE).map((r, i) => r.data().then((d) => (head[i] = d)));
      let drawn = 0;
      const draw = () => {
        const order =
          state.sort === "relevance"
            ? rankedSoFar(head, read.words, (d) => d.meta["title"] ?? "")
            : head.slice(0, head.indexOf(undefined) < 0 ? head.length : head.indexOf(undefined));
        const cards = order.slice(drawn).map((d) => renderCard(d!));
        if (drawn === 0 && (cards.length > 0 || n === 0)) results.replaceChildren(...cards);
        else results.append(...cards);
        drawn += cards.length;
      };
      for (const p of pending) {
        await p;
        if (mine !== run) return;
        draw();
      }
      if (n === 0) draw();
      rest = found.results.slice(PAGE_SIZE);
      more.hidden = rest.length === 0;
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
      app.removeAttribute("aria-busy");
      // Filter counts after the results: filters() loads the filter index, then the same
      // search (its index chunks cached) returns counts.
      const all = await pf.filters();
      const counted = await pf.search(term, options);
      if (mine !== run || !counted) return;
      renderFilters(all, counted.filters);
    } catch (err) {
      if (mine !== run) return;
      console.warn("search failed", err);
      status.textContent = "";
      error.hidden = false;
    } finally {
      if (mine === run) app.removeAttribute("aria-busy");
    }
  };

  const openSheet = () => {
    sheetBody.append(filtersBox);
    sheet.showModal();
  };
  sheet.addEventListener("close", () => {
    sidebar.append(filtersBox);
    filterOpen.focus();
  });
  filterOpen.addEventListener("click", openSheet);
  $("search-sheet-close").addEventListener("click", () => sheet.close());
  // Tapping the dimmed page around the sheet closes it too.
  sheet.addEventListener("click", (event) => {
    if (event.target === sheet) sheet.close();
  });
  window.matchMedia(WIDE).addEventListener("change", (event) => {
    if (event.matches && sheet.open) sheet.close();
  });

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
  sortSelect.addEventListener("change", () => {
    typing = false;
    commit({ ...state, sort: parseState(`?sort=${sortSelect.value}`).sort }, "push");
  });
  filtersBox.addEventListener("change", (event) => {
    if (event.target === sortSelect) return;
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

  preloadChunks();
  void load().catch(() => undefined);
  showControls();
  void search();
}
