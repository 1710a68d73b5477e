/**
 * The Pushgateway group a run's metrics replace: `job="model_gate"` and, when known, the config
 * (`instance`), the repository and the pull request, so that two configs or two pull requests do
 * not overwrite each other and Grafana can follow one of them over time.
 */
import type { Grouping } from './push.js';

export interface GroupingFacts {
  /** The config path as the run was given it. */
  config: string;
  /** `owner/repo`. */
  repository?: string;
  pullRequest?: number;
}

export function grouping(f: GroupingFacts): Grouping {
  return [
    ['instance', f.config],
    ['repository', f.repository],
    ['pull_request', f.pullRequest === undefined ? undefined : String(f.pullRequest)],
  ];
}

const REPOSITORY_RE = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const PR_REF_RE = /^refs\/pull\/(\d+)\/(?:merge|head)$/;

/**
 * What the CLI can know in a CI job without reading the event: GitHub Actions sets
 * GITHUB_REPOSITORY, and GITHUB_REF is `refs/pull/<n>/merge` on pull_request events.
 */
export function groupingFromEnv(config: string, env: NodeJS.ProcessEnv): Grouping {
  const repository = env['GITHUB_REPOSITORY'];
  const pr = PR_REF_RE.exec(env['GITHUB_REF'] ?? '');
  return grouping({
    config,
    ...(repository !== undefined && REPOSITORY_RE.test(repository) ? { repository } : {}),
    ...(pr ? { pullRequest: Number(pr[1]) } : {}),
  });
}
