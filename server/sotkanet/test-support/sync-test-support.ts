import type { TestServer } from '../../test/test-server';
import { createSotkanetClient, type SotkanetClient, type SotkanetClientOptions } from '../sotkanet-client';
import { startSotkanetSync, type SyncRequest, type SyncResult, type SyncTarget } from '../sync-service';
import type { FakeSotkanet } from './fake-sotkanet';

export function syncTarget(server: TestServer): SyncTarget {
  return { db: server.database.db, databaseFile: server.database.file, dataDirectory: server.dataDirectory };
}

/** A client with short pauses (and deadlines generous for a local server on a busy machine), so failure tests take seconds, not minutes. */
export function fastClient(fake: FakeSotkanet, overrides: Partial<SotkanetClientOptions> = {}): SotkanetClient {
  return createSotkanetClient({ baseUrl: fake.baseUrl, timeoutMs: 3000, retries: 2, retryDelayMs: 5, ...overrides });
}

/** Runs a sync to its end, as the command line does. */
export async function syncNow(server: TestServer, fake: FakeSotkanet, request: Partial<SyncRequest> = {}): Promise<SyncResult> {
  const { done } = await startSotkanetSync(syncTarget(server), {
    trigger: 'COMMAND_LINE',
    startedBy: 'tester',
    client: request.client ?? fastClient(fake),
    ...request,
  });
  return done;
}
