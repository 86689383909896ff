import type { Resolvers } from '../graphql/resolvers-types.generated';
import { findServiceAreas } from './service-area-repository';

export const serviceAreaResolvers: Resolvers = {
  Query: {
    serviceAreas: (_parent, _args, { db }) => findServiceAreas(db),
  },
  ServiceArea: {
    id: (serviceArea) => String(serviceArea.id),
  },
};
