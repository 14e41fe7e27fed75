// The bare-Yew baseline: a Yew counter (bench/baseline) built exactly as the widget is built —
// release profile, wasm-bindgen --target web, wasm-opt -Oz (three rounds), shared names shortened,
// esbuild-minified glue. `make size-baseline` prints its wasm + glue next to the widget's from
// dist/, in the same run; `make bench` times its start next to the widget's.
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, mkdirSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { transformSync } from "esbuild";
import { measure } from "./measure.mjs";
import { shorten } from "./shorten.mjs";

const root = new URL("..", import.meta.url).pathname;
const crate = `${root}bench/baseline`;

/** Builds the baseline; returns the directory holding `baseline.js` and `baseline_bg.wasm`. */
export function buildBaseline() {
  const out = `${crate}/target/web`;
  const run = (cmd, args) => execFileSync(cmd, args, { cwd: crate, stdio: ["ignore", "inherit", "inherit"] });
  run("cargo", ["build", "--release", "--target", "wasm32-unknown-unknown", "--offline", "--quiet"]);
  mkdirSync(out, { recursive: true });
  run("wasm-bindgen", [`${crate}/target/wasm32-unknown-unknown/release/shuka-baseline.wasm`, "--out-dir", out, "--target", "web", "--no-typescript"]);
  // As trunk runs it for the widget (index.html: data-wasm-opt="z", params "-Oz -Oz").
  run("wasm-opt", ["-Oz", "--enable-reference-types", "-Oz", "-Oz", `${out}/shuka-baseline_bg.wasm`, "-o", `${out}/opt.wasm`]);
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
