import { dialogCommand } from './dialogCommand';

dialogCommand(process.argv.slice(2)).then((code) => process.exit(code));
