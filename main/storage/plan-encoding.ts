import type { Plan } from '../../shared/model';

/**
 * The plan file's bytes, identical to `Buffer.from(serializePlan(plan), 'utf8')` (tab-indented JSON),
 * built from per-item pieces remembered by identity. An edit replaces one item and keeps the others as
 * the same objects (applyPlanChange never mutates), so a save re-encodes only what changed instead of
 * stringifying and UTF-8-encoding the whole plan: for a 1 MB plan that was ~3 ms of a ~5 ms save
 * (`npm run bench`). Relies on plan items never being mutated in place, like the rest of main.
 * The one writer uses this; everything else may keep using serializePlan.
 */

/** Each item's JSON at the depth it has in the file (inside a collection array), from its leading tabs. */
const encodedItems = new WeakMap<object, Buffer>();

const OPEN_OBJECT = Buffer.from('{');
const OPEN_ARRAY = Buffer.from('[\n');
const ITEM_SEPARATOR = Buffer.from(',\n');
const CLOSE_ARRAY = Buffer.from('\n\t]');

export function encodePlan(plan: Plan): Buffer {
  const parts: Buffer[] = [OPEN_OBJECT];
  let first = true;
  for (const [key, value] of Object.entries(plan)) {
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue; // as JSON.stringify
    parts.push(Buffer.from(`${first ? '' : ','}\n\t${JSON.stringify(key)}: `, 'utf8'));
    first = false;
    if (Array.isArray(value) && value.length > 0 && value.every(isPlainItem)) {
      parts.push(OPEN_ARRAY);
      value.forEach((item: object, index) => {
        if (index > 0) parts.push(ITEM_SEPARATOR);
        parts.push(encodedItem(item));
      });
      parts.push(CLOSE_ARRAY);
    } else {
      parts.push(Buffer.from(indent(JSON.stringify(value, undefined, '\t'), '\t'), 'utf8'));
    }
  }
  parts.push(Buffer.from(first ? '}' : '\n}'));
  return Buffer.concat(parts);
}

function encodedItem(item: object): Buffer {
  let bytes = encodedItems.get(item);
  if (!bytes) {
    bytes = Buffer.from(`\t\t${indent(JSON.stringify(item, undefined, '\t'), '\t\t')}`, 'utf8');
    encodedItems.set(item, bytes);
  }
  return bytes;
}

/** JSON text never holds a raw newline inside a string, so every newline starts a line to indent. */
function indent(json: string, by: string): string {
  return json.replaceAll('\n', `\n${by}`);
}

function isPlainItem(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}
