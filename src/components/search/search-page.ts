/**
 * The search page's script. Pagefind starts at once (pagefind-client.ts), from the preloads in
 * the page's head; the query in the URL is searched as soon as it is ready. Results are ordered
 * by what the visitor means (lib/search/ranking.ts): pages named by the words first, pages that
 * only mention them behind a button. A query that finds nothing is tried again with its one-letter
 * typos corrected (lib/search/typos.ts), and otherwise offers ideas, groups and gift guides. Filter
 * counts are fetched after the first results are drawn. Below 1024 px the filter panel opens in a
 * <dialog> sheet.
 */
import type { FilterName } from "@/lib/search/search-facets.ts";
import { lazyKnownWords, marksMatter, readQuery, splitJoinedQuery, type KnownWords, type ReadQuery } from "@/lib/search/query.ts";
import { matchedWords, onlyGuesses } from "@/lib/search/prefix-guess.ts";
import {
  countFilterValues,
  isNamed,
  rankedSoFar,
  splitMentions,
  type FilterCounts,
  type Rankable,
} from "@/lib/search/ranking.ts";
import {
  hasFilters,
  pagefindQuery,
  parseState,
  serializeState,
  suggest,
  toggleFilter,
  type SearchState,
} from "@/lib/search/search-state.ts";
import { correctQuery, vocabulary } from "@/lib/search/typos.ts";
import {
  preloadChunks,
  startPagefind,
  type Pagefind,
  type PagefindResult,
  type PagefindResultData,
  type PagefindSearch,
} from "./pagefind-client.ts";
import { $, fill, fillCount, renderCard, renderFilters, renderIdeas, type Strings } from "./search-render.ts";

interface Config {
  bundle: string;
  base: string;
  strings: Strings;
  /** Names and search terms of the catalogue: known words, typo corrections, ideas. */
  terms: string[];
}

/** Cards drawn at once: few enough that their fragments arrive in one or two round trips. */
const PAGE_SIZE = 12;
const WIDE = "(min-width: 1024px)";

/** The page's elements, found once. */
function elements() {
  return {
    app: $("search-app"),
    form: $("search-form") as HTMLFormElement,
    input: $("search-q") as HTMLInputElement,
    sort: $("search-sort") as HTMLSelectElement,
    status: $("search-status"),
    results: $("search-results"),
    more: $("search-more"),
    filters: $("search-filters"),
    filterGroups: $("search-filter-groups"),
    filterOpen: $("search-filter-open"),
    clear: $("search-clear"),
    sidebar: $("search-sidebar"),
    sheet: $("search-sheet") as HTMLDialogElement,
    sheetBody: $("search-sheet-body"),
    empty: $("search-empty"),
    emptyText: $("search-empty-text"),
    corrected: $("search-corrected"),
    ideas: $("search-suggest"),
    ideaList: $("search-suggest-list"),
    browse: $("search-browse"),
    error: $("search-error"),
  };
}
type Elements = ReturnType<typeof elements>;

/** How the ranking reads a result: products carry a `product` field, and their search terms. */
function rankable(d: PagefindResultData): Rankable {
  const names = [d.meta["title"] ?? "", d.meta["terms"] ?? ""];
  return { product: d.meta["product"] !== undefined, names };
}

/** Cards drawn in one task: the first appear at once, and no task holds a slow phone's main thread long. */
const BATCH = 4;
/** The first cards of a search, fewer: their task also pays the first use of the drawing code. */
const FIRST_BATCH = 2;

/** Lets the browser handle input and draw before the rest: scheduler.yield where there is one. */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Draws `results` into the list, `first` cards in the first task and BATCH a task after, in place
 * of what the list holds when `replace`. Returns false (and stops) if a newer search started meanwhile.
 */
