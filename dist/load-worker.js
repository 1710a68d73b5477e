import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url); const __dirname = import.meta.dirname;

// src/data/load-worker.ts
import { parentPort, workerData } from "node:worker_threads";

// src/errors.ts
var InputError = class extends Error {
  /** Where the problem is, for people: `data/current.csv row 12 column "age"`, `config key tests.drift`. */
  where;
  constructor(message, where) {
    super(where ? `${where}: ${message}` : message);
    this.name = "InputError";
    this.where = where;
  }
};
function csvPosition(file, line, column) {
  let s = file;
  if (line !== void 0) s += ` row ${line}`;
  if (column !== void 0) s += ` column ${JSON.stringify(column)}`;
  return s;
}

// src/data/parse-file.ts
import { closeSync as closeSync3 } from "node:fs";

// src/data/encoding.ts
import { readSync } from "node:fs";
import { isUtf8 } from "node:buffer";
import { Transform } from "node:stream";

// src/safe-text.ts
var UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
var UNSAFE_TEST = new RegExp(UNSAFE.source);
var SHORT = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
function escapeOne(c) {
  const short = SHORT[c];
  if (short !== void 0) return short;
  const code = c.charCodeAt(0);
  return code < 256 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}
function escapeControls(text) {
  return UNSAFE_TEST.test(text) ? text.replace(UNSAFE, escapeOne) : text;
}
function escapeBytes(bytes) {
  let s = "";
  for (const b of bytes) s += b >= 32 && b < 127 && b !== 92 ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, "0")}`;
  return s;
}

// src/data/encoding.ts
var SNIFF_BYTES = 4096;
var ascii = (s) => Array.from(s, (c) => c.charCodeAt(0));
var SIGNATURES = [
  { magic: [255, 254, 0, 0], what: "UTF-32 LE text (it starts with the byte-order mark FF FE 00 00)", fix: "re-encode it to UTF-8, e.g. iconv -f UTF-32 -t UTF-8" },
  { magic: [0, 0, 254, 255], what: "UTF-32 BE text (it starts with the byte-order mark 00 00 FE FF)", fix: "re-encode it to UTF-8, e.g. iconv -f UTF-32 -t UTF-8" },
  { magic: [255, 254], what: "UTF-16 LE text (it starts with the byte-order mark FF FE)", fix: "re-encode it to UTF-8, e.g. iconv -f UTF-16 -t UTF-8" },
  { magic: [254, 255], what: "UTF-16 BE text (it starts with the byte-order mark FE FF)", fix: "re-encode it to UTF-8, e.g. iconv -f UTF-16 -t UTF-8" },
  { magic: [31, 139], what: "a gzip file", fix: "decompress it first" },
  { magic: [80, 75, 3, 4], what: "a zip file (an Excel .xlsx workbook is one)", fix: "unzip it or export the sheet as CSV first" },
  { magic: [80, 75, 5, 6], what: "a zip file (empty)", fix: "unzip it first" },
  { magic: ascii("PAR1"), what: "a Parquet file", fix: "convert it to CSV first" },
  { magic: ascii("ARROW1"), what: "an Arrow / Feather file", fix: "convert it to CSV first" },
  { magic: [66, 90, 104], what: "a bzip2 file", fix: "decompress it first" },
  { magic: [253, 55, 122, 88, 90, 0], what: "an xz file", fix: "decompress it first" },
  { magic: [40, 181, 47, 253], what: "a zstd file", fix: "decompress it first" },
  { magic: [208, 207, 17, 224, 161, 177, 26, 225], what: "an old Excel .xls (OLE2) file", fix: "export the sheet as CSV first" },
  { magic: ascii("SQLite format 3\0"), what: "a SQLite database", fix: "export the table as CSV first" }
];
function startsWith(head, magic) {
  if (head.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (head[i] !== magic[i]) return false;
  return true;
}
function recognise(head) {
  for (const s of SIGNATURES) if (startsWith(head, s.magic)) return { what: s.what, fix: s.fix };
  let nul = 0;
  let nulOdd = 0;
  for (let i = 0; i < head.length; i++) {
    if (head[i] === 0) {
      nul++;
      nulOdd += i & 1;
    }
  }
  if (nul === 0) return null;
  const pairs = head.length >> 1;
  if (nul >= pairs * 0.9 && nul <= pairs) {
    const order = nulOdd > nul / 2 ? "LE" : "BE";
    return { what: `UTF-16 ${order} text without a byte-order mark (every other byte is 00)`, fix: `re-encode it, e.g. iconv -f UTF-16${order} -t UTF-8` };
  }
  return { what: `a binary file, not text (it holds NUL bytes, the first at byte ${head.indexOf(0)})`, fix: "" };
}
function sniff(head) {
  const r = recognise(head);
  return r === null ? null : `looks like ${r.what}: model-gate reads plain UTF-8 CSV${r.fix ? `, ${r.fix}` : ""}`;
}
function readHead(fd, bytes = SNIFF_BYTES) {
  const buf = Buffer.allocUnsafe(bytes);
  let n = 0;
  while (n < bytes) {
    const got = readSync(fd, buf, n, bytes - n, n);
    if (got === 0) break;
    n += got;
  }
  return buf.subarray(0, n);
}
function sequenceLength(lead) {
  if (lead < 128) return 1;
  if (lead < 194) return 0;
  if (lead < 224) return 2;
  if (lead < 240) return 3;
  if (lead < 245) return 4;
  return 0;
}
function firstInvalidUtf8(buf, start, end) {
  let i = start;
  while (i < end) {
    const c = buf[i];
    if (c < 128) {
      i++;
      continue;
    }
    const n = sequenceLength(c);
    if (n === 0 || i + n > end) return i;
    const c1 = buf[i + 1];
    const lo = c === 224 ? 160 : c === 240 ? 144 : 128;
    const hi = c === 237 ? 159 : c === 244 ? 143 : 191;
    if (c1 < lo || c1 > hi) return i;
    for (let k = 2; k < n; k++) if ((buf[i + k] & 192) !== 128) return i;
    i += n;
  }
  return -1;
}
function completeEnd(buf) {
  for (let back = 1; back <= 3 && back <= buf.length; back++) {
    const c = buf[buf.length - back];
    if ((c & 192) === 128) continue;
    const n = sequenceLength(c);
    return n > back ? buf.length - back : buf.length;
  }
  return buf.length;
}
var Utf8Error = class extends Error {
  constructor(offset, names) {
    super(`invalid UTF-8 at byte ${offset}`);
    this.offset = offset;
    this.names = names;
  }
  offset;
  names;
};
function checkUtf8(buf, start, end, base, names) {
  if (isUtf8(buf.subarray(start, end))) return;
  const at = firstInvalidUtf8(buf, start, end);
  throw new Utf8Error(base + (at < 0 ? start : at), names);
}
var Utf8Guard = class extends Transform {
  constructor(names) {
    super();
    this.names = names;
  }
  names;
  carry = null;
  offset = 0;
  _transform(chunk, _enc, done) {
    const data = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    const cut = completeEnd(data);
    try {
      checkUtf8(data, 0, cut, this.offset, this.names());
    } catch (e) {
      done(e);
      return;
    }
    this.offset += cut;
    this.carry = cut < data.length ? Buffer.from(data.subarray(cut)) : null;
    done(null, chunk);
  }
  _flush(done) {
    done(this.carry ? new Utf8Error(this.offset, this.names()) : null);
  }
};
var LF = 10;
var CR = 13;
var QUOTE = 34;
var COMMA = 44;
function headerNames(fd, start, end) {
  if (start < 0 || end <= start) return [];
  const bytes = Buffer.allocUnsafe(end - start);
  const n = readSync(fd, bytes, 0, bytes.length, start);
  const names = [];
  let cur = "";
  let quoted = false;
  const text = bytes.toString("utf8", 0, n).replace(/^\ufeff/, "");
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      if (quoted && text[i + 1] === '"') {
        cur += '"';
        i++;
      } else quoted = !quoted;
    } else if (c === "," && !quoted) {
      names.push(cur);
      cur = "";
    } else cur += c;
  }
  names.push(cur);
  return names;
}
function utf8Error(fd, display, offset, names) {
  const chunk = Buffer.allocUnsafe(1 << 20);
  let line = 1;
  let recordLine = 1;
  let record = -1;
  let field = 0;
  let fieldStart = 0;
  let quoted = false;
  let atLineStart = true;
  let prev = -1;
  let headerStart = -1;
  let headerEnd = -1;
  for (let pos = 0; pos < offset; ) {
    const n = readSync(fd, chunk, 0, Math.min(chunk.length, offset - pos), pos);
    if (n === 0) break;
    for (let i = 0; i < n; i++) {
      const c = chunk[i];
      const at = pos + i;
      if (c === LF || c === CR) {
        if (!(c === LF && prev === CR)) line++;
        if (!quoted && !atLineStart) {
          if (record === 0) headerEnd = at;
          atLineStart = true;
          field = 0;
          fieldStart = at + 1;
        }
      } else {
        if (atLineStart) {
          atLineStart = false;
          record++;
          recordLine = line;
          fieldStart = at;
          if (record === 0) headerStart = at;
        }
        if (c === QUOTE) quoted = !quoted;
        else if (c === COMMA && !quoted) {
          field++;
          fieldStart = at + 1;
        }
      }
      prev = c;
    }
    pos += n;
  }
  if (atLineStart) {
    record++;
    recordLine = line;
    fieldStart = offset;
  }
  const from = Math.max(fieldStart, offset - 24);
  const around = Buffer.allocUnsafe(offset - from + 16);
  const got = readSync(fd, around, 0, around.length, from);
  let end = offset - from + 1;
  for (let q = quoted; end < got; end++) {
    const c = around[end];
    if (c === QUOTE) q = !q;
    else if (!q && (c === COMMA || c === LF || c === CR)) break;
  }
  const shown = `${from > fieldStart ? "\u2026" : ""}"${escapeBytes(around.subarray(0, end))}"${end === got && got === around.length ? "\u2026" : ""}`;
  const byte = around[offset - from].toString(16).toUpperCase().padStart(2, "0");
  const where = record <= 0 ? `${csvPosition(display, recordLine)} (the header), column ${field + 1}` : csvPosition(display, recordLine, (names ?? headerNames(fd, headerStart, headerEnd))[field] ?? `#${field + 1}`);
  return new InputError(
    `${shown} is not valid UTF-8 (byte ${byte} at byte offset ${offset}): model-gate reads UTF-8 CSV; if the file is Latin-1 or Windows-1252, re-encode it, e.g. iconv -f WINDOWS-1252 -t UTF-8`,
    where
  );
}

// src/data/open-file.ts
import { closeSync as closeSync2, constants, fstatSync, openSync, realpathSync, statSync } from "node:fs";

// src/data/gunzip.ts
import { closeSync, createReadStream, createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
var GZIP_MAGIC = [31, 139];
function isGzip(head) {
  return head.length >= 2 && head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
}
function gzipError(err, display) {
  const e = err;
  if (e.code === "Z_BUF_ERROR" || /unexpected end of file/i.test(e.message ?? "")) {
    return new InputError("is gzip-compressed but the stream ends early: the file is truncated (download or copy it again)", display);
  }
  if (e.code === "Z_DATA_ERROR") return new InputError(`is gzip-compressed but the stream is corrupt (${e.message})`, display);
  if (e.code === "ENOSPC") return new InputError(`is gzip-compressed and there is no room to inflate it in ${tmpdir()} (set TMPDIR to a larger disk)`, display);
  return new InputError(`is gzip-compressed but could not be inflated (${e.code ?? e.message ?? String(err)})`, display);
}
async function inflateToTemp(fd, display) {
  let dir;
  try {
    dir = mkdtempSync(join(tmpdir(), "model-gate-gz-"));
  } catch (err) {
    closeSync(fd);
    throw gzipError(err, display);
  }
  const path = join(dir, "data.csv");
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    await pipeline(createReadStream("", { fd, start: 0, autoClose: true }), createGunzip(), createWriteStream(path));
  } catch (err) {
    remove();
    throw gzipError(err, display);
  }
  return { path, remove };
}

// src/data/open-file.ts
function fileKind(st) {
  if (st.isDirectory()) return "a directory";
  if (st.isFIFO()) return "a FIFO (named pipe)";
  if (st.isCharacterDevice()) return "a character device";
  if (st.isBlockDevice()) return "a block device";
  if (st.isSocket()) return "a socket";
  return "not a regular file";
}
var VIRTUAL_ROOTS = ["/proc", "/sys"];
function refuse(display, what) {
  return new InputError(`is ${what}, not a regular CSV file: model-gate reads only regular files`, display);
}
function openError(err, display) {
  const code = err.code;
  if (code === "ENOENT") return new InputError("file not found", display);
  if (code === "EACCES" || code === "EPERM") return new InputError("cannot be read: permission denied", display);
  return new InputError(`cannot be read (${code ?? String(err)})`, display);
}
function openRegular(path, errors, vet) {
  let st;
  try {
    st = statSync(path);
  } catch (err) {
    throw errors.io(err, "stat");
  }
  if (!st.isFile()) throw errors.notRegular(st);
  vet?.(st);
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    throw errors.io(err, "open");
  }
  try {
    const now = fstatSync(fd);
    if (!now.isFile()) throw errors.notRegular(now);
    return { fd, size: now.size };
  } catch (err) {
    closeSync2(fd);
    throw err;
  }
}
function openCsv(path, display) {
  let real;
  try {
    real = realpathSync.native(path);
  } catch (err) {
    throw openError(err, display);
  }
  const file = openRegular(path, { io: (err) => openError(err, display), notRegular: (st) => refuse(display, fileKind(st)) }, () => {
    if (VIRTUAL_ROOTS.some((r) => real === r || real.startsWith(`${r}/`))) {
      throw new InputError(`is under ${real.startsWith("/proc") ? "/proc" : "/sys"}, a virtual file system whose files change while they are read: copy it to a regular file first`, display);
    }
  });
  try {
    const head = readHead(file.fd);
    if (isGzip(head)) return { ...file, gzip: true };
    const problem = sniff(head);
    if (problem) throw new InputError(problem, display);
    return { ...file, gzip: false };
  } catch (err) {
    closeSync2(file.fd);
    throw err;
  }
}

