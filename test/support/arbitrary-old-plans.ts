import fc from 'fast-check';
import { LIMITS } from '../../shared/model';
import type { PlanV1 } from '../../shared/model/versions/v1';
import { PlanV2Schema, type PlanV2 } from '../../shared/model/versions/v2';
import { PlanV3Schema, type PlanV3 } from '../../shared/model/versions/v3';
import { PlanV4Schema, type PlanV4 } from '../../shared/model/versions/v4';
import { PlanV5Schema, type PlanV5 } from '../../shared/model/versions/v5';
import { arbitraryId, arbitraryPlanDocument, arbitraryText, arbitraryTimestamp } from './arbitraries';

/**
 * Plan documents as earlier versions wrote them, for the migration properties: today's generated
 * document without what later versions added, parsed by the frozen schema of its version.
 */

/**
 * A version 2 document as the first release wrote it: today's document without what later versions
 * added (v3: a milestone's `follows`), parsed by the frozen v2 schema. Some milestones carry the ids of
 * the v2 starter plan's certification steps, which v3 sets following.
 */
export const arbitraryV2Plan = (options: { maxItems?: number } = {}): fc.Arbitrary<PlanV2> => {
  // v2 achievements held their organisation and role as text: a few shared spellings (so pairs repeat,
  // as they do in real plans, with stray spaces and case), blanks, and anything at all.
  const text = () => fc.oneof(fc.constantFrom('', 'Acme', ' Acme ', 'acme', 'Northwind Health', 'Project Manager', 'BA'), arbitraryText(LIMITS.shortText));
  return fc
    .tuple(arbitraryPlanDocument(options), fc.array(fc.boolean(), { minLength: 2, maxLength: 2 }), fc.array(fc.tuple(text(), text()), { minLength: 40, maxLength: 40 }))
    .map(([doc, [choose, sit], pairs]) => {
      const starterIds = [choose ? 'starter-choose-certification' : null, sit ? 'starter-sit-certification-exam' : null];
      const taken = new Set(doc.milestones.map((m) => m.id));
      const milestones = doc.milestones.map(({ follows: _follows, ...m }, index) => {
        const starterId = starterIds[index];
        return starterId && !taken.has(starterId) ? { ...m, id: starterId } : m;
      });
      const achievements = doc.achievements.map(({ roleId: _roleId, ...a }, index) => ({ ...a, organisation: pairs[index % 40]![0], role: pairs[index % 40]![1] }));
      const { email: _e, phone: _p, location: _l, link: _k, summary: _s, ...profile } = doc.profile;
      const { roles: _roles, listings: _listings, termMappings: _termMappings, ...rest } = withoutV5(doc);
      return PlanV2Schema.parse({ ...rest, schemaVersion: 2, profile, milestones, achievements });
    });
};

/**
 * A version 3 document as that release wrote it: today's document without what later versions added
 * (v4: job listings and term mappings), parsed by the frozen v3 schema.
 */
export const arbitraryV3Plan = (options: { maxItems?: number } = {}): fc.Arbitrary<PlanV3> =>
  arbitraryPlanDocument(options).map((doc) => {
    const { listings: _listings, termMappings: _termMappings, ...rest } = withoutV5(doc);
    return PlanV3Schema.parse({ ...rest, schemaVersion: 3 });
  });

/**
 * A version 4 document as that release wrote it: today's document without what v5 added (interview
 * questions, stories, practice sessions and hidden bank questions), parsed by the frozen v4 schema.
 */
export const arbitraryV4Plan = (options: { maxItems?: number } = {}): fc.Arbitrary<PlanV4> =>
  arbitraryPlanDocument(options).map((doc) => PlanV4Schema.parse({ ...withoutV5(doc), schemaVersion: 4 }));

/** A current document without the parts schema v5 added (nor those v6 added after it). */
function withoutV5<D extends Parameters<typeof withoutV6>[0] & { preferences: { hiddenQuestionIds: string[] }; questions: unknown; stories: unknown; practiceSessions: unknown }>(doc: D) {
  const { questions: _q, stories: _s, practiceSessions: _p, ...rest } = withoutV6(doc);
  const { hiddenQuestionIds: _h, ...preferences } = rest.preferences;
  return { ...rest, preferences };
}

/** A current document without the parts schema v6 added. */
function withoutV6<D extends { preferences: { theme: string; userWords: string[]; english: string | null } }>(doc: D) {
  const { userWords: _w, english: _e, ...preferences } = doc.preferences;
  return { ...doc, preferences };
}

export const arbitraryV5Plan = (options: { maxItems?: number } = {}): fc.Arbitrary<PlanV5> =>
  arbitraryPlanDocument(options).map((doc) => PlanV5Schema.parse({ ...withoutV6(doc), schemaVersion: 5 }));

/**
 * A version 1 document as the first slice wrote it: app-made ids and timestamps, and whatever the
 * person typed for the target role and titles (blank, padded, over-long or any Unicode). The target
 * role stays within v2's 200 characters; longer ones are shortened by the migration, by design.
 */
export const arbitraryV1Plan = (): fc.Arbitrary<PlanV1> =>
  fc.record({
    schemaVersion: fc.constant(1 as const),
    targetRole: arbitraryText(LIMITS.shortText),
    milestones: fc.uniqueArray(
      fc.record({
        id: arbitraryId(),
        title: fc.oneof(arbitraryText(400, 400), fc.constantFrom('', '   ', ' padded ')),
        done: fc.boolean(),
        createdAt: arbitraryTimestamp(),
        updatedAt: arbitraryTimestamp(),
      }),
      { selector: (m) => m.id, maxLength: 6 },
    ),
    createdAt: arbitraryTimestamp(),
    updatedAt: arbitraryTimestamp(),
  });
