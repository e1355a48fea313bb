/** docs/huong-dan-bien-tap.md stays true to the code: its field names, its coverage, its error examples. */
import { readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { z } from "astro/zod";
import { describe, expect, it } from "vitest";
import { checkContent } from "../../src/node/content/check.ts";
import { formatProblem } from "../../src/node/content/report.ts";
import { fieldPaths, fieldsOf } from "../../src/node/content/schema-fields.ts";
import { CMS_COLLECTIONS } from "../../src/node/cms/cms-config.ts";
import { productSchema } from "../../src/schemas/product.ts";
import { producerSchema } from "../../src/schemas/producer.ts";
import { brokenCopy } from "../fixtures/broken-entry.ts";
import { runImport } from "../../src/node/import/run.ts";
import { importContentCopy } from "../../scripts/lib/import-fixture.ts";

const guide = readFileSync(join(import.meta.dirname, "../../docs/huong-dan-bien-tap.md"), "utf8");
const image = () => z.custom<string>();
const prose = guide.replace(/```[\s\S]*?```/g, "");
/** Inline code spans that look like a field name ("name", "ocop", "decisionDate", "images.0.src"). */
const named = [...prose.matchAll(/`([^`\n]+)`/g)]
  .map((m) => m[1]!)
  .filter((c) => /^[a-z][a-zA-Z]*(\.(\d+|[a-z][a-zA-Z]*))*$/.test(c));

describe("the editor's guide", () => {
  it("names only fields that exist in the schemas", () => {
    const known = new Set(CMS_COLLECTIONS.flatMap((c) => fieldPaths(fieldsOf(c.schema))));
    for (const path of [...known]) for (const part of path.split(".")) known.add(part);
    expect(named.length).toBeGreaterThan(40);
    expect(named.filter((n) => !known.has(n.replace(/\.\d+/g, "")))).toEqual([]);
  });

  it("explains every field of a product and of a producer", () => {
    const mentioned = new Set(named);
    for (const schema of [productSchema(image), producerSchema(image)]) {
      expect(
        fieldsOf(schema)
          .filter((f) => !mentioned.has(f.name))
          .map((f) => f.name),
      ).toEqual([]);
    }
  });

  it("quotes error messages exactly as check:content prints them", () => {
    const examples = guide.split("\n").filter((l) => /^content\/\S+\.md:\d+ — /.test(l));
    expect(examples.length).toBeGreaterThanOrEqual(8);
    const content = brokenCopy();
    const real = new Set(checkContent(content).map(formatProblem));
    rmSync(dirname(content), { recursive: true, force: true });
    expect(examples.filter((e) => !real.has(e))).toEqual([]);
  });

  it("quotes import errors and notices exactly as npm run import prints them", async () => {
    const examples = guide.split("\n").filter((l) => /^dòng \d+/.test(l));
    expect(examples.length).toBeGreaterThanOrEqual(10);
    const content = importContentCopy();
    const fixture = (name: string) => join(import.meta.dirname, "../fixtures/import", name);
    const errors = await runImport({ file: fixture("loi.csv"), contentDir: content });
    const gaps = await runImport({ file: fixture("thieu.csv"), contentDir: content, dryRun: true });
    rmSync(dirname(content), { recursive: true, force: true });
    expect(errors.ok).toBe(false);
    expect(gaps.ok).toBe(true);
    const printed = [...errors.lines, ...gaps.lines].map((l) => l.trim()).filter((l) => l.startsWith("dòng"));
    expect(printed).toEqual(examples);
  });
});
