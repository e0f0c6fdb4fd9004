package org.guidelang.compiler.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.guidelang.compiler.diagnostics.Diagnostics;
import org.guidelang.compiler.output.AtomicFile;
import org.guidelang.compiler.output.CannotWrite;
import org.guidelang.compiler.output.IoFailure;
import org.guidelang.compiler.source.SourceFile;
import org.guidelang.runtime.GuidelineEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code guidec batch}: a cohort through one guideline, streamed on every core. Every input
 * record gives exactly one output record, in input order: a result or the errors of that record,
 * so nothing is lost and the counts are exact. JSON Lines or CSV, in and out.
 */
@Command(
        name = "batch",
        mixinStandardHelpOptions = true,
        description = {
            "Evaluates a cohort: one patient a line in, one result a line out.",
            "Results come in input order. JSON Lines: a JSON object per line. CSV: a header row naming inputs, "
                    + "then one patient per row; numbers in the input's declared unit, true/false, codes as declared; "
                    + "an empty cell is missing.",
            "A record that cannot be evaluated gives a record with its errors, such as {\"line\": N, \"errors\": "
                    + "[…]}; no other record is lost. Output goes to a temporary file beside FILE and replaces FILE "
                    + "only when the run is complete."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every record evaluated", "1:some records had errors (each reported in the output)",
            "2:usage or I/O problem", "3:some records hit an internal error (a bug; each reported in the output)"})
final class BatchCommand implements Callable<Integer> {
    /**
     * From this many records on, {@code --engine auto} compiles the evaluator when the cache does
     * not hold it already (a kept one is always taken): compiling costs
     * about 1.4 s more at start than interpreting, and the two broke even between 10,000 and
     * 30,000 Milan-NEN records on two cores (docs/benchmarks.md).
     */
    static final long COMPILE_FROM_RECORDS = 20_000;
    private static final int BLOCK_BYTES = 256 << 10;

    enum Engine { AUTO, COMPILED, INTERPRETED }

    enum Format { JSONL, CSV }

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Guideline files or folders.")
    private List<Path> paths;

    @Option(names = {"-g", "--guideline"}, paramLabel = "ID",
            description = "The guideline to apply; may be left out when the paths hold only one.")
    private String guidelineId;

