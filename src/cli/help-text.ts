export const MAIN_HELP = `zhkg — knowledge graphs from Chinese-language news

Usage:
  zhkg ingest [paths...] [options]   articles → out/graph.json, graph.graphml, graph.cypher (and Neo4j);
                                     --format json,html adds out/graph.html, an offline viewer
  zhkg show <name or alias> [options]  an entity's card (facts with evidence) from out/graph.json or Neo4j
  zhkg load <graph.json> [options]   load a graph built earlier into Neo4j
  zhkg export --format neo4j-import  a graph built earlier as CSV for neo4j-admin database import
  zhkg eval --gold <dir> --articles <dir> [options]   score extraction against gold annotations
  zhkg <command> --help              options of a command

With npm: npm run ingest -- [paths...] [options]`;

export const INGEST_HELP = `zhkg ingest [paths...] [options]

Reads every article (.md .txt .html .htm .shtml) in the given files and folders (default: seeds/),
extracts entities and relations, and writes the graph files. Bad files are reported (on stderr) and
skipped; the exit code is 1 when any file failed. Folders are walked by real path: a symlink loop is
followed once and reported as a warning.

The files are written all or nothing: into a staging folder beside --out, then swapped in together,
so --out holds one run's whole set or the previous one (also after Ctrl-C or a full disk). A run that
read no article writes nothing, keeps the previous files and exits 1. --out is checked before the
analysis (E_WRITE naming it); it must be zhkg's own folder (other files are kept, sub-folders refused).

Options:
  --out <dir>          output folder [out]
  --format <list>      comma-separated, any of json,graphml,cypher,html,gexf,csv [json,graphml,cypher]:
                       html = graph.html, an offline viewer (search, filters, entity cards; open it in a
                       browser), gexf = graph.gexf for Gephi, csv = nodes.csv and edges.csv
  --lexicon <file>     extra lexicon TSV (data/README.md); repeatable; overrides built-in ids
  --tagger on|off      the trained name tagger as the last recogniser (data/ner-model.bin.gz) [on]
  --max-bytes <n>      reject larger files [67108864]
  --jobs <n>           worker threads for the analysis [1]; each costs 3-5 s of CPU before its
                       first page (dictionary, lexicon, cold code) and ~300 MB: both corpora (4,439
                       pages) peaked at 0.85 GB with 1 job, 1.15-1.2 GB with 2, and 2 were slower
                       on a busy 2-core machine; more pays off only on idle cores
  --file-timeout <s>   give up a file whose analysis takes longer (E_INPUT_TOO_COMPLEX) and go on with
                       the rest [60]; 0 = no limit (analysis then runs in-process with --jobs 1)
  --cache <dir>        per-article results, reused when a page, its path, the options and zhkg's
                       version are unchanged, so a rerun analyses only new or changed pages
                       [.<out>.zhkg-cache beside --out]; entries of pages not read are removed
  --no-cache           analyse every page and keep no cache
  --neo4j              also load the graph into Neo4j (implied when NEO4J_URI is set)
  --no-neo4j           never load into Neo4j, even when NEO4J_URI is set
  --prune              with Neo4j: retract and delete the articles loaded earlier from under the given
                       paths whose files are gone (the graph files never hold them)
  --batch-size <n>     rows per Neo4j transaction [1000]
  --json               print the report as JSON instead of text
  --quiet              no progress on stderr
  -h, --help           this help

Neo4j connection (environment): NEO4J_URI [bolt://127.0.0.1:7687], NEO4J_USERNAME [neo4j],
NEO4J_PASSWORD (required to load), NEO4J_DATABASE [neo4j]. The password is never printed, and there is
no --password option: a command line is visible to every user of the machine. NEO4J_URI must be
bolt:// or neo4j:// on the Bolt port (7687), not Browser's http:// address on 7474.`;

export const LOAD_HELP = `zhkg load <graph.json> [options]

Loads a graph.json written by 'zhkg ingest' into Neo4j without re-extracting. Idempotent.

Options:
  --cypher             run the graph.cypher script given instead of a graph.json; same database, but
                       17-38x slower than loading graph.json (its rows are literals that Neo4j parses
                       and plans statement by statement), so prefer graph.json
  --batch-size <n>     rows per transaction [1000]
  -h, --help           this help

Connection: NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE (see 'zhkg ingest --help').`;

export const EXPORT_HELP = `zhkg export [--graph out/graph.json] [--format neo4j-import] [--out out/neo4j-import]

Writes a graph built earlier in another format. neo4j-import: articles.csv, entities.csv, mentions.csv,
provenance.csv, relations.csv for 'neo4j-admin database import full' (the same database as 'zhkg load'
into an empty Neo4j), import.sh with the exact command, after-import.cypher to run after the import (empty alias lists,
constraints, full-text index), README.md.

Options:
  --graph <file>       graph.json to read [out/graph.json]
  --format <name>      neo4j-import [neo4j-import]
  --out <dir>          folder to write (created; its files of the same names are replaced) [out/neo4j-import]
  -h, --help           this help`;

export const EVAL_HELP = `zhkg eval --gold <dir> --articles <dir> [options]

Runs the pipeline on the articles the gold files name and prints entity and relation
precision, recall and F1 (micro, pooled over articles), typed entity F1, misses and false positives.

Options:
  --gold <dir>         folder of gold JSON files (repeatable; each is a split)
  --articles <dir>     folder the gold 'article' paths are found under (repeatable)
  --lexicon <file>     extra lexicon TSV; repeatable
  --tagger on|off      the trained name tagger as the last recogniser [on]
  --check <file>       fail (exit 1) when entity or relation F1 is more than 0.02 below this baseline JSON
  --write-baseline <file>  write the scores as a new baseline JSON
  --limit <n>          misses/false positives listed per article [20]
  --json               print the report as JSON
  -h, --help           this help`;


export const SHOW_HELP = `zhkg show <name or alias> [options]

Prints an entity's card from a graph.json written by 'zhkg ingest': type, English name, aliases, and every
fact about it grouped by relation, newest first, each with its evidence sentence, modality, date, outlet and
source URL. The name may be a name, English name or alias in either script (马云, 馬雲, Jack Ma) or a node key.
A name shared by several entities lists them (with their keys) and exits 1; an unknown name exits 1 and lists
close names.

Options:
  --graph <file>       the graph.json to read [out/graph.json]
  --neo4j              read the card from Neo4j instead (connection as for 'zhkg load': NEO4J_URI,
                       NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE); names match as typed, in simplified
                       characters, or in lower case, not by the looser folding of graph.json
  --json               print the card as JSON
  -h, --help           this help`;
