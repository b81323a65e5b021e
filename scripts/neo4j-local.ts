/**
 * `npm run neo4j:local`: a real Neo4j 5.26 Community on 127.0.0.1, no Docker.
 * Maven builds the launcher in scripts/neo4j-local/ and fetches Neo4j's jars from
 * Maven Central on the first run; later runs reuse them. Signals go to the JVM,
 * which shuts Neo4j down cleanly; this process exits with its code.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const launcher = join(root, 'scripts/neo4j-local');
const classpathFile = join(launcher, 'target/classpath.txt');
const sources = [join(launcher, 'pom.xml'), join(launcher, 'src/main/java/liaison/Neo4jLocal.java')];
// Small on purpose: the machine is shared with the test suites (2 cores, 24 GiB); the page cache is set in the launcher.
const JVM_OPTIONS = ['-Xms256m', '-Xmx1g', '-XX:+ExitOnOutOfMemoryError'];

function fail(message: string): never {
  console.error(`neo4j-local: ${message}`);
  process.exit(1);
}

function has(command: string): boolean {
  return spawnSync(command, ['-version'], { stdio: 'ignore' }).error === undefined;
}

function built(): boolean {
  if (!existsSync(classpathFile)) return false;
  const builtAt = statSync(classpathFile).mtimeMs;
  return sources.every((file) => statSync(file).mtimeMs <= builtAt);
}

function build(): void {
  if (!has('mvn')) fail('Maven (mvn) not found: it builds the launcher and fetches Neo4j from Maven Central (apt-get install maven)');
  console.error('neo4j-local: building the launcher (the first run fetches Neo4j from Maven Central)…');
  const result = spawnSync(
    'mvn',
    ['-q', '-B', '-Dstyle.color=never', '-f', join(launcher, 'pom.xml'), 'compile', 'dependency:build-classpath', `-Dmdep.outputFile=${classpathFile}`],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (result.status !== 0) fail(`the Maven build of ${launcher} failed (exit ${result.status ?? result.signal})`);
  // Maven leaves an unchanged classpath file as it was: date it now, or every start would rebuild.
  const now = new Date();
  utimesSync(classpathFile, now, now);
}

if (!has('java')) fail('Java not found: Neo4j 5.26 needs a JDK or JRE 17 or 21 (apt-get install openjdk-17-jre-headless)');
if (!built()) build();

const classpath = [join(launcher, 'target/classes'), readFileSync(classpathFile, 'utf8').trim()].join(':');
const jvm = spawn('java', [...JVM_OPTIONS, '-cp', classpath, 'liaison.Neo4jLocal'], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => jvm.kill(signal));
jvm.on('error', (error) => fail(`could not start Java: ${error.message}`));
jvm.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
