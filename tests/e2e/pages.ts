/** The pages the browser tests open, drawn from the page-kind records (scripts/lib/sample-pages.ts). */
import { samplePages as everyKind, type SamplePage as KindSample } from "../../scripts/lib/sample-pages.ts";

export interface SamplePage extends KindSample {
  /** A selector that shows once the page has drawn what its script draws (a search's results). */
  ready?: string;
}

/**
 * One page of every kind in each language it is built in (the 404 at a missing address), and the
 * search page as its script leaves it: with results (and the button to the rest), and finding nothing.
 */
export function samplePages(): SamplePage[] {
  const pages = everyKind();
  const search = (lang: "vi" | "en") => pages.find((p) => p.kind === "search" && p.lang === lang);
  const vi = search("vi");
  const en = search("en");
  return [
    ...pages,
    ...(vi ? [{ ...vi, name: "search with results", path: `${vi.path}?q=toi`, ready: "#search-results li" }] : []),
    ...(en
      ? [{ ...en, name: "search, nothing found (en)", path: `${en.path}?q=xyzw`, ready: "#search-browse:not([hidden])" }]
      : []),
  ];
}

/** One Vietnamese page of every kind, plus the English home and product. */
export function pageOfEveryKind(): SamplePage[] {
  return everyKind().filter((p) => p.lang === "vi" || p.kind === "home" || p.kind === "product");
}
