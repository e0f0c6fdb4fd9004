package org.guidelang.compiler.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.Constraint;
import org.guidelang.compiler.model.Definition;
import org.guidelang.compiler.model.InputDecl;
import org.guidelang.compiler.model.Reads;
import org.guidelang.compiler.model.Type;
import org.guidelang.runtime.ConstraintCheck;
import org.guidelang.runtime.InputError;
import org.guidelang.runtime.Truth;
import org.guidelang.runtime.Unit;

/**
 * A patient's values against a guideline's constraints between inputs, in three-valued logic: a
 * constraint that is false on the given values is broken (the patient is refused, with an input
 * error naming it); one that is unknown, because an input it reads is missing, accepts the
 * patient and leaves its missing inputs to the completions (see {@link Interpreter}).
 */
public final class ConstraintEvaluation {
    private final Map<Constraint, Val> values = new LinkedHashMap<>();
    private final Map<Definition, Val> definitions = new HashMap<>();
    private final Map<String, ?> patient;
    private final Evaluator evaluator;

    private ConstraintEvaluation(List<Constraint> constraints, Map<String, ?> patient, boolean completing) {
        this.patient = patient;
        this.evaluator = new Evaluator(patient, ConstraintEvaluation::noOutcome, this::definition, completing, null);
        for (Constraint constraint : constraints) {
            values.put(constraint, evaluator.eval(constraint.condition()));
        }
    }

    private static Val noOutcome(CExpr.OutcomeRef outcome) {
        throw new IllegalStateException("a checked constraint reads no outcome: " + outcome.display());
    }

    private Val definition(Definition definition) {
        Val value = definitions.get(definition);
        if (value == null) {
            value = evaluator.eval(definition.value());
            definitions.put(definition, value);
        }
        return value;
    }

    /** Evaluates every constraint of {@code constraints} for a validated patient (as {@link Interpreter} reads it). */
    public static ConstraintEvaluation of(List<Constraint> constraints, Map<String, ?> patient) {
        return new ConstraintEvaluation(constraints, patient, false);
    }

    /**
     * Evaluates {@code constraints} for a validated patient read as a stand-in for its complete
     * patients, as {@link Interpreter#condition} reads it for the conflict proof: {@code is known}
     * of an input still missing is unknown there, not false, since every complete patient has it.
     */
    public static ConstraintEvaluation ofCompletePatients(List<Constraint> constraints, Map<String, ?> patient) {
        return new ConstraintEvaluation(constraints, patient, true);
    }

    /** The constraints of {@code guideline} (its imports' included) for {@code patient}. */
    public static ConstraintEvaluation of(CheckedGuideline guideline, Map<String, ?> patient) {
        return of(guideline.constraints(), patient);
    }

    /** The constraints false on the given values, in declaration order. */
    public List<Constraint> broken() {
        List<Constraint> broken = new ArrayList<>();
        values.forEach((constraint, value) -> {
            if (value.truth() == Truth.FALSE) {
                broken.add(constraint);
            }
        });
        return broken;
    }

    /** One input error for each broken constraint; empty when the patient satisfies them, or may. */
    public List<InputError> errors() {
        List<InputError> errors = new ArrayList<>();
        for (Constraint constraint : broken()) {
            Map<String, Unit> units = new HashMap<>();
            for (InputDecl input : Reads.of(constraint.condition()).inputs()) {
                units.put(input.name(), input.type() instanceof Type.Num n ? n.unit() : Unit.NONE);
            }
            errors.add(ConstraintCheck.broken(constraint.name(), constraint.rationale(), givenValues(constraint),
                    name -> units.getOrDefault(name, Unit.NONE)));
        }
        return errors;
    }

    /** The given values of the inputs {@code constraint} reads, in the order it reads them. */
    public Map<String, Object> givenValues(Constraint constraint) {
        Map<String, Object> given = new LinkedHashMap<>();
        for (InputDecl input : Reads.of(constraint.condition()).inputs()) {
            Object value = patient.get(input.name());
            if (value != null) {
                given.put(input.name(), value);
            }
        }
        return given;
    }

    /** The missing inputs of every constraint that is unknown for this patient. */
    public Set<String> undecidedInputs() {
        Set<String> missing = new TreeSet<>();
        values.values().forEach(value -> {
            if (value.truth() == Truth.UNKNOWN) {
                missing.addAll(value.missing());
            }
        });
        return missing;
    }
}
