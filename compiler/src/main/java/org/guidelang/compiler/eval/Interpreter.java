package org.guidelang.compiler.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guidelang.compiler.analysis.GuidelineAnalysis;
import org.guidelang.compiler.analysis.OutcomeFacts;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.Definition;
import org.guidelang.compiler.model.InputDecl;
import org.guidelang.compiler.model.Outcome;
import org.guidelang.compiler.model.Recommendation;
import org.guidelang.runtime.EvaluationResult;
import org.guidelang.runtime.ExplanationStep;
import org.guidelang.runtime.InputIndex;
import org.guidelang.runtime.OutcomeResult;
import org.guidelang.runtime.Truth;

/**
 * The reference interpreter: evaluates a checked guideline for one patient, using only the
 * runtime's operators so that generated evaluators, which call the same operators, agree.
 *
 * <p>Every outcome is a value or undetermined. Undetermined outcomes name the missing inputs
 * whose values could decide them. A first-hit table whose earliest possibly-matching rules are
 * unknown is still decided when all of them, and the first rule that holds, yield the same code.
 * An undetermined outcome narrows the codes it can still take only where the analysis proved it
 * total (see {@link OutcomeFacts}), which the interpreter is handed with the guideline.
 * Immutable and thread-safe: build one per guideline and evaluate any number of patients.
 */
public final class Interpreter {
    private final CheckedGuideline guideline;
    private final OutcomeFacts facts;
    private final InputIndex inputs;

    /** An interpreter of the analysed guideline (see {@code Compilation.analysis}). */
    public Interpreter(GuidelineAnalysis analysis) {
        this(analysis.guideline(), analysis.outcomes());
    }

    private Interpreter(CheckedGuideline guideline, OutcomeFacts facts) {
        if (!facts.guideline().equals(guideline.id())) {
            throw new IllegalArgumentException("the facts of " + facts.guideline() + " are not about " + guideline.id());
        }
        this.guideline = guideline;
        this.facts = facts;
        this.inputs = InputIndex.of(guideline.inputs().stream().map(InputDecl::name).toList());
    }

    public CheckedGuideline guideline() {
        return guideline;
    }

    /**
     * An interpreter of the guideline imported under {@code alias}, with its facts.
     *
     * @throws IllegalArgumentException if this guideline has no such import
     */
    public Interpreter imported(String alias) {
        CheckedGuideline imported = guideline.imports().stream()
                .filter(i -> i.alias().equals(alias))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(guideline.id() + " imports nothing as " + alias))
                .guideline();
        return new Interpreter(imported, facts.of(imported.id()));
    }

    /**
     * Evaluates the guideline for a validated patient: input names to Double (in the input's
     * unit), Boolean or String code; an absent input is missing.
     */
    public EvaluationResult evaluate(Map<String, ?> patient) {
        Run run = new Run(facts, patient, inputs);
        List<OutcomeResult> results = new ArrayList<>();
        for (Outcome outcome : guideline.outcomes()) {
            Decision decision = run.outcome(guideline.id(), null, outcome);
            results.add(decision.value() == null
                    ? OutcomeResult.undetermined(outcome.name(), decision.missing())
                    : OutcomeResult.determined(outcome.name(), decision.value()));
        }
        return EvaluationResult.of(guideline.id(), guideline.version(), results, run.explanation);
    }

    /**
     * An outcome's value (String code, Boolean, or null when undetermined), what it lacks, and
     * the codes an undetermined code outcome can still take (empty when nothing is known).
     */
    record Decision(Object value, Set<String> missing, List<String> possible) {
        Decision(Object value, Set<String> missing) {
            this(value, missing, List.of());
        }
    }

    /** One evaluation: memoized outcomes and the explanation in the order outcomes were decided. */
    private static final class Run {
        private final Map<String, Decision> decided = new HashMap<>();
        // Keyed by the definition itself: equal definitions (even of two guidelines) have equal values.
        private final Map<Definition, Val> definitions = new HashMap<>();
        private final List<ExplanationStep> explanation = new ArrayList<>();
        private final Evaluator evaluator;

        private final InputIndex inputs;
        // What the analysis proved of the outcomes of the guideline and of those it imports.
        private final OutcomeFacts facts;

        Run(OutcomeFacts facts, Map<String, ?> patient, InputIndex inputs) {
            this.facts = facts;
            this.inputs = inputs;
            this.evaluator = new Evaluator(patient, this::outcomeValue, this::definitionValue);
        }

        private Val outcomeValue(CExpr.OutcomeRef ref) {
            Decision decision = outcome(ref.guideline(), ref.alias(), ref.outcome());
            if (decision.value() instanceof Boolean b) {
                return Val.truth(Truth.of(b), Set.of());
            }
            if (ref.outcome() instanceof Recommendation) {
                // An undetermined recommendation is an unknown condition, not a missing code.
                return Val.truth(Truth.UNKNOWN, decision.missing());
            }
            return Val.code((String) decision.value(), decision.missing(), decision.possible());
        }

        private Val definitionValue(Definition definition) {
            Val value = definitions.get(definition);
            if (value == null) {
                value = evaluator.eval(definition.value());
                definitions.put(definition, value);
            }
            return value;
        }

        Decision outcome(String guideline, String alias, Outcome outcome) {
            String key = guideline + "." + outcome.name();
            Decision known = decided.get(key);
            if (known != null) {
                return known;
            }
            String label = alias == null ? outcome.name() : alias + "." + outcome.name();
            Decision decision = OutcomeLogic.decide(outcome, facts.of(guideline).isTotal(outcome), evaluator, inputs,
                    label, explanation);
            decided.put(key, decision);
            return decision;
        }
    }

}
