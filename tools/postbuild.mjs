// Trunk post_build hook: turns trunk's staging output into the embeddable dist/:
//   shuka.js (stable name, the loader) + shuka-<hash>.js (glue) + shuka-<hash>_bg.wasm
//   + shuka-<hash>.css (styles/*.css, for the shadow root) + shuka-data-<hash>.json,
// and editor/ (the editor page, built before by `trunk build --config editor/Trunk.toml`).
import { createHash } from "node:crypto";
import { cpSync, existsSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { transformSync } from "esbuild";
import { execFileSync } from "node:child_process";
import { shorten } from "./shorten.mjs";
import { widgetCss } from "./styles.mjs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const stage = process.env.TRUNK_STAGING_DIR;
if (!stage) throw new Error("run by trunk (TRUNK_STAGING_DIR is not set)");
const release = process.env.TRUNK_PROFILE === "release";
const hash = (buf) => createHash("sha256").update(buf).digest("hex").slice(0, 16);

function emit(prefix, ext, content) {
  const name = `${prefix}-${hash(content)}${ext}`;
  writeFileSync(join(stage, name), content);
  return name;
}

// Glue and wasm that trunk produced for the `shuka-widget` bin.
// The names they share, shortened (tools/shorten.mjs).
const { wasm, glue: glueSrc } = shorten(
  readFileSync(join(stage, "shuka-widget_bg.wasm")),
  readFileSync(join(stage, "shuka-widget.js"), "utf8"),
);
rmSync(join(stage, "shuka-widget.js"));
rmSync(join(stage, "shuka-widget_bg.wasm"));
const wasmName = emit("shuka", "_bg.wasm", wasm);
const glue = release ? transformSync(glueSrc, { minify: true, format: "esm", target: "es2020", charset: "utf8" }).code : glueSrc;
const glueName = emit("shuka", ".js", glue);

// Styles: every partial in styles/, in name order, minified.
const cssName = emit("shuka", ".css", widgetCss(release));

// The default dataset, minified (whitespace only; values keep their written digits).
const data = JSON.stringify(JSON.parse(readFileSync(join(root, "data/zhengzhou-gxq-2024h1.json"), "utf8")));
const dataName = emit("shuka-data", ".json", data);

const loaderSrc = readFileSync(join(root, "src/loader/shuka.js"), "utf8")
  .replace("__GLUE__", `./${glueName}`)
  .replace("__WASM__", `./${wasmName}`)
  .replace("__CSS__", `./${cssName}`)
  .replace("__DATA__", `./${dataName}`);
const loader = release ? transformSync(loaderSrc, { minify: true, format: "esm", target: "es2020", charset: "utf8" }).code : loaderSrc;
writeFileSync(join(stage, "shuka.js"), loader);
// The hashed names, for `shuka render` (its snippet links the stylesheet by name).
writeFileSync(join(stage, "assets.json"), JSON.stringify({ css: cssName, glue: glueName, wasm: wasmName, data: dataName }) + "\n");
console.log(`shuka postbuild: shuka.js → ${glueName}, ${wasmName}, ${cssName}, ${dataName}`);

// The article page with the widget's figures prerendered into it (`shuka render`, issue 15):
// the page's empty host element becomes the snippet, keeping its class and aria-label.
const page = join(stage, "index.html");
const html = readFileSync(page, "utf8");
const host = /<div data-shuka([^>]*)><\/div>/.exec(html);
if (!host) throw new Error("index.html: no empty <div data-shuka …></div> to prerender the widget into");
const args = ["run", "--quiet", "--locked", "--bin", "shuka", "--", "render", "data/zhengzhou-gxq-2024h1.json", "--dist", stage, "--no-script"];
// The host's attributes become the render's options; one it has no option for is an error here,
// not a silent loss. Values are read as HTML writes them (entities decoded).
const text = (v) => v.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
const options = { class: "--class", "aria-label": "--label", "data-src": "--src", "data-view": "--view", "data-lang": "--lang" };
for (const [, name, value] of host[1].matchAll(/\s([\w-]+)(?:="([^"]*)")?/g)) {
  if (name === "data-shuka") continue;
  if (!options[name]) throw new Error(`index.html: the widget's host has ${name}, which shuka render cannot carry over`);
  args.push(options[name], text(value ?? ""));
}
const snippet = execFileSync("cargo", args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
// The snippet's stylesheet, asked for from the head: the parser waits for it where the shadow
// root links it (so the figures are never unstyled), and it is then already there.
const preload = `<link rel="preload" as="style" href="./${cssName}">`;
writeFileSync(page, html.replace(host[0], () => snippet.trim()).replace("</head>", () => `  ${preload}\n  </head>`));
console.log(`shuka postbuild: index.html prerendered (${Buffer.byteLength(snippet)} B of widget markup)`);

// The editor page, built on its own into target/editor-dist (make build and make serve build it
// first): copied in here so that `trunk serve`, which empties dist/ on every rebuild, keeps it.
const editor = join(root, "target/editor-dist");
if (existsSync(join(editor, "index.html"))) {
  cpSync(editor, join(stage, "editor"), { recursive: true });
  console.log("shuka postbuild: editor/ from target/editor-dist");
} else {
  console.log("shuka postbuild: no editor build in target/editor-dist (make build makes one)");
}
