#!/usr/bin/env node
// Cuts a release in the repository of the current directory:
//   node scripts/release.mjs <X.Y.Z | major | minor | patch>
// It refuses a dirty tree or a dist/ that is not what the sources build (the action runs the
// committed dist/, so a stale one would ship code nobody reviewed), then bumps the version in
// package.json, package-lock.json and src/version.ts, turns CHANGELOG.md's "Unreleased" section
// into "X.Y.Z - date", rebuilds dist/ (it carries the version), commits, tags vX.Y.Z and moves the
// major tag vX to the same commit, as official actions do, so that `uses: owner/model-gate@vX`
// gets the release. It never pushes: it prints the commands.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const GENERATED = ['dist', 'src/config/config-validator.generated.js'];

class Refusal extends Error {}

function git(args, opts = {}) {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...opts }).trim();
}

function parseVersion(v) {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(v);
  return m ? m.slice(1).map(Number) : null;
}

function nextVersion(current, request) {
  const cur = parseVersion(current);
  if (!cur) throw new Refusal(`package.json version ${current} is not X.Y.Z`);
  const [major, minor, patch] = cur;
  if (request === 'major') return `${major + 1}.0.0`;
  if (request === 'minor') return `${major}.${minor + 1}.0`;
  if (request === 'patch') return `${major}.${minor}.${patch + 1}`;
  const want = parseVersion(request ?? '');
  if (!want) throw new Refusal(`usage: node scripts/release.mjs <X.Y.Z | major | minor | patch> (got ${JSON.stringify(request ?? '')})`);
  const newer = want[0] - major || want[1] - minor || want[2] - patch;
  if (newer <= 0) throw new Refusal(`version ${request} is not newer than ${current}`);
  return request;
}

/** CHANGELOG.md with its Unreleased notes moved under the new version; refuses when there are none. */
export function changelogFor(text, version, date) {
  const heading = /^## \[Unreleased\][^\n]*\n/m;
  const m = heading.exec(text);
  if (!m) throw new Refusal('CHANGELOG.md has no "## [Unreleased]" section');
  const after = text.slice(m.index + m[0].length);
  const next = after.search(/^## /m);
  const notes = (next === -1 ? after : after.slice(0, next)).trim();
  if (notes === '') throw new Refusal('CHANGELOG.md\'s "## [Unreleased]" section is empty: say what this release changes first');
  return `${text.slice(0, m.index)}## [Unreleased]\n\n## [${version}] - ${date}\n\n${notes}\n\n${next === -1 ? '' : after.slice(next)}`.replace(/\n+$/, '\n');
}

function replaceVersion(file, pattern, version) {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  if (!pattern.test(text)) throw new Refusal(`${file}: no version to bump`);
  writeFileSync(path, text.replace(pattern, (_, pre, _old, post) => `${pre}${version}${post}`));
}

function release(request) {
  if (git(['status', '--porcelain', '--untracked-files=all']) !== '') {
    throw new Refusal('the working tree has uncommitted changes (git status): commit or stash them first');
  }
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const version = nextVersion(pkg.version, request);
  const tag = `v${version}`;
  const major = `v${version.split('.')[0]}`;
  if (git(['tag', '--list', tag]) !== '') throw new Refusal(`tag ${tag} exists already`);

  console.log(`release: building dist/ to check it is what the sources build`);
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (git(['status', '--porcelain', '--untracked-files=all', '--', ...GENERATED]) !== '') {
    throw new Refusal('dist/ or the generated config validator differs from a fresh build of the sources: commit what `npm run build` wrote (it is in the tree now), then release');
  }

  replaceVersion('package.json', /^(\s*"version":\s*")([^"]+)(")/m, version);
  // The lockfile names the root package's version twice: at the top and under packages[""].
  const lockPath = join(root, 'package-lock.json');
  const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
  lock.version = version;
  if (lock.packages?.['']) lock.packages[''].version = version;
  writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
  replaceVersion('src/version.ts', /^(export const VERSION = ')([^']+)(';)/m, version);
  const changelog = join(root, 'CHANGELOG.md');
  writeFileSync(changelog, changelogFor(readFileSync(changelog, 'utf8'), version, new Date().toISOString().slice(0, 10)));

  console.log(`release: rebuilding dist/ for ${version}`);
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  git(['add', '--', 'package.json', 'package-lock.json', 'src/version.ts', 'CHANGELOG.md', ...GENERATED]);
  git(['commit', '--quiet', '-m', `Release ${tag}`]);
  git(['tag', '-a', tag, '-m', `model-gate ${version}`]);
  // The major tag follows the newest release of its major version (a moving tag, by design).
  git(['tag', '-f', '-a', major, '-m', `model-gate ${version}`]);
  const branch = git(['rev-parse', '--abbrev-ref', 'HEAD']);
  console.log(
    [
      `release: committed and tagged ${tag}; ${major} now points at it too. Nothing was pushed. To publish:`,
      `  git push origin ${branch === 'HEAD' ? 'HEAD:main' : branch}`,
      `  git push origin ${tag}`,
      `  git push --force origin ${major}`,
      `and attach the tarball of \`npm pack\` (model-gate-${version}.tgz) to the GitHub release of ${tag}.`,
    ].join('\n'),
  );
}

const root = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
})();

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  try {
    if (root === null) throw new Refusal('not inside a git repository');
    release(process.argv[2]);
  } catch (e) {
    if (!(e instanceof Refusal)) throw e;
    console.error(`release: ${e.message}`);
    process.exitCode = 1;
  }
}
