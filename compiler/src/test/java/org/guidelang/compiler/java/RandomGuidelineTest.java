package org.guidelang.compiler.java;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.output.GeneratedFile;
import org.guidelang.runtime.GuidelineEvaluator;
import org.junit.jupiter.api.Test;

/**
 * Random valid guidelines ({@link RandomGuidelines}) through the whole Java path: each must check
 * without errors, its generated Java must compile with {@code -Xlint:all -Werror}, and the
 * generated evaluator must agree with the interpreter on random patients. javac is the cost, so a
 * hundred units (each in its own package) share one javac task, and two tasks run at a time.
 *
 * <p>The default run takes about 2,100 small guidelines, about 90 medium ones and a few large ones
 * (exact answers make each patient of a large one cost many one passes);
 * {@code -Dguidelang.long=true} takes about 15,000 small, 6,000 medium and 600 large ones, with
 * more patients each. {@code -Dguidelang.seed=N} takes another sample, and
 * {@code -Dguidelang.unit=N} unit {@code N} alone. A failure names the seed, the unit, the command
 * that runs that unit again, and the unit's sources.
 */
class RandomGuidelineTest {
    private static final boolean LONG = Boolean.getBoolean("guidelang.long");
    private static final long SEED = Long.getLong("guidelang.seed", 20261213L);
    private static final Integer ONLY = Integer.getInteger("guidelang.unit");
    private static final int BATCH = 100;
    private static final int THREADS = 2;

    @Test
    void manySmallRandomGuidelinesCheckCompileAndAgreeWithTheInterpreter() {
        int guidelines = run("manySmallRandomGuidelinesCheckCompileAndAgreeWithTheInterpreter",
                RandomGuidelines.Size.SMALL, SEED + 2, LONG ? 10_000 : 1_400, LONG ? 100 : 6);
        assertTrue(ONLY != null || guidelines >= (LONG ? 14_000 : 2_000), guidelines + " small guidelines");
    }

    @Test
    void randomGuidelinesCheckCompileAndAgreeWithTheInterpreter() {
        run("randomGuidelinesCheckCompileAndAgreeWithTheInterpreter", RandomGuidelines.Size.MEDIUM, SEED,
                LONG ? 3_000 : 40, LONG ? 400 : 30);
    }

    @Test
    void largeRandomGuidelinesCheckCompileAndAgreeWithTheInterpreter() {
        run("largeRandomGuidelinesCheckCompileAndAgreeWithTheInterpreter", RandomGuidelines.Size.LARGE, SEED + 1,
                LONG ? 300 : 2, LONG ? 200 : 15);
    }

