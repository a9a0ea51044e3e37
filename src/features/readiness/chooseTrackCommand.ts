import * as vscode from 'vscode';
import { DS_RECOMMENDATION_REASONS, isTrack, TRACK_LABELS, type Track } from '../../core/method/targets';
import type { TrackPreference } from './trackPreference';

interface TrackItem extends vscode.QuickPickItem {
  track: Track;
}

/** "ML Reps: Choose Track": a quick pick that shows the method's recommendation and why. */
export async function chooseTrack(preference: TrackPreference, track?: unknown): Promise<Track | undefined> {
  if (isTrack(track)) {
    await preference.set(track);
    return track;
  }
  const current = preference.get();
  const items: TrackItem[] = [
    {
      track: 'ds',
      label: `$(graph) ${TRACK_LABELS.ds}`,
      description: current === 'ds' ? 'Recommended for newcomers · current' : 'Recommended for newcomers',
      detail: DS_RECOMMENDATION_REASONS.map((r, i) => `${i + 1}. ${r}`).join('  '),
    },
    {
      track: 'mle',
      label: `$(server-process) ${TRACK_LABELS.mle}`,
      description: current === 'mle' ? 'current' : undefined,
      detail: 'Model building, training and serving at depth. A good next step once DS problems feel routine.',
    },
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: 'ML Reps: Choose your track',
    placeHolder: 'Problems, questions and readiness checks follow this track. Changing it later keeps all history.',
    matchOnDetail: true,
    // Opened from the walkthrough, whose step re-renders as it completes: that must not close the choice.
    ignoreFocusOut: true,
  });
  if (!picked) return undefined;
  await preference.set(picked.track);
  void vscode.window.showInformationMessage(`ML Reps track: ${TRACK_LABELS[picked.track]}.`);
  return picked.track;
}
