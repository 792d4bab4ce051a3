import type { Graph } from '../graph/index.ts';
import { graphJsonChunks } from './graph-json.ts';
import { graphmlChunks } from './graphml.ts';
import { toGraphHtml } from './graph-html.ts';
import { toGexf } from './gexf.ts';
import { toEdgesCsv, toNodesCsv } from './csv-tables.ts';
import { openOutputFolder, type OutputFolder } from './output-folder.ts';

export type OutputFormat = 'json' | 'graphml' | 'cypher' | 'html' | 'gexf' | 'csv';

/** Every format, in the order files are written. */
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'graphml', 'cypher', 'html', 'gexf', 'csv'];

export interface WriteOutputsOptions {
  /** Which files to write. */
  formats?: OutputFormat[];
  /** Called with soft problems of the swap (an old folder that could not be removed). */
  onWarning?: (warning: string) => void;
}

export const DEFAULT_WRITE_OUTPUTS_OPTIONS: Required<Omit<WriteOutputsOptions, 'onWarning'>> = {
  formats: ['json', 'graphml', 'cypher'],
};

/** The file a format writes (csv writes two: nodes.csv, edges.csv). */
export const OUTPUT_FILE_NAMES: Record<OutputFormat, string> = {
  json: 'graph.json',
  graphml: 'graph.graphml',
  cypher: 'graph.cypher',
  html: 'graph.html',
  gexf: 'graph.gexf',
  csv: 'nodes.csv',
};

/** A file's text whole or in pieces (written as produced, so a large graph's text is never whole in memory). */
type Text = string | Iterable<string>;
type Producer = (graph: Graph) => [name: string, text: Text][];

/**
 * Write the chosen formats into `out` all or nothing (see output-folder.ts): a folder path, or a folder opened
 * earlier with `openOutputFolder` (the CLI opens it before the analysis, so a folder that cannot be written fails
 * fast). Returns the paths written. The Cypher text comes from `cypherScript`; without it no .cypher file is
 * written. On any failure the staging folder is removed, `out` keeps its previous files, and E_WRITE names the
 * folder. Formats not asked for are not carried over from an earlier run: the folder holds one run's set.
 */
export async function writeOutputs(
  graph: Graph,
  out: string | OutputFolder,
  options: WriteOutputsOptions = {},
  cypherScript?: (graph: Graph) => Text,
): Promise<string[]> {
  const { formats } = { ...DEFAULT_WRITE_OUTPUTS_OPTIONS, ...options };
  const folder = typeof out === 'string' ? await openOutputFolder(out) : out;
  const one = (format: OutputFormat, produce: (g: Graph) => Text): Producer => (g) => [[OUTPUT_FILE_NAMES[format], produce(g)]];
  const producers: Record<OutputFormat, Producer | undefined> = {
    json: one('json', graphJsonChunks),
    graphml: one('graphml', graphmlChunks),
    cypher: cypherScript && one('cypher', cypherScript),
    html: one('html', toGraphHtml),
    gexf: one('gexf', toGexf),
    csv: (g) => [
      ['nodes.csv', toNodesCsv(g)],
      ['edges.csv', toEdgesCsv(g)],
    ],
  };
  const written: string[] = [];
  try {
    for (const format of OUTPUT_FORMATS.filter((f) => formats.includes(f))) {
      const produce = producers[format];
      if (!produce) continue;
      for (const [name, text] of produce(graph)) written.push(await folder.write(name, text));
    }
  } catch (e) {
    await folder.discard();
    throw e;
  }
  for (const warning of await folder.commit()) options.onWarning?.(warning);
  return written;
}
