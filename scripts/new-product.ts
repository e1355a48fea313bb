/**
 * npm run new:product — creates content/products/<slug>.md from a few answers in Vietnamese,
 * picking group, producer, locality and occasions from the existing entries. Every answer can
 * be given as a flag instead (see --help); with --yes nothing is asked.
 */
import {
  checks,
  defaultKind,
  entryChoices,
  kindChoices,
  productMarkdown,
  subgroupChoices,
} from "../src/node/content/new-entry.ts";
import { runNewEntry, SOURCE_FLAGS } from "./lib/ask.ts";

const FLAGS = {
  name: "Tên sản phẩm, như trên quyết định công nhận",
  summary: "Tóm tắt 1–2 câu, 20–160 ký tự",
  group: "Nhóm sản phẩm (tên tệp trong content/groups)",
  subgroup: "Phân nhóm (id trong nhóm)",
  kind: "Loại sản phẩm (mã, ví dụ toi-den): chọn hình minh hoạ; bỏ trống thì theo phân nhóm",
  producer: "Chủ thể sản xuất (tên tệp trong content/producers)",
  locality: "Xã/phường/đặc khu (tên tệp trong content/localities)",
  occasions: "Dịp tặng quà, cách nhau bằng dấu phẩy",
  stars: "Số sao OCOP: 3, 4 hoặc 5 (bỏ qua nếu chưa được công nhận)",
  decision: 'Số quyết định công nhận, ví dụ "1898/QĐ-UBND"',
  "decision-date": "Ngày ký quyết định, YYYY-MM-DD",
  year: "Năm công nhận, khi không biết ngày",
  evidence: "Mức bằng chứng: A, B1, B2 hoặc C",
  "cert-source": "Địa chỉ web xác nhận hạng sao",
  ...SOURCE_FLAGS,
  content: "Thư mục nội dung (mặc định: content)",
} as const;

await runNewEntry({
  command: "new:product",
  collection: "products",
  flags: FLAGS,
  intro: "Tạo sản phẩm mới.",
  firstStep: "Mở tệp, viết câu chuyện sản phẩm; thêm giá, ảnh (đặt ảnh cạnh tệp .md), nơi mua khi có.",
  async ask(form, contentDir) {
    const name = (await form.text({ flag: "name", prompt: FLAGS.name, required: true, check: checks.name }))!;
    const summary = (await form.text({ flag: "summary", prompt: FLAGS.summary, required: true, check: checks.summary }))!;
    const group = (await form.choose({
      flag: "group",
      prompt: "Nhóm sản phẩm",
      required: true,
      choices: entryChoices(contentDir, "groups"),
    }))!;
    const subgroup = await form.choose({ flag: "subgroup", prompt: "Phân nhóm", choices: subgroupChoices(contentDir, group) });
    const usual = defaultKind(contentDir, group, subgroup);
    const kinds = kindChoices();
    const picked = await form.choose({
      flag: "kind",
      prompt: `Loại sản phẩm (hình minh hoạ; bỏ qua để dùng "${kinds.find((k) => k.id === usual)?.label ?? usual ?? "theo phân nhóm"}")`,
      choices: kinds,
    });
    // Written only when it differs from what the sub-group already gives.
    const kind = picked && picked !== usual ? picked : undefined;
    const producer = await form.choose({
      flag: "producer",
      prompt: "Chủ thể sản xuất",
      choices: entryChoices(contentDir, "producers"),
    });
    const locality = await form.choose({
      flag: "locality",
      prompt: "Xã/phường/đặc khu",
      choices: entryChoices(contentDir, "localities"),
    });
    const occasions = await form.chooseMany({
      flag: "occasions",
      prompt: "Hợp làm quà dịp nào",
      choices: entryChoices(contentDir, "occasions"),
    });
    const stars = await form.text({ flag: "stars", prompt: FLAGS.stars, check: checks.stars });
    let cert: { decision?: string; decisionDate?: string; year?: string; evidence?: string; certSource?: string } = {};
    if (stars) {
      const decision = await form.text({ flag: "decision", prompt: FLAGS.decision });
      const decisionDate = await form.text({ flag: "decision-date", prompt: FLAGS["decision-date"], check: checks.date });
      const year = decisionDate
        ? undefined
        : await form.text({ flag: "year", prompt: FLAGS.year, required: true, check: checks.year });
      const evidence = await form.text({ flag: "evidence", prompt: FLAGS.evidence, required: true, check: checks.evidence });
      const certSource = await form.text({
        flag: "cert-source",
        prompt: FLAGS["cert-source"],
        required: true,
        check: checks.url,
      });
      cert = {
        ...(decision && { decision }),
        ...(decisionDate && { decisionDate }),
        ...(year && { year }),
        ...(evidence && { evidence }),
        ...(certSource && { certSource }),
      };
    }
    const { sourceTitle, sourceUrl } = await form.source();
    const text = productMarkdown({
      name,
      summary,
      group,
      subgroup,
      kind,
      producer,
      locality,
      occasions,
      stars: stars ? Number(stars) : undefined,
      decision: cert.decision,
      decisionDate: cert.decisionDate,
      year: cert.year ? Number(cert.year) : undefined,
      evidence: cert.evidence,
      certSource: cert.certSource,
      sourceTitle,
      sourceUrl,
    });
    return { name, text };
  },
});
