import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { OG_CARDS, publishBeside, QR_CODES, startBeside } from "./beside-pages.ts";
import { inWorker, stopWorker } from "./beside-worker.ts";
import { cachedOgCard, type OgCard } from "../cards/og-card.ts";
import { qrSvg } from "../../lib/gifts/qr.ts";
import { illustrationSvg } from "../cards/illustrations.ts";

/** This project, with caches of its own for the test. */
const paths = { root: join(import.meta.dirname, "../../.."), cacheDir: mkdtempSync(join(tmpdir(), "ocop-cache-")) };
const art = illustrationSvg("toi");
const card = (title: string): OgCard => ({
  title,
  otherName: "",
  kicker: "Sản phẩm · Products",
  subtitle: "Lý Sơn",
  stars: 3,
  artSvg: art,
  siteName: "OCOP Quảng Ngãi",
});

describe("files made beside the pages", () => {
  it("publishes every card drawn in the worker under its file and removes cards no page shows any more", async () => {
    const dist = mkdtempSync(join(tmpdir(), "og-jobs-"));
    mkdirSync(join(dist, "og", "san-pham"), { recursive: true });
    writeFileSync(join(dist, "og", "san-pham", "da-xoa.png"), "old card");
    writeFileSync(join(dist, "og", "san-pham", "toi-ly-son.png"), "card of the last build");
    const jobs = [
      { file: "og/san-pham/toi-ly-son.png", input: card("Tỏi Lý Sơn") },
      { file: "og/en/guide.png", input: card("Travel guide") },
    ];
    let finished = 0;
    startBeside(
      OG_CARDS,
      jobs,
      (c) => inWorker(paths, "og", c),
      3,
      async () => {
        finished++;
        await stopWorker("og");
      },
    );
    expect((await publishBeside(OG_CARDS, dist))?.files).toBe(2);
    for (const job of jobs) expect(readFileSync(join(dist, job.file)).equals(await cachedOgCard(job.input, paths))).toBe(true);
    expect(existsSync(join(dist, "og", "san-pham", "da-xoa.png"))).toBe(false);
    // The worker ended once the cards were made; a later card starts another.
    expect(finished).toBe(1);
    expect(existsSync(await inWorker(paths, "og", card(`Again ${Date.now()}`)))).toBe(true);
    await stopWorker("og");
  });

  it("draws QR codes in a worker thread, the same as the main thread would", async () => {
    const dist = mkdtempSync(join(tmpdir(), "qr-jobs-"));
    const urls = ["https://ocop.example/san-pham/toi-ly-son/", `https://ocop.example/en/products/new-${Date.now()}/`];
    startBeside(
      QR_CODES,
      urls.map((url, i) => ({ file: `qr/${i}.svg`, input: url })),
      (url) => inWorker(paths, "qr", url),
      8,
    );
    expect((await publishBeside(QR_CODES, dist))?.files).toBe(2);
    for (const [i, url] of urls.entries()) expect(readFileSync(join(dist, "qr", `${i}.svg`), "utf8")).toBe(qrSvg(url));
  });

  it("publishes nothing when their route did not run in this build", async () => {
    const dist = mkdtempSync(join(tmpdir(), "og-jobs-"));
    expect(await publishBeside(OG_CARDS, dist)).toBeNull();
    expect(existsSync(join(dist, "og"))).toBe(false);
  });

  it("fails the build naming the file when one cannot be made, and still ends the worker", async () => {
    let finished = false;
    startBeside(
      OG_CARDS,
      [{ file: "og/x.png", input: { ...card("Bad art"), artSvg: "<svg this is not" } }],
      (c) => inWorker(paths, "og", c),
      3,
      async () => {
        finished = true;
      },
    );
    await expect(publishBeside(OG_CARDS, mkdtempSync(join(tmpdir(), "og-jobs-")))).rejects.toThrow(
      /og\/x\.png could not be made/,
    );
    expect(finished).toBe(true);
  });
});
