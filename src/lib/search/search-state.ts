/**
 * The search page's state as it lives in the URL (`?q=…&group=…&sort=…`), and what Pagefind
 * is asked for. Pure: used by the page's script and by unit tests.
 */
import { fold } from "../values/fold.ts";
import { FILTERS, SORTS, type FilterName, type SortName } from "./search-facets.ts";

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterName, string[]>>;
  sort: SortName;
}

export const EMPTY_STATE: SearchState = { q: "", filters: {}, sort: "relevance" };

export function parseState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState["filters"] = {};
  for (const name of FILTERS) {
    const values = [...new Set(params.getAll(name).filter((v) => v !== ""))];
    if (values.length > 0) filters[name] = values.sort();
  }
  const sort = params.get("sort");
  return {
    q: (params.get("q") ?? "").trim(),
    filters,
    sort: SORTS.includes(sort as SortName) ? (sort as SortName) : "relevance",
  };
}

/** Query string (with "?", or "" when empty) in a stable order, so equal states give equal URLs. */
export function serializeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim() !== "") params.set("q", state.q.trim());
  for (const name of FILTERS) for (const v of [...(state.filters[name] ?? [])].sort()) params.append(name, v);
  if (state.sort !== "relevance") params.set("sort", state.sort);
  const s = params.toString();
  return s === "" ? "" : `?${s}`;
}

export function hasFilters(state: SearchState): boolean {
  return Object.values(state.filters).some((v) => v.length > 0);
}

/** Toggles one filter value. */
export function toggleFilter(state: SearchState, name: FilterName, value: string, on: boolean): SearchState {
  const current = new Set(state.filters[name] ?? []);
  if (on) current.add(value);
  else current.delete(value);
  const filters = { ...state.filters };
  if (current.size > 0) filters[name] = [...current].sort();
  else delete filters[name];
  return { ...state, filters };
}

export interface PagefindQuery {
  /** null lists every page matching the filters. */
  term: string | null;
  options: { filters?: Record<string, { any: string[] }>; sort?: Record<string, "asc" | "desc"> };
}

const SORT_KEYS: Record<Exclude<SortName, "relevance">, Record<string, "asc" | "desc">> = {
  stars: { stars: "desc" },
  price: { price: "asc" },
  name: { name: "asc" },
};

/**
 * Values of one filter combine with "any"; different filters must all match; no `filters`
 * key when nothing is filtered.
 */
export function pagefindQuery(state: SearchState): PagefindQuery {
  const filters: Record<string, { any: string[] }> = {};
  for (const [name, values] of Object.entries(state.filters)) if (values.length > 0) filters[name] = { any: values };
  const options: PagefindQuery["options"] = Object.keys(filters).length > 0 ? { filters } : {};
  if (state.sort !== "relevance") options.sort = SORT_KEYS[state.sort];
  return { term: state.q === "" ? null : state.q, options };
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/**
 * Spelling suggestions for a query that found nothing: the known terms closest to it
 * (compared without marks), at most `max`, only those within a third of the query's length.
 */
export function suggest(query: string, terms: string[], max = 3): string[] {
  const q = fold(query);
  if (q.length < 3) return [];
  const scored = [...new Set(terms)]
    .map((term) => {
      const f = fold(term);
      // Compare with the whole term and with its start, so "toi ly sn" finds "Tỏi Lý Sơn cô đơn".
      const d = Math.min(distance(q, f), distance(q, f.slice(0, q.length)));
      return { term, d };
    })
    .filter(({ d }) => d > 0 && d <= Math.max(1, Math.floor(q.length / 3)))
    .sort((a, b) => a.d - b.d || a.term.localeCompare(b.term));
  return scored.slice(0, max).map(({ term }) => term);
}
