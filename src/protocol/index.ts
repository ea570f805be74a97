export { parseProtocol, readSendTo, type ParseOptions } from './parse.js';
export { outline, cleanLine, type RawItem } from './outline.js';
export { splitExecutors, isInfinitive } from './executors.js';
export { readCloses, readExtension, readActRef } from './act-refs.js';
