/** How the content check reports a problem: "file:line — field — what is wrong — how to fix". */
export interface ContentProblem {
  file: string;
  line: number;
  field: string;
  message: string;
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file}:${p.line} — ${p.field} — ${p.message}`;
}

export function formatReport(problems: ContentProblem[]): string {
  const files = new Set(problems.map((p) => p.file)).size;
  return [
    `Nội dung có ${problems.length} lỗi trong ${files} tệp (content has ${problems.length} error(s)):`,
    ...problems.map((p) => "  " + formatProblem(p)),
  ].join("\n");
}
