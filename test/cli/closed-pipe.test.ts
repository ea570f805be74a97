/** `srok plan … | head -1`: the reader closes the pipe early, and srok ends quietly with 0. */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';

describe('a reader that stops early', () => {
  it('srok plan piped into head -1 prints one line, no EPIPE stack trace, and ends with 0', async () => {
    const child = spawn('bash', ['-c', 'node --import tsx src/cli/main.ts plan test/fixtures/seeds/ --now 2019-10-30 --until 2021-06-30 | head -1; echo "srok exited ${PIPESTATUS[0]}" >&2'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    await once(child, 'exit');
    expect(out.split('\n').filter((l) => l !== '')).toHaveLength(1);
    expect(err).not.toMatch(/EPIPE|Error|at /);
    expect(err.trim()).toBe('srok exited 0');
  });
});
