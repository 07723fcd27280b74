/**
 * Resolves once the frame being prepared has been painted: the next animation frame runs just
 * before that paint, and a task queued from it runs just after. Work started here (loading a
 * page's secondary chunks, validating what was already drawn) cannot delay the first paint.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}
