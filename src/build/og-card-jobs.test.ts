import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startOgCards, writeOgCards } from "./og-card-jobs.ts";
import { cachedOgCard, type OgCard } from "./og-card.ts";

const art = readFileSync(join(import.meta.dirname, "../../public/art/food.svg"), "utf8");
const card = (title: string): OgCard => ({
  title,
  otherName: "",
  kicker: "Sản phẩm · Products",
  subtitle: "Lý Sơn",
  stars: 3,
  artSvg: art,
  siteName: "OCOP Quảng Ngãi",
});

describe("Open Graph cards drawn beside the pages", () => {
  it("publishes every started card under its file and removes cards no page shows any more", async () => {
    const dist = mkdtempSync(join(tmpdir(), "og-jobs-"));
    mkdirSync(join(dist, "og", "san-pham"), { recursive: true });
    writeFileSync(join(dist, "og", "san-pham", "da-xoa.png"), "old card");
    writeFileSync(join(dist, "og", "san-pham", "toi-ly-son.png"), "card of the last build");
    const jobs = [
      { file: "og/san-pham/toi-ly-son.png", card: card("Tỏi Lý Sơn") },
      { file: "og/en/guide.png", card: card("Travel guide") },
    ];
    startOgCards(jobs);
    expect(await writeOgCards(dist)).toBe(2);
    for (const job of jobs) expect(readFileSync(join(dist, job.file)).equals(await cachedOgCard(job.card))).toBe(true);
    expect(existsSync(join(dist, "og", "san-pham", "da-xoa.png"))).toBe(false);
  });

  it("writes nothing when no card route started cards in this build", async () => {
    const dist = mkdtempSync(join(tmpdir(), "og-jobs-"));
    expect(await writeOgCards(dist)).toBeNull();
    expect(existsSync(join(dist, "og"))).toBe(false);
  });

  it("fails the build with the card's error when a card cannot be drawn", async () => {
    startOgCards([{ file: "og/x.png", card: { ...card("Bad art"), artSvg: "<svg this is not" } }]);
    await expect(writeOgCards(mkdtempSync(join(tmpdir(), "og-jobs-")))).rejects.toThrow(
      /og\/x\.png \("Bad art"\) could not be drawn/,
    );
  });
});
