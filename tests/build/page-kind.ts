/** The kind of page a dist/ file is, read from its path with the route segments of routes.ts. */
import { SEGMENTS, type Section } from "../../src/lib/routes.ts";
import { LOCALES, type Locale } from "../../src/i18n/locales.ts";

export type PageKind =
  | "home"
  | "notFound"
  | "productList"
  | "product"
  | "producerList"
  | "producer"
  | "localityList"
  | "locality"
  | "groupList"
  | "group"
  | "occasionList"
  | "occasion"
  | "infoList"
  | "info"
  | "search"
  | "giftList"
  | "travelGuide"
  | "exemplars"
  | "boothCard"
  | "localityPrint"
  | "offline";

const LIST_KIND: Partial<Record<Section, [list: PageKind, entry: PageKind]>> = {
  products: ["productList", "product"],
  producers: ["producerList", "producer"],
  localities: ["localityList", "locality"],
  groups: ["groupList", "group"],
  occasions: ["occasionList", "occasion"],
  info: ["infoList", "info"],
};

/** "en/products/x/index.html" → "product"; throws on a path no route explains. */
export function pageKind(file: string): PageKind {
  if (file === "404.html") return "notFound";
  const parts = file
    .replace(/(^|\/)index\.html$/, "")
    .split("/")
    .filter(Boolean);
  const locale: Locale = parts[0] === "en" ? "en" : "vi";
  if (locale !== LOCALES[0]) parts.shift();
  if (parts.length === 0) return "home";
  const seg = SEGMENTS[locale];
  const section = (Object.keys(seg) as (Section | "page")[]).find((k) => k !== "page" && seg[k] === parts[0]) as
    Section | undefined;
  if (section === "search") return "search";
  if (section === "giftList") return "giftList";
  if (section === "travelGuide") return "travelGuide";
  if (section === "exemplars") return "exemplars";
  if (section === "boothCard") return "boothCard";
  if (section === "localityPrint") return "localityPrint";
  if (section === "offline") return "offline";
  const kinds = section ? LIST_KIND[section] : undefined;
  if (!kinds) throw new Error(`${file}: no page kind for this path (add it to tests/build/page-kind.ts)`);
  if (parts.length === 1 || parts[1] === seg.page) return kinds[0];
  return kinds[1];
}
