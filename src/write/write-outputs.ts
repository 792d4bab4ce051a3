import { join } from 'node:path';
import type { Graph } from '../graph/index.ts';
import { toGraphJson } from './graph-json.ts';
import { toGraphml } from './graphml.ts';
import { writeFileAtomic } from './write-file-atomic.ts';

export type OutputFormat = 'json' | 'graphml' | 'cypher';

export interface WriteOutputsOptions {
  /** Which files to write. */
  formats?: OutputFormat[];
}

export const DEFAULT_WRITE_OUTPUTS_OPTIONS: Required<WriteOutputsOptions> = {
  formats: ['json', 'graphml', 'cypher'],
};

export const OUTPUT_FILE_NAMES: Record<OutputFormat, string> = {
  json: 'graph.json',
  graphml: 'graph.graphml',
  cypher: 'graph.cypher',
};

/**
 * Write graph.json, graph.graphml and graph.cypher into `outDir` (created if needed), each atomically, and return the
 * paths written. The Cypher text comes from `cypherScript`; without it no .cypher file is written.
 * Throws E_WRITE naming the file that could not be written.
 */
export async function writeOutputs(
  graph: Graph,
  outDir: string,
  options: WriteOutputsOptions = {},
  cypherScript?: (graph: Graph) => string,
): Promise<string[]> {
  const { formats } = { ...DEFAULT_WRITE_OUTPUTS_OPTIONS, ...options };
  const producers: Record<OutputFormat, ((g: Graph) => string) | undefined> = {
    json: toGraphJson,
    graphml: toGraphml,
    cypher: cypherScript,
  };
  const written: string[] = [];
  for (const format of (['json', 'graphml', 'cypher'] as const).filter((f) => formats.includes(f))) {
    const produce = producers[format];
    if (!produce) continue;
    const path = join(outDir, OUTPUT_FILE_NAMES[format]);
    await writeFileAtomic(path, produce(graph));
    written.push(path);
  }
  return written;
}