// src/data/scan-csv-parse.ts
import { read } from "node:fs";
import { promisify } from "node:util";
import { Readable, pipeline as pipeline2 } from "node:stream";

// node_modules/csv-parse/lib/index.js
import { Transform as Transform2 } from "stream";

// node_modules/csv-parse/lib/utils/is_object.js
var is_object = function(obj) {
  return typeof obj === "object" && obj !== null && !Array.isArray(obj);
};

// node_modules/csv-parse/lib/api/CsvError.js
var CsvError = class _CsvError extends Error {
  constructor(code, message, options, ...contexts) {
    if (Array.isArray(message)) message = message.join(" ").trim();
    super(message);
    if (Error.captureStackTrace !== void 0) {
      Error.captureStackTrace(this, _CsvError);
    }
    this.code = code;
    for (const context of contexts) {
      for (const key in context) {
        const value = context[key];
        this[key] = Buffer.isBuffer(value) ? value.toString(options.encoding) : value == null ? value : JSON.parse(JSON.stringify(value));
      }
    }
  }
};

// node_modules/csv-parse/lib/api/normalize_columns_array.js
var normalize_columns_array = function(columns) {
  const normalizedColumns = [];
  for (let i = 0, l = columns.length; i < l; i++) {
    const column = columns[i];
    if (column === void 0 || column === null || column === false) {
      normalizedColumns[i] = { disabled: true };
    } else if (typeof column === "string" || typeof column === "number") {
      normalizedColumns[i] = { name: `${column}` };
    } else if (is_object(column)) {
      if (typeof column.name !== "string") {
        throw new CsvError("CSV_OPTION_COLUMNS_MISSING_NAME", [
          "Option columns missing name:",
          `property "name" is required at position ${i}`,
          "when column is an object literal"
        ]);
      }
      normalizedColumns[i] = column;
    } else {
      throw new CsvError("CSV_INVALID_COLUMN_DEFINITION", [
        "Invalid column definition:",
        "expect a string or a literal object,",
        `got ${JSON.stringify(column)} at position ${i}`
      ]);
    }
  }
  return normalizedColumns;
};

// node_modules/csv-parse/lib/utils/ResizeableBuffer.js
var ResizeableBuffer = class {
  constructor(size = 100) {
    this.size = size;
    this.length = 0;
    this.buf = Buffer.allocUnsafe(size);
  }
  prepend(val) {
    if (Buffer.isBuffer(val)) {
      const length = this.length + val.length;
      if (length >= this.size) {
        this.resize();
        if (length >= this.size) {
          throw Error("INVALID_BUFFER_STATE");
        }
      }
      const buf = this.buf;
      this.buf = Buffer.allocUnsafe(this.size);
      val.copy(this.buf, 0);
      buf.copy(this.buf, val.length);
      this.length += val.length;
    } else {
      const length = this.length++;
      if (length === this.size) {
        this.resize();
      }
      const buf = this.clone();
      this.buf[0] = val;
      buf.copy(this.buf, 1, 0, length);
    }
  }
  append(val) {
    const length = this.length++;
    if (length === this.size) {
      this.resize();
    }
    this.buf[length] = val;
  }
  clone() {
    return Buffer.from(this.buf.slice(0, this.length));
  }
  resize() {
    const length = this.length;
    this.size = this.size * 2;
    const buf = Buffer.allocUnsafe(this.size);
    this.buf.copy(buf, 0, 0, length);
    this.buf = buf;
  }
  toString(encoding) {
    if (encoding) {
      return this.buf.toString(encoding, 0, this.length);
    } else {
      return Uint8Array.prototype.slice.call(this.buf.slice(0, this.length));
    }
  }
  toJSON() {
    return this.toString("utf8");
  }
  reset() {
    this.length = 0;
  }
};
var ResizeableBuffer_default = ResizeableBuffer;

// node_modules/csv-parse/lib/api/init_state.js
var init_state = function(options) {
  const timchars = [
    // Basic Latin
    32,
    // [Space](https://www.fileformat.info/info/unicode/char/0020/index.htm)
    9,
    // [CHARACTER TABULATION (HT)](https://www.fileformat.info/info/unicode/char/0009/index.htm)
    10,
    // [LINE FEED (LF)](https://www.fileformat.info/info/unicode/char/000a/index.htm)
    13,
    // [CARRIAGE RETURN (CR)](https://www.fileformat.info/info/unicode/char/000d/index.htm)
    12,
    // [FORM FEED (FF)](https://www.fileformat.info/info/unicode/char/000c/index.htm)
    11,
    // [LINE TABULATION (VT)](https://www.fileformat.info/info/unicode/char/000b/index.htm)
    // Latin-1 Supplement
    160,
    // [NO-BREAK SPACE (NBSP)](https://www.fileformat.info/info/unicode/char/00a0/index.htm)
    // Ogham
    5760,
    // [OGHAM SPACE MARK](https://www.fileformat.info/info/unicode/char/1680/index.htm)
    // General Punctuation
    8192,
    // [EN QUAD](https://www.fileformat.info/info/unicode/char/2000/index.htm)
    8193,
    // [EM QUAD](https://www.fileformat.info/info/unicode/char/2001/index.htm)
    8194,
    // [EN SPACE](https://www.fileformat.info/info/unicode/char/2002/index.htm)
    8195,
    // [EM SPACE](https://www.fileformat.info/info/unicode/char/2003/index.htm)
    8196,
    // [THREE-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2004/index.htm)
    8197,
    // [FOUR-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2005/index.htm)
    8198,
    // [SIX-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2006/index.htm)
    8199,
    // [FIGURE SPACE](https://www.fileformat.info/info/unicode/char/2007/index.htm)
    8200,
    // [PUNCTUATION SPACE](https://www.fileformat.info/info/unicode/char/2008/index.htm)
    8201,
    // [THIN SPACE](https://www.fileformat.info/info/unicode/char/2009/index.htm)
    8202,
    // [HAIR SPACE](https://www.fileformat.info/info/unicode/char/200a/index.htm)
    8232,
    // [LINE SEPARATOR](https://www.fileformat.info/info/unicode/char/2028/index.htm)
    8233,
    // [PARAGRAPH SEPARATOR](https://www.fileformat.info/info/unicode/char/2029/index.htm)
    8239,
    // [NARROW NO-BREAK SPACE (NNBSP)](https://www.fileformat.info/info/unicode/char/202f/index.htm)
    8287,
    // [MEDIUM MATHEMATICAL SPACE (MMSP)](https://www.fileformat.info/info/unicode/char/205f/index.htm)
    12288,
    // [IDEOGRAPHIC SPACE](https://www.fileformat.info/info/unicode/char/3000/index.htm)
    65279
    // [ZERO WIDTH NO-BREAK SPACE (BOM)](https://www.fileformat.info/info/unicode/char/feff/index.htm)
  ].reduce((acc, codepoint) => {
    const encoded = Buffer.from(
      String.fromCharCode(codepoint),
      options.encoding
    );
    if (codepoint !== 63 && encoded.length === 1 && encoded[0] === 63) {
      return acc;
    }
    acc.push(encoded);
    return acc;
  }, []);
  const timcharFirstBytes = new Uint8Array(256);
  for (const t of timchars) timcharFirstBytes[t[0]] = 1;
  return {
    bomSkipped: false,
    bufBytesStart: 0,
    castField: options.cast_function,
    commenting: false,
    delimiterBufPrevious: void 0,
    delimiterDiscovered: false,
    // Current error encountered by a record
    error: void 0,
    enabled: options.from_line === 1,
    escaping: false,
    escapeIsQuote: Buffer.isBuffer(options.escape) && Buffer.isBuffer(options.quote) && Buffer.compare(options.escape, options.quote) === 0,
    // columns can be `false`, `true`, `Array`
    expectedRecordLength: Array.isArray(options.columns) ? options.columns.length : void 0,
    field: new ResizeableBuffer_default(20),
    firstLineToHeaders: options.cast_first_line_to_header,
    needMoreDataSize: Math.max(
      // Skip if the remaining buffer smaller than comment
      options.comment !== null ? options.comment.length : 0,
      ...options.delimiter ? options.delimiter.map((delimiter) => delimiter.length) : [],
      // Auto discovery of delimiter is limited to 1 character
      options.delimiter_auto ? 1 : 0,
      // Skip if the remaining buffer can be escape sequence
      options.quote !== null ? options.quote.length : 0,
      ...timchars.map((t) => t.length)
    ),
    previousBuf: void 0,
    quoting: false,
    stop: false,
    rawBuffer: new ResizeableBuffer_default(100),
    record: [],
    recordHasError: false,
    record_length: 0,
    recordDelimiterMaxLength: options.record_delimiter.length === 0 ? 0 : Math.max(...options.record_delimiter.map((v) => v.length)),
    trimChars: [
      Buffer.from(" ", options.encoding)[0],
      Buffer.from("	", options.encoding)[0]
    ],
    wasQuoting: false,
    wasRowDelimiter: false,
    timchars,
    timcharFirstBytes
  };
};

// node_modules/csv-parse/lib/utils/underscore.js
var underscore = function(str) {
  return str.replace(/([A-Z])/g, function(_, match) {
    return "_" + match.toLowerCase();
  });
};

