// Starts a real Apache ZooKeeper (Debian's 3.8 jars) as a plain JVM, standalone, on a free loopback port
// with its own temp dir. Readiness is the `srvr` four-letter word answering with `Mode:` (`ruok` answers
// before the server accepts sessions). tickTime defaults to 500 ms so sessions can be as short as 1 s.
// restart() keeps port and dataDir: the sessions are in the transaction log, so clients reconnecting
// within their timeout keep their session. Every JVM is SIGKILLed if the test process exits first.
// No vitest imports here, so benchmarks and scripts can start a ZooKeeper too (see use-zookeeper.ts).

import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync, mkdtempSync, writeFileSync, rmSync, accessSync, constants } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

export interface ZooKeeperProcess {
  /** '127.0.0.1:<port>'; append a chroot for a chrooted client. */
  readonly connectString: string;
  readonly port: number;
  readonly dataDir: string;
  readonly logFile: string;
  /** SIGTERM (SIGKILL after 5 s), wait for exit, remove the temp dir. */
  stop(): Promise<void>;
  /** Stop the JVM and start it again on the same port and dataDir; resolves when it serves again. */
  restart(): Promise<void>;
  /** SIGSTOP / SIGCONT: the server keeps its sockets open but answers nothing. */
  pause(): void;
  resume(): void;
}

export interface ZooKeeperOptions {
  readonly tickTime?: number;
  /** Extra zoo.cfg lines, e.g. { forceSync: 'no' } for benchmarks that write 100k+ nodes. */
  readonly extraConfig?: Readonly<Record<string, string>>;
  /** 'test' (default): small heap, quick start. 'bench': 2 GB heap and the full JIT, for 100k+ nodes. */
  readonly jvm?: 'test' | 'bench';
  /** A fixed port (e.g. one a console is already trying to reach); default: a free one. */
  readonly port?: number;
}

// Startup time dominates a test run: a small heap, the serial GC and C1 only make the JVM start faster.
const TEST_JVM = ['-Xms32m', '-Xmx256m', '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1'];
const BENCH_JVM = ['-Xms512m', '-Xmx2g'];

const JAR_DIR = process.env['ZOOKEEPER_JAR_DIR'] ?? '/usr/share/java';
// zookeeper.jar's manifest also lists its runtime jars; these are the ones the server cannot start without,
// plus an slf4j binding so its log reaches our log file instead of being dropped with a warning.
const CLASSPATH_JARS = ['zookeeper.jar', 'zookeeper-jute.jar', 'slf4j-api.jar', 'slf4j-simple.jar'];
const READY_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 5_000;
const PORT_ATTEMPTS = 3;

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export function zookeeperAvailable(): boolean {
  return existsSync(join(JAR_DIR, 'zookeeper.jar')) && javaOnPath();
}

export async function startZooKeeper(options: ZooKeeperOptions = {}): Promise<ZooKeeperProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-zk-'));
  const dataDir = join(dir, 'data');
  const logFile = join(dir, 'zookeeper.log');
  const configFile = join(dir, 'zoo.cfg');
  let lastError: unknown;
  for (let attempt = 0; attempt < (options.port === undefined ? PORT_ATTEMPTS : 1); attempt += 1) {
    const port = options.port ?? (await freePort());
    writeFileSync(configFile, zooCfg(dataDir, port, options.tickTime ?? 500, options.extraConfig ?? {}));
    try {
      let child = await launch(configFile, logFile, port, options.jvm === 'bench' ? BENCH_JVM : TEST_JVM);
      return {
        connectString: `127.0.0.1:${port}`,
        port,
        dataDir,
        logFile,
        stop: async () => {
          await terminate(child);
          rmSync(dir, { recursive: true, force: true });
        },
        restart: async () => {
          await terminate(child);
          child = await launch(configFile, logFile, port, options.jvm === 'bench' ? BENCH_JVM : TEST_JVM);
        },
        pause: () => void child.kill('SIGSTOP'),
        resume: () => void child.kill('SIGCONT'),
      };
    } catch (error) {
      lastError = error;
      // Someone took the port between our probe and the JVM's bind: pick another one.
      if (!logTail(logFile).includes('Address already in use')) break;
    }
  }
  rmSync(dir, { recursive: true, force: true });
  throw lastError;
}

/** Sends a four-letter word (srvr, stat, mntr, …) and returns the whole answer. */
export function fourLetterWord(port: number, word: string, timeoutMs = 2000): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    let answer = '';
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`${word}: no answer within ${timeoutMs} ms`)));
    socket.on('connect', () => socket.write(word));
    socket.on('data', (chunk) => (answer += chunk.toString('utf8')));
    socket.on('error', reject);
    socket.on('close', () => resolve(answer));
  });
}

function zooCfg(dataDir: string, port: number, tickTime: number, extra: Readonly<Record<string, string>>): string {
  return [
    `tickTime=${tickTime}`,
    `dataDir=${dataDir}`,
    `clientPort=${port}`,
    'clientPortAddress=127.0.0.1',
    'admin.enableServer=false',
    'maxClientCnxns=0',
    '4lw.commands.whitelist=*',
    ...Object.entries(extra).map(([key, value]) => `${key}=${value}`),
    '',
  ].join('\n');
}

async function launch(configFile: string, logFile: string, port: number, jvmArgs: readonly string[]): Promise<ChildProcess> {
  const log = openSync(logFile, 'a');
  const classpath = CLASSPATH_JARS.map((jar) => join(JAR_DIR, jar)).filter((jar) => existsSync(jar));
  const child = spawn(
    'java',
    [
      ...jvmArgs,
      '-Dzookeeper.admin.enableServer=false',
      '-cp',
      classpath.join(':'),
      'org.apache.zookeeper.server.ZooKeeperServerMain',
      configFile,
    ],
    { stdio: ['ignore', log, log] },
  );
  closeSync(log);
  running.add(child);
  child.once('exit', () => running.delete(child));
  try {
    await waitUntilServing(child, port);
    return child;
  } catch (error) {
    await terminate(child);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`ZooKeeper did not start on port ${port}: ${reason}\n--- ${logFile} (tail) ---\n${logTail(logFile)}`);
  }
}

async function waitUntilServing(child: ChildProcess, port: number): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the JVM exited (${child.exitCode ?? child.signalCode})`);
    }
    const answer = await fourLetterWord(port, 'srvr', 500).catch(() => '');
    if (answer.includes('Mode:')) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`srvr did not report a Mode within ${READY_TIMEOUT_MS} ms`);
}

async function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGCONT'); // a paused JVM would not act on SIGTERM
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  await exited;
  clearTimeout(timer);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function logTail(logFile: string, lines = 40): string {
  try {
    return readFileSync(logFile, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

function javaOnPath(): boolean {
  return (process.env['PATH'] ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, 'java'), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}
