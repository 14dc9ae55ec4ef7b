import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { articleFile, tempDir, writeContent } from './helpers';

const root = path.resolve(import.meta.dirname, '../..');

async function content(args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'pipeline/cli.ts', ...args],
      { cwd: root },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

describe('npm run content', { timeout: 30_000 }, () => {
  it('builds the API from --content into --out and prints a one-line summary', async () => {
    const dir = writeContent({
      'a.md': articleFile({ published: '2008-06-01T10:00:00Z', labels: ['KVM'] }),
      'b.md': articleFile({ published: '2008-07-01T10:00:00Z', labels: ['KVM', 'Xen'] }),
    });
    const out = path.join(tempDir(), 'api');
    const { code, stdout, stderr } = await content(['--content', dir, '--out', out]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(
      new RegExp(`^content: 2 articles, 2 labels, 2 months → \\d+ files \\(.+ MB\\) in ${out} in \\d+ ms$`),
    );
    expect(existsSync(path.join(out, 'articles', 'a.json'))).toBe(true);
  });

  it('prints every problem as path:line: message, exits with 1, and writes nothing', async () => {
    const dir = writeContent({
      'a.md': articleFile({ published: '2008-13-01' }),
      'b.md': '---\ntitle: "unclosed\n---\n',
    });
    const out = path.join(tempDir(), 'api');
    const { code, stdout, stderr } = await content(['--content', dir, '--out', out]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toEqual([
      `${dir}/articles/a.md:5: published: "2008-13-01" is not an ISO 8601 date-time with an offset (e.g. 2008-06-30T23:30:00-07:00)`,
      expect.stringMatching(new RegExp(`^${dir}/articles/b.md:2: front matter is not valid YAML: `)),
      `content: 2 problems in 2 files; nothing written (${out} is unchanged)`,
    ]);
    expect(existsSync(out)).toBe(false);
  });
});
