// shuka loader: the one script a page includes. Finds every [data-shuka] element (also ones
// added later), mounts a widget into each when it comes near the viewport, unmounts it when
// it leaves the page. Assets resolve against this file's own URL, so dist/ can live anywhere.
const at = (f) => new URL(f, import.meta.url).href;
const GLUE = at("__GLUE__");
const WASM = at("__WASM__");
const CSS = at("__CSS__");
const DATA = at("__DATA__");

let booted;
let glue;
let wasmExports;
let compiled;
let glueUrl = GLUE;

/** Fetches and compiles the wasm once per page, streaming, however many widgets there are;
 *  instantiates it with a glue instance (a fresh one after a fault). */
async function instantiate() {
  if (typeof WebAssembly !== "object") throw new Error("WebAssembly is not available");
  compiled ??= WebAssembly.compileStreaming(fetch(WASM));
  const [m, module] = await Promise.all([import(glueUrl), compiled]);
  wasmExports = await m.default({ module_or_path: module });
  glue = m;
}
const boot = () => {
  booted ??= instantiate();
  return booted;
};

const widgets = new Map(); // host -> Mounted

// A fault in one widget (a panic traps: the wasm is built with panic = "abort") leaves this
// wasm instance's scheduler stuck for every widget. The faulting widget already shows its
// error box (src/fault.rs); the others are mounted again in a fresh instance of the same
// compiled module (a second glue instance: the same file under another fragment). Their
// state comes back from the URL where it was kept there, else they start afresh.
let faults = 0;
function recover(error) {
  if (!(error instanceof WebAssembly.RuntimeError) || !glue) return;
  const hosts = [...widgets.keys()];
  widgets.clear();
  glue = booted = null;
  glueUrl = `${GLUE}#${++faults}`;
  for (const host of hosts) if (!host.shadowRoot?.querySelector(".shuka-fault")) start(host);
}
addEventListener("error", (e) => recover(e.error));
addEventListener("unhandledrejection", (e) => recover(e.reason));
const pending = new Set();

/** Whether the host's words are English (its data-lang, else the page's lang). */
const english = (host) => (host.dataset.lang ?? document.documentElement.lang ?? "").startsWith("en");

/** A prerendered view (`shuka render`) whose live widget cannot start keeps its figures, with
 *  a quiet note instead of an error box over them. False when there is no such view. */
function staticOnly(host) {
  const view = host.shadowRoot?.querySelector(".shuka-static");
  if (view && !view.querySelector(".shuka-static-note")) {
    const note = document.createElement("p");
    note.className = "shuka-static-note";
    note.textContent = english(host)
      ? "The interactive controls are unavailable; these are the figures as published."
      : "交互功能暂不可用，以上为发布时的数据。";
    view.append(note);
  }
  return !!view;
}

/** The live widget, rendered unseen under the prerendered view, has loaded (`ok`) or failed:
 *  in one task, it takes the view's place (the same markup, so the same size: nothing moves;
 *  a reader's selection moves with it), or the view stays with its note. */
function takeOver(host, ok) {
  const root = host.shadowRoot;
  const view = root?.querySelector(".shuka-static");
  const live = root?.querySelector(".shuka-pending");
  if (!view || !live) return;
  if (!ok) {
    live.remove();
    staticOnly(host);
    return;
  }
  const selection = selecting ? selected(root, view.querySelector("section")) : null;
  live.classList.remove("shuka-pending");
  live.removeAttribute("inert");
  live.removeAttribute("aria-hidden");
  view.remove();
  root.querySelector("slot.shuka-every")?.remove(); // the live widget prints its own figures
  if (selection) select(selection, live.querySelector("section"));
}

// Whether the reader may have selected text. Reading a selection makes the browser bring style
// and layout up to date at once; a takeover with no selection to keep leaves that to the frame.
let selecting = false;
document.addEventListener("selectionchange", () => (selecting = true));

/** A selection inside `section`, as character offsets into its text (the two views have the
 *  same text, though not always the same text nodes: the server merges neighbouring ones). */
function selected(root, section) {
  const s = root.getSelection?.() ?? getSelection();
  let ends;
  if (!root.getSelection && s?.getComposedRanges) {
    // An engine that shows a selection inside a shadow root as one around its host (WebKit)
    // gives its real ends here (in order, so a backward selection turns forward).
    let r;
    try {
      r = s.getComposedRanges({ shadowRoots: [root] })[0];
    } catch {
      r = s.getComposedRanges(root)[0]; // Safari 17's form
    }
    ends = r && !r.collapsed && [r.startContainer, r.startOffset, r.endContainer, r.endOffset];
  } else {
    ends = s?.rangeCount && !s.isCollapsed && [s.anchorNode, s.anchorOffset, s.focusNode, s.focusOffset];
  }
  if (!ends) selecting = false; // none now (a tap sets the flag too); a new one fires the event
  if (!section || !ends || !section.contains(ends[0]) || !section.contains(ends[2])) return null;
  const at = (node, offset) => {
    const r = document.createRange();
    r.selectNodeContents(section);
    r.setEnd(node, offset);
    return r.toString().length;
  };
  return { s, anchor: at(ends[0], ends[1]), focus: at(ends[2], ends[3]) };
}

/** Selects the same characters in `section`. */
function select({ s, anchor, focus }, section) {
  const find = (n) => {
    const walk = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
    for (let t = walk.nextNode(); t; t = walk.nextNode()) {
      if (n <= t.data.length) return [t, n];
      n -= t.data.length;
    }
    return null;
  };
  const [a, f] = [find(anchor), find(focus)];
  try {
    if (a && f) s.setBaseAndExtent(...a, ...f);
  } catch {
    // The figures are live; only the selection is lost.
  }
}

