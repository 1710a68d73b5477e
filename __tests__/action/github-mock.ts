/**
 * A stand-in for api.github.com on 127.0.0.1 for the end-to-end tests. It keeps state (comments,
 * check runs), answers the endpoints the action uses, and refuses — recording a violation the tests
 * assert on — any request whose method + path is not an operation of GitHub's published OpenAPI
 * description, whose path or query parameters do not match their schemas, or whose JSON body does
 * not validate against the operation's request-body schema.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ROOT } from '../helpers/node-binaries.js';

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: object;
  $ref?: string;
}
interface Operation {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { $ref?: string; content?: Record<string, { schema?: object }> };
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: { parameters?: Record<string, Parameter>; requestBodies?: Record<string, Operation['requestBody']> };
}

interface Route {
  template: string;
  regex: RegExp;
  names: string[];
  literals: number;
}

/** The spec and compiled validators, shared by every mock in the process (the file is 13 MB). */
class Spec {
  private static instance: Spec | undefined;
  static get(): Spec {
    return (Spec.instance ??= new Spec());
  }

  readonly doc: OpenApi;
  readonly routes: Route[];
  private readonly ajv: Ajv;
  private readonly paramAjv: Ajv;
  private readonly cache = new Map<string, ValidateFunction>();

  private constructor() {
    const file = join(ROOT, 'node_modules', '@octokit', 'openapi', 'generated', 'api.github.com.json');
    this.doc = JSON.parse(readFileSync(file, 'utf8')) as OpenApi;
    // strict: false — OpenAPI 3.0 keywords (example, x-github...) are not JSON Schema; formats are
    // documentation here, and GitHub itself accepts e.g. any ISO date.
    this.ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true, validateSchema: false });
    this.ajv.addSchema(this.doc as object, 'gh');
    // Path and query parameters arrive as strings: coerce() reads them as the schema's type first.
    this.paramAjv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
    this.routes = Object.keys(this.doc.paths).map((template) => {
      const names: string[] = [];
      const source = template
        .split('/')
        .map((seg) => {
          const m = /^\{(\w+)\}$/.exec(seg);
          if (m) {
            names.push(m[1]!);
            return '([^/]+)';
          }
          return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        })
        .join('/');
      const literals = template.split('/').filter((s) => s !== '' && !s.startsWith('{')).length;
      return { template, regex: new RegExp(`^${source}$`), names, literals };
    });
    // More literal segments first: /issues/comments/{id} before /issues/{issue_number}/comments.
    this.routes.sort((a, b) => b.literals - a.literals);
  }

  bodyValidator(template: string, method: string): ValidateFunction | null {
    const key = `${method} ${template}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const op = this.doc.paths[template]![method]!;
    let body = op.requestBody;
    let pointer = `#/paths/${escapePointer(template)}/${method}/requestBody`;
    if (body?.$ref) {
      pointer = body.$ref;
      body = this.doc.components.requestBodies?.[body.$ref.split('/').pop()!];
    }
    if (!body?.content?.['application/json']?.schema) return null;
    const v = this.ajv.compile({ $ref: `gh${pointer}/content/application~1json/schema` });
    this.cache.set(key, v);
    return v;
  }

  paramValidator(p: Parameter): ValidateFunction {
    const key = `param ${JSON.stringify(p.schema)}`;
    let v = this.cache.get(key);
    if (!v) {
      v = this.paramAjv.compile(p.schema ?? {});
      this.cache.set(key, v);
    }
    return v;
  }

  resolveParam(p: Parameter): Parameter {
    return p.$ref ? this.doc.components.parameters![p.$ref.split('/').pop()!]! : p;
  }
}

function escapePointer(s: string): string {
  return s.replace(/~/g, '~0').replace(/\//g, '~1');
}

export interface MockUser {
  login: string;
  type: 'Bot' | 'User';
}

export interface MockComment {
  id: number;
  issue: number;
  body: string;
  user: MockUser;
}

export interface MockCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status?: string;
  conclusion?: string;
  details_url?: string;
  output?: { title?: string; summary?: string; text?: string };
}

export interface Failure {
  method: string;
  /** Matched against the request path (without query). */
  path: RegExp;
  status: number;
  /** How many matching requests fail before the endpoint answers normally. */
  times: number;
  message?: string;
  headers?: Record<string, string>;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  operationId?: string;
  body?: unknown;
  status: number;
  /** When the request arrived (performance.now(), ms): back-off waits are the gaps between these. */
  at: number;
}

