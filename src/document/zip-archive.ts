/**
 * The ZIP container of a .docx or an .odt, read with yauzl: the directory first, then only the
 * parts the reader asks for.
 *
 * Against zip bombs, a part whose declared size is over the bound is refused before
 * anything is inflated; yauzl (validateEntrySizes) stops a part that inflates past its
 * declared size, and the bytes are counted here as well, so no part grows past the
 * bound whatever the archive claims.
 */
import yauzl from 'yauzl';
import { InputError } from '../errors.js';
import { formatBytes } from './limits.js';

export { looksLikeZip } from './zip-signature.js';

export interface ZipPart {
  /** The part's name as stored, for messages. */
  name: string;
  bytes: Uint8Array;
}

// yauzl reports every failure as a plain Error without a code; the few that deserve
// their own message are told apart by its wording.
const ENCRYPTED = /encrypt/i;
const LONGER_THAN_DECLARED = /too many bytes/;

export class ZipArchive {
  private constructor(
    private readonly zip: yauzl.ZipFile,
    /** Entries by lower-cased name (OPC part names compare case-insensitively), with the name as stored. */
    private readonly entries: ReadonlyMap<string, { name: string; entry: yauzl.Entry }>,
    private readonly file: string,
    /** What the package is, for messages: '.docx', '.odt'. */
    private readonly kind: string,
  ) {}

  /** Reads the archive's directory; throws InputError when the archive is broken or cut short. */
  static async open(bytes: Uint8Array, file: string, kind = '.docx'): Promise<ZipArchive> {
    const app = kind === '.docx' ? 'Word' : 'LibreOffice';
    let zip: yauzl.ZipFile;
    try {
      zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
        lazyEntries: true,
        validateEntrySizes: true,
        // Names are decoded below, without yauzl's refusal of absolute and `..` names,
        // which matter when unpacking to disk and would only refuse the whole document here.
        decodeStrings: false,
      });
    } catch {
      throw new InputError(
        file,
        `файл ${kind} повреждён: в нём нет оглавления ZIP-архива (вероятно, файл обрезан); ` +
          `скопируйте или скачайте его заново либо откройте в ${app} и сохраните ещё раз`,
      );
    }
    const entries = new Map<string, { name: string; entry: yauzl.Entry }>();
    try {
      for await (const entry of zip.eachEntry()) {
        const name = yauzl
          .getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, false)
          .replace(/^\/+/, '');
        entries.set(name.toLowerCase(), { name, entry });
      }
    } catch (error) {
      if (error instanceof Error && ENCRYPTED.test(error.message)) {
        throw new InputError(file, `файл ${kind} зашифрован; сохраните документ без пароля`);
      }
      throw new InputError(
        file,
        `файл ${kind} повреждён: оглавление ZIP-архива противоречиво; откройте его в ${app} и сохраните заново`,
      );
    }
    return new ZipArchive(zip, entries, file, kind);
  }

  has(path: string): boolean {
    return this.entries.has(path.toLowerCase());
  }

  /**
   * Inflates one part, or returns null when the archive has none. Refuses, before
   * inflating, a part whose declared size exceeds `maxBytes`, and stops inflating
   * when the real size does.
   */
  async read(path: string, maxBytes: number): Promise<ZipPart | null> {
    const found = this.entries.get(path.toLowerCase());
    if (found === undefined) return null;
    const { name, entry } = found;
    const notNormal = `не обычный документ${this.kind === '.docx' ? ' Word' : ''} (возможно, ZIP-бомба)`;
    /** `size` null: the part grew past the bound while being inflated. */
    const tooLarge = (size: string | null): InputError =>
      new InputError(
        this.file,
        (size === null
          ? `${name} внутри ${this.kind} при распаковке превысил предел для части документа — ${formatBytes(maxBytes)}`
          : `${name} внутри ${this.kind} после распаковки занимает ${size}, а предел для части документа — ${formatBytes(maxBytes)}`) +
          `; файл — ${notNormal}`,
      );
    if (entry.uncompressedSize > maxBytes) throw tooLarge(formatBytes(entry.uncompressedSize));
    if (entry.isEncrypted()) {
      throw new InputError(this.file, `${name} внутри ${this.kind} зашифрован; сохраните документ без пароля`);
    }
    if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
      throw new InputError(
        this.file,
        `${name} внутри ${this.kind} сжат методом ZIP номер ${entry.compressionMethod}, которым офисные программы не пользуются; ` +
          'откройте документ и сохраните заново',
      );
    }

    const chunks: Buffer[] = [];
    let size = 0;
    try {
      const stream = await this.zip.openReadStreamPromise(entry);
      // A Readable yields Buffers unless an encoding is set, and yauzl sets none.
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        size += chunk.length;
        // Leaving the loop destroys the stream, which stops inflating.
        if (size > maxBytes) throw tooLarge(null);
        chunks.push(chunk);
      }
    } catch (error) {
      if (error instanceof InputError) throw error;
      if (error instanceof Error && LONGER_THAN_DECLARED.test(error.message)) {
        throw new InputError(
          this.file,
          `${name} внутри ${this.kind} после распаковки занимает больше, чем записано в оглавлении ZIP-архива ` +
            `(${formatBytes(entry.uncompressedSize)}); файл повреждён или это ${notNormal}`,
        );
      }
      throw new InputError(
        this.file,
        `файл ${this.kind} повреждён: ${name} в нём не читается (вероятно, файл обрезан); ` +
          'скопируйте или скачайте его заново либо откройте и сохраните ещё раз',
      );
    }
    return { name, bytes: Buffer.concat(chunks, size) };
  }
}