// node_modules/csv-parse/lib/api/normalize_options.js
var normalize_options = function(opts) {
  const options = {};
  for (const opt in opts) {
    options[underscore(opt)] = opts[opt];
  }
  if (options.encoding === void 0 || options.encoding === true) {
    options.encoding = "utf8";
  } else if (options.encoding === null || options.encoding === false) {
    options.encoding = null;
  } else if (typeof options.encoding !== "string" && options.encoding !== null) {
    throw new CsvError(
      "CSV_INVALID_OPTION_ENCODING",
      [
        "Invalid option encoding:",
        "encoding must be a string or null to return a buffer,",
        `got ${JSON.stringify(options.encoding)}`
      ],
      options
    );
  }
  if (options.bom === void 0 || options.bom === null || options.bom === false) {
    options.bom = false;
  } else if (options.bom !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_BOM",
      [
        "Invalid option bom:",
        "bom must be true,",
        `got ${JSON.stringify(options.bom)}`
      ],
      options
    );
  }
  options.cast_function = null;
  if (options.cast === void 0 || options.cast === null || options.cast === false || options.cast === "") {
    options.cast = void 0;
  } else if (typeof options.cast === "function") {
    options.cast_function = options.cast;
    options.cast = true;
  } else if (options.cast !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST",
      [
        "Invalid option cast:",
        "cast must be true or a function,",
        `got ${JSON.stringify(options.cast)}`
      ],
      options
    );
  }
  if (options.cast_date === void 0 || options.cast_date === null || options.cast_date === false || options.cast_date === "") {
    options.cast_date = false;
  } else if (options.cast_date === true) {
    options.cast_date = function(value) {
      const date = Date.parse(value);
      return !isNaN(date) ? new Date(date) : value;
    };
  } else if (typeof options.cast_date !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST_DATE",
      [
        "Invalid option cast_date:",
        "cast_date must be true or a function,",
        `got ${JSON.stringify(options.cast_date)}`
      ],
      options
    );
  }
  options.cast_first_line_to_header = void 0;
  if (options.columns === true) {
    options.cast_first_line_to_header = void 0;
  } else if (typeof options.columns === "function") {
    options.cast_first_line_to_header = options.columns;
    options.columns = true;
  } else if (Array.isArray(options.columns)) {
    options.columns = normalize_columns_array(options.columns);
  } else if (options.columns === void 0 || options.columns === null || options.columns === false) {
    options.columns = false;
  } else {
    throw new CsvError(
      "CSV_INVALID_OPTION_COLUMNS",
      [
        "Invalid option columns:",
        "expect an array, a function or true,",
        `got ${JSON.stringify(options.columns)}`
      ],
      options
    );
  }
  if (options.group_columns_by_name === void 0 || options.group_columns_by_name === null || options.group_columns_by_name === false) {
    options.group_columns_by_name = false;
  } else if (options.group_columns_by_name !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "expect an boolean,",
        `got ${JSON.stringify(options.group_columns_by_name)}`
      ],
      options
    );
  } else if (options.columns === false) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "the `columns` mode must be activated."
      ],
      options
    );
  }
  if (options.comment === void 0 || options.comment === null || options.comment === false || options.comment === "") {
    options.comment = null;
  } else {
    if (typeof options.comment === "string") {
      options.comment = Buffer.from(options.comment, options.encoding);
    }
    if (!Buffer.isBuffer(options.comment)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_COMMENT",
        [
          "Invalid option comment:",
          "comment must be a buffer or a string,",
          `got ${JSON.stringify(options.comment)}`
        ],
        options
      );
    }
  }
  if (options.comment_no_infix === void 0 || options.comment_no_infix === null || options.comment_no_infix === false) {
    options.comment_no_infix = false;
  } else if (options.comment_no_infix !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_COMMENT",
      [
        "Invalid option comment_no_infix:",
        "value must be a boolean,",
        `got ${JSON.stringify(options.comment_no_infix)}`
      ],
      options
    );
  }
  if (options.delimiter_auto === void 0 || options.delimiter_auto === null || options.delimiter_auto === false) {
    options.delimiter_auto = false;
  } else if (options.delimiter_auto === true) {
    options.delimiter_auto = {};
  } else if (!is_object(options.delimiter_auto)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_DELIMITER_AUTO",
      [
        "Invalid option delimiter_auto:",
        "delimiter_auto must be a boolean or a configuration object,",
        `got ${JSON.stringify(options.delimiter_auto)}`
      ],
      options
    );
  }
  if (options.delimiter_auto) {
    if (options.delimiter_auto.preferred === void 0)
      options.delimiter_auto.preferred = {
        [",".charCodeAt(0)]: 1.8,
        ["	".charCodeAt(0)]: 1.8,
        [";".charCodeAt(0)]: 1.6,
        [" ".charCodeAt(0)]: 1.6,
        [":".charCodeAt(0)]: 1.5,
        [".".charCodeAt(0)]: 1.4,
        ["/".charCodeAt(0)]: 1.4
      };
    else if (!is_object(options.delimiter_auto.preferred)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "preferred must be an object,",
          `got ${JSON.stringify(options.delimiter_auto.preferred)}`
        ],
        options
      );
    }
    if (options.delimiter_auto.score === void 0)
      options.delimiter_auto.score = (info, options2) => {
        return (info.total - info.std) * (options2.preferred[info.char_code] || 1);
      };
    else if (typeof options.delimiter_auto.score !== "function") {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "score must be a function,",
          `got ${JSON.stringify(options.delimiter_auto.score)}`
        ],
        options
      );
    }
    if (options.delimiter_auto.size === void 0)
      options.delimiter_auto.size = 2048;
    else if (typeof options.delimiter_auto.size !== "number") {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "size must be a number,",
          `got ${JSON.stringify(options.delimiter_auto.size)}`
        ],
        options
      );
    }
  }
  const delimiter_json = JSON.stringify(options.delimiter);
  if (options.delimiter_auto !== false) {
    options.delimiter = [];
  }
  if (!Array.isArray(options.delimiter)) {
    if (options.delimiter === void 0 || options.delimiter === null || options.delimiter === false) {
      options.delimiter = Buffer.from(",", options.encoding);
    }
    options.delimiter = [options.delimiter];
  }
  options.delimiter = options.delimiter.map(function(delimiter) {
    if (typeof delimiter === "string") {
      delimiter = Buffer.from(delimiter, options.encoding);
    }
    if (!Buffer.isBuffer(delimiter) || delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER",
        [
          "Invalid option delimiter:",
          "delimiter must be a non empty string or buffer or array of string|buffer,",
          `got ${delimiter_json}`
        ],
        options
      );
    }
    return delimiter;
  });
  if (options.escape === void 0 || options.escape === true) {
    options.escape = Buffer.from('"', options.encoding);
  } else if (typeof options.escape === "string") {
    options.escape = Buffer.from(options.escape, options.encoding);
  } else if (options.escape === null || options.escape === false) {
    options.escape = null;
  }
  if (options.escape !== null) {
    if (!Buffer.isBuffer(options.escape)) {
      throw new Error(
        `Invalid Option: escape must be a buffer, a string or a boolean, got ${JSON.stringify(options.escape)}`
      );
    }
  }
  if (options.from === void 0 || options.from === null) {
    options.from = 1;
  } else {
    if (typeof options.from === "string" && /\d+/.test(options.from)) {
      options.from = parseInt(options.from);
    }
    if (Number.isInteger(options.from)) {
      if (options.from < 0) {
        throw new Error(
          `Invalid Option: from must be a positive integer, got ${JSON.stringify(opts.from)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from must be an integer, got ${JSON.stringify(options.from)}`
      );
    }
  }
  if (options.from_line === void 0 || options.from_line === null) {
    options.from_line = 1;
  } else {
    if (typeof options.from_line === "string" && /\d+/.test(options.from_line)) {
      options.from_line = parseInt(options.from_line);
    }
    if (Number.isInteger(options.from_line)) {
      if (options.from_line <= 0) {
        throw new Error(
          `Invalid Option: from_line must be a positive integer greater than 0, got ${JSON.stringify(opts.from_line)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from_line must be an integer, got ${JSON.stringify(opts.from_line)}`
      );
    }
  }
  if (options.ignore_last_delimiters === void 0 || options.ignore_last_delimiters === null) {
    options.ignore_last_delimiters = false;
  } else if (typeof options.ignore_last_delimiters === "number") {
    options.ignore_last_delimiters = Math.floor(options.ignore_last_delimiters);
    if (options.ignore_last_delimiters === 0) {
      options.ignore_last_delimiters = false;
    }
  } else if (typeof options.ignore_last_delimiters !== "boolean") {
    throw new CsvError(
      "CSV_INVALID_OPTION_IGNORE_LAST_DELIMITERS",
      [
        "Invalid option `ignore_last_delimiters`:",
        "the value must be a boolean value or an integer,",
        `got ${JSON.stringify(options.ignore_last_delimiters)}`
      ],
      options
    );
  }
  if (options.ignore_last_delimiters === true && options.columns === false) {
    throw new CsvError(
      "CSV_IGNORE_LAST_DELIMITERS_REQUIRES_COLUMNS",
      [
        "The option `ignore_last_delimiters`",
        "requires the activation of the `columns` option"
      ],
      options
    );
  }
  if (options.info === void 0 || options.info === null || options.info === false) {
    options.info = false;
  } else if (options.info !== true) {
    throw new Error(
      `Invalid Option: info must be true, got ${JSON.stringify(options.info)}`
    );
  }
  if (options.max_record_size === void 0 || options.max_record_size === null || options.max_record_size === false) {
    options.max_record_size = 0;
  } else if (Number.isInteger(options.max_record_size) && options.max_record_size >= 0) {
  } else if (typeof options.max_record_size === "string" && /\d+/.test(options.max_record_size)) {
    options.max_record_size = parseInt(options.max_record_size);
  } else {
    throw new Error(
      `Invalid Option: max_record_size must be a positive integer, got ${JSON.stringify(options.max_record_size)}`
    );
  }
  if (options.objname === void 0 || options.objname === null || options.objname === false) {
    options.objname = void 0;
  } else if (Buffer.isBuffer(options.objname)) {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty buffer`);
    }
    if (options.encoding === null) {
    } else {
      options.objname = options.objname.toString(options.encoding);
    }
  } else if (typeof options.objname === "string") {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty string`);
    }
  } else if (typeof options.objname === "number") {
  } else {
    throw new Error(
      `Invalid Option: objname must be a string or a buffer, got ${options.objname}`
    );
  }
  if (options.objname !== void 0) {
    if (typeof options.objname === "number") {
      if (options.columns !== false) {
        throw Error(
          "Invalid Option: objname index cannot be combined with columns or be defined as a field"
        );
      }
    } else {
      if (options.columns === false) {
        throw Error(
          "Invalid Option: objname field must be combined with columns or be defined as an index"
        );
      }
    }
  }
  if (options.on_record === void 0 || options.on_record === null) {
    options.on_record = void 0;
  } else if (typeof options.on_record !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_ON_RECORD",
      [
        "Invalid option `on_record`:",
        "expect a function,",
        `got ${JSON.stringify(options.on_record)}`
      ],
      options
    );
  }
  if (options.on_skip !== void 0 && options.on_skip !== null && typeof options.on_skip !== "function") {
    throw new Error(
      `Invalid Option: on_skip must be a function, got ${JSON.stringify(options.on_skip)}`
    );
  }
  if (options.quote === null || options.quote === false || options.quote === "") {
    options.quote = null;
  } else {
    if (options.quote === void 0 || options.quote === true) {
      options.quote = Buffer.from('"', options.encoding);
    } else if (typeof options.quote === "string") {
      options.quote = Buffer.from(options.quote, options.encoding);
    }
    if (!Buffer.isBuffer(options.quote)) {
      throw new Error(
        `Invalid Option: quote must be a buffer or a string, got ${JSON.stringify(options.quote)}`
      );
    }
  }
  if (options.raw === void 0 || options.raw === null || options.raw === false) {
    options.raw = false;
  } else if (options.raw !== true) {
    throw new Error(
      `Invalid Option: raw must be true, got ${JSON.stringify(options.raw)}`
    );
  }
  if (options.record_delimiter === void 0) {
    options.record_delimiter = [];
  } else if (typeof options.record_delimiter === "string" || Buffer.isBuffer(options.record_delimiter)) {
    if (options.record_delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer,",
          `got ${JSON.stringify(options.record_delimiter)}`
        ],
        options
      );
    }
    options.record_delimiter = [options.record_delimiter];
  } else if (!Array.isArray(options.record_delimiter)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_RECORD_DELIMITER",
      [
        "Invalid option `record_delimiter`:",
        "value must be a string, a buffer or array of string|buffer,",
        `got ${JSON.stringify(options.record_delimiter)}`
      ],
      options
    );
  }
  options.record_delimiter = options.record_delimiter.map(function(rd, i) {
    if (typeof rd !== "string" && !Buffer.isBuffer(rd)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a string, a buffer or array of string|buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`
        ],
        options
      );
    } else if (rd.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`
        ],
        options
      );
    }
    if (typeof rd === "string") {
      rd = Buffer.from(rd, options.encoding);
    }
    return rd;
  });
  if (typeof options.relax_column_count === "boolean") {
  } else if (options.relax_column_count === void 0 || options.relax_column_count === null) {
    options.relax_column_count = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count must be a boolean, got ${JSON.stringify(options.relax_column_count)}`
    );
  }
  if (typeof options.relax_column_count_less === "boolean") {
  } else if (options.relax_column_count_less === void 0 || options.relax_column_count_less === null) {
    options.relax_column_count_less = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_less must be a boolean, got ${JSON.stringify(options.relax_column_count_less)}`
    );
  }
  if (typeof options.relax_column_count_more === "boolean") {
  } else if (options.relax_column_count_more === void 0 || options.relax_column_count_more === null) {
    options.relax_column_count_more = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_more must be a boolean, got ${JSON.stringify(options.relax_column_count_more)}`
    );
  }
  if (typeof options.relax_quotes === "boolean") {
  } else if (options.relax_quotes === void 0 || options.relax_quotes === null) {
    options.relax_quotes = false;
  } else {
    throw new Error(
      `Invalid Option: relax_quotes must be a boolean, got ${JSON.stringify(options.relax_quotes)}`
    );
  }
  if (typeof options.skip_empty_lines === "boolean") {
  } else if (options.skip_empty_lines === void 0 || options.skip_empty_lines === null) {
    options.skip_empty_lines = false;
  } else {
    throw new Error(
      `Invalid Option: skip_empty_lines must be a boolean, got ${JSON.stringify(options.skip_empty_lines)}`
    );
  }
  if (typeof options.skip_records_with_empty_values === "boolean") {
  } else if (options.skip_records_with_empty_values === void 0 || options.skip_records_with_empty_values === null) {
    options.skip_records_with_empty_values = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_empty_values must be a boolean, got ${JSON.stringify(options.skip_records_with_empty_values)}`
    );
  }
  if (typeof options.skip_records_with_error === "boolean") {
  } else if (options.skip_records_with_error === void 0 || options.skip_records_with_error === null) {
    options.skip_records_with_error = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_error must be a boolean, got ${JSON.stringify(options.skip_records_with_error)}`
    );
  }
  if (options.rtrim === void 0 || options.rtrim === null || options.rtrim === false) {
    options.rtrim = false;
  } else if (options.rtrim !== true) {
    throw new Error(
      `Invalid Option: rtrim must be a boolean, got ${JSON.stringify(options.rtrim)}`
    );
  }
  if (options.ltrim === void 0 || options.ltrim === null || options.ltrim === false) {
    options.ltrim = false;
  } else if (options.ltrim !== true) {
    throw new Error(
      `Invalid Option: ltrim must be a boolean, got ${JSON.stringify(options.ltrim)}`
    );
  }
  if (options.trim === void 0 || options.trim === null || options.trim === false) {
    options.trim = false;
  } else if (options.trim !== true) {
    throw new Error(
      `Invalid Option: trim must be a boolean, got ${JSON.stringify(options.trim)}`
    );
  }
  if (options.trim === true && opts.ltrim !== false) {
    options.ltrim = true;
  } else if (options.ltrim !== true) {
    options.ltrim = false;
  }
  if (options.trim === true && opts.rtrim !== false) {
    options.rtrim = true;
  } else if (options.rtrim !== true) {
    options.rtrim = false;
  }
  if (options.to === void 0 || options.to === null) {
    options.to = -1;
  } else if (options.to !== -1) {
    if (typeof options.to === "string" && /\d+/.test(options.to)) {
      options.to = parseInt(options.to);
    }
    if (Number.isInteger(options.to)) {
      if (options.to <= 0) {
        throw new Error(
          `Invalid Option: to must be a positive integer greater than 0, got ${JSON.stringify(opts.to)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to must be an integer, got ${JSON.stringify(opts.to)}`
      );
    }
  }
  if (options.to_line === void 0 || options.to_line === null) {
    options.to_line = -1;
  } else if (options.to_line !== -1) {
    if (typeof options.to_line === "string" && /\d+/.test(options.to_line)) {
      options.to_line = parseInt(options.to_line);
    }
    if (Number.isInteger(options.to_line)) {
      if (options.to_line <= 0) {
        throw new Error(
          `Invalid Option: to_line must be a positive integer greater than 0, got ${JSON.stringify(opts.to_line)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to_line must be an integer, got ${JSON.stringify(opts.to_line)}`
      );
    }
  }
  return options;
};

// node_modules/csv-parse/lib/utils/delimiter_discover.js
var delimiter_discover = function(records, options) {
  if (!options) {
    ({ delimiter_auto: options } = normalize_options({ delimiter_auto: true }));
  }
  if (typeof records === "string") {
    records = Buffer.from(records);
  }
  if (Buffer.isBuffer(records)) {
    records = ((data) => {
      const records2 = [];
      const parser = transform({ delimiter: [] });
      const push = (record) => records2.push(record);
      const close = () => {
      };
      const error = parser.parse(data, true, push, close);
      if (error !== void 0) throw error;
      return records2;
    })(records);
  }
  const info = Array(127).fill().map(() => ({ lines: [] }));
  records.map(([record], line) => {
    for (let i = 0, l = record.length; i < l; i++) {
      const code = record.charCodeAt(i);
      if (info[code].lines[line] === void 0) info[code].lines[line] = 0;
      info[code].lines[line]++;
    }
  });
  info.map((info2, i) => {
    info2.char_code = i;
    info2.std = std(info2.lines);
    info2.total = info2.lines.reduce((acc, val) => acc + val, 0);
    info2.preferred = !!options.preferred[i];
    info2.score = options.score(info2, options);
  });
  const result = info.reduce(
    (acc, info2) => acc.score > info2.score ? acc : info2,
    {}
  );
  return String.fromCharCode(result.char_code);
};
var std = function(array) {
  const n = array.length;
  if (n === 0) return 0;
  const mean = array.reduce((a, b) => a + b) / n;
  return Math.sqrt(
    array.map((x) => Math.pow(x - mean, 2)).reduce((a, b) => a + b) / n
  );
};

// node_modules/csv-parse/lib/api/index.js
var isRecordEmpty = function(record) {
  return record.every(
    (field) => field == null || field.toString && field.toString().trim() === ""
  );
};
var cr = 13;
var nl = 10;
var boms = {
  // Note, the following are equals:
  // Buffer.from("\ufeff")
  // Buffer.from([239, 187, 191])
  // Buffer.from('EFBBBF', 'hex')
  utf8: Buffer.from([239, 187, 191]),
  // Note, the following are equals:
  // Buffer.from "\ufeff", 'utf16le
  // Buffer.from([255, 254])
  utf16le: Buffer.from([255, 254])
};
var transform = function(original_options = {}) {
  const info = {
    bytes: 0,
    bytes_records: 0,
    comment_lines: 0,
    empty_lines: 0,
    invalid_field_length: 0,
    lines: 1,
    records: 0
  };
  const options = normalize_options(original_options);
  return {
    info,
    original_options,
    options,
    state: init_state(options),
    __needMoreData: function(i, bufLen, end) {
      if (end) return false;
      const { encoding, escape, quote } = this.options;
      const { quoting, needMoreDataSize, recordDelimiterMaxLength } = this.state;
      const numOfCharLeft = bufLen - i - 1;
      const requiredLength = Math.max(
        needMoreDataSize,
        // Skip if the remaining buffer smaller than record delimiter
        // If "record_delimiter" is yet to be discovered:
        // 1. It is equals to `[]` and "recordDelimiterMaxLength" equals `0`
        // 2. We set the length to windows line ending in the current encoding
        // Note, that encoding is known from user or bom discovery at that point
        // recordDelimiterMaxLength,
        recordDelimiterMaxLength === 0 ? Buffer.from("\r\n", encoding).length : recordDelimiterMaxLength,
        // Skip if remaining buffer can be an escaped quote
        quoting ? (escape === null ? 0 : escape.length) + quote.length : 0,
        // Skip if remaining buffer can be record delimiter following the closing quote
        quoting ? quote.length + recordDelimiterMaxLength : 0
      );
      return numOfCharLeft < requiredLength;
    },
    // Central parser implementation
    parse: function(nextBuf, end, push, close) {
      const {
        bom,
        comment_no_infix,
        delimiter_auto,
        encoding,
        from_line,
        ltrim,
        max_record_size,
        raw,
        relax_quotes,
        rtrim,
        skip_empty_lines,
        to,
        to_line
      } = this.options;
      let { comment, escape, quote, record_delimiter } = this.options;
      const {
        bomSkipped,
        delimiterDiscovered,
        delimiterBufPrevious,
        rawBuffer,
        escapeIsQuote
      } = this.state;
      if (!delimiterDiscovered && delimiter_auto) {
        let delimiterBuf;
        if (delimiterBufPrevious === void 0) {
          delimiterBuf = nextBuf;
        } else if (delimiterBufPrevious !== void 0 && nextBuf === void 0) {
          delimiterBuf = delimiterBufPrevious;
        } else {
          delimiterBuf = Buffer.concat([delimiterBufPrevious, nextBuf]);
        }
        nextBuf = void 0;
        if (end || delimiterBuf.length > delimiter_auto.size) {
          this.options.delimiter = [
            Buffer.from(
              delimiter_discover(delimiterBuf, this.options.delimiter_auto)
            )
          ];
          this.state.previousBuf = delimiterBuf;
          this.state.delimiterBufPrevious = void 0;
          this.state.delimiterDiscovered = true;
        } else {
          this.state.delimiterBufPrevious = delimiterBuf;
          return;
        }
      }
      const { previousBuf } = this.state;
      let buf;
      if (previousBuf === void 0) {
        if (nextBuf === void 0) {
          close();
          return;
        } else {
          buf = nextBuf;
        }
      } else if (previousBuf !== void 0 && nextBuf === void 0) {
        buf = previousBuf;
      } else {
        buf = Buffer.concat([previousBuf, nextBuf]);
      }
      if (bomSkipped === false) {
        if (bom === false) {
          this.state.bomSkipped = true;
        } else if (buf.length < 3) {
          if (end === false) {
            this.state.previousBuf = buf;
            return;
          }
        } else {
          for (const encoding2 in boms) {
            if (boms[encoding2].compare(buf, 0, boms[encoding2].length) === 0) {
              const bomLength = boms[encoding2].length;
              this.state.bufBytesStart += bomLength;
              buf = buf.slice(bomLength);
              const options2 = normalize_options({
                ...this.original_options,
                encoding: encoding2
              });
              for (const key in options2) {
                this.options[key] = options2[key];
              }
              ({ comment, escape, quote } = this.options);
              break;
            }
          }
          this.state.bomSkipped = true;
        }
      }
      const bufLen = buf.length;
      let pos;
      for (pos = 0; pos < bufLen; pos++) {
        if (this.__needMoreData(pos, bufLen, end)) {
          break;
        }
        if (this.state.wasRowDelimiter === true) {
          this.info.lines++;
          this.state.wasRowDelimiter = false;
        }
        if (to_line !== -1 && this.info.lines > to_line) {
          this.state.stop = true;
          close();
          return;
        }
        if (this.state.quoting === false && record_delimiter.length === 0) {
          const record_delimiterCount = this.__autoDiscoverRecordDelimiter(
            buf,
            pos
          );
          if (record_delimiterCount) {
            record_delimiter = this.options.record_delimiter;
          }
        }
        const chr = buf[pos];
        if (raw === true) {
          rawBuffer.append(chr);
        }
        if ((chr === cr || chr === nl) && this.state.wasRowDelimiter === false) {
          this.state.wasRowDelimiter = true;
        }
        if (this.state.escaping === true) {
          this.state.escaping = false;
        } else {
          if (escape !== null && this.state.quoting === true && this.__isEscape(buf, pos, chr) && pos + escape.length < bufLen) {
            if (escapeIsQuote) {
              if (this.__isQuote(buf, pos + escape.length)) {
                this.state.escaping = true;
                pos += escape.length - 1;
                continue;
              }
            } else {
              this.state.escaping = true;
              pos += escape.length - 1;
              continue;
            }
          }
          if (this.state.commenting === false && this.__isQuote(buf, pos)) {
            if (this.state.quoting === true) {
              const nextChr = buf[pos + quote.length];
              const isNextChrTrimable = rtrim && this.__isCharTrimable(buf, pos + quote.length);
              const isNextChrComment = comment !== null && this.__compareBytes(comment, buf, pos + quote.length, nextChr);
              const isNextChrDelimiter = this.__isDelimiter(
                buf,
                pos + quote.length,
                nextChr
              );
              const isNextChrRecordDelimiter = record_delimiter.length === 0 ? this.__autoDiscoverRecordDelimiter(buf, pos + quote.length) : this.__isRecordDelimiter(nextChr, buf, pos + quote.length);
              if (escape !== null && this.__isEscape(buf, pos, chr) && this.__isQuote(buf, pos + escape.length)) {
                pos += escape.length - 1;
              } else if (!nextChr || isNextChrDelimiter || isNextChrRecordDelimiter || isNextChrComment || isNextChrTrimable) {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                pos += quote.length - 1;
                continue;
              } else if (relax_quotes === false) {
                const err = this.__error(
                  new CsvError(
                    "CSV_INVALID_CLOSING_QUOTE",
                    [
                      "Invalid Closing Quote:",
                      `got "${String.fromCharCode(nextChr)}"`,
                      `at line ${this.info.lines}`,
                      "instead of delimiter, record delimiter, trimable character",
                      "(if activated) or comment"
                    ],
                    this.options,
                    this.__infoField()
                  )
                );
                if (err !== void 0) return err;
              } else {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                this.state.field.prepend(quote);
                pos += quote.length - 1;
              }
            } else {
              if (this.state.field.length !== 0) {
                if (relax_quotes === false) {
                  const info2 = this.__infoField();
                  const bom2 = Object.keys(boms).map(
                    (b) => boms[b].equals(this.state.field.toString()) ? b : false
                  ).filter(Boolean)[0];
                  const err = this.__error(
                    new CsvError(
                      "INVALID_OPENING_QUOTE",
                      [
                        "Invalid Opening Quote:",
                        `a quote is found on field ${JSON.stringify(info2.column)} at line ${info2.lines}, value is ${JSON.stringify(this.state.field.toString(encoding))}`,
                        bom2 ? `(${bom2} bom)` : void 0
                      ],
                      this.options,
                      info2,
                      {
                        field: this.state.field
                      }
                    )
                  );
                  if (err !== void 0) return err;
                }
              } else {
                this.state.quoting = true;
                pos += quote.length - 1;
                continue;
              }
            }
          }
          if (this.state.quoting === false) {
            const recordDelimiterLength = this.__isRecordDelimiter(
              chr,
              buf,
              pos
            );
            if (recordDelimiterLength !== 0) {
              const skipCommentLine = this.state.commenting && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0;
              if (skipCommentLine) {
                this.info.comment_lines++;
              } else {
                if (this.state.enabled === false && this.info.lines + (this.state.wasRowDelimiter === true ? 1 : 0) >= from_line) {
                  this.state.enabled = true;
                  this.__resetField();
                  this.__resetRecord();
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                if (skip_empty_lines === true && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0) {
                  this.info.empty_lines++;
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                this.info.bytes = this.state.bufBytesStart + pos;
                const errField = this.__onField();
                if (errField !== void 0) return errField;
                this.info.bytes = this.state.bufBytesStart + pos + recordDelimiterLength;
                const errRecord = this.__onRecord(push);
                if (errRecord !== void 0) return errRecord;
                if (to !== -1 && this.info.records >= to) {
                  this.state.stop = true;
                  close();
                  return;
                }
              }
              this.state.commenting = false;
              pos += recordDelimiterLength - 1;
              continue;
            }
            if (this.state.commenting) {
              continue;
            }
            if (comment !== null && (comment_no_infix === false || this.state.record.length === 0 && this.state.field.length === 0)) {
              const commentCount = this.__compareBytes(comment, buf, pos, chr);
              if (commentCount !== 0) {
                this.state.commenting = true;
                continue;
              }
            }
            const delimiterLength = this.__isDelimiter(buf, pos, chr);
            if (delimiterLength !== 0) {
              this.info.bytes = this.state.bufBytesStart + pos;
              const errField = this.__onField();
              if (errField !== void 0) return errField;
              pos += delimiterLength - 1;
              continue;
            }
          }
        }
        if (this.state.commenting === false) {
          if (max_record_size !== 0 && this.state.record_length + this.state.field.length > max_record_size) {
            return this.__error(
              new CsvError(
                "CSV_MAX_RECORD_SIZE",
                [
                  "Max Record Size:",
                  "record exceed the maximum number of tolerated bytes",
                  `of ${max_record_size}`,
                  `at line ${this.info.lines}`
                ],
                this.options,
                this.__infoField()
              )
            );
          }
        }
        const lappend = ltrim === false || this.state.quoting === true || this.state.field.length !== 0 || !this.__isCharTrimable(buf, pos);
        const rappend = rtrim === false || this.state.wasQuoting === false;
        if (lappend === true && rappend === true) {
          this.state.field.append(chr);
        } else if (rtrim === true && !this.__isCharTrimable(buf, pos)) {
          return this.__error(
            new CsvError(
              "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE",
              [
                "Invalid Closing Quote:",
                "found non trimable byte after quote",
                `at line ${this.info.lines}`
              ],
              this.options,
              this.__infoField()
            )
          );
        } else {
          if (lappend === false) {
            pos += this.__isCharTrimable(buf, pos) - 1;
          }
          continue;
        }
      }
      if (end === true) {
        if (this.state.quoting === true) {
          const err = this.__error(
            new CsvError(
              "CSV_QUOTE_NOT_CLOSED",
              [
                "Quote Not Closed:",
                `the parsing is finished with an opening quote at line ${this.info.lines}`
              ],
              this.options,
              this.__infoField()
            )
          );
          if (err !== void 0) return err;
        } else {
          if (this.state.wasQuoting === true || this.state.record.length !== 0 || this.state.field.length !== 0) {
            this.info.bytes = this.state.bufBytesStart + pos;
            const errField = this.__onField();
            if (errField !== void 0) return errField;
            const errRecord = this.__onRecord(push);
            if (errRecord !== void 0) return errRecord;
          } else if (this.state.wasRowDelimiter === true) {
            this.info.empty_lines++;
          } else if (this.state.commenting === true) {
            this.info.comment_lines++;
          }
        }
      } else {
        this.state.bufBytesStart += pos;
        this.state.previousBuf = buf.slice(pos);
      }
      if (this.state.wasRowDelimiter === true) {
        this.info.lines++;
        this.state.wasRowDelimiter = false;
      }
    },
    __onRecord: function(push) {
      const {
        columns,
        group_columns_by_name,
        encoding,
        info: info2,
        from,
        relax_column_count,
        relax_column_count_less,
        relax_column_count_more,
        raw,
        skip_records_with_empty_values
      } = this.options;
      const { enabled, record } = this.state;
      if (enabled === false) {
        return this.__resetRecord();
      }
      const recordLength = record.length;
      if (columns === true) {
        if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
          this.__resetRecord();
          return;
        }
        return this.__firstLineToColumns(record);
      }
      if (columns === false && this.info.records === 0) {
        this.state.expectedRecordLength = recordLength;
      }
      if (recordLength !== this.state.expectedRecordLength) {
        const err = columns === false ? new CsvError(
          "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH",
          [
            "Invalid Record Length:",
            `expect ${this.state.expectedRecordLength},`,
            `got ${recordLength} on line ${this.info.lines}`
          ],
          this.options,
          this.__infoField(),
          {
            record
          }
        ) : new CsvError(
          "CSV_RECORD_INCONSISTENT_COLUMNS",
          [
            "Invalid Record Length:",
            `columns length is ${columns.length},`,
            // rename columns
            `got ${recordLength} on line ${this.info.lines}`
          ],
          this.options,
          this.__infoField(),
          {
            record
          }
        );
        if (relax_column_count === true || relax_column_count_less === true && recordLength < this.state.expectedRecordLength || relax_column_count_more === true && recordLength > this.state.expectedRecordLength) {
          this.info.invalid_field_length++;
          this.state.error = err;
        } else {
          const finalErr = this.__error(err);
          if (finalErr) return finalErr;
        }
      }
      if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
        this.__resetRecord();
        return;
      }
      if (this.state.recordHasError === true) {
        this.__resetRecord();
        this.state.recordHasError = false;
        return;
      }
      this.info.records++;
      if (from === 1 || this.info.records >= from) {
        const { objname } = this.options;
        if (columns !== false) {
          const obj = {};
          for (let i = 0, l = record.length; i < l; i++) {
            if (columns[i] === void 0 || columns[i].disabled) continue;
            if (group_columns_by_name === true && Object.hasOwn(obj, columns[i].name)) {
              if (Array.isArray(obj[columns[i].name])) {
                obj[columns[i].name] = obj[columns[i].name].concat(record[i]);
              } else {
                obj[columns[i].name] = [obj[columns[i].name], record[i]];
              }
            } else {
              Object.defineProperty(obj, columns[i].name, {
                value: record[i],
                enumerable: true,
                writable: true,
                configurable: true
              });
            }
          }
          if (raw === true || info2 === true) {
            const extRecord = Object.assign(
              { record: obj },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info2 === true ? { info: this.__infoRecord() } : {}
            );
            const err = this.__push(
              objname === void 0 ? extRecord : [obj[objname], extRecord],
              push
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === void 0 ? obj : [obj[objname], obj],
              push
            );
            if (err) {
              return err;
            }
          }
        } else {
          if (raw === true || info2 === true) {
            const extRecord = Object.assign(
              { record },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info2 === true ? { info: this.__infoRecord() } : {}
            );
            const err = this.__push(
              objname === void 0 ? extRecord : [record[objname], extRecord],
              push
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === void 0 ? record : [record[objname], record],
              push
            );
            if (err) {
              return err;
            }
          }
        }
      }
      this.__resetRecord();
    },
    __firstLineToColumns: function(record) {
      const { firstLineToHeaders } = this.state;
      try {
        const headers = firstLineToHeaders === void 0 ? record : firstLineToHeaders.call(null, record);
        if (!Array.isArray(headers)) {
          return this.__error(
            new CsvError(
              "CSV_INVALID_COLUMN_MAPPING",
              [
                "Invalid Column Mapping:",
                "expect an array from column function,",
                `got ${JSON.stringify(headers)}`
              ],
              this.options,
              this.__infoField(),
              {
                headers
              }
            )
          );
        }
        const normalizedHeaders = normalize_columns_array(headers);
        this.state.expectedRecordLength = normalizedHeaders.length;
        this.options.columns = normalizedHeaders;
        this.__resetRecord();
        return;
      } catch (err) {
        return err;
      }
    },
    __resetRecord: function() {
      if (this.options.raw === true) {
        this.state.rawBuffer.reset();
      }
      this.state.error = void 0;
      this.state.record = [];
      this.state.record_length = 0;
    },
    __onField: function() {
      const { cast, encoding, rtrim, max_record_size } = this.options;
      const { enabled, wasQuoting } = this.state;
      if (enabled === false) {
        return this.__resetField();
      }
      let field = this.state.field.toString(encoding);
      if (rtrim === true && wasQuoting === false) {
        field = field.trimRight();
      }
      if (cast === true) {
        const [err, f] = this.__cast(field);
        if (err !== void 0) return err;
        field = f;
      }
      this.state.record.push(field);
      if (max_record_size !== 0 && typeof field === "string") {
        this.state.record_length += field.length;
      }
      this.__resetField();
    },
    __resetField: function() {
      this.state.field.reset();
      this.state.wasQuoting = false;
    },
    __push: function(record, push) {
      const { on_record } = this.options;
      if (on_record !== void 0) {
        const info2 = this.__infoRecord();
        try {
          record = on_record.call(null, record, info2);
        } catch (err) {
          return err;
        }
        if (record === void 0 || record === null) {
          return;
        }
      }
      this.info.bytes_records += this.info.bytes;
      push(record);
    },
    // Return a tuple with the error and the casted value
    __cast: function(field) {
      const { columns, relax_column_count } = this.options;
      const isColumns = Array.isArray(columns);
      if (isColumns === true && relax_column_count && this.options.columns.length <= this.state.record.length) {
        return [void 0, void 0];
      }
      if (this.state.castField !== null) {
        try {
          const info2 = this.__infoField();
          return [void 0, this.state.castField.call(null, field, info2)];
        } catch (err) {
          return [err];
        }
      }
      if (this.__isFloat(field)) {
        return [void 0, parseFloat(field)];
      } else if (this.options.cast_date !== false) {
        const info2 = this.__infoField();
        return [void 0, this.options.cast_date.call(null, field, info2)];
      }
      return [void 0, field];
    },
    __compareBytes: function(sourceBuf, targetBuf, targetPos, firstByte) {
      if (sourceBuf[0] !== firstByte) return 0;
      const sourceLength = sourceBuf.length;
      for (let i = 1; i < sourceLength; i++) {
        if (sourceBuf[i] !== targetBuf[targetPos + i]) return 0;
      }
      return sourceLength;
    },
    // Helper to test if a character is trimable
    __isCharTrimable: function(buf, pos) {
      const { timchars, timcharFirstBytes } = this.state;
      const first = buf[pos];
      if (first === void 0 || timcharFirstBytes[first] === 0) return 0;
      loop1: for (let i = 0; i < timchars.length; i++) {
        const timchar = timchars[i];
        for (let j = 0; j < timchar.length; j++) {
          if (timchar[j] !== buf[pos + j]) continue loop1;
        }
        return timchar.length;
      }
      return 0;
    },
    __isDelimiter: function(buf, pos, chr) {
      const { delimiter, ignore_last_delimiters } = this.options;
      if (ignore_last_delimiters === true && this.state.record.length === this.options.columns.length - 1) {
        return 0;
      } else if (ignore_last_delimiters !== false && typeof ignore_last_delimiters === "number" && this.state.record.length === ignore_last_delimiters - 1) {
        return 0;
      }
      loop1: for (let i = 0; i < delimiter.length; i++) {
        const del = delimiter[i];
        if (del[0] === chr) {
          for (let j = 1; j < del.length; j++) {
            if (del[j] !== buf[pos + j]) continue loop1;
          }
          return del.length;
        }
      }
      return 0;
    },
    __isEscape: function(buf, pos, chr) {
      const { escape } = this.options;
      if (escape === null) return false;
      const l = escape.length;
      if (escape[0] === chr) {
        for (let i = 0; i < l; i++) {
          if (escape[i] !== buf[pos + i]) {
            return false;
          }
        }
        return true;
      }
      return false;
    },
    __isFloat: function(value) {
      return value - parseFloat(value) + 1 >= 0;
    },
    // Keep it in case we implement the `cast_int` option
    // __isInt(value){
    //   // return Number.isInteger(parseInt(value))
    //   // return !isNaN( parseInt( obj ) );
    //   return /^(\-|\+)?[1-9][0-9]*$/.test(value)
    // }
    __isQuote: function(buf, pos) {
      const { quote } = this.options;
      if (quote === null) return false;
      const l = quote.length;
      for (let i = 0; i < l; i++) {
        if (quote[i] !== buf[pos + i]) {
          return false;
        }
      }
      return true;
    },
    __isRecordDelimiter: function(chr, buf, pos) {
      const { record_delimiter } = this.options;
      const recordDelimiterLength = record_delimiter.length;
      loop1: for (let i = 0; i < recordDelimiterLength; i++) {
        const rd = record_delimiter[i];
        const rdLength = rd.length;
        if (rd[0] !== chr) {
          continue;
        }
        for (let j = 1; j < rdLength; j++) {
          if (rd[j] !== buf[pos + j]) {
            continue loop1;
          }
        }
        return rd.length;
      }
      return 0;
    },
    __autoDiscoverRecordDelimiter: function(buf, pos) {
      const { encoding } = this.options;
      const rds = [
        // Important, the windows line ending must be before mac os 9
        Buffer.from("\r\n", encoding),
        Buffer.from("\n", encoding),
        Buffer.from("\r", encoding)
      ];
      loop: for (let i = 0; i < rds.length; i++) {
        const l = rds[i].length;
        for (let j = 0; j < l; j++) {
          if (rds[i][j] !== buf[pos + j]) {
            continue loop;
          }
        }
        this.options.record_delimiter.push(rds[i]);
        this.state.recordDelimiterMaxLength = rds[i].length;
        return rds[i].length;
      }
      return 0;
    },
    __error: function(msg) {
      const { encoding, raw, skip_records_with_error } = this.options;
      const err = typeof msg === "string" ? new Error(msg) : msg;
      if (skip_records_with_error) {
        this.state.recordHasError = true;
        if (this.options.on_skip !== void 0) {
          try {
            this.options.on_skip(
              err,
              raw ? this.state.rawBuffer.toString(encoding) : void 0
            );
          } catch (err2) {
            return err2;
          }
        }
        return void 0;
      } else {
        return err;
      }
    },
    __infoDataSet: function() {
      return {
        ...this.info,
        columns: this.options.columns
      };
    },
    __infoRecord: function() {
      const { columns, raw, encoding } = this.options;
      return {
        ...this.__infoDataSet(),
        bytes_records: this.info.bytes,
        error: this.state.error,
        header: columns === true,
        index: this.state.record.length,
        raw: raw ? this.state.rawBuffer.toString(encoding) : void 0
      };
    },
    __infoField: function() {
      const { columns } = this.options;
      const isColumns = Array.isArray(columns);
      const bytes_records = this.info.bytes_records;
      return {
        ...this.__infoRecord(),
        bytes_records,
        column: isColumns === true ? columns.length > this.state.record.length ? columns[this.state.record.length].name : null : this.state.record.length,
        quoting: this.state.wasQuoting
      };
    }
  };
};

// node_modules/csv-parse/lib/index.js
var Parser = class extends Transform2 {
  constructor(opts = {}) {
    super({ ...{ readableObjectMode: true }, ...opts, encoding: null });
    this.api = transform({
      on_skip: (err, chunk) => {
        this.emit("skip", err, chunk);
      },
      ...opts
    });
    this.state = this.api.state;
    this.options = this.api.options;
    this.info = this.api.info;
  }
  // Implementation of `Transform._transform`
  _transform(buf, _, callback) {
    if (this.state.stop === true) {
      return;
    }
    const err = this.api.parse(
      buf,
      false,
      (record) => {
        this.push(record);
      },
      () => {
        this.push(null);
        this.end();
        this.on("end", this.destroy);
      }
    );
    if (err !== void 0) {
      this.state.stop = true;
    }
    callback(err);
  }
  // Implementation of `Transform._flush`
  _flush(callback) {
    if (this.state.stop === true) {
      return;
    }
    const err = this.api.parse(
      void 0,
      true,
      (record) => {
        this.push(record);
      },
      () => {
        this.push(null);
        this.on("end", this.destroy);
      }
    );
    callback(err);
  }
};
var parse = function() {
  let data, options, callback;
  for (const i in arguments) {
    const argument = arguments[i];
    const type = typeof argument;
    if (data === void 0 && (typeof argument === "string" || Buffer.isBuffer(argument))) {
      data = argument;
    } else if (options === void 0 && is_object(argument)) {
      options = argument;
    } else if (callback === void 0 && type === "function") {
      callback = argument;
    } else {
      throw new CsvError(
        "CSV_INVALID_ARGUMENT",
        ["Invalid argument:", `got ${JSON.stringify(argument)} at index ${i}`],
        options || {}
      );
    }
  }
  const parser = new Parser(options);
  if (callback) {
    const records = options === void 0 || options.objname === void 0 ? [] : /* @__PURE__ */ Object.create(null);
    parser.on("readable", function() {
      let record;
      while ((record = this.read()) !== null) {
        if (options === void 0 || options.objname === void 0) {
          records.push(record);
        } else {
          Object.assign(records, {
            [record[0]]: record[1]
            // writable: true,
            // enumerable: true,
            // configurable: true
          });
        }
      }
    });
    parser.on("error", function(err) {
      callback(err, void 0, parser.api.__infoDataSet());
    });
    parser.on("end", function() {
      callback(void 0, records, parser.api.__infoDataSet());
    });
  }
  if (data !== void 0) {
    const writer = function() {
      parser.write(data);
      parser.end();
    };
    if (typeof setImmediate === "function") {
      setImmediate(writer);
    } else {
      setTimeout(writer, 0);
    }
  }
  return parser;
};

// src/data/byte-dictionary.ts
var NOT_FOUND = -2;
var ByteDictionary = class {
  slots;
  // entry index + 1, 0 = empty
  mask;
  /**
   * Four ints per entry: hash, start and end in the pool, code. Packed, so a probe reads one
   * cache line, and a column costs three small arrays, not six (a file can have 100,000 columns).
   */
  entries;
  pool;
  poolUsed = 0;
  size = 0;
  // Small to start: a file can have 100,000 columns of a few rows each, and every categorical
  // column gets one; doubling reaches any size in a few steps.
  constructor() {
    this.slots = new Int32Array(8);
    this.mask = 7;
    this.entries = new Int32Array(4 * ENTRY);
    this.pool = new Uint8Array(64);
  }
  /** The code stored for bytes [start, end) of `buf`, or NOT_FOUND. */
  lookup(buf, start, end, hash) {
    const len = end - start;
    const entries = this.entries;
    let slot = hash & this.mask;
    for (; ; ) {
      const e = this.slots[slot];
      if (e === 0) return NOT_FOUND;
      const i = (e - 1) * ENTRY;
      if (entries[i] === hash) {
        const s = entries[i + 1];
        if (entries[i + 2] - s === len) {
          const pool = this.pool;
          let k = 0;
          while (k < len && pool[s + k] === buf[start + k]) k++;
          if (k === len) return entries[i + 3];
        }
      }
      slot = slot + 1 & this.mask;
    }
  }
  /** Stores `code` for bytes [start, end) of `buf`; the caller has checked they are absent. */
  insert(buf, start, end, hash, code) {
    const len = end - start;
    if ((this.size + 1) * ENTRY > this.entries.length) {
      const next = new Int32Array(this.entries.length * 2);
      next.set(this.entries);
      this.entries = next;
    }
    if (this.poolUsed + len > this.pool.length) {
      const next = new Uint8Array(Math.max(this.pool.length * 2, this.poolUsed + len));
      next.set(this.pool.subarray(0, this.poolUsed));
      this.pool = next;
    }
    const i = this.size++;
    this.pool.set(buf.subarray(start, end), this.poolUsed);
    const at = i * ENTRY;
    this.entries[at] = hash;
    this.entries[at + 1] = this.poolUsed;
    this.entries[at + 2] = this.poolUsed + len;
    this.entries[at + 3] = code;
    this.poolUsed += len;
    if (this.size * 2 > this.slots.length) this.rehash();
    else this.place(i);
  }
  place(i) {
    let slot = this.entries[i * ENTRY] & this.mask;
    while (this.slots[slot] !== 0) slot = slot + 1 & this.mask;
    this.slots[slot] = i + 1;
  }
  rehash() {
    this.slots = new Int32Array(this.slots.length * 2);
    this.mask = this.slots.length - 1;
    for (let i = 0; i < this.size; i++) this.place(i);
  }
};
var ENTRY = 4;
var FNV_OFFSET = 2166136261 | 0;
var FNV_PRIME = 16777619;

// src/config/names.ts
function quoteName(name) {
  return escapeControls(JSON.stringify(name));
}

// src/stats/float.ts
var SPLITTER = 134217729;
function twoProductError(a, b, p) {
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}

// src/data/table.ts
var MISSING_TOKENS = /* @__PURE__ */ new Set([
  "",
  "NA",
  "N/A",
  "NaN",
  "nan",
  "NAN",
  "null",
  "NULL",
  "None",
  "#N/A",
  "<NA>"
]);

// src/data/numbers.ts
var DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
var INFINITE = /^[+-]?(?:inf|infinity)$/i;
function parseDecimal(text) {
  const t = text.trim();
  if (MISSING_TOKENS.has(t)) return NaN;
  if (DECIMAL.test(t)) return Number(t);
  if (INFINITE.test(t)) return t.charCodeAt(0) === 45 ? -Infinity : Infinity;
  return void 0;
}
var EXACT_POW10 = (() => {
  const p = new Float64Array(23);
  let v = 1;
  for (let i = 0; i < 23; i++) {
    p[i] = v;
    v *= 10;
  }
  return p;
})();
var MAX_EXACT_MANTISSA = 9007199254740992;
function quoteValue(text) {
  const chars = Array.from(text);
  return quoteName(chars.length > 40 ? `${chars.slice(0, 40).join("")}\u2026` : text);
}
var ULP = (() => {
  const t = new Float64Array(2048);
  let v = 2 ** -52;
  for (let e = 1023; e < 2047; e++, v *= 2) t[e] = v;
  v = 2 ** -53;
  for (let e = 1022; e >= 1; e--, v /= 2) t[e] = v;
  t[0] = t[1];
  return t;
})();
var bits = new Float64Array(1);
var words = new Uint32Array(bits.buffer);
var QUOTIENT_IO = new Float64Array(1);
function roundQuotientInto(io, b, k) {
  const a = io[0];
  const p0 = a * 1e4;
  const e0 = twoProductError(a, 1e4, p0);
  const s = p0 + b;
  const bb = s - p0;
  const e = e0 + (p0 - (s - bb)) + (b - bb);
  const pow = EXACT_POW10[k];
  const q = s / pow;
  const ph = q * pow;
  const pl = twoProductError(q, pow, ph);
  const r = s - ph + e - pl;
  bits[0] = q;
  const hi = words[1];
  const mantissa = (hi & 1048575) * 4294967296 + words[0];
  const ulp = ULP[hi >>> 20];
  const f = r / (pow * ulp);
  const j = Math.round(f);
  const off = f - j;
  if (j < -3 || j > 3 || off > 0.4999999 || off < -0.4999999) return false;
  if (mantissa + j < 1 || mantissa + j > 4503599627370495) return false;
  io[0] = q + j * ulp;
  return true;
}

// src/data/builder.ts
var MODE_NUMERIC = 0;
var MODE_CATEGORICAL = 1;
var MODE_SKIP = 2;
function f64(length, shared) {
  return shared ? new Float64Array(new SharedArrayBuffer(8 * length)) : new Float64Array(length);
}
function i32(length, shared) {
  return shared ? new Int32Array(new SharedArrayBuffer(4 * length)) : new Int32Array(length);
}
var ColumnState = class {
  constructor(name, hint, capacity, skip, shared = false) {
    this.name = name;
    this.hint = hint;
    this.shared = shared;
    this.mode = skip ? MODE_SKIP : hint === "categorical" ? MODE_CATEGORICAL : MODE_NUMERIC;
    if (this.mode === MODE_NUMERIC) this.values = f64(capacity, shared);
    else if (this.mode === MODE_CATEGORICAL) this.codes = i32(capacity, shared);
  }
  name;
  hint;
  shared;
  mode;
  values = null;
  codes = null;
  /** Text → code, made on first use (most columns of a wide file never need one). */
  dict = null;
  dictionary = [];
  bytes = null;
  missing = 0;
  firstInfinite = null;
  firstText = null;
  /** Turned categorical after numbers had been stored: the file must be read again for it. */
  reread = false;
  get inferred() {
    return this.hint === void 0;
  }
};
var MAX_COLUMNS = 16384;
function checkHeader(display, names, line) {
  if (names.length > MAX_COLUMNS) {
    throw new InputError(
      `the header has ${names.length.toLocaleString("en-US")} columns, more than the ${MAX_COLUMNS.toLocaleString("en-US")} model-gate reads: keep the columns the model uses (e.g. with csvkit's csvcut or pandas) and try again`,
      csvPosition(display, line)
    );
  }
  const seen = /* @__PURE__ */ new Map();
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    if (name.trim() === "") {
      throw new InputError(
        `column ${i + 1} of the header has an empty name`,
        csvPosition(display, line)
      );
    }
    const before = seen.get(name);
    if (before !== void 0) {
      throw new InputError(
        `duplicate column name (columns ${before + 1} and ${i + 1} of the header)`,
        csvPosition(display, line, name)
      );
    }
    seen.set(name, i);
  }
}
function raggedRow(display, line, fields, expected) {
  return new InputError(
    `${fields} field${fields === 1 ? "" : "s"}, but the header has ${expected}`,
    csvPosition(display, line)
  );
}
function emptyFile(display) {
  return new InputError("the file is empty: expected a header row", display);
}
var TableBuilder = class {
  constructor(opts, names, headerLine, capacity) {
    this.opts = opts;
    this.names = names;
    this.headerLine = headerLine;
    checkHeader(opts.display, names, headerLine);
    this.width = names.length;
    this.capacity = Math.max(16, Math.ceil(capacity));
    this.lineBase = headerLine + 1;
    this.cols = names.map(
      (n) => new ColumnState(
        n,
        opts.hints.get(n),
        this.capacity,
        opts.only !== void 0 && !opts.only.has(n),
        opts.shared?.has(n) ?? false
      )
    );
  }
  opts;
  names;
  headerLine;
  rows = 0;
  capacity;
  cols;
  width;
  lineBase;
  extra = 0;
  shiftRows = [];
  shiftExtra = [];
  /** Makes room for at least one more row. */
  grow(minCapacity = this.capacity + 1) {
    const next = Math.max(minCapacity, Math.ceil(this.capacity * 1.5), 1024);
    for (const c of this.cols) {
      if (c.values) {
        const a = f64(next, c.shared);
        a.set(c.values.subarray(0, this.rows));
        c.values = a;
      }
      if (c.codes) {
        const a = i32(next, c.shared);
        a.set(c.codes.subarray(0, this.rows));
        c.codes = a;
      }
    }
    this.capacity = next;
  }
  /** Records the line where row `row` starts when it is not the one after the previous row's. */
  noteLine(row, line) {
    if (line !== this.lineBase + row + this.extra) {
      this.extra = line - this.lineBase - row;
      this.shiftRows.push(row);
      this.shiftExtra.push(this.extra);
    }
  }
  /** Stores field `j` of the current row from its text. */
  addText(j, text, line) {
    const c = this.cols[j];
    const row = this.rows;
    if (c.mode === MODE_NUMERIC) {
      const v = parseDecimal(text);
      if (v === void 0) {
        if (c.inferred) this.turnCategorical(c, text, line);
        else throw this.notNumeric(c, text, line, "columns.types in the config makes it numeric");
        if (c.mode !== MODE_CATEGORICAL) return;
      } else if (v !== v) {
        c.values[row] = NaN;
        c.missing++;
        return;
      } else if (v === Infinity || v === -Infinity) {
        if (!c.inferred) throw notFinite(this.opts.display, c.name, text, line);
        if (c.firstInfinite === null) c.firstInfinite = { line, text };
        c.values[row] = NaN;
        return;
      } else {
        c.values[row] = v;
        return;
      }
    }
    if (c.mode === MODE_CATEGORICAL) {
      const code = this.textCode(c, text);
      c.codes[row] = code;
      if (code < 0) c.missing++;
    }
  }
  /** The dictionary code of a categorical value, -1 for a missing token; does not count it. */
  textCode(c, text) {
    const dict = c.dict ?? (c.dict = /* @__PURE__ */ new Map());
    let code = dict.get(text);
    if (code === void 0) {
      if (MISSING_TOKENS.has(text.trim())) code = -1;
      else {
        code = c.dictionary.length;
        c.dictionary.push(text);
      }
      dict.set(text, code);
    }
    return code;
  }
  notNumeric(c, text, line, why) {
    return new InputError(
      `${quoteValue(text)} is not a number, but the column is numeric (${why})`,
      csvPosition(this.opts.display, line, c.name)
    );
  }
  turnCategorical(c, text, line) {
    c.firstText = { line, text };
    if (this.rows - c.missing === 0) {
      c.values = null;
      c.codes = i32(this.capacity, c.shared);
      c.codes.fill(-1, 0, this.rows);
      c.mode = MODE_CATEGORICAL;
      c.firstInfinite = null;
    } else {
      c.values = null;
      c.mode = MODE_SKIP;
      c.reread = true;
    }
  }
  /** Ends the current row. */
  endRow() {
    this.rows++;
  }
  shifts() {
    if (this.shiftRows.length === 0) return null;
    return { rows: Int32Array.from(this.shiftRows), extra: Int32Array.from(this.shiftExtra) };
  }
  /** The columns read in this pass (skipped ones are left out), arrays cut to the row count. */
  finish() {
    const out = [];
    const n = this.rows;
    const fit = (a, shared) => (
      // Copy only when the spare capacity is worth the memory (a view keeps the rest alive) and
      // more than a copy's own cost (an allocation per column adds up in a very wide file); a
      // shared column stays a view, since a copy (slice) would not be shared.
      !shared && a.length - n > Math.max(n / 16, 512) ? a.slice(0, n) : a.subarray(0, n)
    );
    for (const c of this.cols) {
      if (c.mode === MODE_SKIP) continue;
      const numeric = c.mode === MODE_NUMERIC;
      out.push({
        name: c.name,
        kind: numeric ? "numeric" : "categorical",
        values: numeric ? fit(c.values, c.shared) : null,
        codes: numeric ? null : fit(c.codes, c.shared),
        dictionary: numeric ? null : c.dictionary,
        missing: c.missing,
        inferred: c.inferred,
        empty: c.missing === n,
        firstInfinite: c.firstInfinite,
        firstText: c.firstText
      });
    }
    return out;
  }
};
function notFinite(display, column, text, line) {
  return new InputError(`${quoteValue(text)} is not a finite number`, csvPosition(display, line, column));
}

