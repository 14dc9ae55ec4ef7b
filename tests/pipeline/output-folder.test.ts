import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFile, build, buildOk, listFiles, writeContent } from './helpers';

const published = '2008-06-01T10:00:00Z';

describe('the output folder', () => {
  it('keeps the previous output intact when a build fails', async () => {
    const content = writeContent({ 'kvm.md': articleFile({ published, labels: ['KVM'] }) });
    const { outDir } = await buildOk(content);
    const before = new Map(listFiles(outDir).map((f) => [f, readFileSync(path.join(outDir, f), 'utf8')]));

    writeFileSync(
      path.join(content, 'articles', 'xen.md'),
      articleFile({ published: 'yesterday', labels: ['Xen'] }),
    );
    const failed = await build(content);
    expect(failed.result.ok).toBe(false);

    expect(listFiles(outDir)).toEqual([...before.keys()]);
    for (const [file, text] of before) expect(readFileSync(path.join(outDir, file), 'utf8')).toBe(text);
    expect(readdirSync(path.dirname(outDir)).filter((name) => name.includes('staging'))).toEqual([]);
  });

  it('replaces the whole folder on success, so files of removed articles disappear', async () => {
    const content = writeContent({
      'kvm.md': articleFile({ published, labels: ['KVM'] }),
      'xen.md': articleFile({ published, labels: ['Xen'] }),
    });
    const { outDir } = await buildOk(content);
    writeFileSync(path.join(outDir, 'stray.json'), '{}');
    expect(existsSync(path.join(outDir, 'articles/xen.json'))).toBe(true);

    writeFileSync(
      path.join(content, 'articles', 'xen.md'),
      articleFile({ published, labels: ['KVM'], slug: 'xen-2' }),
    );
    await buildOk(content);
    expect(existsSync(path.join(outDir, 'articles/xen.json'))).toBe(false);
    expect(existsSync(path.join(outDir, 'labels/xen/1.json'))).toBe(false);
    expect(existsSync(path.join(outDir, 'stray.json'))).toBe(false);
    expect(existsSync(path.join(outDir, 'articles/xen-2.json'))).toBe(true);
    expect(readdirSync(path.dirname(outDir)).filter((name) => name.includes('staging'))).toEqual([]);
  });

  it('creates missing parent folders of the output', async () => {
    const content = writeContent({ 'kvm.md': articleFile({ published }) });
    const { outDir } = await buildOk(content, { outDir: path.join(content, 'public', 'api', 'v1') });
    expect(listFiles(outDir)).toContain('site.json');
  });
});
