import { describe, expect, it } from 'vitest';
import { subjectMatches } from './subject.ts';

describe('subjectMatches', () => {
  it.each([
    ['registry.>', 'registry.party.created', true],
    ['registry.>', 'registry', false],
    ['registry.*.created', 'registry.party.created', true],
    ['registry.*.created', 'registry.party.updated', false],
    ['registry.party', 'registry.party.created', false],
    ['>', 'a', true],
    ['a.b', 'a.b', true],
    ['a.*', 'a.b.c', false],
  ])('%s ~ %s → %s', (pattern, subject, expected) => {
    expect(subjectMatches(pattern, subject)).toBe(expected);
  });
});
