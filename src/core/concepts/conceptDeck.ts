import { readJsonFolder, type ContentError } from '../content/jsonFiles';
import { nearDuplicates } from '../content/similarity';
import { describeIssues } from '../problems/schema';
import { CONCEPT_MINIMUMS, conceptCardSchema, conceptFileSchema, type ConceptCard } from './schema';

export interface ConceptDeck {
  cards: ConceptCard[];
  errors: ContentError[];
}

export function loadConceptDeck(dir: string): ConceptDeck {
  const { files, errors } = readJsonFolder(dir);
  const cards: ConceptCard[] = [];
  const seen = new Map<string, string>();
  for (const { file, data } of files) {
    const parsedFile = conceptFileSchema.safeParse(data);
    if (!parsedFile.success) {
      errors.push({ file, message: describeIssues(parsedFile.error) });
      continue;
    }
    parsedFile.data.cards.forEach((raw, index) => {
      const label = typeof (raw as { id?: unknown })?.id === 'string' ? (raw as { id: string }).id : `#${index + 1}`;
      const parsed = conceptCardSchema.safeParse(raw);
      if (!parsed.success) {
        errors.push({ file, message: `${label}: ${describeIssues(parsed.error)}` });
        return;
      }
      const card = parsed.data;
      if (card.topic !== parsedFile.data.topic) {
        errors.push({ file, message: `${card.id}: topic "${card.topic}" differs from the file's topic "${parsedFile.data.topic}"` });
        return;
      }
      if (seen.has(card.id)) {
        errors.push({ file, message: `${card.id}: id already used in ${seen.get(card.id)}` });
        return;
      }
      seen.set(card.id, file);
      cards.push(card);
    });
  }
  return { cards, errors };
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
