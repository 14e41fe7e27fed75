// The loader when a host cannot take a shadow root (an <a>): attaching it is the failure,
// and the message still reaches the reader, next to the host, with nothing thrown.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setup, open } from "./helpers.mjs";

const env = setup();

test("a host that cannot have a shadow root gets the message beside it, and nothing is thrown", async () => {
  const { page, problems } = await open(env, "/fixtures/empty.html");
  await page.evaluate(() => {
    const a = document.createElement("a");
    a.href = "#figures";
    a.dataset.shuka = "";
    a.textContent = "figures";
    document.getElementById("slot").append(a);
  });
  const box = page.locator("#slot a[data-shuka] + [role=alert]");
  await box.waitFor();
  assert.match(await box.textContent(), /无法在此浏览器中显示/);
  // The loader says why once; no page error, no unhandled rejection.
  assert.equal(problems.length, 1, problems.join("\n"));
  assert.match(problems[0], /shuka: the widget could not start/);
});
