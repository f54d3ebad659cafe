import dbus from 'dbus-next';

/**
 * A small, typed doorway to the session bus over dbus-next: method calls without introspection
 * (a hung or odd service cannot stall us in a proxy build-up) and signal hints by match rule.
 * The connection opens on first use; when it breaks, the next call opens a new one and the match
 * rules are added again. Reply bodies are `unknown`: every probe checks the shape it reads.
 */

export interface DbusCall {
  readonly destination: string;
  readonly path: string;
  readonly interface: string;
  readonly member: string;
  readonly signature?: string;
  readonly body?: readonly unknown[];
}

export interface SignalMatch {
  readonly path: string;
  readonly interface: string;
  readonly member: string;
}

export interface DbusLink {
  call(call: DbusCall): Promise<readonly unknown[]>;
  /** Runs `handler` for every matching signal. Returns the disposer. */
  onSignal(match: SignalMatch, handler: (body: readonly unknown[]) => void): () => void;
  close(): void;
}

interface Subscription {
  readonly match: SignalMatch;
  readonly handler: (body: readonly unknown[]) => void;
}

function ruleOf(match: SignalMatch): string {
  return `type='signal',path='${match.path}',interface='${match.interface}',member='${match.member}'`;
}

/** Unwraps dbus-next variants (the portal's `Read` returns a variant inside a variant). */
export function variantValue(value: unknown, depth = 2): unknown {
  let current = value;
  for (let i = 0; i < depth && current instanceof dbus.Variant; i += 1) current = current.value;
  return current;
}

export function connectSessionBus(address: string | undefined): DbusLink {
  const subscriptions = new Set<Subscription>();
  let bus: dbus.MessageBus | null = null;
  let closed = false;

  function addMatch(target: dbus.MessageBus, match: SignalMatch): void {
    target
      .call(
        new dbus.Message({
          destination: 'org.freedesktop.DBus',
          path: '/org/freedesktop/DBus',
          interface: 'org.freedesktop.DBus',
          member: 'AddMatch',
          signature: 's',
          body: [ruleOf(match)],
        }),
      )
      .catch(() => {
        // The bus refused the rule or went away; the next call reconnects and adds it again.
      });
  }

  function open(): dbus.MessageBus {
    if (closed) throw new Error('the D-Bus link is closed');
    if (bus) return bus;
    if (!address) throw new Error('no session bus (DBUS_SESSION_BUS_ADDRESS is not set)');
    const next = dbus.sessionBus({ busAddress: address });
    // dbus-next reports a lost or refused connection as an 'error' event; without a listener
    // Node would throw it. Drop the connection and let the next call open a fresh one.
    next.on('error', () => {
      if (bus === next) bus = null;
      next.disconnect();
    });
    next.on('message', (message: dbus.Message) => {
      if (message.type !== dbus.MessageType.SIGNAL) return;
      for (const { match, handler } of subscriptions) {
        const fits =
          message.path === match.path &&
          message.interface === match.interface &&
          message.member === match.member;
        if (fits) handler(Array.isArray(message.body) ? message.body : []);
      }
    });
    for (const { match } of subscriptions) addMatch(next, match);
    bus = next;
    return next;
  }

  return {
    call: async (call) => {
      const reply = await open().call(
        new dbus.Message({
          destination: call.destination,
          path: call.path,
          interface: call.interface,
          member: call.member,
          ...(call.signature !== undefined ? { signature: call.signature } : {}),
          ...(call.body !== undefined ? { body: [...call.body] } : {}),
        }),
      );
      return Array.isArray(reply?.body) ? reply.body : [];
    },
    onSignal: (match, handler) => {
      const subscription: Subscription = { match, handler };
      subscriptions.add(subscription);
      try {
        if (bus) addMatch(bus, match);
        else open();
      } catch {
        // No bus yet: the rule is added when a call opens one.
      }
      return () => subscriptions.delete(subscription);
    },
    close: () => {
      closed = true;
      subscriptions.clear();
      bus?.disconnect();
      bus = null;
    },
  };
}
