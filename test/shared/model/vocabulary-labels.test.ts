import { describe, expect, it } from 'vitest';
import * as catalogSchemas from '../../../shared/catalog/schemas';
import * as exportOptions from '../../../shared/cv/export/options';
import * as vocabulary from '../../../shared/model/vocabulary';

/**
 * Every stored value of every vocabulary has words to show for it: a select or a badge with a blank
 * option, or two options that read the same, is one the person cannot use. Walked over the modules,
 * so a vocabulary added later (VALUES with its VALUE_LABELS) is checked too.
 */

// The plan's vocabularies, the catalog's certification levels and the export choices.
const exported = { ...vocabulary, ...catalogSchemas, ...exportOptions } as unknown as Record<string, unknown>;
const labelTables = Object.keys(exported).filter((name) => name.endsWith('_LABELS'));
/** COMPETENCY_AREA_LABELS -> COMPETENCY_AREAS, CERTIFICATION_STATUS_LABELS -> CERTIFICATION_STATUSES. */
const valuesNameOf = (tableName: string) => {
  const base = tableName.replace(/_LABELS$/, '');
  return `${base}S` in exported ? `${base}S` : `${base}ES`;
};

/** The text shown for a value: a plain label, or a `{ name, description }` pair. */
function wordsOf(label: unknown): string[] {
  if (typeof label === 'string') return [label];
  if (typeof label === 'object' && label !== null) return Object.values(label).filter((v): v is string => typeof v === 'string');
  return [];
}

describe('vocabulary labels', () => {
  it('finds the label tables', () => {
    expect(labelTables.length).toBeGreaterThanOrEqual(10);
  });

  for (const tableName of labelTables) {
    const valuesName = valuesNameOf(tableName);
    it(`${tableName}: every one of ${valuesName} has its own non-blank words, and nothing else does`, () => {
      const values = exported[valuesName] as readonly (string | number)[] | undefined;
      expect(values, `${valuesName} should be exported beside ${tableName}`).toBeDefined();
      const table = exported[tableName] as Record<string, unknown>;
      expect(Object.keys(table).sort()).toEqual(values!.map(String).sort());
      const firstWords = values!.map((value) => {
        const words = wordsOf(table[String(value)]);
        expect(words.length, `${tableName}[${value}]`).toBeGreaterThan(0);
        for (const word of words) expect(word.trim(), `${tableName}[${value}]`).not.toBe('');
        return words[0];
      });
      expect(new Set(firstWords).size).toBe(values!.length);
    });
  }

  it('each vocabulary lists its values once', () => {
    for (const name of labelTables.map(valuesNameOf)) {
      const values = exported[name] as readonly unknown[];
      expect(new Set(values).size, name).toBe(values.length);
    }
  });
});
