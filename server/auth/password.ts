import argon2 from 'argon2';

/** Argon2id with the library's defaults (OWASP's recommended minimum or better). */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
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
