/** Node-side tests: run a script of this project in a child Node process and collect its output. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** The project's root folder. */
export const root = new URL('../..', import.meta.url).pathname;

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `node <args…>` from the project root (paths in `args` relative to it), `stdin` written and closed. */
export function runNode(args: string[], stdin = ''): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const [script, ...rest] = args;
    const child = spawn(process.execPath, [join(root, script), ...rest], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}
