import { collapseWhitespace } from '../../cv/sentence';
import { resolvePageSize } from '../../cv/export/options';
import type { Plan } from '../../model/plan';
import type { Story } from '../../model/interview';
import { COMPETENCY_AREA_LABELS, INTERVIEW_THEME_LABELS, type CvPageSize } from '../../model/vocabulary';
import { storyChooser } from '../story-choice';
import { allQuestions } from '../question-bank';
import { SOURCE_GONE_MESSAGE, keyNumbers, storySource } from '../story-source';
import { describeDuration, spokenVersion, writtenVersion } from '../story-text';
import type { EnglishVariant } from '../../model/vocabulary';
import { resolveEnglish } from '../../spelling/english';

/**
 * The interview prep sheet as one neutral document, like the CV export's CvDocument: built once from
 * the plan and the chosen questions, then rendered as Markdown, print HTML (the PDF) and DOCX, so the
 * formats cannot disagree. For each question: the question, the story in STAR form (with the
 * reflection), then its key numbers.
 */

export interface PrepSheetStory {
  id: string;
  title: string;
  /** STAR then the reflection: the parts with words, labelled. */
  parts: { label: string; text: string }[];
  keyNumbers: string[];
  /** "Spoken: about 2 min · Written: 310 words". */
  length: string;
  /** 'From the achievement “…”', the deleted-source message, or null. */
  sourceNote: string | null;
}

export interface PrepSheetEntry {
  questionId: string;
  question: string;
  /** "Conflict · Leading without authority · Leadership skills". */
  tags: string;
  story: PrepSheetStory | null;
}

export interface PrepSheetDocument {
  title: string;
  personName: string;
  /** What the set is, e.g. "For PMO Analyst, Northwind Health"; '' when not given. */
  subtitle: string;
  pageSize: CvPageSize;
  /** The person's English, as the CV's: what the PDF's lang and the Word file's proofing language say. */
  language: EnglishVariant;
  entries: PrepSheetEntry[];
}

export const NO_STORY_YET = 'No story prepared yet.';

export function buildPrepSheet(plan: Plan, questionIds: readonly string[], subtitle = ''): PrepSheetDocument {
  const storyFor = storyChooser(plan);
  // Looked up by id once: the sheet may hold 200 questions.
  const questions = new Map(allQuestions(plan).map((q) => [q.id, q]));
  const entries: PrepSheetEntry[] = [];
  for (const questionId of new Set(questionIds)) {
    const question = questions.get(questionId);
    if (!question) continue;
    const story = storyFor(questionId);
    const tags = [...question.themes.map((t) => INTERVIEW_THEME_LABELS[t].label), ...(question.area ? [COMPETENCY_AREA_LABELS[question.area]] : [])].join(' · ');
    entries.push({ questionId, question: collapseWhitespace(question.text), tags, story: story ? sheetStory(story, plan) : null });
  }
  const personName = collapseWhitespace(plan.profile.name);
  return {
    title: personName ? `Interview preparation: ${personName}` : 'Interview preparation',
    personName,
    subtitle: collapseWhitespace(subtitle),
    pageSize: resolvePageSize({ pageSize: null }, plan.profile.cvPageSize),
    language: resolveEnglish(plan.preferences.english),
    entries,
  };
}

function sheetStory(story: Story, plan: Plan): PrepSheetStory {
  const source = storySource(story, plan);
  const written = writtenVersion(story);
  const spoken = spokenVersion(story);
  return {
    id: story.id,
    title: collapseWhitespace(story.title),
    parts: written.parts.map((p) => ({ label: p.label, text: p.text })),
    keyNumbers: keyNumbers(story, source),
    length: `Spoken: ${describeDuration(spoken.seconds)} · Written: ${written.words} words`,
    sourceNote: source.kind === 'achievement' ? `From the achievement “${collapseWhitespace(source.achievement.title)}”` : source.kind === 'gone' ? SOURCE_GONE_MESSAGE : null,
  };
}
