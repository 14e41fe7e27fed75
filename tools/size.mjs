// Prints raw / gzip / brotli bytes of every file the widget loads, and their total.
// With --check, fails when the brotli total exceeds the figure recorded in size-budget.json
// (the figure only ever goes down).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { measure } from "./measure.mjs";

const dir = process.argv[2] ?? "dist";
const check = process.argv.includes("--check");
// Every file the loader requests, read from the files themselves rather than guessed from
// names: the loader's own "./…" URLs (glue, wasm, CSS, data), then what each script imports.
const files = [];
const follow = (file, pattern) => {
  if (files.includes(file)) return;
  if (!existsSync(join(dir, file))) {
    console.error(`error: ${file} is requested but not in ${dir}`);
    process.exit(1);
  }
  files.push(file);
  const text = file.endsWith(".js") ? readFileSync(join(dir, file), "utf8") : "";
  for (const m of text.matchAll(pattern)) follow(m[1], IMPORTS);
};
const IMPORTS = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'`]\.\/([^"'`]+)["'`]/g;
follow("shuka.js", /["'`]\.\/([^"'`]+)["'`]/g);
files.sort();
const rows = files.map((f) => ({ file: f, ...measure(readFileSync(join(dir, f))) }));
const total = rows.reduce((t, r) => ({ file: "total", raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const pad = (s, n) => String(s).padStart(n);
console.log(`${"file".padEnd(34)}${pad("raw", 10)}${pad("gzip", 10)}${pad("brotli", 10)}`);
for (const r of [...rows, total]) console.log(`${r.file.padEnd(34)}${pad(r.raw, 10)}${pad(r.gzip, 10)}${pad(r.brotli, 10)}`);
if (rows.length < 5) {
  console.error(`error: expected loader, glue, wasm, css and data in ${dir}, found ${rows.length} files`);
  process.exit(1);
}
if (check) {
  const budget = JSON.parse(readFileSync(new URL("../size-budget.json", import.meta.url), "utf8"));
  if (total.brotli > budget.total_brotli_bytes) {
    console.error(`error: ${total.brotli} B brotli is over the recorded ${budget.total_brotli_bytes} B (size-budget.json)`);
    process.exit(1);
  }
  console.log(`ok: ${total.brotli} B brotli ≤ ${budget.total_brotli_bytes} B recorded`);
}
