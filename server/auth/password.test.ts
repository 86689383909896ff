import { expect, test } from 'vitest';
import { hashPassword, verifyPassword } from './password';

test('a hash verifies its own password only, and each hash has its own salt', async () => {
  const hash = await hashPassword('correct horse battery staple');
  expect(hash).toMatch(/^scrypt\$131072\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
  expect(await verifyPassword(hash, 'correct horse battery staple')).toBe(true);
  expect(await verifyPassword(hash, 'correct horse battery stapl')).toBe(false);
  expect(await hashPassword('correct horse battery staple')).not.toBe(hash);
});

test('a malformed or foreign hash never verifies', async () => {
  expect(await verifyPassword('not-a-hash', 'anything')).toBe(false);
  expect(await verifyPassword('$argon2id$v=19$m=65536', 'anything')).toBe(false);
});