// src/data/scan-csv-parse.ts
function breaksIn(fields) {
  let n = 0;
  for (const f of fields) {
    if (f.indexOf("\n") < 0 && f.indexOf("\r") < 0) continue;
    for (let i = 0; i < f.length; i++) {
      const c = f.charCodeAt(i);
      if (c === 10) n++;
      else if (c === 13 && f.charCodeAt(i + 1) !== 10) n++;
    }
  }
  return n;
}
var readAt = promisify(read);
async function* chunksOf(fd) {
  for (let pos = 0; ; ) {
    const buffer = Buffer.allocUnsafe(1 << 20);
    const { bytesRead } = await readAt(fd, buffer, 0, buffer.length, pos);
    if (bytesRead === 0) return;
    pos += bytesRead;
    yield buffer.subarray(0, bytesRead);
  }
}
async function scanCsvParse(fd, size, opts) {
  let b = null;
  const parser = parse({ bom: true, info: true, skip_empty_lines: true, relax_column_count: true });
  pipeline2(
    Readable.from(chunksOf(fd), { objectMode: false }),
    new Utf8Guard(() => b?.names ?? null),
    parser,
    () => void 0
  );
  let endLine = 0;
  let emptyLines = 0;
  try {
    for await (const item of parser) {
      const { record, info } = item;
      const line = endLine + 1 + (info.empty_lines - emptyLines);
      emptyLines = info.empty_lines;
      endLine = line + breaksIn(record);
      if (b === null) {
        const perRow = Math.max(8, record.join(",").length);
        b = new TableBuilder(opts, record, line, size / perRow + 16);
        continue;
      }
      if (record.length !== b.width) throw raggedRow(opts.display, line, record.length, b.width);
      if (b.rows === b.capacity) b.grow();
      b.noteLine(b.rows, line);
      for (let j = 0; j < record.length; j++) b.addText(j, record[j], line);
      b.endRow();
    }
  } catch (err) {
    parser.destroy();
    if (err instanceof CsvError) {
      const where = csvPosition(opts.display, err.lines);
      throw new InputError(`malformed CSV: ${err.message}`, where);
    }
    throw err;
  }
  if (b === null) throw emptyFile(opts.display);
  if (b.rows === 0) {
    throw new InputError("the file has a header but no data rows", csvPosition(opts.display));
  }
  return b;
}

