import { Client, cacheExchange, fetchExchange } from 'urql';

/**
 * One urql client per signed-in user (see auth/SessionProvider). The document cache is enough:
 * views re-fetch in the background (`cache-and-network`) where data can change under them, e.g.
 * attainment after a load. The session cookie goes with every request to this origin.
 */
export function createGraphQLClient(url = '/graphql'): Client {
  return new Client({ url, exchanges: [cacheExchange, fetchExchange], preferGetMethod: false, fetchOptions: { credentials: 'same-origin' } });
}
