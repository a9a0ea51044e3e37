/** A test method found in a unittest file, named as the harness names it. */
export interface ListedTest {
  id: string;
  className: string;
  method: string;
  /** The docstring's first line, else the method name made readable. */
  name: string;
  /** 1-based line of the `def`. */
  line: number;
}

/**
 * Lists the test methods of a unittest source without running it, so the Test Explorer can show
 * tests before their first run. Ids match the harness's: `<suite>:<Class>.<method>`.
 */
export function listTests(source: string, suite: 'visible' | 'hidden'): ListedTest[] {
  const lines = source.split(/\r?\n/);
  const tests: ListedTest[] = [];
  let className: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const cls = /^class\s+(\w+)\s*\(/.exec(lines[i]);
    if (cls) {
      className = cls[1];
      continue;
    }
    if (/^\S/.test(lines[i]) && !/^(#|@)/.test(lines[i])) {
      if (!/^class\s/.test(lines[i])) className = undefined;
      continue;
    }
    const def = /^\s{4}def\s+(test\w*)\s*\(/.exec(lines[i]);
    if (!def || !className) continue;
    let name = def[1].replace(/^test_?/, '').replace(/_/g, ' ');
    // The docstring, if the next code line starts one.
    let j = i + 1;
    while (j < lines.length && lines[j].trim() === '') j++;
    const doc = j < lines.length ? /^\s+(?:[rRuU]?)("""|''')(.*)$/.exec(lines[j]) : null;
    if (doc) {
      const first = doc[2].replace(/("""|''').*$/, '').trim();
      if (first) name = first;
      else if (j + 1 < lines.length && lines[j + 1].trim()) name = lines[j + 1].trim().replace(/("""|''').*$/, '').trim() || name;
    }
    tests.push({ id: `${suite}:${className}.${def[1]}`, className, method: def[1], name, line: i + 1 });
  }
  return tests;
}
