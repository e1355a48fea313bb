/**
 * Where the slow-network search time goes: one cold run of the search bench's journey (header
 * form → first results, Slow 4G, 4× CPU), traced with Chrome's tracing, printed as a timeline
 * from the submit: each request (start → end, bytes) and each main-thread task over 15 ms with
 * what it spent its time on.
 *
 *   npm run bench:search:breakdown                 # dist/, "toi ly son"
 *   npm run bench:search:breakdown -- dist "nuoc mam"
 *   npm run bench:search:breakdown -- dist toi --address   # opening /tim-kiem/?q=toi instead of the form
 */
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { launchBrowser, startServer, type StaticServer } from "../lib/serve.ts";
import { PHONE, reportFirstResults, slowDown } from "./search.ts";

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: Record<string, unknown> };
}

/** Child events that name what a long task did. */
const WORK = new Set([
  "ParseHTML",
  "EvaluateScript",
  "v8.compile",
  "v8.compileModule",
  "v8.evaluateModule",
  "FunctionCall",
  "v8.wasm.compiledModule",
  "v8.wasm.streamFromResponseCallback",
  "wasm.SyncCompile",
  "wasm.AsyncCompile",
  "UpdateLayoutTree",
  "Layout",
  "Paint",
  "PrePaint",
  "Layerize",
  "ParseAuthorStyleSheet",
  "FireAnimationFrame",
  "EventDispatch",
  "TimerFire",
  "v8.run",
  "RunMicrotasks",
  "ResourceReceivedData",
  "ResourceFinish",
]);

