/** What zod cannot see: references between entries, sub-group membership and redirect clashes. */
import type { CollectionName } from "./files.ts";
import { lineOf, type ParsedEntry } from "./entry.ts";
import type { ContentProblem } from "./report.ts";

export interface Index {
  ids: Record<CollectionName, Set<string>>;
  subgroups: Map<string, Set<string>>;
  /** Old product slug → the product that first claims it in redirectFrom. */
  redirects: Map<string, string>;
}

export function checkReferences(entry: ParsedEntry, data: Record<string, unknown>, index: Index, problems: ContentProblem[]): void {
  const ref = (path: (string | number)[], collection: CollectionName, value: unknown) => {
    if (typeof value !== "string" || index.ids[collection].has(value)) return;
    problems.push({
      file: entry.file,
      line: lineOf(entry, path),
      field: path.join("."),
      message: `"${value}" không tồn tại trong content/${collection}/ — sửa cho đúng tên tệp (không có .md) hoặc tạo content/${collection}/${value}.md`,
    });
  };
  if (entry.collection === "products") {
    ref(["producer"], "producers", data["producer"]);
    ref(["locality"], "localities", data["locality"]);
    ref(["group"], "groups", data["group"]);
    const group = data["group"];
    const subgroup = data["subgroup"];
    if (
      typeof group === "string" &&
      typeof subgroup === "string" &&
      index.subgroups.has(group) &&
      !index.subgroups.get(group)?.has(subgroup)
    ) {
      const allowed = [...(index.subgroups.get(group) ?? [])].join(", ");
      problems.push({
        file: entry.file,
        line: lineOf(entry, ["subgroup"]),
        field: "subgroup",
        message: `phân nhóm "${subgroup}" không thuộc nhóm "${group}" — chọn một trong: ${allowed}`,
      });
    }
    const occasions = Array.isArray(data["occasions"]) ? data["occasions"] : [];
    occasions.forEach((o, i) => ref(["occasions", i], "occasions", o));
    const shops = Array.isArray(data["whereToBuy"]) ? data["whereToBuy"] : [];
    shops.forEach((s, i) =>
      ref(["whereToBuy", i, "locality"], "localities", (s as Record<string, unknown> | null)?.["locality"]),
    );
  }
  if (entry.collection === "producers") ref(["locality"], "localities", data["locality"]);
  if (entry.collection === "settings") ref(["tetOccasion"], "occasions", data["tetOccasion"]);
  if (entry.collection === "products" && Array.isArray(data["redirectFrom"])) {
    data["redirectFrom"].forEach((old, i) => {
      if (typeof old !== "string") return;
      const clash =
        old === entry.id || index.ids.products.has(old)
          ? `content/products/${old}.md vẫn đang dùng địa chỉ này`
          : index.redirects.get(old) !== entry.id
            ? `content/products/${index.redirects.get(old)}.md cũng khai báo "${old}" trong redirectFrom`
            : null;
      if (!clash) return;
      problems.push({
        file: entry.file,
        line: lineOf(entry, ["redirectFrom", i]),
        field: `redirectFrom.${i}`,
        message: `địa chỉ cũ "${old}" trùng với một trang đang có: ${clash} — chỉ ghi tên tệp cũ đã bỏ, không trùng sản phẩm nào khác`,
      });
    });
  }
  if (entry.collection === "occasions") {
    const picks = Array.isArray(data["picks"]) ? data["picks"] : [];
    picks.forEach((p, i) => ref(["picks", i], "products", p));
  }
}

