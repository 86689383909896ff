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

test('Sotkanet: the public service by default, no schedule; a bad address or schedule stops the start', () => {
  expect(readConfig({}).sotkanet).toEqual({ baseUrl: 'https://sotkanet.fi/rest/1.1', timeoutMs: 30_000, syncCron: null, syncIntervalHours: null });
  expect(readConfig({ SOTKANET_URL: 'http://127.0.0.1:4462/rest/1.1/' }).sotkanet.baseUrl).toBe('http://127.0.0.1:4462/rest/1.1');
  expect(readConfig({ SOTKANET_SYNC_CRON: '0 3 * * *' }).sotkanet.syncCron).toBe('0 3 * * *');
  expect(readConfig({ SOTKANET_SYNC_INTERVAL_HOURS: '12' }).sotkanet.syncIntervalHours).toBe(12);
  expect(() => readConfig({ SOTKANET_URL: 'sotkanet.fi' })).toThrow('SOTKANET_URL must be an http(s) address');
  expect(() => readConfig({ SOTKANET_SYNC_CRON: 'every night' })).toThrow('SOTKANET_SYNC_CRON must be a cron expression');
  expect(() => readConfig({ SOTKANET_SYNC_INTERVAL_HOURS: 'daily' })).toThrow('SOTKANET_SYNC_INTERVAL_HOURS must be a positive number');
  expect(() => readConfig({ SOTKANET_SYNC_CRON: '0 3 * * *', SOTKANET_SYNC_INTERVAL_HOURS: '1' })).toThrow('not both');
});
