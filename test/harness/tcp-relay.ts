import type { AddressInfo } from 'node:net';
import net from 'node:net';

/**
 * A TCP relay on a loopback port in front of another address, which a test can shut (new connections refused,
 * open ones cut, as a database server that went away) and open again on the same port.
 */
export async function startTcpRelay(targetHost: string, targetPort: number) {
  const sockets = new Set<net.Socket>();
  let server: net.Server | undefined;
  let port = 0;

  const open = (): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const listening = net.createServer((client) => {
        const upstream = net.connect(targetPort, targetHost);
        const pair = [client, upstream];
        const drop = (): void => {
          for (const socket of pair) {
            socket.destroy();
            sockets.delete(socket);
          }
        };
        for (const socket of pair) {
          sockets.add(socket);
          socket.on('error', drop);
          socket.on('close', drop);
        }
        client.pipe(upstream).pipe(client);
      });
      listening.once('error', reject);
      listening.listen(port, '127.0.0.1', () => {
        port = (listening.address() as AddressInfo).port;
        server = listening;
        resolve();
      });
    });

  await open();
  return {
    get port(): number {
      return port;
    },
    /** Refuses new connections and cuts every open one. */
    async shut(): Promise<void> {
      const listening = server;
      server = undefined;
      for (const socket of sockets) {
        socket.destroy();
      }
      sockets.clear();
      await new Promise<void>((resolve) => (listening ? listening.close(() => resolve()) : resolve()));
    },
    /** Listens again on the same port. */
    open,
  };
}

export type TcpRelay = Awaited<ReturnType<typeof startTcpRelay>>;
