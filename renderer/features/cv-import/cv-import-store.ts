import { create } from 'zustand';
import { findingsFromLines, initialMarks, type CvLine, type CvLineMark } from '../../../shared/cv-import/cv-lines';
import { findExisting } from '../../../shared/cv-import/duplicates';
import { describeImportCounts, importCounts, startReview, type Review } from '../../../shared/cv-import/review';
import { importChange } from '../../../shared/cv-import/to-change';
import { errorMessage } from '../../lib/api';
import { newId } from '../../lib/ids';
import { useAppStore } from '../../store';
import { readCvFile } from './read-cv-file';

/**
 * Where an import of a CV stands, kept outside the screen so the person can look at another screen
 * (is this achievement already there?) and come back to the review as they left it. Nothing here is
 * part of the plan until `confirm`, which sends one change (undoable with Ctrl+Z) after a backup.
 */
export type CvImportStep =
  | { kind: 'choose' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'marking'; fileName: string; lines: CvLine[]; marks: CvLineMark[] }
  | { kind: 'review'; fileName: string; review: Review; lines: { lines: CvLine[]; marks: CvLineMark[] } | null }
  | { kind: 'done'; fileName: string; added: string };

interface CvImportState {
  step: CvImportStep;
  /** Why the last file could not be read or the import was refused, in words; the step is unchanged. */
  problem: string | null;
  confirming: boolean;
  read(file: File): Promise<void>;
  setMarks(marks: CvLineMark[]): void;
  /** From marked Word lines to the same review as the other sources. */
  reviewMarkedLines(): void;
  /** Back from a Word CV's review to its lines, marks kept. */
  backToLines(): void;
  setReview(review: Review): void;
  confirm(): Promise<void>;
  startOver(): void;
}

const currentPlan = () => {
  const plan = useAppStore.getState().snapshot?.plan;
  if (!plan) throw new Error('The plan has not been loaded yet.');
  return plan;
};

export const useCvImportStore = create<CvImportState>((set, get) => ({
  step: { kind: 'choose' },
  problem: null,
  confirming: false,

  async read(file) {
    const before = get().step;
    set({ step: { kind: 'reading', fileName: file.name }, problem: null });
    try {
      const read = await readCvFile(file);
      if (read.kind === 'lines') set({ step: { kind: 'marking', fileName: read.fileName, lines: read.lines, marks: initialMarks(read.lines) } });
      else set({ step: { kind: 'review', fileName: read.fileName, review: startReview(read.findings, currentPlan()), lines: null } });
    } catch (error) {
      // The review in progress (if any) is kept: a wrong second file loses nothing.
      set({ step: before.kind === 'reading' ? { kind: 'choose' } : before, problem: `${file.name}: ${errorMessage(error)}` });
    }
  },

  setMarks(marks) {
    const { step } = get();
    if (step.kind === 'marking') set({ step: { ...step, marks } });
  },

  reviewMarkedLines() {
    const { step } = get();
    if (step.kind !== 'marking') return;
    const findings = findingsFromLines(step.lines, step.marks);
    set({ step: { kind: 'review', fileName: step.fileName, review: startReview(findings, currentPlan()), lines: { lines: step.lines, marks: step.marks } }, problem: null });
  },

  backToLines() {
    const { step } = get();
    if (step.kind === 'review' && step.lines) set({ step: { kind: 'marking', fileName: step.fileName, ...step.lines }, problem: null });
  },

  setReview(review) {
    const { step } = get();
    if (step.kind === 'review') set({ step: { ...step, review } });
  },

  async confirm() {
    const { step } = get();
    if (step.kind !== 'review' || get().confirming) return;
    // What the plan has now, not when the file was read: an edit made meanwhile is not added twice.
    const review = { ...step.review, existing: findExisting(step.review.findings, currentPlan()) };
    const change = importChange(review.findings, review.selection, review.existing, () => newId());
    if (change === null) return set({ problem: 'Nothing is ticked that your plan does not already have, so there is nothing to import.' });
    const added = describeImportCounts(importCounts(review));
    set({ confirming: true, problem: null });
    const app = useAppStore.getState();
    const done = await app.applyChange(change, { label: `Import from ${step.fileName}`, via: 'cv-import' });
    set({ confirming: false });
    if (!done) return; // the store has said why; the review stays as it was
    set({ step: { kind: 'done', fileName: step.fileName, added } });
    app.notify({ level: 'info', message: `Imported ${added} from ${step.fileName}. Your plan was backed up first.`, action: { label: 'Undo', run: () => void useAppStore.getState().undo() } });
  },

  startOver() {
    set({ step: { kind: 'choose' }, problem: null, confirming: false });
  },
}));
