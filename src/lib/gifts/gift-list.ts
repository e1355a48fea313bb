/**
 * The gift list's pure core, shared by the browser script and the tests: reading a stored value
 * that may be corrupted or outdated, and the share URL. Kept tiny: it ships to the browser.
 */

export const STORAGE_KEY = "ocop-gift-list";

/** Query parameter of a shared list: "?ids=toi-ly-son,que-tra-bong". */
const SHARE_PARAM = "ids";
const VERSION = 1;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

interface ReadResult {
  ids: string[];
  /** The stored value could not be read at all (not JSON, wrong shape). */
  corrupt: boolean;
  /** How many stored ids were dropped because no such product exists (any more). */
  dropped: number;
}

/** Parses what localStorage holds; never throws. `known` (when given) drops unknown products. */
export function readList(raw: string | null, known?: ReadonlySet<string>): ReadResult {
  if (raw === null || raw === "") return { ids: [], corrupt: false, dropped: 0 };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ids: [], corrupt: true, dropped: 0 };
  }
  const ids = (value as { v?: unknown; ids?: unknown } | null)?.ids;
  if (!Array.isArray(ids) || (value as { v?: unknown }).v !== VERSION) return { ids: [], corrupt: true, dropped: 0 };
  const clean = unique(ids.filter((id): id is string => typeof id === "string" && SLUG.test(id)));
  const kept = known ? clean.filter((id) => known.has(id)) : clean;
  return { ids: kept, corrupt: false, dropped: ids.length - kept.length };
}

export function writeList(ids: readonly string[]): string {
  return JSON.stringify({ v: VERSION, ids: unique(ids) });
}

export function toggle(ids: readonly string[], id: string): string[] {
  return ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id];
}

/** The list page's URL that opens the same list elsewhere. */
export function shareUrl(listUrl: string, ids: readonly string[]): string {
  const url = new URL(listUrl);
  url.search = "";
  url.hash = "";
  if (ids.length > 0) url.searchParams.set(SHARE_PARAM, ids.join(","));
  return url.toString().replace(/%2C/g, ",");
}

/** Ids from a shared URL's query string, or null when the URL carries no list. */
export function idsFromSearch(search: string): string[] | null {
  const value = new URLSearchParams(search).get(SHARE_PARAM);
  if (value === null) return null;
  return unique(value.split(",").filter((id) => SLUG.test(id)));
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

/**
 * The wording of the count `n` among the list's labels: its `One` form where the language calls n
 * "one", as src/i18n/plural.ts chooses. Not imported from there: the search page loads the gift
 * script too, and a module both import becomes a chunk its script waits for, a round trip before
 * the first results (tests/build/budgets.test.ts).
 */
export function countText(labels: Readonly<Record<string, string | undefined>>, key: string, n: number, lang: string): string {
  const one = new Intl.PluralRules(lang).select(n) === "one" ? labels[`${key}One`] : undefined;
  return (one ?? labels[key] ?? "").replaceAll("{n}", String(n));
}
