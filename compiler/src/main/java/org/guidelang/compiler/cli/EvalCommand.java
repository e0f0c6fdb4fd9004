package org.guidelang.compiler.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.analysis.GuidelineAnalysis;
import org.guidelang.compiler.eval.Interpreter;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.InputDecl;
import org.guidelang.compiler.output.IoFailure;
import org.guidelang.runtime.EvaluationResult;
import org.guidelang.runtime.InputError;
import org.guidelang.runtime.InputValidator;
import org.guidelang.runtime.Json;
import org.guidelang.runtime.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code guidec eval}: one patient through one guideline, explained. */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = {
            "Evaluates one patient with a guideline and explains the result.",
            "The patient is a JSON object from input names to values: numbers in the input's unit, true/false, "
                    + "or code names as strings; an absent or null input is missing."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:evaluated", "1:errors in the guidelines or the patient data", "2:usage or I/O problem"})
final class EvalCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Guideline files or folders.")
    private List<Path> paths;

    @Option(names = {"-g", "--guideline"}, paramLabel = "ID",
            description = "The guideline to apply; may be left out when the paths hold only one.")
    private String guidelineId;

    @Option(names = {"-i", "--input"}, required = true, paramLabel = "FILE",
            description = "The patient JSON file, or - for standard input.")
    private String input;

    @Option(names = "--json", description = "Print the result as JSON.")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Sources.Found found = Sources.guideline(paths, guidelineId, err);
        if (!found.found()) {
            return found.exitCode();
        }
        CheckedGuideline guideline = found.guideline();
        Optional<byte[]> bytes = readInput(err);
        if (bytes.isEmpty()) {
            return Guidec.USAGE;
        }
        PatientReader.Parsed parsed = PatientReader.readDocument(bytes.get());
        List<InputError> errors = parsed.errors();
        Validation validation = null;
        if (errors.isEmpty()) {
            validation = InputValidator.validate(parsed.values(),
                    guideline.inputs().stream().map(InputDecl::spec).toList());
            errors = validation.isValid() ? Interpreter.constraintErrors(guideline, validation.values())
                    : validation.errors();
        }
        if (!errors.isEmpty()) {
            printErrors(guideline.id(), errors, out, err);
            return Guidec.ERRORS;
        }
        EvaluationResult result = new Interpreter(found.analysis()).evaluate(validation.values());
        if (json) {
            out.println(result.toJson());
        } else {
            new ResultPrinter(guideline, out).print(result);
        }
        return Guidec.OK;
    }

    private Optional<byte[]> readInput(PrintWriter err) {
        try {
            return Optional.of(input.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(input)));
        } catch (IOException e) {
            err.println("guidec: cannot read the patient file " + input + ": " + IoFailure.reason(e));
            return Optional.empty();
        } catch (RuntimeException e) {
            err.println("guidec: cannot read the patient file " + input + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private void printErrors(String guidelineId, List<InputError> errors, PrintWriter out, PrintWriter err) {
        String source = input.equals("-") ? "standard input" : input;
        if (json) {
            List<Map<String, Object>> list = errors.stream().map(e -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("path", e.path());
                m.put("message", e.message());
                m.put("fix", e.fix());
                return m;
            }).toList();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("guideline", guidelineId);
            body.put("errors", list);
            out.println(Json.pretty(body));
            return;
        }
        err.println(source + ": " + errors.size() + (errors.size() == 1 ? " error" : " errors") + " in the patient data for "
                + guidelineId + ":");
        for (InputError error : errors) {
            err.println("  " + error);
        }
    }
}
