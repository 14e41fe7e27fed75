// Two engines behind one small driver interface, so that the scenarios (scenarios.mjs) are
// written once. An engine opens pages; a page is:
//   goto(path)                   load `path` from the test server, or a full URL (waits for `load`)
//   evaluate(fn, ...args)        run fn(...args) in the page (awaits a promise); JSON result
//   click(fn, ...args)           a real pointer click on the element fn(...args) returns
//   press(key)                   a real key press ("Escape", "Enter", "ArrowRight") on the focused element
//   type(text)                   real key presses for each character of text
//   setViewport({width, height}) → the viewport reached ({width, height}); WebKitGTK's window
//                                  cannot go below ~447 px wide, so it may be wider than asked
//   screenshot(path)             PNG of the viewport
//   problems()                   console errors, page errors, failed requests, HTTP ≥ 400 so far
//                                  (null when the engine's protocol cannot report them)
//   close()
// click, press and type return once the page has run a task after the input (renders done).
// fn is sent as source text: it must not use anything from the test file's scope.
//
// Gecko: Debian's firefox-esr through puppeteer-core over WebDriver BiDi (nothing downloaded).
// WebKit: Debian's WebKitWebDriver (webkit2gtk-driver) driving MiniBrowser in Xvfb, over classic
// WebDriver with plain fetch calls. Both are started on free local ports/displays and stopped
// by close() (and on process exit, whatever happened before).
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { writeFile } from "node:fs/promises";

const children = new Set();
process.on("exit", () => children.forEach((c) => c.kill("SIGKILL")));
for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => process.exit(128 + (signal === "SIGINT" ? 2 : 15)));
const stop = async (child) => {
  if (!child || child.exitCode !== null || child.signalCode !== null) return children.delete(child);
  const gone = new Promise((ok) => child.once("exit", ok));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 3000);
  await gone;
  clearTimeout(timer);
  children.delete(child);
};

// ── Gecko ────────────────────────────────────────────────────────────────────────────────────

