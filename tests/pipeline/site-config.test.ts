import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSiteConfig } from '../../pipeline/site-config';
import { tempDir } from './helpers';

function siteFile(text: string): string {
  const file = path.join(tempDir(), 'site.json');
  writeFileSync(file, text);
  return file;
}

describe('site.json', () => {
  it('defaults the page size to 20 and the description to empty', () => {
    const file = siteFile(JSON.stringify({ title: 'Archive', timeZone: 'Europe/Rome' }));
    expect(readSiteConfig(file)).toEqual({
      ok: true,
      value: { title: 'Archive', description: '', timeZone: 'Europe/Rome', pageSize: 20 },
    });
  });

  it('reports a missing file', () => {
    const file = path.join(tempDir(), 'site.json');
    expect(readSiteConfig(file)).toEqual({
      ok: false,
      problems: [{ file, message: 'missing (every content folder needs one)' }],
    });
  });

  it('reports broken JSON with its line', () => {
    const file = siteFile('{\n  "title": "Archive",\n  "timeZone": "UTC"\n  "pageSize": 10\n}\n');
    const result = readSiteConfig(file);
    expect(result).toMatchObject({
      ok: false,
      problems: [{ file, line: 4, message: expect.stringMatching(/^not valid JSON/) }],
    });
  });

  it('reports every bad field', () => {
    const file = siteFile(JSON.stringify({ title: ' ', timeZone: 'Europe/Atlantis', pageSize: 2.5 }));
    expect(readSiteConfig(file)).toEqual({
      ok: false,
      problems: [
        { file, message: 'title: is empty' },
        { file, message: 'timeZone: "Europe/Atlantis" is not an IANA time zone name such as "Europe/Rome"' },
        { file, message: 'pageSize: expected a whole number from 1 to 100' },
      ],
    });
  });

  it('reports missing required fields', () => {
    const file = siteFile('{}');
    expect(readSiteConfig(file)).toEqual({
      ok: false,
      problems: [
        { file, message: 'title: missing (required)' },
        { file, message: 'timeZone: missing (required)' },
      ],
    });
  });
});
