// Mocha's spec reporter plus one closing line that any CI log reader understands:
//   "<suite>: N passed, N failed[, N skipped]"
'use strict';
const Mocha = require('mocha');

class SummaryReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    const label = (options && options.reporterOptions && options.reporterOptions.label) || process.env.ML_REPS_SUITE || 'tests';
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      const s = runner.stats || {};
      const skipped = s.pending ? `, ${s.pending} skipped` : '';
      // Printed after the spec reporter's epilogue so it is the suite's last line.
      process.nextTick(() => console.log(`${label}: ${s.passes || 0} passed, ${s.failures || 0} failed${skipped}`));
    });
  }
}

module.exports = SummaryReporter;
