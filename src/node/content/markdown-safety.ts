/**
 * Markdown bodies are editor input, so the Markdown pipeline treats them as untrusted:
 *
 * - raw HTML is dropped, not rendered: editors write Markdown, and no `<script>`, `<iframe>`,
 *   `<style>`, `on*=` attribute or inline `style` can reach a page (the text between inline
 *   tags such as `<b>…</b>` stays, only the tags go);
 * - links and images keep only safe URLs (relative, `#…`, `http:`, `https:`, `mailto:`, `tel:`):
 *   a `javascript:`, `data:`, `vbscript:` or any other scheme is removed (an image with such a
 *   source is removed whole, a link keeps its text);
 * - links to other sites get `rel="noopener noreferrer"`.
 *
 * It runs inside Astro's native Markdown processor (Sätteri) as a HAST plugin, so it costs
 * next to nothing at build time; astro.config.ts passes `markdownProcessorOptions` to
 * `satteri()` and src/node/content/markdown-safety.test.ts renders a malicious fixture through the
 * same options.
 */
import type { SatteriProcessorOptions } from "@astrojs/markdown-satteri";

type HastPlugin = NonNullable<SatteriProcessorOptions["hastPlugins"]>[number];

const SAFE_SCHEMES = new Set(["http:", "https:", "mailto:", "tel:"]);

/** Whether a URL from editor input may be used as a link target or image source. */
export function isSafeUrl(raw: string): boolean {
  // Browsers ignore ASCII control characters and whitespace inside a scheme ("java\tscript:").
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw); // "java%09script:" is harmless, but judge the decoded form
  } catch {
    return false; // malformed escapes: not something an editor means to write
  }
  const url = decoded.replace(/[\u0000-\u0020\u007f]/g, "");
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
  if (scheme === undefined) return !url.startsWith("//"); // relative, or a protocol-relative URL to another host
  return SAFE_SCHEMES.has(`${scheme.toLowerCase()}:`);
}

/** Whether a (safe) link leaves the site. */
export function isExternalUrl(url: string): boolean {
  return /^https?:\/\//i.test(url.trim());
}

const sanitize = {
  name: "ocop-markdown-safety",
  // Raw HTML arrives as `raw` nodes because `rawHtml` stays off: drop them all.
  raw(node, ctx) {
    ctx.removeNode(node);
  },
  element: {
    filter: ["a", "img"],
    visit(node, ctx) {
      if (node.tagName === "a") {
        const href = node.properties["href"];
        if (typeof href !== "string") return;
        if (!isSafeUrl(href)) ctx.setProperty(node, "href", undefined);
        else if (isExternalUrl(href)) ctx.setProperty(node, "rel", "noopener noreferrer");
      } else {
        const src = node.properties["src"];
        if (typeof src !== "string" || !isSafeUrl(src)) ctx.removeNode(node);
      }
    },
  },
} satisfies HastPlugin;

export const markdownProcessorOptions = {
  hastPlugins: [sanitize],
  // Keep raw HTML as opaque `raw` nodes so the plugin above can drop each one whole.
  features: { rawHtml: false },
} satisfies SatteriProcessorOptions;
