// The one measure every size figure uses: raw, gzip -9 and brotli q11 bytes of a buffer.
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

export const measure = (b) => ({
  raw: b.length,
  gzip: gzipSync(b, { level: 9 }).length,
  brotli: brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
