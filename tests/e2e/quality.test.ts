/**
 * Real-browser quality gates, on one page of every kind in each language it is built in
 * (tests/e2e/pages.ts, drawn from the page-kind records): no axe violations on a phone
 * and a desktop, no sideways scrolling at 360 px, tap targets of 44×44 px, a visible keyboard
 * focus, a working skip link. Every page also fails on a console error or a CSP violation.
 */
import AxeBuilder from "@axe-core/playwright";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DESKTOP, openPage, PHONE, useSite } from "./harness.ts";
import { samplePages, type SamplePage } from "./pages.ts";
import { forwards } from "../../src/lib/routing/page-kinds.ts";

const site = useSite();

const PAGES = samplePages();

/** Opens a page, with CSP violations collected both from the console and from the DOM event. */
async function visit(context: BrowserContext, sample: SamplePage): Promise<{ page: Page; errors: () => Promise<string[]> }> {
  const { page, errors } = await openPage(context);
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`CSP ${e.violatedDirective}: ${e.blockedURI}`));
  });
  const response = await page.goto(site.server.url + sample.path, { waitUntil: "load" });
  expect(response?.status(), sample.path).toBe(sample.status);
  // A redirect page sends the reader on at once: the checks run where it lands.
  if (forwards(sample.kind)) await page.waitForURL((url) => url.pathname !== sample.path, { waitUntil: "load" });
  if (sample.ready) await page.locator(sample.ready).first().waitFor();
  // The 404 page is itself one failed request, which Chromium logs once; nothing else may fail.
  let expected404 = sample.status === 404 ? 1 : 0;
  const unexpected = (e: string) => !(e.includes("status of 404") && expected404-- > 0);
  return {
    page,
    errors: async () => [
      ...errors.filter(unexpected),
      ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)),
    ],
  };
}

for (const [label, device] of [
  ["360×740 phone", PHONE],
  ["1280×800 desktop", DESKTOP],
] as const) {
  describe(`axe-core at ${label}`, () => {
    for (const sample of PAGES) {
      it(`${sample.name} (${sample.path}) has zero violations, console errors and CSP violations`, async () => {
        const context = await site.browser.newContext(device);
        try {
          const { page, errors } = await visit(context, sample);
          const { violations } = await new AxeBuilder({ page }).analyze();
          const summary = violations.map(
            (v) =>
              `${v.id} (${v.impact}): ${v.help} — ${v.nodes
                .map((n) => n.target.join(" "))
                .slice(0, 5)
                .join(" | ")}`,
          );
          expect(summary).toEqual([]);
          expect(await errors()).toEqual([]);
        } finally {
          await context.close();
        }
      });
    }
  });
}

describe("on a 360 px phone", () => {
  for (const sample of PAGES) {
    it(`${sample.name}: no sideways scrolling, and every nav/action target is at least 44×44 px`, async () => {
      const context = await site.browser.newContext(PHONE);
      try {
        const { page, errors } = await visit(context, sample);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
        const small = await page.evaluate(() => {
          // Inline links are exempt (WCAG 2.5.8, "inline" exception: the target's size is set by
          // the line height of the text around it): a link laid out inline inside a block of text
          // (paragraph, list item, definition, cell, caption, quote), such as a source in a list or
          // a place name in a fact line. Everything else a finger presses (nav, buttons, actions,
          // cards, chips, pagination, anything with .tap) must be at least 44×44 px.
          const inSentence = (el: Element) =>
            el.tagName === "A" &&
            getComputedStyle(el).display === "inline" &&
            el.closest("p, li, dd, td, figcaption, blockquote") !== null;
          const big = (r: DOMRect) => r.width >= 44 - 0.5 && r.height >= 44 - 0.5;
          const targets = [...document.querySelectorAll("a[href], button, input:not([type=hidden]), select, textarea, summary")]
            .filter((el) => {
              const r = el.getBoundingClientRect();
              const style = getComputedStyle(el);
              return r.width > 0 && r.height > 0 && style.visibility !== "hidden" && !el.matches(".sr-only, .sr-only *");
            })
            .map((el) => ({ el, r: el.getBoundingClientRect() }));
          // WCAG 2.5.8's "equivalent" exception: a small link (a commune on the province map) whose
          // page another link of at least 44×44 px on the same page also opens (the list under the map).
          const href = (el: Element) => (el.tagName.toLowerCase() === "a" ? el.getAttribute("href") : null);
          const reachable = new Set(targets.filter(({ r }) => big(r)).map(({ el }) => href(el)));
          return targets
            .filter(({ el }) => !inSentence(el))
            .filter(({ el }) => !(href(el) !== null && reachable.has(href(el))))
            .filter(({ r }) => !big(r))
            .map(
              ({ el, r }) =>
                `<${el.tagName.toLowerCase()}> "${(el.textContent ?? "").trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`,
            );
        });
        expect(small).toEqual([]);
        expect(await errors()).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});

describe("keyboard", () => {
  for (const sample of PAGES.filter((p) => ["home", "product", "notFound"].includes(p.name))) {
    it(`${sample.name}: Tab shows the skip link, Enter moves focus into main, and focus is always visible`, async () => {
      const context = await site.browser.newContext(DESKTOP);
      try {
        const { page, errors } = await visit(context, sample);
        await page.keyboard.press("Tab");
        const skip = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const r = el.getBoundingClientRect();
          return { href: el.getAttribute("href"), width: r.width, height: r.height, top: r.top };
        });
        expect(skip.href).toBe("#main");
        expect(skip.width).toBeGreaterThan(20);
        expect(skip.height).toBeGreaterThan(20);
        expect(skip.top).toBeGreaterThanOrEqual(0);
        // Walk the next focus stops: each shows an outline (or a box-shadow ring) while focused.
        const invisible: string[] = [];
        for (let i = 0; i < 12; i++) {
          const focus = await page.evaluate(() => {
            const el = document.activeElement as HTMLElement | null;
            if (!el || el === document.body) return null;
            const s = getComputedStyle(el);
            const ring = (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== "none";
            return { ring, what: `<${el.tagName.toLowerCase()}> "${(el.textContent ?? "").trim().slice(0, 30)}"` };
          });
          if (!focus) break;
          if (!focus.ring) invisible.push(focus.what);
          await page.keyboard.press("Tab");
        }
        // Back to the skip link, as a keyboard user arriving on the page: Enter lands in <main>.
        await page.focus('a[href="#main"]');
        await page.keyboard.press("Enter");
        expect(await page.evaluate(() => document.activeElement?.closest("main") !== null)).toBe(true);
        expect(invisible).toEqual([]);
        expect(await errors()).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
