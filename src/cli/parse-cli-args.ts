import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ZhkgError } from '../errors.ts';

/** node:util parseArgs, with usage errors turned into E_USAGE. */
export interface CliArgs {
  values: Record<string, string | boolean | string[] | boolean[] | undefined>;
  positionals: string[];
}

export function parseCliArgs(args: string[], options: NonNullable<ParseArgsConfig['options']>): CliArgs {
  try {
    return parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, allowNegative: true, strict: true });
  } catch (e) {
    throw new ZhkgError('E_USAGE', `zhkg: ${(e as Error).message}`);
  }
}

/** An on/off flag given as `--name on|off`; undefined when absent (the library's default applies). */
export function onOff(value: string | undefined, name: string): boolean | undefined {
  if (value === undefined) return undefined;
  if (value === 'on' || value === 'off') return value === 'on';
  throw new ZhkgError('E_USAGE', `--${name} must be on or off, got "${value}"`);
}

export function positiveInt(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new ZhkgError('E_USAGE', `zhkg: --${name} takes a whole number ≥ 0, not "${value}"`);
  return n;
}
