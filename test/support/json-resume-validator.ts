import { createRequire } from 'node:module';

/**
 * The official JSON Resume validator (@jsonresume/schema, CommonJS and untyped): validates with the
 * published schema.json through `jsonschema`, calling back with the errors or `true`.
 */
const official = createRequire(import.meta.url)('@jsonresume/schema') as {
  validate(resume: unknown, callback: (errors: { stack: string }[] | null, valid: boolean) => void): void;
};

export function jsonResumeErrors(resume: unknown): string[] {
  let errors: string[] = [];
  official.validate(resume, (problems) => {
    errors = (problems ?? []).map((p) => p.stack);
  });
  return errors;
}
