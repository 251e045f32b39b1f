/** Practice (demo) data and the first-run choice, in English; kk.ts and ru.ts define every key. */
export const enPractice = {
  'practice.badge': 'Practice',
  'practice.badgeHint': 'A synthetic practice interview, not field data',
  'practice.count': {
    one: 'of which {count} practice response (not field data)',
    other: 'of which {count} practice responses (not field data)',
  },
  'practice.include': 'Include practice (demo) responses',
  'practice.includeHint': 'Off: field data only. Practice responses are synthetic; they are never sent in packages.',
  'practice.notSent': {
    one: '{count} practice response stays on this computer: packages never carry practice data.',
    other: '{count} practice responses stay on this computer: packages never carry practice data.',
  },
  'start.title': 'How would you like to start?',
  'start.text':
    'This database is new. Start with an empty database for field work, or with a practice study: the bundled tolerance survey with {count} synthetic interviews to try every screen on. Practice responses are marked as such everywhere, never sent in packages, left out of exports and analyses unless you include them, and removed in one step in Settings.',
  'start.empty': 'Empty database',
  'start.practice': 'Practice study',
  'start.working': 'Preparing the practice study…',
  'settings.practice.title': 'Practice study',
  'settings.practice.some': {
    one: 'This database holds {count} practice response. It is synthetic, never sent in packages and left out of exports and analyses unless included.',
    other:
      'This database holds {count} practice responses. They are synthetic, never sent in packages and left out of exports and analyses unless included.',
  },
  'settings.practice.none': 'This database holds no practice responses.',
  'settings.practice.remove': 'Remove the practice study',
  'settings.practice.confirmTitle': 'Remove the practice study?',
  'settings.practice.confirmText': {
    one: '{count} practice response will be deleted. Field interviews and forms stay as they are.',
    other: '{count} practice responses will be deleted. Field interviews and forms stay as they are.',
  },
  'settings.practice.removed': { one: 'Removed {count} practice response.', other: 'Removed {count} practice responses.' },
} as const;
