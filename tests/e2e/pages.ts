/** One page of every kind, picked from dist/, for the browser tests (scripts/lib/sample-pages.ts). */
import { firstOfKind, type SamplePage } from "../../scripts/lib/sample-pages.ts";
import type { PageKind } from "../../src/lib/routing/page-kinds.ts";

export { pageOfEveryKind, type SamplePage } from "../../scripts/lib/sample-pages.ts";

export function samplePages(): SamplePage[] {
  const kinds: PageKind[] = [
    "home",
    "productList",
    "product",
    "producerList",
    "producer",
    "locality",
    "group",
    "occasion",
    "info",
    "offline",
  ];
  return [
    ...kinds.map((kind) => ({ name: kind, path: firstOfKind(kind), status: 200 })),
    { name: "notFound", path: "/khong-co-trang-nay/", status: 404 },
    { name: "home (en)", path: firstOfKind("home", true), status: 200 },
    { name: "product (en)", path: firstOfKind("product", true), status: 200 },
  ];
}
