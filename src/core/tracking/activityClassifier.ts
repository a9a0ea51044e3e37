import { relative, sep } from 'node:path';
import type { Category } from '../method/targets';

export interface ActivityTarget {
  category: Category;
  problemId: string | null;
}

export const NOTES_FOLDER = 'notes';

/**
 * Which study category an edited file counts for: `<practice>/<problem-id>/…` is ISS problem-set time for that
 * problem; `<practice>/notes/…` is ISS information gathering. Anything else is not study time.
 * Answers are cached per path, so the per-event cost is one Map lookup.
 */
export class ActivityClassifier {
  private readonly cache = new Map<string, ActivityTarget | null>();

  constructor(
    private readonly practiceDir: string,
    private readonly problemIds: ReadonlySet<string>,
  ) {}

  classify(path: string): ActivityTarget | null {
    let hit = this.cache.get(path);
    if (hit === undefined) {
      hit = this.compute(path);
      if (this.cache.size > 10_000) this.cache.clear();
      this.cache.set(path, hit);
    }
    return hit;
  }

  private compute(path: string): ActivityTarget | null {
    const rel = relative(this.practiceDir, path);
    if (!rel || rel.startsWith('..') || rel.startsWith(sep)) return null;
    const [first, ...rest] = rel.split(sep);
    if (!rest.length) return null;
    if (first === NOTES_FOLDER) return { category: 'iss.informationGathering', problemId: null };
    if (rest[0] === '.backups') return null;
    return this.problemIds.has(first) ? { category: 'iss.problemSets', problemId: first } : null;
  }
}
