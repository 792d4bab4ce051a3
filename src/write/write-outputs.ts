import type { Graph } from '../graph/index.ts';
import { toGraphJson } from './graph-json.ts';
import { toGraphml } from './graphml.ts';
import { openOutputFolder, type OutputFolder } from './output-folder.ts';

export type OutputFormat = 'json' | 'graphml' | 'cypher';

export interface WriteOutputsOptions {
  /** Which files to write. */
  formats?: OutputFormat[];
  /** Called with soft problems of the swap (an old folder that could not be removed). */
  onWarning?: (warning: string) => void;
}

export const DEFAULT_WRITE_OUTPUTS_OPTIONS: Required<Omit<WriteOutputsOptions, 'onWarning'>> = {
  formats: ['json', 'graphml', 'cypher'],
};

export const OUTPUT_FILE_NAMES: Record<OutputFormat, string> = {
  json: 'graph.json',
  graphml: 'graph.graphml',
  cypher: 'graph.cypher',
};

/**
 * Write graph.json, graph.graphml and graph.cypher into `out` all or nothing (see output-folder.ts): a folder path,
 * or a folder opened earlier with `openOutputFolder` (the CLI opens it before the analysis, so a folder that cannot
 * be written fails fast). Returns the paths written. The Cypher text comes from `cypherScript`; without it no .cypher
 * file is written. On any failure the staging folder is removed, `out` keeps its previous files, and E_WRITE names
 * the folder. Formats not asked for are not carried over from an earlier run: the folder holds one run's set.
 */
export async function writeOutputs(
  graph: Graph,
  out: string | OutputFolder,
  options: WriteOutputsOptions = {},
  cypherScript?: (graph: Graph) => string,
): Promise<string[]> {
  const { formats } = { ...DEFAULT_WRITE_OUTPUTS_OPTIONS, ...options };
  const folder = typeof out === 'string' ? await openOutputFolder(out) : out;
  const producers: Record<OutputFormat, ((g: Graph) => string) | undefined> = {
    json: toGraphJson,
    graphml: toGraphml,
    cypher: cypherScript,
  };
  const written: string[] = [];
  try {
    for (const format of (['json', 'graphml', 'cypher'] as const).filter((f) => formats.includes(f))) {
      const produce = producers[format];
      if (!produce) continue;
      written.push(await folder.write(OUTPUT_FILE_NAMES[format], produce(graph)));
    }
  } catch (e) {
    await folder.discard();
    throw e;
  }
  for (const warning of await folder.commit()) options.onWarning?.(warning);
  return written;
}
