import { describe, expect, it } from 'vitest';
import { decodePortalEvent, encodePortalEvent, type PortalEvent } from './portal-event.ts';

const event: PortalEvent = {
  type: 'order',
  id: '7f1c1f52-3a8e-4d55-9a3e-0c2f4b2f7a10',
  customerId: '0b7c2b0e-5d0e-4c8a-9f3e-7e6a1d2c3b4a',
  companyId: 'c1a2b3c4-d5e6-4f70-8a9b-0c1d2e3f4a5b',
};

describe('portal event payloads', () => {
  it('round-trips an event', () => {
    expect(decodePortalEvent(encodePortalEvent(event))).toEqual(event);
  });

  it('drops anything malformed instead of throwing', () => {
    expect(decodePortalEvent('not json')).toBeNull();
    expect(decodePortalEvent('null')).toBeNull();
    expect(decodePortalEvent(JSON.stringify({ ...event, type: 'admin' }))).toBeNull();
    expect(decodePortalEvent(JSON.stringify({ ...event, customerId: 42 }))).toBeNull();
  });

  it('keeps only the known fields', () => {
    const decoded = decodePortalEvent(JSON.stringify({ ...event, email: 'a@b.hu' }));
    expect(decoded).toEqual(event);
  });
});
