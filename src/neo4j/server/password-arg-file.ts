import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * The password as a picocli argument file (neo4j-admin reads `@<file>` arguments from files, Neo4j 5 operations
 * manual, "neo4j-admin … @-files"): one double-quoted token, in which picocli's tokenizer (java.io.StreamTokenizer)
 * turns \\ \" \n \r back into the characters. Quoted, so spaces, # and a leading @ stay literal.
 */
export function passwordArgFileText(password: string): string {
  const escaped = password.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
  return `"${escaped}"\n`;
}

/**
 * Runs `work` with an `@<file>` argument that stands for the password, so the password never appears on a command
 * line (where `ps` shows it to every user of the machine). The file is private (a 0700 folder, mode 0600) and removed
 * afterwards, whatever happens.
 */
export async function withPasswordArgFile<T>(password: string, work: (arg: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'zhkg-neo4j-secret-'));
  try {
    const file = path.join(dir, 'password.args');
    await writeFile(file, passwordArgFileText(password), { mode: 0o600 });
    return await work(`@${file}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
