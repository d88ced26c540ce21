// The data's own dates and version, as the package exports them.
import { DATA_AS_OF, DATA_VERSION } from './generated/meta.js';

/**
 * The day up to which the data was reviewed (`YYYY-MM-DD`). Answers about later days reflect the
 * data as it stood then: an open term or period is taken to go on.
 *
 * @category Sources
 * @example
 * ```ts
 * import { dataAsOf } from 'csto-data';
 * console.log(`CSTO data reviewed up to ${dataAsOf}`);
 * ```
 */
export const dataAsOf: string = DATA_AS_OF;

/**
 * The version of the package the data was built into.
 *
 * @category Sources
 * @example
 * ```ts
 * import { dataVersion } from 'csto-data';
 * console.log(dataVersion);
 * ```
 */
export const dataVersion: string = DATA_VERSION;
