#!/usr/bin/env node
// The `zhkg` command: runs the TypeScript CLI through tsx's loader.
import { existsSync } from 'node:fs';
import { register } from 'tsx/esm/api';

register();
// The same .env as docker compose and neo4j:start; variables already in the environment win.
if (existsSync('.env')) process.loadEnvFile('.env');
const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv.slice(2));
