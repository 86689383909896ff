/**
 * Runs the local stand-in for Sotkanet's REST API (server/sotkanet/test-support/fake-sotkanet.ts),
 * built from the real files in data/, for the browser tests and for trying the connector offline:
 *
 *   npx tsx scripts/fake-sotkanet.ts [--port 4462]
 *   SOTKANET_URL=http://127.0.0.1:4462/rest/1.1 npm run sotkanet -- sync --indicator 1244
 */
import { parseArgs } from 'node:util';
import { readConfig } from '../server/config';
import { startFakeSotkanet } from '../server/sotkanet/test-support/fake-sotkanet';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4462' } } });
const fake = await startFakeSotkanet({ dataDirectory: readConfig({}).dataDirectory, port: Number(values.port) });
console.log(`Fake Sotkanet (from data/) at ${fake.baseUrl}`);
const stop = async () => {
  await fake.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
