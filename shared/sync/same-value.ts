/**
 * Two plan values (items, fields, whole plans) hold the same content. The same object is that at no
 * cost; otherwise their JSON is compared, which is exact for plan data: every reader builds items through
 * the schema, in one key order, and plans hold only JSON values.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
