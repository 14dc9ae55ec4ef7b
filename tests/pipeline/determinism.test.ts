import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFile, buildOk, dailyArticles, listFiles, tempDir, writeContent } from './helpers';

function snapshot(dir: string): Map<string, Buffer> {
  return new Map(listFiles(dir).map((file) => [file, readFileSync(path.join(dir, file))]));
}

function archive(): string {
  const labels = ['KVM', 'Xen', 'Red Hat', 'VMware', 'Виртуализация'];
  return writeContent(
    {
      ...dailyArticles(45, (i) => labels.filter((_, l) => (i * 7 + l) % 3 === 0)),
      'tie-b.md': articleFile({
        published: '2008-01-05T12:00:00Z',
        labels: ['KVM'],
        aliases: ['/old/b.html'],
      }),
      'tie-a.md': articleFile({
        published: '2008-01-05T14:00:00+02:00',
        labels: ['KVM'],
        aliases: ['/old/a.html'],
      }),
    },
    { pageSize: 4 },
  );
}

describe('determinism', () => {
  it('gives byte-identical output for the same content, built twice', async () => {
    const content = archive();
    const first = await buildOk(content, { outDir: path.join(tempDir(), 'api') });
    const second = await buildOk(content, { outDir: path.join(tempDir(), 'api') });
    const a = snapshot(first.outDir);
    const b = snapshot(second.outDir);
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [file, bytes] of a) expect(b.get(file)!.equals(bytes), file).toBe(true);
    expect(first.stats.files).toBe(a.size);
  });

  it('gives the same bytes whether articles are rendered on worker threads or not', async () => {
    const content = archive();
    const inline = snapshot(
      (await buildOk(content, { outDir: path.join(tempDir(), 'api'), workers: 0 })).outDir,
    );
    const threaded = snapshot(
      (await buildOk(content, { outDir: path.join(tempDir(), 'api'), workers: 2 })).outDir,
    );
    expect([...threaded.keys()]).toEqual([...inline.keys()]);
    for (const [file, bytes] of inline) expect(threaded.get(file)!.equals(bytes), file).toBe(true);
  }, 30_000);

  it('writes compact JSON with no indentation', async () => {
    const { outDir } = await buildOk(archive());
    for (const file of listFiles(outDir).filter((f) => f.endsWith('.json'))) {
      const text = readFileSync(path.join(outDir, file), 'utf8');
      expect(text, file).toBe(JSON.stringify(JSON.parse(text)));
    }
  });
});
