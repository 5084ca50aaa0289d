import { describe, expect, it } from 'vitest';
import { parseShown, showParam, shownParam } from '../../src/client/sweep-picker';

const ALL = ['sgd', 'sgdm', 'rmsprop', 'adam'];

describe('sweep optimizer picker in the URL', () => {
  it('lives in a parameter of its own, so the island settings of old links read as before', () => {
    expect(showParam('lr-sweep')).toBe('lr-sweep-show');
    expect(showParam('lr-sweep').startsWith('lr-sweep.')).toBe(false);
  });

  it('shows every optimizer without the parameter, or when it names none', () => {
    expect(parseShown(null, ALL)).toEqual(ALL);
    expect(parseShown('', ALL)).toEqual(ALL);
    expect(parseShown('nadam,<script>', ALL)).toEqual(ALL);
  });

  it('keeps the known names, in the chart order', () => {
    expect(parseShown('adam, sgd,bogus', ALL)).toEqual(['sgd', 'adam']);
  });

  it('writes nothing for the tutorial view and round-trips a choice', () => {
    expect(shownParam(ALL, ALL)).toBeNull();
    expect(shownParam([], ALL)).toBeNull();
    expect(shownParam(['adam', 'sgd'], ALL)).toBe('sgd,adam');
    expect(parseShown(shownParam(['rmsprop'], ALL), ALL)).toEqual(['rmsprop']);
  });
});
