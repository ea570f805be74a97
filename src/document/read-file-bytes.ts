/**
 * Reads a whole input file, refusing before reading what is not a regular file or
 * is larger than the limit, so a stray video in the inbox costs one `stat`.
 */
import { open } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { tooLarge } from './limits.js';

export async function readFileBytes(file: string, maxBytes: number): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw openError(file, error);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new InputError(file, 'is a directory, not a document; pass a .docx, .txt or .md file');
    if (!stat.isFile()) throw new InputError(file, 'is not a regular file; pass a .docx, .txt or .md file');
    if (stat.size > maxBytes) throw tooLarge(file, stat.size, maxBytes);
    // Read at most one byte past the limit: a file that grows after the stat is still caught.
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) break;
    }
    if (length > maxBytes) throw tooLarge(file, null, maxBytes);
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw openError(file, error);
  } finally {
    await handle.close();
  }
}

function openError(file: string, error: unknown): InputError {
  // fs rejects with ErrnoException; anything else simply has no code.
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return new InputError(file, 'does not exist; check the path');
    case 'EISDIR':
      return new InputError(file, 'is a directory, not a document; pass a .docx, .txt or .md file');
    case 'EACCES':
    case 'EPERM':
      return new InputError(file, 'cannot be read: permission denied; give the srok user read access to it');
    case 'ENOTDIR':
      return new InputError(file, 'does not exist (a part of its path is not a directory); check the path');
    default:
      return new InputError(
        file,
        `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))}); check the file and try again`,
      );
  }
}
