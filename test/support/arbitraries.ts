import fc from 'fast-check';
import { CERTIFICATIONS } from '../../shared/catalog';
import { fromDayNumber, toDayNumber } from '../../shared/date-arithmetic';
import {
  CERTIFICATION_STATUSES,
  COMPETENCY_AREAS,
  CV_PAGE_SIZES,
  ENTRY_PATHS,
  GAP_TARGET_COLLECTIONS,
  INTERVIEW_THEMES,
  LIMITS,
  LISTING_STATUSES,
  MILESTONE_FOLLOW_RULES,
  MILESTONE_KINDS,
  MILESTONE_STATUSES,
  PLAN_SCHEMA_VERSION,
  PRACTICE_RATINGS,
  PRACTICE_SET_KINDS,
  PlanSchema,
  SKILL_LEVELS,
  ENGLISH_VARIANTS, THEMES,
  type Plan,
} from '../../shared/model';

/**
 * fast-check generators for plan documents, for any test that needs "some valid plan".
 *
 * `arbitraryPlan()` yields plans in the canonical form PlanSchema.parse returns: it builds the raw
 * document and passes it through the schema, so if the schema gains a field with a default the plans
 * stay valid, and if it gains a rule the generator breaks (the parse throws) rather than silently
 * producing invalid plans. Text includes any Unicode (emoji, right-to-left, astral characters),
 * up to each field's limit. Milestones are consistent the way the app keeps them: completedOn is set
 * exactly when status is "done". Links point at items that exist in the same plan (a listing's closed
 * gaps and a term mapping's skill too).
 */

const FIRST_DAY = toDayNumber('1990-01-01');
const LAST_DAY = toDayNumber('2100-12-31');

export const arbitraryId = (): fc.Arbitrary<string> => fc.stringMatching(/^[A-Za-z0-9_-]{1,16}$/);

export const arbitraryCalendarDate = (): fc.Arbitrary<string> => fc.integer({ min: FIRST_DAY, max: LAST_DAY }).map(fromDayNumber);

export const arbitraryTimestamp = (): fc.Arbitrary<string> =>
  fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T23:59:59Z'), noInvalidDate: true }).map((d) => d.toISOString());

/** Any text up to `max` UTF-16 units (the unit zod's max counts). */
export const arbitraryText = (max: number, maxLength = Math.min(max, 60)): fc.Arbitrary<string> =>
  fc.string({ unit: 'binary', maxLength }).map((s) => s.slice(0, max));

/** Text that a required field accepts unchanged: not blank, no surrounding whitespace. */
export const arbitraryRequiredText = (max: number): fc.Arbitrary<string> =>
  arbitraryText(max)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(arb, { nil: null });
const level = () => fc.constantFrom(...SKILL_LEVELS);
const timestamps = () => fc.record({ createdAt: arbitraryTimestamp(), updatedAt: arbitraryTimestamp() });

export const arbitrarySkill = () =>
  fc.record({
    id: arbitraryId(),
    catalogId: maybe(arbitraryId()),
    area: fc.constantFrom(...COMPETENCY_AREAS),
    name: arbitraryRequiredText(LIMITS.shortText),
    description: arbitraryText(LIMITS.mediumText),
    currentLevel: level(),
    targetLevel: level(),
    notes: arbitraryText(LIMITS.longText),
  });

const arbitraryCpdEntry = () =>
  fc.record({
    id: arbitraryId(),
    date: arbitraryCalendarDate(),
    amount: fc.double({ min: 0.25, max: 1000, noNaN: true }),
    category: fc.oneof(fc.constantFrom('Education', 'Ways of Working', 'Power Skills', 'Business Acumen', 'Giving Back', ''), arbitraryText(LIMITS.shortText)),
    note: arbitraryText(LIMITS.mediumText),
  });

