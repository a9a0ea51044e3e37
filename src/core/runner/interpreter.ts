/**
 * Which Python runs the tests: the `mlReps.pythonPath` setting, then the Python extension's active
 * interpreter when that extension is present, then `python3`, then `python`.
 */
export interface InterpreterSources {
  configured?: string;
  pythonExtension?: string;
  platform?: NodeJS.Platform;
}

export function interpreterCandidates(sources: InterpreterSources): string[] {
  const list: string[] = [];
  const add = (p: string | undefined) => {
    const v = p?.trim();
    if (v && !list.includes(v)) list.push(v);
  };
  add(sources.configured);
  add(sources.pythonExtension);
  if ((sources.platform ?? process.platform) === 'win32') add('py');
  add('python3');
  add('python');
  return list;
}

export function pythonSetupHint(): string {
  return 'Install Python 3.9 or newer, then set `mlReps.pythonPath` to it (or select an interpreter with the Python extension).';
}

export function installModuleHint(python: string, module: string): string {
  const pipName = module === 'sklearn' ? 'scikit-learn' : module;
  return `Install it with: ${python.includes(' ') ? `"${python}"` : python} -m pip install ${pipName}`;
}
