// The Casefile extension: hosts the language server for case files, which stay Markdown documents.
import { execFile } from 'node:child_process';
import * as readline from 'node:readline';
import { existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  DidOpenTextDocumentNotification,
  LanguageClient,
  type LanguageClientOptions,
  type Middleware,
  RevealOutputChannelOn,
  type ServerOptions,
  State,
} from 'vscode-languageclient/node';
import { isCaseFileName, looksLikeCaseFile, ruleCodeOf } from './caseFile';
import { type DotnetProblem, describeProblem, findRuntime, parseListRuntimes, serverLaunch } from './dotnet';
import { logLevelOf } from './serverLog';
import { caseFileTemplate, templateLanguage } from './template';

const caseFilePattern = '**/*.case.md';

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel;
let extensionPath: string;
/** Documents (by URI) that were sent to the server while case-file detection is on. */
const openOnServer = new Set<string>();

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  extensionPath = context.extensionPath;
  output = vscode.window.createOutputChannel('Casefile', { log: true });
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('casefile.restartServer', () => restart()),
    vscode.commands.registerCommand('casefile.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('casefile.newCaseFile', () => newCaseFile()),
    vscode.commands.registerCommand('casefile.openRulePage', (...args: unknown[]) => openRulePage(args)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (['casefile.dotnetPath', 'casefile.server.path', 'casefile.detectCaseFiles'].some((s) => event.affectsConfiguration(s))) {
        void restart();
      }
    }),
    { dispose: () => void stop() },
  );
  await restart();
}

export async function deactivate(): Promise<void> {
  await stop();
}

function settings() {
  const config = vscode.workspace.getConfiguration('casefile');
  return {
    // Machine-scoped and restricted in untrusted workspaces: VS Code itself hides a workspace's value.
    dotnetPath: config.get<string>('dotnetPath', ''),
    serverPath: config.get<string>('server.path', ''),
    detect: config.get<boolean>('detectCaseFiles', false),
  };
}

async function start(): Promise<void> {
  const { dotnetPath, serverPath, detect } = settings();
  const launch = serverLaunch({ dotnetPath, serverPath, bundledDll: path.join(extensionPath, 'server', 'Casefile.LanguageServer.dll') });
  if (launch.dotnet) {
    const problem = await checkDotnet(launch.dotnet);
    if (problem) {
      const message = describeProblem(problem);
      output.error(message);
      void vscode.window.showErrorMessage(message, 'Open Settings', 'Show Output').then((choice) => {
        if (choice === 'Open Settings') void vscode.commands.executeCommand('workbench.action.openSettings', 'casefile.dotnetPath');
        if (choice === 'Show Output') output.show(true);
      });
      return;
    }
  }
  output.info(`Starting the server: ${launch.command} ${launch.args.join(' ')}`);

  const serverOptions: ServerOptions = { command: launch.command, args: [...launch.args], options: { env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } } };
  const documentSelector = detect
    ? [{ language: 'markdown', pattern: caseFilePattern }, { language: 'markdown', scheme: 'file' }, { language: 'markdown', scheme: 'untitled' }]
    : [{ language: 'markdown', pattern: caseFilePattern }];
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    synchronize: { configurationSection: 'casefile' },
    middleware: detect ? detectionMiddleware(ruleLinkMiddleware()) : ruleLinkMiddleware(),
    // The server's log lines (standard error) at their own level; standard output is the protocol.
    stdioOptions: {
      stdout: (input, channel) => {
        readline.createInterface({ input, crlfDelay: Infinity, terminal: false }).on('line', (line) => channel.info(line));
      },
      stderr: (input, channel) => {
        readline.createInterface({ input, crlfDelay: Infinity, terminal: false }).on('line', (line) => channel[logLevelOf(line)](line));
      },
    },
  };
  openOnServer.clear();
  client = new LanguageClient('casefile', 'Casefile', serverOptions, clientOptions);
  try {
    await client.start();
  } catch (error) {
    // The language client has already said so in a notification that opens this output.
    output.error(`The server did not start: ${String(error)}`);
  }
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (running && running.state !== State.Stopped) {
    try {
      await running.stop(5000);
    } catch (error) {
      output.warn(`Stopping the server: ${String(error)}`);
    }
  }
}

