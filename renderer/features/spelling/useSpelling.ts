import { useEffect, useMemo, useState } from 'react';
import type { Misspelling, Speller } from '../../../shared/spelling/speller';
import { useAppStore } from '../../store';
import { englishFor, loadSpeller } from './load-speller';

const NO_WORDS: readonly string[] = [];

/**
 * The misspellings of `text` in the person's English, with their own dictionary known; null until the
 * dictionary has loaded (the first check of a session loads it).
 */
export function useSpelling(text: string): Misspelling[] | null {
  const choice = useAppStore((state) => state.snapshot?.plan.preferences.english ?? null);
  const userWords = useAppStore((state) => state.snapshot?.plan.preferences.userWords ?? NO_WORDS);
  const variant = englishFor(choice);
  const [speller, setSpeller] = useState<{ variant: string; speller: Speller } | null>(null);
  useEffect(() => {
    let live = true;
    loadSpeller(variant).then(
      (loaded) => live && setSpeller({ variant, speller: loaded }),
      () => undefined, // no spelling hints rather than a broken editor
    );
    return () => {
      live = false;
    };
  }, [variant]);
  return useMemo(() => {
    if (!speller || speller.variant !== variant) return null;
    speller.speller.setUserWords(userWords);
    return speller.speller.check(text);
  }, [speller, variant, userWords, text]);
}

/** Adds a word to the person's own dictionary (one undoable change). */
export function useAddToDictionary(): (word: string) => void {
  const applyChange = useAppStore((state) => state.applyChange);
  return (word) => {
    const words = useAppStore.getState().snapshot?.plan.preferences.userWords ?? [];
    if (words.some((w) => w.toLowerCase() === word.toLowerCase())) return;
    void applyChange({ type: 'preferences.update', patch: { userWords: [...words, word] } }, { label: `Add “${word}” to your dictionary` });
  };
}