export const arbitraryCertification = () =>
  fc
    .record({
      id: arbitraryId(),
      catalogId: maybe(fc.constantFrom(...CERTIFICATIONS.map((c) => c.id))),
      customName: arbitraryText(LIMITS.shortText),
      customBody: arbitraryText(LIMITS.shortText),
      status: fc.constantFrom(...CERTIFICATION_STATUSES),
      examDate: maybe(arbitraryCalendarDate()),
      credentialId: arbitraryText(LIMITS.shortText),
      issuedOn: maybe(arbitraryCalendarDate()),
      expiresOn: maybe(arbitraryCalendarDate()),
      cpd: fc.uniqueArray(arbitraryCpdEntry(), { selector: (e) => e.id, maxLength: 4 }),
      notes: arbitraryText(LIMITS.longText),
    })
    // A custom certification needs a name (the schema's rule).
    .map((c) => (c.catalogId === null && c.customName.trim() === '' ? { ...c, customName: 'Custom certification' } : c));

const arbitraryMilestoneBase = () =>
  fc
    .record({
      id: arbitraryId(),
      title: arbitraryRequiredText(LIMITS.shortText),
      area: maybe(fc.constantFrom(...COMPETENCY_AREAS)),
      kind: fc.constantFrom(...MILESTONE_KINDS),
      dueDate: maybe(arbitraryCalendarDate()),
      status: fc.constantFrom(...MILESTONE_STATUSES),
      doneOn: arbitraryCalendarDate(),
      notes: arbitraryText(LIMITS.longText),
      follows: maybe(fc.constantFrom(...MILESTONE_FOLLOW_RULES)),
    })
    .map(({ doneOn, ...m }) => ({ ...m, completedOn: m.status === 'done' ? doneOn : null }));

// JSON cannot hold -0 (it becomes 0), and no one measures an achievement in negative zero.
const finiteNumber = () => fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n));

const arbitraryAchievementBase = () =>
  fc.record({
    id: arbitraryId(),
    title: arbitraryRequiredText(LIMITS.shortText),
    date: maybe(arbitraryCalendarDate()),
    area: maybe(fc.constantFrom(...COMPETENCY_AREAS)),
    star: fc.record({
      situation: arbitraryText(LIMITS.mediumText),
      task: arbitraryText(LIMITS.mediumText),
      action: arbitraryText(LIMITS.mediumText),
      result: arbitraryText(LIMITS.mediumText),
    }),
    xyz: fc.record({
      accomplished: arbitraryText(LIMITS.mediumText),
      measuredBy: arbitraryText(LIMITS.mediumText),
      byDoing: arbitraryText(LIMITS.mediumText),
    }),
    metrics: fc.array(fc.record({ value: finiteNumber(), unit: arbitraryText(LIMITS.tag), measures: arbitraryText(LIMITS.shortText) }), { maxLength: 3 }),
    tags: fc.array(arbitraryText(LIMITS.tag), { maxLength: 3 }),
    includeInCv: fc.boolean(),
    cvBullet: arbitraryText(LIMITS.mediumText),
  });

