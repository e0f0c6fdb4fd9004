package org.guidelang.compiler.model;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guidelang.compiler.source.SourceSpan;

/**
 * A checked example: a patient (input name to Double in the input's unit, Boolean or String
 * code; absent means missing) and what the guideline must conclude for it.
 */
public record ExampleCase(String title, Map<String, Object> patient, List<Expectation> expectations, SourceSpan span) {
    public ExampleCase {
        patient = Map.copyOf(patient);
        expectations = List.copyOf(expectations);
    }

    /** What an example expects of one outcome ({@code target} as written: `grade`, `who.grade`). */
    public sealed interface Expectation {
        String target();

        CExpr.OutcomeRef outcome();

        SourceSpan span();
    }

    /** The outcome has this value (a String code or a Boolean). */
    public record ExpectValue(String target, CExpr.OutcomeRef outcome, Object value, SourceSpan span)
            implements Expectation {}

    /** The outcome is undetermined; when {@code missing} is not null, exactly these inputs are missing for it. */
    public record ExpectUndetermined(String target, CExpr.OutcomeRef outcome, Set<String> missing, SourceSpan span)
            implements Expectation {}
}
