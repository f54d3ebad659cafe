import { describe, expect, it } from 'vitest';
import {
  boundedMessage,
  echoInput,
  MAX_ECHO_LENGTH,
  MAX_ERROR_MESSAGE_LENGTH,
} from '../../shared/bounded-text.ts';

describe('echoInput', () => {
  it('keeps short, plain input as it is', () => {
    expect(echoInput('--frobnicate')).toBe('--frobnicate');
  });

  it('escapes line breaks, controls and bidi overrides so a log line cannot be forged', () => {
    const echoed = echoInput('a\nINFO fake\r\u2028\u202e\u0000');
    expect(echoed).toBe('a\\u000aINFO fake\\u000d\\u2028\\u202e\\u0000');
    for (const unsafe of ['\n', '\r', '\u2028', '\u202e', '\u0000']) expect(echoed).not.toContain(unsafe);
  });

  it('cuts long input to the echo limit with an ellipsis, never splitting an escape or an emoji', () => {
    expect(echoInput('x'.repeat(10_000))).toBe(`${'x'.repeat(MAX_ECHO_LENGTH - 1)}…`);
    const escapes = echoInput('\n'.repeat(100));
    expect(escapes.length).toBeLessThanOrEqual(MAX_ECHO_LENGTH);
    expect(escapes).toMatch(/^(\\u000a)+…$/);
    const emoji = echoInput('😀'.repeat(100));
    expect(emoji.length).toBeLessThanOrEqual(MAX_ECHO_LENGTH);
    expect(emoji).toMatch(/^(😀)+…$/u);
  });
});

describe('boundedMessage', () => {
  it('is one line of at most 200 characters whatever it is given', () => {
    const message = boundedMessage(`Unknown option ${'y\n'.repeat(5000)}`);
    expect(message.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE_LENGTH);
    expect(message).not.toMatch(/[\n\r]/);
    expect(message.endsWith('…')).toBe(true);
  });

  it('leaves a message that already fits unchanged', () => {
    expect(boundedMessage('Give one option at a time.')).toBe('Give one option at a time.');
  });
});
