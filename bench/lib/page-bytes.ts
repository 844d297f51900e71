/**
 * Byte measurements of a built site, shared by `npm run bench` and test/site/byte-budgets.test.ts;
 * everything here reads files only: no server, no browser, no clock. Each measurement lives in its
 * own module; this one gathers them for the bench and the budget test.
 */
export { KINDS, ZERO, addSizes, kindOfPath, sizesOf, transferSizes, type Kind, type Sizes } from './byte-sizes.ts';
export { distFile, fileSizes, htmlPages, matchPages, readPage } from './dist-files.ts';
export { largestImage, pageReferences, type PageReferences, type PageScript } from './page-references.ts';
export { clientJs, jsImports, type ClientJs, type JsFile } from './client-js.ts';
export { bytesBeforeHeadline, type BeforeHeadline } from './before-headline.ts';
export { transferByKind, type KindTotal, type RecordedRequest } from './transfer-by-kind.ts';
