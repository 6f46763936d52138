import { jsonDepthExceeds, parseContentType } from './request-body';

describe('jsonDepthExceeds', () => {
  const bytes = (text: string) => Buffer.from(text, 'utf8');

  it('counts arrays and objects, not brackets inside strings or escaped quotes', () => {
    expect(jsonDepthExceeds(bytes('{"a":[{"b":[1]}]}'), 4)).toBe(false);
    expect(jsonDepthExceeds(bytes('{"a":[{"b":[1]}]}'), 3)).toBe(true);
    expect(jsonDepthExceeds(bytes('{"a":"[[[[{{{{"}'), 1)).toBe(false);
    expect(jsonDepthExceeds(bytes('{"a":"\\"[[[[","b":"x\\\\"}'), 1)).toBe(false);
    expect(jsonDepthExceeds(bytes('{"名":"【［｛春意｝］】","b":[]}'), 2)).toBe(false);
  });

  it('stops at the limit, whatever follows', () => {
    expect(jsonDepthExceeds(bytes('['.repeat(33) + ']'.repeat(33)), 32)).toBe(true);
    expect(jsonDepthExceeds(bytes('['.repeat(32) + ']'.repeat(32)), 32)).toBe(false);
    expect(jsonDepthExceeds(bytes('['.repeat(100_000)), 32)).toBe(true);
  });
});

describe('parseContentType', () => {
  it('reads the media type and charset, lower-cased', () => {
    expect(parseContentType('Application/JSON; Charset="UTF-8"')).toEqual({ mediaType: 'application/json', charset: 'utf-8' });
    expect(parseContentType('multipart/form-data; boundary=x')).toEqual({ mediaType: 'multipart/form-data', charset: undefined });
    expect(parseContentType(undefined)).toBeUndefined();
  });
});
