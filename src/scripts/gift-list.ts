/**
 * The gift list in the browser: "add to gift list" buttons, the header count and the list page.
 * Loaded (as one small module) only by pages that render a GiftButton or the list page.
 * Buttons are `invisible` in the HTML (their space kept) and shown here, so without JavaScript nothing
 * is broken and nothing moves when they appear; the header link's count slot is filled here.
 */
import { countText, idsFromSearch, readList, shareUrl, STORAGE_KEY, toggle, writeList } from "../lib/gifts/gift-list.ts";
import type { GiftData } from "../lib/gifts/gift-data.ts";
import { totalPriceRange } from "../lib/catalogue/price-bands.ts";
import { formatPriceRange } from "../lib/values/format.ts";

const $ = <T extends Element = HTMLElement>(sel: string, root: ParentNode = document) => root.querySelector<T>(sel);
const $$ = (sel: string) => [...document.querySelectorAll<HTMLElement>(sel)];

function stored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
function save(next: string[]): void {
  ids = next;
  try {
    localStorage.setItem(STORAGE_KEY, writeList(next));
  } catch {
    /* private mode or full: the list lives for this page only */
  }
}

/**
 * The list page's product data: a JSON file per language (src/pages/gift-data/[locale].json.ts),
 * fetched on that page only; other pages need just the ids kept in localStorage.
 */
async function loadData(): Promise<GiftData | null> {
  const app = $("[data-gift-app]");
  const source = app?.dataset["giftSource"];
  if (!app || !source) return null;
  try {
    const res = await fetch(source);
    if (res.ok) return (await res.json()) as GiftData;
  } catch {
    /* offline with nothing cached: said below */
  }
  const notice = $("[data-gift-notice]", app);
  if (notice) {
    notice.textContent = app.dataset["giftError"] ?? "";
    notice.hidden = false;
  }
  app.hidden = false;
  return null;
}
const data = await loadData();
/**
 * The products that exist, as a Set of the data file's own keys: an `in` check on the object would
 * take "constructor" (a valid slug) from a crafted share link for a product, and the page would throw.
 * Without the data file (every page but the list) ids are only counted.
 */
const known = data ? new Set(Object.keys(data.products)) : undefined;
const first = readList(stored(), known);
let ids = first.ids;
const shared = known ? idsFromSearch(location.search)?.filter((id) => known.has(id)) : undefined;

function el(tag: string, attrs: Record<string, string> = {}, ...kids: (Node | string)[]): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...kids);
  return e;
}

const priceOf = (p: [number, number] | null | undefined) => (p ? { from: p[0], to: p[1] } : undefined);

function renderList(): void {
  if (!data) return;
  const app = $("[data-gift-app]");
  if (!app) return;
  const list = shared ?? ids;
  app.hidden = false;
  $("[data-gift-shared]", app)!.hidden = !shared;
  $("[data-gift-empty]", app)!.hidden = list.length > 0;
  $("[data-gift-actions]", app)!.hidden = list.length === 0;
  const groups = $("[data-gift-groups]", app)!;
  groups.replaceChildren();
  const byProducer = new Map<string, string[]>();
  for (const id of list) {
    const r = data.products[id]?.r ?? "";
    byProducer.set(r, [...(byProducer.get(r) ?? []), id]);
  }
  for (const [rid, pids] of byProducer) groups.append(producerGroup(data, rid, pids));
  $("[data-gift-total]", app)!.textContent = totalText(data, list);
  const url = shareUrl(location.href, list);
  for (const a of $$("[data-share]")) a.setAttribute("href", a.dataset["share"]! + encodeURIComponent(url));
  $("[data-gift-url]", app)?.setAttribute("value", url);
  // The list is drawn once its data file arrived: tests and assistive tools can wait for this.
  app.setAttribute("data-gift-ready", "");
}

/** A producer's part of the list: its name, how to reach it (links on screen, numbers on paper), its products. */
function producerGroup(data: GiftData, rid: string, pids: readonly string[]): HTMLElement {
  const r = data.producers[rid];
  const contacts = el("p", { class: "no-print mt-1 flex flex-wrap gap-2" });
  for (const [display, tel] of r?.ph ?? []) contacts.append(el("a", { href: tel, class: "tap gift-btn" }, `☎ ${display}`));
  if (r?.z) contacts.append(el("a", { href: r.z, class: "tap gift-btn", rel: "noopener noreferrer" }, "Zalo"));
  const phones = el("p", { class: "print-only" }, (r?.ph ?? []).map((p) => p[0]).join(" · "));
  return el(
    "section",
    { class: "gift-group" },
    el("h2", { class: "text-lg" }, r ? el("a", { href: r.u }, r.n) : data.t.noProducer),
    contacts,
    phones,
    el("ul", { class: "mt-2 grid gap-3" }, ...pids.map((id) => giftItem(data, id))),
  );
}

