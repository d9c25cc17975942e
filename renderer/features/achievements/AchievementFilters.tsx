import type { Ref } from 'react';
import { COMPETENCY_AREAS, COMPETENCY_AREA_LABELS } from '../../../shared/model';
import { SelectField, TextField, optionsFrom } from '../../components/fields';
import type { AchievementQuery } from './achievement-view';

interface AchievementFiltersProps {
  query: AchievementQuery;
  skills: readonly { id: string; name: string }[];
  tags: readonly string[];
  searchRef: Ref<HTMLInputElement>;
  onChange(query: AchievementQuery): void;
}

/** Search, area, skill, tag and a date range; every control labelled, the search box reachable with Ctrl+F. */
export function AchievementFilters({ query, skills, tags, searchRef, onChange }: AchievementFiltersProps) {
  const update = <K extends keyof AchievementQuery>(key: K, value: AchievementQuery[K]) => onChange({ ...query, [key]: value });
  return (
    <div className="filters achievement-filters" role="search" aria-label="Filter achievements">
      <div className="field grow">
        <label htmlFor="achievement-search">Search achievements</label>
        <input id="achievement-search" ref={searchRef} type="search" value={query.text} placeholder="Title, organisation, bullet or tag" onChange={(e) => update('text', e.target.value)} />
      </div>
      <SelectField
        label="Area"
        value={query.area}
        onChange={(e) => update('area', e.target.value as AchievementQuery['area'])}
        options={[{ value: 'all', label: 'All areas' }, ...optionsFrom(COMPETENCY_AREA_LABELS, COMPETENCY_AREAS), { value: 'none', label: 'No area' }]}
      />
      <SelectField label="Skill" value={query.skill} onChange={(e) => update('skill', e.target.value)} options={[{ value: 'all', label: 'All skills' }, ...skills.map((s) => ({ value: s.id, label: s.name }))]} />
      <SelectField label="Tag" value={query.tag} onChange={(e) => update('tag', e.target.value)} options={[{ value: 'all', label: 'All tags' }, ...tags.map((t) => ({ value: t, label: t }))]} />
      <TextField label="From" type="date" value={query.from} max={query.to || undefined} onChange={(e) => update('from', e.target.value)} />
      <TextField label="To" type="date" value={query.to} min={query.from || undefined} onChange={(e) => update('to', e.target.value)} />
    </div>
  );
}
