package org.guidelang.compiler.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code guidec} command line. Exit codes: 0 clean, 1 errors in the guidelines or the
 * patient data, 2 a usage or I/O problem, 3 an internal error (a bug in guidec).
 */
@Command(
        name = "guidec",
        mixinStandardHelpOptions = true,
        versionProvider = Guidec.Version.class,
        description = "Checks, tests and compiles GuideLang clinical guidelines.",
        subcommands = {CheckCommand.class, EvalCommand.class, TestCommand.class, BatchCommand.class, BuildCommand.class,
            FmtCommand.class, DiffCommand.class,
            CommandLine.HelpCommand.class})
public final class Guidec implements java.util.concurrent.Callable<Integer> {
    public static final int OK = 0;
    public static final int ERRORS = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;

    /** Deep (but legal) nesting must not overflow the default thread stack. */
    private static final long STACK_BYTES = 512L * 1024 * 1024;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs guidec as {@code main} would, writing to the given streams, and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        AtomicInteger code = new AtomicInteger(INTERNAL);
        PrintWriter terminalOut = new PrintWriter(new TerminalWriter(out), true);
        PrintWriter terminalErr = new PrintWriter(new TerminalWriter(err), true);
        Thread worker = new Thread(null, () -> code.set(execute(args, terminalOut, terminalErr)), "guidec",
                STACK_BYTES);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        terminalOut.flush();
        terminalErr.flush();
        return code.get();
    }

    private static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Guidec());
        // Commands of modules that depend on the compiler (guidec lsp), when their jars are present.
        java.util.ServiceLoader.load(GuidecCommand.class).forEach(cli::addSubcommand);
        cli.setOut(out);
        cli.setErr(err);
        // Help reads well on an 80-column terminal whatever the environment says (HelpTextTest).
        cli.setUsageHelpWidth(80);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("guidec: internal error: " + e + " (please report this with the input that caused it)");
            return INTERNAL;
        });
        try {
            return cli.execute(args);
        } catch (Throwable e) {
            err.println("guidec: internal error: " + e + " (please report this with the input that caused it)");
            return INTERNAL;
        }
    }

    /** {@code guidec} without a command: the usage, and exit code 2, as for any usage problem. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    /** Reads the version from the jar manifest, so it follows the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Guidec.class.getPackage().getImplementationVersion();
            return new String[] {"guidec " + (version == null ? "(development build)" : version)};
        }
    }
}
