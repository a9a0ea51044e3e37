import type { ContentError } from '../content/jsonFiles';
import { loadItemFolder } from '../content/itemFolder';
import { nearDuplicates } from '../content/similarity';
import { CONCEPT_MINIMUMS, conceptCardSchema, conceptFileSchema, type ConceptCard } from './schema';

export interface ConceptDeck {
  cards: ConceptCard[];
  errors: ContentError[];
}

export function loadConceptDeck(dir: string): ConceptDeck {
  const { items, errors } = loadItemFolder(dir, 'cards', conceptFileSchema, conceptCardSchema);
  return { cards: items, errors };
}

export function checkConceptCards(cards: readonly ConceptCard[]): string[] {
  const problems: string[] = [];
  const titles = new Map<string, string>();
  for (const c of cards) {
    const t = c.title.toLowerCase();
    if (titles.has(t)) problems.push(`${c.id}: same title as ${titles.get(t)}`);
    titles.set(t, c.id);
  }
  for (const [a, b, s] of nearDuplicates(cards, (c) => c.prompt, 0.8)) {
    problems.push(`${a.id} and ${b.id}: near-duplicate prompts (${Math.round(s * 100)}% shared words)`);
  }
  if (cards.length < CONCEPT_MINIMUMS.total) problems.push(`deck: ${cards.length} cards (at least ${CONCEPT_MINIMUMS.total})`);
  for (const track of ['ds', 'mle'] as const) {
    const n = cards.filter((c) => c.track === track || c.track === 'both').length;
    if (n < CONCEPT_MINIMUMS.perTrack) problems.push(`deck: ${n} cards count for ${track} (at least ${CONCEPT_MINIMUMS.perTrack})`);
  }
  return problems;
}
