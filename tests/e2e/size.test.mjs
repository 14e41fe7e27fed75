// tools/size.mjs counts every file the loader requests, whatever its name. No browser.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const SIZE = fileURLToPath(new URL("../../tools/size.mjs", import.meta.url));

test("size.mjs counts every file the loader and its glue request, and only those", () => {
  const dir = mkdtempSync(join(tmpdir(), "shuka-size-"));
  try {
    const h = "0123456789abcdef";
    const files = {
      "shuka.js": `const at=f=>new URL(f,import.meta.url).href;const G=at("./shuka-${h}.js"),W=at("./shuka-${h}_bg.wasm"),C=at("./shuka-${h}.css"),D=at("./shuka-data-${h}.json"),F=at("./fonts/widget.woff2");`,
      [`shuka-${h}.js`]: `import{a}from"./snippets/helper.js";export default 1;`,
      "snippets/helper.js": "export const a=1;",
      [`shuka-${h}_bg.wasm`]: "wasm",
      [`shuka-${h}.css`]: "css",
      [`shuka-data-${h}.json`]: "{}",
      "fonts/widget.woff2": "font",
      "index.html": "<p>the page, not the widget</p>",
    };
    for (const [name, body] of Object.entries(files)) {
      execFileSync("mkdir", ["-p", join(dir, name, "..")]);
      writeFileSync(join(dir, name), body);
    }
    const out = execFileSync("node", [SIZE, dir], { encoding: "utf8" });
    const listed = [...out.matchAll(/^(\S+)\s+\d+\s+\d+\s+\d+$/gm)].map((m) => m[1]).filter((f) => f !== "total");
    assert.deepEqual(listed.sort(), Object.keys(files).filter((f) => f !== "index.html").sort());
    // A file the loader asks for that is not there fails the guard.
    rmSync(join(dir, "fonts/widget.woff2"));
    assert.throws(() => execFileSync("node", [SIZE, dir], { encoding: "utf8", stdio: "pipe" }), /widget\.woff2 is requested/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
