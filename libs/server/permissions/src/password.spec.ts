import { hashPassword, passwordWeakness, verifyPassword } from './password';

describe('passwords', () => {
  it('stores argon2id PHC strings that verify only the right password', async () => {
    const hash = await hashPassword('Correct-horse-42');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, 'Correct-horse-42')).toBe(true);
    expect(await verifyPassword(hash, 'correct-horse-42')).toBe(false);
    expect(await hashPassword('Correct-horse-42')).not.toBe(hash);
  });

  it('treats a malformed stored hash as a wrong password', async () => {
    expect(await verifyPassword('not-a-hash', 'x')).toBe(false);
  });

  it('explains weak passwords', () => {
    expect(passwordWeakness('short1')).toMatch(/8 characters/);
    expect(passwordWeakness('onlyletters')).toMatch(/digit/);
    expect(passwordWeakness('zhang.wei2026', 'zhang.wei')).toMatch(/username/);
    expect(passwordWeakness('Fine-pass-2026', 'zhang.wei')).toBeNull();
  });
});
