import { startCommand } from './startCommand';

startCommand(process.argv.slice(2)).then((code) => {
  if (code !== undefined) process.exit(code);
});
