import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import * as v from 'valibot';

type AnySchema = v.GenericSchema;

/** Files written between turns of the event loop, so that a thread writing many still answers messages. */
const FILES_PER_TURN = 16;

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

/**
 * Writes API documents under one folder, each checked against its contract schema first.
 * Writes are synchronous: for many small files that costs a third of the CPU time of fs/promises
 * (no thread-pool round trips), and CPU is what a build runs short of.
 */
export class JsonWriter {
  files = 0;
  bytes = 0;
  private readonly folders = new Set<string>();

  constructor(readonly root: string) {}

  async write<S extends AnySchema>(relativePath: string, schema: S, doc: v.InferInput<S>): Promise<void> {
    assertContract(relativePath, schema, doc);
    await this.writeChecked(relativePath, JSON.stringify(doc));
  }

  /** Writes JSON that the caller assembled from parts it checked against the contract. */
  async writeChecked(relativePath: string, text: string): Promise<void> {
    const file = path.join(this.root, relativePath);
    const folder = path.dirname(file);
    if (!this.folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.folders.add(folder);
    }
    writeFileSync(file, text);
    this.files++;
    this.bytes += Buffer.byteLength(text);
    if (this.files % FILES_PER_TURN === 0) await nextTurn();
  }
}
