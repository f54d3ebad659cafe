/**
 * A small Web Audio fake that records what the guide schedules and refuses what a real context
 * refuses (per the Web Audio spec): overlapping value curves (NotSupportedError), exponential ramps
 * to 0 (RangeError), starting a source twice and stopping one that never started (InvalidStateError).
 * https://webaudio.github.io/web-audio-api/#dom-audioparam-setvaluecurveattime
 */
export interface ParamEvent {
  readonly type: 'set' | 'linear' | 'exponential' | 'curve' | 'cancel';
  readonly value: number;
  readonly time: number;
  readonly duration?: number;
  readonly values?: readonly number[];
}

export class FakeParam {
  value: number;
  readonly events: ParamEvent[] = [];
  constructor(value: number) {
    this.value = value;
  }
  private guard(time: number): void {
    for (const event of this.events) {
      if (event.type === 'curve' && time >= event.time && time < event.time + (event.duration ?? 0)) {
        throw new DOMException('automation overlaps a value curve', 'NotSupportedError');
      }
    }
  }
  setValueAtTime(value: number, time: number) {
    this.guard(time);
    this.events.push({ type: 'set', value, time });
    return this;
  }
  linearRampToValueAtTime(value: number, time: number) {
    this.guard(time);
    this.events.push({ type: 'linear', value, time });
    return this;
  }
  exponentialRampToValueAtTime(value: number, time: number) {
    if (value === 0) throw new RangeError('exponential ramp to 0');
    this.guard(time);
    this.events.push({ type: 'exponential', value, time });
    return this;
  }
  setValueCurveAtTime(values: Float32Array, time: number, duration: number) {
    for (const event of this.events) {
      const inside = event.time >= time && event.time < time + duration;
      const overlaps =
        event.type === 'curve' && time < event.time + (event.duration ?? 0) && event.time < time + duration;
      if (inside || overlaps) throw new DOMException('curve overlaps an event', 'NotSupportedError');
    }
    this.events.push({ type: 'curve', value: values[0] ?? 0, time, duration, values: [...values] });
    return this;
  }
  cancelScheduledValues(time: number) {
    this.events.push({ type: 'cancel', value: 0, time });
    return this;
  }
}

export class FakeNode {
  readonly connections: FakeNode[] = [];
  connect<T extends FakeNode>(node: T): T {
    this.connections.push(node);
    return node;
  }
  disconnect() {}
}

export class FakeGain extends FakeNode {
  readonly gain = new FakeParam(1);
}

export class FakeFilter extends FakeNode {
  type = 'lowpass';
  readonly frequency = new FakeParam(350);
}

export class FakeOscillator extends FakeNode {
  type = 'sine';
  readonly frequency = new FakeParam(440);
  startedAt: number | null = null;
  stoppedAt: number | null = null;
  private stopCalls = 0;
  start(time = 0) {
    if (this.startedAt !== null) throw new DOMException('already started', 'InvalidStateError');
    this.startedAt = time;
  }
  stop(time = 0) {
    if (this.startedAt === null) throw new DOMException('not started', 'InvalidStateError');
    this.stopCalls += 1;
    this.stoppedAt = time;
  }
  stops(): number {
    return this.stopCalls;
  }
}

export class FakeAudioContext {
  static made: FakeAudioContext[] = [];
  currentTime = 0;
  state: 'running' | 'suspended' | 'closed' = 'running';
  outputStamp: { contextTime: number; performanceTime: number } = { contextTime: 0, performanceTime: 0 };
  readonly destination = new FakeNode();
  readonly oscillators: FakeOscillator[] = [];
  readonly gains: FakeGain[] = [];
  constructor() {
    FakeAudioContext.made.push(this);
  }
  createGain() {
    const gain = new FakeGain();
    this.gains.push(gain);
    return gain;
  }
  createOscillator() {
    const oscillator = new FakeOscillator();
    this.oscillators.push(oscillator);
    return oscillator;
  }
  createBiquadFilter() {
    return new FakeFilter();
  }
  getOutputTimestamp() {
    return this.outputStamp;
  }
  async resume() {
    this.state = 'running';
  }
  async close() {
    this.state = 'closed';
  }
}
