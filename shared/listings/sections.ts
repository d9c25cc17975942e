/**
 * The parts of an advert and how much each weighs: what it lists as required or essential, what is
 * desirable, what it says generally (the role, its duties), and the employer's standard wording
 * (benefits, equal opportunities, how to apply), which is ignored. Adverts mark parts with a heading on
 * its own line ("Essential criteria", "Nice to have:"), a label at the start of a line ("Desirable:
 * PRINCE2"), or words in the sentence itself ("… would be an advantage").
 */

export type Weight = 'required' | 'general' | 'desirable';
export type PartKind = Weight | 'boilerplate';

/** Where a mention is: its weight, or null when the text around it is boilerplate. */
export interface TextSpan {
  start: number;
  end: number;
  weight: Weight | null;
}

// Order matters: "Desirable skills" is desirable before "skills" makes it required.
const HEADING_RULES: readonly [RegExp, PartKind][] = [
  [/\b(desirable|nice[ -]to[ -]haves?|preferred|bonus( points)?|advantageous|would be (an? )?(plus|advantage|bonus)|ideally)\b/i, 'desirable'],
  [/\b(equal opportunit|diversity|inclusion|benefits|what we offer|what('s| is) in it for you|perks|salary|package|rewards?|compensation|how to apply|application process|to apply|about (us|the (company|organisation|organization|employer|business))|who we are|our (company|values|commitment|culture)|closing date|next steps|why (join|work)|working (here|for us|with us)|location and hours)/i, 'boilerplate'],
  [/\b(essential|required|requirements|must[ -]haves?|mandatory|what you('ll| will)? (need|bring)|you('ll| will)? (have|bring|need)|about you|skills|experience|qualifications?|person specification|who you are|knowledge|competenc|criteria)/i, 'required'],
  [/\b(responsibilities|the role|role|what you('ll| will) (do|be doing)|duties|accountabilit|main tasks|job (description|purpose|summary)|overview|purpose|day to day|the opportunity)\b/i, 'general'],
];

const SENTENCE_DESIRABLE = /\(\s*(desirable|preferred|a plus|advantageous|nice to have|ideal)\s*\)|\b(is|are|would be|will be|be) (desirable|an advantage|a plus|advantageous|beneficial|preferred|a bonus|welcome)\b|\bnice to have\b|\bideally\b|\bpreferabl[ey]\b|\bdesirable\b|\bpreferred\b|\ba (plus|bonus)\b/i;
const SENTENCE_REQUIRED = /\(\s*(essential|required|mandatory|must)\s*\)|\b(is|are) (essential|required|mandatory|a must)\b|\bmust (have|hold|be|possess|demonstrate)\b|\bessential\b|\brequired\b/i;
const SENTENCE_BOILERPLATE =
  /equal opportunit|regardless of|diversity (and|&) inclusion|disability confident|reasonable adjustments|\bsalary\b|per annum|\bpension\b|annual leave|holiday allowance|days' holiday|how to apply|apply (now|today|online)|click apply|closing date|benefits package|visa sponsorship|\bcookies?\b|privacy (policy|notice)|recruitment agenc|[£$€]\s?\d[\d,.]*k?\s*(-|–|to)\s*[£$€]?\s?\d|[£$€]\s?\d[\d,.]*k?\s*(per annum|pa\b|p\.a\.|a year|per year|per hour|an hour|\+\s*benefits)/i;

const MAX_HEADING = 70;
const MAX_LABEL = 45;

/**
 * The text's lines with their offsets, a hard-wrapped line joined to the one before it: text taken from a
 * PDF breaks lines mid-sentence ("Candidates must\nhold PMP"), and a line that goes on in lower case
 * after one without closing punctuation is the same sentence.
 */
function lines(text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const previous = out[out.length - 1];
    if (previous && /^\s*\p{Ll}/u.test(line) && previous.text.trim() !== '' && !/[.:;!?]\s*$/.test(previous.text)) {
      previous.end = start + line.length;
      previous.text = text.slice(previous.start, previous.end);
    } else {
      out.push({ start, end: start + line.length, text: line });
    }
    start += line.length + 1;
  }
  return out;
}

function headingKind(words: string): PartKind | null {
  const clean = words.replace(/^[\s#*•\-–—:|]+|[\s*:|]+$/g, '');
  if (clean === '' || clean.length > MAX_HEADING) return null;
  return HEADING_RULES.find(([pattern]) => pattern.test(clean))?.[1] ?? null;
}

/** The words headings are made of; a line of other words ("Experience of benefits realisation") is content. */
const HEADING_WORDS = new Set(
  `essential required requirements requirement must have haves mandatory what you you'll will need bring about skills skill
  experience qualifications qualification person specification who are knowledge competencies competences criteria desirable
  nice to preferred bonus points advantageous would be a an plus advantage ideally equal opportunities opportunity diversity
  inclusion benefits we offer what's in it for perks salary package reward rewards compensation how apply application process
  us the company organisation organization employer business our values commitment culture closing date next steps why join
  work working here with location and hours responsibilities responsibility role do doing duties accountabilities key main
  tasks job description purpose summary overview day of your additional other technical core further information details
  team candidate ideal profile background education basic minimum preferred bonus plus & + / - you're is looking`.split(/\s+/),
);

/**
 * Is the whole line a heading? Not a bullet; short; and either it ends with a colon (it introduces a
 * list) or it is made only of heading words ("Skills & Experience", "About the role", "Desirable").
 */
function isHeadingLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed === '' || trimmed.length > MAX_HEADING || /^[-•*·–—▪◦]|^\d+[.)]\s/.test(trimmed)) return false;
  if (trimmed.endsWith(':')) return true;
  if (/[.,;!?]$/.test(trimmed)) return false;
  const words = trimmed.replace(/^#+\s*/, '').toLowerCase().split(/[\s,]+/).filter(Boolean);
  return words.length <= 7 && words.every((word) => HEADING_WORDS.has(word.replace(/[’]/g, "'")));
}

/**
 * The listing as spans of sentences (a bullet is a sentence) with the weight of each, or null for
 * boilerplate. Also says whether anything but boilerplate is there.
 */
export function weighSpans(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let part: PartKind = 'general';
  for (const line of lines(text)) {
    if (line.text.trim() === '') continue;
    if (isHeadingLine(line.text)) {
      const kind = headingKind(line.text);
      if (kind) {
        part = kind;
        // A heading's own words count too ("Essential: PRINCE2 Practitioner" fits on one line).
        if (!line.text.trim().endsWith(':')) spans.push({ start: line.start, end: line.end, weight: part === 'boilerplate' ? null : part });
        continue;
      }
    }
    // "Desirable: Power BI" — a label for this line only.
    const label = /^\s*([^:]{1,45}):\s+\S/.exec(line.text);
    const labelKind = label && label[1]!.length <= MAX_LABEL ? headingKind(label[1]!) : null;
    for (const sentence of sentences(line.text)) {
      const start = line.start + sentence.start;
      const words = sentence.text;
      // Cues are read with their spaces collapsed: "would  be an  advantage" is still one.
      const cue = words.replace(/\s+/g, ' ');
      let weight: Weight | null;
      if (SENTENCE_BOILERPLATE.test(cue)) weight = null;
      else if (SENTENCE_DESIRABLE.test(cue)) weight = 'desirable';
      else if (SENTENCE_REQUIRED.test(cue)) weight = 'required';
      else {
        const kind = labelKind ?? part;
        weight = kind === 'boilerplate' ? null : kind;
      }
      spans.push({ start, end: start + words.length, weight });
    }
  }
  return spans;
}

/** Sentences of one line: split after . ! ? ; followed by a space and a capital or a digit. */
function sentences(line: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  const boundary = /[.!?;]\s+(?=[\p{Lu}\p{N}(•*-])/gu;
  let start = 0;
  for (const match of line.matchAll(boundary)) {
    const end = match.index + 1;
    out.push({ start, text: line.slice(start, end) });
    start = match.index + match[0].length;
  }
  if (start < line.length) out.push({ start, text: line.slice(start) });
  return out;
}
