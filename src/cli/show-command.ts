import { readFile } from 'node:fs/promises';
import { graphFromJson } from '../graph/index.ts';
import { ZhkgError } from '../errors.ts';
import { toViewerData } from '../view/to-viewer-data.ts';
import { neo4jConfig, readEntityData, redact } from '../neo4j/index.ts';
import { entityCard } from '../view/entity-card.ts';
import { EntityLookupError, findEntity } from '../view/find-entity.ts';
import type { ViewerData } from '../view/viewer-data.ts';
import { SHOW_HELP } from './help-text.ts';
import { parseCliArgs } from './parse-cli-args.ts';
import { formatEntityCard } from './format-entity-card.ts';
import { oneLine } from './one-line.ts';
import type { CliIo } from './cli-io.ts';

async function readGraphData(file: string): Promise<ViewerData> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new ZhkgError('E_INPUT_MISSING', `zhkg show: cannot read ${file}: ${reason} (run 'zhkg ingest' first, or pass --graph)`, { file });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ZhkgError('E_GRAPH_INVALID', `zhkg show: ${file} is not JSON: ${(e as Error).message}`, { file });
  }
  return toViewerData(graphFromJson(json));
}

function candidateLine(data: ViewerData, index: number): string {
  const e = data.entities[index]!;
  return oneLine(`  ${e.key}  ${e.name} (${e.type}, ${e.mentions} mentions)`);
}

/** `zhkg show <name or alias>`: an entity's card from graph.json; returns the exit code. */
export async function showCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCliArgs(args, {
    graph: { type: 'string', default: 'out/graph.json' },
    json: { type: 'boolean', default: false },
    neo4j: { type: 'boolean', default: false },
  });
  if (values.help) {
    io.out(SHOW_HELP);
    return 0;
  }
  const query = positionals.join(' ').trim();
  if (!query) throw new ZhkgError('E_USAGE', 'zhkg show: give a name, alias or node key (see zhkg show --help)');
  // With --neo4j, the database is the source: only the entities the name names (and their neighbours) are read.
  const conn = values.neo4j ? neo4jConfig({}, io.env) : undefined;
  const data = conn ? await readEntityData(query, conn) : await readGraphData(String(values.graph));
  const where = conn ? ` in ${redact(conn)}` : '';
  let index: number;
  try {
    index = findEntity(data, query);
  } catch (e) {
    if (!(e instanceof EntityLookupError)) throw e;
    const ambiguous = e.code === 'E_ENTITY_AMBIGUOUS';
    if (values.json) {
      const candidates = e.candidates.map((i) => ({ key: data.entities[i]!.key, name: data.entities[i]!.name, type: data.entities[i]!.type }));
      io.out(JSON.stringify({ error: { code: e.code, message: e.message }, candidates }, null, 2));
    }
    io.err(oneLine(`${e.code} zhkg show: ${ambiguous ? `"${query}" names ${e.candidates.length} entities; pass one of these keys:` : `no entity is named "${query}"${where}${e.candidates.length ? '; close names:' : ''}`}`));
    for (const i of e.candidates) io.err(candidateLine(data, i));
    return 1;
  }
  const card = entityCard(data, index);
  io.out(values.json ? JSON.stringify(card, null, 2) : formatEntityCard(card));
  return 0;
}
