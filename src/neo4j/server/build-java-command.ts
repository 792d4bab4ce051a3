import path from 'node:path';
import { NEO4J_ADMIN_MAIN, NEO4J_SERVER_MAIN } from './neo4j-server-versions.ts';

export interface JavaCommand {
  command: string;
  args: string[];
  env: Record<string, string>;
}

export interface JavaCommandInput {
  libDir: string;
  instanceDir: string;
  confDir: string;
  heap: string;
  /** JAVA_HOME of the caller, if any; otherwise `java` from PATH. */
  javaHome?: string;
}

/** The flags Neo4j's own launcher adds that matter here (the module opens avoid slow fallbacks). */
const NEO4J_JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
];

export function javaExecutable(javaHome?: string): string {
  return javaHome ? path.join(javaHome, 'bin', 'java') : 'java';
}

function classpath(libDir: string): string {
  return `${libDir}${path.sep}*`;
}

function neo4jEnv(input: JavaCommandInput): Record<string, string> {
  return { NEO4J_HOME: input.instanceDir, NEO4J_CONF: input.confDir };
}

/** `java … CommunityEntryPoint`, what `neo4j console` runs, without the launcher script. */
export function buildServerCommand(input: JavaCommandInput): JavaCommand {
  return {
    command: javaExecutable(input.javaHome),
    args: [
      `-Xms${input.heap}`,
      `-Xmx${input.heap}`,
      ...NEO4J_JVM_FLAGS,
      '-cp',
      classpath(input.libDir),
      NEO4J_SERVER_MAIN,
      `--home-dir=${input.instanceDir}`,
      `--config-dir=${input.confDir}`,
    ],
    env: neo4jEnv(input),
  };
}

/** `neo4j-admin <args>` from the same jars (AdminTool is neo4j-admin's main class). */
export function buildAdminCommand(input: JavaCommandInput, adminArgs: readonly string[]): JavaCommand {
  return {
    command: javaExecutable(input.javaHome),
    args: [`-Xmx${input.heap}`, ...NEO4J_JVM_FLAGS, '-cp', classpath(input.libDir), NEO4J_ADMIN_MAIN, ...adminArgs],
    env: neo4jEnv(input),
  };
}
