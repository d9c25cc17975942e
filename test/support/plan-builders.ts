import {
  AchievementFieldsSchema,
  CertificationFieldsSchema,
  ListingFieldsSchema,
  MilestoneFieldsSchema,
  PlanSchema,
  QuestionFieldsSchema,
  RoleFieldsSchema,
  StoryFieldsSchema,
  SkillFieldsSchema,
  createEmptyPlan,
  type Achievement,
  type Certification,
  type Listing,
  type Milestone,
  type Plan,
  type Question,
  type Role,
  type Story,
  type Skill,
} from '../../shared/model';

/**
 * Small builders for hand-written plan fixtures: give only the fields a test cares about, the schema
 * fills the rest with its defaults. Everything they return is schema-valid.
 */

export const FIXED_NOW = '2026-12-01T09:00:00.000Z';
const stamps = { createdAt: FIXED_NOW, updatedAt: FIXED_NOW };

export const skill = (fields: Partial<Skill> & Pick<Skill, 'id'>): Skill =>
  ({ ...SkillFieldsSchema.parse({ area: 'business', name: fields.id, ...fields }), ...stamps });

export const milestone = (fields: Partial<Milestone> & Pick<Milestone, 'id'>): Milestone =>
  ({ ...MilestoneFieldsSchema.parse({ title: fields.id, ...fields }), ...stamps });

export const certification = (fields: Partial<Certification> & Pick<Certification, 'id'>): Certification =>
  ({ ...CertificationFieldsSchema.parse({ ...fields }), ...stamps }) as Certification;

export const achievement = (fields: Partial<Achievement> & Pick<Achievement, 'id'>): Achievement =>
  ({ ...AchievementFieldsSchema.parse({ title: fields.id, ...fields }), ...stamps });

/**
 * What the schema fills in for a milestone given only an id and a title, written out by hand so that
 * tests check the schema (and what main hands its handlers) against it.
 */
export const MILESTONE_DEFAULTS = {
  area: null,
  kind: 'other',
  dueDate: null,
  status: 'todo',
  completedOn: null,
  links: { skillIds: [], certificationIds: [], achievementIds: [] },
  notes: '',
  follows: null,
};

export const role = (fields: Partial<Role> & Pick<Role, 'id'>): Role =>
  ({ ...RoleFieldsSchema.parse({ title: fields.id, ...fields }), ...stamps }) as Role;

export const listing = (fields: Partial<Listing> & Pick<Listing, 'id' | 'text'>): Listing =>
  ({ ...ListingFieldsSchema.parse({ title: fields.id, ...fields }), ...stamps }) as Listing;

export const story = (fields: Partial<Story> & Pick<Story, 'id'>): Story => ({ ...StoryFieldsSchema.parse({ title: fields.id, ...fields }), ...stamps });

export const question = (fields: Partial<Question> & Pick<Question, 'id' | 'text'>): Question => ({ ...QuestionFieldsSchema.parse({ ...fields }), ...stamps });

type Collections = 'skills' | 'milestones' | 'certifications' | 'achievements' | 'roles' | 'listings' | 'termMappings' | 'questions' | 'stories' | 'practiceSessions';
export function planWith(parts: Partial<Pick<Plan, Collections>>): Plan {
  return PlanSchema.parse({ ...createEmptyPlan(FIXED_NOW), ...parts });
}
