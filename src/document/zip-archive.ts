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

/** Whether the bytes start like a ZIP archive (a local header or an empty archive). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

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
        `the ${kind} is damaged: its ZIP directory is missing (the file is probably cut short); ` +
          `copy or download it again, or open it in ${app} and save it anew`,
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
        throw new InputError(file, `the ${kind} is encrypted; save the document without a password`);
      }
      throw new InputError(
        file,
        `the ${kind} is damaged: its ZIP directory is inconsistent; open it in ${app} and save it anew`,
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
    const tooLarge = (size: string): InputError =>
      new InputError(
        this.file,
        `${name} inside the ${this.kind} unpacks to ${size}, over the ${formatBytes(maxBytes)} a document part may have; ` +
          `the file is not a normal ${this.kind === '.docx' ? 'Word ' : ''}document (possibly a zip bomb)`,
      );
    if (entry.uncompressedSize > maxBytes) throw tooLarge(formatBytes(entry.uncompressedSize));
    if (entry.isEncrypted()) {
      throw new InputError(this.file, `${name} inside the ${this.kind} is encrypted; save the document without a password`);
    }
    if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
      throw new InputError(
        this.file,
        `${name} inside the ${this.kind} uses ZIP compression method ${entry.compressionMethod}, which office programs do not write; ` +
          'open the document and save it anew',
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
        if (size > maxBytes) throw tooLarge(`more than ${formatBytes(maxBytes)}`);
        chunks.push(chunk);
      }
    } catch (error) {
      if (error instanceof InputError) throw error;
      if (error instanceof Error && LONGER_THAN_DECLARED.test(error.message)) {
        throw new InputError(
          this.file,
          `${name} inside the ${this.kind} unpacks to more than the ${formatBytes(entry.uncompressedSize)} its ZIP directory ` +
            `declares; the file is damaged or not a normal ${this.kind === '.docx' ? 'Word ' : ''}document (possibly a zip bomb)`,
        );
      }
      throw new InputError(
        this.file,
        `the ${this.kind} is damaged: ${name} cannot be read (the file is probably cut short); ` +
          'copy or download it again, or open it and save it anew',
      );
    }
    return { name, bytes: Buffer.concat(chunks, size) };
  }
}
