import type { CompetencyArea } from '../model/vocabulary';

/**
 * What an imported CV holds, before anything touches the plan (issue 15): the review screen shows
 * these, each with a checkbox and editable fields, and only what the person keeps becomes one change.
 * Every item carries a `key` that is stable for the same source item, so importing the same file twice
 * finds the same keys (and the duplicates check finds them already in the plan).
 */

export type ImportSource = 'json-resume' | 'linkedin' | 'docx';

export interface FoundProfile {
  name: string;
  currentRole: string;
  email: string;
  phone: string;
  location: string;
  link: string;
  summary: string;
}

export interface FoundRole {
  key: string;
  organisation: string;
  title: string;
  location: string;
  startMonth: string | null;
  endMonth: string | null;
  current: boolean;
  summary: string;
}

export interface FoundAchievement {
  key: string;
  /** The line as the CV has it (becomes the CV bullet); `title` is it shortened to fit a title. */
  text: string;
  title: string;
  /** The role it belongs to (a FoundRole key), or null. */
  roleKey: string | null;
  /** What part of the CV it came from: "work", "volunteer", "projects", "awards" … (a tag on import). */
  from: string;
  date: string | null;
}

export interface FoundCertification {
  key: string;
  name: string;
  /** The catalog certification it matched by name or alias, or null for a custom one. */
  catalogId: string | null;
  issuer: string;
  issuedOn: string | null;
}

export interface FoundSkill {
  key: string;
  name: string;
  /** The catalog skill it matched, or null (then the person picks an area; `area` is the suggestion). */
  catalogId: string | null;
  area: CompetencyArea | null;
  keywords: string[];
}

/** Something not imported, and why, in words: shown on the review screen. */
export interface ImportWarning {
  /** Where in the file: "work[2].startDate", "Positions.csv row 4". */
  where: string;
  message: string;
}

export interface ImportFindings {
  source: ImportSource;
  profile: FoundProfile;
  roles: FoundRole[];
  achievements: FoundAchievement[];
  certifications: FoundCertification[];
  skills: FoundSkill[];
  warnings: ImportWarning[];
}

export function emptyFindings(source: ImportSource): ImportFindings {
  return {
    source,
    profile: { name: '', currentRole: '', email: '', phone: '', location: '', link: '', summary: '' },
    roles: [],
    achievements: [],
    certifications: [],
    skills: [],
    warnings: [],
  };
}
