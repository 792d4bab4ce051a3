#!/usr/bin/env node
// Thin CLI: parses argv, calls the library, prints, sets the exit code. Only this file exits.
import { existsSync } from 'node:fs';
import { isZhkgError } from './errors.ts';
import { processIo, type CliIo } from './cli/cli-io.ts';
import { MAIN_HELP } from './cli/help-text.ts';
import { oneLine } from './cli/one-line.ts';
import { ingestCommand } from './cli/ingest-command.ts';
import { loadCommand } from './cli/load-command.ts';
import { evalCommand } from './cli/eval-command.ts';
import { showCommand } from './cli/show-command.ts';
import { exportCommand } from './cli/export-command.ts';

const COMMANDS: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  ingest: ingestCommand,
  load: loadCommand,
  eval: evalCommand,
  show: showCommand,
  export: exportCommand,
};

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.out(MAIN_HELP);
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.err(`zhkg: unknown command "${command}"\n\n${MAIN_HELP}`);
    return 2;
  }
  try {
    return await run(rest, io);
  } catch (e) {
    if (isZhkgError(e)) {
      io.err(oneLine(`${e.code} ${e.message}`));
      return e.code === 'E_USAGE' ? 2 : 1;
    }
    io.err(`zhkg: unexpected error: ${(e as Error).stack ?? String(e)}`);
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('/cli.ts')) {
  // The same .env as docker compose and neo4j:start; variables already in the environment win.
  if (existsSync('.env')) process.loadEnvFile('.env');
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
