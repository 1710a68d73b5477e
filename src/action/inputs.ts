/**
 * Every action input is read and validated here, once, so a typo in a workflow fails the step
 * with a message that names the input and the values it accepts instead of surfacing later as an
 * odd behaviour.
 */
import { MetricsUrlError, pushTarget } from '../metrics/push.js';
import { skippedFamilies, UsageError } from '../cli/families.js';
import type { Family } from '../results/types.js';

export type FailOn = 'fail' | 'warn' | 'never';
export const FAIL_ON_VALUES: readonly FailOn[] = ['fail', 'warn', 'never'];

export interface ActionInputs {
  config: string;
  githubToken: string;
  comment: boolean;
  checkName: string;
  failOn: FailOn;
  /** Empty: no artifact upload. */
  artifactName: string;
  workingDirectory: string;
  /**
   * Fork recipe (second workflow, on workflow_run): the first run's event file, taken from its
   * artifact, which names the pull request (GitHub leaves workflow_run.pull_requests empty for forks).
   */
  eventPath: string;
  /** Empty: no push. A Prometheus Pushgateway base URL, checked to be http(s) (src/metrics/push.ts). */
  metricsPushUrl: string;
  /** Families left out (inputs `only`, `skip`); empty: every family runs. */
  skipFamilies: ReadonlySet<Family>;
}

/** The same spellings as core.getBooleanInput (YAML 1.2 core schema), so the docs can say so. */
const TRUE_VALUES = ['true', 'True', 'TRUE'];
const FALSE_VALUES = ['false', 'False', 'FALSE'];

export class InputValidationError extends Error {
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(`Input "${input}": ${message}`);
    this.name = 'InputValidationError';
  }
}

/**
 * Reads a raw input, trimmed; undefined when the input is not set at all. The default reads the
 * runner's INPUT_* variables the way core.getInput does (upper case, spaces to `_`, hyphens kept).
 */
export type InputReader = (name: string) => string | undefined;

export function envInputReader(env: NodeJS.ProcessEnv = process.env): InputReader {
  return (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`]?.trim();
}

/** Defaults, the same as in action.yml, for runs outside the runner (which fills them in). */
export const DEFAULTS = {
  config: 'model-gate.yml',
  comment: true,
  'check-name': 'model-gate',
  'fail-on': 'fail' as FailOn,
  'artifact-name': 'model-gate-report',
  'working-directory': '.',
} as const;

function quoteValue(v: string): string {
  return JSON.stringify(v.length > 60 ? `${v.slice(0, 60)}…` : v);
}

function readBoolean(read: InputReader, name: string, fallback: boolean): boolean {
  const v = read(name) ?? '';
  if (v === '') return fallback;
  if (TRUE_VALUES.includes(v)) return true;
  if (FALSE_VALUES.includes(v)) return false;
  throw new InputValidationError(
    name,
    `${quoteValue(v)} is not a boolean; allowed: ${[...TRUE_VALUES, ...FALSE_VALUES].join(' | ')}`,
  );
}

function readChoice<T extends string>(read: InputReader, name: string, allowed: readonly T[], fallback: T): T {
  const v = read(name) ?? '';
  if (v === '') return fallback;
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new InputValidationError(name, `${quoteValue(v)} is not allowed; allowed: ${allowed.join(' | ')}`);
}

/** Characters the artifact service refuses in names (same list as @actions/artifact). */
const ARTIFACT_NAME_FORBIDDEN = /["<>|*?:\r\n\\/]/;
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;

export function readInputs(read: InputReader = envInputReader()): ActionInputs {
  const config = read('config') || DEFAULTS.config;
  if (CONTROL_CHARS.test(config)) {
    throw new InputValidationError('config', 'must be a file path without control characters');
  }

  const checkName = read('check-name') || DEFAULTS['check-name'];
  // GitHub shows check names in one line and rejects very long ones.
  if (checkName.length > 100 || CONTROL_CHARS.test(checkName)) {
    throw new InputValidationError('check-name', 'must be one line of at most 100 characters');
  }

  // Absent: the default name. Set but empty: the user turned the upload off.
  const artifactName = read('artifact-name') ?? DEFAULTS['artifact-name'];
  if (artifactName !== '' && ARTIFACT_NAME_FORBIDDEN.test(artifactName)) {
    throw new InputValidationError(
      'artifact-name',
      `${quoteValue(artifactName)} contains a character the artifact service refuses (" : < > | * ? \\ / or a line break); use another name, or an empty value to skip the upload`,
    );
  }

  const workingDirectory = read('working-directory') || DEFAULTS['working-directory'];
  if (CONTROL_CHARS.test(workingDirectory)) {
    throw new InputValidationError('working-directory', 'must be a directory path without control characters');
  }

  const metricsPushUrl = read('metrics-push-url') ?? '';
  if (metricsPushUrl !== '') {
    try {
      pushTarget(metricsPushUrl, []);
    } catch (e) {
      // The message never quotes the URL: it may hold a password.
      if (e instanceof MetricsUrlError) throw new InputValidationError('metrics-push-url', e.message);
      throw e;
    }
  }

  let skipFamilies: ReadonlySet<Family>;
  try {
    skipFamilies = skippedFamilies(read('only') || undefined, read('skip') || undefined);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    // The CLI's check of --only/--skip, named by the input that carries it.
    throw new InputValidationError(e.option, e.reason);
  }

  return {
    config,
    githubToken: read('github-token') ?? '',
    comment: readBoolean(read, 'comment', DEFAULTS.comment),
    checkName,
    failOn: readChoice(read, 'fail-on', FAIL_ON_VALUES, DEFAULTS['fail-on']),
    artifactName,
    workingDirectory,
    eventPath: read('event-path') ?? '',
    metricsPushUrl,
    skipFamilies,
  };
}
