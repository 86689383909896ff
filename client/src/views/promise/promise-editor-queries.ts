import { useMutation, useQuery } from 'urql';
import { graphql } from '../../graphql/generated';

/** What the promise editor needs of a strategy: its items with their goals, the goals to link, and the publication. */
export const PromiseEditorDocument = graphql(`
  query PromiseEditor($id: ID!) {
    strategy(id: $id) {
      id
      name {
        fi
        sv
        en
      }
      promisePublished
      promisePublishedAt
      perspectives {
        id
        name {
          fi
          sv
          en
        }
      }
      goals {
        id
        title {
          fi
          sv
          en
        }
        perspective {
          id
        }
        parent {
          id
        }
      }
      servicePromiseItems {
        ...PromiseItemFields
      }
    }
  }

  fragment PromiseItemFields on ServicePromiseItem {
    id
    sortOrder
    text {
      fi
      sv
      en
    }
    goals {
      id
    }
  }
`);

export function usePromiseEditorQuery(id: string) {
  return useQuery({ query: PromiseEditorDocument, variables: { id }, requestPolicy: 'cache-and-network' });
}

export const CreatePromiseItemDocument = graphql(`
  mutation CreatePromiseItem($input: CreateServicePromiseItemInput!) {
    createServicePromiseItem(input: $input) {
      ...PromiseItemFields
    }
  }
`);

export const UpdatePromiseItemDocument = graphql(`
  mutation UpdatePromiseItem($id: ID!, $input: UpdateServicePromiseItemInput!) {
    updateServicePromiseItem(id: $id, input: $input) {
      ...PromiseItemFields
    }
  }
`);

export const DeletePromiseItemDocument = graphql(`
  mutation DeletePromiseItem($id: ID!) {
    deleteServicePromiseItem(id: $id)
  }
`);

export const ReorderPromiseItemsDocument = graphql(`
  mutation ReorderPromiseItems($strategyId: ID!, $ids: [ID!]!) {
    reorderServicePromiseItems(strategyId: $strategyId, ids: $ids) {
      id
      sortOrder
    }
  }
`);

export const PublishPromiseDocument = graphql(`
  mutation PublishPromise($strategyId: ID!, $published: Boolean!) {
    publishServicePromise(strategyId: $strategyId, published: $published) {
      id
      promisePublished
      promisePublishedAt
    }
  }
`);

// A created or deleted item changes the strategy's list, which the document cache cannot know from
// the answer alone: the editor's query is asked again after each of them.
export const useCreatePromiseItemMutation = () => useMutation(CreatePromiseItemDocument);
export const useUpdatePromiseItemMutation = () => useMutation(UpdatePromiseItemDocument);
export const useDeletePromiseItemMutation = () => useMutation(DeletePromiseItemDocument);
export const useReorderPromiseItemsMutation = () => useMutation(ReorderPromiseItemsDocument);
export const usePublishPromiseMutation = () => useMutation(PublishPromiseDocument);
