/**
 * The service's own start errors in `npm start`'s terms: a taken port names the flag and variable that move the
 * service (as the emulator's port names `--port`), and a data folder held by another process (`heldDataDir`, the
 * service's own error) names `--data-dir`.
 * Anything else passes through unchanged.
 */
export function explainStartError(
  error: unknown,
  where: { host: string; port: number },
  heldDataDir?: { dataDir: string; pid: number },
): unknown {
  if (heldDataDir !== undefined) {
    return new Error(
      `the data folder ${heldDataDir.dataDir} is in use by process ${heldDataDir.pid} (another \`npm start\`?): stop it, or start without --data-dir to keep the data in memory`,
      { cause: error },
    );
  }
  if ((error as NodeJS.ErrnoException | undefined)?.code !== 'EADDRINUSE') return error;
  return new Error(
    `The OAuth/rides service could not listen on ${where.host}:${where.port}: ${(error as Error).message} ` +
      `(port ${where.port} is in use: \`npm start\` runs its own service, so stop \`npm run service\` or whatever ` +
      'else uses it, or choose a free port with --service-port or EMULATOR_SERVICE_PORT)',
    { cause: error },
  );
}