let restarting: Promise<void> = Promise.resolve();

/** Restarts one at a time, however fast the settings change. */
function restart(): Promise<void> {
  restarting = restarting.then(stop).then(start, start).catch((error) => output.error(`Restarting the server: ${String(error)}`));
  return restarting;
}

/** Runs `dotnet --list-runtimes`; undefined when .NET 10 is there. */
function checkDotnet(dotnet: string): Promise<DotnetProblem | undefined> {
  return new Promise((resolve) => {
    execFile(dotnet, ['--list-runtimes'], { timeout: 20000, env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' } }, (error, stdout) => {
      if (error && !stdout) {
        resolve({ kind: 'not-found', dotnet, detail: error.message });
        return;
      }
      const runtimes = parseListRuntimes(stdout);
      resolve(findRuntime(runtimes) ? undefined : { kind: 'no-runtime', dotnet, found: runtimes });
    });
  });
}

/**
 * With casefile.detectCaseFiles the selector takes every Markdown document; this lets through
 * only case files: *.case.md, or a text whose first heading is followed by a `- case:` line.
 */
function detectionMiddleware(base: Middleware): Middleware {
  const accepts = (document: vscode.TextDocument) => isCaseFileName(document.uri.path) || looksLikeCaseFile(document.getText());
  const documentOf = (argument: unknown): vscode.TextDocument | undefined => {
    if (argument instanceof vscode.Uri) return vscode.workspace.textDocuments.find((d) => d.uri.toString() === argument.toString());
    const candidate = argument as vscode.TextDocument | undefined;
    return candidate && typeof candidate.getText === 'function' && candidate.uri ? candidate : undefined;
  };
  const handlers: Middleware = {
    didOpen: async (document, next) => {
      if (!accepts(document)) return;
      openOnServer.add(document.uri.toString());
      await next(document);
    },
    didChange: async (event, next) => {
      const uri = event.document.uri.toString();
      if (openOnServer.has(uri)) {
        await next(event);
      } else if (accepts(event.document) && client) {
        // It has just become a case file: the server sees it open with its current text.
        openOnServer.add(uri);
        await client.sendNotification(DidOpenTextDocumentNotification.type, client.code2ProtocolConverter.asOpenTextDocumentParams(event.document));
      }
    },
    didClose: async (document, next) => {
      if (openOnServer.delete(document.uri.toString())) await next(document);
    },
    didSave: async (document, next) => {
      if (openOnServer.has(document.uri.toString())) await next(document);
    },
    willSave: async (event, next) => {
      if (openOnServer.has(event.document.uri.toString())) await next(event);
    },
    willSaveWaitUntil: (event, next) => (openOnServer.has(event.document.uri.toString()) ? next(event) : Promise.resolve([])),
    provideDiagnostics: (document, previousResultId, token, next) => {
      const doc = documentOf(document);
      if (doc && !openOnServer.has(doc.uri.toString()) && !isCaseFileName(doc.uri.path)) {
        return { kind: 'full', items: [] } as never;
      }
      return base.provideDiagnostics!(document, previousResultId, token, next);
    },
    handleDiagnostics: base.handleDiagnostics,
  };
  // Every other provide…/prepare… request concerns one document, its first argument.
  return new Proxy(handlers, {
    get(target, property, receiver) {
      const own = Reflect.get(target, property, receiver);
      if (own !== undefined || typeof property !== 'string' || !/^(provide|prepare)/.test(property)) return own;
      return (...args: unknown[]) => {
        const next = args[args.length - 1] as (...rest: unknown[]) => unknown;
        const doc = documentOf(args[0]);
        if (doc && !openOnServer.has(doc.uri.toString()) && !isCaseFileName(doc.uri.path)) return undefined;
        return next(...args.slice(0, -1));
      };
    },
  });
}

