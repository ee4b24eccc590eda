/** One entry per line, blank lines dropped: how the form takes target groups and areas. */
export const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