// src/data/scan-plain.ts
import { readSync as readSync2 } from "node:fs";
var CHUNK = 1 << 22;
var COMMA2 = 44;
var LF2 = 10;
var CR2 = 13;
var QUOTE2 = 34;
var SPACE = 32;
var TAB = 9;
var QUOTIENT_IO2 = new Float64Array(1);
var GIVE_UP = -1;
function scanPlain(fd, size, opts, chunk = CHUNK) {
  let buf = Buffer.allocUnsafe(Math.min(chunk, size) + 2);
  let filled = 0;
  let pos = 0;
  let eof = false;
  const read2 = () => {
    while (!eof && filled < buf.length - 2) {
      const n = readSync2(fd, buf, filled, buf.length - 2 - filled, pos);
      if (n === 0) eof = true;
      filled += n;
      pos += n;
    }
  };
  read2();
  let start = 0;
  if (filled >= 3 && buf[0] === 239 && buf[1] === 187 && buf[2] === 191) start = 3;
  const st = { line: 1, base: 0, crlf: false, shifted: false, multiline: false };
  while (start < filled && buf[start] === LF2) {
    start++;
    st.line++;
  }
  if (start < filled && buf[start] === CR2) return null;
  if (start >= filled) {
    if (eof) throw emptyFile(opts.display);
    return null;
  }
  let nl2 = buf.indexOf(LF2, start);
  if (nl2 < 0 || nl2 >= filled) {
    if (!eof) return null;
    nl2 = filled;
  }
  st.crlf = nl2 > start && nl2 < filled && buf[nl2 - 1] === CR2;
  const headerEnd = st.crlf ? nl2 - 1 : nl2;
  const header = buf.subarray(start, headerEnd);
  if (header.indexOf(CR2) >= 0) return null;
  checkUtf8(buf, start, headerEnd, st.base, null);
  const names = header.indexOf(QUOTE2) >= 0 ? quotedNames(header) : header.toString("utf8").split(",");
  if (names === null) return null;
  const bytesPerRow = Math.max(1, nl2 + 1 - start);
  const b = new TableBuilder(opts, names, st.line, estimateRows(buf, nl2 + 1, filled, size, bytesPerRow));
  st.line++;
  start = Math.min(nl2 + 1, filled);
  for (; ; ) {
    let end;
    if (eof) {
      end = filled;
      if (end > start && buf[end - 1] !== LF2) {
        if (buf[end - 1] === CR2) return null;
        if (st.crlf) buf[end++] = CR2;
        buf[end++] = LF2;
      }
    } else {
      end = buf.lastIndexOf(LF2, filled - 1) + 1;
      if (end <= start) end = start;
    }
    if (end > start) {
      const quotes = buf.indexOf(QUOTE2, start);
      const quoted = quotes >= 0 && quotes < end;
      st.multiline = false;
      if (quoted) end = quotedRegionEnd(buf, quotes, start, end, eof, st);
      if (end < 0) return null;
      if (end > start && scanRegion(buf, start, end, b, st, quoted) === GIVE_UP) return null;
    }
    if (eof) break;
    const rest = filled - end;
    if (rest > (buf.length - 2) / 2) {
      const bigger = Buffer.allocUnsafe((buf.length - 2) * 2 + 2);
      buf.copy(bigger, 0, end, filled);
      buf = bigger;
    } else buf.copy(buf, 0, end, filled);
    st.base += end;
    filled = rest;
    start = 0;
    read2();
  }
  if (b.rows === 0) {
    throw new InputError("the file has a header but no data rows", csvPosition(opts.display));
  }
  return b;
}
function estimateRows(buf, from, to, size, headerBytes) {
  let lines = 0;
  for (let i = buf.indexOf(LF2, from); i >= 0 && i < to; i = buf.indexOf(LF2, i + 1)) lines++;
  const perRow = lines > 0 ? (buf.lastIndexOf(LF2, to - 1) + 1 - from) / lines : headerBytes;
  return Math.ceil(size / Math.max(1, perRow) * 1.02) + 16;
}
function quotedRegionEnd(buf, from, start, end, eof, st) {
  const spans = [];
  let k = from;
  while (k >= 0 && k < end) {
    const before = k === start ? LF2 : buf[k - 1];
    if (before !== COMMA2 && before !== LF2) return -1;
    let e = k + 1;
    let breaks = false;
    for (; ; ) {
      if (e >= end) return eof ? -1 : recordStart(buf, k, start, spans);
      const c = buf[e];
      if (c === QUOTE2) {
        if (buf[e + 1] !== QUOTE2) break;
        e += 2;
      } else {
        if (c === LF2 || c === CR2) breaks = true;
        e++;
      }
    }
    if (breaks) {
      spans.push(k, e);
      st.multiline = true;
    }
    const after = buf[e + 1];
    if (after !== COMMA2 && after !== LF2 && after !== CR2) return -1;
    k = buf.indexOf(QUOTE2, e + 1);
  }
  return end;
}
function recordStart(buf, open, start, spans) {
  let r = buf.lastIndexOf(LF2, open - 1);
  for (let s = spans.length - 2; s >= 0 && r >= start; s -= 2) {
    if (r > spans[s + 1]) break;
    if (r > spans[s]) r = buf.lastIndexOf(LF2, spans[s] - 1);
  }
  return r < start ? start : r + 1;
}
function lineBreaks(buf, from, to) {
  let n = 0;
  for (let k = from; k < to; k++) {
    const c = buf[k];
    if (c === LF2 || c === CR2 && buf[k + 1] !== LF2) n++;
  }
  return n;
}
function quotedNames(header) {
  const line = Buffer.concat([header, Buffer.from([LF2, LF2])]);
  const probe = { line: 0, base: 0, crlf: false, shifted: false, multiline: false };
  if (quotedRegionEnd(line, line.indexOf(QUOTE2), 0, line.length - 1, true, probe) !== line.length - 1 || probe.multiline) return null;
  const names = [];
  let p = 0;
  for (; ; ) {
    let q;
    if (line[p] === QUOTE2) {
      q = closingQuote(line, p);
      names.push(unquote(line, p, q));
      q++;
    } else {
      q = p;
      while (line[q] !== COMMA2 && line[q] !== LF2) q++;
      names.push(line.toString("utf8", p, q));
    }
    if (line[q] === LF2) return names;
    p = q + 1;
  }
}
function closingQuote(buf, open) {
  let e = open + 1;
  for (; ; ) {
    if (buf[e] === QUOTE2) {
      if (buf[e + 1] !== QUOTE2) return e;
      e += 2;
    } else e++;
  }
}
function unquote(buf, open, close) {
  const text = Buffer.from(buf.buffer, buf.byteOffset, buf.length).toString("utf8", open + 1, close);
  return text.includes('""') ? text.replaceAll('""', '"') : text;
}
function scanRegion(text, start, end, b, st, quoted) {
  const buf = new Uint8Array(text.buffer, text.byteOffset, text.length);
  const width = b.width;
  const cols = b.cols;
  const crlf = st.crlf;
  let line = st.line;
  let p = start;
  while (p < end) {
    let c = buf[p];
    if (c === LF2 || c === CR2) {
      if (c === CR2) {
        if (!crlf || buf[p + 1] !== LF2) return GIVE_UP;
        p += 2;
      } else {
        if (crlf) return GIVE_UP;
        p++;
      }
      line++;
      st.shifted = true;
      continue;
    }
    if (b.rows === b.capacity) b.grow();
    const row = b.rows;
    let extraLines = 0;
    if (st.shifted) {
      b.noteLine(row, line);
      st.shifted = false;
    }
    for (let j = 0; j < width; j++) {
      const col = cols[j];
      let fieldStart = p;
      let q = p;
      let settled = false;
      let close = -1;
      if (quoted && buf[p] === QUOTE2) {
        close = closingQuote(buf, p);
        if (st.multiline) extraLines += lineBreaks(buf, p + 1, close);
        let escaped = false;
        for (let k = p + 1; k < close; k++) {
          if (buf[k] === QUOTE2) {
            escaped = true;
            break;
          }
        }
        if (col.mode === MODE_NUMERIC && !escaped) {
          fieldStart = p + 1;
          q = fieldStart;
        } else if (col.mode === MODE_CATEGORICAL && !escaped) {
          let h = FNV_OFFSET;
          for (let k = p + 1; k < close; k++) h = Math.imul(h ^ buf[k], FNV_PRIME);
          storeCategory(buf, text, p + 1, close, h, col, row, st, b);
          settled = true;
        } else {
          checkField(buf, p + 1, close, st, b);
          if (col.mode !== MODE_SKIP) b.addText(j, unquote(buf, p, close), line);
          settled = true;
        }
      }
      if (settled) {
      } else if (col.mode === MODE_NUMERIC) {
        c = buf[q];
        if (c === SPACE || c === TAB) {
          do
            c = buf[++q];
          while (c === SPACE || c === TAB);
        }
        let neg = false;
        if (c === 45) {
          neg = true;
          c = buf[++q];
        } else if (c === 43) c = buf[++q];
        const digitsStart = q;
        let mant = 0;
        for (; ; ) {
          const d1 = c - 48;
          if (d1 < 0 || d1 > 9) break;
          c = buf[++q];
          const d2 = c - 48;
          if (d2 < 0 || d2 > 9) {
            mant = mant * 10 + d1;
            break;
          }
          mant = mant * 100 + (d1 * 10 + d2);
          c = buf[++q];
        }
        let digits = q - digitsStart;
        let exp = 0;
        if (c === 46) {
          const fracStart = ++q;
          c = buf[q];
          for (; ; ) {
            const d1 = c - 48;
            if (d1 < 0 || d1 > 9) break;
            c = buf[++q];
            const d2 = c - 48;
            if (d2 < 0 || d2 > 9) {
              mant = mant * 10 + d1;
              break;
            }
            mant = mant * 100 + (d1 * 10 + d2);
            c = buf[++q];
          }
          exp = fracStart - q;
          digits += q - fracStart;
        }
        const digitsEnd = q;
        let ok = digits > 0;
        if (ok && (c === 101 || c === 69)) {
          c = buf[++q];
          let eneg = false;
          if (c === 45) {
            eneg = true;
            c = buf[++q];
          } else if (c === 43) c = buf[++q];
          let e = 0;
          const expStart = q;
          while (c >= 48 && c <= 57) {
            if (e < 1e5) e = e * 10 + (c - 48);
            c = buf[++q];
          }
          if (q === expStart) ok = false;
          exp += eneg ? -e : e;
        }
        if (c === SPACE || c === TAB) {
          do
            c = buf[++q];
          while (c === SPACE || c === TAB);
        }
        const whole = close < 0 ? c === COMMA2 || c === LF2 || c === CR2 : q === close;
        if (ok && whole) {
          let v = NaN;
          if (mant < MAX_EXACT_MANTISSA) {
            if (mant === 0) v = 0;
            else if (exp >= -22 && exp <= 22) {
              v = exp >= 0 ? mant * EXACT_POW10[exp] : mant / EXACT_POW10[-exp];
            }
          } else if (digits <= 19 && exp < 0 && exp >= -22) {
            const low = lastFourDigits(buf, digitsEnd);
            QUOTIENT_IO2[0] = digits <= 18 ? Math.round((mant - low) / 1e4) : leadingDigits(buf, digitsStart, digits - 4);
            if (roundQuotientInto(QUOTIENT_IO2, low, -exp)) v = QUOTIENT_IO2[0];
          }
          if (v === v) {
            col.values[row] = neg ? -v : v;
            settled = true;
          } else {
            v = Number(text.toString("latin1", fieldStart, q));
            if (v - v === 0) {
              col.values[row] = v;
              settled = true;
            }
          }
        } else if (q === fieldStart && whole) {
          col.values[row] = NaN;
          col.missing++;
          settled = true;
        }
        if (!settled) {
          if (close >= 0) q = close;
          else {
            q = fieldStart;
            c = buf[q];
            while (c !== COMMA2 && c !== LF2 && c !== CR2) c = buf[++q];
          }
        }
      } else if (col.mode === MODE_CATEGORICAL) {
        let h = FNV_OFFSET;
        c = buf[q];
        while (c !== COMMA2 && c !== LF2 && c !== CR2) {
          h = Math.imul(h ^ c, FNV_PRIME);
          c = buf[++q];
        }
        storeCategory(buf, text, fieldStart, q, h, col, row, st, b);
        settled = true;
      } else {
        c = buf[q];
        let high = 0;
        while (c !== COMMA2 && c !== LF2 && c !== CR2) {
          high |= c;
          c = buf[++q];
        }
        if (high >= 128) checkField(buf, fieldStart, q, st, b);
        settled = true;
      }
      if (!settled) {
        checkField(buf, fieldStart, q, st, b);
        b.addText(j, text.toString("utf8", fieldStart, q), line);
      }
      if (close >= 0) {
        q = close + 1;
        c = buf[q];
      }
      if (c === COMMA2) {
        if (j === width - 1) {
          let fields = width + 1;
          for (c = buf[++q]; c !== LF2 && c !== CR2; c = buf[++q]) if (c === COMMA2) fields++;
          throw raggedRow(b.opts.display, line, fields, width);
        }
        p = q + 1;
      } else {
        if (c === CR2) {
          if (!crlf || buf[q + 1] !== LF2) return GIVE_UP;
          q++;
        } else if (crlf) return GIVE_UP;
        if (j < width - 1) throw raggedRow(b.opts.display, line, j + 1, width);
        p = q + 1;
      }
    }
    b.endRow();
    line++;
    if (extraLines > 0) {
      line += extraLines;
      st.shifted = true;
    }
  }
  st.line = line;
  return 0;
}
function storeCategory(buf, text, start, end, h, col, row, st, b) {
  const dict = col.bytes ?? (col.bytes = new ByteDictionary());
  let code = dict.lookup(buf, start, end, h);
  if (code === NOT_FOUND) {
    checkField(buf, start, end, st, b);
    code = b.textCode(col, text.toString("utf8", start, end));
    dict.insert(buf, start, end, h, code);
  }
  col.codes[row] = code;
  if (code < 0) col.missing++;
}
function checkField(buf, start, end, st, b) {
  const bad = firstInvalidUtf8(buf, start, end);
  if (bad >= 0) throw new Utf8Error(st.base + bad, b.names);
}
function leadingDigits(buf, start, count) {
  let a = 0;
  let left = count;
  for (let i = start; ; i++) {
    const c = buf[i];
    if (c === 46) continue;
    if (left-- <= 0) return a;
    a = a * 10 + (c - 48);
  }
}
function lastFourDigits(buf, end) {
  let b = 0;
  let scale = 1;
  for (let i = end - 1; scale < 1e4; i--) {
    const c = buf[i];
    if (c === 46) continue;
    b += (c - 48) * scale;
    scale *= 10;
  }
  return b;
}

