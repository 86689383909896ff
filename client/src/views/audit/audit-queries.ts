import { useCallback, useEffect, useState } from 'react';
import { type CombinedError, useClient, useQuery } from 'urql';
import { graphql } from '../../graphql/generated';
import type { AuditEventFieldsFragment, AuditFilter } from '../../graphql/generated/graphql';

export const AUDIT_PAGE_SIZE = 50;

export const AuditEventsDocument = graphql(`
  query AuditEvents($filter: AuditFilter, $first: Int, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      nodes {
        ...AuditEventFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }

  fragment AuditEventFields on AuditEvent {
    id
    at
    actor
    action
    entityType
    entityId
    summary
    details
  }
`);

interface LaterPages {
  /** The filter these pages belong to (as JSON): a new filter starts from the first page. */
  key: string;
  nodes: AuditEventFieldsFragment[];
  endCursor: string | null;
  hasNextPage: boolean;
}

/**
 * Audit events, newest first, a page at a time: the first page is an ordinary query (cached,
 * refreshed on visits); "load more" fetches the next page after the last cursor and appends it.
 */
export function useAuditEventsQuery(filter: AuditFilter) {
  const key = JSON.stringify(filter);
  const client = useClient();
  const [result, reexecute] = useQuery({
    query: AuditEventsDocument,
    variables: { filter, first: AUDIT_PAGE_SIZE },
    requestPolicy: 'cache-and-network',
  });
  const [later, setLater] = useState<LaterPages | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<CombinedError | null>(null);

  useEffect(() => {
    setLater((current) => (current && current.key !== key ? null : current));
    setMoreError(null);
  }, [key]);

  const firstPage = result.data?.auditEvents;
  const pages = later && later.key === key ? later : null;
  const seen = new Set<string>();
  const nodes = [...(firstPage?.nodes ?? []), ...(pages?.nodes ?? [])].filter((node) => !seen.has(node.id) && seen.add(node.id));
  const endCursor = pages ? pages.endCursor : (firstPage?.pageInfo.endCursor ?? null);
  const hasNextPage = pages ? pages.hasNextPage : (firstPage?.pageInfo.hasNextPage ?? false);

  const loadMore = useCallback(async () => {
    if (!endCursor) return;
    setLoadingMore(true);
    setMoreError(null);
    const next = await client.query(AuditEventsDocument, { filter, first: AUDIT_PAGE_SIZE, after: endCursor }, { requestPolicy: 'network-only' }).toPromise();
    setLoadingMore(false);
    if (next.error || !next.data) {
      if (next.error) setMoreError(next.error);
      return;
    }
    const page = next.data.auditEvents;
    setLater((current) => ({
      key,
      nodes: [...(current && current.key === key ? current.nodes : []), ...page.nodes],
      endCursor: page.pageInfo.endCursor ?? null,
      hasNextPage: page.pageInfo.hasNextPage,
    }));
  }, [client, endCursor, filter, key]);

  const refresh = useCallback(() => {
    setLater(null);
    reexecute({ requestPolicy: 'network-only' });
  }, [reexecute]);

  return { result, nodes, hasNextPage, loadMore, loadingMore, moreError, refresh };
}
