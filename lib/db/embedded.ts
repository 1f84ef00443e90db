/**
 * Start een echte, lokale Neo4j 5.26 Community-server (embedded in een eigen JVM) met Bolt op
 * 127.0.0.1 en authenticatie aan. De jars komen uit Maven Central via neo4j/pom.xml; het
 * Java-programma staat in neo4j/Launcher.java.
 *
 * Alleen voor Node-scripts en tests (niet importeren in Next.js-routes of de browser).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';

const REMEDY_NL =
  'Oplossing: installeer Java 17+ en Maven (`apt-get install openjdk-17-jre-headless maven`), ' +
  'of zet NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD om een bestaande Neo4j te gebruiken ' +
  '(Neo4j Desktop, Docker neo4j:5, Aura).';
const REMEDY_EN =
  'Remedy: install Java 17+ and Maven (`apt-get install openjdk-17-jre-headless maven`), ' +
  'or set NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD to use an existing Neo4j ' +
  '(Neo4j Desktop, Docker neo4j:5, Aura).';

export class JavaMissingError extends Error {
  override name = 'JavaMissingError';
  constructor(detail?: string) {
    const d = detail ? ` (${detail})` : '';
    super(
      `Geen bruikbare Java (17 t/m 24) gevonden voor de ingebouwde Neo4j${d}. ${REMEDY_NL}\n` +
        `No usable Java (17 to 24) found for the embedded Neo4j${d}. ${REMEDY_EN}`,
    );
  }
}

export class MavenMissingError extends Error {
  override name = 'MavenMissingError';
  constructor(detail?: string) {
    const d = detail ? ` (${detail})` : '';
    super(
      `Maven (mvn) niet gevonden; nodig om de Neo4j-jars uit Maven Central op te halen${d}. ${REMEDY_NL}\n` +
        `Maven (mvn) not found; it is needed to fetch the Neo4j jars from Maven Central${d}. ${REMEDY_EN}`,
    );
  }
}

export interface EmbeddedNeo4jOptions {
  /** Neo4j-home: databanken, transactielogs, wachtwoordbestand. */
  dataDir: string;
  /** Bolt-poort op 127.0.0.1; 0 of undefined = een vrije poort kiezen. */
  port?: number;
  /** Wachtwoord van gebruiker neo4j; standaard uit/naar `<dataDir>/neo4j-password`. */
  password?: string;
  /** Neo4j page cache, bv. '256m' (standaard). */
  pageCache?: string;
  /** Java-heap (-Xmx), bv. '1g' (standaard). */
  heap?: string;
  /** Krijgt elke regel uitvoer van het Java-proces. */
  log?: (line: string) => void;
  /**
   * Maximale wachttijd (vanaf de start van Java) tot de server bruikbaar is; standaard 90 000 ms,
   * of KOPPELVLAK_NEO4J_START_TIMEOUT_MS. Op een zwaar belaste machine kan starten >60 s duren.
   */
  timeoutMs?: number;
}

export interface EmbeddedNeo4j {
  uri: string;
  user: 'neo4j';
  password: string;
  port: number;
  pid: number;
  /** Neo4j-versie volgens de server, bv. '5.26.30'. */
  version: string;
  dataDir: string;
  /** Bestand met het wachtwoord, of undefined als het wachtwoord is meegegeven. */
  passwordFile: string | undefined;
  /** Milliseconden van spawn tot READY-regel en tot de driver verbinding had. */
  timings: { readyMs: number; driverReadyMs: number };
  /** Lost op met de exitcode (of null bij een signaal) zodra Java stopt. */
  exited: Promise<number | null>;
  /** SIGTERM, wachten op nette shutdown; na 30 s SIGKILL. */
  stop(): Promise<void>;
  /** Stuur een signaal (standaard SIGKILL, voor duurzaamheidstests). */
  kill(signal?: NodeJS.Signals): void;
}

const READY_PREFIX = 'KOPPELVLAK_NEO4J_READY ';
const MIN_JAVA = 17;
const MAX_JAVA_EXCLUSIVE = 25;
const PASSWORD_FILE = 'neo4j-password';

