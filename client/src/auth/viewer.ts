import { useQuery } from 'urql';
import { graphql } from '../graphql/generated';
import type { Permission } from '../graphql/generated/graphql';
import { can, type ViewerLike } from './permissions';

export const ViewerDocument = graphql(`
  query Viewer {
    viewer {
      ...ViewerFields
    }
  }

  fragment ViewerFields on User {
    id
    username
    displayName
    role
    permissions
  }
`);

export function useViewerQuery() {
  return useQuery({ query: ViewerDocument });
}

export interface ViewerState {
  /** The signed-in user, or null (signed out, or not known yet). */
  viewer: ViewerLike | null;
  /** True until the first answer: views that depend on the user wait instead of flashing "sign in". */
  loading: boolean;
  can: (permission: Permission) => boolean;
}

/**
 * Who is signed in and what they may do. Only decides what the dashboard *shows*: the server
 * checks every write itself. A failing `viewer` query counts as signed out.
 */
export function useViewer(): ViewerState {
  const [result] = useViewerQuery();
  const viewer = result.data?.viewer ?? null;
  return {
    viewer,
    loading: !result.data && !result.error,
    can: (permission) => can(viewer, permission),
  };
}