async function drawCards(
  el: Elements,
  results: readonly PagefindResultData[],
  s: Strings,
  current: () => boolean,
  replace: boolean,
  first = BATCH,
): Promise<boolean> {
  if (replace && results.length === 0) el.results.replaceChildren();
  for (let i = 0, end = first; i < results.length; i = end, end += BATCH) {
    if (i > 0) {
      await nextTask();
      if (!current()) return false;
    }
    const cards = results.slice(i, end).map((d) => renderCard(d, s));
    if (replace && i === 0) el.results.replaceChildren(...cards);
    else el.results.append(...cards);
  }
  return true;
}

/**
 * Draws the first page of `listed` as its fragments arrive, in ranked order as far as that order
 * is certain (the first cards need not wait for the last fragment of the page). Returns false if
 * a newer search started meanwhile.
 */
async function drawFirstPage(
  el: Elements,
  listed: PagefindResult[],
  read: ReadQuery,
  ranked: boolean,
  s: Strings,
  current: () => boolean,
): Promise<boolean> {
  const page = listed.slice(0, PAGE_SIZE);
  // Each result with what the ranking reads of it, read once as it arrives.
  type Arrived = { data: PagefindResultData; rank: Rankable };
  const head: (Arrived | undefined)[] = page.map(() => undefined);
  const pending = page.map((r, i) => r.data().then((data) => (head[i] = { data, rank: rankable(data) })));
  let drawn = 0;
  const draw = async (): Promise<boolean> => {
    const missing = head.indexOf(undefined);
    const here = (missing < 0 ? head : head.slice(0, missing)) as Arrived[];
    const fresh = (ranked ? rankedSoFar(head, read.words, (a) => a.rank) : here).slice(drawn).map((a) => a.data);
    // The last search's cards stay until this one has a card to show, or has none at all.
    if (drawn === 0 && fresh.length === 0 && page.length > 0) return true;
    const replace = drawn === 0;
    drawn += fresh.length;
    return drawCards(el, fresh, s, current, replace, replace ? FIRST_BATCH : BATCH);
  };
  for (const p of pending) {
    await p;
    if (!current() || !(await draw())) return false;
  }
  return page.length === 0 ? draw() : true;
}

/** Spelling ideas from the catalogue's names in the page ("Did you mean"), or none. */
function showIdeas(el: Elements, state: SearchState, config: Config, show: boolean): void {
  const ideas = show && state.q ? suggest(state.q, config.terms) : [];
  renderIdeas(el.ideaList, ideas, (idea) => location.pathname + serializeState({ ...state, q: idea }));
  el.ideas.hidden = ideas.length === 0;
}

/** The query as searched, with what the ranking reads of it; `corrected` when it was read another way than typed. */
interface Found {
  read: ReadQuery;
  term: string | null;
  found: PagefindSearch | null;
  corrected: string | undefined;
  /** Pagefind only guessed (prefix-guess.ts): the results are dropped, and the filters count nothing. */
  guessed: boolean;
}

/**
 * True when the results show only words Pagefind put in for the query's (prefix-guess.ts): the first
 * result (whose data the page draws first anyway), then, if it is a guess, the first page. Only a
 * word of four letters or more can be guessed at (a guess is three letters shorter), so a query of
 * syllables ("toi ly son") costs nothing.
 */
async function guessed(found: PagefindSearch, words: string[]): Promise<boolean> {
  if (!words.some((w) => w.length >= 4) || found.results.length === 0) return false;
  const first = await found.results[0]!.data();
  if (!onlyGuesses([matchedWords(first)], words)) return false;
  const page = await Promise.all(found.results.slice(1, PAGE_SIZE).map((r) => r.data()));
  return onlyGuesses([first, ...page].map(matchedWords), words);
}

/** Whether Pagefind now matches marks as typed (its `exactDiacritics`, off when it starts). */
let exactMarks = false;

/**
 * Searches `term` with its marks matched as typed where they tell words apart (marksMatter: "cá"
 * names the fish, not every "cà phê" and "cao"), else folded; folded too when, as typed, the
 * marks name nothing (a mark typed wrong). The mode stays set for the filter counts' search.
 */
