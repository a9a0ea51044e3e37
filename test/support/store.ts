import { join } from 'node:path';
import type { SqlJsStatic } from 'sql.js';
import type { Category } from '../../src/core/method/targets';
import { newId, type SessionRecord } from '../../src/core/store/records';
import { loadSqlJs } from '../../src/core/store/sqlJsLoader';
import { repoRoot } from './paths';

export function sqlJs(): Promise<SqlJsStatic> {
  return loadSqlJs(join(repoRoot, 'dist'));
}

export function session(start: number, minutes: number, over: Partial<SessionRecord> = {}): SessionRecord {
  return {
    id: newId(),
    category: 'iss.problemSets' as Category,
    start,
    end: start + minutes * 60_000,
    source: 'auto',
    problemId: null,
    note: null,
    updatedAt: start + minutes * 60_000,
    deleted: false,
    ...over,
  };
}
