/**
 * The share links of product and producer pages and of the gift list come from one component:
 * the same services, in the same words, each opening in a new tab.
 */
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { parse } from "node-html-parser";
import { beforeAll, describe, expect, it } from "vitest";
import ShareLinks from "../../src/components/ui/ShareLinks.astro";

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const links = async (props: Record<string, unknown>) =>
  parse(await container.renderToString(ShareLinks, { props }))
    .querySelectorAll("a")
    .map((a) => ({
      href: a.getAttribute("href"),
      share: a.getAttribute("data-share"),
      text: a.text.trim(),
      target: a.getAttribute("target"),
    }));

describe("ShareLinks", () => {
  it("links a page's URL to Facebook's sharer and Zalo's share page", async () => {
    const url = "https://ocop.example/san-pham/toi-ly-son/";
    expect(await links({ locale: "vi", url })).toEqual([
      {
        href: `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`,
        share: undefined,
        text: "Chia sẻ lên Facebook",
        target: "_blank",
      },
      {
        href: `https://zalo.me/share?url=${encodeURIComponent(url)}`,
        share: undefined,
        text: "Chia sẻ qua Zalo",
        target: "_blank",
      },
    ]);
  });

  it("for the gift list, leaves each address to the script: the list's page until then, the service's prefix in data-share", async () => {
    const html = await container.renderToString(ShareLinks, {
      props: { locale: "en", url: "/en/gift-list/", label: "gift.list.share", fill: true },
    });
    expect(parse(html).text).toContain("Share the list:");
    expect(await links({ locale: "en", url: "/en/gift-list/", fill: true })).toEqual([
      {
        href: "/en/gift-list/",
        share: "https://www.facebook.com/sharer/sharer.php?u=",
        text: "Share on Facebook",
        target: "_blank",
      },
      { href: "/en/gift-list/", share: "https://zalo.me/share?url=", text: "Share on Zalo", target: "_blank" },
    ]);
  });
});
