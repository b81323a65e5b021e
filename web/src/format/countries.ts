/** Country names from ISO codes, by the browser's own table (Intl): "US" → "United States". */
const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

export function countryName(code: string): string {
  try {
    return names.of(code.toUpperCase()) ?? code;
  } catch {
    // Not a region code at all: show it as it is.
    return code;
  }
}
