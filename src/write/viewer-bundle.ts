/**
 * The viewer's browser code (src/viewer/main.ts with sigma.js and graphology) as one minified script, bundled with
 * esbuild from node_modules when graph.html is first written in a process (about 0.3 s), then reused. The one
 * place esbuild is imported.
 */
import { buildSync } from 'esbuild';
import { ZhkgError } from '../errors.ts';

let cached: string | undefined;

export const VIEWER_ENTRY = new URL('../viewer/main.ts', import.meta.url).pathname;

export function viewerBundle(): string {
  if (cached !== undefined) return cached;
  try {
    const result = buildSync({
      entryPoints: [VIEWER_ENTRY],
      bundle: true,
      minify: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2020',
      write: false,
      legalComments: 'none',
      charset: 'utf8',
      logLevel: 'silent',
    });
    cached = result.outputFiles[0]!.text;
  } catch (e) {
    throw new ZhkgError('E_WRITE', `viewerBundle: cannot bundle ${VIEWER_ENTRY}: ${(e as Error).message}`, { cause: e });
  }
  return cached;
}
