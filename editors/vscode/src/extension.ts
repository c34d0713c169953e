// The VS Code side of tactful: starts `tactful lsp` and hands it the editor's
// settings. All linting, code actions, hover and the `tactful.addWord` /
// `tactful.disableRule` commands live in the server; vscode-languageclient
// wires them up from the server's capabilities, so this file only knows how
// to find the program and what to tell it.

import * as os from "os";
import * as path from "path";
import * as vscode from "vscode";
import {
  DidChangeConfigurationNotification,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  TransportKind,
} from "vscode-languageclient/node";

const SECTION = "tactful";

// Languages whose documents go to the server. `mail` is contributed by this
// extension (package.json) for *.eml and mail-client temporary files.
const LANGUAGES = ["mail", "plaintext", "markdown"];

// What the server accepts as initializationOptions and, under
// settings.tactful, in workspace/didChangeConfiguration. A key left unset is
// omitted: every notification carries the complete settings, so a missing
// key means "use your default".
interface ServerSettings {
  config?: string;
  kind?: string;
}

let client: LanguageClient | undefined;
let output: vscode.OutputChannel;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel("tactful");
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand("tactful.restartServer", restart),
    vscode.commands.registerCommand("tactful.showOutput", () => output.show(true)),
    vscode.workspace.onDidChangeConfiguration(onConfigurationChanged),
  );
  await start();
}

export async function deactivate(): Promise<void> {
  await stop();
}

async function start(): Promise<void> {
  const command = serverCommand();
  const serverOptions: ServerOptions = {
    command,
    args: ["lsp"],
    transport: TransportKind.stdio,
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: LANGUAGES.flatMap((language) => [
      { scheme: "file", language },
      { scheme: "untitled", language },
    ]),
    initializationOptions: serverSettings(),
    outputChannel: output,
  };

  // The id "tactful" makes the client honour the `tactful.trace.server` setting.
  const candidate = new LanguageClient("tactful", "tactful", serverOptions, clientOptions);
  try {
    await candidate.start();
    client = candidate;
  } catch (err) {
    output.appendLine(`Could not start "${command} lsp": ${describe(err)}`);
    void candidate.dispose().catch(() => undefined);
    const choice = await vscode.window.showErrorMessage(
      `tactful: could not start "${command} lsp". Is tactful installed, or is the "tactful.path" setting right?`,
      "Open Settings",
      "Show Output",
    );
    if (choice === "Open Settings") {
      await vscode.commands.executeCommand("workbench.action.openSettings", "tactful.path");
    } else if (choice === "Show Output") {
      output.show(true);
    }
  }
}

async function stop(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) {
    try {
      await running.stop();
    } catch (err) {
      output.appendLine(`Stopping the server failed: ${describe(err)}`);
    }
  }
}

async function restart(): Promise<void> {
  await stop();
  await start();
}

async function onConfigurationChanged(event: vscode.ConfigurationChangeEvent): Promise<void> {
  if (!event.affectsConfiguration(SECTION)) {
    return;
  }
  // A new program, or a server that never started, needs a fresh start; the
  // rest the running server takes as a notification.
  if (event.affectsConfiguration(`${SECTION}.path`) || !client) {
    await restart();
    return;
  }
  if (
    event.affectsConfiguration(`${SECTION}.config`) ||
    event.affectsConfiguration(`${SECTION}.kind`)
  ) {
    await client.sendNotification(DidChangeConfigurationNotification.type, {
      settings: { [SECTION]: serverSettings() },
    });
  }
}

function serverCommand(): string {
  const configured = vscode.workspace.getConfiguration(SECTION).get<string>("path", "tactful");
  const expanded = expand(configured);
  if (!expanded) {
    return "tactful";
  }
  // A bare name is found on PATH; anything with a folder in it is a path.
  if (!expanded.includes("/") && !expanded.includes("\\")) {
    return expanded;
  }
  return resolveFromWorkspace(expanded);
}

function serverSettings(): ServerSettings {
  const settings = vscode.workspace.getConfiguration(SECTION);
  const result: ServerSettings = {};
  const config = expand(settings.get<string>("config", ""));
  if (config) {
    result.config = resolveFromWorkspace(config);
  }
  const kind = settings.get<string>("kind", "auto").trim();
  result.kind = kind || "auto";
  return result;
}

function firstWorkspaceFolder(): string | undefined {
  const folders = vscode.workspace.workspaceFolders;
  return folders && folders.length > 0 ? folders[0].uri.fsPath : undefined;
}

// Expands ${workspaceFolder} and a leading ~; returns undefined for an empty value.
function expand(value: string | undefined): string | undefined {
  let text = (value ?? "").trim();
  if (!text) {
    return undefined;
  }
  const folder = firstWorkspaceFolder();
  if (folder !== undefined) {
    text = text.split("${workspaceFolder}").join(folder);
  }
  if (text === "~" || text.startsWith("~/") || text.startsWith("~\\")) {
    text = path.join(os.homedir(), text.slice(1));
  }
  return text;
}

function resolveFromWorkspace(file: string): string {
  if (path.isAbsolute(file)) {
    return file;
  }
  const folder = firstWorkspaceFolder();
  return folder !== undefined ? path.resolve(folder, file) : file;
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