async function searchMarked(pf: Pagefind, term: string | null, options: unknown): Promise<PagefindSearch | null> {
  const exact = term !== null && marksMatter(term);
  const setMode = async (on: boolean) => {
    if (on !== exactMarks) await pf.options({ exactDiacritics: (exactMarks = on) });
  };
  await setMode(exact);
  const found = await pf.search(term, options);
  if (!exact || found?.results.some(isNamed)) return found;
  await setMode(false);
  return pf.search(term, options);
}

/**
 * The query as searched: as typed, or read another way when as typed it names nothing, or names
 * things only through Pagefind's guesses ("mangden" finds every "Măng…" place): its one-letter
 * typos corrected (typos.ts), or its joined syllables split ("mangden" → "mang den", query.ts),
 * whichever names something first. When Pagefind only guessed and no other reading names
 * anything ("cashew" finds "cà"), nothing is found. `vocab` gives the catalogue's words, made at
 * the first need.
 */
async function find(
  pf: Pagefind,
  q: string,
  options: unknown,
  locale: "vi" | "en",
  known: KnownWords,
  vocab: () => Map<string, number>,
): Promise<Found> {
  const read = readQuery(q, locale, known);
  const term = q === "" ? null : read.term;
  const found = await searchMarked(pf, term, options);
  const asTyped: Found = { read, term, found, corrected: undefined, guessed: false };
  if (!found || term === null) return asTyped;
  const guess = await guessed(found, read.words);
  if (found.results.some(isNamed) && !guess) return asTyped;
  for (const other of [correctQuery(term, vocab()), splitJoinedQuery(term)]) {
    if (other === undefined) continue;
    const again = await pf.search(other, options);
    const otherRead = readQuery(other, locale, known);
    // Named, or at least found by its own words ("mang den": "Đen" is matched by its folded copy, below the named score).
    if (again?.results.length && (again.results.some(isNamed) || !(await guessed(again, otherRead.words))))
      return { read: otherRead, term: other, found: again, corrected: other, guessed: false };
  }
  return guess ? { ...asTyped, found: { results: [], filters: {} }, guessed: true } : asTyped;
}

/** The filter button says how many filter values are chosen: "Lọc (2)". */
function showFilterCount(el: Elements, state: SearchState): void {
  const n = Object.values(state.filters).reduce((sum, v) => sum + v.length, 0);
  el.filterOpen.textContent = n > 0 ? fill(el.filterOpen.dataset["labelCount"], { n }) : (el.filterOpen.dataset["label"] ?? "");
}

/**
 * The most listed results whose data is read to count their filter values; with more, the counts
 * are Pagefind's, which include the results that only mention the query.
 */
const COUNT_FROM_DATA_MAX = 48;

/**
 * Filter counts of what the page lists: when some results only mention the query (behind the
 * "more" button), a chip's count would otherwise promise results the list does not show ("Sản
 * phẩm (41)" over 8 fish). Read from the listed results' data, most of it already fetched for the
 * first page; Pagefind's counts when nothing is held back, when the list is long, or offline
 * without a result's data.
 */
async function listedCounts(found: PagefindSearch): Promise<FilterCounts> {
  const { listed, mentions } = splitMentions(found.results);
  if (mentions.length === 0 || listed.length > COUNT_FROM_DATA_MAX) return found.filters;
  return Promise.all(listed.map((r) => r.data())).then(countFilterValues, () => found.filters);
}

