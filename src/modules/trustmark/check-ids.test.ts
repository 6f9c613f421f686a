import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from './checker/criteria.ts';
import { AUTOMATED_CHECK_IDS } from './schemes/model.ts';

describe('trustmark automated checks', () => {
  it('the schemes name exactly the checks the website checker runs', () => {
    expect([...AUTOMATED_CHECK_IDS].sort()).toEqual([...CHECK_IDS].sort());
  });
});
