// Finds the Chromium that e2e tests and the UI benchmark drive. Test tools here never
// download a browser (no `npx playwright install`): we use the system's Chromium.
//
// Order: $CHROMIUM_PATH, $CHROME_PATH, then /usr/bin/chromium, /usr/bin/chromium-browser,
// /usr/bin/google-chrome. If none exists and we run as root (CI), Debian's package is
// installed with apt-get; otherwise we stop with a message saying how to get one.
//
//   node scripts/chromium.mjs      # prints the path (installing first if root and missing)
import { accessSync, constants } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

export const ENV_VARS = ['CHROMIUM_PATH', 'CHROME_PATH'];
export const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/** Arguments every launch uses (headless, sandbox-free for root in CI, no background traffic). */
export const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const INSTALL_COMMAND = 'apt-get update && apt-get install -y chromium';

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Returns the first usable Chromium, or null. A path given through an environment
 * variable must exist: a typo there is an error, not a silent fallback.
 */
export function findChromium(env = process.env) {
  for (const name of ENV_VARS) {
    const value = env[name];
    if (!value) continue;
    if (!isExecutable(value)) {
      throw new Error(`${name}=${value} is not an executable file. Fix or unset ${name}.`);
    }
    return value;
  }
  return CANDIDATES.find(isExecutable) ?? null;
}

function howToGetOne() {
  return [
    'No Chromium found. Checked $CHROMIUM_PATH, $CHROME_PATH and ' + CANDIDATES.join(', ') + '.',
    'Get one of:',
    `  - Debian/Ubuntu: sudo sh -c '${INSTALL_COMMAND}'`,
    '  - any installed Chrome/Chromium: export CHROMIUM_PATH=/path/to/chromium',
    'Do not run `npx playwright install`: test tools here never download their own browser.',
  ].join('\n');
}

/** Version string of the browser, or '' (Debian's wrapper may print a harmless shell warning). */
export function chromiumVersion(path) {
  const result = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 20_000 });
  return (result.stdout ?? '').trim();
}

/**
 * Returns a Chromium path, installing Debian's package when none exists and we are root.
 * Throws with instructions when there is none and we cannot install one.
 */
export function ensureChromium({ log = (line) => console.error(line) } = {}) {
  const found = findChromium();
  if (found) return found;

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || process.platform !== 'linux') throw new Error(howToGetOne());

  log(`No Chromium found; running as root, so installing it: ${INSTALL_COMMAND}`);
  log('(Debian\'s chromium wrapper may print a harmless "[: ...: unexpected operator" line.)');
  const result = spawnSync('sh', ['-c', INSTALL_COMMAND], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  const installed = findChromium();
  if (result.status !== 0 || !installed) {
    const what =
      result.status !== 0
        ? `failed (exit ${result.status ?? result.signal})`
        : 'succeeded, but no Chromium appeared at the usual paths';
    throw new Error(`"${INSTALL_COMMAND}" ${what}.\n${howToGetOne()}`);
  }
  return installed;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const path = ensureChromium();
    console.log(path);
    console.error(chromiumVersion(path));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
