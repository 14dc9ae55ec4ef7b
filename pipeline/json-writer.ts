import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';

type AnySchema = v.GenericSchema;

/** Writes API documents under one folder, each checked against its contract schema first. */
export class JsonWriter {
  files = 0;
  bytes = 0;
  private readonly folders = new Set<string>();

  constructor(readonly root: string) {}

  write<S extends AnySchema>(relativePath: string, schema: S, doc: v.InferInput<S>): void {
    const result = v.safeParse(schema, doc);
    if (!result.success) {
      const issue = result.issues[0];
      throw new Error(
        `pipeline bug: ${relativePath} breaks the API contract at ${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`,
      );
    }
    this.writeText(relativePath, JSON.stringify(doc));
  }

  private writeText(relativePath: string, text: string): void {
    const file = path.join(this.root, relativePath);
    const folder = path.dirname(file);
    if (!this.folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.folders.add(folder);
    }
    writeFileSync(file, text);
    this.files++;
    this.bytes += Buffer.byteLength(text);
  }
}