    /** The sample of one test: its units, written one after another, then checked, compiled and run in batches. */
    private static int run(String test, RandomGuidelines.Size size, long seed, int units, int patients) {
        RandomGuidelines generator = new RandomGuidelines(seed, size);
        List<Sample> batch = new ArrayList<>();
        List<Future<Integer>> batches = new ArrayList<>();
        ExecutorService workers = Executors.newFixedThreadPool(THREADS, r -> {
            Thread thread = new Thread(r, "random-guidelines");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (int n = ONLY != null ? ONLY : 0; n < (ONLY != null ? ONLY + 1 : units); n++) {
                batch.add(new Sample(test, n, generator.unit(n)));
                if (batch.size() == BATCH) {
                    List<Sample> full = List.copyOf(batch);
                    batches.add(workers.submit(() -> batch(full, patients)));
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                List<Sample> rest = List.copyOf(batch);
                batches.add(workers.submit(() -> batch(rest, patients)));
            }
            int guidelines = 0;
            for (Future<Integer> done : batches) {
                guidelines += outcome(done);
            }
            return guidelines;
        } finally {
            workers.shutdownNow();
        }
    }

    private static int outcome(Future<Integer> batch) {
        try {
            return batch.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new AssertionError(e.getCause().toString(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** One unit's texts, with what it takes to write them again. */
    private record Sample(String test, int unit, List<String> texts) {
        String where() {
            return "unit " + unit + " of seed " + SEED + " (again: mvn -B -o -pl compiler -am test -Dtest=RandomGuidelineTest#"
                    + test + " -Dsurefire.failIfNoSpecifiedTests=false -Dguidelang.seed=" + SEED + " -Dguidelang.unit="
                    + unit + (LONG ? " -Dguidelang.long=true" : "") + ")";
        }
    }

    /** The samples checked one by one and compiled together; the number of guidelines they hold. */
    private static int batch(List<Sample> samples, int patients) {
        Map<Sample, Compilation> compilations = new LinkedHashMap<>();
        List<GeneratedFile> files = new ArrayList<>();
        for (Sample sample : samples) {
            Compilation compilation = GuidelineTexts.check(sample.texts().toArray(String[]::new));
            if (compilation.hasErrors()) {
                fail(sample.where() + " does not check clean (fix the generator, or the checker):\n"
                        + String.join("\n", GuidelineTexts.errors(compilation)) + "\n" + shown(sample.texts()));
            }
            compilations.put(sample, compilation);
            try {
                files.addAll(JavaBackend.generate(compilation, null).sources());
            } catch (RuntimeException e) {
                throw new AssertionError(sample.where() + ": the Java back end failed\n" + shown(sample.texts()), e);
            }
        }
        ClassLoader loader;
        try {
            loader = InMemoryJavac.compile(files);
        } catch (InMemoryJavac.CompilationFailed e) {
            throw new AssertionError("javac refused units " + samples.get(0).unit() + " to "
                    + samples.get(samples.size() - 1).unit() + " of seed " + SEED + ": " + e.getMessage() + "\n"
                    + culprits(e.getMessage(), compilations));
        }
        int guidelines = 0;
        for (Map.Entry<Sample, Compilation> entry : compilations.entrySet()) {
            Compilation compilation = entry.getValue();
            Sample sample = entry.getKey();
            JavaTypes types = new JavaTypes(compilation.guidelines(), null);
            for (CheckedGuideline guideline : compilation.guidelines()) {
                guidelines++;
                GuidelineEvaluator evaluator = evaluator(loader, types.classOf(guideline.id()).reflectionName());
                RandomPatients random = new RandomPatients(guideline, SEED ^ sample.unit());
                for (int i = 0; i < patients; i++) {
                    try {
                        GuidelineTexts.agree(compilation, guideline, evaluator, random.next(), "patient " + i);
                    } catch (AssertionError e) {
                        throw new AssertionError(sample.where() + ": " + e.getMessage() + "\n"
                                + shown(sample.texts()), e);
                    }
                }
            }
        }
        return guidelines;
    }

    private static GuidelineEvaluator evaluator(ClassLoader loader, String className) {
        try {
            return (GuidelineEvaluator) loader.loadClass(className).getMethod("evaluator").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot load " + className, e);
        }
    }

    /** The sources, each cut short where a long text would flood the report. */
    private static String shown(List<String> texts) {
        StringBuilder out = new StringBuilder();
        for (String text : texts) {
            out.append(text.replaceAll("( long){20,}", " long…")).append('\n');
        }
        return out.toString();
    }

    /** The sources of the units whose classes javac named in its message. */
    private static String culprits(String message, Map<Sample, Compilation> compilations) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<Sample, Compilation> entry : compilations.entrySet()) {
            JavaTypes types = new JavaTypes(entry.getValue().guidelines(), null);
            boolean named = entry.getValue().guidelines().stream()
                    .anyMatch(g -> message.contains(types.classOf(g.id()).canonicalName().replace('.', '/') + ".java"));
            if (named) {
                out.append("--- ").append(entry.getKey().where()).append('\n').append(shown(entry.getKey().texts()));
            }
        }
        return out.toString();
    }
}
