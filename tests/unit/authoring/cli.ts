/** Runs a project script the way an author does, with the pinned Node through tsx. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

export const projectRoot = join(import.meta.dirname, '../../..');
export const fixtureRoot = (name: string) => join(projectRoot, 'tests/fixtures/authoring', name);

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runScript(script: string, args: string[]): Promise<Run> {
  const tsx = join(projectRoot, 'node_modules/.bin/tsx');
  try {
    const { stdout, stderr } = await promisify(execFile)(tsx, [join(projectRoot, 'scripts', script), ...args], {
      cwd: projectRoot,
      env: { ...process.env, INIT_CWD: projectRoot },
    });
    return { code: 0, stdout, stderr };
  } catch (failure) {
    const { code, stdout, stderr } = failure as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}
