/**
 * The record types of csto-data. Every record and array the library returns is deeply frozen,
 * hence the `readonly` everywhere. One module per subject under src/types/; this module gathers them.
 *
 * @module
 */
export type * from './generated/ids.js';
export type * from './types/dates.js';
export type * from './types/core.js';
export type * from './types/meetings.js';
export type * from './types/statements.js';
export type * from './types/organization.js';
export type * from './types/timeline.js';
export type * from './types/panels.js';
