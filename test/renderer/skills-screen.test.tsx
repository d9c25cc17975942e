import { act, screen, waitFor, within } from '@testing-library/react';
import type { z } from 'zod';
import SkillsScreen from '../../renderer/features/skills/SkillsScreen';
import { dispatchAppCommand } from '../../renderer/lib/app-commands';
import { SKILLS } from '../../shared/catalog';
import { ApiError } from '../../shared/ipc/errors';
import { AchievementFieldsSchema, PlanSchema, SkillFieldsSchema, createEmptyPlan } from '../../shared/model';
import { BACKEND_NOW, FakePlanBackend } from '../support/fake-plan-backend';
import { useFakeBackend } from '../support/mock-api';
import { renderLoaded } from '../support/render-loaded';
import { resetStore } from '../support/reset-store';

vi.mock('../../renderer/lib/api', async (importOriginal) => (await import('../support/mock-api')).mockApiModule(await importOriginal()));

type SkillInput = z.input<typeof SkillFieldsSchema>;
type AchievementInput = z.input<typeof AchievementFieldsSchema>;

let backend: FakePlanBackend;

/** A stored plan holding these items (defaults filled in by the real schema), loaded into the store. */
async function start(items: { skills?: SkillInput[]; achievements?: AchievementInput[] } = {}) {
  const now = BACKEND_NOW.toISOString();
  const stamp = <T,>(list: T[] = []) => list.map((item) => ({ ...item, createdAt: now, updatedAt: now }));
  const empty = createEmptyPlan(now);
  backend.plan = PlanSchema.parse({ ...empty, profile: { ...empty.profile, onboardedAt: now }, skills: stamp(items.skills), achievements: stamp(items.achievements) });
  return renderLoaded(<SkillsScreen />);
}

const stakeholders: SkillInput = { id: 's1', catalogId: 'stakeholder-management', area: 'leadership', name: 'Stakeholder management', currentLevel: 1, targetLevel: 3 };
const raid: SkillInput = { id: 's2', catalogId: null, area: 'organisational', name: 'RAID logs', currentLevel: 0, targetLevel: 2 };
const storedSkill = (id: string) => backend.plan.skills.find((s) => s.id === id);

beforeEach(() => {
  backend = useFakeBackend(new FakePlanBackend());
  resetStore({ screen: 'skills' });
});

