import { homedir } from 'node:os';
import * as vscode from 'vscode';
import { resolvePracticeFolder, type PracticeFolder } from '../../core/practice/practiceFolder';
import { backupSolution, openProblemFiles, problemIdForFile, resetProblemToStarter, WORKSPACE_FILES, type OpenedProblem } from '../../core/practice/problemWorkspace';
import { PROBLEM_FILES, type Problem, type ProblemBank } from '../../core/problems/problemBank';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHECKS_DIR, checkCopyForFile, checkFolder, checkFolderName } from '../../core/practice/checkFolder';

/**
 * A problem's files in one place: the practice copy in `<practice>/<id>/`, or a coding check's copy in
 * `<practice>/checks/<check folder>/<id>/`, laid out from the starter and kept apart from practice.
 */
export interface ProblemCopy {
  problem: Problem;
  kind: 'practice' | 'check';
  /** The folder holding solution.py. */
  dir: string;
  /** For a check copy: the check folder's name, e.g. `2026-12-03-a1b2c3`. */
  checkFolder?: string;
}

/** The practice folder as VS Code sees it: settings, open workspace folders, and the editors showing a problem. */
export class PracticeWorkspace {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when a problem is opened or reset. */
  readonly onDidChange = this.changed.event;
  private readonly openedProblem = new vscode.EventEmitter<Problem>();
  /** Fires once a problem's solution.py and statement are shown (the walkthrough's second step completes on it). */
  readonly onDidOpenProblem = this.openedProblem.event;

  constructor(
    private readonly bank: () => ProblemBank,
    private readonly harnessDir: string,
  ) {}

  folder(): PracticeFolder {
    return resolvePracticeFolder({
      setting: vscode.workspace.getConfiguration('mlReps').get<string>('practiceFolder'),
      workspaceFolders: (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => f.uri.fsPath),
      home: homedir(),
    });
  }

  /** Set by the coding check: while a check is open, the check copy of a problem it drew. */
  checkCopyFor: (problemId: string) => ProblemCopy | undefined = () => undefined;

  knownProblemIds(): string[] {
    return this.bank().problems.map((p) => p.id);
  }

  problemForUri(uri: vscode.Uri | undefined): Problem | undefined {
    if (!uri || uri.scheme !== 'file') return undefined;
    const problems = this.bank().problems;
    const id = problemIdForFile(uri.fsPath, this.folder().path, new Set(problems.map((p) => p.id)));
    return id ? problems.find((p) => p.id === id) : undefined;
  }

  /** The copy a file belongs to: practice or check. Files elsewhere belong to none. */
  copyForUri(uri: vscode.Uri | undefined): ProblemCopy | undefined {
    const practice = this.problemForUri(uri);
    if (practice) return this.practiceCopy(practice);
    if (!uri || uri.scheme !== 'file') return undefined;
    const problems = this.bank().problems;
    const hit = checkCopyForFile(uri.fsPath, this.folder().path, new Set(problems.map((p) => p.id)));
    const problem = hit && problems.find((p) => p.id === hit.problemId);
    return problem && hit ? { problem, kind: 'check', dir: join(this.folder().path, CHECKS_DIR, hit.checkFolder, problem.id), checkFolder: hit.checkFolder } : undefined;
  }

  practiceCopy(problem: Problem): ProblemCopy {
    return { problem, kind: 'practice', dir: join(this.folder().path, problem.id) };
  }

  checkCopy(problem: Problem, check: { id: string; startedAt: number }): ProblemCopy {
    return { problem, kind: 'check', dir: join(checkFolder(this.folder().path, check), problem.id), checkFolder: checkFolderName(check) };
  }

  /** Lays out a check's problems from their starters (existing check files are kept). */
  layOutCheck(problems: readonly Problem[], check: { id: string; startedAt: number }): string {
    const dir = checkFolder(this.folder().path, check);
    for (const p of problems) openProblemFiles(p, dir, this.harnessDir);
    return dir;
  }

