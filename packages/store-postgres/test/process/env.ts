/** A required environment variable of a child process (the test sets them all). */
export function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${process.argv[1]} needs ${name}`);
  return value;
}