function findRoot(): string {
  const candidates: string[] = [];
  try {
    candidates.push(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..'));
  } catch {
    // geen file:-URL (bundler): val terug op cwd
  }
  candidates.push(process.cwd());
  for (const c of candidates) {
    if (fs.existsSync(path.join(c, 'neo4j', 'pom.xml'))) return c;
  }
  throw new Error(
    `neo4j/pom.xml niet gevonden (gezocht in ${candidates.join(', ')}). / neo4j/pom.xml not found.`,
  );
}

const sha256 = (s: string | Buffer): string => createHash('sha256').update(s).digest('hex');

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(cmd: string, args: string[], env?: NodeJS.ProcessEnv): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env: env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const tail = (text: string, n = 30): string => text.trimEnd().split('\n').slice(-n).join('\n');

// ---------------------------------------------------------------------------------------------
// Java

export interface JavaInfo {
  bin: string;
  home: string;
  major: number;
  version: string;
}

async function probeJava(bin: string): Promise<JavaInfo | { bin: string; major: number } | null> {
  let res: RunResult;
  try {
    res = await run(bin, ['-XshowSettings:properties', '-version']);
  } catch {
    return null; // ENOENT e.d.
  }
  const out = res.stderr + res.stdout;
  const prop = (k: string): string | undefined =>
    new RegExp(`^\\s*${k.replace('.', '\\.')} = (.*)$`, 'm').exec(out)?.[1]?.trim();
  const spec = prop('java.specification.version');
  const home = prop('java.home');
  const version = prop('java.version') ?? spec ?? '?';
  if (!spec) return null;
  const parts = spec.split('.');
  const major = Number(parts[0] === '1' ? parts[1] : parts[0]);
  if (!Number.isFinite(major)) return null;
  if (!home || major < MIN_JAVA || major >= MAX_JAVA_EXCLUSIVE) return { bin, major };
  return { bin: path.join(home, 'bin', 'java'), home, major, version };
}

let javaPromise: Promise<JavaInfo> | undefined;

/** Kies Java: JAVA_HOME (17–24), anders `java` op PATH, anders een 17/21 in /usr/lib/jvm. */
export function findJava(): Promise<JavaInfo> {
  javaPromise ??= (async () => {
    const candidates: string[] = [];
    if (process.env.JAVA_HOME) candidates.push(path.join(process.env.JAVA_HOME, 'bin', 'java'));
    candidates.push('java');
    try {
      const jvmDir = '/usr/lib/jvm';
      const dirs = fs
        .readdirSync(jvmDir)
        .filter((d) => /(^|-)(17|21)(\D|$)/.test(d))
        .sort((a, b) => Number(/21/.test(a)) - Number(/21/.test(b))); // 17 eerst
      for (const d of dirs) candidates.push(path.join(jvmDir, d, 'bin', 'java'));
    } catch {
      // geen /usr/lib/jvm
    }
    const rejected: string[] = [];
    for (const bin of candidates) {
      const info = await probeJava(bin);
      if (info && 'home' in info) return info;
      if (info) rejected.push(`${info.bin}: Java ${info.major}`);
    }
    throw new JavaMissingError(
      rejected.length ? `ongeschikt / unsupported: ${rejected.join('; ')}` : undefined,
    );
  })();
  javaPromise.catch(() => (javaPromise = undefined));
  return javaPromise;
}

// ---------------------------------------------------------------------------------------------
// Classpath (Maven)

let classpathPromise: Promise<string> | undefined;

function classpathIsValid(cp: string): boolean {
  const entries = cp.split(path.delimiter).filter(Boolean);
  return entries.length > 10 && entries.every((e) => fs.existsSync(e));
}

function writeAtomic(file: string, content: string, mode = 0o644): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  fs.writeFileSync(tmp, content, { mode });
  fs.renameSync(tmp, file);
}

