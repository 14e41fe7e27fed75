// What the editor's end-to-end tests share (editor.test.mjs, editor-edits.test.mjs): the
// reports, drafting one in the editor, the download, the checker, the preview's tabs and cards.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { open, PHONE } from "./helpers.mjs";

const ROOT = new URL("../../", import.meta.url).pathname;
export const corpus = (name) => readFileSync(new URL(`../corpus/${name}.txt`, import.meta.url), "utf8");
export const REPORT = corpus("01-chengxi-county-2023q3");
/** A key-project report: the drafter finds named projects in it. */
export const PROJECTS = corpus("03-qingyuan-projects-2022m1-7");
export const CARDS = ".ed-preview-host .shuka-card";

/** Opens the editor (`env` from setup()), pastes `text` and drafts it; resolves when the preview has cards. */
export async function drafted(env, viewport = PHONE, contextOptions, text = REPORT) {
  const opened = await open(env, "/editor/", viewport, contextOptions);
  await opened.page.getByLabel("粘贴文章全文 Paste the article's text").fill(text);
  await opened.page.getByRole("button", { name: "起草 Draft" }).click();
  await opened.page.locator(CARDS).first().waitFor();
  return opened;
}

/** The first figure in the headline strip (its card is on the preview's first tab). */
export const headlineFigure = (page) => page.locator(".ed-fig").filter({ has: page.locator('input[id^="ed-hl"]:checked') }).first();

/** `shuka check FILE`, the native checker: its output, or a thrown error with its problems. */
export function shukaCheck(file) {
  return execFileSync("cargo", ["run", "--quiet", "--bin", "shuka", "--", "check", file], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/** Clicks the download button and saves the file; resolves to its path and parsed JSON. */
export async function download(page) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /Download the dataset/ }).click()]);
  assert.equal(file.suggestedFilename(), "report.json");
  const path = join(mkdtempSync(join(tmpdir(), "shuka-editor-")), "report.json");
  await file.saveAs(path);
  return { path, json: JSON.parse(readFileSync(path, "utf8")) };
}

/** Calls `get` until it gives `want` (compared as JSON) or 5 s pass; resolves to its last answer. */
export async function until(get, want) {
  let got;
  for (const end = Date.now() + 5000; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) {
    got = await get();
    if (JSON.stringify(got) === JSON.stringify(want)) break;
  }
  return got;
}

/** The preview's tabs: label → number of cards. */
export const tabCounts = (page) =>
  page.locator(".ed-preview-host .shuka-tab").evaluateAll((tabs) => Object.fromEntries(tabs.map((t) => [t.querySelector("bdi").textContent, Number(t.querySelector(".shuka-count").textContent)])));

/** The labels of the cards on the preview's tab `label`, in order. */
export async function cardLabels(page, label) {
  await page.locator(".ed-preview-host .shuka-tab").filter({ has: page.locator("bdi", { hasText: new RegExp(`^${label}$`) }) }).click();
  return page.locator(".ed-preview-host [role=tabpanel]:not([hidden]) .shuka-card-label").allTextContents();
}
