package org.guidelang.compiler.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
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
        description = "Checks, tests and compiles GuideLang clinical guidelines.")
public final class Guidec implements java.util.concurrent.Callable<Integer> {
    public static final int OK = 0;
    public static final int ERRORS = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;

    /**
     * The commands by name, in the order the usage lists them. They are registered here rather
     * than in {@code @Command(subcommands = …)} so that a run builds picocli's model of the one
     * command it runs: reading the annotations of all of them took about a third of
     * {@code guidec check}'s start-up. Each name is the one in its class's {@code @Command}
     * (HelpTextTest checks it).
     */
    static final Map<String, Class<?>> COMMANDS = commands();

    /** Deep (but legal) nesting must not overflow the default thread stack. */
    static final long STACK_BYTES = 512L * 1024 * 1024;

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

    private static Map<String, Class<?>> commands() {
        Map<String, Class<?>> commands = new LinkedHashMap<>();
        commands.put("check", CheckCommand.class);
        commands.put("eval", EvalCommand.class);
        commands.put("test", TestCommand.class);
        commands.put("batch", BatchCommand.class);
        commands.put("build", BuildCommand.class);
        commands.put("fmt", FmtCommand.class);
        commands.put("diff", DiffCommand.class);
        commands.put("help", CommandLine.HelpCommand.class);
        return commands;
    }

    /** The command line with every command, as {@code guidec --help} and {@code guidec help} show it. */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Guidec());
        COMMANDS.forEach(cli::addSubcommand);
        // Commands of modules that depend on the compiler (guidec lsp), when their jars are present.
        java.util.ServiceLoader.load(GuidecCommand.class).forEach(cli::addSubcommand);
        return cli;
    }

    /**
     * The command line that parses {@code args} exactly as {@link #commandLine()} would: when
     * they start with a command's name only that command is built, since the others cannot be
     * reached; {@code help}, an option or an unknown word needs them all.
     */
    static CommandLine commandLine(String[] args) {
        String first = args.length == 0 ? "" : args[0];
        Class<?> command = first.equals("help") ? null : COMMANDS.get(first);
        if (command == null) {
            return commandLine();
        }
        CommandLine cli = new CommandLine(new Guidec());
        cli.addSubcommand(first, command);
        return cli;
    }

    private static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine(args);
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
