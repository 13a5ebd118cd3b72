/**
 * `npm run users -- <command>`: make password hashes and maintain the users file without ever writing a
 * password down. `hash` prints an argon2id hash of the password read from stdin; `add` adds or updates one
 * user in a users file, keeping its comments and other entries, and checks the result before replacing the
 * file (atomically: a console re-reading it never sees half a file).
 */
import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseDocument, YAMLMap, YAMLSeq } from 'yaml';
import { roleSchema } from './contract/session.ts';
import { hashPassword } from './auth/password-hash.ts';
import { parseUsersFile } from './auth/users-file.ts';

const USAGE = `Usage:
  npm run users -- hash                                       reads a password from stdin, prints its argon2id hash
  npm run users -- add <name> --role <viewer|operator|admin> --file <users.yaml>
                                                              adds or updates a user (password from stdin)
`;

class CliError extends Error {}

/** The first line of stdin; on a terminal, asked for without echo. */
async function readPassword(prompt: string): Promise<string> {
  const stdin = process.stdin;
  if (stdin.isTTY) {
    process.stderr.write(prompt);
    stdin.setRawMode(true);
  }
  const password = await new Promise<string>((resolve, reject) => {
    let text = '';
    const done = (): void => {
      stdin.off('data', onData);
      stdin.off('end', done);
      if (stdin.isTTY) {
        stdin.setRawMode(false);
        process.stderr.write('\n');
      }
      stdin.pause();
      resolve(text.split(/\r?\n/)[0] ?? '');
    };
    const onData = (chunk: Buffer): void => {
      const s = chunk.toString('utf8');
      if (stdin.isTTY && s === '\u0003') reject(new CliError('cancelled'));
      text += s;
      if (/[\r\n]/.test(text)) done();
    };
    stdin.on('data', onData);
    stdin.on('end', done);
    stdin.resume();
  });
  if (password === '') throw new CliError('no password given on stdin');
  return password;
}

async function add(args: readonly string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args: [...args], options: { role: { type: 'string' }, file: { type: 'string' } }, allowPositionals: true, strict: true });
  const name = positionals[0];
  if (!name || positionals.length > 1) throw new CliError('add takes exactly one user name');
  const role = roleSchema.safeParse(values.role);
  if (!role.success) throw new CliError('--role must be viewer, operator or admin');
  const file = values.file;
  if (!file) throw new CliError('--file <users.yaml> is required');
  const passwordHash = await hashPassword(await readPassword(`Password for ${name}: `));
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Switchboard users (see README: Deploying for a team)\nusers:\n';
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new CliError(`${file}: not valid YAML: ${doc.errors[0]?.message.split('\n')[0] ?? ''}`);
  if (doc.contents === null) doc.contents = doc.createNode({ users: [] }) as unknown as typeof doc.contents;
  let users = doc.get('users');
  if (!(users instanceof YAMLSeq)) {
    if (users !== undefined && users !== null) throw new CliError(`${file}: "users" must be a list`);
    users = new YAMLSeq();
    doc.set('users', users);
  }
  const list = users as YAMLSeq;
  list.flow = false; // `users: []` becomes a block list once it has entries
  const existing = list.items.find((item): item is YAMLMap => item instanceof YAMLMap && item.get('name') === name);
  if (existing) {
    existing.set('role', role.data);
    existing.set('password', passwordHash);
  } else {
    list.add(doc.createNode({ name, role: role.data, password: passwordHash }));
  }
  const next = doc.toString({ lineWidth: 0 });
  parseUsersFile(next, file); // never write a file the console would refuse
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, next, { mode: 0o600 });
  if (existsSync(file)) chmodSync(temp, 0o600);
  renameSync(temp, file);
  process.stdout.write(`${existing ? 'updated' : 'added'} ${name} (${role.data}) in ${file}\n`);
}

async function main(argv: readonly string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (command === 'hash') {
    process.stdout.write(`${await hashPassword(await readPassword('Password: '))}\n`);
  } else if (command === 'add') {
    await add(rest);
  } else if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE);
  } else {
    throw new CliError(`unknown command "${command}"\n${USAGE}`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`users: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
