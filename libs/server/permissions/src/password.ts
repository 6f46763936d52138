import { randomBytes } from 'node:crypto';
import { argon2id, argon2Verify } from 'hash-wasm';

/**
 * argon2id with OWASP's minimum parameters (19 MiB, 2 passes, 1 lane), as a PHC string.
 * WebAssembly (hash-wasm) rather than a native addon: the prebuilt native argon2 crashes on some
 * machines and building it needs a compiler at install time.
 */
const PARAMS = { parallelism: 1, iterations: 2, memorySize: 19_456, hashLength: 32 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2id({ ...PARAMS, password, salt: randomBytes(16), outputType: 'encoded' });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2Verify({ password, hash });
  } catch {
    return false;
  }
}

/** A valid hash of nothing anybody knows, verified when the username is unknown so timing tells nothing. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(24).toString('base64'));
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
