/** Node entry point of the SiGe Explorer model: `npm run sige -- evaluate --x 0.125 --json`. */
import { runCli } from '../src/cli/commands';
import { UsageError } from '../src/cli/args';

try {
  const warn = (message: string) => process.stderr.write(`sige: warning: ${message}\n`);
  process.stdout.write(`${runCli(process.argv.slice(2), warn)}\n`);
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`sige: ${error.message}\n`);
    process.exit(2);
  }
  throw error;
}
