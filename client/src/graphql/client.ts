import { Client, cacheExchange, fetchExchange } from 'urql';

/**
 * One urql client for the app. The document cache is enough: views re-fetch in the background
 * (`cache-and-network`) where data can change under them, e.g. attainment after a load.
 */
export function createGraphQLClient(url = '/graphql'): Client {
  return new Client({ url, exchanges: [cacheExchange, fetchExchange], preferGetMethod: false });
}
