// Ends the run with one plain line, "N passed, N failed, N skipped", that CI tools read without knowing jest.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    process.stderr.write(
      `\ntests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numPendingTests} skipped\n`,
    );
  }
}

module.exports = SummaryReporter;