/** Filter counts after the results: filters() loads the filter index, then the same search (its chunks cached) counts. */
async function countFilters(
  el: Elements,
  state: SearchState,
  s: Strings,
  pf: Pagefind,
  term: string | null,
  options: unknown,
  current: () => boolean,
): Promise<void> {
  const all = await pf.filters();
  const counted: PagefindSearch | null = await pf.search(term, options);
  if (!current() || !counted) return;
  const counts = await listedCounts(counted);
  if (!current()) return;
  renderFilters(el.filterGroups, state, all, counts, s);
  el.filters.hidden = el.filterGroups.childElementCount === 0;
  el.clear.hidden = !hasFilters(state);
  el.filterOpen.classList.toggle("invisible", el.filters.hidden);
}

/** Results found but not drawn yet: listed ones, then the results that only mention the words. */
interface Undrawn {
  rest: PagefindResult[];
  mentions: PagefindResult[];
}

/** No filter chips and no filter button. */
function hideFilters(el: Elements): void {
  el.filters.hidden = true;
  el.filterOpen.classList.add("invisible");
}

/** No query and no filter: nothing shown but the form, nothing left to draw. */
function clearResults(el: Elements, undrawn: Undrawn): void {
  undrawn.rest = [];
  undrawn.mentions = [];
  el.app.removeAttribute("aria-busy");
  el.results.replaceChildren();
  el.more.hidden = true;
  el.empty.hidden = true;
  el.browse.hidden = true;
  el.corrected.hidden = true;
  el.ideas.hidden = true;
  hideFilters(el);
  el.status.textContent = "";
}

/**
 * The count of results, the empty state, and the button to the rest (listed ones, then mentions).
 * The count names the query as searched; when it was read another way, the status also says what
 * was typed, for screen readers only: on screen that is the line above the results (showCorrected),
 * since the one-line count cannot hold both on a phone.
 */
function showCount(el: Elements, s: Strings, q: string, n: number, corrected: string | undefined): void {
  el.empty.hidden = n > 0;
  el.browse.hidden = n > 0;
  if (n === 0) el.emptyText.textContent = fill(s["empty"], { q });
  const count = q ? fillCount(s, "count", { n, q: corrected ?? q }) : fillCount(s, "countAll", { n });
  if (corrected) {
    const typed = document.createElement("span");
    typed.className = "sr-only";
    typed.textContent = " " + fill(s["typed"], { typed: q });
    el.status.replaceChildren(count, typed);
  } else el.status.textContent = count;
  el.app.dataset["results"] = String(n);
}

/** "Showing results for “mang den” instead of “mangden”": on screen, above the results, when the query was read another way. */
function showCorrected(el: Elements, s: Strings, q: string, corrected: string | undefined): void {
  el.corrected.hidden = corrected === undefined;
  el.corrected.textContent = corrected === undefined ? "" : fill(s["corrected"], { q: corrected, typed: q });
}

function showMore(el: Elements, { rest, mentions }: Undrawn, q: string): void {
  el.more.hidden = rest.length === 0 && mentions.length === 0;
  el.more.textContent =
    rest.length > 0 ? (el.more.dataset["label"] ?? "") : fillCount(el.more.dataset, "labelMentions", { n: mentions.length, q });
}

/**
 * Starts the page in short tasks, so that a slow phone's main thread is never held long: the task
 * that runs the page's scripts (and the DOMContentLoaded and load events with them) only reads the
 * address and the page's settings; then the fetch of the query's index chunks (the first results
 * wait for them), Pagefind's worker (it loads from the head's preloads meanwhile), and the page's
 * controls and the search.
 */
export async function startSearchPage(): Promise<void> {
  const app = $("search-app");
  const config = JSON.parse(app.dataset["config"] ?? "{}") as Config;
  const locale = document.documentElement.lang === "en" ? "en" : "vi";
  const known = lazyKnownWords(config.terms);
  const state = parseState(location.search);
  const searching = state.q !== "" || hasFilters(state);
  // Busy from the first task: the site's module (site.ts) waits for the results before it registers the service worker.
  if (searching) app.setAttribute("aria-busy", "true");
  await nextTask();
  if (state.q !== "") preloadChunks(readQuery(state.q, locale, known).term);
  await nextTask();
  const pagefind = startPagefind(config.bundle, config.base);
  pagefind.catch(() => undefined);
  await nextTask();
  runSearchPage(config, pagefind, locale, known);
}

