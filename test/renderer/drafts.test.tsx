import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../renderer/App';
import { useAppStore } from '../../renderer/store';
import { ApiError } from '../../shared/ipc/errors';
import { achievementDraft } from '../support/draft-fixtures';
import { FakePlanBackend, onboarded } from '../support/fake-plan-backend';
import { useFakeBackend } from '../support/mock-api';
import { milestone, planWith, skill } from '../support/plan-builders';
import { resetStore } from '../support/reset-store';

vi.mock('../../renderer/lib/api', async (importOriginal) => (await import('../support/mock-api')).mockApiModule(await importOriginal()));

let backend: FakePlanBackend;

function seed(parts: Parameters<typeof planWith>[0] = {}) {
  backend.plan = onboarded(planWith(parts));
}

beforeEach(() => {
  backend = useFakeBackend(new FakePlanBackend());
  resetStore();
  seed();
});

async function renderApp(heading: RegExp | string = /path to/) {
  const user = userEvent.setup();
  const view = render(<App />);
  await screen.findByRole('heading', { level: 1, name: heading });
  return { user, view };
}

/** As a restart: the page and its store are gone; only what "main" kept remains. */
async function restart(view: ReturnType<typeof render>, heading: RegExp | string = /path to/) {
  view.unmount();
  resetStore();
  return renderApp(heading);
}

const nav = (name: string) => screen.getByRole('button', { name: new RegExp(`^${name}`) });
const editorForm = (name: RegExp) => screen.getByRole('form', { name });
const offers = () => screen.queryByRole('list', { name: 'Unsaved changes' });

async function typeNewAchievement(user: ReturnType<typeof userEvent.setup>) {
  await user.click(nav('Achievements'));
  await user.click(await screen.findByRole('button', { name: 'New achievement' }));
  const form = editorForm(/^New achievement/);
  await user.type(within(form).getByRole('textbox', { name: 'Title' }), 'Rescued the portfolio report');
  await user.click(within(form).getByRole('radio', { name: /STAR/ }));
  await user.type(within(form).getByRole('textbox', { name: /Situation/ }), 'The monthly report was three weeks late');
  await user.type(within(form).getByRole('textbox', { name: /Action/ }), 'Rebuilt the data pipeline with finance');
}

