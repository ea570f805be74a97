export type { Directory, DirectoryEntry, DirectoryMatch } from './types.js';
export { createDirectory, MATCH_THRESHOLD } from './create-directory.js';
export { isSubstantivePost, toNominative } from './inflect.js';
export { entryOf, partsOfEntry, partsOfRouted, routeParts, type RoutedPart } from './route-parts.js';
