// A loopback TCP proxy that can cut its connections and refuse new ones: PostgreSQL or Redis "stopping" for a test,
// without stopping the server the other suites share.
import net from 'node:net';

export interface TcpProxy {
  port: number;
  /** Rewrites a URL (postgresql://, redis://) to go through the proxy. */
  via(url: string): string;
  /** Cuts every open connection and refuses new ones until `up()`. */
  down(): void;
  up(): void;
  /** Keeps every connection open but passes nothing either way (a server that answers nothing) until `resume()`. */
  stall(): void;
  resume(): void;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  let refusing = false;
  let stalled = false;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    if (refusing) {
      client.destroy();
      return;
    }
    const upstream = net.connect(target.port, target.host);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
    // Paused sockets stop reading: what was sent waits in the buffers and arrives in order on resume().
    if (stalled) for (const socket of [client, upstream]) socket.pause();
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    via: (url) => {
      const parsed = new URL(url);
      parsed.hostname = '127.0.0.1';
      parsed.port = String(port);
      return parsed.toString();
    },
    down: () => {
      refusing = true;
      for (const socket of sockets) socket.destroy();
    },
    up: () => {
      refusing = false;
    },
    stall: () => {
      stalled = true;
      for (const socket of sockets) socket.pause();
    },
    resume: () => {
      stalled = false;
      for (const socket of sockets) socket.resume();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
