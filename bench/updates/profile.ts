// The top costs of a V8 CPU profile (node --cpu-prof): self time by function, and time under homecell's own files.
import fs from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
}

const place = (url: string, line: number) => {
  const file = url.replace(/^file:\/\//, '');
  const inModules = file.lastIndexOf('node_modules/');
  const shown =
    inModules >= 0 ? file.slice(inModules + 'node_modules/'.length) : path.relative(process.cwd(), file);
  return `${shown || '(native)'}:${line + 1}`;
};

/** Lines "share% function place" of the functions with the most self time, and the share of samples per package. */
export function topCosts(profileFile: string, count = 15): string[] {
  const profile = JSON.parse(fs.readFileSync(profileFile, 'utf8')) as CpuProfile;
  const total = profile.nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0);
  const parents = new Map<number, ProfileNode>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node);
  const groupOf = (url: string) =>
    /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ??
    (/\/(src|bench)\//.test(url) ? 'homecell' : undefined);
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    if (hits === 0) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const key = `${functionName || '(anonymous)'} ${url ? place(url, lineNumber) : ''}`.trim();
    byFunction.set(key, (byFunction.get(key) ?? 0) + hits);
    // Node's internals and native calls (a socket's writev) count for the package that called them.
    let group = groupOf(url);
    for (let up = parents.get(node.id); !group && up; up = parents.get(up.id))
      group = groupOf(up.callFrame.url);
    group ??= url ? 'node internals (no package above)' : functionName;
    byPackage.set(group, (byPackage.get(group) ?? 0) + hits);
  }
  const share = (hits: number) => `${((hits / total) * 100).toFixed(1).padStart(5)}%`;
  const top = (map: Map<string, number>, n: number) =>
    [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
  return [
    `profile ${path.basename(profileFile)}: ${total} samples over ${((profile.endTime - profile.startTime) / 1e6).toFixed(1)} s`,
    'self time by package (node internals and native calls go to the package that called them):',
    ...top(byPackage, 10).map(([name, hits]) => `  ${share(hits)} ${name}`),
    'self time by function:',
    ...top(byFunction, count).map(([name, hits]) => `  ${share(hits)} ${name}`),
  ];
}
