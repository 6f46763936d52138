import * as argon2 from 'argon2';

/** argon2id with OWASP's minimum parameters (19 MiB, 2 passes): safe and fast enough per login. */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** A valid hash of nothing anybody knows, verified when the username is unknown so timing tells nothing. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(`dummy-${Math.random()}`);
  return dummyHash;
}

export const PASSWORD_RULE = 'at least 8 characters with a letter and a digit';

/** Returns why the password is too weak, or null when acceptable. */
export function passwordWeakness(password: string, username?: string): string | null {
  if (password.length < 8) return `must be ${PASSWORD_RULE}`;
  if (password.length > 128) return 'must be at most 128 characters';
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) return `must be ${PASSWORD_RULE}`;
  if (username && password.toLowerCase().includes(username.toLowerCase())) return 'must not contain the username';
  return null;
}
