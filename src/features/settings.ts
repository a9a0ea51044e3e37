import * as vscode from 'vscode';
import { DEFAULT_SPLIT_TARGETS, type SplitTargets } from '../core/method/targets';
import { clampSessionMinutes } from '../core/split/split';

const share = (value: unknown, fallback: number) => (typeof value === 'number' && value >= 0 && value <= 1 ? value : fallback);

/** The size of one recommended study session (`mlReps.sessionMinutes`, 15-120, default 45). */
export function sessionMinutes(): number {
  return clampSessionMinutes(vscode.workspace.getConfiguration('mlReps').get('sessionMinutes'));
}

/** The split targets from settings (`mlReps.targets.*`), falling back to the method's values when unset or out of range. */
export function splitTargets(): SplitTargets {
  const c = vscode.workspace.getConfiguration('mlReps.targets');
  return {
    iss: share(c.get('iss'), DEFAULT_SPLIT_TARGETS.iss),
    issProblemSets: share(c.get('issProblemSets'), DEFAULT_SPLIT_TARGETS.issProblemSets),
    gssOralRecitation: share(c.get('gssOralRecitation'), DEFAULT_SPLIT_TARGETS.gssOralRecitation),
  };
}
