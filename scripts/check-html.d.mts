// Types of scripts/check-html.mjs, for the tests that import it.
export interface PageResult {
  title: string;
  overflowX: boolean;
  verdict: { text: string; visible: boolean } | null;
  consoleErrors: string[];
  requests: string[];
}

export interface Browser {
  open(file: string, viewport?: { width?: number; height?: number; mobile?: boolean }): Promise<PageResult>;
  screenshot(out: string, clip?: { x: number; y: number; width: number; height: number }): Promise<void>;
  evaluate(expression: string): Promise<unknown>;
  close(): Promise<void>;
}

export function findChromium(env?: NodeJS.ProcessEnv): string | null;
export function launch(executable?: string | null): Promise<Browser>;
export function problems(result: PageResult): string[];