export interface MockOptions {
  owner: string;
  repo: string;
  /** token → who it is. The workflow token is `github-actions[bot]` and cannot call GET /user. */
  tokens: Record<string, MockUser & { workflowToken?: boolean }>;
  /** Every write answers 403 "Resource not accessible by integration" (a fork PR's token). */
  readOnly?: boolean;
  failures?: Failure[];
  pulls?: Record<number, { headSha: string; baseFullName: string }>;
}

const NOT_ACCESSIBLE = 'Resource not accessible by integration';

export class GitHubMock {
  readonly requests: RecordedRequest[] = [];
  /** Requests the real API would refuse, or the mock does not implement: each fails a test. */
  readonly violations: string[] = [];
  readonly comments: MockComment[] = [];
  readonly checkRuns: MockCheckRun[] = [];
  private nextId = 1000;
  private server: Server | undefined;
  private base = '';
  private readonly spec = Spec.get();

  constructor(readonly opts: MockOptions) {}

  /** Comments someone else wrote, e.g. a busy PR. */
  seedComments(issue: number, n: number, user: MockUser, body = (i: number) => `comment ${i}`): void {
    for (let i = 0; i < n; i++) this.comments.push({ id: this.nextId++, issue, body: body(i), user });
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((e: unknown) => {
        this.violations.push(`mock crashed on ${req.method} ${req.url}: ${String(e)}`);
        send(res, 500, { message: 'mock error' });
      });
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.base;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server!.close(() => r()));
  }

  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET' && r.status < 300);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.base);
    const method = (req.method ?? 'GET').toLowerCase();
    const path = decodeURIComponent(url.pathname);
    const query = Object.fromEntries(url.searchParams);
    const at = performance.now();
    const raw = await readBody(req);
    const rec: RecordedRequest = { method: method.toUpperCase(), path, query, status: 0, at };
    this.requests.push(rec);
    const reply = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      rec.status = status;
      send(res, status, body, headers);
    };
    const refuse = (status: number, why: string) => {
      this.violations.push(`${rec.method} ${url.pathname}${url.search}: ${why}`);
      reply(status, { message: why });
    };

    // Routing by the OpenAPI description: the operation must exist for this method and path.
    const candidates = this.spec.routes.filter((r) => r.regex.test(url.pathname));
    if (candidates.length === 0) return refuse(404, 'no such path in the OpenAPI description');
    const route = candidates.find((r) => this.spec.doc.paths[r.template]![method]);
    if (!route) return refuse(404, `no ${rec.method} operation on ${candidates[0]!.template}`);
    const op = this.spec.doc.paths[route.template]![method]!;
    rec.operationId = op.operationId;

    const m = route.regex.exec(url.pathname)!;
    const pathParams: Record<string, string> = {};
    route.names.forEach((n, i) => (pathParams[n] = decodeURIComponent(m[i + 1]!)));
    for (const p0 of op.parameters ?? []) {
      const p = this.spec.resolveParam(p0);
      if (p.in !== 'path' && p.in !== 'query') continue;
      const value = p.in === 'path' ? pathParams[p.name] : query[p.name];
      if (value === undefined) {
        if (p.required) return refuse(422, `missing ${p.in} parameter ${p.name}`);
        continue;
      }
      const validate = this.spec.paramValidator(p);
      if (!validate(coerce(value, p.schema))) {
        return refuse(422, `${p.in} parameter ${p.name}=${JSON.stringify(value)}: ${JSON.stringify(validate.errors)}`);
      }
    }
    for (const q of Object.keys(query)) {
      const known = (op.parameters ?? []).map((p) => this.spec.resolveParam(p)).some((p) => p.in === 'query' && p.name === q);
      if (!known) return refuse(422, `unknown query parameter ${q}`);
    }

    let body: unknown;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw);
      } catch {
        return refuse(400, 'body is not JSON');
      }
    }
    rec.body = body;
    const bodyValidator = this.spec.bodyValidator(route.template, method);
    if (bodyValidator) {
      if (body === undefined) return refuse(422, 'missing JSON body');
      if (!bodyValidator(body)) {
        return refuse(422, `body does not match the schema: ${JSON.stringify(bodyValidator.errors?.slice(0, 5))}`);
      }
    } else if (body !== undefined && method !== 'get') {
      return refuse(422, 'a body on an operation without one');
    }

    const auth = /^(?:token|bearer) (.+)$/i.exec(String(req.headers.authorization ?? ''));
    const user = auth ? this.opts.tokens[auth[1]!] : undefined;
    if (!user) return reply(401, { message: 'Bad credentials' });

    for (const f of this.opts.failures ?? []) {
      if (f.times > 0 && f.method.toLowerCase() === method && f.path.test(path)) {
        f.times -= 1;
        return reply(f.status, { message: f.message ?? 'Server Error' }, f.headers);
      }
    }

    if (method !== 'get' && this.opts.readOnly) return reply(403, { message: NOT_ACCESSIBLE });
    if (pathParams.owner !== undefined && (pathParams.owner !== this.opts.owner || pathParams.repo !== this.opts.repo)) {
      return refuse(404, `the action used its token on ${pathParams.owner}/${pathParams.repo}`);
    }

    switch (op.operationId) {
      case 'issues/list-comments': {
        const issue = Number(pathParams.issue_number);
        const perPage = Math.min(Number(query.per_page ?? 30), 100);
        const page = Number(query.page ?? 1);
        const all = this.comments.filter((c) => c.issue === issue);
        const slice = all.slice((page - 1) * perPage, page * perPage);
        const headers: Record<string, string> = {};
        const last = Math.max(1, Math.ceil(all.length / perPage));
        if (page < last) {
          const next = new URL(url);
          next.searchParams.set('page', String(page + 1));
          next.searchParams.set('per_page', String(perPage));
          const lastUrl = new URL(next);
          lastUrl.searchParams.set('page', String(last));
          headers.link = `<${next}>; rel="next", <${lastUrl}>; rel="last"`;
        }
        return reply(200, slice.map((c) => this.commentJson(c)), headers);
      }
      case 'issues/create-comment': {
        const c: MockComment = {
          id: this.nextId++,
          issue: Number(pathParams.issue_number),
          body: (body as { body: string }).body,
          user: { login: user.login, type: user.type },
        };
        if (c.body.length > 65_536) return reply(422, { message: 'Validation Failed', errors: [{ message: 'Body is too long (maximum is 65536 characters)' }] });
        this.comments.push(c);
        return reply(201, this.commentJson(c));
      }
      case 'issues/update-comment': {
        const c = this.comments.find((x) => x.id === Number(pathParams.comment_id));
        if (!c) return reply(404, { message: 'Not Found' });
        if (c.user.login !== user.login) return reply(403, { message: 'You cannot edit this comment' });
        const text = (body as { body: string }).body;
        if (text.length > 65_536) return reply(422, { message: 'Validation Failed', errors: [{ message: 'Body is too long (maximum is 65536 characters)' }] });
        c.body = text;
        return reply(200, this.commentJson(c));
      }
      case 'checks/create': {
        const b = body as Omit<MockCheckRun, 'id'>;
        for (const field of ['summary', 'text'] as const) {
          const v = b.output?.[field];
          if (v !== undefined && Buffer.byteLength(v, 'utf8') > 65_535) {
            return reply(422, { message: `output.${field} is too long (maximum is 65535 characters)` });
          }
        }
        const run: MockCheckRun = { id: this.nextId++, ...b };
        this.checkRuns.push(run);
        return reply(201, { ...run, html_url: `https://github.com/${this.opts.owner}/${this.opts.repo}/runs/${run.id}` });
      }
      case 'users/get-authenticated':
        if (user.workflowToken) return reply(403, { message: NOT_ACCESSIBLE });
        return reply(200, { login: user.login, id: 1, type: user.type });
      case 'pulls/get': {
        const pr = this.opts.pulls?.[Number(pathParams.pull_number)];
        if (!pr) return reply(404, { message: 'Not Found' });
        return reply(200, {
          number: Number(pathParams.pull_number),
          head: { sha: pr.headSha, repo: { full_name: 'someone/fork' } },
          base: { repo: { full_name: pr.baseFullName } },
        });
      }
      default:
        return refuse(501, `the mock does not implement ${op.operationId}`);
    }
  }

  private commentJson(c: MockComment) {
    const { owner, repo } = this.opts;
    return {
      id: c.id,
      body: c.body,
      user: c.user,
      html_url: `https://github.com/${owner}/${repo}/pull/${c.issue}#issuecomment-${c.id}`,
      issue_url: `${this.base}/repos/${owner}/${repo}/issues/${c.issue}`,
    };
  }
}

/** Strings as the parameter's type would read them; anything else stays a string and fails. */
function coerce(value: string, schema: object | undefined): unknown {
  const type = (schema as { type?: string } | undefined)?.type;
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(text);
}
