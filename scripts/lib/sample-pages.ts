/**
 * One built page of every kind (src/lib/routing/page-kinds.ts), picked from dist/: what the
 * browser tests (tests/e2e/pages.ts) and `npm run screenshots` open.
 */
import { htmlFiles, page, pageKind } from "./dist.ts";
import { PAGE_KIND_NAMES, type PageKind } from "../../src/lib/routing/page-kinds.ts";

export interface SamplePage {
  name: string;
  /** URL path to open; the 404 is opened at an address that does not exist. */
  path: string;
  status: number;
}

/** URL path of a dist file. */
const urlOf = (file: string) => "/" + file.replace(/index\.html$/, "");

/** The first built page of a kind (not a redirect), in Vietnamese or in English. */
export function firstOfKind(kind: PageKind, english = false): string {
  const file = htmlFiles().find(
    (f) => pageKind(f) === kind && f.startsWith("en/") === english && !page(f).querySelector('meta[http-equiv="refresh"]'),
  );
  if (!file) throw new Error(`dist/ has no ${english ? "English " : ""}page of kind ${kind}`);
  return urlOf(file);
}

/** One page of every kind (the 404 at a missing address), plus the English home and product. */
export function pageOfEveryKind(): SamplePage[] {
  return [
    ...PAGE_KIND_NAMES.filter((kind) => kind !== "notFound" && kind !== "redirect").map((kind) => ({
      name: kind,
      path: firstOfKind(kind),
      status: 200,
    })),
    { name: "notFound", path: "/khong-co-trang-nay/", status: 404 },
    { name: "home (en)", path: firstOfKind("home", true), status: 200 },
    { name: "product (en)", path: firstOfKind("product", true), status: 200 },
  ];
}
