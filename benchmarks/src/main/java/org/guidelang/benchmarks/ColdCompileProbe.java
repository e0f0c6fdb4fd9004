package org.guidelang.benchmarks;

import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.GuideCompiler;
import org.guidelang.compiler.analysis.CoverageAnalysis;
import org.guidelang.compiler.analysis.ExactnessNotes;
import org.guidelang.compiler.analysis.GuidelineAnalysis;
import org.guidelang.compiler.ast.Guideline;
import org.guidelang.compiler.check.GuidelineChecker;
import org.guidelang.compiler.conflicts.ConflictAnalysis;
import org.guidelang.compiler.diagnostics.Diagnostics;
import org.guidelang.compiler.java.JavaBackend;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.parse.GuidelineParser;
import org.guidelang.compiler.source.SourceFile;
import org.guidelang.compiler.symbols.SymbolTable;

/**
 * The peer harness's cold compile (GuideLangEngine.compile) as the first thing in a fresh JVM,
 * outside JMH, with what the wall clock hides under load: the CPU time of this thread and of the
 * whole process during the compile (from Linux's {@code /proc/.../schedstat}, so no management
 * classes are loaded). Run it as the harness runs its benchmark JVMs (docs/benchmarks.md):
 *
 * <pre>
 * java -Xms2g -Xmx2g -XX:+AlwaysPreTouch -cp PROBE:PEER_JARS:CLI_JAR \
 *     org.guidelang.benchmarks.ColdCompileProbe FOLDER [phases]
 * </pre>
 *
 * With {@code phases} it runs the passes one after the other on this thread instead, each timed
 * (wall and this thread's CPU), the first use of each pass paying its class loading: a breakdown,
 * not the harness's figure (which parses and analyses on the compiler's threads).
 */
public final class ColdCompileProbe {
    private static long last;
    private static long lastCpu;

    private ColdCompileProbe() {}

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        if (args.length > 1 && args[1].equals("phases")) {
            phases(folder);
        } else {
            harness(folder);
        }
    }

    private static List<SourceFile> read(Path folder) throws Exception {
        List<SourceFile> files = new ArrayList<>();
        for (String name : List.of("who_grading.guide", "milan_nen.guide")) {
            files.add(new SourceFile(name, Files.readString(folder.resolve(name))));
        }
        return files;
    }

    private static void harness(Path folder) throws Exception {
        long processBefore = processCpu();
        long threadBefore = onCpu(Path.of("/proc/thread-self/schedstat"));
        long start = System.nanoTime();
        Compilation compilation = GuideCompiler.compile(read(folder));
        if (compilation.hasErrors()) {
            throw new IllegalStateException(compilation.diagnostics().toString());
        }
        long compiled = System.nanoTime();
        int files = JavaBackend.generate(compilation, null).sources().size();
        long end = System.nanoTime();
        long threadCpu = onCpu(Path.of("/proc/thread-self/schedstat")) - threadBefore;
        long processCpu = processCpu() - processBefore;
        System.out.printf("total %.1f ms (compile %.1f, generate %.1f; %d files); this thread's CPU %.1f ms, "
                        + "the process's %.1f ms%n", (end - start) / 1e6, (compiled - start) / 1e6,
                (end - compiled) / 1e6, files, threadCpu / 1e6, processCpu / 1e6);
    }

    private static void phases(Path folder) throws Exception {
        last = System.nanoTime();
        lastCpu = onCpu(Path.of("/proc/thread-self/schedstat"));
        long start = last;
        long startCpu = lastCpu;
        List<SourceFile> files = read(folder);
        lap("read");
        Diagnostics diagnostics = new Diagnostics();
        List<Guideline> parsed = new ArrayList<>();
        for (SourceFile file : files) {
            parsed.add(GuidelineParser.parse(file, diagnostics).orElseThrow());
            lap("parse " + file.displayPath());
        }
        Map<String, CheckedGuideline> checked = new LinkedHashMap<>();
        Map<String, SymbolTable> symbols = new LinkedHashMap<>();
        for (Guideline guideline : parsed) { // who_grading first: milan_nen imports it
            GuidelineChecker.Result result = GuidelineChecker.check(guideline, checked, symbols, diagnostics, null);
            symbols.put(guideline.id().text(), result.symbols());
            CheckedGuideline one = result.checked().orElseThrow();
            checked.put(one.id(), one);
            lap("check " + one.id());
        }
        Map<String, GuidelineAnalysis> analyses = new LinkedHashMap<>();
        for (CheckedGuideline guideline : checked.values()) {
            GuidelineAnalysis analysis = CoverageAnalysis.analyze(guideline, analyses);
            CoverageAnalysis.report(analysis, diagnostics);
            lap("coverage " + guideline.id());
            ConflictAnalysis.report(analysis, analyses::get, diagnostics);
            lap("conflicts " + guideline.id());
            ExactnessNotes.report(guideline, diagnostics);
            lap("exactness notes (GL712) " + guideline.id());
            analyses.put(guideline.id(), analysis);
        }
        Compilation compilation = GuideCompiler.compile(files);
        lap("GuideCompiler.compile again");
        JavaBackend.generate(compilation, null);
        lap("JavaBackend.generate");
        System.out.printf("%-36s %7.1f ms wall %7.1f ms CPU%n", "total", (System.nanoTime() - start) / 1e6,
                (onCpu(Path.of("/proc/thread-self/schedstat")) - startCpu) / 1e6);
    }

    private static void lap(String what) throws Exception {
        long now = System.nanoTime();
        long cpu = onCpu(Path.of("/proc/thread-self/schedstat"));
        System.out.printf("%-36s %7.1f ms wall %7.1f ms CPU%n", what, (now - last) / 1e6, (cpu - lastCpu) / 1e6);
        last = System.nanoTime();
        lastCpu = onCpu(Path.of("/proc/thread-self/schedstat"));
    }

    /** Nanoseconds on a CPU: the first field of a schedstat file. */
    private static long onCpu(Path schedstat) throws Exception {
        return Long.parseLong(Files.readString(schedstat).split(" ")[0]);
    }

    private static long processCpu() throws Exception {
        long sum = 0;
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path thread : threads) {
                sum += onCpu(thread.resolve("schedstat"));
            }
        }
        return sum;
    }
}
