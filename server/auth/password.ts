import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Passwords are hashed with scrypt, built into Node (OpenSSL): a memory-hard password KDF that needs
 * no native add-on to build or load. Parameters are OWASP's recommended minimum (N = 2^17, r = 8,
 * p = 1: 128 MiB and about a third of a second here) and are stored with each hash, so they can be
 * raised later without invalidating existing passwords.
 */
const PARAMETERS = { N: 2 ** 17, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
const PREFIX = 'scrypt';

function derive(password: string, salt: Buffer, parameters: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { ...parameters, maxmem: 256 * parameters.N * parameters.r };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** `scrypt$N$r$p$salt$hash`, salt and hash in base64. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMETERS);
  return [PREFIX, PARAMETERS.N, PARAMETERS.r, PARAMETERS.p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  const [prefix, n, r, p, salt, expected] = hash.split('$');
  if (prefix !== PREFIX || !n || !r || !p || !salt || !expected) return false;
  const expectedKey = Buffer.from(expected, 'base64');
  const key = await derive(password, Buffer.from(salt, 'base64'), { N: Number(n), r: Number(r), p: Number(p) });
  // Constant time, so the comparison itself tells nothing.
  return key.length === expectedKey.length && timingSafeEqual(key, expectedKey);
}

/**
 * A hash of no one's password, verified when the username does not exist, so that a wrong username
 * takes as long as a wrong password and answers cannot tell which usernames exist.
 */
let decoyHash: Promise<string> | null = null;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword('no user has this password');
  return decoyHash;
}
