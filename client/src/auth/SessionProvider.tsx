import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { type Client, Provider as GraphQLProvider } from 'urql';

interface SessionContextValue {
  /**
   * Call after signing in or out: the GraphQL client (and with it every cached answer, which may
   * differ by user) is replaced, so every view asks again as the new user.
   */
  sessionChanged: () => void;
}

const SessionContext = createContext<SessionContextValue>({ sessionChanged: () => undefined });

/** Owns the GraphQL client for the app and renews it when the user changes. */
export function SessionProvider({ createClient, children }: { createClient: () => Client; children: ReactNode }) {
  const [client, setClient] = useState(createClient);
  const sessionChanged = useCallback(() => setClient(createClient()), [createClient]);
  const value = useMemo(() => ({ sessionChanged }), [sessionChanged]);
  return (
    <SessionContext.Provider value={value}>
      <GraphQLProvider value={client}>{children}</GraphQLProvider>
    </SessionContext.Provider>
  );
}

export function useSession(): SessionContextValue {
  return useContext(SessionContext);
}