// src/data/sort.ts
var RADIX_MIN = 1 << 12;
var countsBuffer = null;
function digitCounts(length) {
  countsBuffer ??= new Int32Array(4 * 65536);
  return countsBuffer.subarray(0, length).fill(0);
}
function sortedNonMissing(values, missing, scratch = null) {
  const n = values.length - missing;
  const spare = scratch !== null && scratch.length >= n ? scratch : null;
  if (n >= RADIX_MIN) {
    const pass = keyPass(values, n, false);
    return pass ? sortByKeys(pass, spare) : radixSortedCopy(values, n, spare);
  }
  const out = new Float64Array(n);
  let k = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === v && k < n) out[k++] = v;
  }
  return out.subarray(0, k).sort();
}
function radixSortedCopy(values, n, scratch) {
  const words2 = new Uint32Array(values.buffer, values.byteOffset, values.length * 2);
  const counts = digitCounts(4 * 65536);
  let k = 0;
  let i = 0;
  const len = values.length;
  for (; i < len && k < n; i++) {
    const lo = words2[2 * i];
    const hi = words2[2 * i + 1];
    if ((hi & 2146435072) === 2146435072) continue;
    k++;
    counts[lo & 65535]++;
    counts[65536 + (lo >>> 16)]++;
    counts[131072 + (hi & 65535)]++;
    counts[196608 + (hi >>> 16)]++;
  }
  return sortKeys(values, i, k, counts, false, scratch);
}
function sortKeys(values, stop, n, counts, inPlace, scratch) {
  if (n === 0) return new Float64Array(0);
  const vw = new Uint32Array(values.buffer, values.byteOffset, 2 * values.length);
  let first = 0;
  while ((vw[2 * first + 1] & 2146435072) === 2146435072) first++;
  let last = 3;
  while (last >= 0 && counts[last * 65536 + (vw[2 * first + (last >> 1)] >>> (last & 1) * 16 & 65535)] === n) last--;
  if (last < 0) {
    return inPlace ? values : new Float64Array(n).fill(values[first]);
  }
  let src = null;
  let dst = null;
  let runs = 0;
  for (let pass = 0; pass <= last; pass++) if (counts[pass * 65536 + (vw[2 * first + (pass >> 1)] >>> (pass & 1) * 16 & 65535)] !== n) runs++;
  const pair = !inPlace && scratch !== null ? [new Float64Array(n), scratch.subarray(0, n)] : null;
  let run = 0;
  for (let pass = 0; pass <= last; pass++) {
    const base = pass * 65536;
    const word = pass >> 1;
    const shift = (pass & 1) * 16;
    if (counts[base + (vw[2 * first + word] >>> shift & 65535)] === n) continue;
    const offs = counts.subarray(base, base + 65536);
    let sum = 0;
    if (pass === 3) {
      for (let d = 65535; d >= 32768; d--) {
        sum += offs[d];
        offs[d] = sum - 1;
      }
      for (let d = 0; d < 32768; d++) {
        const c = offs[d];
        offs[d] = sum;
        sum += c;
      }
    } else {
      for (let d = 0; d < 65536; d++) {
        const c = offs[d];
        offs[d] = sum;
        sum += c;
      }
    }
    const out2 = pair ? pair[runs - 1 - run++ & 1] : dst ?? new Float64Array(n);
    if (src !== null) scatter(src, new Uint32Array(src.buffer, src.byteOffset, 2 * n), n, out2, offs, word, shift, pass === 3);
    else if (stop === n) scatter(values, vw, n, out2, offs, word, shift, pass === 3);
    else scatterSkippingNaN(values, vw, stop, out2, offs, word, shift, pass === 3);
    dst = src ?? (inPlace ? values : null);
    src = out2;
  }
  const out = src;
  if (last < 3 && vw[2 * first + 1] & 2147483648) out.reverse();
  return out;
}
function scatter(src, w, n, dst, offs, word, shift, signed) {
  if (signed) {
    for (let i = 0; i < n; i++) {
      const d = w[2 * i + 1] >>> 16;
      const at = offs[d];
      offs[d] = at + 1 - (d >>> 15 << 1);
      dst[at] = src[i];
    }
  } else {
    for (let i = 0; i < n; i++) dst[offs[w[2 * i + word] >>> shift & 65535]++] = src[i];
  }
}
function scatterSkippingNaN(src, w, stop, dst, offs, word, shift, signed) {
  for (let i = 0; i < stop; i++) {
    const hi = w[2 * i + 1];
    if ((hi & 2146435072) === 2146435072) continue;
    const d = (word ? hi : w[2 * i]) >>> shift & 65535;
    const at = offs[d];
    offs[d] = signed ? at + 1 - (d >>> 15 << 1) : at + 1;
    dst[at] = src[i];
  }
}
var SCALES = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8];
var SAMPLE = 64;
function counted(range, n) {
  return range <= n / 4 + 65536;
}
var ROUNDER = 6755399441055744;
function placesOf(v, from) {
  for (let d = from; d < SCALES.length; d++) {
    const s = SCALES[d];
    if ((v * s + ROUNDER - ROUNDER) / s === v) return d;
  }
  return -1;
}
function keyPass(values, n, inPlace) {
  const len = values.length;
  if (n === 0) return null;
  let places = 0;
  for (let j = 0; j < SAMPLE; j++) {
    const v = values[Math.floor(j * len / SAMPLE)];
    if (v !== v) continue;
    places = placesOf(v, places);
    if (places < 0) return null;
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (let j = 0; j < SAMPLE; j++) {
    const k = values[Math.floor(j * len / SAMPLE)] * SCALES[places];
    if (k < lo) lo = k;
    if (k > hi) hi = k;
  }
  const counts = counted(2 * (hi - lo + 1), n) ? null : digitCounts(2 * 65536);
  const out = inPlace ? values : new Float64Array(n);
  const keys = inPlace ? new Uint32Array(n) : new Uint32Array(out.buffer, 0, n);
  for (let attempt = 0; attempt < 2; attempt++) {
    const scale = SCALES[places];
    const failed = fillKeys(values, scale, keys, counts, PASS);
    if (failed === -1) return PASS.count === n ? { scale, out, keys, counts, ...PASS } : null;
    if (failed === -2) return null;
    places = placesOf(values[failed], places);
    if (places < 0) return null;
    counts?.fill(0);
  }
  return null;
}
var PASS = { min: 0, max: 0, count: 0, negZeros: 0 };
function fillKeys(values, scale, keys, counts, out) {
  let min = 2147483647;
  let max = -2147483648;
  let negZeros = 0;
  let j = 0;
  const len = values.length;
  for (let i = 0; i < len; i++) {
    const v = values[i];
    const k = v * scale + ROUNDER - ROUNDER;
    if (k / scale !== v) {
      if (v === v) return i;
      continue;
    }
    const ik = k | 0;
    if (ik !== k) return -2;
    if (ik < min) min = ik;
    if (ik > max) max = ik;
    negZeros += v === 0 && 1 / v < 0 ? 1 : 0;
    const key = (ik ^ 2147483648) >>> 0;
    keys[j++] = key;
    if (counts !== null) {
      counts[key & 65535]++;
      counts[65536 + (key >>> 16)]++;
    }
  }
  out.min = min;
  out.max = max;
  out.count = j;
  out.negZeros = negZeros;
  return -1;
}
function sortByKeys(pass, scratch = null) {
  const { scale, out, keys, min, max, count: n } = pass;
  const range = max - min + 1;
  if (counted(range, n)) {
    const per = scratch !== null && range <= 2 * scratch.length ? new Int32Array(scratch.buffer, scratch.byteOffset, range).fill(0) : new Int32Array(range);
    const base = (min ^ 2147483648) >>> 0;
    for (let i = 0; i < n; i++) per[keys[i] - base]++;
    let at = 0;
    for (let d = 0; d < range; d++) {
      let c = per[d];
      if (c === 0) continue;
      const v = (min + d) / scale;
      for (; c > 0; c--) out[at++] = v;
    }
  } else {
    let counts = pass.counts;
    if (counts === null) {
      counts = digitCounts(2 * 65536);
      for (let i = 0; i < n; i++) {
        const key = keys[i];
        counts[key & 65535]++;
        counts[65536 + (key >>> 16)]++;
      }
    }
    let sum = 0;
    for (let d = 0; d < 65536; d++) {
      const c = counts[d];
      counts[d] = sum;
      sum += c;
    }
    sum = 0;
    for (let d = 65536; d < 131072; d++) {
      const c = counts[d];
      counts[d] = sum;
      sum += c;
    }
    const src = scratch !== null ? new Uint32Array(scratch.buffer, scratch.byteOffset, n) : new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      const key = keys[i];
      src[counts[key & 65535]++] = key;
    }
    for (let i = 0; i < n; i++) {
      const key = src[i];
      out[counts[65536 + (key >>> 16)]++] = (key ^ 2147483648 | 0) / scale;
    }
  }
  if (pass.negZeros > 0) {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      if (out[mid] < 0) lo = mid + 1;
      else hi = mid;
    }
    out.fill(-0, lo, lo + pass.negZeros);
  }
  return out;
}