/** One product of the list: its picture (its QR code on paper), name, price, shelf life, where to buy it, and its remove button. */
function giftItem(data: GiftData, id: string): HTMLElement {
  const t = data.t;
  const p = data.products[id]!;
  const keeps = data.facts[p.k]!;
  const shops = el("ul", { class: "text-sm" });
  for (const [name, address, map] of p.w) {
    shops.append(
      el(
        "li",
        {},
        `${t.whereToBuy}: ${name}${address ? `, ${address}` : ""} `,
        ...(map ? [el("a", { href: map, class: "no-print" }, t.map)] : []),
      ),
    );
  }
  const remove = el("button", { type: "button", class: "tap gift-btn no-print", "data-gift-toggle": id }, t.remove);
  return el(
    "li",
    { class: "gift-item", "data-gift-item": id },
    // The product's picture, decoration beside its name: an illustration on its tile, or a photo.
    el("img", {
      src: p.i,
      alt: "",
      width: "64",
      height: "64",
      loading: "lazy",
      class: `gift-pic ${p.i.endsWith(".svg") ? "kind-art" : "object-cover"}`,
    }),
    el("img", { src: p.q, alt: "", width: "96", height: "96", class: "print-only gift-qr" }),
    el(
      "div",
      {},
      el("a", { href: p.u, class: "font-semibold" }, p.n),
      p.p
        ? el("p", { class: "text-sm", "data-price": "" }, `${formatPriceRange(p.p[0], p.p[1], data.locale)} / ${p.pu}`)
        : el("p", { class: "text-sm" }, t.unknown),
      el(
        "p",
        { class: "text-sm" },
        `${t.shelfLife}: `,
        el("span", { "data-fact": "shelf-life", "data-certainty": keeps[0] }, keeps[1]),
      ),
      shops,
      remove,
    ),
  );
}

/** The list's total price range, and how many of its products have no price; empty for an empty list. */
function totalText(data: GiftData, list: readonly string[]): string {
  if (list.length === 0) return "";
  const prices = list.map((id) => ({ price: priceOf(data.products[id]?.p) }));
  const total = totalPriceRange(prices);
  const unknown = prices.filter((p) => !p.price).length;
  return [
    total ? `${data.t.total}: ${formatPriceRange(total.from, total.to, data.locale)}` : "",
    unknown > 0 ? countText(data.t, "totalUnknown", unknown, data.locale) : "",
  ]
    .filter(Boolean)
    .join(" · ");
}

function sync(): void {
  for (const b of $$("[data-gift-toggle]")) {
    const on = ids.includes(b.dataset["giftToggle"]!);
    b.classList.remove("invisible");
    // The label says what a tap will do; data-on only styles (aria-pressed with a changing label would say it twice).
    b.dataset["on"] = String(on);
    const label = (on ? b.dataset["remove"] : b.dataset["add"]) ?? "";
    if (!b.dataset["add"]) continue;
    // An icon button (product cards) keeps its icon and says what it does in its accessible name.
    if (b.hasAttribute("data-icon")) {
      b.setAttribute("aria-label", label);
      b.title = label;
    } else b.textContent = label;
  }
  for (const n of $$("[data-gift-count] [data-gift-n]")) n.textContent = String(ids.length);
}

if (data) {
  const notice = $("[data-gift-notice]");
  const message = first.corrupt
    ? data.t.corrupt
    : first.dropped > 0
      ? countText(data.t, "dropped", first.dropped, data.locale)
      : "";
  if (message && notice) {
    notice.textContent = message;
    notice.hidden = false;
  }
  if (first.corrupt || first.dropped > 0) save(ids);
}

document.addEventListener("click", (e) => {
  const target = e.target as Element;
  const button = target.closest<HTMLElement>("[data-gift-toggle]");
  if (button) {
    save(toggle(ids, button.dataset["giftToggle"]!));
  } else if (target.closest("[data-gift-save]") && shared) {
    save([...new Set([...ids, ...shared])]);
    history.replaceState(null, "", location.pathname);
    location.reload();
    return;
  } else if (target.closest("[data-gift-clear]")) {
    save([]);
  } else return;
  sync();
  renderList();
});
// Lists whose cards are drawn by a script (the search results, marked data-gift-live) show the
// buttons of each new card, pressed or not: the drawing script needs no import of this one.
const drawn = new MutationObserver(sync);
for (const live of $$("[data-gift-live]")) drawn.observe(live, { childList: true });
addEventListener("storage", (e) => {
  if (e.key !== STORAGE_KEY) return;
  // Another tab's list is checked like this tab's own: it may hold ids this page's data does not know.
  ids = readList(e.newValue, known).ids;
  sync();
  renderList();
});
sync();
renderList();
