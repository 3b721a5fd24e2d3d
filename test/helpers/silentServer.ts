import { createServer, type Socket } from 'node:net';

/** A TCP server on 127.0.0.1:0 that accepts every connection and never answers: a hung DynamoDB or API. */
export interface SilentServer {
  url: string;
  /** Connections accepted so far: proof that the client really tried. */
  connections: number;
  close(): Promise<void>;
}

/** Starts a silent server; close() drops every connection it holds. */
export async function startSilentServer(): Promise<SilentServer> {
  const sockets = new Set<Socket>();
  const silent = { connections: 0 } as SilentServer;
  const server = createServer((socket) => {
    silent.connections += 1;
    sockets.add(socket);
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  silent.url = `http://127.0.0.1:${port}`;
  silent.close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  return silent;
}
