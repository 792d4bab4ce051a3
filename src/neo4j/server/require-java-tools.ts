import { spawnSync } from 'node:child_process';
import { ZhkgError } from '../../errors.ts';
import { javaExecutable } from './build-java-command.ts';

export type JavaTool = 'java' | 'mvn';

const MIN_JAVA = 17;

/** What to tell a user who lacks a tool: the package to install on Debian/Ubuntu, brew, or SDKMAN. */
export function missingToolMessage(tool: JavaTool, found?: string): string {
  const install =
    'install it with `apt-get install openjdk-17-jre-headless maven` (Debian/Ubuntu), ' +
    '`brew install openjdk@17 maven` (macOS), or use Docker instead: `docker compose up -d --wait`';
  if (tool === 'java') {
    const what = found === undefined ? 'Java was not found on PATH (or in $JAVA_HOME)' : `Java ${found} is too old`;
    return `neo4j server: ${what}; Neo4j 5.26 needs Java ${MIN_JAVA} or 21: ${install}`;
  }
  return `neo4j server: Maven (mvn) was not found on PATH; it downloads the Neo4j jars once: ${install}`;
}

/** The major version in `java -version` output ("17.0.15", "1.8.0_392" → 8), or undefined. */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

/** Throws E_NEO4J_SERVER with an install hint unless a usable `java` (and `mvn`, if asked) runs. */
export function requireJavaTools(tools: readonly JavaTool[], javaHome = process.env.JAVA_HOME): void {
  if (tools.includes('java')) {
    const run = spawnSync(javaExecutable(javaHome), ['-version'], { encoding: 'utf8' });
    if (run.error || run.status !== 0) throw new ZhkgError('E_NEO4J_SERVER', missingToolMessage('java'));
    const major = parseJavaMajor(`${run.stderr}${run.stdout}`);
    if (major !== undefined && major < MIN_JAVA) {
      throw new ZhkgError('E_NEO4J_SERVER', missingToolMessage('java', String(major)));
    }
  }
  if (tools.includes('mvn')) {
    const run = spawnSync('mvn', ['-v'], { encoding: 'utf8', shell: process.platform === 'win32' });
    if (run.error || run.status !== 0) throw new ZhkgError('E_NEO4J_SERVER', missingToolMessage('mvn'));
  }
}
