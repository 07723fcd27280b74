/**
 * Copies text the marketer asked for (one click on "Copy"). The popup is a focused page and
 * the click is a user gesture, so navigator.clipboard needs no extra permission.
 * Resolves false instead of throwing when the browser refuses (no focus, policy).
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
