import { areaResolvers } from '../areas/area-resolvers';
import { auditResolvers } from '../audit/audit-resolvers';
import { userResolvers } from '../auth/user-resolvers';
import { reviewResolvers } from '../reviews/review-resolvers';
import { guardResolvers } from './guard';
import { attainmentResolvers } from '../attainment/attainment-resolvers';
import { indicatorResolvers } from '../indicators/indicator-resolvers';
import { loadResolvers } from '../loads/load-resolvers';
import { serviceAreaResolvers } from '../service-areas/service-area-resolvers';
import { sotkanetSyncResolvers } from '../sotkanet/sync-resolvers';
import { strategyResolvers } from '../strategy/strategy-resolvers';
import type { Resolvers } from './resolvers-types.generated';
import { DateTime } from './scalars';

/** Merges the features' resolver maps type by type. */
function mergeResolvers(...maps: Resolvers[]): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const map of maps) {
    for (const [typeName, fields] of Object.entries(map)) {
      merged[typeName] = { ...merged[typeName], ...(fields as Record<string, unknown>) };
    }
  }
  return merged as Resolvers;
}

export const resolvers: Resolvers = {
  ...guardResolvers(
    mergeResolvers(
      areaResolvers,
      serviceAreaResolvers,
      strategyResolvers,
      indicatorResolvers,
      attainmentResolvers,
      loadResolvers,
      userResolvers,
      reviewResolvers,
      auditResolvers,
      sotkanetSyncResolvers,
    ),
  ),
  DateTime,
};
