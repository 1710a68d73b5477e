/**
 * scripts/release.mjs in a temporary clone of this repository (its committed state), whose remote
 * is an empty bare repository, so the test can see that nothing is ever pushed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/node-binaries.js';
// @ts-expect-error: a plain .mjs script, no type declarations
import { changelogFor } from '../../scripts/release.mjs';

const SCRIPT = join(ROOT, 'scripts', 'release.mjs');
const work = mkdtempSync(join(tmpdir(), 'mg-release-'));
const clone = join(work, 'clone');
const remote = join(work, 'remote.git');

function env(): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(npm_|GIT_)/i.test(k)) e[k] = v;
  return e;
}

const git = (...args: string[]) => execFileSync('git', args, { cwd: clone, encoding: 'utf8', env: env() }).trim();
const release = (...args: string[]) => {
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: clone, encoding: 'utf8', env: env(), timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

const CHANGELOG = '# Changelog\n\n## [Unreleased]\n\n### Added\n\n- Everything.\n';

beforeAll(() => {
  execFileSync('git', ['clone', '--quiet', ROOT, clone], { env: env() });
  execFileSync('git', ['init', '--quiet', '--bare', remote], { env: env() });
  git('remote', 'set-url', 'origin', remote);
  git('config', 'user.name', 'Release Test');
  git('config', 'user.email', 'release-test@example.invalid');
  git('config', 'commit.gpgsign', 'false');
  git('config', 'tag.gpgsign', 'false');
  // The build needs the dependencies; a link to this repository's, hidden from git status.
  symlinkSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'));
  appendFileSync(join(clone, '.git', 'info', 'exclude'), '/node_modules\n');
  writeFileSync(join(clone, 'CHANGELOG.md'), CHANGELOG);
  // The committed dist/ must be what its sources build; make that so whatever HEAD holds.
  execFileSync('npm', ['run', 'build'], { cwd: clone, env: env(), stdio: 'ignore' });
  git('add', '-A');
  git('commit', '--quiet', '--allow-empty', '-m', 'test set-up');
}, 120_000);

describe('changelogFor', () => {
  it('moves the Unreleased notes under the version and leaves an empty Unreleased above', () => {
    const text = '# Changelog\n\nintro\n\n## [Unreleased]\n\n- new\n\n## [1.0.0] - 2026-01-01\n\n- old\n';
    expect(changelogFor(text, '1.1.0', '2026-12-04')).toBe('# Changelog\n\nintro\n\n## [Unreleased]\n\n## [1.1.0] - 2026-12-04\n\n- new\n\n## [1.0.0] - 2026-01-01\n\n- old\n');
  });

  it('refuses a release with nothing under Unreleased, or no such section', () => {
    expect(() => changelogFor('# C\n\n## [Unreleased]\n\n## [1.0.0] - x\n- a\n', '1.0.1', 'd')).toThrow(/section is empty/);
    expect(() => changelogFor('# C\n', '1.0.1', 'd')).toThrow(/no "## \[Unreleased\]"/);
  });
});

describe('scripts/release.mjs in a clone', () => {
  it('refuses a dirty tree', () => {
    writeFileSync(join(clone, 'stray.txt'), 'x');
    const r = release('1.0.0');
    expect(r.code).toBe(1);
    expect(r.err).toContain('uncommitted changes');
    execFileSync('rm', [join(clone, 'stray.txt')]);
  });

  it('refuses a version that is not newer, and nonsense', () => {
    expect(release('0.0.9').err).toContain('is not newer than');
    expect(release('v1').err).toContain('usage: node scripts/release.mjs');
  });

  it('refuses a dist/ that the sources no longer build', () => {
    const file = join(clone, 'src', 'version.ts');
    const before = readFileSync(file, 'utf8');
    writeFileSync(file, before.replace(/VERSION = '[^']+'/, "VERSION = '0.1.0-stale'"));
    git('commit', '--quiet', '-am', 'a source change without its build');
    const r = release('1.0.0');
    expect(r.code).toBe(1);
    expect(r.err).toContain('differs from a fresh build');
    // Back to a consistent tree: the build the refusal left behind is what would be committed.
    git('checkout', '--quiet', '--', '.');
    git('reset', '--quiet', '--hard', 'HEAD~1');
  }, 60_000);

  it('bumps, rebuilds, commits, tags vX.Y.Z, moves vX, and pushes nothing', () => {
    const r = release('1.0.0');
    expect(r.err).not.toMatch(/^release:/m);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(clone, 'package.json'), 'utf8')).version).toBe('1.0.0');
    const lock = JSON.parse(readFileSync(join(clone, 'package-lock.json'), 'utf8'));
    expect([lock.version, lock.packages[''].version]).toEqual(['1.0.0', '1.0.0']);
    expect(readFileSync(join(clone, 'src', 'version.ts'), 'utf8')).toContain("VERSION = '1.0.0'");
    expect(readFileSync(join(clone, 'dist', 'cli.js'), 'utf8')).toContain('"1.0.0"');
    expect(readFileSync(join(clone, 'CHANGELOG.md'), 'utf8')).toMatch(/## \[Unreleased\]\n\n## \[1\.0\.0\] - \d{4}-\d\d-\d\d\n\n### Added\n\n- Everything\.\n$/);
    expect(git('status', '--porcelain')).toBe('');
    expect(git('log', '-1', '--format=%s')).toBe('Release v1.0.0');
    expect(git('tag', '--points-at', 'HEAD').split('\n').sort()).toEqual(['v1', 'v1.0.0']);
    expect(r.out).toContain('git push origin v1.0.0');
    expect(r.out).toContain('git push --force origin v1');
    // show-ref lists every ref of the remote, and exits 1 when there is none.
    const refs = spawnSync('git', ['--git-dir', remote, 'show-ref'], { encoding: 'utf8', env: env() });
    expect([refs.status, refs.stdout]).toEqual([1, '']);
  }, 60_000);

  it('a second release moves v1 and leaves v1.0.0 where it was', () => {
    const first = git('rev-parse', 'v1.0.0^{commit}');
    writeFileSync(join(clone, 'CHANGELOG.md'), readFileSync(join(clone, 'CHANGELOG.md'), 'utf8').replace('## [Unreleased]\n', '## [Unreleased]\n\n### Fixed\n\n- A fix.\n'));
    git('commit', '--quiet', '-am', 'a fix');
    expect(release('patch').code).toBe(0);
    expect(git('rev-parse', 'v1^{commit}')).toBe(git('rev-parse', 'HEAD'));
    expect(git('rev-parse', 'v1.0.1^{commit}')).toBe(git('rev-parse', 'HEAD'));
    expect(git('rev-parse', 'v1.0.0^{commit}')).toBe(first);
    expect(release('1.0.1').err).toContain('not newer');
  }, 60_000);
});