/** Firefox ESR, headless, a fresh private browsing context per page. */
export async function firefox() {
  const { default: puppeteer } = await import("puppeteer-core");
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: process.env.FIREFOX ?? "/usr/bin/firefox-esr",
    headless: true,
    protocol: "webDriverBiDi",
  });
  const version = (await browser.version()).replace(/^firefox\//i, "Firefox ");
  return {
    name: "firefox",
    version,
    async page(base) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      const problems = [];
      const settle = () => page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
      page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
      page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
      page.on("requestfailed", (r) => problems.push(`failed: ${r.url()}`));
      page.on("response", (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
      return {
        goto: (path) => page.goto(/^https?:/.test(path) ? path : base + path, { waitUntil: "load" }),
        evaluate: (fn, ...args) => page.evaluate(fn, ...args),
        async click(fn, ...args) {
          const handle = await page.evaluateHandle(fn, ...args);
          const el = handle.asElement();
          if (!el) throw new Error(`click: no element from ${fn}`);
          await el.click();
          await handle.dispose();
          await settle();
        },
        press: async (key) => (await page.keyboard.press(key), settle()),
        type: async (text) => (await page.keyboard.type(text), settle()),
        async setViewport({ width, height }) {
          await page.setViewport({ width, height });
          return page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
        },
        screenshot: (path) => page.screenshot({ path }),
        problems: () => [...problems],
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}

// ── WebKit ───────────────────────────────────────────────────────────────────────────────────

const MINIBROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
const KEYS = { Escape: "\uE00C", Enter: "\uE007", Tab: "\uE004", ArrowLeft: "\uE012", ArrowRight: "\uE014", Home: "\uE011", End: "\uE010" };

const freePort = () =>
  new Promise((ok, fail) => {
    const s = createServer().once("error", fail);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });

/** Xvfb on the first free display (it picks one itself and writes its number to fd 3). */
async function startXvfb() {
  const x = spawn("Xvfb", ["-displayfd", "3", "-screen", "0", "1600x1200x24", "-nolisten", "tcp"], { stdio: ["ignore", "ignore", "pipe", "pipe"] });
  children.add(x);
  let err = "";
  x.stderr.on("data", (d) => (err += d));
  const display = await new Promise((ok, fail) => {
    let out = "";
    x.stdio[3].on("data", (d) => {
      out += d;
      if (out.includes("\n")) ok(`:${out.trim()}`);
    });
    x.once("exit", (code) => fail(new Error(`Xvfb exited (${code}): ${err}`)));
  });
  return { x, display };
}

/** WebKitGTK's MiniBrowser under WebKitWebDriver, in its own Xvfb. One WebDriver session is
 *  shared by the pages (one after the other): each page starts with a fresh navigation. */
export async function webkit() {
  const { x, display } = await startXvfb();
  const port = await freePort();
  const wd = spawn(process.env.WEBKIT_WEBDRIVER ?? "WebKitWebDriver", [`--port=${port}`, "--host=127.0.0.1"], {
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, DISPLAY: display },
  });
  children.add(wd);
  let wdLog = "";
  wd.stderr.on("data", (d) => (wdLog = (wdLog + d).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  let base; // the test server, set by page()
  const call = async (method, path, body) => {
    const res = await fetch(url + path, {
      method,
      headers: body ? { "content-type": "application/json" } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = await res.json();
    if (!res.ok) throw new Error(`WebDriver ${method} ${path}: ${json.value?.error}: ${json.value?.message}`);
    return json.value;
  };
  try {
    for (let i = 0; ; i++) {
      try {
        if ((await call("GET", "/status")).ready) break;
      } catch (e) {
        if (i > 100 || wd.exitCode !== null) throw new Error(`WebKitWebDriver did not start: ${e.message} ${wdLog}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    const session = await call("POST", "/session", {
      capabilities: { alwaysMatch: { "webkitgtk:browserOptions": { binary: process.env.MINIBROWSER ?? MINIBROWSER, args: ["--automation"] } } },
    });
    const s = `/session/${session.sessionId}`;
    const version = `WebKitGTK ${session.capabilities.browserVersion}`;
    const run = async (fn, args = []) => {
      // execute/async, so a function returning a promise is awaited the same way in both engines.
      const script = `const done = arguments[arguments.length - 1];
        const args = Array.prototype.slice.call(arguments, 0, -1);
        Promise.resolve().then(() => (${fn}).apply(null, args))
          .then((v) => done({ ok: v === undefined ? null : v }), (e) => done({ error: String((e && e.stack) || e) }));`;
      const r = await call("POST", `${s}/execute/async`, { script, args });
      if (r.error) throw new Error(`in the page: ${r.error}`);
      return r.ok;
    };
    const settle = () => run(() => new Promise((r) => setTimeout(r, 0)));
    const actions = (list) => call("POST", `${s}/actions`, { actions: list });
    const keys = (values) =>
      actions([{ type: "key", id: "keyboard", actions: values.flatMap((v) => [{ type: "keyDown", value: v }, { type: "keyUp", value: v }]) }]);
    const page = {
      goto: (path) => call("POST", `${s}/url`, { url: /^https?:/.test(path) ? path : base + path }),
      evaluate: (fn, ...args) => run(fn, args),
      // A WebDriver element click checks that the element is the one at its centre, which a
      // shadow root's element never is (the page sees its host): click where it is instead.
      async click(fn, ...args) {
        const at = await run(
          `(...args) => { const el = (${fn})(...args); if (!el) return null; el.scrollIntoView({ block: "center" });
            const r = el.getBoundingClientRect(); return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) }; }`,
          args,
        );
        if (!at) throw new Error(`click: no element from ${fn}`);
        await actions([{ type: "pointer", id: "mouse", parameters: { pointerType: "mouse" }, actions: [
          { type: "pointerMove", origin: "viewport", x: at.x, y: at.y },
          { type: "pointerDown", button: 0 },
          { type: "pointerUp", button: 0 },
        ] }]);
        await settle();
      },
      press: async (key) => (await keys([KEYS[key] ?? key]), settle()),
      type: async (text) => (await keys([...text]), settle()),
      async setViewport({ width, height }) {
        const inner = () => run(() => ({ width: innerWidth, height: innerHeight, outerWidth, outerHeight }));
        let now = await inner();
        for (let i = 0; i < 2 && (now.width !== width || now.height !== height); i++) {
          await call("POST", `${s}/window/rect`, { width: width + (now.outerWidth - now.width), height: height + (now.outerHeight - now.height) });
          const next = await inner();
          if (next.width === now.width && next.height === now.height) break;
          now = next;
        }
        return { width: now.width, height: now.height };
      },
      // (Not the element screenshot endpoint: WebKitGTK 2.50 leaves the top of an iframe's picture black.)
      screenshot: async (path) => writeFile(path, Buffer.from(await call("GET", `${s}/screenshot`), "base64")),
      problems: () => null,
      close: async () => {},
    };
    return {
      name: "webkit",
      version,
      page: async (b) => ((base = b), page),
      async close() {
        await call("DELETE", s).catch(() => {});
        await stop(wd);
        await stop(x);
      },
    };
  } catch (e) {
    await stop(wd);
    await stop(x);
    throw e;
  }
}
