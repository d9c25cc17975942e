import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  AchievementFieldsSchema,
  CertificationFieldsSchema,
  CpdEntrySchema,
  MetricSchema,
  MilestoneFieldsSchema,
  ProfileSchema,
  SkillFieldsSchema,
  StarSchema,
  XyzSchema,
} from '../../../shared/model';

/**
 * Schema errors reach the person word for word ("Keep the skill name under 200 characters."), so
 * every text field of every item must name itself in its message, and every optional text field must
 * start blank. Walked over the schemas themselves, so a field added later is checked too.
 */

/** Each item schema with the least that makes it valid. */
const ITEMS = {
  profile: { schema: ProfileSchema, minimal: {} },
  skill: { schema: SkillFieldsSchema, minimal: { id: 's1', area: 'business', name: 'Risk management' } },
  certification: { schema: CertificationFieldsSchema, minimal: { id: 'c1', catalogId: 'pmp' } },
  cpdEntry: { schema: CpdEntrySchema, minimal: { id: 'e1', date: '2026-03-01', amount: 2 } },
  milestone: { schema: MilestoneFieldsSchema, minimal: { id: 'm1', title: 'Shadow the PMO' } },
  achievement: { schema: AchievementFieldsSchema, minimal: { id: 'a1', title: 'Cut reporting time' } },
  metric: { schema: MetricSchema, minimal: { value: 40 } },
  star: { schema: StarSchema, minimal: {} },
  xyz: { schema: XyzSchema, minimal: {} },
} as const;

interface TextField {
  field: string;
  max: number;
  required: boolean;
  hasDefault: boolean;
}

/** The text fields of an object schema (through .default and .nullable), with their limits. */
function textFields(schema: z.ZodType): TextField[] {
  const object = schema as unknown as { shape?: Record<string, z.ZodType> };
  // A refined object (the certification) keeps its shape on the inner schema.
  const shape = object.shape ?? (schema as unknown as { _zod: { def: { schema?: { shape: Record<string, z.ZodType> } } } })._zod.def.schema?.shape;
  if (!shape) throw new Error('not an object schema');
  const fields: TextField[] = [];
  for (const [field, fieldSchema] of Object.entries(shape)) {
    let inner: z.ZodType = fieldSchema;
    let hasDefault = false;
    for (;;) {
      if (inner instanceof z.ZodDefault) {
        hasDefault = true;
        inner = inner.unwrap() as z.ZodType;
      } else if (inner instanceof z.ZodNullable) inner = inner.unwrap() as z.ZodType;
      else break;
    }
    if (inner instanceof z.ZodString && inner.maxLength !== null && field !== 'id' && field !== 'catalogId') {
      fields.push({ field, max: inner.maxLength, required: (inner.minLength ?? 0) > 0, hasDefault });
    }
  }
  return fields;
}

/**
 * Text of exactly `length` characters that a field accepts apart from its length: fields with a format
 * (schema v3's contact details) need one; the others take any characters.
 */
function textOfLength(field: string, length: number): string {
  if (field === 'email') return `${'x'.repeat(length - '@example.com'.length)}@example.com`;
  if (field === 'link') return `https://${'x'.repeat(length - 'https://'.length)}`;
  if (field === 'phone') return '1'.repeat(length);
  return 'x'.repeat(length);
}

const issuesAt = (result: { success: boolean; error?: z.ZodError }, field: string) =>
  result.success ? [] : result.error!.issues.filter((i) => i.path[0] === field).map((i) => i.message);

describe('text field messages and defaults', () => {
  for (const [item, { schema, minimal }] of Object.entries(ITEMS)) {
    const fields = textFields(schema);

    it(`${item}: the walk finds its text fields`, () => {
      expect(fields.length).toBeGreaterThan(0);
    });

    it(`${item}: one character over the limit is refused with a message naming the field and the limit`, () => {
      const labels = new Map<string, string>();
      for (const { field, max } of fields) {
        expect(schema.safeParse({ ...minimal, [field]: textOfLength(field, max) }).success, `${field} at its limit`).toBe(true);
        const [message, ...more] = issuesAt(schema.safeParse({ ...minimal, [field]: textOfLength(field, max + 1) }), field);
        expect(more, field).toEqual([]);
        const match = /^Keep (.+) under ([\d,]+) characters\.$/.exec(message ?? '');
        expect(match, `${field}: "${message}"`).not.toBeNull();
        expect(match![2]).toBe(max.toLocaleString('en-GB'));
        expect(match![1]!.trim(), field).not.toBe('');
        labels.set(field, match![1]!);
      }
      // Two fields of one item never share a label, or the person could not tell which one to fix.
      expect(new Set(labels.values()).size, JSON.stringify([...labels])).toBe(labels.size);
    });

    it(`${item}: a required text field left blank asks for it by name; an optional one starts blank`, () => {
      const parsed = schema.parse(minimal) as Record<string, unknown>;
      for (const { field, required, hasDefault } of fields) {
        if (required) {
          const [message] = issuesAt(schema.safeParse({ ...minimal, [field]: '   ' }), field);
          expect(message, field).toMatch(/^Enter .+\.$/);
          expect(message, field).not.toBe('Enter .');
        } else if (hasDefault) {
          expect(parsed[field], field).toBe('');
        }
      }
    });
  }
});
