import { useMutation, useQuery } from 'urql';
import { graphql } from '../../graphql/generated';

export const UsersDocument = graphql(`
  query Users {
    users {
      ...UserAdminFields
    }
  }

  fragment UserAdminFields on User {
    id
    username
    displayName
    role
    disabled
    apiTokens {
      id
      name
      createdAt
      lastUsedAt
    }
  }
`);

export function useUsersQuery(pause = false) {
  return useQuery({ query: UsersDocument, requestPolicy: 'cache-and-network', pause });
}

export const CreateUserDocument = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserAdminFields
    }
  }
`);

export function useCreateUserMutation() {
  return useMutation(CreateUserDocument);
}

export const UpdateUserDocument = graphql(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      ...UserAdminFields
    }
  }
`);

export function useUpdateUserMutation() {
  return useMutation(UpdateUserDocument);
}

export const CreateApiTokenDocument = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        id
        name
        createdAt
        lastUsedAt
      }
    }
  }
`);

export function useCreateApiTokenMutation() {
  return useMutation(CreateApiTokenDocument);
}

export const RevokeApiTokenDocument = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id)
  }
`);

export function useRevokeApiTokenMutation() {
  return useMutation(RevokeApiTokenDocument);
}
