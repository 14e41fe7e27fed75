// tools/shorten.mjs on a small hand-made wasm and glue: what it renames, that the result is
// still valid WebAssembly whose imports match the glue, and that it stops rather than guess.
import { test } from "node:test";
import assert from "node:assert/strict";
import { shorten } from "../../tools/shorten.mjs";

const leb = (n) => {
  const out = [];
  do { let x = n & 0x7f; n >>>= 7; if (n) x |= 0x80; out.push(x); } while (n);
  return out;
};
const str = (s) => { const b = [...Buffer.from(s)]; return [...leb(b.length), ...b]; };
const section = (id, body) => [id, ...leb(body.length), ...body];

/** A module importing `names` (functions () -> ()) from `module`, exporting the first as
 *  `__wbindgen_malloc`, with a custom `producers` section. */
function wasm(module, names) {
  const types = section(1, [1, 0x60, 0, 0]);
  const imports = section(2, [...leb(names.length), ...names.flatMap((n) => [...str(module), ...str(n), 0, 0])]);
  const exports = section(7, [1, ...str("__wbindgen_malloc"), 0, 0]);
  const producers = section(0, [...str("producers"), 0]);
  return Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, ...types, ...imports, ...exports, ...producers]);
}

const MODULE = "./shuka-0f3f_bg.js";
const NAMES = ["__wbg_appendChild_dbf7ad2f48413560", "__wbg_alert_1234567890abcdef"];
const glue = `const imports = {};
imports["${MODULE}"] = { ${NAMES[0]}: (a, b) => a.appendChild(b), ${NAMES[1]}: (m) => alert(m) };
export function init(wasm) { return wasm.__wbindgen_malloc(8); }`;

test("shorten renames the shared names, the module and the internal exports, and keeps the wasm valid", () => {
  const out = shorten(wasm(MODULE, NAMES), glue);
  assert.ok(WebAssembly.validate(out.wasm), "still valid WebAssembly");
  const mod = new WebAssembly.Module(out.wasm);
  // Names in the glue's (alphabetical) order: alert → a, appendChild → b.
  assert.deepEqual(WebAssembly.Module.imports(mod).map((i) => `${i.module}.${i.name}`), ["w.b", "w.a"]);
  assert.deepEqual(WebAssembly.Module.exports(mod).map((e) => e.name), ["xc"]);
  assert.match(out.glue, /imports\["w"\] = \{ b: \(a, b\) => a\.appendChild\(b\), a: \(m\) => alert\(m\) \}/);
  assert.match(out.glue, /wasm\.xc\(8\)/);
  assert.ok(!out.glue.includes("__wbg_") && !out.glue.includes(MODULE));
  assert.ok(out.wasm.length < wasm(MODULE, NAMES).length, "the producers section is dropped");
});

test("shorten stops when the glue already uses the module's short name", () => {
  assert.throws(() => shorten(wasm(MODULE, NAMES), `${glue}\nconst mode = "w";`), /already contains "w"/);
});

test("shorten stops when an import is not exactly one key of the glue", () => {
  const twice = glue.replace("(m) => alert(m)", `(m) => ${NAMES[1]}`);
  assert.throws(() => shorten(wasm(MODULE, NAMES), twice), /not exactly one key/);
});
