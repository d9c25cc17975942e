import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { cvBulletHints } from '../../../shared/cv/hints';
import { buildCvDocument, DEFAULT_EXPORT_OPTIONS, documentBullets, EXPORT_FORMATS, EXPORT_FORMAT_INFO, EXPORT_ORDER_LABELS, renderPlainText, type ExportFormat, type ExportOptions } from '../../../shared/cv/export';
import { lengthEstimate } from '../../../shared/cv/export/length';
import { APP_COMMANDS, describeAccelerator } from '../../../shared/commands';
import type { Achievement, Skill } from '../../../shared/model';
import { EmptyState } from '../../components/EmptyState';
import { useToday } from '../../hooks/useToday';
import { useAppCommand } from '../../lib/app-commands';
import { isMacPlatform } from '../../lib/platform';
import { useAppStore, type AppState } from '../../store';
import { selectProfile } from '../../store/selectors';
import { AtsCheckPanel } from '../ats/AtsCheckPanel';
import { useAtsCheck } from '../ats/useAtsCheck';
import { CalendarExportButton } from '../calendar/CalendarExportButton';
import { CvPreview, type PreviewMode } from './CvPreview';
import { ExportOptionsForm } from './ExportOptionsForm';
import { isFiltered, manualOrderFrom, rememberedOptions, rememberOptions, tagsInUse, withKnownFilters } from './export-view';
import { ManualOrderList } from './ManualOrderList';
import { useExport } from './useExport';
import './export.css';

// Stable empty arrays, so "no plan yet" does not produce a new reference on every render.
const NO_ACHIEVEMENTS: Achievement[] = [];
const NO_SKILLS: Skill[] = [];
const selectAchievements = (state: AppState) => state.snapshot?.plan.achievements ?? NO_ACHIEVEMENTS;
const selectSkills = (state: AppState) => state.snapshot?.plan.skills ?? NO_SKILLS;
const selectPlan = (state: AppState) => state.snapshot?.plan ?? null;

/** The primary export (File > Export Achievements…, Ctrl+E): Word, the format ATS parse most reliably. */
const PRIMARY_FORMAT = 'docx';

/**
 * Export a CV-ready achievements list: choose what goes in and how it is laid out, see it live, then save
 * it as DOCX, PDF, plain text, Markdown or JSON Resume, or copy it. The preview and every file come from
 * one shared document model, so what is previewed is what is saved.
 */
