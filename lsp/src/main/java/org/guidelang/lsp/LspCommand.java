package org.guidelang.lsp;

import org.guidelang.compiler.cli.GuidecCommand;
import picocli.CommandLine.Command;

/** {@code guidec lsp}: the language server, for editors, on standard input and output. */
@Command(
        name = "lsp",
        mixinStandardHelpOptions = true,
        description = {
            "Runs the GuideLang language server (Language Server Protocol) on standard input and output.",
            "Editors start it; see docs/editor.md. It checks each open guideline with the guidelines "
                    + "beside it in its folder, as `guidec check FOLDER` does."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the editor asked the server to shut down, then to exit",
            "1:the editor left without asking it to shut down"})
public final class LspCommand implements GuidecCommand {
    @Override
    public Integer call() throws InterruptedException {
        return ServerLauncher.serve(System.in, System.out);
    }
}
