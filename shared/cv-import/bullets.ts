/**
 * A role's description as separate achievement lines: one per line or bullet ("•", "-", "*", "–",
 * "1."), a paragraph without bullets kept whole. Lines too short to be an achievement ("Key
 * achievements:") are dropped.
 */
const BULLET = /^\s*(?:[•\-*–·▪◦]|\d+[.)])\s+/;

export function descriptionBullets(description: string): string[] {
  const lines = description
    .split(/\r?\n|(?=\s[•▪◦]\s)/)
    .map((line) => line.replace(BULLET, '').replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0);
  return lines.filter((line) => !/:$/.test(line) && line.split(' ').length >= 3);
}
