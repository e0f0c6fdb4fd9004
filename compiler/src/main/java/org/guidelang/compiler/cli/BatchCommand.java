package org.guidelang.compiler.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.guidelang.compiler.analysis.GuidelineAnalysis;
import org.guidelang.compiler.eval.Interpreter;
import org.guidelang.compiler.model.InputDecl;
import org.guidelang.compiler.output.AtomicFile;
import org.guidelang.compiler.output.CannotWrite;
import org.guidelang.compiler.output.IoFailure;
import org.guidelang.runtime.EvaluationResult;
import org.guidelang.runtime.InputError;
import org.guidelang.runtime.InputSpec;
import org.guidelang.runtime.InputValidator;
import org.guidelang.runtime.Json;
import org.guidelang.runtime.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code guidec batch}: many patients, one JSON object per line, streamed. Every input line
 * gives exactly one output line, a result or the errors of that record, so nothing is lost.
 */
@Command(
        name = "batch",
        mixinStandardHelpOptions = true,
        description = {
            "Evaluates a cohort: one patient per line in, one result per line out.",
            "Each input line is a patient's JSON object; each output line is its result.",
            "A line that cannot be evaluated gives a line with its errors: {\"line\": N, \"errors\": […]}."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every record evaluated", "1:some records had errors (each reported in the output)",
            "2:usage or I/O problem"})
final class BatchCommand implements Callable<Integer> {
    private static final int PROGRESS_EVERY = 10_000;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Guideline files or folders.")
    private List<Path> paths;

    @Option(names = {"-g", "--guideline"}, paramLabel = "ID",
            description = "The guideline to apply; may be left out when the paths hold only one.")
    private String guidelineId;

    @Option(names = {"-i", "--input"}, required = true, paramLabel = "FILE",
            description = "The cohort, JSON Lines (one patient object per line), or - for standard input.")
    private String input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "Where to write the results (JSON Lines), or - for standard output.")
    private String output;

    @Option(names = "--explain", description = "Include each result's explanation.")
    private boolean explain;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Sources.Found found = Sources.guideline(paths, guidelineId, err);
        if (!found.found()) {
            return found.exitCode();
        }
        Interpreter interpreter = new Interpreter(found.analysis());
        List<InputSpec> specs = interpreter.guideline().inputs().stream().map(InputDecl::spec).toList();
        InputValidator validator = InputValidator.of(specs);
        long records = 0;
        long failed = 0;
        boolean progress = System.console() != null && !output.equals("-");
        try (BufferedReader reader = open(); Results results = create()) {
            Writer writer = results.writer();
            String line;
            while ((line = reader.readLine()) != null) {
                records++;
                Outcome result = evaluate(interpreter, validator, line, records);
                if (result.failed()) {
                    failed++;
                }
                writer.write(result.json());
                writer.write('\n');
                if (progress && records % PROGRESS_EVERY == 0) {
                    err.print("\r" + records + " patients…");
                    err.flush();
                }
            }
            results.commit();
        } catch (CannotWrite e) {
            err.println();
            err.println("guidec: " + e.getMessage() + "; nothing written");
            return Guidec.USAGE;
        } catch (IOException | RuntimeException e) {
            err.println();
            String reason = e instanceof IOException io ? IoFailure.reason(io) : String.valueOf(e.getMessage());
            err.println("guidec: cannot process " + (input.equals("-") ? "standard input" : input) + " after record "
                    + records + ": " + reason + (output.equals("-") ? "" : "; " + output + " is left as it was"));
            return Guidec.USAGE;
        }
        if (progress) {
            err.print("\r");
        }
        err.println(records + (records == 1 ? " patient: " : " patients: ") + (records - failed) + " evaluated, " + failed
                + " with errors" + (output.equals("-") ? "" : " → " + output));
        return failed > 0 ? Guidec.ERRORS : Guidec.OK;
    }

    /** One output line, and whether it reports errors instead of a result. */
    private record Outcome(String json, boolean failed) {}

    private Outcome evaluate(Interpreter interpreter, InputValidator validator, String line, long number) {
        List<InputError> errors;
        Validation validation = null;
        if (line.isBlank()) {
            errors = List.of(new InputError("$", "the line is empty", "give one JSON object per line"));
        } else {
            PatientReader.Parsed parsed = PatientReader.read(line);
            errors = parsed.errors();
            if (errors.isEmpty()) {
                validation = validator.validate(parsed.values());
                errors = validation.errors();
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("line", number);
        if (!errors.isEmpty()) {
            out.put("errors", errors.stream().map(e -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("path", e.path());
                m.put("message", e.message());
                m.put("fix", e.fix());
                return m;
            }).toList());
            return new Outcome(Json.compact(out), true);
        }
        EvaluationResult result = interpreter.evaluate(validation.values());
        Map<String, Object> tree = result.toJsonTree();
        if (!explain) {
            tree.remove("explanation");
        }
        out.putAll(tree);
        return new Outcome(Json.compact(out), false);
    }

    private BufferedReader open() throws IOException {
        if (input.equals("-")) {
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        }
        return Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8);
    }

    /**
     * The results being written: to standard output ({@code file} null), or to a temporary file
     * beside {@code --output}, put in place only when every record is written, so that a failed
     * run leaves an earlier output as it was.
     */
    private record Results(Writer writer, AtomicFile.Pending file) implements java.io.Closeable {
        void commit() throws IOException {
            writer.flush();
            if (file != null) {
                file.commit();
            }
        }

        /** Discards the results unless committed; standard output stays open for the summary and the caller. */
        @Override
        public void close() throws IOException {
            if (file == null) {
                writer.flush();
            } else {
                file.close();
            }
        }
    }

    private Results create() throws IOException {
        if (output.equals("-")) {
            return new Results(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)), null);
        }
        AtomicFile.Pending file = AtomicFile.open(Path.of(output));
        return new Results(new BufferedWriter(new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8)), file);
    }
}
