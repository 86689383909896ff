import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../graphql/generated';

// A page of the catalogue shows which entries are in use: a new indicator must refresh it.
const CATALOGUE_CONTEXT = { additionalTypenames: ['Indicator'] };

export const SotkanetCatalogueDocument = graphql(`
  query SotkanetCatalogue($search: String, $after: String) {
    sotkanetCatalogue(search: $search, first: 25, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          sotkanetId
          title {
            fi
            sv
            en
          }
          organization
          indicator {
            id
            code
          }
        }
      }
    }
  }
`);

export function useSotkanetCatalogueQuery(search: string, after: string | null) {
  return useQuery({ query: SotkanetCatalogueDocument, variables: { search: search || null, after }, context: CATALOGUE_CONTEXT });
}

export const CreatedIndicatorFragment = graphql(`
  fragment CreatedIndicatorFields on Indicator {
    id
    code
    name {
      fi
      sv
      en
    }
    unit
    decimals
    direction
    naturalLimit
    minValue
    maxValue
    frequency
    source
    sourceId
  }
`);

export const CreateIndicatorFromSotkanetDocument = graphql(`
  mutation CreateIndicatorFromSotkanet($input: CreateIndicatorFromSotkanetInput!) {
    createIndicatorFromSotkanet(input: $input) {
      ...CreatedIndicatorFields
    }
  }
`);

export function useCreateIndicatorFromSotkanetMutation() {
  return useMutation(CreateIndicatorFromSotkanetDocument);
}

export const CreateInternalIndicatorDocument = graphql(`
  mutation CreateInternalIndicator($input: CreateIndicatorInput!) {
    createIndicator(input: $input) {
      ...CreatedIndicatorFields
    }
  }
`);

export function useCreateInternalIndicatorMutation() {
  return useMutation(CreateInternalIndicatorDocument);
}