describe('nothing typed is ever lost', () => {
  it('keeps a new achievement when the person clicks Dashboard, and offers it back with Resume', async () => {
    const { user } = await renderApp();
    await typeNewAchievement(user);
    await user.click(nav('Dashboard'));

    // No question asked, nothing lost: the dashboard offers it, and main holds it beside the plan.
    const offer = await screen.findByText(/You have an unsaved new achievement: “Rescued the portfolio report”/);
    await waitFor(() => expect(backend.drafts).toHaveLength(1));
    expect(backend.drafts[0]).toMatchObject({ kind: 'achievement', isNew: true, fields: { star: { situation: 'The monthly report was three weeks late' } } });
    expect(backend.plan.achievements).toEqual([]);

    await user.click(within(offer.closest('li')!).getByRole('button', { name: /^Resume/ }));
    const form = await screen.findByRole('form', { name: /^New achievement/ });
    expect(within(form).getByRole('textbox', { name: 'Title' })).toHaveValue('Rescued the portfolio report');
    expect(within(form).getByRole('textbox', { name: /Action/ })).toHaveValue('Rebuilt the data pipeline with finance');
    expect(within(form).getByText(/Your unsaved changes from .* are back/)).toBeInTheDocument();

    await user.click(within(form).getByRole('button', { name: 'Add achievement' }));
    await waitFor(() => expect(backend.plan.achievements).toHaveLength(1));
    expect(backend.plan.achievements[0]!.star.situation).toBe('The monthly report was three weeks late');
    await waitFor(() => expect(backend.drafts).toEqual([]));
    expect(offers()).toBeNull();
  });

  it('survives a restart: the draft main kept is offered on the dashboard and on its screen', async () => {
    const { user, view } = await renderApp();
    await typeNewAchievement(user);
    await act(() => useAppStore.getState().flushDrafts());
    await waitFor(() => expect(backend.drafts).toHaveLength(1));

    const again = await restart(view);
    expect(await screen.findByText(/You have an unsaved new achievement/)).toBeInTheDocument();
    await again.user.click(nav('Achievements'));
    const offer = await screen.findByText(/You have an unsaved new achievement/);
    await again.user.click(within(offer.closest('li')!).getByRole('button', { name: /^Resume/ }));
    expect(within(await screen.findByRole('form', { name: /^New achievement/ })).getByRole('textbox', { name: /Situation/ })).toHaveValue('The monthly report was three weeks late');
  });

  it('switching to another milestone keeps the first one’s unsaved edit, offered on the screen', async () => {
    seed({ milestones: [milestone({ id: 'm1', title: 'Shadow the PMO' }), milestone({ id: 'm2', title: 'Book the exam' })] });
    resetStore({ screen: 'milestones' });
    const { user } = await renderApp('Milestones');
    await user.click(screen.getByRole('button', { name: 'Shadow the PMO' }));
    const first = editorForm(/^Edit milestone Shadow the PMO/);
    await user.type(within(first).getByRole('textbox', { name: 'Notes' }), 'Ask Priya for two days in March');
    await user.click(screen.getByRole('button', { name: 'Book the exam' }));

    expect(await screen.findByText(/You have an unsaved milestone: “Shadow the PMO”/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Resume/ }));
    expect(within(editorForm(/^Edit milestone Shadow the PMO/)).getByRole('textbox', { name: 'Notes' })).toHaveValue('Ask Priya for two days in March');
  });

  it('Cancel throws the changes away at once, and Undo brings them back to resume', async () => {
    const { user } = await renderApp();
    await typeNewAchievement(user);
    await user.click(within(editorForm(/^New achievement/)).getByRole('button', { name: 'Cancel' }));
    expect(offers()).toBeNull();
    const toast = await screen.findByText('Closed without saving your changes.');
    await waitFor(() => expect(backend.drafts).toEqual([]));

    await user.click(within(toast.closest('.toast') as HTMLElement).getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText(/You have an unsaved new achievement/)).toBeInTheDocument();
    await waitFor(() => expect(backend.drafts).toHaveLength(1));
  });

  it('Discard on an offer forgets the draft, with Undo', async () => {
    backend.drafts = [achievementDraft('a-9')];
    const { user } = await renderApp();
    await user.click(await screen.findByRole('button', { name: /^Discard: You have an unsaved new achievement/ }));
    expect(offers()).toBeNull();
    await waitFor(() => expect(backend.drafts).toEqual([]));
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await screen.findByText(/You have an unsaved new achievement: “Rescued the portfolio report”/)).toBeInTheDocument();
  });

  it('an editor of an item changed since its draft began keeps what the person typed and takes the rest from the item', async () => {
    seed({ skills: [skill({ id: 's1', area: 'leadership', name: 'Stakeholder management', currentLevel: 1, targetLevel: 3 })] });
    resetStore({ screen: 'skills' });
    const { user } = await renderApp('Skills');
    await user.click(screen.getByRole('button', { name: /^Stakeholder management/ }));
    await user.type(within(editorForm(/^Edit skill/)).getByRole('textbox', { name: 'Notes' }), 'Run the quarterly review');
    await user.click(within(editorForm(/^Edit skill/)).getByRole('button', { name: 'Cancel' }));
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    // Meanwhile the level moves in the matrix.
    await user.selectOptions(screen.getByRole('combobox', { name: /Current level of Stakeholder management/ }), '2');
    await waitFor(() => expect(backend.plan.skills[0]!.currentLevel).toBe(2));
    await user.click(await screen.findByRole('button', { name: /^Resume/ }));
    const form = editorForm(/^Edit skill/);
    expect(within(form).getByRole('textbox', { name: 'Notes' })).toHaveValue('Run the quarterly review');
    expect(within(form).getByRole('combobox', { name: 'Current level' })).toHaveValue('2');
  });

  it('keeps the profile being typed in Settings across leaving the screen', async () => {
    const { user } = await renderApp();
    await user.click(nav('Settings'));
    await user.type(await screen.findByRole('textbox', { name: 'Your name' }), 'Sam Patel');
    await user.click(nav('Dashboard'));
    expect(await screen.findByText('You have unsaved changes to your profile')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Resume/ }));
    expect(await screen.findByRole('textbox', { name: 'Your name' })).toHaveValue('Sam Patel');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    await waitFor(() => expect(backend.plan.profile.name).toBe('Sam Patel'));
    await waitFor(() => expect(backend.drafts).toEqual([]));
  });

  it('says once, in plain words, when drafts cannot be kept (a full disk), and keeps the typing on screen', async () => {
    backend.draftRefusal = new ApiError('io', 'Your unsaved changes could not be kept beside your plan (the disk is full). Save them to keep them.');
    const { user } = await renderApp();
    await typeNewAchievement(user);
    await act(() => useAppStore.getState().flushDrafts());
    expect(await screen.findAllByText(/could not be kept beside your plan \(the disk is full\)/)).toHaveLength(1);
    expect(within(editorForm(/^New achievement/)).getByRole('textbox', { name: 'Title' })).toHaveValue('Rescued the portfolio report');
  });

  it('tells the person when last time’s drafts could not be read, and starts anyway', async () => {
    backend.draftsNotice = { level: 'warning', message: 'Some unsaved changes from last time could not be read (it is not complete JSON). The file was moved to /q/drafts.json.' };
    await renderApp();
    expect(await screen.findByText(/could not be read \(it is not complete JSON\)\. The file was moved to/)).toBeInTheDocument();
  });
});

describe('closing with unsaved changes', () => {
  const unload = () => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  };

  it('asks before the page unloads only while an editor has unsaved changes', async () => {
    const { user } = await renderApp();
    expect(unload()).toBe(false);
    await typeNewAchievement(user);
    expect(unload()).toBe(true);
    await user.click(within(editorForm(/^New achievement/)).getByRole('button', { name: 'Add achievement' }));
    await waitFor(() => expect(backend.plan.achievements).toHaveLength(1));
    expect(unload()).toBe(false);
  });

  it('Save (from the app’s close dialog) saves every open editor, then closes; a refused save keeps the window', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    const { user } = await renderApp();
    await user.click(nav('Achievements'));
    await user.click(await screen.findByRole('button', { name: 'New achievement' }));
    await user.type(within(editorForm(/^New achievement/)).getByRole('textbox', { name: /Situation|Accomplished/ }), 'no title yet');
    act(() => backend.emit('saveBeforeClose', {}));
    // No title: the editor says why and the window stays.
    expect(await within(editorForm(/^New achievement/)).findByText(/Enter the achievement title/)).toBeInTheDocument();
    expect(close).not.toHaveBeenCalled();

    await user.type(within(editorForm(/^New achievement/)).getByRole('textbox', { name: 'Title' }), 'Ran the first portfolio board');
    act(() => backend.emit('saveBeforeClose', {}));
    await waitFor(() => expect(close).toHaveBeenCalledOnce());
    expect(backend.plan.achievements.map((a) => a.title)).toEqual(['Ran the first portfolio board']);
    close.mockRestore();
  });
});
