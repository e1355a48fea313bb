/**
 * The question-and-answer part shared by the new:* scripts (new-product.ts, new-producer.ts): each answer comes
 * from a --flag when given, otherwise from a question in Vietnamese on the terminal (or piped
 * stdin). With --yes nothing is asked: a missing required flag is an error.
 */
import { join, relative, resolve } from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { checks, takenSlugs, uniqueSlug, type Check, type Choice } from "../../src/node/content/new-entry.ts";
import { FrontmatterError } from "../../src/node/content/frontmatter.ts";
import { paths } from "../../src/lib/routing/routes.ts";
import { checkContent } from "../../src/node/content/check.ts";
import { formatProblem } from "../../src/node/content/report.ts";
import { describeUndo, describeWriteError, writeFiles, WriteError } from "../../src/node/content/write-files.ts";

/** A wrong flag or input that cannot be fixed by asking again. */
export class AnswerError extends Error {}

/** Reads answers line by line; lines that arrive before a question is asked (piped stdin) wait in a queue. */
class LineReader {
  private lines: string[] = [];
  private waiting: ((line: string | null) => void) | undefined;
  private closed = false;
  private readonly rl;
  private readonly output: NodeJS.WritableStream;

  constructor(input: NodeJS.ReadableStream, output: NodeJS.WritableStream) {
    this.output = output;
    this.rl = createInterface({ input, terminal: false });
    this.rl.on("line", (line) => {
      if (this.waiting) {
        const w = this.waiting;
        this.waiting = undefined;
        this.echo(line);
        w(line);
      } else this.lines.push(line);
    });
    this.rl.on("close", () => {
      this.closed = true;
      this.waiting?.(null);
    });
  }

  ask(prompt: string): Promise<string | null> {
    this.output.write(prompt);
    const line = this.lines.shift();
    if (line !== undefined) {
      this.echo(line);
      return Promise.resolve(line);
    }
    if (this.closed) return Promise.resolve(null);
    return new Promise((resolve) => (this.waiting = resolve));
  }

  /** Piped answers are not shown by a terminal: print them so the transcript reads like a dialogue. */
  private echo(line: string): void {
    if (!(this.output as { isTTY?: boolean }).isTTY) this.output.write(`${line}\n`);
  }

  close(): void {
    this.rl.close();
  }
}

/** The flags of the source every new entry needs; a new:* script spreads them into its --help list. */
export const SOURCE_FLAGS = {
  "source-title": "Tên nguồn thông tin",
  "source-url": "Địa chỉ web của nguồn",
} as const;

interface Common {
  /** The --flag that gives this answer. */
  flag: string;
  prompt: string;
  required?: boolean;
}

export class Form {
  private reader: LineReader | undefined;
  private readonly flags: Record<string, string | undefined>;
  private readonly yes: boolean;
  private readonly input: NodeJS.ReadableStream;
  private readonly output: NodeJS.WritableStream;

  constructor(
    flags: Record<string, string | undefined>,
    yes: boolean,
    input: NodeJS.ReadableStream,
    output: NodeJS.WritableStream,
  ) {
    this.flags = flags;
    this.yes = yes;
    this.input = input;
    this.output = output;
  }

  private say(text: string): void {
    this.output.write(`${text}\n`);
  }

  private async line(prompt: string): Promise<string> {
    this.reader ??= new LineReader(this.input, this.output);
    const answer = await this.reader.ask(prompt);
    if (answer === null) throw new AnswerError("hết dữ liệu vào trước khi trả lời xong — chạy lại và trả lời mọi câu hỏi");
    return answer.trim();
  }

  close(): void {
    this.reader?.close();
  }

