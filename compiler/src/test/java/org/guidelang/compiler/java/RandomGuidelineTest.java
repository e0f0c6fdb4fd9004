package org.guidelang.compiler.java;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.guidelang.compiler.Compilation;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.output.GeneratedFile;
import org.guidelang.runtime.GuidelineEvaluator;
import org.junit.jupiter.api.Test;

/**
 * Random valid guidelines ({@link RandomGuidelines}) through the whole Java path: each must check
 * without errors, its generated Java must compile with {@code -Xlint:all -Werror}, and the
 * generated evaluator must agree with the interpreter on random patients. javac is the cost, so
 * many guidelines share one compilation. The default run takes about 120 guidelines, two units of
 * them large (exact answers make each patient cost many one passes); {@code -Dguidelang.long=true} takes thousands, all of them from the large pool, and
 * {@code -Dguidelang.seed=N} another sample. A failure names the seed, the unit and its sources.
 */
class RandomGuidelineTest {
    private static final boolean LONG = Boolean.getBoolean("guidelang.long");
    private static final long SEED = Long.getLong("guidelang.seed", 20261213L);
    private static final int UNITS = LONG ? 3000 : 60;
    private static final int LARGE_UNITS = LONG ? 300 : 2;
    private static final int BATCH = 40;
    private static final int PATIENTS = LONG ? 400 : 30;

    @Test
    void randomGuidelinesCheckCompileAndAgreeWithTheInterpreter() {
        run(new RandomGuidelines(SEED, false), UNITS, PATIENTS);
    }

    @Test
    void largeRandomGuidelinesCheckCompileAndAgreeWithTheInterpreter() {
        run(new RandomGuidelines(SEED + 1, true), LARGE_UNITS, PATIENTS / 2);
    }

    private static void run(RandomGuidelines random, int units, int patients) {
        for (int first = 0; first < units; first += BATCH) {
            batch(random, first, Math.min(units, first + BATCH), patients);
        }
    }

    /** Units {@code first} to {@code end}, checked one by one and compiled together. */
    private static void batch(RandomGuidelines generator, int first, int end, int patients) {
        Map<Integer, List<String>> sources = new LinkedHashMap<>();
        Map<Integer, Compilation> compilations = new LinkedHashMap<>();
        List<GeneratedFile> files = new ArrayList<>();
        for (int n = first; n < end; n++) {
            List<String> texts = generator.unit(n);
            sources.put(n, texts);
            Compilation compilation = GuidelineTexts.check(texts.toArray(String[]::new));
            if (compilation.hasErrors()) {
                fail(where(n) + " does not check clean (fix the generator, or the checker):\n"
                        + String.join("\n", GuidelineTexts.errors(compilation)) + "\n" + shown(texts));
            }
            compilations.put(n, compilation);
            try {
                files.addAll(JavaBackend.generate(compilation, null).sources());
            } catch (RuntimeException e) {
                throw new AssertionError(where(n) + ": the Java back end failed\n" + shown(texts), e);
            }
        }
        ClassLoader loader;
        try {
            loader = InMemoryJavac.compile(files);
        } catch (InMemoryJavac.CompilationFailed e) {
            throw new AssertionError("javac refused units " + first + " to " + (end - 1) + " of seed " + SEED + ": "
                    + e.getMessage() + "\n" + culprits(e.getMessage(), compilations, sources));
        }
        for (Map.Entry<Integer, Compilation> entry : compilations.entrySet()) {
            Compilation compilation = entry.getValue();
            JavaTypes types = new JavaTypes(compilation.guidelines(), null);
            for (CheckedGuideline guideline : compilation.guidelines()) {
                GuidelineEvaluator evaluator = evaluator(loader, types.classOf(guideline.id()).reflectionName());
                RandomPatients random = new RandomPatients(guideline, SEED ^ entry.getKey());
                for (int i = 0; i < patients; i++) {
                    try {
                        GuidelineTexts.agree(compilation, guideline, evaluator, random.next(), "patient " + i);
                    } catch (AssertionError e) {
                        throw new AssertionError(where(entry.getKey()) + ": " + e.getMessage() + "\n"
                                + shown(sources.get(entry.getKey())), e);
                    }
                }
            }
        }
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

    private static String where(int unit) {
        return "unit " + unit + " of seed " + SEED;
    }

    /** The sources of the units whose classes javac named in its message. */
    private static String culprits(String message, Map<Integer, Compilation> compilations,
            Map<Integer, List<String>> sources) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<Integer, Compilation> entry : compilations.entrySet()) {
            JavaTypes types = new JavaTypes(entry.getValue().guidelines(), null);
            boolean named = entry.getValue().guidelines().stream()
                    .anyMatch(g -> message.contains(types.classOf(g.id()).canonicalName().replace('.', '/') + ".java"));
            if (named) {
                out.append("--- ").append(where(entry.getKey())).append('\n')
                        .append(shown(sources.get(entry.getKey())));
            }
        }
        return out.toString();
    }
}