/** One journey to the first results under a trace: the trace's events, and what they are measured from. */
async function traceJourney(
  server: StaticServer,
  browser: Browser,
  query: string,
  serviceWorkers: "allow" | "block",
  entry: "form" | "address",
): Promise<{ events: TraceEvent[]; serviceWorker: boolean; address: string }> {
  const context = await browser.newContext({ ...PHONE, serviceWorkers });
  const page = await context.newPage();
  if (entry === "form") {
    await page.goto(server.url + "/");
    await page.waitForLoadState("networkidle");
  }
  await reportFirstResults(context);
  const cdp = await context.newCDPSession(page);
  await slowDown(cdp);
  const events: TraceEvent[] = [];
  cdp.on("Tracing.dataCollected", (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const finished = new Promise<void>((resolve) => cdp.once("Tracing.tracingComplete", () => resolve()));
  await cdp.send("Tracing.start", {
    transferMode: "ReportEvents",
    traceConfig: {
      includedCategories: [
        "devtools.timeline",
        "disabled-by-default-devtools.timeline",
        "v8",
        "v8.wasm",
        "disabled-by-default-v8.compile",
        "blink.user_timing",
        "loading",
        "netlog",
      ],
    },
  });
  const serviceWorker = await page.evaluate(() => Boolean(navigator.serviceWorker?.controller));
  // A console message, not waitForFunction: Playwright's injected script would cost the
  // throttled main thread several hundred milliseconds in the middle of what is measured.
  const drawn = page.waitForEvent("console", {
    predicate: (m) => m.text().startsWith("bench:first-results "),
    timeout: 30_000,
  });
  const address = `${server.url}/tim-kiem/?q=${encodeURIComponent(query).replace(/%20/g, "+")}`;
  if (entry === "address") await page.goto(address, { waitUntil: "commit" });
  else {
    await page.fill("#site-search", query);
    await page.evaluate(() => {
      console.timeStamp("submit");
      (document.getElementById("site-search") as HTMLInputElement).form!.requestSubmit();
    });
  }
  await drawn;
  await page.waitForTimeout(300);
  await cdp.send("Tracing.end");
  await finished;
  await context.close();
  return { events, serviceWorker, address };
}

/** Milliseconds from `t0`, padded for a column. */
type Ms = (ts: number) => string;

/** The requests sent before the first results: send → finish, bytes received, priority. */
function printRequests(events: TraceEvent[], t1: number, ms: Ms): void {
  const sent = new Map<string, { url: string; ts: number; priority?: string }>();
  const rows: { start: number; end: number; url: string; bytes: number; priority?: string }[] = [];
  for (const e of events) {
    const d = e.args?.data as Record<string, unknown> | undefined;
    if (!d) continue;
    if (e.name === "ResourceSendRequest")
      sent.set(String(d["requestId"]), { url: String(d["url"]), ts: e.ts, priority: d["priority"] as string });
    if (e.name === "ResourceFinish") {
      const s = sent.get(String(d["requestId"]));
      if (s)
        rows.push({
          start: s.ts,
          end: e.ts,
          url: s.url,
          bytes: Number(d["encodedDataLength"] ?? 0),
          ...(s.priority ? { priority: s.priority } : {}),
        });
    }
  }
  rows.sort((a, b) => a.start - b.start);
  let total = 0;
  console.log("requests (ms from submit: start → end, bytes as received, priority):");
  for (const r of rows) {
    if (r.start > t1) continue;
    total += r.bytes;
    const u = new URL(r.url);
    console.log(
      `  ${ms(r.start)} → ${ms(r.end)}  ${String(r.bytes).padStart(7)}  ${(r.priority ?? "").padEnd(8)} ${u.pathname}${u.search}`,
    );
  }
  console.log(`  ${total} bytes before the first results`);
}

/** The main thread of the renderer that drew the results, `first` its stamp: top-level tasks over 15 ms, and what inside took most. */
function printMainTasks(events: TraceEvent[], first: TraceEvent, t0: number, ms: Ms): void {
  const t1 = first.ts;
  const onMain = events.filter((e) => e.pid === first.pid && e.tid === first.tid && e.ph === "X" && e.ts >= t0 && e.ts <= t1);
  const tasks = onMain.filter((e) => e.name === "RunTask" && (e.dur ?? 0) > 15_000);
  let busy = 0;
  console.log("main-thread tasks over 15 ms (ms from submit, duration, what inside took the most):");
  for (const task of tasks) {
    busy += task.dur! / 1000;
    const inside = onMain.filter((e) => WORK.has(e.name) && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur!);
    const by = new Map<string, number>();
    for (const e of inside) {
      const d = e.args?.data as Record<string, unknown> | undefined;
      const where = String(d?.["url"] || d?.["functionName"] || d?.["type"] || "")
        .split("/")
        .pop();
      const key = `${e.name}${where ? ` ${where}` : ""}`;
      by.set(key, (by.get(key) ?? 0) + (e.dur ?? 0) / 1000);
    }
    const top = [...by].sort((a, b) => b[1] - a[1]).slice(0, 3);
    console.log(
      `  ${ms(task.ts)}  ${(task.dur! / 1000).toFixed(0).padStart(4)} ms  ${top.map(([k, v]) => `${k} ${v.toFixed(0)}`).join(" | ")}`,
    );
  }
  if (process.env["BREAKDOWN_EVENTS"]) {
    const [from, to] = process.env["BREAKDOWN_EVENTS"].split("-").map(Number);
    for (const e of events)
      if (e.ph === "X" && (e.dur ?? 0) > 3000 && e.ts - t0 >= from! * 1000 && e.ts - t0 <= to! * 1000)
        console.log(
          `    ${ms(e.ts)} ${((e.dur ?? 0) / 1000).toFixed(0).padStart(4)} pid ${e.pid} tid ${e.tid} ${e.name} ${JSON.stringify(e.args?.data ?? {}).slice(0, 160)}`,
        );
  }
  const all = onMain.filter((e) => e.name === "RunTask").reduce((s, e) => s + (e.dur ?? 0) / 1000, 0);
  console.log(`  main thread busy ${all.toFixed(0)} ms in all (${busy.toFixed(0)} ms in tasks over 15 ms)`);
}

export async function breakdown(
  dist: string,
  query: string,
  serviceWorkers: "allow" | "block" = "block",
  entry: "form" | "address" = "form",
): Promise<void> {
  const server = await startServer(dist, { gzip: true });
  const browser = await launchBrowser();
  try {
    const { events, serviceWorker, address } = await traceJourney(server, browser, query, serviceWorkers, entry);
    const stamp = (name: string) =>
      events.find((e) => e.name === "TimeStamp" && (e.args?.data as { message?: string })?.message === name);
    // Opening the address: from the request for the page (the navigation's start, within a task).
    const t0 =
      entry === "form"
        ? stamp("submit")?.ts
        : events.find((e) => e.name === "ResourceSendRequest" && (e.args?.data as { url?: string })?.url === address)?.ts;
    const first = stamp("first-results");
    if (t0 === undefined || first === undefined) throw new Error("trace lacks the submit or first-results stamps");
    const ms = (ts: number) => ((ts - t0) / 1000).toFixed(0).padStart(5);
    console.log(
      `“${query}”: ${((first.ts - t0) / 1000).toFixed(0)} ms to first results (service worker controlling the home page: ${serviceWorker})`,
    );
    printRequests(events, first.ts, ms);
    printMainTasks(events, first, t0, ms);
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  await breakdown(
    args.find((a) => !a.startsWith("--")) ?? join(import.meta.dirname, "../../dist"),
    args.filter((a) => !a.startsWith("--"))[1] ?? "toi ly son",
    args.includes("--service-worker") ? "allow" : "block",
    args.includes("--address") ? "address" : "form",
  );
}
