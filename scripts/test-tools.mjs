/**
 * Finds the programs the tests run beside Node: a Chromium for the browser tests (CHROME_PATH,
 * then the usual places) and the W3C's EPUBCheck for the e-book (EPUBCHECK_JAR, then Debian's
 * jar). On a Debian machine, as root, it installs Debian's package when one is missing; elsewhere
 * it says in one line what to install. It never downloads a browser build of its own.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const chromiumPaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];
/** Where Debian's epubcheck package puts the jar (its /usr/bin/epubcheck needs binfmt support). */
const debianEpubcheck = '/usr/share/java/epubcheck.jar';

/** The path `variable` names (which must exist), else the first of `paths` that exists. */
function found(variable, paths) {
  const named = process.env[variable];
  if (named) {
    if (existsSync(named)) return named;
    throw new Error(`${variable} is set to ${named}, which does not exist.`);
  }
  return paths.find((path) => existsSync(path));
}

/** Installs Debian packages when this is a Debian machine and we are root; says whether it tried. */
function aptInstall(packages, why) {
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get') || !existsSync('/etc/debian_version')) return false;
  console.log(`${why}: installing Debian's ${packages.join(' ')} (apt-get install ${packages.join(' ')}).`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return true;
}

function findOrInstall(variable, paths, packages, why, advice) {
  const path = found(variable, paths) ?? (aptInstall(packages, why) ? found(variable, paths) : undefined);
  if (path) return path;
  throw new Error(advice);
}

export const findChromium = () =>
  findOrInstall('CHROME_PATH', chromiumPaths, ['chromium', 'fonts-noto-cjk'], 'No Chromium found', 'The browser tests need Chromium: install it (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH to a Chromium or Chrome binary.');

export const findEpubcheck = () =>
  findOrInstall('EPUBCHECK_JAR', [debianEpubcheck], ['epubcheck'], 'No EPUBCheck found', 'The e-book tests need the W3C\'s EPUBCheck and Java: install them (Debian/Ubuntu: apt-get install epubcheck) or set EPUBCHECK_JAR to an epubcheck.jar.');
