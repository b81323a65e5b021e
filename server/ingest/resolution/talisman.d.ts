/** The parts of talisman 1.1.4 (no bundled types) that resolution uses. */
declare module 'talisman/metrics/jaro-winkler' {
  /** Jaro-Winkler similarity of two strings, 0–1. */
  const jaroWinkler: (a: string, b: string) => number;
  export default jaroWinkler;
}

declare module 'talisman/phonetics/french/sonnex' {
  /** The Sonnex phonetic key of a French word: words that sound alike share it. */
  const sonnex: (word: string) => string;
  export default sonnex;
}