/** The page's search: its controls, the URL's state, the results as they come. */
function runSearchPage(config: Config, pagefind: Promise<Pagefind>, locale: "vi" | "en", known: KnownWords): void {
  const el = elements();
  const s = config.strings;
  let vocab: Map<string, number> | undefined;
  let state: SearchState = parseState(location.search);
  let run = 0;
  const undrawn: Undrawn = { rest: [], mentions: [] };

  const search = async () => {
    const mine = ++run;
    const current = () => mine === run;
    el.error.hidden = true;
    showFilterCount(el, state);
    if (state.q === "" && !hasFilters(state)) return clearResults(el, undrawn);
    el.app.setAttribute("aria-busy", "true");
    el.status.textContent = s["loading"] ?? "";
    try {
      const pf = await pagefind;
      const { options } = pagefindQuery(state);
      const searched = await find(pf, state.q, options, locale, known, () => (vocab ??= vocabulary(config.terms)));
      if (!current() || !searched.found) return;
      if (!(await showFound(el, config, state, searched, searched.found, undrawn, current))) return;
      el.app.removeAttribute("aria-busy");
      // Counts of what Pagefind guessed would count nothing the visitor asked for.
      if (!searched.guessed || hasFilters(state)) {
        // The button comes with the results, its chips with their counts a moment later.
        if (searched.found.results.length > 0) el.filterOpen.classList.remove("invisible");
        await countFilters(el, state, s, pf, searched.term, options, current);
      } else hideFilters(el);
    } catch (err) {
      if (!current()) return;
      console.warn("search failed", err);
      showFailed(el, state, config);
    } finally {
      if (current()) el.app.removeAttribute("aria-busy");
    }
  };

  wireControls(el, {
    state: () => state,
    commit: (next, mode) => {
      state = next;
      showInUrl(state, mode);
      void search();
    },
    more: () => {
      const mine = run;
      void drawMore(el, s, undrawn, state.q, () => mine === run);
    },
    restore: () => {
      state = parseState(location.search);
      showControls(el, state);
      void search();
    },
  });

  showControls(el, state);
  void search();
}

/**
 * What the search found (`found`, the results of the query as searched): its first page drawn, the
 * rest kept for the "more" button, the count, and ideas when the query names nothing. Returns
 * false if a newer search started meanwhile.
 */
async function showFound(
  el: Elements,
  config: Config,
  state: SearchState,
  { read, corrected }: Found,
  found: PagefindSearch,
  undrawn: Undrawn,
  current: () => boolean,
): Promise<boolean> {
  const split = splitMentions(found.results);
  // Nothing named by the query (found only in texts, or not at all): offer the names it resembles.
  showIdeas(el, state, config, !found.results.some(isNamed));
  // Before the cards, so that they do not move when it shows.
  showCorrected(el, config.strings, state.q, corrected);
  if (!(await drawFirstPage(el, split.listed, read, state.sort === "relevance", config.strings, current))) return false;
  undrawn.rest = split.listed.slice(PAGE_SIZE);
  undrawn.mentions = split.mentions;
  showMore(el, undrawn, state.q);
  showCount(el, config.strings, state.q, split.listed.length, corrected);
  return true;
}

/** The search failed (offline, or without the index): ideas, groups and gift guides are still ways on. */
function showFailed(el: Elements, state: SearchState, config: Config): void {
  el.status.textContent = "";
  el.corrected.hidden = true;
  el.error.hidden = false;
  el.empty.hidden = true;
  el.browse.hidden = false;
  showIdeas(el, state, config, true);
}

/** The form shows the state's query and sort. */
function showControls(el: Elements, state: SearchState): void {
  el.input.value = state.q;
  el.sort.value = state.sort;
}

