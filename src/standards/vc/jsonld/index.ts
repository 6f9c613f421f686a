/**
 * JSON-LD 1.1 processing for verifiable credentials: context processing with caching, expansion and deserialization
 * to RDF, all in safe mode. The public canonicalization API lives in `../rdfc/index.ts`.
 */
export { type ActiveContext, initialContext } from './context.ts';
export { JsonLdError, type JsonLdErrorCode } from './errors.ts';
export { expandDocument } from './expand.ts';
export { canonicalJson } from './jcs.ts';
export { canonicalDouble, expandedToQuads } from './to-rdf.ts';