/**
 * Classpath van Neo4j uit neo4j/pom.xml. Draait `mvn` alleen als `.data/neo4j-classpath.txt`
 * ontbreekt, bij een andere pom.xml hoort, of naar verdwenen jars wijst.
 */
export function resolveClasspath(): Promise<string> {
  classpathPromise ??= (async () => {
    const root = findRoot();
    const pom = path.join(root, 'neo4j', 'pom.xml');
    const key = sha256(fs.readFileSync(pom));
    const cacheFile = path.join(root, '.data', 'neo4j-classpath.txt');
    if (fs.existsSync(cacheFile)) {
      const [header, cp] = fs.readFileSync(cacheFile, 'utf8').split('\n');
      if (header === `# pom-sha256=${key}` && cp && classpathIsValid(cp)) return cp;
    }
    const java = await findJava();
    const outFile = `${cacheFile}.${process.pid}.mvn.tmp`;
    fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
    let res: RunResult;
    try {
      res = await run(
        'mvn',
        ['-q', '-B', '-f', pom, 'dependency:build-classpath', `-Dmdep.outputFile=${outFile}`],
        { ...process.env, JAVA_HOME: java.home },
      );
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new MavenMissingError();
      throw err;
    }
    if (res.code !== 0 || !fs.existsSync(outFile)) {
      fs.rmSync(outFile, { force: true });
      throw new Error(
        `mvn kon het Neo4j-classpath niet bepalen (exit ${res.code}); is Maven Central bereikbaar? / ` +
          `mvn failed to resolve the Neo4j classpath.\n${tail(res.stdout + res.stderr)}`,
      );
    }
    const cp = fs.readFileSync(outFile, 'utf8').trim();
    fs.rmSync(outFile, { force: true });
    if (!classpathIsValid(cp))
      throw new Error(`mvn gaf een onbruikbaar classpath / unusable classpath: ${cp.slice(0, 200)}`);
    writeAtomic(cacheFile, `# pom-sha256=${key}\n${cp}\n`);
    return cp;
  })();
  classpathPromise.catch(() => (classpathPromise = undefined));
  return classpathPromise;
}

/** Quote voor een Java @argfile. */
const argfileQuote = (s: string): string => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * Compileer Launcher.java één keer naar `.data/neo4j-launcher/<hash>/` (scheelt ~2–3 s per start
 * t.o.v. de source-launcher). Geeft de java-argumenten terug die na de JVM-opties komen.
 * Lukt compileren niet, dan valt dit terug op `java @argfile neo4j/Launcher.java`.
 */
async function launcherArgs(java: JavaInfo, cp: string, log?: (line: string) => void): Promise<string[]> {
  const root = findRoot();
  const source = path.join(root, 'neo4j', 'Launcher.java');
  const key = sha256(`${fs.readFileSync(source, 'utf8')}\0${cp}\0${java.home}\0${java.version}`).slice(0, 16);
  const base = path.join(root, '.data', 'neo4j-launcher');
  const dir = path.join(base, key);
  const argfile = path.join(dir, 'java.args');
  if (fs.existsSync(path.join(dir, 'Launcher.class')) && fs.existsSync(argfile))
    return [`@${argfile}`, 'Launcher'];

  fs.mkdirSync(base, { recursive: true });
  const srcArgfile = path.join(base, `source-${key}.args`);
  writeAtomic(srcArgfile, `-cp ${argfileQuote(cp)}\n`);
  const tmp = fs.mkdtempSync(path.join(base, `build-${key}-`));
  // Via de module jdk.compiler, zodat ook een JRE zonder `javac`-binary werkt.
  const res = await run(java.bin, [
    '-m',
    'jdk.compiler/com.sun.tools.javac.Main',
    '-d',
    tmp,
    `@${srcArgfile}`,
    source,
  ]).catch((err: Error): RunResult => ({ code: -1, stdout: '', stderr: err.message }));
  if (res.code !== 0 || !fs.existsSync(path.join(tmp, 'Launcher.class'))) {
    fs.rmSync(tmp, { recursive: true, force: true });
    log?.(`[embedded] Launcher.java compileren mislukt, source-modus gebruikt: ${tail(res.stderr, 5)}`);
    return [`@${srcArgfile}`, source];
  }
  fs.writeFileSync(path.join(tmp, 'java.args'), `-cp ${argfileQuote(`${dir}${path.delimiter}${cp}`)}\n`);
  try {
    fs.renameSync(tmp, dir);
  } catch {
    fs.rmSync(tmp, { recursive: true, force: true }); // een ander proces was eerder klaar
  }
  // Oude builds opruimen.
  for (const d of fs.readdirSync(base)) {
    if (d !== key && d !== `source-${key}.args` && !d.startsWith('build-')) {
      fs.rmSync(path.join(base, d), { recursive: true, force: true });
    }
  }
  return [`@${argfile}`, 'Launcher'];
}

