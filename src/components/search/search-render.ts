/**
 * What the search page draws: result cards and filter chips, cloned from the templates of
 * SearchResultTemplates.astro and filled from Pagefind's metadata; the "did you mean" links.
 * DOM only: no state, no Pagefind.
 */
import { FILTERS } from "@/lib/search/search-facets.ts";
import type { SearchState } from "@/lib/search/search-state.ts";
import type { PagefindResultData } from "./pagefind-client.ts";
import { CERT_TONE, isCertificateStatus } from "@/lib/catalogue/cert-tone.ts";
import { countKey } from "@/i18n/plural.ts";

/** The page's translated strings, with {placeholders}, and the URL of an illustration by id (SearchView.astro). */
export type Strings = Record<string, string>;

export function $(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} missing`);
  return el;
}

export function fill(template: string | undefined, params: Record<string, string | number>): string {
  return (template ?? "").replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ""));
}

/** fill() with the wording of the count `params.n`: `${key}One` where the page's language calls it "one" and `strings` has that form. */
export function fillCount(
  strings: Readonly<Record<string, string | undefined>>,
  key: string,
  params: Record<string, string | number> & { n: number },
): string {
  return fill(strings[countKey(strings, key, params.n, document.documentElement.lang)], params);
}

function clone(id: string): DocumentFragment {
  return ($(id) as HTMLTemplateElement).content.cloneNode(true) as DocumentFragment;
}

function slot<T extends HTMLElement>(root: ParentNode, name: string): T {
  return root.querySelector(`[data-slot="${name}"]`) as T;
}

/** One result card: picture (decorative, the name is beside it), name, stars, status, price, place. */
export function renderCard(data: PagefindResultData, s: Strings): DocumentFragment {
  const card = clone("search-card");
  const m = data.meta;
  const media = slot(card, "media");
  const image = m["image"];
  const locator = m["locator"];
  if (image || locator) {
    const img = new Image(72, 72);
    // Lazy before its URL is set: else the browser asks for it at once, inside the task that draws the cards.
    img.loading = "lazy";
    // A photo's URL, an illustration's id or a commune's id (SearchFacets.astro stores no path, which Pagefind would search).
    const photo = image?.startsWith("/") ? image : undefined;
    img.src = locator ? fill(s["locator"], { id: locator }) : (photo ?? fill(s["art"], { id: image ?? "" }));
    img.alt = "";
    // An illustration or a map sits whole on its tile, as on product cards; a photo fills the box.
    img.className = photo && !photo.endsWith(".svg") ? "size-full object-cover" : "size-full kind-art";
    media.append(img);
  } else media.remove();
  const heading = document.createElement("h3");
  heading.className = "pcard-name";
  const link = document.createElement("a");
  link.className = "pcard-link";
  link.dataset["slot"] = "link";
  link.href = data.url;
  link.textContent = m["title"] ?? data.url;
  heading.append(link);
  slot(card, "heading").replaceWith(heading);
  const stars = slot(card, "stars");
  if (m["stars"]) {
    const n = Number(m["stars"]);
    // The glyphs for the eye, the number in words for screen readers, as on product cards.
    const glyphs = document.createElement("span");
    glyphs.setAttribute("aria-hidden", "true");
    glyphs.textContent = "★".repeat(n);
    const words = document.createElement("span");
    words.className = "sr-only";
    words.textContent = fill(s["stars"], { n });
    stars.append(glyphs, words);
  } else stars.remove();
  const statusEl = slot(card, "status");
  if (m["status"]) {
    statusEl.textContent = m["status"];
    if (isCertificateStatus(m["cert"])) statusEl.classList.add(CERT_TONE[m["cert"]]);
  } else statusEl.remove();
  const price = slot(card, "price");
  if (m["price"]) price.textContent = m["price"];
  else if (m["status"]) {
    // Muted, as "no price yet" is on the catalogue's cards.
    price.textContent = s["priceUnknown"] ?? "";
    price.className = "text-muted";
  } else price.remove();
  const locality = slot(card, "locality");
  const place = [m["subtitle"], m["locality"]].filter(Boolean).join(" · ");
  if (place) locality.textContent = place;
  else locality.remove();
  const gift = slot(card, "gift");
  // A product page's address ends with the product's id (routes.product); other pages have no gift button.
  const id = m["product"] ? /([a-z0-9-]+)\/?$/.exec(new URL(data.url, location.href).pathname)?.[1] : undefined;
  if (id) gift.querySelector<HTMLElement>("[data-gift-toggle]")!.dataset["giftToggle"] = id;
  else gift.remove();
  return card;
}

/**
 * A filter value as its chip reads, first letter capitalised ("phía Đông" → "Phía Đông", "east" →
 * "East"), as the place pages show it; the value in the index and the URL is unchanged.
 */
function chipLabel(value: string): string {
  return value.charAt(0).toLocaleUpperCase(document.documentElement.lang || undefined) + value.slice(1);
}

/**
 * The filter chips of every filter that has values, with their counts (`all`: every value of the
 * index; `counts`: values within the current results). Keyboard focus stays on the same chip.
 */
export function renderFilters(
  box: HTMLElement,
  state: SearchState,
  all: Record<string, Record<string, number>>,
  counts: Record<string, Record<string, number>>,
  s: Strings,
): void {
  const active = document.activeElement;
  const keep = active instanceof HTMLInputElement && box.contains(active) ? active : null;
  box.replaceChildren();
  // One collator for every comparison: localeCompare with a locale makes one per call.
  const order = new Intl.Collator(document.documentElement.lang).compare;
  for (const name of FILTERS) {
    const values = Object.keys(all[name] ?? {}).sort(order);
    const chosen = state.filters[name] ?? [];
    const shown = values.filter((v) => (counts[name]?.[v] ?? 0) > 0 || chosen.includes(v));
    if (shown.length === 0) continue;
    const group = clone("search-filter-group");
    slot(group, "legend").textContent = s[`filter.${name}`] ?? name;
    const chips = slot(group, "chips");
    for (const value of shown) {
      const chip = clone("search-chip");
      const input = slot<HTMLInputElement>(chip, "input");
      input.name = name;
      input.value = value;
      input.checked = chosen.includes(value);
      if (keep && keep.name === name && keep.value === value) queueMicrotask(() => input.focus());
      slot(chip, "label").textContent = name === "stars" ? fill(s["starsValue"], { n: value }) : chipLabel(value);
      slot(chip, "count").textContent = `(${counts[name]?.[value] ?? 0})`;
      chips.append(chip);
    }
    box.append(group);
  }
}

/** The "did you mean" links: each idea as a search of this page. */
export function renderIdeas(list: HTMLElement, ideas: string[], href: (idea: string) => string): void {
  list.replaceChildren(
    ...ideas.map((idea) => {
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.href = href(idea);
      a.textContent = idea;
      a.className = "tap underline";
      li.append(a);
      return li;
    }),
  );
}
