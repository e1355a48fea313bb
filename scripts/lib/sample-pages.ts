/**
 * One built page of every page kind, in each language the kind is built in, drawn from the
 * page-kind records (src/lib/routing/page-kinds.ts) and the kinds the layout wrote into dist/:
 * the browser tests and the benches open these, so a new kind is sampled without a list to edit.
 */
import { isOptionalKind, kindLanguages, PAGE_KIND_NAMES, type PageKind } from "../../src/lib/routing/page-kinds.ts";
import { DIST, htmlFiles, pageKind } from "./dist.ts";

export type SampleLanguage = "vi" | "en";

export interface SamplePage {
  /** The kind, with " (en)" for an English page: the tests' names. */
  name: string;
  kind: PageKind;
  lang: SampleLanguage;
  /** The built file, relative to dist/. */
  file: string;
  /** URL path to open; the 404 page is opened at an address that does not exist. */
  path: string;
  status: number;
}

/** The address the 404 page is opened at: nothing is built there. */
export const MISSING_PATH = "/khong-co-trang-nay/";

const urlOf = (file: string) => "/" + file.replace(/index\.html$/, "");
const langOf = (file: string): SampleLanguage => (file.startsWith("en/") ? "en" : "vi");

/**
 * The first built page of each kind and language, in the table's order. Throws when a kind has no
 * page in one of the languages asked for that it is built in (its record's `languages`), unless its
 * record says a site may have none (`optional`).
 */
export function samplePages(languages: readonly SampleLanguage[] = ["vi", "en"], dir = DIST): SamplePage[] {
  const first = new Map<string, string>();
  for (const file of htmlFiles(dir)) {
    const key = `${pageKind(file, dir)} ${langOf(file)}`;
    if (!first.has(key)) first.set(key, file);
  }
  const missing = PAGE_KIND_NAMES.filter((kind) => !isOptionalKind(kind)).flatMap((kind) =>
    languages
      .filter((lang) => kindLanguages(kind).includes(lang) && !first.has(`${kind} ${lang}`))
      .map((lang) => `${kind} (${lang})`),
  );
  if (missing.length > 0) throw new Error(`dist/ has no page of kind ${missing.join(", ")} (src/lib/routing/page-kinds.ts)`);
  return PAGE_KIND_NAMES.flatMap((kind) =>
    languages.flatMap((lang) => {
      const file = first.get(`${kind} ${lang}`);
      if (file === undefined) return [];
      // Astro's name for the page the host serves at any address without a page.
      const notFound = file === "404.html";
      return [
        {
          name: lang === "vi" ? kind : `${kind} (${lang})`,
          kind,
          lang,
          file,
          path: notFound ? MISSING_PATH : urlOf(file),
          status: notFound ? 404 : 200,
        },
      ];
    }),
  );
}