/** Shows why the widget could not start, in the host's shadow root; next to the host when
 *  the host cannot have one (attaching it may itself have been the failure). */
function fail(host, err) {
  if (!host.isConnected) return;
  console.error("shuka: the widget could not start:", err);
  if (staticOnly(host)) return;
  const en = english(host);
  const box = document.createElement("p");
  box.setAttribute("role", "alert");
  box.textContent = en ? "These figures cannot be shown in this browser." : "数据卡片无法在此浏览器中显示。";
  let root = host.shadowRoot;
  if (!root) {
    try {
      root = host.attachShadow({ mode: "open" });
    } catch {
      root = null;
    }
  }
  if (root) {
    root.replaceChildren(box);
  } else {
    box.className = "shuka-unsupported-host";
    host.after(box);
  }
}

// The data a host asks for, requested now so it downloads while the wasm does. The widget
// decides the source itself (same rules) and uses this request only if the URLs agree.
function prefetch(host) {
  const src = host.getAttribute("data-src")?.trim();
  // Inline data, or an empty data-src (an error the widget shows): the default is not needed.
  if (!src && (src === "" || host.querySelector("script"))) return [];
  const url = src ? new URL(src, document.baseURI).href : DATA;
  const request = fetch(url, { mode: "cors", credentials: "omit" });
  request.catch(() => {}); // the widget reports a failure; no unhandled rejection meanwhile
  return [url, request];
}

// One task for instantiating the wasm, another for each widget's first render: neither is
// a long task on a phone.
const nextTask = () => new Promise((ok) => setTimeout(ok, 0));
// Nothing is requested before the article's first contentful paint: its text never waits on
// the widget. A page with nothing to paint but widgets goes half a second after its load.
const painted = new Promise((ok) => {
  const go = () => setTimeout(ok, 0);
  try {
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName("first-contentful-paint").length) {
        observer.disconnect();
        go();
      }
    }).observe({ type: "paint", buffered: true });
  } catch {
    return requestAnimationFrame(go); // no paint timing: after the first frame
  }
  const late = () => setTimeout(go, 500);
  if (document.readyState === "complete") {
    late();
  } else {
    addEventListener("load", late, { once: true });
  }
});

// The host's shadow root with the widget's stylesheet, resolved once the sheet has loaded
// (or failed): the widget renders into it only then, so no reader sees it unstyled. A link the
// page's HTML brought (a prerendered view) has already loaded or failed: the parser waited.
const loading = new WeakSet(); // links that started loading after the page was parsed
function styled(host) {
  const root = host.shadowRoot ?? host.attachShadow({ mode: "open" });
  let link = root.querySelector("link");
  if (!link) {
    link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = CSS;
    loading.add(link);
    root.append(link);
  }
  if (link.sheet || !loading.has(link)) return null;
  return new Promise((ok) => {
    link.onload = ok;
    link.onerror = ok;
  });
}

function start(host) {
  if (widgets.has(host) || pending.has(host)) return;
  pending.add(host);
  let data;
  painted
    .then(() => {
      selecting ||= getSelection()?.type !== "None"; // made before this script ran (right after the first paint: little layout to bring up to date)
      data = prefetch(host);
      return Promise.all([boot(), styled(host)]);
    })
    .then(nextTask)
    .then(
      () => {
        pending.delete(host);
        if (!glue) return start(host); // a fault replaced the instance meanwhile
        if (host.isConnected && !widgets.has(host)) widgets.set(host, glue.mount(host, DATA, data[0], data[1], (ok) => takeOver(host, ok)));
      },
      (err) => {
        pending.delete(host);
        fail(host, err);
      },
    );
}

// Within about one viewport of being seen: start.
const near = new IntersectionObserver(
  (entries) => {
    for (const e of entries) {
      if (e.isIntersecting) {
        near.unobserve(e.target);
        start(e.target);
      }
    }
  },
  { rootMargin: "100% 0px" },
);

const hosts = (node) =>
  node.nodeType !== 1 ? [] : [...(node.matches("[data-shuka]") ? [node] : []), ...node.querySelectorAll("[data-shuka]")];

// A prerendered host (`shuka render`) in a browser without declarative shadow DOM (Safari
// before 16.4, Firefox before 123): its template becomes its shadow root here.
function declare(host) {
  const template = host.shadowRoot ? null : host.querySelector(":scope > template[shadowrootmode]");
  if (!template) return;
  try {
    host.attachShadow({ mode: "open" }).append(template.content);
    template.remove();
    const link = host.shadowRoot.querySelector("link");
    if (link) loading.add(link); // it loads from now on
  } catch {
    // The light DOM's list of every figure stays visible.
  }
}

function add(host) {
  declare(host);
  if (!widgets.has(host)) near.observe(host);
}
function remove(host) {
  near.unobserve(host);
  widgets.get(host)?.unmount();
  widgets.delete(host);
}

new MutationObserver((records) => {
  for (const r of records) {
    for (const n of r.removedNodes) for (const h of hosts(n)) if (!h.isConnected) remove(h);
    for (const n of r.addedNodes) for (const h of hosts(n)) if (h.isConnected) add(h);
  }
}).observe(document.documentElement, { childList: true, subtree: true });

// For pages that drive widgets themselves (and the benchmark): the module's exports, no globals.
export { start as mount, remove as unmount };
/** Resolves when the wasm is compiled and instantiated, with its exports (e.g. `memory`). */
export const ready = () => boot().then(() => wasmExports);

const initial = document.querySelectorAll("[data-shuka]");
// Start the download right after the article's first paint; mounting waits for the viewport.
if (initial.length) painted.then(() => boot().catch(() => {}));
initial.forEach(add);
