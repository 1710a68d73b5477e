// Times papaparse parsing the given CSV files (fastMode, every field a string, nothing kept) and
// prints {"ms": …, "rows": …, "mode": …} as JSON. Run in its own process so that its memory and
// JIT state do not mix with the gate's. Modes: `stream` (a file stream, chunk callback) and
// `string` (the whole file as one string, step callback; only for files below V8's string limit).
import { createReadStream, readFileSync } from 'node:fs';
import Papa from 'papaparse';

const [mode, ...files] = process.argv.slice(2);

function parseStream(file) {
  return new Promise((resolve, reject) => {
    let rows = 0;
    Papa.parse(createReadStream(file), {
      fastMode: true,
      chunk: (r) => {
        rows += r.data.length;
      },
      complete: () => resolve(rows),
      error: reject,
    });
  });
}

function parseString(file) {
  let rows = 0;
  Papa.parse(readFileSync(file, 'utf8'), {
    fastMode: true,
    step: () => {
      rows++;
    },
  });
  return rows;
}

const start = performance.now();
let rows = 0;
for (const f of files) rows += mode === 'string' ? parseString(f) : await parseStream(f);
process.stdout.write(JSON.stringify({ ms: performance.now() - start, rows, mode }) + '\n');
