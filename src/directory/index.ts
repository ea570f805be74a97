export type { Directory, DirectoryMatch } from './types.js';
export { createDirectory, MATCH_THRESHOLD } from './create-directory.js';
export { checkDirectory } from './check-directory.js';
export { toNominative } from './inflect.js';
export { routeParts, type RoutedPart } from './route-parts.js';
