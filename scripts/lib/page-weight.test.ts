import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PAGE_KIND_NAMES } from "../../src/lib/routing/page-kinds.ts";
import { parseBudgets, readBudgets } from "./page-weight.ts";

const root = join(import.meta.dirname, "../..");
const config = () =>
  JSON.parse(readFileSync(join(root, "budgets.config.json"), "utf8")) as Record<string, Record<string, number>>;

describe("budgets.config.json", () => {
  it("gives every page kind a JavaScript budget and names no other", () => {
    const budgets = readBudgets(root);
    expect(Object.keys(budgets.javascript).sort()).toEqual([...PAGE_KIND_NAMES].sort());
  });

  it("refuses a key that is no page kind, in either table", () => {
    const typo = config();
    typo["javascript"]!["prodcut"] = 0;
    expect(() => parseBudgets(JSON.stringify(typo))).toThrow(/javascript\.prodcut: no page kind/);
    const css = config();
    css["htmlPlusCss"]!["producer-page"] = 14336;
    expect(() => parseBudgets(JSON.stringify(css))).toThrow(/htmlPlusCss\.producer-page: no page kind/);
  });

  it("refuses a page kind without a JavaScript budget", () => {
    const missing = config();
    delete missing["javascript"]!["offline"];
    expect(() => parseBudgets(JSON.stringify(missing))).toThrow(/javascript\.offline: every page kind needs/);
  });
});
