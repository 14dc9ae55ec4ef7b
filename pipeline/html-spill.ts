import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Rendered HTML parked on disk between rendering and writing, so that memory does not grow with
 * the archive (100,000 articles hold some 300 MB of HTML). Read back in the order it was written.
 */
export class HtmlSpill {
  private readonly folder = mkdtempSync(path.join(tmpdir(), 'hyperread-html-'));
  private readonly fd = openSync(path.join(this.folder, 'spill'), 'w+');
  private readonly lengths: number[] = [];
  private writeAt = 0;
  private readAt = 0;
  private readIndex = 0;
  private closed = false;

  constructor() {
    // Nothing needs the name once the file is open: removing it now leaves nothing behind if we stop early.
    if (process.platform !== 'win32') rmSync(this.folder, { recursive: true, force: true });
  }

  push(html: string): void {
    const bytes = Buffer.from(html, 'utf8');
    writeSync(this.fd, bytes, 0, bytes.length, this.writeAt);
    this.writeAt += bytes.length;
    this.lengths.push(bytes.length);
  }

  /** The next HTML, in the order of `push`. */
  next(): string {
    const length = this.lengths[this.readIndex++];
    if (length === undefined) throw new Error('pipeline bug: read past the spilled HTML');
    const bytes = Buffer.allocUnsafe(length);
    readSync(this.fd, bytes, 0, length, this.readAt);
    this.readAt += length;
    return bytes.toString('utf8');
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
    rmSync(this.folder, { recursive: true, force: true });
  }
}