  /** A free-text answer, checked; re-asked until it passes. */
  async text(q: Common & { check?: Check }): Promise<string | undefined> {
    const given = this.flags[q.flag];
    if (given !== undefined) {
      const error = q.check?.(given.trim());
      if (error) throw new AnswerError(`--${q.flag} "${given}": ${error}`);
      return given.trim();
    }
    if (this.yes) {
      if (q.required) throw new AnswerError(`thiếu --${q.flag} — ${q.prompt}`);
      return undefined;
    }
    for (;;) {
      const answer = await this.line(`${q.prompt}${q.required ? "" : " (Enter để bỏ qua)"}: `);
      if (answer === "") {
        if (!q.required) return undefined;
        this.say("  ! Câu này bắt buộc.");
        continue;
      }
      const error = q.check?.(answer);
      if (!error) return answer;
      this.say(`  ! ${error}`);
    }
  }

  /** One of `choices`, by number or id. */
  async choose(q: Common & { choices: Choice[] }): Promise<string | undefined> {
    const [picked] = await this.pick(q, false);
    return picked;
  }

  /** Several of `choices`, numbers or ids separated by commas. */
  async chooseMany(q: Common & { choices: Choice[] }): Promise<string[]> {
    return this.pick(q, true);
  }

  private async pick(q: Common & { choices: Choice[] }, many: boolean): Promise<string[]> {
    const resolve = (text: string): { ids: string[]; bad: string[] } => {
      const parts = text
        .split(",")
        .map((p) => p.trim())
        .filter(Boolean);
      const ids: string[] = [];
      const bad: string[] = [];
      for (const part of parts) {
        const byNumber = /^\d+$/.test(part) ? q.choices[Number(part) - 1] : undefined;
        const choice = byNumber ?? q.choices.find((c) => c.id === part);
        if (choice) ids.push(choice.id);
        else bad.push(part);
      }
      return { ids, bad };
    };
    const known = q.choices.map((c) => c.id).join(", ");
    const given = this.flags[q.flag];
    if (given !== undefined) {
      const { ids, bad } = resolve(given);
      if (bad.length > 0 || (!many && ids.length > 1))
        throw new AnswerError(
          `--${q.flag} "${given}": không có trong danh sách — chọn ${many ? "trong" : "một trong"}: ${known}`,
        );
      return ids;
    }
    if (this.yes) {
      if (q.required) throw new AnswerError(`thiếu --${q.flag} — chọn một trong: ${known}`);
      return [];
    }
    if (q.choices.length === 0) return [];
    this.say(`${q.prompt}:`);
    q.choices.forEach((c, i) => this.say(`  ${String(i + 1).padStart(2)}. ${c.label} (${c.id})`));
    const how = many ? "Gõ các số, cách nhau bằng dấu phẩy" : "Gõ số";
    for (;;) {
      const answer = await this.line(`${how}${q.required ? "" : " (Enter để bỏ qua)"}: `);
      if (answer === "") {
        if (!q.required) return [];
        this.say("  ! Câu này bắt buộc.");
        continue;
      }
      const { ids, bad } = resolve(answer);
      if (bad.length === 0 && (many || ids.length === 1)) return ids;
      this.say(`  ! "${bad.join(", ") || answer}" không có trong danh sách — gõ số thứ tự ở đầu dòng`);
    }
  }

  /** The source of a new entry (required): its title and its web address. */
  async source(): Promise<{ sourceTitle: string; sourceUrl: string }> {
    const sourceTitle = (await this.text({ flag: "source-title", prompt: SOURCE_FLAGS["source-title"], required: true }))!;
    const sourceUrl = (await this.text({
      flag: "source-url",
      prompt: SOURCE_FLAGS["source-url"],
      required: true,
      check: checks.url,
    }))!;
    return { sourceTitle, sourceUrl };
  }

  /** Yes/no confirmation; --yes answers yes. */
  async confirm(prompt: string): Promise<boolean> {
    if (this.yes) return true;
    const answer = (await this.line(`${prompt} (C/k): `)).toLowerCase();
    return answer === "" || answer === "c" || answer === "có" || answer === "y";
  }
}

/**
 * Reads the command line of a new:* script: one string flag per entry of `help`, plus --yes and
 * --help (which prints the flags and exits). Returns the content folder and the form that asks or takes flags.
 */