const arbitraryMonth = () => fc.tuple(fc.integer({ min: 1990, max: 2099 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);

/** A role as the schema accepts it: a title or an organisation, an end not before its start, none while current. */
export const arbitraryRole = () =>
  fc
    .record({
      id: arbitraryId(),
      organisation: arbitraryText(LIMITS.shortText),
      title: arbitraryText(LIMITS.shortText),
      location: arbitraryText(LIMITS.shortText),
      months: fc.array(arbitraryMonth(), { maxLength: 2 }),
      current: fc.boolean(),
      summary: arbitraryText(LIMITS.mediumText),
    })
    .map(({ months, current, ...r }) => {
      const [a, b] = [...months].sort();
      const title = r.title.trim() === '' && r.organisation.trim() === '' ? 'Analyst' : r.title;
      return { ...r, title, current, startMonth: a ?? null, endMonth: current ? null : (b ?? null) };
    });

/** Contact details as people type them: each blank or well-formed (the schema checks email and link). */
const arbitraryContact = () =>
  fc.record({
    email: fc.constantFrom('', 'sam@example.com', 'a.b+pmo@example.co.uk'),
    phone: fc.constantFrom('', '+44 113 496 0000', '(555) 010-0199'),
    location: arbitraryText(LIMITS.shortText),
    link: fc.constantFrom('', 'https://www.linkedin.com/in/sam', 'https://example.com/cv'),
    summary: arbitraryText(LIMITS.mediumText),
  });

/** Wording real PMO adverts use, so listings hold the terms shared/listings looks for, not only noise. */
const PMO_LISTING_TEXT = [
  'PRINCE2 Practitioner essential; Power BI desirable',
  'PMO Analyst. Maintain the RAID log, produce weekly highlight reports and support portfolio governance. MSP or P3O an advantage.',
  'Essential: experience of resource management and financial tracking. Desirable: APM PMQ, Microsoft Project, Excel (advanced).',
  'Project Support Officer — stakeholder management, change control, benefits realisation. Agile (Scrum) awareness.',
] as const;
const PMO_PHRASES = ['Power BI', 'RAID log', 'P3O', 'highlight reports', 'Smartsheet', 'benefits realisation'] as const;
const TERM_IDS = ['tool-power-bi', 'cert-prince2-practitioner', 'skill-stakeholder-management', 'practice-raid-log'] as const;

/** A listing without its closed gaps (those point at other items, so arbitraryPlanDocument adds them). */
export const arbitraryListingBase = () =>
  fc.record({
    id: arbitraryId(),
    title: fc.oneof(fc.constantFrom('PMO Analyst', 'Project Support Officer', 'Portfolio Manager'), arbitraryRequiredText(LIMITS.shortText)),
    organisation: arbitraryText(LIMITS.shortText),
    link: fc.oneof(
      fc.constantFrom('', 'https://www.linkedin.com/jobs/view/3912345678', 'https://jobs.example.gov.uk/pmo-analyst?ref=abc'),
      fc.webUrl({ validSchemes: ['https'], withQueryParameters: true }),
    ),
    seenOn: maybe(arbitraryCalendarDate()),
    closesOn: maybe(arbitraryCalendarDate()),
    status: fc.constantFrom(...LISTING_STATUSES),
    statusOn: maybe(arbitraryCalendarDate()),
    // Required text is trimmed by the schema, so the generated text is already trimmed and not blank.
    text: fc.oneof(
      fc.constantFrom(...PMO_LISTING_TEXT),
      arbitraryText(LIMITS.listingText, 300)
        .map((s) => s.trim())
        .filter((s) => s.length > 0),
    ),
    notes: arbitraryText(LIMITS.longText),
  });

/** A term mapping without its skill (arbitraryPlanDocument picks one of the plan's skills, or none). */
export const arbitraryTermMappingBase = () =>
  fc.record({
    id: arbitraryId(),
    phrase: fc.oneof(fc.constantFrom(...PMO_PHRASES), arbitraryRequiredText(LIMITS.shortText)),
  });

/** Ids of question-bank questions a story or a practice run may name (whether or not the bank still has them). */
const BANK_QUESTION_IDS = ['q-governance-standards', 'q-conflict-between-pms', 'q-failing-project'] as const;

export const arbitraryQuestion = () =>
  fc.record({
    id: arbitraryId(),
    text: fc.oneof(fc.constantFrom('Tell me about a time you challenged a senior stakeholder.', 'How would you set up a PMO from scratch?'), arbitraryRequiredText(LIMITS.questionText)),
    area: maybe(fc.constantFrom(...COMPETENCY_AREAS)),
    themes: fc.uniqueArray(fc.constantFrom(...INTERVIEW_THEMES), { maxLength: LIMITS.themesPerQuestion }),
    notes: arbitraryText(LIMITS.mediumText),
  });

/** A story without its links (arbitraryPlanDocument points them at the plan's questions and achievements). */
export const arbitraryStoryBase = () =>
  fc.record({
    id: arbitraryId(),
    title: arbitraryRequiredText(LIMITS.shortText),
    star: fc.record({
      situation: arbitraryText(LIMITS.storyPart, 200),
      task: arbitraryText(LIMITS.storyPart, 200),
      action: arbitraryText(LIMITS.storyPart, 200),
      result: arbitraryText(LIMITS.storyPart, 200),
    }),
    reflection: arbitraryText(LIMITS.storyPart, 200),
  });

const subset = (ids: string[]) => (ids.length === 0 ? fc.constant<string[]>([]) : fc.subarray(ids));

/** A raw plan document (before PlanSchema.parse); see arbitraryPlan for the canonical form. */
export const arbitraryPlanDocument = (options: { maxItems?: number } = {}) => {
  const maxLength = options.maxItems ?? 6;
  return fc
    .record({
      profile: fc.record({
        name: arbitraryText(LIMITS.shortText),
        currentRole: arbitraryText(LIMITS.shortText),
        entryPath: maybe(fc.constantFrom(...ENTRY_PATHS)),
        targetRole: arbitraryText(LIMITS.shortText),
        targetDate: maybe(arbitraryCalendarDate()),
        cvPageSize: fc.constantFrom(...CV_PAGE_SIZES),
        onboardedAt: maybe(arbitraryTimestamp()),
      }),
      contact: arbitraryContact(),
      roles: fc.uniqueArray(fc.tuple(arbitraryRole(), timestamps()), { selector: ([r]) => r.id, maxLength }),
      preferences: fc.record({
        theme: fc.constantFrom(...THEMES),
        hiddenQuestionIds: fc.subarray([...BANK_QUESTION_IDS]),
        userWords: fc.uniqueArray(fc.constantFrom('Northwind', 'SIAM', 'Clarity', 'ServiceNow', 'Jira', 'Smartsheet', 'PowerBI', 'Leeds', 'Contoso', 'kanban'), { maxLength: 5 }),
        english: fc.constantFrom(null, ...ENGLISH_VARIANTS),
      }),
      skills: fc.uniqueArray(fc.tuple(arbitrarySkill(), timestamps()), { selector: ([s]) => s.id, maxLength }),
      certifications: fc.uniqueArray(fc.tuple(arbitraryCertification(), timestamps()), { selector: ([c]) => c.id, maxLength }),
      milestones: fc.uniqueArray(fc.tuple(arbitraryMilestoneBase(), timestamps()), { selector: ([m]) => m.id, maxLength }),
      achievements: fc.uniqueArray(fc.tuple(arbitraryAchievementBase(), timestamps()), { selector: ([a]) => a.id, maxLength }),
      listings: fc.uniqueArray(fc.tuple(arbitraryListingBase(), timestamps()), { selector: ([l]) => l.id, maxLength }),
      termMappings: fc.uniqueArray(fc.tuple(arbitraryTermMappingBase(), timestamps()), { selector: ([m]) => m.id, maxLength }),
      questions: fc.uniqueArray(fc.tuple(arbitraryQuestion(), timestamps()), { selector: ([q]) => q.id, maxLength }),
      stories: fc.uniqueArray(fc.tuple(arbitraryStoryBase(), timestamps()), { selector: ([s]) => s.id, maxLength }),
      practiceIds: fc.uniqueArray(fc.tuple(arbitraryId(), fc.constantFrom(...PRACTICE_SET_KINDS), timestamps()), { selector: ([id]) => id, maxLength }),
      stamps: timestamps(),
    })
    .chain((doc) => {
      const skillIds = doc.skills.map(([s]) => s.id);
      const certIds = doc.certifications.map(([c]) => c.id);
      const achievementIds = doc.achievements.map(([a]) => a.id);
      const roleIds = doc.roles.map(([r]) => r.id);
      const milestoneLinks = fc.tuple(
        ...doc.milestones.map(() => fc.record({ skillIds: subset(skillIds), certificationIds: subset(certIds), achievementIds: subset(achievementIds) })),
      );
      const achievementSkills = fc.tuple(...doc.achievements.map(() => subset(skillIds)));
      const achievementRoles = fc.tuple(...doc.achievements.map(() => (roleIds.length === 0 ? fc.constant(null) : fc.option(fc.constantFrom(...roleIds), { nil: null }))));
      // A closed gap names an item that exists in its collection; ids repeat across collections on purpose.
      const idsIn = { skills: skillIds, certifications: certIds, milestones: doc.milestones.map(([m]) => m.id) };
      const gapTargets = GAP_TARGET_COLLECTIONS.flatMap((collection) => idsIn[collection].map((itemId) => ({ collection, itemId })));
      const mappingTermIds = doc.termMappings.map(([m]) => `mapped:${m.id}`);
      const termId = fc.oneof(fc.constantFrom(...TERM_IDS, ...mappingTermIds), arbitraryId());
      const closedGap = gapTargets.length === 0 ? null : fc.record({ termId, target: fc.constantFrom(...gapTargets) }).map(({ termId: t, target }) => ({ termId: t, ...target }));
      const listingGaps = fc.tuple(...doc.listings.map(() => (closedGap === null ? fc.constant([]) : fc.array(closedGap, { maxLength: 4 }))));
      const mappingSkills = fc.tuple(...doc.termMappings.map(() => (skillIds.length === 0 ? fc.constant(null) : fc.option(fc.constantFrom(...skillIds), { nil: null }))));
      // A story answers the person's questions or the bank's; its achievement may also be one since deleted.
      const questionIds = [...doc.questions.map(([q]) => q.id), ...BANK_QUESTION_IDS];
      const storyIds = doc.stories.map(([st]) => st.id);
      const storyLinks = fc.tuple(
        ...doc.stories.map(() =>
          fc.record({ questionIds: fc.subarray(questionIds), achievementId: fc.oneof(fc.constant(null), arbitraryId(), ...(achievementIds.length ? [fc.constantFrom(...achievementIds)] : [])) }),
        ),
      );
      const answer = fc.record({
        questionId: fc.constantFrom(...questionIds),
        storyId: storyIds.length === 0 ? fc.constant(null) : fc.option(fc.constantFrom(...storyIds), { nil: null }),
        rating: fc.constantFrom(...PRACTICE_RATINGS),
        note: arbitraryText(LIMITS.mediumText),
        seconds: fc.integer({ min: 0, max: 3_600 }),
      });
      const sessionParts = fc.tuple(...doc.practiceIds.map(() => fc.record({ questionIds: fc.subarray(questionIds), answers: fc.array(answer, { maxLength: 4 }), listingId: maybe(arbitraryId()) })));
      return fc.tuple(milestoneLinks, achievementSkills, achievementRoles, listingGaps, mappingSkills, storyLinks, sessionParts).map(([links, skillLinks, roleLinks, gaps, mappedSkills, storyRefs, sessions]) => ({
        schemaVersion: PLAN_SCHEMA_VERSION,
        profile: { ...doc.profile, ...doc.contact },
        preferences: doc.preferences,
        roles: doc.roles.map(([r, t]) => ({ ...r, ...t })),
        skills: doc.skills.map(([s, t]) => ({ ...s, ...t })),
        certifications: doc.certifications.map(([c, t]) => ({ ...c, ...t })),
        milestones: doc.milestones.map(([m, t], i) => ({ ...m, links: links[i]!, ...t })),
        achievements: doc.achievements.map(([a, t], i) => ({ ...a, skillIds: skillLinks[i]!, roleId: roleLinks[i]!, ...t })),
        listings: doc.listings.map(([l, t], i) => ({ ...l, closedGaps: gaps[i]!, ...t })),
        termMappings: doc.termMappings.map(([m, t], i) => ({ ...m, skillId: mappedSkills[i]!, ...t })),
        questions: doc.questions.map(([q, t]) => ({ ...q, ...t })),
        stories: doc.stories.map(([st, t], i) => ({ ...st, ...storyRefs[i]!, ...t })),
        practiceSessions: doc.practiceIds.map(([id, set, t], i) => ({ id, set, ...sessions[i]!, ...t })),
        ...doc.stamps,
      }));
    });
};

/** A valid plan in canonical (parsed) form. */
export const arbitraryPlan = (options: { maxItems?: number } = {}): fc.Arbitrary<Plan> =>
  arbitraryPlanDocument(options).map((doc) => PlanSchema.parse(doc));

