/**
 * The JSON-LD component with hostile names, through Astro's compiler and Container API: whatever
 * a name holds, the output is one <script> element that ends where the component ends, and its
 * text reads back as the same data.
 */
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import JsonLd from "../../src/components/ui/JsonLd.astro";

const HOSTILE = [
  "</script><script>alert(1)</script>",
  "</SCRIPT ><img src=x onerror=alert(1)>",
  "<!--<script>",
  "a\u2028b\u2029c",
  "Tỏi & <b>đen</b> > 'Lý Sơn'",
];

describe("JsonLd.astro", () => {
  for (const name of HOSTILE) {
    it(`keeps ${JSON.stringify(name)} inside its script element`, async () => {
      const container = await AstroContainer.create();
      const data = { "@context": "https://schema.org", "@type": "Product", name, brand: { name } };
      const html = await container.renderToString(JsonLd, { props: { data } });
      // One element, opened and closed once; nothing that could end it or start a comment early.
      expect(html.match(/<script/gi)).toHaveLength(1);
      expect(html.match(/<\/script/gi)).toHaveLength(1);
      expect(html.trim().endsWith("</script>"), html).toBe(true);
      const text = html.slice(html.indexOf(">") + 1, html.lastIndexOf("</script>"));
      expect(text).not.toMatch(/[<>&\u2028\u2029]/);
      // An HTML parser sees the same single element, and its text is the data.
      const root = parse(html);
      expect(root.querySelectorAll("script")).toHaveLength(1);
      expect(root.querySelectorAll("img")).toHaveLength(0);
      expect(JSON.parse(root.querySelector("script")!.text)).toEqual(data);
    });
  }
});
