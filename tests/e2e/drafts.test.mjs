// Every report of tests/corpus/, drafted by `shuka draft`, shown in the widget: cards
// render with no error box, in Chinese and in English, and nothing overflows a phone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { setup, open } from "./helpers.mjs";

const CORPUS = fileURLToPath(new URL("../corpus/", import.meta.url));
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const reports = readdirSync(CORPUS).filter((f) => f.endsWith(".txt")).sort();

// The native tool, built by the native tier (cargo builds it here if it is missing).
const draft = (file) =>
  execFileSync("cargo", ["run", "--quiet", "--offline", "--bin", "shuka", "--", "draft", file], {
    cwd: ROOT,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
    maxBuffer: 16 << 20,
  });

const routes = {};
for (const r of reports) {
  const json = draft(CORPUS + r);
  routes[`/drafts/${r.replace(/\.txt$/, ".json")}`] = (req, res) =>
    res.writeHead(200, { "content-type": "application/json" }).end(json);
}
const env = setup({ routes });

test(`each of the ${reports.length} drafted reports renders its cards in both languages with no error box`, async () => {
  const { page, problems } = await open(env, "/fixtures/empty.html");
  for (const r of reports) {
    const src = `/drafts/${r.replace(/\.txt$/, ".json")}`;
    await page.evaluate((src) => {
      const slot = document.getElementById("slot");
      slot.replaceChildren();
      const host = document.createElement("div");
      host.dataset.shuka = "";
      host.dataset.src = src;
      slot.append(host);
    }, src);
    const host = page.locator("#slot [data-shuka]");
    await host.locator(".shuka-card, [role=alert]").first().waitFor();
    assert.equal(await host.locator("[role=alert]").count(), 0, `${r}: an error box`);
    const labels = await host.locator(".shuka-card-label").allTextContents();
    assert.ok(labels.length > 0 && labels.every((l) => l.trim()), `${r}: an empty label in ${labels}`);
    await host.locator(".shuka-lang").click();
    await host.locator(".shuka-card-label").first().waitFor();
    const en = await host.locator(".shuka-card-label").allTextContents();
    assert.ok(en.every((l) => l.trim()), `${r}: an empty English label`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > innerWidth);
    assert.equal(overflow, false, `${r}: the page scrolls sideways`);
  }
  assert.deepEqual(problems, []);
});
