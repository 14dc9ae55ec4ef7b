import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as v from 'valibot';

type AnySchema = v.GenericSchema;

/** Writes in flight per writer: enough to keep the disk busy while the thread serializes the next file. */
const MAX_IN_FLIGHT = 32;

/** Throws (a pipeline bug, not a content problem) when `doc` does not match its contract schema. */
export function assertContract<S extends AnySchema>(name: string, schema: S, doc: v.InferInput<S>): void {
  const result = v.safeParse(schema, doc);
  if (!result.success) {
    const issue = result.issues[0];
    throw new Error(
      `pipeline bug: ${name} breaks the API contract at ${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`,
    );
  }
}

/** Writes API documents under one folder, each checked against its contract schema first. */
export class JsonWriter {
  files = 0;
  bytes = 0;
  private readonly folders = new Map<string, Promise<unknown>>();
  private readonly inFlight = new Set<Promise<void>>();
  private failure: unknown = null;

  constructor(readonly root: string) {}

  /** Resolves once the file is queued; `flush` waits for it (and every other) to be written. */
  async write<S extends AnySchema>(relativePath: string, schema: S, doc: v.InferInput<S>): Promise<void> {
    assertContract(relativePath, schema, doc);
    await this.writeChecked(relativePath, JSON.stringify(doc));
  }

  /** Writes JSON that the caller assembled from parts it checked against the contract. */
  async writeChecked(relativePath: string, text: string): Promise<void> {
    while (this.inFlight.size >= MAX_IN_FLIGHT) await Promise.race(this.inFlight);
    if (this.failure) throw this.failure;
    const file = path.join(this.root, relativePath);
    const folder = path.dirname(file);
    let ready = this.folders.get(folder);
    if (!ready) this.folders.set(folder, (ready = mkdir(folder, { recursive: true })));
    const done = ready
      .then(() => writeFile(file, text))
      .catch((error: unknown) => void (this.failure ??= error))
      .finally(() => this.inFlight.delete(done));
    this.inFlight.add(done);
    this.files++;
    this.bytes += Buffer.byteLength(text);
  }

  async flush(): Promise<void> {
    await Promise.all(this.inFlight);
    if (this.failure) throw this.failure;
  }
}
