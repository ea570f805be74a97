/**
 * `/metrics` of an `srok serve` process reports the mails a separate `srok worker`
 * process sent: the worker counts them in Redis, not in its own memory.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { startRig, type Rig } from '../faults/rig.js';

const TOKEN = 'm3tr1c5r34d0nly0123456789abcdef01';

let rig: Rig | null = null;
const stops: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
  await rig?.close();
  rig = null;
});

/** `srok serve` as its own process; resolves with its address once it listens. */
async function startServe(configDir: string, redisUrl: string, smtpUrl: string): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--port', '0', '--config', configDir], {
    env: { ...process.env, REDIS_URL: redisUrl, SROK_SMTP_URL: smtpUrl, SROK_API_READ_TOKENS: TOKEN, SROK_API_TOKENS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = once(child, 'exit');
  stops.push(async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    await exited;
  });
  let out = '';
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`srok serve did not listen in 60 s:\n${out}`)), 60_000);
    const look = (c: Buffer) => {
      out += c.toString();
      const m = /слушает (http:\/\/\S+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stderr?.on('data', look);
    child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`srok serve exited with ${code}:\n${out}`));
    });
  });
}

describe('metrics across processes', () => {
  it('a server process counts the mails a separate worker process sent', async () => {
    rig = await startRig('metrics-processes');
    const dueAt = await rig.prepare(30);
    await rig.promoteAll();
    const worker = await rig.startWorker(dueAt, 'sender');
    await rig.settle({ timeoutMs: 60_000 });
    expect(rig.figures().distinct).toBe(30);
    stops.push(async () => void (await worker.stop()));

    const address = await startServe(rig.configDir, rig.redis.url, rig.sink.url);
    const r = await fetch(`${address}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(r.status).toBe(200);
    const body = await r.text();
    expect(body).toMatch(/^srok_mails_total\{kind="reminder",result="sent"\} 30$/m);
    expect(body).toMatch(/^srok_mail_send_seconds_total\{kind="reminder"\} \d/m);
  }, 120_000);
});