// ---------------------------------------------------------------------------------------------
// Wachtwoord, poort

/**
 * Lees het wachtwoord uit `<dir>/neo4j-password`; bestaat dat niet, maak dan een willekeurig
 * wachtwoord en schrijf het met modus 0600.
 */
export function readOrCreatePassword(dir: string): string {
  const file = path.join(dir, PASSWORD_FILE);
  fs.mkdirSync(dir, { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const existing = fs.readFileSync(file, 'utf8').trim();
      if (existing.length >= 8) {
        if ((fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, 0o600);
        return existing;
      }
      fs.rmSync(file, { force: true }); // leeg/te kort: opnieuw maken
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    const pw = randomBytes(24).toString('base64url');
    try {
      fs.writeFileSync(file, `${pw}\n`, { mode: 0o600, flag: 'wx' });
      return pw;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      // tegelijk door een ander proces gemaakt: opnieuw lezen
    }
  }
  throw new Error(`Kon ${file} niet lezen of maken / could not read or create ${file}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() =>
        addr && typeof addr === 'object' ? resolve(addr.port) : reject(new Error('geen poort')),
      );
    });
  });
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------
// Starten

const JVM_OPTS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+ExitOnOutOfMemoryError',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
];

export async function startEmbeddedNeo4j(opts: EmbeddedNeo4jOptions): Promise<EmbeddedNeo4j> {
  const timeoutMs = opts.timeoutMs ?? (Number(process.env.KOPPELVLAK_NEO4J_START_TIMEOUT_MS) || 180_000);
  const java = await findJava();
  const cp = await resolveClasspath();
  const launch = await launcherArgs(java, cp, opts.log);

  const dataDir = path.resolve(opts.dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  const passwordFile = opts.password === undefined ? path.join(dataDir, PASSWORD_FILE) : undefined;
  const password = opts.password ?? readOrCreatePassword(dataDir);
  if (password.length < 8)
    throw new Error('Neo4j-wachtwoord moet minstens 8 tekens zijn / password must be at least 8 characters');

  let port = opts.port ?? 0;
  if (port === 0) port = await freePort();
  else if (!(await portIsFree(port))) {
    throw new Error(
      `Poort ${port} op 127.0.0.1 is al in gebruik (draait Neo4j al?). Kies een andere met NEO4J_PORT. / ` +
        `Port ${port} on 127.0.0.1 is already in use (is Neo4j already running?).`,
    );
  }

  const args = [
    `-Xmx${opts.heap ?? '2g'}`,
    ...JVM_OPTS,
    // Extra JVM-opties, bv. '-XX:TieredStopAtLevel=1' (≈40% minder CPU bij het starten, trager daarna).
    ...(process.env.KOPPELVLAK_NEO4J_JAVA_OPTS ?? '').split(/\s+/).filter(Boolean),
    ...launch,
    '--data-dir',
    dataDir,
    '--port',
    String(port),
    '--page-cache',
    opts.pageCache ?? '256m',
    '--exit-on-stdin-eof',
  ];
  const t0 = Date.now();
  const child: ChildProcess = spawn(java.bin, args, {
    env: { ...process.env, KOPPELVLAK_NEO4J_PASSWORD: password },
    // stdin blijft open: sluit het (ouder weg), dan stopt Java vanzelf.
    stdio: ['pipe', 'pipe', 'pipe'],
  });

  const recent: string[] = [];
  let version: string | undefined;
  let onReady: (() => void) | undefined;
  const onLine = (line: string): void => {
    recent.push(line);
    if (recent.length > 40) recent.shift();
    if (line.startsWith(READY_PREFIX)) {
      version = /version=(\S+)/.exec(line)?.[1] ?? 'unknown';
      onReady?.();
    }
    opts.log?.(line);
  };
  if (child.stdout) readline.createInterface({ input: child.stdout }).on('line', onLine);
  if (child.stderr) readline.createInterface({ input: child.stderr }).on('line', onLine);
  child.stdin?.on('error', () => {}); // EPIPE als Java al weg is

  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) => {
    // 'close' (niet 'exit'): dan is ook alle uitvoer van stdout/stderr gelezen.
    child.once('close', (code) => {
      exitCode = code; // null = gestopt door een signaal
      resolve(code);
    });
    child.once('error', (err) => {
      recent.push(String(err));
      exitCode = -1;
      resolve(-1);
    });
  });

  let stopping: Promise<void> | undefined;
  const stop = (graceMs = 30_000): Promise<void> => {
    stopping ??= (async () => {
      if (exitCode !== undefined) return;
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(t);
    })();
    return stopping;
  };

  const fail = async (why: string): Promise<never> => {
    await stop(10_000);
    throw new Error(
      `Neo4j (embedded) niet gestart: ${why} / embedded Neo4j failed to start.\n` +
        `java ${args.slice(0, 3).join(' ')} ...\nLaatste uitvoer / last output:\n${recent.join('\n')}`,
    );
  };

  // 1) wachten op de READY-regel
  const deadline = t0 + timeoutMs;
  const readyOutcome = await new Promise<'ready' | 'exit' | 'timeout'>((resolve) => {
    if (version) return resolve('ready');
    onReady = () => resolve('ready');
    void exited.then(() => resolve('exit'));
    setTimeout(() => resolve('timeout'), Math.max(0, deadline - Date.now())).unref();
  });
  onReady = undefined;
  if (readyOutcome === 'exit') return fail(`Java stopte met exitcode ${exitCode}`);
  if (readyOutcome === 'timeout') return fail(`geen READY binnen ${timeoutMs / 1000} s`);
  const readyMs = Date.now() - t0;

  // 2) wachten tot de driver echt kan verbinden met het wachtwoord
  const uri = `bolt://127.0.0.1:${port}`;
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), {
    connectionTimeout: 5_000,
    maxConnectionPoolSize: 1,
    logging: { level: 'error', logger: () => {} },
  });
  let lastError: unknown;
  try {
    for (;;) {
      if (exitCode !== undefined) return await fail(`Java stopte met exitcode ${exitCode}`);
      try {
        await driver.verifyConnectivity();
        break;
      } catch (err) {
        lastError = err;
        const code = (err as { code?: string }).code ?? '';
        if (code.startsWith('Neo.ClientError.Security')) {
          return await fail(
            `het wachtwoord wordt geweigerd (${code}); klopt ${passwordFile ?? 'het meegegeven wachtwoord'}? / password rejected`,
          );
        }
      }
      if (Date.now() > deadline) return await fail(`driver kon niet verbinden: ${String(lastError)}`);
      await sleep(250);
    }
  } finally {
    await driver.close();
  }
  const driverReadyMs = Date.now() - t0;

  return {
    uri,
    user: 'neo4j',
    password,
    port,
    pid: child.pid ?? -1,
    version: version ?? 'unknown',
    dataDir,
    passwordFile,
    timings: { readyMs, driverReadyMs },
    exited,
    stop: () => stop(),
    kill: (signal: NodeJS.Signals = 'SIGKILL') => {
      if (exitCode === undefined) child.kill(signal);
    },
  };
}
