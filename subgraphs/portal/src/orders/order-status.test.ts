import { describe, expect, it } from 'vitest';
import { portalOrderStatus, portalPaymentStatus } from './order-status.ts';

describe('company status → portal status', () => {
  it.each([
    ['draft', 'submitted'],
    ['accepted', 'submitted'],
    ['ordered', 'ordered'],
    ['in_production', 'in_production'],
    ['ready', 'ready'],
    ['done', 'finished'],
    ['finished', 'finished'],
    ['rejected', 'cancelled'],
    ['cancelled', 'cancelled'],
    ['something_new', 'submitted'],
  ])('%s → %s', (company, portal) => {
    expect(portalOrderStatus(company, false)).toBe(portal);
  });

  it('a deleted company quote is cancelled', () => {
    expect(portalOrderStatus('in_production', true)).toBe('cancelled');
  });

  it('payment status: the three known values, else not paid', () => {
    expect(portalPaymentStatus('partial')).toBe('partial');
    expect(portalPaymentStatus('paid')).toBe('paid');
    expect(portalPaymentStatus('weird')).toBe('not_paid');
  });
});