/**
 * A diagnostic's code links to its rule page: the Problems panel and the hover open that link,
 * so it runs "Casefile: Open the Rule's Page", which shows the page as a Markdown preview (the
 * server's own link is the page's file, which would open as text).
 */
function ruleLinkMiddleware(): Middleware {
  const relink = (diagnostics: readonly vscode.Diagnostic[]) => {
    for (const diagnostic of diagnostics) {
      const code = diagnostic.code;
      if (diagnostic.source === 'casefile' && typeof code === 'object' && /^CF\d{4}$/.test(String(code.value))) {
        diagnostic.code = { value: code.value, target: ruleCommandUri(String(code.value)) };
      }
    }
    return diagnostics;
  };
  return {
    handleDiagnostics: (uri, diagnostics, next) => next(uri, relink(diagnostics) as vscode.Diagnostic[]),
    provideDiagnostics: async (document, previousResultId, token, next) => {
      const report = await next(document, previousResultId, token);
      if (report && report.kind === 'full') relink(report.items);
      return report;
    },
  };
}

export function ruleCommandUri(code: string): vscode.Uri {
  return vscode.Uri.parse(`command:casefile.openRulePage?${encodeURIComponent(JSON.stringify([code]))}`);
}

async function newCaseFile(): Promise<void> {
  const language = templateLanguage(vscode.env.language);
  const text = caseFileTemplate(language);
  const folder = vscode.window.activeTextEditor
    ? vscode.workspace.getWorkspaceFolder(vscode.window.activeTextEditor.document.uri) ?? vscode.workspace.workspaceFolders?.[0]
    : vscode.workspace.workspaceFolders?.[0];
  let document: vscode.TextDocument;
  if (folder && folder.uri.scheme === 'file') {
    // An untitled document with a path: it saves as <folder>/new.case.md (or new-2 …) with one Ctrl+S.
    let name = 'new.case.md';
    for (let n = 2; existsSync(path.join(folder.uri.fsPath, name)) || vscode.workspace.textDocuments.some((d) => d.uri.path.endsWith(`/${name}`)); n++) {
      name = `new-${n}.case.md`;
    }
    document = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(folder.uri.fsPath, name)).with({ scheme: 'untitled' }));
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), text));
    if (document.languageId !== 'markdown') await vscode.languages.setTextDocumentLanguage(document, 'markdown');
    return;
  }
  document = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
  await vscode.window.showTextDocument(document);
}

function rulesFolder(): string {
  return path.join(extensionPath, 'server', 'docs', 'rules');
}

/** Opens docs/rules/CFxxxx.md, shipped in the extension, as a Markdown preview. */
async function openRulePage(args: unknown[]): Promise<void> {
  let code = ruleCodeOf(args);
  if (!code) {
    const editor = vscode.window.activeTextEditor;
    if (editor) {
      const here = vscode.languages
        .getDiagnostics(editor.document.uri)
        .filter((d) => d.source === 'casefile' && d.range.contains(editor.selection.active));
      code = ruleCodeOf(here.map((d) => d.code));
    }
  }
  if (!code) {
    const known = existsSync(rulesFolder())
      ? readdirSync(rulesFolder()).filter((f) => /^CF\d{4}\.md$/.test(f)).map((f) => f.slice(0, -3)).sort()
      : [];
    code = await vscode.window.showQuickPick(known, { placeHolder: 'The diagnostic code whose page to open (CF1504 …)' });
    if (!code) return;
  }
  const page = path.join(rulesFolder(), `${code}.md`);
  if (!existsSync(page)) {
    void vscode.window.showWarningMessage(`Casefile has no page for ${code}.`);
    return;
  }
  // Locked: the preview keeps the rule's page when another Markdown editor becomes active.
  await vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.file(page), undefined, { locked: true });
}
