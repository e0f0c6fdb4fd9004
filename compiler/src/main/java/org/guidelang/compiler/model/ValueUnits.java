package org.guidelang.compiler.model;

import java.util.Optional;
import java.util.function.Function;
import org.guidelang.runtime.Unit;

/**
 * The unit of each name an explanation of a guideline shows: its inputs' and its parameters',
 * and those of the guidelines it imports; {@link Unit#NONE} for any other name. The interpreter and
 * generated evaluations give explanation steps these units, so that {@code
 * ExplanationStep.valueText()} writes {@code ki67 = 12%, age = 63 years}.
 */
public final class ValueUnits {
    private ValueUnits() {}

    public static Function<String, Unit> of(CheckedGuideline guideline) {
        return name -> guideline.input(name).map(InputDecl::spec).map(spec -> spec.unit())
                .or(() -> paramUnit(guideline, name))
                .orElse(Unit.NONE);
    }

    /** The unit of parameter {@code name}, declared here or in a guideline this one imports. */
    private static Optional<Unit> paramUnit(CheckedGuideline guideline, String name) {
        return guideline.params().stream()
                .filter(p -> p.name().equals(name) && p.type() instanceof Type.Num)
                .map(p -> ((Type.Num) p.type()).unit())
                .findFirst()
                .or(() -> guideline.imports().stream()
                        .map(i -> paramUnit(i.guideline(), name))
                        .flatMap(Optional::stream)
                        .findFirst());
    }
}