/** The state in the address bar, as a new history entry or in place of the current one. */
function showInUrl(state: SearchState, mode: "push" | "replace"): void {
  const url = location.pathname + serializeState(state);
  if (url === location.pathname + location.search) return;
  if (mode === "push") history.pushState(null, "", url);
  else history.replaceState(null, "", url);
}

/** The next PAGE_SIZE results: listed ones first, then mentions; focus moves to the first new card. */
async function drawMore(el: Elements, s: Strings, undrawn: Undrawn, q: string, current: () => boolean): Promise<void> {
  const fromRest = undrawn.rest.length > 0;
  const next = (fromRest ? undrawn.rest : undrawn.mentions).slice(0, PAGE_SIZE);
  if (fromRest) undrawn.rest = undrawn.rest.slice(PAGE_SIZE);
  else undrawn.mentions = undrawn.mentions.slice(PAGE_SIZE);
  const data = await Promise.all(next.map((r) => r.data()));
  if (!current()) return;
  const before = el.results.childElementCount;
  const focusFirst = () => el.results.children[before]?.querySelector("a")?.focus();
  // Focus moves to the first new card as soon as it is drawn, not after the last.
  const drawn = drawCards(el, data, s, current, false);
  focusFirst();
  if (!(await drawn)) return;
  showMore(el, undrawn, q);
}

/** What the form's controls do to the search: the page's state and its changes. */
interface Controls {
  state: () => SearchState;
  /** Searches `next`, recorded as a new history entry or in place of the current one. */
  commit: (next: SearchState, mode: "push" | "replace") => void;
  /** Draws the next results. */
  more: () => void;
  /** Back or forward: the state of the URL now shown. */
  restore: () => void;
}

/**
 * The form's controls: a query searched 200 ms after the last key (one history entry while the
 * visitor types), at once on submit, sort, filter and clear.
 */
function wireControls(el: Elements, c: Controls): void {
  let typing = false;
  let timer: number | undefined;
  wireFilterSheet(el);
  el.form.addEventListener("submit", (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    typing = false;
    c.commit({ ...c.state(), q: el.input.value.trim(), sort: parseState(`?sort=${el.sort.value}`).sort }, "push");
  });
  el.input.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      c.commit({ ...c.state(), q: el.input.value.trim() }, typing ? "replace" : "push");
      typing = true;
    }, 200);
  });
  el.input.addEventListener("blur", () => (typing = false));
  el.sort.addEventListener("change", () => {
    typing = false;
    c.commit({ ...c.state(), sort: parseState(`?sort=${el.sort.value}`).sort }, "push");
  });
  el.filters.addEventListener("change", (event) => {
    if (event.target === el.sort) return;
    const box = event.target as HTMLInputElement;
    typing = false;
    c.commit(toggleFilter(c.state(), box.name as FilterName, box.value, box.checked), "push");
  });
  el.more.addEventListener("click", () => c.more());
  el.clear.addEventListener("click", () => {
    typing = false;
    c.commit({ ...c.state(), filters: {} }, "push");
    el.input.focus();
  });
  window.addEventListener("popstate", () => c.restore());
}

/** Phones: the filter panel moves into a modal sheet while it is open, and back to the sidebar after. */
function wireFilterSheet(el: Elements): void {
  el.sheet.addEventListener("close", () => {
    el.sidebar.append(el.filters);
    el.filterOpen.focus();
  });
  el.filterOpen.addEventListener("click", () => {
    el.sheetBody.append(el.filters);
    el.sheet.showModal();
  });
  $("search-sheet-close").addEventListener("click", () => el.sheet.close());
  // Tapping the dimmed page around the sheet closes it too.
  el.sheet.addEventListener("click", (event) => {
    if (event.target === el.sheet) el.sheet.close();
  });
  window.matchMedia(WIDE).addEventListener("change", (event) => {
    if (event.matches && el.sheet.open) el.sheet.close();
  });
}
