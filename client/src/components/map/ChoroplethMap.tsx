import { geoPath, geoTransverseMercator } from 'd3-geo';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format';
import { classOf, MAP_NO_VALUE_COLOUR, quantileClasses } from './color-scale';
import type { MunicipalityFeature } from './boundaries';

export interface MapValue {
  code: string;
  name: string;
  value: number | null;
}

interface ChoroplethMapProps {
  features: ReadonlyArray<MunicipalityFeature>;
  values: ReadonlyArray<MapValue>;
  selectedCode: string | null;
  title: string;
  unit: string;
  decimals: number;
  width?: number;
  height?: number;
}

/**
 * Municipalities coloured by value in quantile classes. Drawn in a transverse Mercator centred on
 * 27° E (as ETRS-TM35FIN, Finland's own map projection), so Finland is not stretched. The table next
 * to it carries the same values for screen readers and keyboard users; here each area names its
 * value on hover.
 */
export function ChoroplethMap({ features, values, selectedCode, title, unit, decimals, width = 360, height = 440 }: ChoroplethMapProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const valueByCode = useMemo(() => new Map(values.map((item) => [item.code, item])), [values]);
  const shown = useMemo(() => features.filter((feature) => valueByCode.has(feature.properties.kunta)), [features, valueByCode]);
  const classes = useMemo(() => quantileClasses(values.flatMap((item) => (item.value === null ? [] : [item.value]))), [values]);
  const paths = useMemo(() => {
    if (shown.length === 0) return [];
    const projection = geoTransverseMercator()
      .rotate([-27, 0])
      .fitExtent(
        [
          [4, 4],
          [width - 4, height - 4],
        ],
        { type: 'FeatureCollection', features: [...shown] },
      );
    const path = geoPath(projection);
    return shown.map((feature) => ({ code: feature.properties.kunta, d: path(feature) ?? '' }));
  }, [shown, width, height]);

  const describe = (code: string) => {
    const item = valueByCode.get(code);
    if (!item) return code;
    return `${item.name}: ${format.quantity(item.value, unit, decimals)}`;
  };
  // The selected municipality is drawn last so its outline is not hidden under its neighbours'.
  const ordered = [...paths].sort((a, b) => Number(a.code === selectedCode) - Number(b.code === selectedCode));

  return (
    <div className="choropleth">
      <svg className="choropleth__map" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title} preserveAspectRatio="xMidYMid meet">
        <title>{title}</title>
        {ordered.map(({ code, d }) => {
          const item = valueByCode.get(code);
          const colourClass = item?.value === null || item?.value === undefined ? null : classOf(item.value, classes);
          const selected = code === selectedCode;
          return (
            <path
              key={code}
              d={d}
              data-code={code}
              fill={colourClass?.colour ?? MAP_NO_VALUE_COLOUR}
              stroke={selected ? '#111827' : '#ffffff'}
              strokeWidth={selected ? 2.5 : 0.6}
              className={selected ? 'choropleth__area choropleth__area--selected' : 'choropleth__area'}
            >
              <title>{describe(code)}</title>
            </path>
          );
        })}
      </svg>
      <div className="choropleth__legend">
        <p className="choropleth__legend-title">
          {t('indicator.mapLegend')} ({unit})
        </p>
        <ul>
          {classes.map((item) => (
            <li key={`${item.from}-${item.to}`}>
              <span className="choropleth__swatch" style={{ background: item.colour }} aria-hidden="true" />
              {format.number(item.from, decimals)} – {format.number(item.to, decimals)}
            </li>
          ))}
          <li>
            <span className="choropleth__swatch choropleth__swatch--none" style={{ background: MAP_NO_VALUE_COLOUR }} aria-hidden="true" />
            {t('indicator.mapNoValue')}
          </li>
        </ul>
      </div>
      <p className="choropleth__attribution">{t('indicator.mapAttribution')}</p>
    </div>
  );
}
