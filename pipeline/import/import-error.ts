/** A problem with the export or the target folder; the import writes nothing when one is thrown. */
export class ImportError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(problems.length === 1 ? problems[0] : `${problems.length} problems:\n- ${problems.join('\n- ')}`);
    this.name = 'ImportError';
    this.problems = problems;
  }
}
