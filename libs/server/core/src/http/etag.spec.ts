import { DomainError } from './domain-error';
import { assertVersionMatches, etagOf } from './etag';

describe('If-Match', () => {
  it('passes when the header names the current version, in any of its forms', () => {
    expect(() => assertVersionMatches(3, etagOf(3))).not.toThrow();
    expect(() => assertVersionMatches(3, '"3"')).not.toThrow();
    expect(() => assertVersionMatches(3, 'W/"2", W/"3"')).not.toThrow();
    expect(() => assertVersionMatches(3, '*')).not.toThrow();
    expect(() => assertVersionMatches(3, undefined)).not.toThrow();
  });

  it('answers 412 for an outdated version in the header or the body', () => {
    for (const attempt of [() => assertVersionMatches(3, 'W/"2"'), () => assertVersionMatches(3, undefined, 2)]) {
      try {
        attempt();
        throw new Error('expected a version mismatch');
      } catch (error) {
        expect(error).toBeInstanceOf(DomainError);
        expect((error as DomainError).status).toBe(412);
        expect((error as DomainError).extra).toEqual({ currentVersion: 3 });
      }
    }
  });
});
