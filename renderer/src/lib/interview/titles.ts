import type { Screen } from './layout';
import type { InterviewSession } from './session.svelte';

/** What a screen is called in the jump list and on the home page: its group's or its question's label. */
export function screenTitle(session: InterviewSession, screen: Screen): string {
  const first = screen.items[0];
  const row = first && screen.id === first.name ? first.row : session.field(screen.id)?.row;
  return session.text(row?.label) || screen.id;
}
