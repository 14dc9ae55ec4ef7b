import { describe, expect, it } from 'vitest';
import { HttpError, InvalidResponseError, NetworkError } from './errors';
import { errorFromData, errorToData } from './search-worker-messages';

const across = (error: unknown) => errorFromData(structuredClone(errorToData(error)));

describe('an error from the search worker', () => {
  it('arrives as the same kind of error, which the view tells apart (a 404, Retry…)', () => {
    const http = across(new HttpError('/api/v1/search/labels/x.json', 404));
    expect(http).toBeInstanceOf(HttpError);
    expect(http).toMatchObject({ url: '/api/v1/search/labels/x.json', status: 404 });
    const network = across(new NetworkError('/api/v1/search/pagefind.js', { cause: new TypeError('x') }));
    expect(network).toBeInstanceOf(NetworkError);
    expect(network).toMatchObject({ url: '/api/v1/search/pagefind.js' });
    const invalid = across(new InvalidResponseError('/api/v1/search/', 'a result of the search index: bad'));
    expect(invalid).toBeInstanceOf(InvalidResponseError);
    expect(invalid.message).toBe('/api/v1/search/: a result of the search index: bad');
  });

  it('keeps the message of any other error', () => {
    expect(across(new RangeError('too deep')).message).toBe('too deep');
    expect(across('thrown text').message).toBe('thrown text');
  });
});
