import { expect, test } from 'vitest';
import { readConfig } from './config';

test('sign-in attempts default to 10 and take a whole number', () => {
  expect(readConfig({}).signInAttemptsPerWindow).toBe(10);
  expect(readConfig({ SIGN_IN_ATTEMPTS: '5' }).signInAttemptsPerWindow).toBe(5);
});

test('a mistyped number is refused with the setting’s name, not read as NaN (which would switch the limit off)', () => {
  expect(() => readConfig({ SIGN_IN_ATTEMPTS: 'ten' })).toThrow('SIGN_IN_ATTEMPTS must be a positive whole number, not "ten"');
  expect(() => readConfig({ SIGN_IN_ATTEMPTS: '2.5' })).toThrow('SIGN_IN_ATTEMPTS');
  expect(() => readConfig({ SIGN_IN_ATTEMPTS: '0' })).toThrow('SIGN_IN_ATTEMPTS');
  expect(() => readConfig({ UPLOAD_LIMIT_MB: 'lots' })).toThrow('UPLOAD_LIMIT_MB must be a positive number, not "lots"');
  expect(readConfig({ UPLOAD_LIMIT_MB: '1.5' }).uploadLimitBytes).toBe(1.5 * 1024 * 1024);
});
