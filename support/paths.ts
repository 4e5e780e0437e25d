import fs from 'node:fs';
import path from 'node:path';

/** The project root, whether running from tests/ (ts-jest) or dist/tests/ (compiled bench). */
export const PROJECT_ROOT = (() => {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('package.json not found above ' + __dirname);
    dir = up;
  }
  return dir;
})();

/** ../shared beside the project root (CI lays a copy there too); PARTNERWIJZER_SHARED overrides. */
export const SHARED_DIR = process.env.PARTNERWIJZER_SHARED ?? path.resolve(PROJECT_ROOT, '..', 'shared');

export function kitPath(...parts: string[]): string {
  return path.join(SHARED_DIR, 'kit', ...parts);
}

export function loadKitActivity<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(fs.readFileSync(kitPath('activities', name), 'utf8')) as T;
}
