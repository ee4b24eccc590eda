/** Earliest deadline first; petitions without one go last. */
export function byDue<T>(key: (item: T) => string | null) {
  return (a: T, b: T) => {
    const x = key(a);
    const y = key(b);
    if (x === y) return 0;
    if (x === null) return 1;
    if (y === null) return -1;
    return Date.parse(x) - Date.parse(y);
  };
}
