/**
 * Runs one of the programs OCR needs (tesseract, pdftoppm) as a child process with a
 * time limit and a cap on what it may print, and tells a program that is not installed
 * from one that failed.
 */
import { spawn } from 'node:child_process';
import { formatBytes } from '../limits.js';

export class ToolMissingError extends Error {
  override name = 'ToolMissingError';
  constructor(readonly tool: string) {
    super(`${tool} is not installed`);
  }
}

export class ToolTimeoutError extends Error {
  override name = 'ToolTimeoutError';
  constructor(
    readonly tool: string,
    readonly ms: number,
  ) {
    super(`${tool} did not finish in ${ms} ms`);
  }
}

export class ToolFailedError extends Error {
  override name = 'ToolFailedError';
  constructor(
    readonly tool: string,
    readonly code: number | null,
    readonly stderr: string,
  ) {
    super(`${tool} failed (exit ${code ?? 'signal'}): ${stderr.trim().split('\n').slice(-3).join(' ')}`);
  }
}

export interface ToolResult {
  stdout: Buffer;
  stderr: string;
}

export interface RunOptions {
  timeoutMs: number;
  /** Most bytes of standard output kept; more is a failure. */
  maxOutputBytes?: number;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

export function runTool(tool: string, args: readonly string[], options: RunOptions): Promise<ToolResult> {
  const maxOutput = options.maxOutputBytes ?? 64 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { stdio: ['ignore', 'pipe', 'pipe'], env: options.env ?? process.env, cwd: options.cwd });
    const chunks: Buffer[] = [];
    let size = 0;
    let stderr = '';
    let settled = false;
    const finish = (error: Error | null, result?: ToolResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) reject(error);
      else resolve(result!);
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      finish(new ToolTimeoutError(tool, options.timeoutMs));
    }, options.timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxOutput) {
        child.kill('SIGKILL');
        finish(new ToolFailedError(tool, null, `вывод длиннее предела — ${formatBytes(maxOutput)}`));
        return;
      }
      chunks.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      // The end of stderr says why a program failed; keep the last few kilobytes.
      stderr = (stderr + chunk.toString('utf8')).slice(-8192);
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      finish(error.code === 'ENOENT' ? new ToolMissingError(tool) : error);
    });
    child.on('close', (code) => {
      if (code === 0) finish(null, { stdout: Buffer.concat(chunks, size), stderr });
      else finish(new ToolFailedError(tool, code, stderr));
    });
  });
}
