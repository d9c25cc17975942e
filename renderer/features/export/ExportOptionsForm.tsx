import {
  CERTIFICATION_SCOPES,
  CERTIFICATION_SCOPE_LABELS,
  EXPORT_GROUPINGS,
  EXPORT_GROUPING_LABELS,
  EXPORT_ORDERS,
  EXPORT_ORDER_LABELS,
  type ExportOptions,
} from '../../../shared/cv/export';
import { COMPETENCY_AREAS, COMPETENCY_AREA_LABELS, type CompetencyArea, type CvPageSize } from '../../../shared/model';
import { SelectField, TextField, optionsFrom } from '../../components/fields';

interface ExportOptionsFormProps {
  options: ExportOptions;
  skills: readonly { id: string; name: string }[];
  tags: readonly string[];
  profilePageSize: CvPageSize;
  onChange(options: ExportOptions): void;
}

const ORDER_HINTS: Record<ExportOptions['order'], string> = {
  newest: 'Most recent first; undated achievements last.',
  relevant: 'Impact and recency weigh the same: recent achievements with metrics first, old ones without a number last, so cut from the end.',
  impact: 'Achievements with metrics first (more metrics, then bigger numbers), then those that quote a number, then the rest.',
  manual: 'Use Move up and Move down in the list below.',
};

/** What goes in, in what order and layout, and which extra sections: every control labelled. */
export function ExportOptionsForm({ options, skills, tags, profilePageSize, onChange }: ExportOptionsFormProps) {
  const filter = options.filter;
  const set = <K extends keyof ExportOptions>(key: K, value: ExportOptions[K]) => onChange({ ...options, [key]: value });
  const setFilter = <K extends keyof ExportOptions['filter']>(key: K, value: ExportOptions['filter'][K]) => onChange({ ...options, filter: { ...filter, [key]: value } });
  return (
    <div className="export-options">
      <fieldset className="export-fieldset">
        <legend>What goes in</legend>
        <p className="field-hint">Only achievements marked “Include in CV” are exported.</p>
        <div className="export-grid">
          <SelectField
            label="Area"
            value={filter.areas[0] ?? 'all'}
            onChange={(e) => setFilter('areas', e.target.value === 'all' ? [] : [e.target.value as CompetencyArea])}
            options={[{ value: 'all', label: 'All areas' }, ...optionsFrom(COMPETENCY_AREA_LABELS, COMPETENCY_AREAS)]}
          />
          <SelectField
            label="Skill"
            value={filter.skillIds[0] ?? 'all'}
            onChange={(e) => setFilter('skillIds', e.target.value === 'all' ? [] : [e.target.value])}
            options={[{ value: 'all', label: 'All skills' }, ...skills.map((s) => ({ value: s.id, label: s.name }))]}
          />
          <SelectField
            label="Tag"
            value={filter.tags[0] ?? 'all'}
            onChange={(e) => setFilter('tags', e.target.value === 'all' ? [] : [e.target.value])}
            options={[{ value: 'all', label: 'All tags' }, ...tags.map((t) => ({ value: t, label: t }))]}
          />
        </div>
        <div className="export-grid dates">
          <TextField label="From" type="date" value={filter.from ?? ''} max={filter.to ?? undefined} onChange={(e) => setFilter('from', e.target.value || null)} />
          <TextField label="To" type="date" value={filter.to ?? ''} min={filter.from ?? undefined} onChange={(e) => setFilter('to', e.target.value || null)} />
        </div>
      </fieldset>

      <fieldset className="export-fieldset">
        <legend>Order and layout</legend>
        <div className="export-grid">
          <SelectField
            label="Order"
            value={options.order}
            hint={ORDER_HINTS[options.order]}
            onChange={(e) => set('order', e.target.value as ExportOptions['order'])}
            options={optionsFrom(EXPORT_ORDER_LABELS, EXPORT_ORDERS)}
          />
          <SelectField
            label="Group"
            value={options.grouping}
            onChange={(e) => set('grouping', e.target.value as ExportOptions['grouping'])}
            options={optionsFrom(EXPORT_GROUPING_LABELS, EXPORT_GROUPINGS)}
          />
          <SelectField
            label="Page size"
            value={options.pageSize ?? 'profile'}
            hint="For the PDF and the Word file."
            onChange={(e) => set('pageSize', e.target.value === 'profile' ? null : (e.target.value as CvPageSize))}
            options={[
              { value: 'profile', label: `As in my profile (${profilePageSize})` },
              { value: 'A4', label: 'A4' },
              { value: 'Letter', label: 'US Letter' },
            ]}
          />
        </div>
      </fieldset>

      <fieldset className="export-fieldset">
        <legend>Extra sections</legend>
        <div className="export-grid">
          <SelectField
            label="Certifications"
            value={options.certifications}
            hint="With credential ID and dates. In progress means studying or exam booked."
            onChange={(e) => set('certifications', e.target.value as ExportOptions['certifications'])}
            options={optionsFrom(CERTIFICATION_SCOPE_LABELS, CERTIFICATION_SCOPES)}
          />
          <label className="check export-check">
            <input type="checkbox" checked={options.skillsSummary} onChange={(e) => set('skillsSummary', e.target.checked)} />
            Skills summary (Practising and above)
          </label>
        </div>
      </fieldset>
    </div>
  );
}