function startForm(command: string, help: Record<string, string>): { contentDir: string; form: Form } {
  const { values } = parseArgs({
    options: {
      ...Object.fromEntries(Object.keys(help).map((k) => [k, { type: "string" as const }])),
      yes: { type: "boolean", short: "y" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(`npm run ${command} -- [--tên-cờ giá-trị …] [--yes]\n`);
    for (const [flag, text] of Object.entries(help)) console.log(`  --${flag.padEnd(14)} ${text}`);
    console.log("  --yes            không hỏi gì: thiếu cờ bắt buộc là lỗi");
    process.exit(0);
  }
  const flags = values as Record<string, string | undefined>;
  const contentDir = resolve(flags["content"] ?? "content");
  return { contentDir, form: new Form(flags, values.yes === true, process.stdin, process.stdout) };
}

/**
 * Asks before writing a new entry, writes it, and runs the content check on it: exits 1 when
 * the file still has errors, else prints `nextSteps` under "Đã tạo <file>".
 */
async function writeChecked(form: Form, contentDir: string, file: string, text: string, nextSteps: string): Promise<void> {
  const shown = relative(process.cwd(), file);
  if (!(await form.confirm(`\nGhi tệp ${shown}?`))) {
    console.log("Không ghi gì.");
    process.exit(0);
  }
  const show = (path: string) => relative(process.cwd(), path);
  let undo;
  try {
    // A new file only: never over an existing one, even one made since the slug was chosen.
    undo = writeFiles([{ path: file, text, before: null }]);
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    console.error(describeWriteError(error, show).join("\n"));
    process.exit(1);
  }
  const mine = checkContent(contentDir).filter((p) => resolve(contentDir, "..", p.file) === file);
  if (mine.length > 0) {
    console.error(
      [`Tệp ${shown} có lỗi nên không giữ lại:`, ...mine.map((p) => "  " + formatProblem(p)), ...describeUndo(undo(), show)].join(
        "\n",
      ),
    );
    process.exit(1);
  }
  console.log(`\nĐã tạo ${shown}.\nTiếp theo:\n${nextSteps}`);
}

/** What a new:* script is: its command, its --help list, what it asks and how it writes the answers. */
export interface NewEntryScript {
  command: "new:product" | "new:producer";
  collection: "products" | "producers";
  /** Each flag and its help text; the same text is the question where no other is given. */
  flags: Record<string, string>;
  /** The first line printed, saying what is being made. */
  intro: string;
  /** Asks for every answer (the source last, with `form.source()`) and returns the entry's name and file text. */
  ask: (form: Form, contentDir: string) => Promise<{ name: string; text: string }>;
  /** The first of the next steps printed after writing: what to add to the new file by hand. */
  firstStep: string;
}

/**
 * Runs a new:* script: reads the flags, asks, writes content/<collection>/<slug>.md under a slug
 * no entry has yet, checks it and says what to do next. A wrong answer, or a content file the
 * lists are read from that cannot be read, ends with its message and exit code 2, no stack.
 */
export async function runNewEntry(script: NewEntryScript): Promise<void> {
  const { contentDir, form } = startForm(script.command, script.flags);
  try {
    console.log(`${script.intro} Trả lời từng câu; Enter để bỏ qua câu không bắt buộc.\n`);
    const { name, text } = await script.ask(form, contentDir);
    const slug = uniqueSlug(name, takenSlugs(contentDir, script.collection));
    const file = join(contentDir, script.collection, `${slug}.md`);
    await writeChecked(
      form,
      contentDir,
      file,
      text,
      `  1. ${script.firstStep}
  2. npm run check:content — kiểm tra lỗi.
  3. npm start — xem trang tại http://localhost:4321/${paths.entry("vi", script.collection, slug)}/`,
    );
  } catch (error) {
    if (!(error instanceof AnswerError || error instanceof FrontmatterError)) throw error;
    console.error(`Lỗi: ${error.message}`);
    process.exit(2);
  } finally {
    form.close();
  }
}
