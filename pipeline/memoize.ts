/** `fn` remembering every answer: for pure functions of few distinct strings called many times. */
export function memoize<T>(fn: (key: string) => T): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    let answer = answers.get(key);
    if (answer === undefined && !answers.has(key)) {
      answer = fn(key);
      answers.set(key, answer);
    }
    return answer as T;
  };
}