    @Option(names = {"-i", "--input"}, required = true, paramLabel = "FILE",
            description = "The cohort (.jsonl or .csv), or - for standard input.")
    private String input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "Where to write the results (.jsonl or .csv), or - for standard output.")
    private String output;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "jsonl or csv, for input and output alike. Default: by each file's extension (.csv is CSV, "
                    + "anything else JSON Lines); standard output takes the input's format.")
    private String format;

    @Option(names = "--explain", description = "Include each result's explanation (JSON Lines output only).")
    private boolean explain;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "auto",
            description = "compiled (the generated evaluator, compiled in process: fast, a second to start; needs a "
                    + "JDK), interpreted, or auto (compiled from about 20,000 records). Results are the same.")
    private String engine;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Where compiled evaluators are kept between runs (default: $GUIDEC_CACHE, else "
                    + "$XDG_CACHE_HOME/guidec, else ~/.cache/guidec).")
    private Path cacheDir;

    @Option(names = "--no-cache", description = "Compile the evaluator afresh, and keep nothing.")
    private boolean noCache;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
    private Integer threads;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> problem = usageProblem();
        if (problem.isPresent()) {
            err.println("guidec batch: " + problem.get());
            return Guidec.USAGE;
        }
        Format inputFormat = formatOf(input, null);
        Format outputFormat = formatOf(output, inputFormat);
        if (explain && outputFormat == Format.CSV) {
            err.println("guidec batch: --explain needs JSON Lines output (an explanation is a list of steps); "
                    + "give an output ending in .jsonl, or --format jsonl");
            return Guidec.USAGE;
        }
        Engine chosen = Engine.valueOf(engine.toUpperCase(Locale.ROOT));
        boolean compile = chosen == Engine.COMPILED || (chosen == Engine.AUTO && estimatedRecords() >= COMPILE_FROM_RECORDS);
        // A kept evaluator costs less than interpreting even a small cohort: auto takes one whenever there is one.
        EvaluatorCache cache = chosen == Engine.INTERPRETED ? null : cache(err);
        Optional<GuidelineEvaluator> kept = cache == null ? Optional.empty() : kept(cache);
        GuidelineEvaluator evaluator;
        if (kept.isPresent()) {
            evaluator = kept.get();
        } else {
            Sources.Found found = Sources.guidelineWithImports(paths, guidelineId, err);
            if (!found.found()) {
                return found.exitCode();
            }
            evaluator = evaluator(found, compile, cache, err);
        }
        RecordWriter writer = outputFormat == Format.CSV ? new CsvWriter(evaluator.outcomes())
                : new JsonLinesWriter(evaluator.id(), evaluator.version(), explain);
        BatchRun.Format reading = inputFormat == Format.CSV ? csv(evaluator.inputs())
                : BatchRun.Format.of(PatientReader.jsonLines(evaluator.inputs()));
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        BatchRun.Counts counts;
        try (InputStream in = open()) {
            counts = write(new BatchRun(evaluator, explain, writer, workers), new CohortLines(in, BLOCK_BYTES), reading,
                    err);
        } catch (CsvCohort.HeaderProblem e) {
            err.println("guidec batch: " + source() + ": " + e.getMessage());
            return Guidec.USAGE;
        } catch (BatchRun.WriteFailed e) {
            // CannotWrite names the file and the reason once; an earlier output is left as it was.
            err.println("guidec batch: " + (e.getCause() instanceof CannotWrite c ? c.getMessage()
                    : "cannot write " + output + ": " + IoFailure.reason((IOException) e.getCause()))
                    + "; nothing written");
            return Guidec.USAGE;
        } catch (IOException e) {
            err.println("guidec batch: cannot read the cohort " + source() + ": " + IoFailure.reason(e)
                    + (output.equals("-") ? "" : "; " + output + " is left as it was"));
            return Guidec.USAGE;
        }
        err.println(summary(counts));
        if (counts.internal() > 0) {
            err.println("guidec batch: " + counts.internal() + " records hit an internal error (a bug in guidec); "
                    + "each is reported in the output: please report them");
            return Guidec.INTERNAL;
        }
        return counts.failed() > 0 ? Guidec.ERRORS : Guidec.OK;
    }

    /** Runs the batch into the output, through a temporary file that replaces the output only at the end. */
    private BatchRun.Counts write(BatchRun run, CohortLines lines, BatchRun.Format reading, PrintWriter err)
            throws IOException, CsvCohort.HeaderProblem {
        BatchProgress progress = showProgress() ? new BatchProgress(err, inputSize(), System::nanoTime) : null;
        BatchRun.Progress shown = progress == null ? (records, bytes) -> {} : progress;
        try {
            if (output.equals("-")) {
                OutputStream out = new java.io.BufferedOutputStream(System.out, 1 << 16);
                BatchRun.Counts counts = run.run(lines, reading, out, shown);
                out.flush(); // standard output stays open for the caller
                return counts;
            }
            try (AtomicFile.Pending results = created()) {
                BatchRun.Counts counts = run.run(lines, reading, results.stream(), shown);
                try {
                    results.commit();
                } catch (CannotWrite e) {
                    throw new BatchRun.WriteFailed(e);
                }
                return counts;
            }
        } finally {
            if (progress != null) {
                progress.finish();
            }
        }
    }

    private AtomicFile.Pending created() throws BatchRun.WriteFailed {
        try {
            return AtomicFile.open(Path.of(output));
        } catch (CannotWrite e) {
            throw new BatchRun.WriteFailed(e);
        }
    }

    /** What is wrong with the options before anything is read or written, if anything. */
    private Optional<String> usageProblem() {
        if (format != null && !List.of("jsonl", "csv").contains(format.toLowerCase(Locale.ROOT))) {
            return Optional.of("unknown --format " + format + "; give jsonl or csv");
        }
        if (!List.of("auto", "compiled", "interpreted").contains(engine.toLowerCase(Locale.ROOT))) {
            return Optional.of("unknown --engine " + engine + "; give auto, compiled or interpreted");
        }
        if (threads != null && (threads < 1 || threads > 1024)) {
            return Optional.of("--threads must be from 1 to 1024, got " + threads);
        }
        if (input.equals("-")) {
            return Optional.empty();
        }
        Path in = Path.of(input);
        if (!Files.exists(in)) {
            return Optional.of("cannot read the cohort " + input + ": no such file");
        }
        if (Files.isDirectory(in)) {
            return Optional.of("the cohort " + input + " is a folder; give a .jsonl or .csv file");
        }
        if (output.equals("-")) {
            return Optional.empty();
        }
        Path out = Path.of(output);
        if (Files.isDirectory(out)) {
            return Optional.of("the output " + output + " is a folder; give a file, such as " + out.resolve(
                    "results.jsonl"));
        }
        try {
            // isSameFile follows links: a symbolic or hard link to the cohort, or the cohort by another path.
            if (Files.exists(out) && Files.isSameFile(in, out)) {
                return Optional.of("the output " + output + " is the input " + input + " (the same file): writing the "
                        + "results would destroy the cohort; give another --output");
            }
        } catch (IOException e) {
            return Optional.of("cannot tell whether the output " + output + " is the input " + input + ": "
                    + IoFailure.reason(e));
        }
        return Optional.empty();
    }

    private Format formatOf(String file, Format otherwise) {
        if (format != null) {
            return Format.valueOf(format.toUpperCase(Locale.ROOT));
        }
        if (file.equals("-")) {
            return otherwise == null ? Format.JSONL : otherwise;
        }
        return file.toLowerCase(Locale.ROOT).endsWith(".csv") ? Format.CSV : Format.JSONL;
    }

    private static BatchRun.Format csv(List<org.guidelang.runtime.InputSpec> specs) {
        return new BatchRun.Format() {
            @Override
            public boolean hasHeader() {
                return true;
            }

            @Override
            public RecordReader reader(byte[] bytes, int from, int to) throws CsvCohort.HeaderProblem {
                return CsvCohort.fromHeader(bytes, from, to, specs);
            }
        };
    }

    /**
     * The evaluator kept in the cache for the guideline asked for, when its files and those it
     * imports can be told without parsing (GuidelineFiles): nothing is then checked or compiled.
     */
    private Optional<GuidelineEvaluator> kept(EvaluatorCache cache) {
        if (guidelineId == null) {
            return Optional.empty();
        }
        Diagnostics loading = new Diagnostics();
        // Quiet: a path that cannot be read is reported by the checked way, which follows.
        Optional<List<SourceFile>> files = Sources.load(paths, loading, new PrintWriter(Writer.nullWriter()));
        if (files.isEmpty() || !loading.sorted().isEmpty()) {
            return Optional.empty();
        }
        return GuidelineFiles.of(files.get()).needed(guidelineId).flatMap(needed -> CompiledEvaluator.kept(needed, cache));
    }

    /** The compiled evaluator when {@code compile}, unless it cannot be made; else the interpreter. */
    private static GuidelineEvaluator evaluator(Sources.Found found, boolean compile, EvaluatorCache cache,
            PrintWriter err) {
        if (compile) {
            try {
                return CompiledEvaluator.of(found.compilation(), found.guideline(), cache);
            } catch (CompiledEvaluator.Unavailable e) {
                err.println("guidec batch: cannot compile the evaluator (" + e.getMessage()
                        + "); evaluating with the interpreter, which gives the same results more slowly");
            }
        }
        return new InterpretedEvaluator(found.analysis());
    }

    /** The cache of compiled evaluators, or null with --no-cache or when no folder can be told. */
    private EvaluatorCache cache(PrintWriter err) {
        if (noCache) {
            return null;
        }
        Optional<Path> folder = cacheDir != null ? Optional.of(cacheDir)
                : EvaluatorCache.defaultFolder(System.getenv(), System.getProperty("user.home"));
        return folder.map(f -> new EvaluatorCache(f, err)).orElse(null);
    }

    private boolean showProgress() {
        return BatchProgress.isTerminal(2) && !(output.equals("-") && BatchProgress.isTerminal(1));
    }

    /** About how many records the input holds: its size over the mean length of its first lines; -1 when unknown. */
    private long estimatedRecords() {
        long size = inputSize();
        if (size <= 0) {
            return size;
        }
        byte[] start = new byte[64 << 10];
        int read = 0;
        try (InputStream in = Files.newInputStream(Path.of(input))) {
            for (int n; read < start.length && (n = in.read(start, read, start.length - read)) > 0; ) {
                read += n;
            }
        } catch (IOException e) {
            return -1;
        }
        int lines = 0;
        for (int i = 0; i < read; i++) {
            lines += start[i] == '\n' ? 1 : 0;
        }
        return lines == 0 ? 1 : size * lines / read;
    }

    private long inputSize() {
        try {
            return input.equals("-") ? -1 : Files.size(Path.of(input));
        } catch (IOException e) {
            return -1;
        }
    }

    private InputStream open() throws IOException {
        if (input.equals("-")) {
            return new java.io.FilterInputStream(System.in) {
                @Override
                public void close() {} // standard input belongs to the caller
            };
        }
        return Files.newInputStream(Path.of(input));
    }

    private String source() {
        return input.equals("-") ? "standard input" : input;
    }

    private String summary(BatchRun.Counts counts) {
        long records = counts.records();
        return records + (records == 1 ? " patient: " : " patients: ") + counts.evaluated() + " evaluated, "
                + (counts.failed() + counts.internal()) + " with errors" + (output.equals("-") ? "" : " → " + output);
    }
}
