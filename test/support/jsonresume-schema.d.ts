/** The official JSON Resume validator ships without types; this is the part the tests use. */
declare module '@jsonresume/schema' {
  const official: {
    validate(resume: unknown, callback: (errors: { stack: string }[] | null, valid: boolean) => void): void;
    schema: object;
  };
  export default official;
}
