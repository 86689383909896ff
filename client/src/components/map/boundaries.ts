import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { useEffect, useState } from 'react';

export interface MunicipalityProperties {
  /** Three-digit municipality code, e.g. `740`. */
  kunta: string;
  nimi: string;
  namn: string;
}

export type MunicipalityFeature = Feature<Polygon | MultiPolygon, MunicipalityProperties>;

const BOUNDARIES_URL = '/api/geo/municipalities.geojson';

/**
 * GeoJSON (RFC 7946) winds outer rings counter-clockwise; d3-geo reads rings on the sphere and takes
 * that as "everything except the municipality". A feature whose area exceeds a hemisphere is wound
 * the other way, so its rings are reversed.
 */
export function rewindForD3(feature: MunicipalityFeature): MunicipalityFeature {
  if (geoArea(feature) <= 2 * Math.PI) return feature;
  const reverseRings = (rings: Position[][]) => rings.map((ring) => [...ring].reverse());
  const geometry: Polygon | MultiPolygon =
    feature.geometry.type === 'Polygon'
      ? { type: 'Polygon', coordinates: reverseRings(feature.geometry.coordinates) }
      : { type: 'MultiPolygon', coordinates: feature.geometry.coordinates.map(reverseRings) };
  return { ...feature, geometry };
}

function isMunicipalityCollection(value: unknown): value is FeatureCollection<Polygon | MultiPolygon, MunicipalityProperties> {
  if (typeof value !== 'object' || value === null) return false;
  const collection = value as { type?: unknown; features?: unknown };
  return collection.type === 'FeatureCollection' && Array.isArray(collection.features);
}

let boundariesRequest: Promise<MunicipalityFeature[]> | null = null;

/** The 2025 municipality boundaries, fetched once per page (about 0.8 MB) and kept for every indicator. */
export function loadMunicipalityBoundaries(): Promise<MunicipalityFeature[]> {
  boundariesRequest ??= fetch(BOUNDARIES_URL, { headers: { accept: 'application/geo+json, application/json' } })
    .then(async (response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const body: unknown = await response.json();
      if (!isMunicipalityCollection(body)) throw new Error('not a GeoJSON FeatureCollection');
      return body.features.filter((feature) => typeof feature.properties?.kunta === 'string').map(rewindForD3);
    })
    .catch((error: unknown) => {
      // Let a later visit try again instead of remembering the failure for the page's lifetime.
      boundariesRequest = null;
      throw error;
    });
  return boundariesRequest;
}

export type BoundariesState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; features: MunicipalityFeature[] };

export function useMunicipalityBoundaries(): BoundariesState {
  const [state, setState] = useState<BoundariesState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    loadMunicipalityBoundaries().then(
      (features) => !cancelled && setState({ status: 'ready', features }),
      (error: unknown) => !cancelled && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return state;
}
