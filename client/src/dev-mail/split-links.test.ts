import { describe, expect, it } from 'vitest';
import { splitLinks } from './split-links.ts';

describe('splitLinks', () => {
  it('finds the verification link in a mail body', () => {
    const text =
      'Kedves Kata!\n\nErősítse meg:\nhttp://127.0.0.1:4000/verify-email?token=abc-123\n\nÜdv';
    expect(splitLinks(text)).toEqual([
      { kind: 'text', text: 'Kedves Kata!\n\nErősítse meg:\n' },
      {
        kind: 'link',
        text: 'http://127.0.0.1:4000/verify-email?token=abc-123',
        href: 'http://127.0.0.1:4000/verify-email?token=abc-123',
      },
      { kind: 'text', text: '\n\nÜdv' },
    ]);
  });

  it('leaves a full stop after a link out of it', () => {
    expect(splitLinks('Open https://portal.example/x.')).toEqual([
      { kind: 'text', text: 'Open ' },
      { kind: 'link', text: 'https://portal.example/x', href: 'https://portal.example/x' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('links only http and https', () => {
    expect(splitLinks('javascript:alert(1) <script>')).toEqual([
      { kind: 'text', text: 'javascript:alert(1) <script>' },
    ]);
  });
});
