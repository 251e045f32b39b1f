/**
 * How the interview screens lay out a household's members: one screen for the repeat, its
 * questions found instance by instance, and saves that keep added and removed members in order.
 */
import { describe, expect, it } from 'vitest';
import { itemFields, layoutInterview, type RepeatItem } from '../../../renderer/src/lib/interview/layout';
import { mergeInterviewChanges } from '../../../renderer/src/lib/interview/save-changes';
import { HOUSEHOLD_FORM } from '../../fixtures/collect/household';

describe('the layout of the household form', () => {
  const layout = layoutInterview(HOUSEHOLD_FORM);

  it('gives each repeat one screen, its questions reached through it', () => {
    expect(layout.screens.map((screen) => [screen.id, screen.hasRepeat])).toEqual([
      ['respondent', false],
      ['member', true],
      ['rooms', false],
      ['room', true],
    ]);
    expect(layout.screenOf.get('member_age')).toBe(1);
    const member = layout.screens[1].items[0] as RepeatItem;
    expect(member).toMatchObject({ kind: 'repeat', counted: false });
    expect(member.items.map((item) => item.name)).toEqual(['member_name', 'member_age', 'member_work', 'lives_here']);
    expect((layout.screens[3].items[0] as RepeatItem).counted).toBe(true);
  });

  it("lists a screen's questions once per instance, in order", () => {
    const instances: Record<string, number> = { member: 2, room: 0 };
    expect(itemFields(layout.screens[1].items, '', (path) => instances[path] ?? 0)).toEqual([
      'member[1].member_name',
      'member[1].member_age',
      'member[1].member_work',
      'member[1].lives_here',
      'member[2].member_name',
      'member[2].member_age',
      'member[2].member_work',
      'member[2].lives_here',
    ]);
    expect(itemFields(layout.screens[3].items, '', (path) => instances[path] ?? 0)).toEqual([]);
  });
});

describe('saves waiting while one is on its way', () => {
  it('merge answers, and instance changes that come before any answer', () => {
    const added = mergeInterviewChanges(undefined, { instances: [{ add: 'member' }] })!;
    const answered = mergeInterviewChanges(added, { answers: { 'member[1].member_name': 'Әлия' }, position: 'member[1].member_name' });
    expect(answered).toEqual({
      instances: [{ add: 'member' }],
      answers: { 'member[1].member_name': 'Әлия' },
      position: 'member[1].member_name',
    });
    expect(mergeInterviewChanges({ position: 'member' }, { instances: [{ add: 'member' }] })).toEqual({
      position: 'member',
      instances: [{ add: 'member' }],
    });
  });

  it('keep a removal after an answer apart, so the answer reaches the member it was given to', () => {
    // The core applies a batch's instance changes first: merged, Дана's age would go to whoever moved into place 3.
    expect(mergeInterviewChanges({ answers: { 'member[3].member_age': '35' } }, { instances: [{ remove: 'member[2]' }] })).toBeUndefined();
  });
});
