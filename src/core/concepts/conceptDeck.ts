import { loadItemFolder, type ItemFolder } from '../content/itemFolder';
import { nearDuplicates } from '../content/similarity';
import { QUESTION_TOPIC_IDS } from '../questions/schema';
import { CONCEPT_MINIMUMS, conceptCardSchema, conceptFileSchema, type ConceptCard, type ConceptMinimums } from './schema';

export type ConceptDeck = ItemFolder<'cards', ConceptCard>;

/** Loads every concepts/*.json. A malformed card is reported with its file and id and left out; the rest load. */
export function loadConceptDeck(dir: string): ConceptDeck {
  return loadItemFolder(dir, 'cards', conceptFileSchema, conceptCardSchema);
}

export function checkConceptCards(cards: readonly ConceptCard[], minimums: Readonly<ConceptMinimums> = CONCEPT_MINIMUMS): string[] {
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
  if (cards.length < minimums.total) problems.push(`deck: ${cards.length} cards (at least ${minimums.total})`);
  for (const topic of QUESTION_TOPIC_IDS) {
    const n = cards.filter((c) => c.topic === topic).length;
    if (n < minimums.perTopic) problems.push(`deck: ${n} cards on ${topic} (at least ${minimums.perTopic})`);
  }
  for (const track of ['ds', 'mle'] as const) {
    const n = cards.filter((c) => c.track === track || c.track === 'both').length;
    if (n < minimums.perTrack) problems.push(`deck: ${n} cards count for ${track} (at least ${minimums.perTrack})`);
  }
  return problems;
}
