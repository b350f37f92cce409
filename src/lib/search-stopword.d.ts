/** Types for the part of the `stopword` package the search uses (it ships none). */
declare module 'stopword' {
  /** English filler words, lower case. */
  export const eng: readonly string[];
  /** Spanish filler words, lower case, some with accents. */
  export const spa: readonly string[];
}
