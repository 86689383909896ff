/** A text in Finnish, and in Swedish and English where given. Finnish is required: it is the fallback. */
export interface LocalizedText {
  fi: string;
  sv: string | null;
  en: string | null;
}

/** Builds a LocalizedText from three columns, or null when the Finnish one is empty. */
export function localizedOrNull(fi: string | null, sv: string | null, en: string | null): LocalizedText | null {
  return fi === null ? null : { fi, sv, en };
}

/** The three column values for a text that may be cleared (null). */
export function localizedColumns(text: LocalizedText | null | undefined): [string | null, string | null, string | null] {
  return text ? [text.fi, text.sv, text.en] : [null, null, null];
}
