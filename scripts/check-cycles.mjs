// Fails when modules under src/ or workers/ import each other in a circle. A circle means
// neither module can be understood, tested or lazily loaded without the other; it is the
// first thing that stops a module from being moved or split.
//
// Every static import and re-export counts, type-only ones too (a type circle still ties
// the two files' designs together); `import()` does not, since a lazy edge is how a circle
// is meant to be broken. Prints each circle as a path; exit 1 when there is one.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOTS = ['src', 'workers'];
const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];
const STATIC_IMPORT =
  /^\s*(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm;

function sourceFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function resolveImport(from, specifier) {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier.replace(/\?.*$/, ''));
  for (const ext of ['', ...EXTENSIONS]) {
    const candidate = base + ext;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const files = ROOTS.flatMap((root) => sourceFiles(resolve(root)));
const graph = new Map(
  files.map((file) => {
    const text = readFileSync(file, 'utf8');
    const targets = new Set();
    for (const match of text.matchAll(STATIC_IMPORT)) {
      const target = resolveImport(file, match[1] ?? match[2]);
      if (target) targets.add(target);
    }
    return [file, [...targets]];
  }),
);

// Tarjan's strongly connected components: each component with more than one module (or a
// module importing itself) is a circle.
let index = 0;
const order = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
const circles = [];
function connect(node) {
  order.set(node, index);
  low.set(node, index);
  index += 1;
  stack.push(node);
  onStack.add(node);
  for (const next of graph.get(node) ?? []) {
    if (!order.has(next)) {
      connect(next);
      low.set(node, Math.min(low.get(node), low.get(next)));
    } else if (onStack.has(next)) {
      low.set(node, Math.min(low.get(node), order.get(next)));
    }
  }
  if (low.get(node) !== order.get(node)) return;
  const component = [];
  let member;
  do {
    member = stack.pop();
    onStack.delete(member);
    component.push(member);
  } while (member !== node);
  const selfLoop = (graph.get(node) ?? []).includes(node);
  if (component.length > 1 || selfLoop) circles.push(component);
}
for (const file of graph.keys()) if (!order.has(file)) connect(file);

const name = (file) => relative(process.cwd(), file);
if (circles.length === 0) {
  console.log(`No import cycles among ${graph.size} modules in ${ROOTS.join(', ')}.`);
} else {
  for (const circle of circles) {
    console.error(`Import cycle: ${circle.map(name).sort().join(' ↔ ')}`);
  }
  console.error(
    `${circles.length} import cycle(s); break each with a module both sides can import.`,
  );
  process.exitCode = 1;
}
