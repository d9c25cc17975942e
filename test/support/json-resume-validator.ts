import official from '@jsonresume/schema';

/**
 * The official JSON Resume validator (@jsonresume/schema): validates with the published schema.json
 * through `jsonschema`, calling back with the errors or `true`. Returns the errors, [] when valid.
 */
export function jsonResumeErrors(resume: unknown): string[] {
  let errors: string[] = [];
  official.validate(resume, (problems) => {
    errors = (problems ?? []).map((p) => p.stack);
  });
  return errors;
}
