// The GuideLang extension: highlighting comes from the TextMate grammar; everything else from
// the language server `guidec lsp`, started over standard input and output.
'use strict';

const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

function createClient() {
  const command = vscode.workspace.getConfiguration('guidelang').get('serverPath') || 'guidec';
  const server = { command, args: ['lsp'] };
  return new LanguageClient('guidelang', 'GuideLang (guidec lsp)', { run: server, debug: server }, {
    documentSelector: [
      { scheme: 'file', language: 'guidelang' },
      { scheme: 'untitled', language: 'guidelang' }
    ],
    // Guidelines import each other by id: a change to a file on disk re-checks its folder.
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.guide') }
  });
}

async function start() {
  client = createClient();
  try {
    await client.start();
  } catch (error) {
    const command = vscode.workspace.getConfiguration('guidelang').get('serverPath') || 'guidec';
    vscode.window.showErrorMessage(`GuideLang: could not start \`${command} lsp\` (${error.message || error}). ` +
      'Set "guidelang.serverPath" to the guidec command, for example the guidec script of a GuideLang checkout.');
  }
}

async function activate(context) {
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration(async (event) => {
    if (event.affectsConfiguration('guidelang.serverPath')) {
      if (client) {
        await client.stop().catch(() => undefined);
      }
      await start();
    }
  }));
  await start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
