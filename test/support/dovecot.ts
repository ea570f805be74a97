/**
 * A real IMAP server for the tests: Debian's Dovecot with a config of its own, in a
 * temporary folder, on a free port of 127.0.0.1 (never 143, where the package may run
 * the system's instance). Users and passwords come from a passwd-file; mail is kept
 * as Maildir. Started as root it drops to `nobody` for mail and to Dovecot's own users
 * for its services; started by another user it runs everything as that user.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, chown, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';

export interface Dovecot {
  port: number;
  dir: string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('* OK'));
    });
    socket.once('error', () => resolve(false));
  });
}

export async function startDovecot(users: ReadonlyArray<{ user: string; password: string }>): Promise<Dovecot> {
  const dir = await mkdtemp(path.join(tmpdir(), 'srok-dovecot-'));
  const port = await freePort();
  const root = process.getuid?.() === 0;
  const me = userInfo();
  const [uid, gid] = root ? [65534, 65534] : [me.uid, me.gid];
  for (const sub of ['run', 'state', 'mail', 'home']) await mkdir(path.join(dir, sub), { recursive: true });
  if (root) {
    await chown(path.join(dir, 'mail'), uid, gid);
    await chown(path.join(dir, 'home'), uid, gid);
    // Dovecot's own users read the password file and reach the sockets: the folders on
    // the way must let them through (temporary folders are made for their owner only).
    for (let folder = dir; folder !== path.dirname(folder); folder = path.dirname(folder)) {
      const mode = (await stat(folder)).mode & 0o777;
      if ((mode & 0o001) === 0) await chmod(folder, mode | 0o011);
    }
  }
  await writeFile(path.join(dir, 'passwd'), users.map((u) => `${u.user}:{PLAIN}${u.password}::::::\n`).join(''), { mode: 0o644 });
  const serviceUsers = root
    ? 'default_login_user = dovenull\ndefault_internal_user = dovecot\ndefault_internal_group = dovecot'
    : `default_login_user = ${me.username}\ndefault_internal_user = ${me.username}\ndefault_internal_group = ${me.username}`;
  await writeFile(
    path.join(dir, 'dovecot.conf'),
    `protocols = imap
listen = 127.0.0.1
base_dir = ${dir}/run
state_dir = ${dir}/state
instance_name = srok-test-${port}
log_path = /dev/stderr
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:${dir}/mail/%n
${serviceUsers}
first_valid_uid = 1
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/passwd
}
userdb {
  driver = static
  args = uid=${uid} gid=${gid} home=${dir}/home/%n
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service stats {
  inet_listener http {
    port = 0
  }
}
`,
  );
  let child: ChildProcess;
  try {
    child = spawn('dovecot', ['-F', '-c', path.join(dir, 'dovecot.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (error) {
    throw new Error(`cannot start dovecot: ${(error as Error).message}; install Debian's dovecot-imapd`, { cause: error });
  }
  let stderr = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // The master logs «starting up» once its listeners are open: then the port answers.
  await new Promise<void>((resolve, reject) => {
    child.once('error', (error) => reject(new Error(`cannot start dovecot (${error.message}); install Debian's dovecot-imapd`)));
    child.once('exit', (code) => reject(new Error(`dovecot exited with ${code}: ${stderr}`)));
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (/starting up/.test(stderr)) resolve();
    });
  });
  if (!(await answers(port))) throw new Error(`dovecot started but does not answer on 127.0.0.1:${port}: ${stderr}`);
  return {
    port,
    dir,
    async stop() {
      child.kill('SIGTERM');
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
