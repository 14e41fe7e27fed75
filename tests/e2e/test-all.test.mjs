// tools/test-all.sh counts what ran: run with stand-ins for cargo, trunk and node that fail in
// the ways its counting once missed. No browser.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const STUBS = fileURLToPath(new URL("./fixtures/stub-tools/", import.meta.url));
const SCRIPT = fileURLToPath(new URL("../../tools/test-all.sh", import.meta.url));

test("test-all.sh: a failed tier without a count is 0 passed 1 failed; cancelled node tests fail; every cargo target is counted", () => {
  let out;
  try {
    execFileSync("bash", [SCRIPT], { env: { ...process.env, PATH: `${STUBS}:/usr/bin:/bin` }, encoding: "utf8" });
    assert.fail("the script must exit non-zero");
  } catch (e) {
    out = e.stdout;
  }
  const tiers = Object.fromEntries([...out.matchAll(/^── (\w+): (\d+) passed, (\d+) failed$/gm)].map((m) => [m[1], [+m[2], +m[3]]]));
  assert.deepEqual(tiers, {
    native: [8, 1], // both targets, though the first failed
    wasm: [4, 0],
    lint: [0, 1],
    build: [0, 1],
    e2e: [2, 2], // one failed, one cancelled by its timeout
    engines: [2, 2], // counted like e2e
    size: [0, 1],
  });
  assert.match(out, /^16 passed, 8 failed$/m);
});
