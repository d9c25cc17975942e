import { z } from 'zod';
import { CalendarDateSchema, IdSchema } from '../../model/primitives';
import { COMPETENCY_AREAS, CV_PAGE_SIZES, type CvPageSize } from '../../model/vocabulary';

/**
 * What goes into an exported achievements list and how it is laid out. One object drives the live
 * preview and every file format, so what a person sees is what they get. It crosses IPC, so it is a
 * schema: main parses it like any other untrusted argument.
 */

export const EXPORT_ORDERS = ['newest', 'relevant', 'impact', 'manual'] as const;
export type ExportOrder = (typeof EXPORT_ORDERS)[number];
export const EXPORT_ORDER_LABELS: Record<ExportOrder, string> = {
  newest: 'Newest first',
  relevant: 'Most relevant first',
  impact: 'Biggest impact first',
  manual: 'By hand',
};

export const EXPORT_GROUPINGS = ['role', 'area', 'none'] as const;
export type ExportGrouping = (typeof EXPORT_GROUPINGS)[number];
export const EXPORT_GROUPING_LABELS: Record<ExportGrouping, string> = {
  role: 'By organisation and role',
  area: 'By competency area',
  none: 'One list',
};

/** Which certifications the Certifications section lists; considering, planned and lapsed never do. */
export const CERTIFICATION_SCOPES = ['none', 'held', 'held-and-in-progress'] as const;
export type CertificationScope = (typeof CERTIFICATION_SCOPES)[number];
export const CERTIFICATION_SCOPE_LABELS: Record<CertificationScope, string> = {
  none: 'Leave out',
  held: 'Passed only',
  'held-and-in-progress': 'Passed and in progress',
};

const MAX_IDS = 5_000;

export const ExportFilterSchema = z.object({
  /** Inclusive YYYY-MM-DD bounds; null when open. Undated achievements drop out once either is set. */
  from: CalendarDateSchema.nullable().default(null),
  to: CalendarDateSchema.nullable().default(null),
  /** Empty means every area (and achievements without one). */
  areas: z.array(z.enum(COMPETENCY_AREAS)).max(COMPETENCY_AREAS.length).default([]),
  /** Empty means any; otherwise an achievement must be linked to at least one of these skills. */
  skillIds: z.array(IdSchema).max(1_000).default([]),
  /** Empty means any; otherwise an achievement must carry at least one of these tags (any case). */
  tags: z.array(z.string().max(40)).max(100).default([]),
});
export type ExportFilter = z.infer<typeof ExportFilterSchema>;

export const ExportOptionsSchema = z.object({
  filter: ExportFilterSchema.default({ from: null, to: null, areas: [], skillIds: [], tags: [] }),
  order: z.enum(EXPORT_ORDERS).default('newest'),
  /** Used when order is 'manual': achievement ids in the person's order. Unlisted ones follow, newest first. */
  manualOrder: z.array(IdSchema).max(MAX_IDS).default([]),
  grouping: z.enum(EXPORT_GROUPINGS).default('role'),
  certifications: z.enum(CERTIFICATION_SCOPES).default('held-and-in-progress'),
  skillsSummary: z.boolean().default(true),
  /** Null means "the size in my profile" (profile.cvPageSize). */
  pageSize: z.enum(CV_PAGE_SIZES).nullable().default(null),
  /** Plain text only: wrap at 80 columns (for e-mail). Off, one line per bullet pastes cleanly into web forms. */
  wrapText: z.boolean().default(false),
});
export type ExportOptions = z.infer<typeof ExportOptionsSchema>;
/** What a caller may write: every field has a default. */
export type ExportOptionsInput = z.input<typeof ExportOptionsSchema>;

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = ExportOptionsSchema.parse({});

/** The page size an export uses: the one chosen for it, else the profile's. */
export function resolvePageSize(options: Pick<ExportOptions, 'pageSize'>, profilePageSize: CvPageSize): CvPageSize {
  return options.pageSize ?? profilePageSize;
}
