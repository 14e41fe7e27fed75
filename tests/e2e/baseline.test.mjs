// The bare-Yew baseline is optimised with the widget's own wasm-opt settings, read from
// index.html, so the two stay built alike when either changes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { widgetWasmOpt } from "../../tools/baseline.mjs";

test("the baseline takes wasm-opt's level and parameters from the widget's rust link", () => {
  assert.deepEqual(widgetWasmOpt(), ["-Oz", "--enable-reference-types", "-Oz", "-Oz"]);
  const other = '<link data-trunk rel="rust" data-bin="x" data-wasm-opt="s" data-wasm-opt-params="--converge">';
  assert.deepEqual(widgetWasmOpt(other), ["-Os", "--enable-reference-types", "--converge"]);
  assert.throws(() => widgetWasmOpt('<link data-trunk rel="rust">'), /no data-wasm-opt/);
});
