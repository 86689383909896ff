import { useMutation, useQuery } from 'urql';
import { graphql } from '../../graphql/generated';

export const LoadsDocument = graphql(`
  query Loads {
    loads(first: 50) {
      totalCount
      nodes {
        ...LoadSummaryFields
      }
    }
  }

  fragment LoadSummaryFields on Load {
    id
    recordedAt
    createdBy
    fileName
    format
    status
    insertedCount
    updatedCount
    unchangedCount
    rejectedCount
    undoneBy {
      id
    }
    undoOf {
      id
    }
  }
`);

export function useLoadsQuery() {
  return useQuery({ query: LoadsDocument, requestPolicy: 'cache-and-network' });
}

export const LoadDetailsDocument = graphql(`
  query LoadDetails($id: ID!) {
    load(id: $id) {
      ...LoadSummaryFields
      rejectionsByCode {
        code
        count
      }
      rejections(first: 500) {
        ...RejectionFields
      }
    }
  }

  fragment RejectionFields on LoadRejection {
    line
    field
    value
    code
    reason
  }
`);

export function useLoadDetailsQuery(id: string) {
  return useQuery({ query: LoadDetailsDocument, variables: { id } });
}

export const LoadFormatsDocument = graphql(`
  query LoadFormats {
    loadFormats {
      id
      description
    }
  }
`);

export function useLoadFormatsQuery() {
  return useQuery({ query: LoadFormatsDocument });
}

export const LoadUploadDocument = graphql(`
  mutation LoadUpload($input: LoadUploadInput!) {
    loadUpload(input: $input) {
      status
      format
      fileName
      sheet
      areaNamesMapped
      areaNamesSuggested
      inserted
      updated
      unchanged
      rejected
      rejections {
        ...RejectionFields
      }
      rejectionsByCode {
        code
        count
      }
      load {
        ...LoadSummaryFields
      }
    }
  }
`);

export function useLoadUploadMutation() {
  return useMutation(LoadUploadDocument);
}

export const UndoLoadDocument = graphql(`
  mutation UndoLoad($id: ID!) {
    undoLoad(id: $id) {
      ...LoadSummaryFields
    }
  }
`);

export function useUndoLoadMutation() {
  return useMutation(UndoLoadDocument);
}