export default function ExportScreen() {
  const plan = useAppStore(selectPlan);
  const achievements = useAppStore(selectAchievements);
  const skills = useAppStore(selectSkills);
  const profile = useAppStore(selectProfile);
  const go = useAppStore((state) => state.go);
  const today = useToday();
  const [chosen, setOptionsState] = useState<ExportOptions>(rememberedOptions);
  const [previewMode, setPreviewMode] = useState<PreviewMode>('formatted');
  const [selectText, setSelectText] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const { status, busy, exportAs, copy } = useExport();
  const ats = useAtsCheck();
  /** An export, then (for the files an ATS reads: Word and PDF) the self-check of what was saved. */
  const exportAndCheck = async (format: ExportFormat) => {
    if ((await exportAs(options, format)) && (format === 'docx' || format === 'pdf')) void ats.run(options, format);
  };

  const tags = useMemo(() => tagsInUse(achievements), [achievements]);
  const options = useMemo(() => withKnownFilters(chosen, skills.map((s) => s.id), tags), [chosen, skills, tags]);
  const document = useMemo(() => (plan ? buildCvDocument(plan, options, today) : null), [plan, options, today]);
  const plainText = useMemo(() => (document ? renderPlainText(document, { wrapText: options.wrapText }) : ''), [document, options.wrapText]);
  const length = useMemo(() => (document ? lengthEstimate(document) : null), [document]);
  const bullets = useMemo(() => (document ? documentBullets(document) : []), [document]);
  const withHints = useMemo(() => bullets.filter((b) => cvBulletHints(b.text).length > 0).length, [bullets]);
  const inCv = useMemo(() => achievements.filter((a) => a.includeInCv).length, [achievements]);

  const setOptions = useCallback(
    (next: ExportOptions) => {
      // Switching to "by hand" starts from the order on screen, so nothing jumps.
      const arranged = next.order === 'manual' && options.order !== 'manual' && document ? { ...next, manualOrder: manualOrderFrom(document, next.manualOrder) } : next;
      rememberOptions(arranged);
      setOptionsState(arranged);
    },
    [document, options.order],
  );

  useEffect(() => {
    if (!selectText || previewMode !== 'text') return;
    textRef.current?.focus();
    textRef.current?.select();
    setSelectText(false);
  }, [selectText, previewMode]);

  const canExport = bullets.length > 0 && busy === null;
  useAppCommand('export-cv', () => {
    if (canExport) void exportAndCheck(PRIMARY_FORMAT);
  });

  const copyText = async () => {
    if (await copy(plainText, bullets.length)) return;
    setPreviewMode('text');
    setSelectText(true);
  };

  if (!document || !profile) return null;
  const shortcut = describeAccelerator(APP_COMMANDS['export-cv'].accelerator, isMacPlatform());
  return (
    <section aria-labelledby="export-heading" className="screen export-screen">
      <header className="screen-header">
        <div>
          <h1 id="export-heading">Export</h1>
          <p className="meta">
            {bullets.length === 1 ? '1 achievement' : `${bullets.length} achievements`} will be exported
            {withHints > 0 && ` · ${withHints} could be stronger (see the hints on the Achievements screen)`}
          </p>
        </div>
        {/* Not a CV format: the plan's dates for the person's calendar, offered even with no achievements yet. */}
        <CalendarExportButton />
      </header>
      {inCv === 0 ? (
        <EmptyState title="Nothing to export yet" action={<button type="button" onClick={() => go('achievements')}>Go to Achievements</button>}>
          Log an achievement and keep “Include in CV” ticked; it will appear here ready to export.
        </EmptyState>
      ) : (
        <div className="export-layout">
          <div className="export-controls">
            <ExportOptionsForm options={options} skills={skills} tags={tags} profilePageSize={profile.cvPageSize} onChange={setOptions} />
            {options.order === 'manual' && bullets.length > 0 && (
              <ManualOrderList
                document={document}
                manualOrder={options.manualOrder}
                groupsMove={options.grouping !== 'role'}
                onReorder={(manualOrder) => setOptions({ ...options, manualOrder })}
              />
            )}
          </div>
          <div className="export-output">
            <div className="panel export-actions">
              <div className="export-buttons" role="group" aria-label="Export as">
                {EXPORT_FORMATS.map((format) => (
                  <button key={format} type="button" className={format === PRIMARY_FORMAT ? undefined : 'secondary'} disabled={!canExport} onClick={() => void exportAndCheck(format)}>
                    {busy === format ? 'Exporting…' : EXPORT_FORMAT_INFO[format].label}
                  </button>
                ))}
                <button type="button" className="secondary" disabled={!canExport} onClick={() => void copyText()}>
                  {busy === 'copy' ? 'Copying…' : 'Copy to clipboard'}
                </button>
              </div>
              <p className="field-hint">{shortcut} saves DOCX.</p>
              {length && bullets.length > 0 && (
                <p className={`export-length${length.tooLong ? ' too-long' : ''}`}>
                  PDF and Word file: {length.text}
                  {length.tooLong && ` ${shortenAdvice(options.order)}`}
                </p>
              )}
              {/* Two regions that are always present, so screen readers announce every change: progress and
                  success politely, a failure at once. */}
              <p className={`export-status ${status.kind}`} role="status">
                {status.kind === 'busy' || status.kind === 'success' || status.kind === 'info' ? status.message : ''}
              </p>
              <p className="export-status error" role="alert">
                {status.kind === 'error' ? status.message : ''}
              </p>
            </div>
            {bullets.length > 0 && <AtsCheckPanel state={ats.state} options={options} disabled={busy !== null} onRun={(format) => void ats.run(options, format)} />}
            {bullets.length === 0 ? (
              <EmptyState
                title="No achievements match"
                action={isFiltered(options.filter) ? <button type="button" className="secondary" onClick={() => setOptions({ ...options, filter: DEFAULT_EXPORT_OPTIONS.filter })}>Clear filters</button> : undefined}
              >
                Nothing marked “Include in CV” matches the filters you chose.
              </EmptyState>
            ) : (
              <CvPreview
                ref={textRef}
                document={document}
                plainText={plainText}
                mode={previewMode}
                onModeChange={setPreviewMode}
                wrapText={options.wrapText}
                onWrapTextChange={(wrapText) => setOptions({ ...options, wrapText })}
              />
            )}
          </div>
        </div>
      )}
    </section>
  );
}

/** How to cut a CV that runs long: put the least relevant last, then leave those out. */
function shortenAdvice(order: ExportOptions['order']): string {
  const leaveOut = 'untick “Include in CV” on the Achievements screen for the last ones in each role.';
  return order === 'relevant' ? `The least relevant are last: ${leaveOut}` : `To cut it, choose Order: “${EXPORT_ORDER_LABELS.relevant}”, then ${leaveOut}`;
}
