/** The pages the browser tests open, drawn from the page-kind records (scripts/lib/sample-pages.ts). */
import { samplePages as everyKind, type SamplePage } from "../../scripts/lib/sample-pages.ts";

export type { SamplePage };

/** One page of every kind in each language it is built in (the 404 at a missing address). */
export function samplePages(): SamplePage[] {
  return everyKind();
}

/** One Vietnamese page of every kind, plus the English home and product. */
export function pageOfEveryKind(): SamplePage[] {
  return everyKind().filter((p) => p.lang === "vi" || p.kind === "home" || p.kind === "product");
}
