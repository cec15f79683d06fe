/**
 * Speaks cues (Web Speech) and plays a soft chime (Web Audio), each only when enabled. Owns the
 * AudioContext and cancels speech when its host goes away.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class AudioController implements ReactiveController {
  voice = false;
  chime = false;
  private context: AudioContext | undefined;
  private lastSpoken = '';

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    globalThis.speechSynthesis?.cancel();
    void this.context?.close();
    this.context = undefined;
  }

  say(text: string): void {
    if (!this.voice || !globalThis.speechSynthesis || text === this.lastSpoken) return;
    this.lastSpoken = text;
    speechSynthesis.cancel();
    const u = new SpeechSynthesisUtterance(text);
    // Said in the language on screen (the page's lang, set by src/app/locale.ts), in a voice of that
    // language when the device has one: Spanish words in an English voice are hard to follow.
    const lang = document.documentElement.lang || 'en';
    u.lang = lang;
    const voice = speechSynthesis.getVoices().find((v) => v.lang.toLowerCase().split(/[-_]/)[0] === lang);
    if (voice) u.voice = voice;
    u.rate = 0.95;
    speechSynthesis.speak(u);
  }

  ding(): void {
    if (!this.chime || typeof AudioContext === 'undefined') return;
    this.context ??= new AudioContext();
    const ctx = this.context;
    const now = ctx.currentTime;
    for (const [freq, delay] of [[880, 0], [1320, 0.12]] as const) {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.frequency.value = freq;
      osc.type = 'sine';
      gain.gain.setValueAtTime(0.0001, now + delay);
      gain.gain.exponentialRampToValueAtTime(0.15, now + delay + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, now + delay + 0.9);
      osc.connect(gain).connect(ctx.destination);
      osc.start(now + delay);
      osc.stop(now + delay + 1);
    }
  }
}
