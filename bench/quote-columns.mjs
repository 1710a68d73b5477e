// Writes a copy of a CSV with some columns quoted as CSV writers quote text ("east"), to time the
// reader on quoted files against the same file unquoted. Streams: the benchmark files are large.
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

/** Copies `src` to `dst` with the named columns' fields (not the header) in double quotes. */
export async function quoteColumns(src, dst, names) {
  const lines = createInterface({ input: createReadStream(src), crlfDelay: Infinity });
  const out = createWriteStream(dst);
  let which = null;
  let batch = [];
  const flush = async () => {
    if (!out.write(`${batch.join('\n')}\n`)) await once(out, 'drain');
    batch = [];
  };
  for await (const line of lines) {
    if (which === null) {
      const header = line.split(',');
      which = names.map((n) => header.indexOf(n));
      if (which.some((j) => j < 0)) throw new Error(`${src} has no column ${names[which.indexOf(-1)]}`);
      batch.push(line);
      continue;
    }
    const fields = line.split(',');
    for (const j of which) fields[j] = `"${fields[j]}"`;
    batch.push(fields.join(','));
    if (batch.length === 10_000) await flush();
  }
  await flush();
  out.end();
  await once(out, 'finish');
}
