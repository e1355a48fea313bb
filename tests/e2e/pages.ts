/** One page of every kind, picked from dist/, for the browser tests. */
import { htmlFiles, page, pageKind } from "../../scripts/lib/dist.ts";
import { PAGE_KIND_NAMES, type PageKind } from "../../src/lib/routing/page-kinds.ts";

export interface SamplePage {
  name: string;
  /** URL path to open; the 404 is opened at an address that does not exist. */
  path: string;
  status: number;
  /** A selector that shows once the page has drawn what its script draws (a search's results). */
  ready?: string;
}

/** URL path of a dist file. */
const urlOf = (file: string) => "/" + file.replace(/index\.html$/, "");

function first(kind: PageKind, english = false): string {
  const file = htmlFiles().find(
    (f) => pageKind(f) === kind && f.startsWith("en/") === english && !page(f).querySelector('meta[http-equiv="refresh"]'),
  );
  if (!file) throw new Error(`dist/ has no ${english ? "English " : ""}page of kind ${kind}`);
  return urlOf(file);
}

export function samplePages(): SamplePage[] {
  const kinds: PageKind[] = [
    "home",
    "productList",
    "product",
    "producerList",
    "producer",
    "locality",
    "group",
    "occasion",
    "info",
    "offline",
  ];
  return [
    ...kinds.map((kind) => ({ name: kind, path: first(kind), status: 200 })),
    { name: "notFound", path: "/khong-co-trang-nay/", status: 404 },
    { name: "home (en)", path: first("home", true), status: 200 },
    { name: "product (en)", path: first("product", true), status: 200 },
    // The search page as its script leaves it: results (with the button to the rest), and nothing found.
    { name: "search with results", path: `${first("search")}?q=toi`, status: 200, ready: "#search-results li" },
    {
      name: "search, nothing found (en)",
      path: `${first("search", true)}?q=xyzw`,
      status: 200,
      ready: "#search-browse:not([hidden])",
    },
  ];
}

/** One page of every kind (the 404 at a missing address), plus the English home and product. */
export function pageOfEveryKind(): SamplePage[] {
  return [
    ...PAGE_KIND_NAMES.filter((kind) => kind !== "notFound" && kind !== "redirect").map((kind) => ({
      name: kind,
      path: first(kind),
      status: 200,
    })),
    { name: "notFound", path: "/khong-co-trang-nay/", status: 404 },
    { name: "home (en)", path: first("home", true), status: 200 },
    { name: "product (en)", path: first("product", true), status: 200 },
  ];
}
