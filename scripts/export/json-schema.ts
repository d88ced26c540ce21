/** JSON Schema (draft 2020-12) for every record type, generated from the zod schemas. */
import { z } from 'zod';
import * as schemas from '../../src/schema/index.js';

const RECORDS = {
  source: schemas.SourceSchema,
  state: schemas.StateSchema,
  membership: schemas.MembershipSchema,
  chairmanship: schemas.ChairmanshipSchema,
  'secretary-general-term': schemas.SecretaryGeneralTermSchema,
  person: schemas.PersonSchema,
  milestone: schemas.MilestoneSchema,
  meeting: schemas.MeetingSchema,
  operation: schemas.OperationSchema,
  statement: schemas.StatementSchema,
} as const;

/** File name → JSON Schema text, for every record type. */
export function jsonSchemaExports(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(RECORDS).map(([name, schema]) => {
      const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
      const titled = { title: name, ...json };
      return [`${name}.schema.json`, `${JSON.stringify(titled, null, 2)}\n`];
    }),
  );
}
