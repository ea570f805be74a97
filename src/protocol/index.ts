export { parseProtocol, type ParseOptions } from './parse.js';
export { readSendTo } from './send-to.js';
export { layout, cleanLine, type Block, type Layout } from './layout.js';
export { splitExecutors, isInfinitive } from './executors.js';
export { readCloses, readExtension, readActRef } from './act-refs.js';
