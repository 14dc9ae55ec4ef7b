import { describe, expect, it } from 'vitest';
import { runImportCli } from './run-cli';
import { fixture, listFiles, withTempDir } from './test-support';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runImportCli(args, { log: (l) => out.push(l), error: (l) => err.push(l) });
  return { code, out, err };
}

describe('npm run import', () => {
  it('imports and prints a summary', async () => {
    await withTempDir(async (dir) => {
      const { code, out, err } = await run([
        '--from',
        'wordpress',
        fixture('wordpress-export.xml'),
        '--content',
        dir,
      ]);
      expect(code).toBe(0);
      expect(err).toEqual([]);
      expect(out).toEqual([
        `Imported 5 posts into ${dir} from "Hypervisor Notes"`,
        'Skipped: 2 drafts, 3 comments, 1 page, 4 other',
        `Created ${dir}/site.json (time zone UTC)`,
        'warning: skipped password-protected post "Members only: VDI cost model"',
      ]);
    });
  });

  it('exits with 1 and names the problem on bad input, writing nothing', async () => {
    await withTempDir(async (dir) => {
      const { code, out, err } = await run(['--from', 'blogger', fixture('not-xml.xml'), '--content', dir]);
      expect(code).toBe(1);
      expect(out).toEqual([]);
      expect(err[0]).toBe('import failed, nothing was written:');
      expect(err[1]).toMatch(/not-xml\.xml is not well-formed XML/);
      expect(await listFiles(dir)).toEqual([]);
    });
  });

  it.each([
    [[], 'missing --from blogger|wordpress'],
    [
      ['--from', 'ghost', 'x.xml', '--content', 'c'],
      'unknown format "ghost": use --from blogger or --from wordpress',
    ],
    [['--from', 'blogger', '--content', 'c'], 'missing the export FILE'],
    [['--from', 'blogger', 'x.xml'], 'missing --content DIR'],
  ])('exits with 1 and shows the usage for %j', async (args, message) => {
    const { code, err } = await run(args);
    expect(code).toBe(1);
    expect(err[0]).toBe(`import: ${message}`);
    expect(err[1]).toMatch(/^usage: npm run import -- --from blogger\|wordpress FILE --content DIR/);
  });
});
