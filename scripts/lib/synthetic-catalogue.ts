/**
 * Synthetic catalogues for the build-scale benchmark: realistic Vietnamese names, summaries and
 * stories with frontmatter valid against src/schemas, spread over the real localities, groups
 * (and sub-groups) and occasions of content/. The real entries are copied too (occasion picks
 * name real products), plus one synthetic producer for every five synthetic products.
 *
 * Written only to a temporary folder; never committed. Deterministic for a given seed.
 */
import { cpSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readData } from "../../src/node/content/files.ts";

interface SyntheticOptions {
  /** The project's content/ folder, read for the real entries to spread over. */
  from: string;
  /** Where to write the new content/ folder (created). */
  to: string;
  products: number;
  seed?: number;
}

interface SyntheticSummary {
  products: number;
  producers: number;
  localities: number;
  groups: number;
  occasions: number;
}

/** mulberry32: a small, fast, seeded PRNG. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ITEMS = [
  ["Tỏi", "toi"],
  ["Mạch nha", "mach-nha"],
  ["Quế", "que"],
  ["Nước mắm", "nuoc-mam"],
  ["Đường phèn", "duong-phen"],
  ["Kẹo gương", "keo-guong"],
  ["Cá bống sông Trà", "ca-bong-song-tra"],
  ["Chè xanh", "che-xanh"],
  ["Mật ong rừng", "mat-ong-rung"],
  ["Tinh dầu quế", "tinh-dau-que"],
  ["Bánh tráng", "banh-trang"],
  ["Rượu Bàu Đá", "ruou-bau-da"],
  ["Hành tím", "hanh-tim"],
  ["Ớt bột", "ot-bot"],
  ["Nấm linh chi", "nam-linh-chi"],
  ["Gạo lứt", "gao-lut"],
  ["Cà phê", "ca-phe"],
  ["Chiếu cói", "chieu-coi"],
  ["Dầu phụng", "dau-phung"],
  ["Bò một nắng", "bo-mot-nang"],
] as const;
const QUALIFIERS = [
  ["đặc biệt", "dac-biet"],
  ["hữu cơ", "huu-co"],
  ["truyền thống", "truyen-thong"],
  ["thượng hạng", "thuong-hang"],
  ["sấy lạnh", "say-lanh"],
  ["nguyên chất", "nguyen-chat"],
  ["hộp quà", "hop-qua"],
  ["túi zip", "tui-zip"],
] as const;
const PLACES = [
  "Lý Sơn",
  "Trà Bồng",
  "Mộ Đức",
  "Nghĩa Hành",
  "Sơn Tịnh",
  "Đức Phổ",
  "Ba Tơ",
  "Minh Long",
  "Bình Sơn",
  "Tư Nghĩa",
];
const KINDS = ["hop-tac-xa", "doanh-nghiep", "ho-kinh-doanh", "ca-nhan"] as const;
const KIND_NAMES: Record<(typeof KINDS)[number], string> = {
  "hop-tac-xa": "Hợp tác xã Nông nghiệp",
  "doanh-nghiep": "Công ty TNHH",
  "ho-kinh-doanh": "Hộ kinh doanh",
  "ca-nhan": "Cơ sở",
};
const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan", "Đặng", "Bùi", "Đỗ"];
const GIVEN = ["An", "Bình", "Cường", "Dũng", "Hạnh", "Hoa", "Lan", "Minh", "Phúc", "Thảo", "Trúc", "Vinh"];
const SENTENCES = [
  "Nguyên liệu được chọn lọc từ vùng trồng của bà con trong xã, thu hoạch đúng vụ và sơ chế ngay trong ngày.",
  "Sản phẩm giữ hương vị truyền thống của vùng đất Quảng Ngãi, được nhiều du khách chọn làm quà.",
  "Quy trình sản xuất khép kín, có truy xuất nguồn gốc và nhãn mác rõ ràng theo quy định.",
  "Cơ sở liên kết với hàng chục hộ nông dân, bao tiêu sản phẩm với giá ổn định.",
  "Bao bì được thiết kế lại sau khi tham gia chương trình OCOP, dễ mang theo khi đi xa.",
  "Nên bảo quản nơi khô ráo, thoáng mát, tránh ánh nắng trực tiếp sau khi mở bao bì.",
  "Sản phẩm đã có mặt tại các hội chợ xúc tiến thương mại trong và ngoài tỉnh.",
  "Người làm nghề lâu năm truyền lại bí quyết cho lớp trẻ, giữ nghề của làng.",
  "Mỗi mẻ sản phẩm đều được kiểm tra cảm quan trước khi đóng gói.",
  "Khách có thể ghé thăm cơ sở để xem cách làm và mua tận nơi.",
];

function frontmatter(data: Record<string, unknown>): string {
  // JSON is valid YAML: no quoting surprises with Vietnamese text or colons.
  const lines = Object.entries(data).map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  return `---\n${lines.join("\n")}\n---\n`;
}

function ids(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .map((f) => f.slice(0, -3))
    .sort();
}

export function writeSyntheticCatalogue(opts: SyntheticOptions): SyntheticSummary {
  const random = rng(opts.seed ?? 20250701);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const content = join(opts.to, "content");
  // The real catalogue first: localities, groups, occasions, pages, producers, products, translations.
  cpSync(opts.from, content, { recursive: true });

  const localities = ids(join(content, "localities"));
  const groups = ids(join(content, "groups")).map((id) => {
    const data = readData(join(content, "groups", `${id}.md`));
    return { id, subgroups: ((data["subgroups"] as { id: string }[] | undefined) ?? []).map((s) => s.id) };
  });
  const occasions = ids(join(content, "occasions"));

  const producerCount = Math.max(1, Math.ceil(opts.products / 5));
  const producers: { id: string; locality: string }[] = [];
  mkdirSync(join(content, "producers"), { recursive: true });
  for (let i = 0; i < producerCount; i++) {
    const kind = pick(KINDS);
    const locality = pick(localities);
    const place = pick(PLACES);
    const name =
      kind === "ca-nhan" || kind === "ho-kinh-doanh"
        ? `${KIND_NAMES[kind]} ${pick(FAMILY)} Thị ${pick(GIVEN)} ${place}`
        : `${KIND_NAMES[kind]} ${pick(GIVEN)} ${place} số ${i + 1}`;
    const id = `bench-nsx-${i + 1}`;
    producers.push({ id, locality });
    const body = Array.from({ length: 3 }, () => pick(SENTENCES)).join(" ");
    writeFileSync(
      join(content, "producers", `${id}.md`),
      frontmatter({
        name,
        kind,
        locality,
        founded: 1990 + Math.floor(random() * 34),
        sources: [{ title: "Dữ liệu tổng hợp cho đo hiệu năng", url: `https://example.org/bench/${id}` }],
      }) + `\n${body}\n`,
    );
  }

  for (let i = 0; i < opts.products; i++) {
    const [item, itemSlug] = pick(ITEMS);
    const [qualifier, qualifierSlug] = pick(QUALIFIERS);
    const producer = producers[i % producers.length]!;
    const group = pick(groups);
    const place = pick(PLACES);
    const stars = pick([3, 3, 3, 4, 4, 5] as const);
    const year = 2021 + Math.floor(random() * 5);
    const id = `bench-${itemSlug}-${qualifierSlug}-${i + 1}`;
    const data: Record<string, unknown> = {
      name: `${item} ${qualifier} ${place}`,
      summary: `${item} ${qualifier} của ${place}, làm theo cách truyền thống, đóng gói tiện mang đi làm quà.`,
      group: group.id,
      ...(group.subgroups.length ? { subgroup: pick(group.subgroups) } : {}),
      producer: producer.id,
      locality: producer.locality,
      ocop: {
        stars,
        level: stars === 5 ? "quoc-gia" : "tinh",
        year,
        evidence: "C",
        source: `https://example.org/bench/${id}`,
      },
      price: {
        from: 50_000 + Math.floor(random() * 40) * 5_000,
        unit: pick(["hộp 500 g", "chai 500 ml", "túi 1 kg", "hũ 250 g"]),
      },
      occasions: occasions.filter(() => random() < 0.3),
      sources: [{ title: "Dữ liệu tổng hợp cho đo hiệu năng", url: `https://example.org/bench/${id}` }],
    };
    const paragraphs = Array.from({ length: 3 }, () =>
      Array.from({ length: 3 + Math.floor(random() * 3) }, () => pick(SENTENCES)).join(" "),
    );
    writeFileSync(
      join(content, "products", `${id}.md`),
      frontmatter(data) +
        `\n${paragraphs.join("\n\n")}\n\n## Cách dùng\n\n- Dùng trực tiếp hoặc chế biến món ăn.\n- ${pick(SENTENCES)}\n`,
    );
  }

  return {
    products: ids(join(content, "products")).length,
    producers: ids(join(content, "producers")).length,
    localities: localities.length,
    groups: groups.length,
    occasions: occasions.length,
  };
}
