import { startServer } from './app';
import { readConfig } from './config';
import { openDatabase } from './db/connection';
import { prepareDatabase } from './setup';

/** Reads the configuration, prepares the database (migrations, reference data, demo) and serves. */
async function main(): Promise<void> {
  const config = readConfig();
  if (config.sessionSecretIsDefault) {
    console.warn(
      [
        '',
        '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
        '!! SESSION_SECRET is not set: sessions are signed with a development default. !!',
        '!! Anyone who knows it can forge a session. Set SESSION_SECRET in production.  !!',
        '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
        '',
      ].join('\n'),
    );
  }
  const database = openDatabase(config.databaseFile);
  await prepareDatabase(database, {
    dataDirectory: config.dataDirectory,
    seedDemoIfEmpty: process.env.SEED_DEMO !== '0',
    initialAdmin: config.initialAdmin,
    log: (message) => console.log(message),
  });
  const server = await startServer({ ...config, database });
  console.log(`Database: ${config.databaseFile}`);
  console.log(`Mittaristo is running at ${server.url}  (GraphQL API: ${server.url}graphql)`);
  const shutdown = async () => {
    await server.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
