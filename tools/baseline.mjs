// The bare-Yew baseline: a Yew counter (bench/baseline) built exactly as the widget is built —
// release profile, wasm-bindgen --target web, wasm-opt -Oz (three rounds), shared names shortened,
// esbuild-minified glue. `make size-baseline` prints its wasm + glue next to the widget's from
// dist/, in the same run; `make bench` times its start next to the widget's.
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { transformSync } from "esbuild";
import { measure } from "./measure.mjs";
import { shorten } from "./shorten.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const crate = `${root}bench/baseline`;

/** wasm-opt's arguments as trunk gives them for the widget: `-O<data-wasm-opt>`, reference
 *  types on (wasm-bindgen needs them), then `data-wasm-opt-params`, all from index.html. */
export function widgetWasmOpt(html = readFileSync(`${root}index.html`, "utf8")) {
  const link = html.match(/<link[^>]*data-trunk[^>]*rel="rust"[^>]*>/)?.[0];
  if (!link) throw new Error("baseline: index.html has no rust link");
  const level = link.match(/data-wasm-opt="([^"]*)"/)?.[1];
  if (!level) throw new Error("baseline: the rust link sets no data-wasm-opt");
  const params = link.match(/data-wasm-opt-params="([^"]*)"/)?.[1]?.trim().split(/\s+/) ?? [];
  return [`-O${level}`, "--enable-reference-types", ...params];
}

/** Builds the baseline; returns the directory holding `baseline.js` and `baseline_bg.wasm`. */
export function buildBaseline() {
  const out = `${crate}/target/web`;
  const run = (cmd, args) => execFileSync(cmd, args, { cwd: crate, stdio: ["ignore", "inherit", "inherit"] });
  run("cargo", ["build", "--release", "--target", "wasm32-unknown-unknown", "--offline", "--quiet"]);
  mkdirSync(out, { recursive: true });
  run("wasm-bindgen", [`${crate}/target/wasm32-unknown-unknown/release/shuka-baseline.wasm`, "--out-dir", out, "--target", "web", "--no-typescript"]);
  // As trunk runs it for the widget: the level and parameters read from index.html's rust link.
  run("wasm-opt", [...widgetWasmOpt(), `${out}/shuka-baseline_bg.wasm`, "-o", `${out}/opt.wasm`]);
  const short = shorten(readFileSync(`${out}/opt.wasm`), readFileSync(`${out}/shuka-baseline.js`, "utf8"));
  writeFileSync(`${out}/baseline_bg.wasm`, short.wasm);
  writeFileSync(`${out}/baseline.js`, transformSync(short.glue, { minify: true, format: "esm", target: "es2020" }).code);
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const out = buildBaseline();
  const base = { wasm: measure(readFileSync(`${out}/baseline_bg.wasm`)), glue: measure(readFileSync(`${out}/baseline.js`)) };
  const dist = readdirSync(`${root}dist`);
  const pick = (re) => measure(readFileSync(`${root}dist/${dist.find((f) => re.test(f))}`));
  const widget = { wasm: pick(/^shuka-[0-9a-f]{16}_bg\.wasm$/), glue: pick(/^shuka-[0-9a-f]{16}\.js$/) };

  console.log(`${"".padEnd(24)}${"raw".padStart(10)}${"gzip".padStart(10)}${"brotli".padStart(10)}`);
  for (const [name, m] of [["bare Yew counter wasm", base.wasm], ["bare Yew counter glue", base.glue], ["shuka wasm", widget.wasm], ["shuka glue", widget.glue]]) {
    console.log(`${name.padEnd(24)}${String(m.raw).padStart(10)}${String(m.gzip).padStart(10)}${String(m.brotli).padStart(10)}`);
  }
  const extra = widget.wasm.brotli + widget.glue.brotli - base.wasm.brotli - base.glue.brotli;
  console.log(`shuka's own code over bare Yew (wasm + glue, brotli): ${extra} B`);
}
