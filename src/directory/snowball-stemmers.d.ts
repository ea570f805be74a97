// The package ships CommonJS without typings; these are the parts srok uses. Named
// imports work both from native ESM and from transpiled CommonJS (the package sets
// __esModule, so a default import would be undefined there).
declare module 'snowball-stemmers' {
  export interface Stemmer {
    stem(word: string): string;
  }
  export function newStemmer(language: string): Stemmer;
  export function algorithms(): string[];
}
