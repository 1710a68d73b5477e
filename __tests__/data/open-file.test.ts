/**
 * Only regular files are read. Whatever could block (a FIFO) or never end (/dev/zero) is tested
 * through the CLI in a child process with a timeout (__tests__/cli/cli.test.ts), so that a
 * regression cannot hang the suite; here, what is refused without any risk of that.
 */
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFile } from '../../src/data/parse-file.js';
import { csvFile, inputError } from './helpers.js';

async function messageFor(path: string): Promise<string> {
  return (await inputError(parseFile({ path, display: 'ref.csv', hints: [] }))).message;
}

const servers: Server[] = [];
afterAll(() => {
  for (const s of servers) s.close();
});

describe('openCsv refuses what is not a regular file, naming it', () => {
  it('a directory', async () => {
    const d = `${csvFile('', 'x')}.d`;
    mkdirSync(d);
    expect(await messageFor(d)).toBe('ref.csv: is a directory without Parquet part files (*.parquet) in it: name a CSV or Parquet file, or a directory of Parquet parts (partition sub-directories such as day=1/ are not read)');
  });

  it('a character device (/dev/null)', async () => {
    expect(await messageFor('/dev/null')).toBe('ref.csv: is a character device, not a regular CSV file: model-gate reads only regular files');
  });

  it('a socket', async () => {
    const path = join(tmpdir(), `mg-sock-${process.pid}-${Date.now()}`);
    const server = createServer();
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(path, resolve));
    expect(await messageFor(path)).toBe('ref.csv: is a socket, not a regular CSV file: model-gate reads only regular files');
  });

  it('a regular-looking file under /proc or /sys, also through a link', async () => {
    expect(await messageFor('/proc/self/status')).toBe(
      'ref.csv: is under /proc, a virtual file system whose files change while they are read: copy it to a regular file first',
    );
    const link = `${csvFile('', 'y')}.lnk`;
    symlinkSync('/proc/self/status', link);
    expect(await messageFor(link)).toMatch(/^ref\.csv: is under \/proc/);
    const sys = ['/sys/kernel/mm/transparent_hugepage/enabled', '/sys/devices/system/cpu/online'].find((p) => existsSync(p));
    if (sys) expect(await messageFor(sys)).toMatch(/^ref\.csv: is under \/sys, a virtual file system/);
  });

  it('reads a regular file through a link', async () => {
    const target = csvFile('a,b\n1,2\n');
    const link = `${target}.lnk`;
    symlinkSync(target, link);
    expect((await parseFile({ path: link, display: 'ref.csv', hints: [] })).rowCount).toBe(1);
  });
});