  /** Opens a check copy (laid out from the starter if missing) beside its statement. */
  async openCopy(copy: ProblemCopy): Promise<void> {
    const parent = join(copy.dir, '..');
    const opened = openProblemFiles(copy.problem, parent, this.harnessDir);
    this.changed.fire();
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(opened.solution));
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preview: false });
    await vscode.commands.executeCommand('markdown.showPreviewToSide', vscode.Uri.file(opened.statement));
  }

  solutionUri(problem: Pick<Problem, 'id'>): vscode.Uri {
    return vscode.Uri.file(join(this.folder().path, problem.id, WORKSPACE_FILES.solution));
  }

  /** Problems that have a folder in the practice folder, i.e. that the user has opened at some point. */
  openedProblems(): Problem[] {
    const dir = this.folder().path;
    if (!existsSync(dir)) return [];
    const present = new Set(readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name));
    return this.bank().problems.filter((p) => present.has(p.id) && existsSync(join(dir, p.id, WORKSPACE_FILES.solution)));
  }

  /** Creates the problem's files (keeping any existing solution) and shows solution.py beside the statement. */
  async open(problem: Problem): Promise<OpenedProblem> {
    const folder = this.folder();
    const opened = openProblemFiles(problem, folder.path, this.harnessDir);
    this.changed.fire();
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(opened.solution));
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preview: false });
    await vscode.commands.executeCommand('markdown.showPreviewToSide', vscode.Uri.file(opened.statement));
    this.openedProblem.fire(problem);
    if (!folder.inWorkspace) void this.offerToOpenFolder(folder.path);
    return opened;
  }

  /**
   * Backs up solution.py, then restores the starter. Asks first, since the user's code is replaced.
   * An open editor gets the starter as an edit (so Ctrl+Z brings the code back) and is saved; a closed file is
   * replaced on disk.
   */
  async reset(problem: Problem, options: { confirm: boolean } = { confirm: true }): Promise<string | undefined> {
    if (options.confirm) {
      const choice = await vscode.window.showWarningMessage(
        `Reset "${problem.title}" to the starter code?`,
        { modal: true, detail: `Your current solution.py is kept in ${WORKSPACE_FILES.backups}/ with a timestamp, and Ctrl+Z in its editor undoes the reset.` },
        'Reset',
      );
      if (choice !== 'Reset') return undefined;
    }
    const uri = this.solutionUri(problem);
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    // Unsaved edits are part of what the user would lose: save them so the backup holds them.
    if (doc?.isDirty) await doc.save();
    const folder = this.folder().path;
    let backup: string | undefined;
    if (doc) {
      backup = backupSolution(problem, folder);
      const starter = readFileSync(join(problem.dir, PROBLEM_FILES.starter), 'utf8');
      const edit = new vscode.WorkspaceEdit();
      edit.replace(uri, new vscode.Range(0, 0, doc.lineCount, 0), starter);
      if (!(await vscode.workspace.applyEdit(edit))) {
        throw new Error(`Could not write the starter into ${uri.fsPath}; your code is unchanged${backup ? ` and also kept in ${backup}` : ''}.`);
      }
      // A save can be refused (the file changed on disk meanwhile). The code is in the verified backup by now, so the
      // starter goes to disk directly; the editor holds the same text, and Ctrl+Z still brings the code back.
      if (!(await doc.save())) {
        resetProblemToStarter(problem, folder);
        if (doc.isDirty && doc.getText() === readFileSync(uri.fsPath, 'utf8')) await doc.save();
      }
    } else {
      backup = resetProblemToStarter(problem, folder);
    }
    this.changed.fire();
    const name = backup ? backup.split(/[\\/]/).slice(-2).join('/') : undefined;
    void vscode.window.showInformationMessage(
      backup ? `"${problem.title}" is back to the starter. Your previous code is in ${name}.` : `"${problem.title}" is back to the starter.`,
    );
    return backup;
  }

  private async offerToOpenFolder(path: string): Promise<void> {
    const choice = await vscode.window.showInformationMessage(
      `No folder is open, so ML Reps put your problems in ${path}. Open it as your workspace?`,
      'Open Folder',
    );
    if (choice === 'Open Folder') await vscode.commands.executeCommand('vscode.openFolder', vscode.Uri.file(path));
  }

  dispose(): void {
    this.changed.dispose();
    this.openedProblem.dispose();
  }
}
