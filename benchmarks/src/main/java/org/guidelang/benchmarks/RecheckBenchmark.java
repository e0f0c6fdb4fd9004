package org.guidelang.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.GuideCompiler;
import org.guidelang.compiler.ImportClosure;
import org.guidelang.compiler.ParsedSources;
import org.guidelang.compiler.source.SourceFile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What an editor (the language server) asks for after each keystroke: the NEN folder checked
 * again in a warm process, with one file's text changed. One operation compiles the ten files
 * (parse, check, coverage analysis); the edited file's text differs on every operation (a
 * comment with a counter at its end), so nothing could be answered from an earlier one.
 * {@code edited} is the file that changes: the WHO grading is imported by others, the
 * NETLM classification is the largest file, nen_consistency imports all the others.
 * {@code recheckAfterOneEdit} parses every file again; {@code recheckKeepingParses} keeps the
 * unchanged files' parse results, as an editor can; {@code recheckEditedFile} compiles the edited
 * file and what it imports, with the parses kept ({@link ImportClosure}): what the language
 * server publishes first, the edited file's own diagnostics, before the whole folder's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class RecheckBenchmark {
    @Param({"who_grading.guide", "netlm_classification.guide", "nen_consistency.guide"})
    public String edited;

    private final List<SourceFile> files = new ArrayList<>();
    private int index;
    private String original;
    private long edits;
    private final ParsedSources parses = new ParsedSources();

    @Setup
    public void setUp() {
        files.addAll(BundledGuidelines.sources("guide", BundledGuidelines.NEN));
        index = BundledGuidelines.NEN.indexOf(edited);
        original = files.get(index).text();
        Compilation first = GuideCompiler.compile(files);
        if (first.hasErrors() || first.guidelines().size() != BundledGuidelines.NEN.size()) {
            throw new IllegalStateException("the NEN set does not check clean: " + first.diagnostics());
        }
    }

    /** Every file parsed and checked again. */
    @Benchmark
    public Compilation recheckAfterOneEdit() {
        files.set(index, new SourceFile(edited, original + "// edit " + edits++ + "\n"));
        return GuideCompiler.compile(files);
    }

    /** The edited file and what it imports, parses kept: the language server's first answer after an edit. */
    @Benchmark
    public Compilation recheckEditedFile() {
        files.set(index, new SourceFile(edited, original + "// edit " + edits++ + "\n"));
        return ImportClosure.compile(files.get(index), files, parses);
    }

    /** As an editor would: the unchanged files' parse results are kept ({@link ParsedSources}), all checked again. */
    @Benchmark
    public Compilation recheckKeepingParses() {
        files.set(index, new SourceFile(edited, original + "// edit " + edits++ + "\n"));
        return GuideCompiler.compile(files, parses);
    }
}
