import { describe, expect, it } from 'vitest';
import { normalizeAtomDate, wordpressDate } from './dates';

describe('normalizeAtomDate', () => {
  it('keeps the offset and drops zero milliseconds', () => {
    expect(normalizeAtomDate('2008-06-20T09:15:00.000-07:00')).toBe('2008-06-20T09:15:00-07:00');
    expect(normalizeAtomDate('2008-06-20T09:15:00.250+05:30')).toBe('2008-06-20T09:15:00.250+05:30');
    expect(normalizeAtomDate('2009-11-17T16:00:00.000Z')).toBe('2009-11-17T16:00:00Z');
    expect(normalizeAtomDate(' 2008-06-20T09:15-0700 ')).toBe('2008-06-20T09:15:00-07:00');
  });

  it('rejects dates without an offset, impossible dates and text', () => {
    for (const text of [
      '2008-06-20T09:15:00',
      '2008-02-30T10:00:00Z',
      '2008-06-20T25:00:00Z',
      'yesterday',
      '',
    ]) {
      expect(normalizeAtomDate(text)).toBeNull();
    }
  });
});

describe('wordpressDate', () => {
  it('is the local time with the offset between post_date and post_date_gmt', () => {
    expect(wordpressDate('2009-05-21 09:00:00', '2009-05-21 16:00:00')).toEqual({
      ok: true,
      value: '2009-05-21T09:00:00-07:00',
    });
    expect(wordpressDate('2010-12-15 11:00:00', '2010-12-15 05:30:00')).toEqual({
      ok: true,
      value: '2010-12-15T11:00:00+05:30',
    });
    // Across midnight and a year boundary.
    expect(wordpressDate('2011-01-01 01:00:00', '2010-12-31 23:00:00')).toEqual({
      ok: true,
      value: '2011-01-01T01:00:00+02:00',
    });
    expect(wordpressDate('2009-12-09 23:50:00', '2009-12-09 23:50:00')).toEqual({
      ok: true,
      value: '2009-12-09T23:50:00Z',
    });
  });

  it('falls back, with a warning, when only one of the two can be trusted', () => {
    expect(wordpressDate('2010-05-13 10:00:00', '0000-00-00 00:00:00')).toMatchObject({
      ok: true,
      value: '2010-05-13T10:00:00Z',
      warning: expect.stringContaining('read post_date'),
    });
    expect(wordpressDate('2010-05-20 10:00:00', '2010-05-13 10:00:00')).toMatchObject({
      ok: true,
      value: '2010-05-13T10:00:00Z',
      warning: expect.stringContaining('does not fit'),
    });
  });

  it('fails when neither is a date', () => {
    expect(wordpressDate('0000-00-00 00:00:00', '0000-00-00 00:00:00')).toEqual({ ok: false });
    expect(wordpressDate('', '')).toEqual({ ok: false });
  });
});
