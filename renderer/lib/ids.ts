/** A new id for an item the person creates (the schema accepts letters, digits and dashes). */
export function newId(): string {
  return crypto.randomUUID();
}
