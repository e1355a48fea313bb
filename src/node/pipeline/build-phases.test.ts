import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const PAGES = join(import.meta.dirname, "../../pages");

/** The text of a route's getStaticPaths, from its declaration to `satisfies GetStaticPaths`. */
function staticPathsOf(source: string): string | undefined {
  const start = source.indexOf("export const getStaticPaths");
  if (start < 0) return undefined;
  const end = source.indexOf("satisfies GetStaticPaths", start);
  return source.slice(start, end < 0 ? undefined : end);
}

describe("the bundle phase", () => {
  // The bundle row runs from astro:build:start to the first "paths" mark. Astro calls every
  // route's getStaticPaths before it renders, in route order: a route that loads the catalogue
  // without marking would count the load (seconds at 10,000 products) as bundling.
  it("ends before any route's getStaticPaths reads the catalogue", () => {
    const routes = readdirSync(PAGES, { recursive: true, encoding: "utf8" }).filter((f) => /\.(ts|astro)$/.test(f));
    const reading = routes.flatMap((file) => {
      const paths = staticPathsOf(readFileSync(join(PAGES, file), "utf8"));
      const read = paths?.indexOf("getCatalogue(") ?? -1;
      return read < 0
        ? []
        : [{ file: relative(PAGES, join(PAGES, file)), marksFirst: paths!.slice(0, read).includes('markPhase("paths")') }];
    });
    expect(reading.length).toBeGreaterThan(0);
    expect(reading.filter((r) => !r.marksFirst).map((r) => r.file)).toEqual([]);
  });
});
