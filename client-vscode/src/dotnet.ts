// Finding the .NET runtime that runs the server, and what to say when it is not there.
// Pure functions: the extension runs the processes, these read their output.

export const requiredMajor = 10;
export const downloadPage = 'https://dotnet.microsoft.com/download/dotnet/10.0';

export interface Runtime {
  readonly name: string;
  readonly version: string;
  readonly location: string;
}

/** The lines of `dotnet --list-runtimes`: `Microsoft.NETCore.App 10.0.12 [/usr/share/dotnet/shared/Microsoft.NETCore.App]`. */
export function parseListRuntimes(output: string): Runtime[] {
  const runtimes: Runtime[] = [];
  for (const line of output.split(/\r?\n/)) {
    const match = /^\s*(\S+)\s+(\d+\.\d+\.\d+\S*)\s+\[(.*)\]\s*$/.exec(line);
    if (match) {
      runtimes.push({ name: match[1], version: match[2], location: match[3] });
    }
  }
  return runtimes;
}

export function majorOf(version: string): number {
  return Number.parseInt(version.split('.')[0], 10);
}

/** The Microsoft.NETCore.App runtime the server can run on (10.x; a framework-dependent app does not roll forward to 11 by itself), the newest first. */
export function findRuntime(runtimes: readonly Runtime[], major = requiredMajor): Runtime | undefined {
  return runtimes
    .filter((r) => r.name === 'Microsoft.NETCore.App' && majorOf(r.version) === major)
    .sort((a, b) => compareVersions(b.version, a.version))[0];
}

export function compareVersions(a: string, b: string): number {
  const parts = (v: string) => v.split(/[.-]/).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  const [pa, pb] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const [x, y] = [pa[i], pb[i]];
    if (x === y) continue;
    if (x === undefined) return 1; // 10.0.0 is newer than 10.0.0-rc.1
    if (y === undefined) return -1;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x).localeCompare(String(y));
  }
  return 0;
}

export type DotnetProblem =
  | { readonly kind: 'not-found'; readonly dotnet: string; readonly detail?: string }
  | { readonly kind: 'no-runtime'; readonly dotnet: string; readonly found: readonly Runtime[] };

/** One clear sentence: what is missing, what to install, where from (as text: nothing is fetched). */
export function describeProblem(problem: DotnetProblem): string {
  const install = `Install the .NET ${requiredMajor} runtime (Microsoft.NETCore.App ${requiredMajor}.x, or the .NET ${requiredMajor} SDK) from ${downloadPage}, or set "casefile.dotnetPath" to a dotnet that has it, then run "Casefile: Restart the Language Server".`;
  if (problem.kind === 'not-found') {
    const which = problem.dotnet === 'dotnet' ? 'No "dotnet" program was found on PATH' : `The program "${problem.dotnet}" (casefile.dotnetPath) could not be run`;
    return `Casefile cannot start its language server: ${which}. ${install}`;
  }
  const netcore = problem.found.filter((r) => r.name === 'Microsoft.NETCore.App').map((r) => r.version);
  const have = netcore.length > 0 ? `it has Microsoft.NETCore.App ${netcore.join(', ')}` : 'it has no Microsoft.NETCore.App runtime';
  return `Casefile cannot start its language server: "${problem.dotnet}" has no .NET ${requiredMajor} runtime (${have}). ${install}`;
}

export interface ServerLaunch {
  readonly command: string;
  readonly args: readonly string[];
  /** The dotnet whose runtimes must be checked first, if the server runs on one. */
  readonly dotnet?: string;
}

/**
 * How to start the server: a custom `casefile.server.path` (a .dll runs under dotnet, anything
 * else is started directly), else the bundled Casefile.LanguageServer.dll under `casefile.dotnetPath`
 * or the `dotnet` on PATH.
 */
export function serverLaunch(options: { serverPath?: string; dotnetPath?: string; bundledDll: string }): ServerLaunch {
  const dotnet = options.dotnetPath?.trim() || 'dotnet';
  const custom = options.serverPath?.trim();
  if (custom && !/\.dll$/i.test(custom)) {
    return { command: custom, args: ['--stdio'] };
  }
  return { command: dotnet, args: [custom || options.bundledDll, '--stdio'], dotnet };
}
