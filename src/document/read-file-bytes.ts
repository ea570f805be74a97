/**
 * Reads a whole input file, refusing before reading what is not a regular file or
 * is larger than the limit, so a stray video in the inbox costs one `stat`.
 */
import { open } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { READABLE_LIST } from './detect-format.js';
import { tooLarge } from './limits.js';

const PASS_DOCUMENT = `укажите файл документа (${READABLE_LIST})`;
const IS_DIRECTORY = `это папка, а не документ; ${PASS_DOCUMENT}`;

export async function readFileBytes(file: string, maxBytes: number): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw openError(file, error);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new InputError(file, IS_DIRECTORY);
    if (!stat.isFile()) throw new InputError(file, `это не обычный файл (устройство, канал или сокет); ${PASS_DOCUMENT}`);
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
      return new InputError(file, 'файл не найден; проверьте путь');
    case 'EISDIR':
      return new InputError(file, IS_DIRECTORY);
    case 'EACCES':
    case 'EPERM':
      return new InputError(file, 'нет прав на чтение файла; дайте пользователю, от имени которого работает srok, право читать его');
    case 'ENOTDIR':
      return new InputError(file, 'файл не найден (часть пути — не папка); проверьте путь');
    default:
      return new InputError(
        file,
        `файл не читается (${code ?? (error instanceof Error ? error.message : String(error))}); проверьте файл и попробуйте ещё раз`,
      );
  }
}
