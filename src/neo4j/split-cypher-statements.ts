/**
 * Split a Cypher script into statements at every `;` that is outside a string literal ('…' or "…", with backslash
 * escapes), a backtick-quoted name and a comment. Whole-line and trailing `//` comments and `/* … *\/` comments are
 * dropped; statements come back trimmed, without their `;`, empty ones left out.
 */
export function splitCypherStatements(script: string): string[] {
  const statements: string[] = [];
  let current = '';
  let i = 0;
  const n = script.length;
  const flush = (): void => {
    const s = current.trim();
    if (s !== '') statements.push(s);
    current = '';
  };
  while (i < n) {
    const c = script[i];
    if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < n && script[j] !== c) j += script[j] === '\\' ? 2 : 1;
      current += script.slice(i, j + 1);
      i = j + 1;
    } else if (c === '`') {
      // A backtick inside a quoted name is written twice.
      let j = i + 1;
      while (j < n && !(script[j] === '`' && script[j + 1] !== '`')) j += script[j] === '`' ? 2 : 1;
      current += script.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && script[i + 1] === '/') {
      const j = script.indexOf('\n', i);
      i = j === -1 ? n : j;
    } else if (c === '/' && script[i + 1] === '*') {
      const j = script.indexOf('*/', i + 2);
      i = j === -1 ? n : j + 2;
      current += ' ';
    } else if (c === ';') {
      flush();
      i += 1;
    } else {
      current += c;
      i += 1;
    }
  }
  flush();
  return statements;
}
