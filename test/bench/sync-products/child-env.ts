/** The environment of a process the bench starts: ours, without any MESCHAIN_ setting that would override its flags. */
export function childEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('MESCHAIN_')));
}