// src/data/parse-file.ts
async function readOnce(req, opts, reader) {
  const opened = openCsv(req.path, req.display);
  if (opened.gzip) {
    const inflated = await inflateToTemp(opened.fd, req.display);
    try {
      return await readOnce({ ...req, path: inflated.path }, opts, reader);
    } finally {
      inflated.remove();
    }
  }
  const { fd, size } = opened;
  try {
    if (reader === "auto") {
      const b = scanPlain(fd, size, opts, req.chunkSize);
      if (b) return { builder: b, reader: "plain" };
    }
    return { builder: await scanCsvParse(fd, size, opts), reader: "csv-parse" };
  } catch (err) {
    if (err instanceof Utf8Error) throw utf8Error(fd, req.display, err.offset, err.names);
    throw err;
  } finally {
    closeSync3(fd);
  }
}
async function readColumns(req) {
  const hints = new Map(req.hints);
  const opts = {
    display: req.display,
    hints,
    ...req.only ? { only: new Set(req.only) } : {},
    ...req.shared ? { shared: new Set(req.shared) } : {}
  };
  const first = await readOnce(req, opts, req.reader ?? "auto");
  const b = first.builder;
  let columns = b.finish();
  const reread = b.cols.filter((c) => c.reread);
  if (reread.length > 0) {
    const again = new Map(hints);
    for (const c of reread) again.set(c.name, "categorical");
    const second = await readOnce(
      req,
      { display: req.display, hints: again, only: new Set(reread.map((c) => c.name)) },
      first.reader === "plain" ? "auto" : "csv-parse"
    );
    const byName = /* @__PURE__ */ new Map();
    for (const c of second.builder.finish()) byName.set(c.name, c);
    for (const c of reread) {
      const col = byName.get(c.name);
      col.inferred = true;
      col.firstText = c.firstText;
      byName.set(c.name, col);
    }
    const merged = new Map(columns.map((c) => [c.name, c]));
    for (const [name, col] of byName) merged.set(name, col);
    columns = b.names.filter((n) => merged.has(n)).map((n) => merged.get(n));
  }
  return {
    source: req.display,
    rowCount: b.rows,
    names: b.names,
    columns,
    headerLine: b.headerLine,
    shifts: b.shifts(),
    sorted: [],
    reader: first.reader
  };
}
function completeFile(file) {
  file.sorted = sortedColumns(file.columns);
  return file;
}
function sortedColumns(columns) {
  const out = [];
  let scratch = null;
  for (const c of columns) {
    if (!c.values || c.firstInfinite !== null) continue;
    if (scratch === null || scratch.length < c.values.length) scratch = new Float64Array(c.values.length);
    out.push([c.name, sortedNonMissing(c.values, c.missing, scratch)]);
  }
  return out;
}
async function parseFile(req) {
  return completeFile(await readColumns(req));
}

// src/data/parsed.ts
function transferables(file) {
  const out = /* @__PURE__ */ new Set();
  const add = (a) => {
    if (a && !(a.buffer instanceof SharedArrayBuffer)) out.add(a.buffer);
  };
  for (const c of file.columns) {
    add(c.values);
    add(c.codes);
  }
  for (const [, s] of file.sorted) add(s);
  if (file.shifts) {
    add(file.shifts.rows);
    add(file.shifts.extra);
  }
  return [...out];
}

// src/data/worker-reply.ts
async function parseForReply(req) {
  try {
    const file = await parseFile(req);
    return { reply: { ok: true, file }, transfer: transferables(file) };
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    const input = e instanceof InputError;
    const message = input && e.where ? e.message.slice(e.where.length + 2) : e.message;
    return { reply: { ok: false, input, message, where: input ? e.where : void 0, stack: e.stack }, transfer: [] };
  }
}

// src/data/load-worker.ts
var { reply, transfer } = await parseForReply(workerData);
parentPort.postMessage(reply, transfer);
