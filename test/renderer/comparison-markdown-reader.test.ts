import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { gradeAsks, listingAnalyser, renderComparison, summariseListing } from '../../shared/listings';
import { ListingSchema, createEmptyPlan } from '../../shared/model';
import { UK_LISTING } from '../support/listing-fixtures';

// The Markdown comparison read by an independent Markdown reader (marked, as editors and sites render
// it; in the jsdom project for its DOMParser): the structure a person sees is what was meant, and their own words never turn into formatting.

const NOW = '2026-12-01T09:00:00.000Z';
const plan = createEmptyPlan(NOW);
const listing = ListingSchema.parse({
  id: 'l1',
  title: 'Senior PMO Analyst #2',
  organisation: 'Acme *Health*',
  text: UK_LISTING,
  notes: 'Ask about the _portfolio_ board.\n- not a list item\n# not a heading',
  createdAt: NOW,
  updatedAt: NOW,
});
const graded = gradeAsks(listingAnalyser([]).analyse(UK_LISTING).asks, plan, '2026-12-01');
const html = marked.parse(renderComparison({ listing, graded, summary: summariseListing(graded), today: '2026-12-01' }, 'md'), { async: false });
const doc = new DOMParser().parseFromString(html, 'text/html');
const texts = (selector: string) => [...doc.querySelectorAll(selector)].map((e) => e.textContent?.trim());

describe('the Markdown comparison, as a Markdown reader renders it', () => {
  it('has the listing as its one top heading, with the person’s characters as typed', () => {
    expect(texts('h1')).toEqual(['Senior PMO Analyst #2 at Acme *Health*']);
    expect(doc.querySelectorAll('em, strong em, h1 em')).toHaveLength(0);
  });

  it('gives each group of asks its own heading and each ask its own item, with its grade', () => {
    expect(texts('h2')).toEqual(expect.arrayContaining(['Certifications', 'PMO skills', 'Notes']));
    const items = texts('li');
    for (const g of graded) expect(items.some((item) => item?.startsWith(`${g.ask.label} (`))).toBe(true);
  });

  it('keeps the summary sentences as paragraphs of their own', () => {
    const paragraphs = texts('p');
    expect(paragraphs.some((p) => p?.startsWith('Covers '))).toBe(true);
    expect(paragraphs.some((p) => p?.startsWith('Covers ') && p.includes('essentials'))).toBe(false);
  });

  it('shows the notes as text: no list, heading or emphasis made from what the person typed', () => {
    const notes = doc.querySelector('h2:last-of-type')?.nextElementSibling;
    expect(notes?.tagName).toBe('P');
    expect(notes?.textContent).toContain('_portfolio_');
    expect(notes?.textContent).toContain('- not a list item');
    expect(notes?.textContent).toContain('# not a heading');
  });
});
