import type { LocalizedText } from '../common/localized-text';

/** One indicator of Sotkanet's catalogue, as the API lists it. */
export interface SotkanetCatalogueEntry {
  sotkanetId: number;
  title: LocalizedText;
  /** The publishing organisation's Finnish name. */
  organization: string | null;
}
