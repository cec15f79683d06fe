import { describe, expect, it } from 'vitest';
import { SerialInbox } from './serial-inbox';

type Msg = { type: 'init' | 'estimate'; id: number };

/** An inbox whose handler takes `ms` per message and records starts, ends and skips. */
function harness(ms = 5) {
  const log: string[] = [];
  let running = 0;
  let maxRunning = 0;
  const inbox = new SerialInbox<Msg>(
    async (m) => {
      running++;
      maxRunning = Math.max(maxRunning, running);
      log.push(`start ${m.type} ${m.id}`);
      await new Promise((r) => setTimeout(r, ms));
      log.push(`end ${m.type} ${m.id}`);
      running--;
    },
    (later) => later.type === 'init',
    (m) => log.push(`skip ${m.type} ${m.id}`),
  );
  const idle = () => new Promise((r) => setTimeout(r, ms * 20));
  return { inbox, log, idle, maxRunning: () => maxRunning };
}

describe('SerialInbox', () => {
  it('handles one message at a time: a load never interleaves with another message', async () => {
    const h = harness();
    h.inbox.push({ type: 'init', id: 1 });
    h.inbox.push({ type: 'estimate', id: 2 });
    h.inbox.push({ type: 'estimate', id: 3 });
    await h.idle();
    expect(h.maxRunning()).toBe(1);
    expect(h.log).toEqual(['start init 1', 'end init 1', 'start estimate 2', 'end estimate 2', 'start estimate 3', 'end estimate 3']);
  });

  it('skips loads and frames that a newer queued load makes pointless, keeping the newest', async () => {
    const h = harness();
    h.inbox.push({ type: 'init', id: 1 }); // starts at once
    h.inbox.push({ type: 'estimate', id: 2 });
    h.inbox.push({ type: 'init', id: 3 });
    h.inbox.push({ type: 'init', id: 4 });
    h.inbox.push({ type: 'estimate', id: 5 });
    await h.idle();
    expect(h.maxRunning()).toBe(1);
    expect(h.log).toEqual(['start init 1', 'end init 1', 'skip estimate 2', 'skip init 3', 'start init 4', 'end init 4', 'start estimate 5', 'end estimate 5']);
  });

  it('carries on after a handler throws', async () => {
    const seen: number[] = [];
    const inbox = new SerialInbox<Msg>(
      (m) => {
        seen.push(m.id);
        return m.id === 1 ? Promise.reject(new Error('boom')) : Promise.resolve();
      },
      () => false,
      () => undefined,
    );
    inbox.push({ type: 'init', id: 1 });
    inbox.push({ type: 'estimate', id: 2 });
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toEqual([1, 2]);
  });
});
