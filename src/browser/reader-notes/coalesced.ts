/**
 * Runs a view's redraw one call at a time: calls made while it runs make it run once more after
 * (reading what changed meanwhile), not once each; every caller's promise settles after that run.
 */
export function coalesced(task: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  let again = false;
  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await task();
      } while (again);
    })().finally(() => (running = undefined));
    return running;
  };
}
