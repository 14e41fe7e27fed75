// Shortens the names the wasm and its wasm-bindgen glue share: every import the glue gives
// the wasm (`__wbg_appendChild_dbf7ad2f48413560` → `a`) and wasm-bindgen's internal exports
// (`__wbindgen_malloc`, closure shims with a hash), which the glue only reads as properties
// (`wasm.__wbindgen_malloc`). The app's own exports (`mount`, …) and `memory` keep their names. Those names are ~10 KB of mostly random hex, written twice, that no
// compressor can shrink; nothing else reads them. Each name is renamed in the wasm's import
// or export section and at its exact uses in the glue; any surprise (a name used an
// unexpected number of times) stops the build instead of guessing. Also drops the two custom
// sections no browser reads (producers, target_features).

const leb = (b, i) => {
  let r = 0, s = 0, x;
  do { x = b[i++]; r += (x & 0x7f) * 2 ** s; s += 7; } while (x & 0x80);
  return [r, i];
};
const enc = (n) => {
  const out = [];
  do { let x = n & 0x7f; n = Math.floor(n / 128); if (n) x |= 0x80; out.push(x); } while (n);
  return Buffer.from(out);
};
const str = (s) => { const b = Buffer.from(s, "utf8"); return Buffer.concat([enc(b.length), b]); };
const readStr = (b, i) => { const [n, j] = leb(b, i); return [b.subarray(j, j + n).toString("utf8"), j + n]; };

// Length of an import descriptor starting at `i` (kind byte included).
function descEnd(b, i) {
  const kind = b[i++];
  const limits = (j) => { const flags = b[j++]; [, j] = leb(b, j); if (flags & 1) [, j] = leb(b, j); return j; };
  if (kind === 0) return leb(b, i)[1]; // function: type index
  if (kind === 1) return limits(i + 1); // table: reftype, limits
  if (kind === 2) return limits(i); // memory: limits
  if (kind === 3) return i + 2; // global: valtype, mutability
  if (kind === 4) return leb(b, i + 1)[1]; // tag: attribute, type index
  throw new Error(`shorten: unknown import kind ${kind}`);
}

// Short, valid JS identifiers: a … z, A … Z, then two letters.
const ALPHA = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const shortName = (n) => (n < ALPHA.length ? ALPHA[n] : ALPHA[Math.floor(n / ALPHA.length) - 1] + ALPHA[n % ALPHA.length]);

const uses = (text, name) => text.match(new RegExp(`(?<![\\w$])${name.replace(/\$/g, "\\$")}(?![\\w$])`, "g"))?.length ?? 0;
const rename = (text, from, to) => text.replace(new RegExp(`(?<![\\w$])${from.replace(/\$/g, "\\$")}(?![\\w$])`, "g"), to);

/** Returns the wasm and glue with shared names shortened, and how many were. */
export function shorten(wasm, glue) {
  const sections = [];
  for (let i = 8; i < wasm.length; ) {
    const id = wasm[i];
    const [size, start] = leb(wasm, i + 1);
    sections.push({ id, body: wasm.subarray(start, start + size) });
    i = start + size;
  }
  let count = 0;
  for (const s of sections) {
    if (s.id === 2) {
      // Imports: (module, name, descriptor)*. Only the glue's own module is renamed.
      const b = s.body;
      let [n, i] = leb(b, 0);
      // Short names in the glue's order (alphabetical), so both files read a, b, c, …
      const names = [];
      for (let k = 0, j = i; k < n; k++) {
        let module, name;
        [module, j] = readStr(b, j);
        [name, j] = readStr(b, j);
        j = descEnd(b, j);
        if (module.endsWith("_bg.js")) names.push(name);
      }
      names.sort();
      const parts = [enc(n)];
      let moduleRenamed = false;
      for (let k = 0; k < n; k++) {
        let module, name;
        [module, i] = readStr(b, i);
        [name, i] = readStr(b, i);
        const end = descEnd(b, i);
        if (module.endsWith("_bg.js")) {
          // The module name is written once per import: one letter, in the glue too. Renamed
          // once, at its first import; a glue that already says "w" cannot take the name.
          if (!moduleRenamed) {
            if (glue.includes('"w"')) throw new Error('shorten: the glue already contains "w"; the import module cannot be renamed to it');
            if (glue.split(`"${module}"`).length !== 2) throw new Error(`shorten: module ${module} is not one key in the glue`);
            glue = glue.replace(`"${module}"`, '"w"');
            moduleRenamed = true;
          }
          module = "w";
          const to = shortName(names.indexOf(name));
          count++;
          if (uses(glue, name) !== 1 || !new RegExp(`(?<![\\w$])${name}:`).test(glue)) {
            throw new Error(`shorten: import ${name} is not exactly one key in the glue`);
          }
          glue = rename(glue, name, to);
          name = to;
        }
        parts.push(str(module), str(name), b.subarray(i, end));
        i = end;
      }
      s.body = Buffer.concat(parts);
    }
    if (s.id === 7) {
      // Exports: (name, kind, index)*. Renamed: the ones with a hash (closure shims).
      const b = s.body;
      let [n, i] = leb(b, 0);
      const parts = [enc(n)];
      for (let k = 0; k < n; k++) {
        let name;
        [name, i] = readStr(b, i);
        const end = leb(b, i + 1)[1];
        const hashed = /__h[0-9a-f]{16}$/.test(name);
        if (hashed || /^(__wbindgen_|__externref_|__wbg_)/.test(name)) {
          const to = `x${shortName(count++)}`;
          const all = uses(glue, name);
          const asProperty = glue.match(new RegExp(`\\.${name}(?![\\w$])`, "g"))?.length ?? 0;
          // Closure shims also have a same-named local wrapper in the glue: renamed with them.
          const ok = all >= 1 && (hashed ? !new RegExp(`export[^;]*\\b${name}\\b`).test(glue) : asProperty === all);
          if (!ok) throw new Error(`shorten: export ${name} is used in the glue in a way not renamed safely`);
          glue = rename(glue, name, to);
          name = to;
        }
        parts.push(str(name), b.subarray(i, end));
        i = end;
      }
      s.body = Buffer.concat(parts);
    }
  }
  // Custom sections no browser reads: which tools made the file, which features it uses.
  const unread = (s) => s.id === 0 && ["producers", "target_features"].includes(readStr(s.body, 0)[0]);
  const out = [wasm.subarray(0, 8)];
  for (const s of sections.filter((s) => !unread(s))) out.push(Buffer.from([s.id]), enc(s.body.length), s.body);
  return { wasm: Buffer.concat(out), glue, count };
}
