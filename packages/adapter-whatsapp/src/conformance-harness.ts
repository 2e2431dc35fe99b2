// Wraps an adapter for core's channel conformance suite, whose customers are named
// `customer-1`, `customer-2`, ...: WhatsApp addresses are phone numbers, so each name
// gets a number, and `send`/`typing`/`markRead` to a name go to that number.
import type { ChannelAdapter } from '@parley/core';

export class ConformancePhones {
  private readonly numbers = new Map<string, string>();

  /** The E.164 number standing in for a conformance customer name. */
  of(name: string): string {
    let number = this.numbers.get(name);
    if (!number) {
      number = `+55119${String(10_000_000 + this.numbers.size + 1)}`;
      this.numbers.set(name, number);
    }
    return number;
  }

  /** `to` as the adapter should see it: a known name becomes its number. */
  map(to: string): string {
    return this.numbers.get(to) ?? (/^customer-/.test(to) ? this.of(to) : to);
  }

  wrap<A extends ChannelAdapter>(adapter: A): A {
    return new Proxy(adapter, {
      get: (target, prop, receiver) => {
        if (prop === 'send') {
          return (m: Parameters<A['send']>[0], o: Parameters<A['send']>[1]) =>
            target.send({ ...m, to: this.map(m.to) }, o);
        }
        if (prop === 'typing' && target.typing) {
          return (to: string, on: boolean) => target.typing!(this.map(to), on);
        }
        if (prop === 'markRead' && target.markRead) {
          return (to: string, ids: string[]) => target.markRead!(this.map(to), ids);
        }
        return Reflect.get(target, prop, receiver);
      },
    });
  }
}
