import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StallWatchdog } from './stall-watchdog';

describe('StallWatchdog', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  const now = () => Date.now();

  it('fires once when nothing progresses for the limit', () => {
    const onStall = vi.fn();
    new StallWatchdog(() => 3000, onStall, now);
    vi.advanceTimersByTime(2900);
    expect(onStall).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(onStall).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10_000);
    expect(onStall).toHaveBeenCalledTimes(1);
  });

  it('never fires on a slow download that keeps making progress', () => {
    const onStall = vi.fn();
    const dog = new StallWatchdog(() => 3000, onStall, now);
    for (let i = 0; i < 20; i++) {
      vi.advanceTimersByTime(2000);
      dog.progress();
    }
    expect(onStall).not.toHaveBeenCalled();
  });

  it('never fires once stopped (the load finished or was superseded)', () => {
    const onStall = vi.fn();
    const dog = new StallWatchdog(() => 3000, onStall, now);
    dog.stop();
    vi.advanceTimersByTime(10_000);
    expect(onStall).not.toHaveBeenCalled();
  });

  it('follows a limit shortened while it runs', () => {
    const onStall = vi.fn();
    let limit = 30_000;
    new StallWatchdog(() => limit, onStall, now);
    vi.advanceTimersByTime(2000);
    limit = 1500;
    vi.advanceTimersByTime(600);
    expect(onStall).toHaveBeenCalledTimes(1);
  });
});
