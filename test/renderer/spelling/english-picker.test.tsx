import { screen } from '@testing-library/react';
import { EnglishPicker } from '../../../renderer/features/settings/EnglishPicker';
import { englishFor } from '../../../renderer/features/spelling/load-speller';
import { createEmptyPlan } from '../../../shared/model';
import { FakePlanBackend, onboarded } from '../../support/fake-plan-backend';
import { useFakeBackend } from '../../support/mock-api';
import { renderLoaded } from '../../support/render-loaded';
import { resetStore } from '../../support/reset-store';

vi.mock('../../../renderer/lib/api', async (importOriginal) => (await import('../../support/mock-api')).mockApiModule(await importOriginal()));

let backend: FakePlanBackend;
beforeEach(() => {
  backend = useFakeBackend(new FakePlanBackend());
  const plan = onboarded(createEmptyPlan('2026-03-01T00:00:00.000Z'));
  backend.plan = { ...plan, preferences: { ...plan.preferences, userWords: ['Northwind', 'Contoso'] } };
  resetStore();
});

describe('Settings → Spelling', () => {
  it('follows the computer until the person chooses, and stores the choice', async () => {
    const user = await renderLoaded(<EnglishPicker />);
    expect(screen.getByRole('radio', { name: /^As this computer/ })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'American English' }));
    expect(backend.plan.preferences.english).toBe('en-US');
    await user.click(screen.getByRole('radio', { name: /^As this computer/ }));
    expect(backend.plan.preferences.english).toBeNull();
  });

  it('lists the person’s own words, and removes one', async () => {
    const user = await renderLoaded(<EnglishPicker />);
    await user.click(screen.getByRole('button', { name: 'Remove “Northwind” from your dictionary' }));
    expect(backend.plan.preferences.userWords).toEqual(['Contoso']);
  });

  it('takes American English from an en-US computer and British from any other', () => {
    expect(englishFor(null, 'en-US')).toBe('en-US');
    expect(englishFor(null, 'en-GB')).toBe('en-GB');
    expect(englishFor(null, 'en-AU')).toBe('en-GB');
    expect(englishFor(null, 'fr-FR')).toBe('en-GB');
    expect(englishFor('en-US', 'en-GB')).toBe('en-US');
  });
});
