import { describe, expect, it } from 'vitest';
import { isStatusChange } from './status-change.ts';

describe('isStatusChange', () => {
  const order = (status: 'ORDERED' | 'READY', last: 'CREATED' | 'STATUS' | 'PAYMENT') => ({
    id: 'o1',
    status,
    timeline: [{ kind: 'CREATED' as const }, { kind: last }],
  });

  it('compares with the status known before', () => {
    expect(isStatusChange(order('READY', 'STATUS'), 'ORDERED')).toBe(true);
    expect(isStatusChange(order('READY', 'PAYMENT'), 'READY')).toBe(false);
  });

  it('decides by the last timeline entry for an order not seen before', () => {
    expect(isStatusChange(order('READY', 'STATUS'), undefined)).toBe(true);
    expect(isStatusChange(order('READY', 'PAYMENT'), undefined)).toBe(false);
    expect(isStatusChange({ id: 'o2', status: 'ORDERED', timeline: [] }, undefined)).toBe(false);
  });
});
