/** What a command may touch: output streams and the environment. Tests pass their own. */
export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  env: NodeJS.ProcessEnv;
  /** True when stderr is a terminal (progress is redrawn in place). */
  tty: boolean;
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
  env: process.env,
  tty: Boolean(process.stderr.isTTY),
};