describe('the skills screen', () => {
  it('says what to do next when the plan has no skills', async () => {
    await start();
    expect(screen.getByText('No skills in your plan yet')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Add from the PMO skills framework' })).toBeInTheDocument();
  });

  it('shows each area as a section with levels in words, progress and the evidence count', async () => {
    await start({
      skills: [stakeholders, raid],
      achievements: [
        { id: 'a1', title: 'Ran the supplier workshop', skillIds: ['s1'] },
        { id: 'a2', title: 'Won over the finance director', skillIds: ['s1'] },
      ],
    });
    for (const area of ['Business skills', 'Leadership skills', 'Organisational skills']) {
      expect(screen.getByRole('heading', { level: 2, name: new RegExp(area) })).toBeInTheDocument();
    }
    const leadership = screen.getByRole('list', { name: 'Leadership skills' });
    expect(within(leadership).getByText('2 achievements as evidence')).toBeInTheDocument();
    expect(within(leadership).getByRole('combobox', { name: 'Current level of Stakeholder management' })).toHaveAccessibleDescription('Knows what it is and why a PMO needs it.');
    expect(within(leadership).getByRole('progressbar', { name: 'Progress of Stakeholder management towards its target' })).toHaveAttribute('aria-valuenow', '33');
    expect(within(screen.getByRole('list', { name: 'Organisational skills' })).getByText('No evidence yet')).toBeInTheDocument();
    expect(screen.getByText('No business skills in your plan yet. Add one from the framework below, or your own.')).toBeInTheDocument();
  });

  it('shows each area\'s readiness, how it is worked out, and says so in words when an area has no skills', async () => {
    const user = await start({ skills: [stakeholders, raid] });
    const summary = screen.getByRole('list', { name: 'Skills by competency area' });
    const [business, leadership, organisational] = within(summary).getAllByRole('listitem');
    expect(within(leadership!).getByText('33%')).toBeInTheDocument();
    expect(within(organisational!).getByText('0%')).toBeInTheDocument();
    expect(business).toHaveTextContent('Business skillsNo business skills in your plan yet: add one');
    expect(within(business!).queryByText(/%/)).not.toBeInTheDocument();

    const how = within(leadership!).getByRole('button', { name: 'How is this worked out? (leadership skills)' });
    expect(how).toHaveAttribute('aria-expanded', 'false');
    await user.click(how);
    expect(how).toHaveAttribute('aria-expanded', 'true');
    const body = document.getElementById(how.getAttribute('aria-controls')!)!;
    expect(within(body).getByText('Leadership skills: 1 skill.')).toBeInTheDocument();
    expect(within(body).getByRole('listitem')).toHaveTextContent('Stakeholder management: level 1 of target 3 (33%).');
    expect(within(body).getByText('Average: 33%.')).toBeInTheDocument();
    expect(within(body).getByText('Milestones and certifications count towards the overall figure only.')).toBeInTheDocument();

    await user.click(within(business!).getByRole('button', { name: 'add one' }));
    const editor = await screen.findByRole('form', { name: 'New skill' });
    expect(within(editor).getByRole('combobox', { name: 'Competency area' })).toHaveValue('business');
  });

  it('stops before "add one" for an empty area when the plan is read-only', async () => {
    backend.readOnly = true;
    await start({ skills: [stakeholders] });
    const [business] = within(screen.getByRole('list', { name: 'Skills by competency area' })).getAllByRole('listitem');
    expect(business).toHaveTextContent(/^Business skillsNo business skills in your plan yet$/);
    expect(within(business!).queryByRole('button')).not.toBeInTheDocument();
  });

  it('changes a level in place and stores it', async () => {
    const user = await start({ skills: [stakeholders] });
    const current = screen.getByRole('combobox', { name: 'Current level of Stakeholder management' });
    await user.selectOptions(current, '3');
    await waitFor(() => expect(storedSkill('s1')?.currentLevel).toBe(3));
    expect(current).toHaveAccessibleDescription('Does it unaided and reliably on real projects.');
    expect(screen.getAllByText('At target').length).toBeGreaterThan(0);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Target level of Stakeholder management' }), '4');
    await waitFor(() => expect(storedSkill('s1')?.targetLevel).toBe(4));
    expect(screen.getByText('1 level to go')).toBeInTheDocument();
  });

  it('adds a skill of your own to the area chosen, explaining a missing name next to the field', async () => {
    const user = await start({ skills: [stakeholders] });
    await user.click(screen.getByRole('button', { name: 'Add your own leadership skill' }));
    const editor = screen.getByRole('form', { name: 'New skill' });
    expect(within(editor).getByRole('combobox', { name: 'Competency area' })).toHaveValue('leadership');
    await user.click(within(editor).getByRole('button', { name: 'Add skill' }));
    expect(within(editor).getByRole('alert')).toHaveTextContent('Enter the skill name.');
    expect(within(editor).getByRole('textbox', { name: 'Skill name' })).toHaveAttribute('aria-invalid', 'true');
    // A keyboard user is taken back to the field to fix.
    await waitFor(() => expect(within(editor).getByRole('textbox', { name: 'Skill name' })).toHaveFocus());
    expect(backend.received).toEqual([]);

    await user.type(within(editor).getByRole('textbox', { name: 'Skill name' }), 'Coaching project managers');
    await user.selectOptions(within(editor).getByRole('combobox', { name: 'Target level' }), '2');
    await user.click(within(editor).getByRole('button', { name: 'Add skill' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'New skill' })).not.toBeInTheDocument());
    expect(backend.plan.skills.at(-1)).toMatchObject({ catalogId: null, area: 'leadership', name: 'Coaching project managers', currentLevel: 0, targetLevel: 2 });
    expect(within(screen.getByRole('list', { name: 'Leadership skills' })).getByRole('button', { name: 'Coaching project managers' })).toBeInTheDocument();
  });

  it('edits a skill in the editor and lists its evidence', async () => {
    const user = await start({ skills: [stakeholders], achievements: [{ id: 'a1', title: 'Ran the supplier workshop', skillIds: ['s1'] }] });
    await user.click(screen.getByRole('button', { name: 'Stakeholder management' }));
    const editor = screen.getByRole('form', { name: 'Edit skill Stakeholder management' });
    expect(within(editor).getByText('Ran the supplier workshop')).toBeInTheDocument();
    const name = within(editor).getByRole('textbox', { name: 'Skill name' });
    await user.clear(name);
    await user.type(name, 'Stakeholder engagement');
    await user.type(within(editor).getByRole('textbox', { name: 'Notes' }), 'Ask to sit in on the steering group.');
    await user.click(within(editor).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(storedSkill('s1')).toMatchObject({ name: 'Stakeholder engagement', notes: 'Ask to sit in on the steering group.', catalogId: 'stakeholder-management' }));
  });

  it('keeps a level changed in the matrix when the open editor is saved', async () => {
    const user = await start({ skills: [stakeholders] });
    await user.click(screen.getByRole('button', { name: 'Stakeholder management' }));
    await user.type(screen.getByRole('textbox', { name: 'Notes' }), 'Mentor: Priya');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Current level of Stakeholder management' }), '2');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(storedSkill('s1')).toMatchObject({ currentLevel: 2, notes: 'Mentor: Priya' }));
  });

  it('deletes at once and brings the skill back with Undo', async () => {
    const user = await start({ skills: [stakeholders, raid] });
    await user.click(screen.getByRole('button', { name: 'Delete RAID logs' }));
    await waitFor(() => expect(storedSkill('s2')).toBeUndefined());
    expect(screen.queryByRole('button', { name: 'RAID logs' })).not.toBeInTheDocument();
    await user.click(within(screen.getByRole('status')).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(storedSkill('s2')).toMatchObject({ name: 'RAID logs', targetLevel: 2 }));
    expect(await screen.findByRole('button', { name: 'RAID logs' })).toBeInTheDocument();
  });

  it('adds framework skills not yet in the plan, showing their source and when it was checked', async () => {
    const user = await start({ skills: [stakeholders] });
    const catalog = screen.getByRole('region', { name: 'Add from the PMO skills framework' });
    expect(within(catalog).queryByText('Stakeholder management')).not.toBeInTheDocument();
    const benefits = SKILLS.find((s) => s.id === 'benefits-realisation')!;
    const host = new URL(benefits.sourceUrl).hostname.replace(/^www\./, '');
    expect(within(catalog).getAllByText(/Last verified 25 Nov 2026/)).toHaveLength(SKILLS.length - 1);

    // The source opens in the person's browser through main; the page itself never navigates.
    await user.click(within(catalog).getByRole('button', { name: `Source: ${host} (opens in your browser) for ${benefits.name}` }));
    expect(backend.opened).toEqual([benefits.sourceUrl]);

    await user.click(within(catalog).getByRole('button', { name: 'Add: Benefits realisation' }));
    await waitFor(() => expect(backend.plan.skills.find((s) => s.catalogId === 'benefits-realisation')).toMatchObject({ area: 'business', currentLevel: 0, targetLevel: benefits.suggestedTargetLevel }));
    expect(within(catalog).queryByRole('button', { name: 'Add: Benefits realisation' })).not.toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Business skills' })).getByRole('button', { name: 'Benefits realisation' })).toBeInTheDocument();

    await user.click(within(catalog).getByRole('button', { name: `Add all ${SKILLS.length - 2}` }));
    await waitFor(() => expect(backend.plan.skills).toHaveLength(SKILLS.length));
    expect(screen.getByText('Every framework skill is in your plan. Add your own with “New skill”.')).toBeInTheDocument();
  });

  it('keeps what was typed when saving fails', async () => {
    const user = await start({ skills: [stakeholders] });
    await user.click(screen.getByRole('button', { name: 'New skill' }));
    await user.type(screen.getByRole('textbox', { name: 'Skill name' }), 'Facilitating workshops');
    backend.refuseNext(new ApiError('io', 'The disk is full, so your change was not saved.'));
    await user.click(screen.getByRole('button', { name: 'Add skill' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The disk is full, so your change was not saved.');
    expect(screen.getByRole('form', { name: 'New skill' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Skill name' })).toHaveValue('Facilitating workshops');
    expect(backend.plan.skills).toHaveLength(1);
  });

  it('keeps an edit of a stored skill when saving it fails, although the optimistic view is taken back', async () => {
    const user = await start({ skills: [stakeholders] });
    await user.click(screen.getByRole('button', { name: 'Stakeholder management' }));
    const editor = screen.getByRole('form', { name: 'Edit skill Stakeholder management' });
    await user.type(within(editor).getByRole('textbox', { name: 'Notes' }), 'Book the course');
    await user.selectOptions(within(editor).getByRole('combobox', { name: 'Target level' }), '4');
    backend.refuseNext(new ApiError('io', 'The disk is full, so your change was not saved.'));
    await user.click(within(editor).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The disk is full');
    expect(within(editor).getByRole('textbox', { name: 'Notes' })).toHaveValue('Book the course');
    expect(within(editor).getByRole('combobox', { name: 'Target level' })).toHaveValue('4');
    expect(storedSkill('s1')).toMatchObject({ notes: '', targetLevel: 3 });
  });

  it('answers the New Item and Find commands', async () => {
    await start({ skills: [stakeholders] });
    act(() => dispatchAppCommand('find'));
    expect(screen.getByRole('searchbox', { name: 'Search skills' })).toHaveFocus();
    act(() => dispatchAppCommand('new-item'));
    expect(await screen.findByRole('form', { name: 'New skill' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Skill name' })).toHaveFocus();
  });

  it('narrows the matrix with the search box and the "without evidence" filter', async () => {
    const user = await start({ skills: [stakeholders, raid], achievements: [{ id: 'a1', title: 'Workshop', skillIds: ['s1'] }] });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'no-evidence');
    expect(screen.queryByRole('button', { name: 'Stakeholder management' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'RAID logs' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search skills' }), 'stakeholder');
    expect(screen.getByRole('button', { name: 'Stakeholder management' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'RAID logs' })).not.toBeInTheDocument();
  });
});
