package org.guidelang.compiler.conflicts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.guidelang.compiler.analysis.InputCells;
import org.guidelang.compiler.eval.ConstraintEvaluation;
import org.guidelang.compiler.eval.Interpreter;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.Conflict;
import org.guidelang.compiler.model.InputDecl;
import org.guidelang.runtime.Completions;
import org.guidelang.runtime.EvaluationResult;
import org.guidelang.runtime.InputIndex;
import org.guidelang.runtime.OutcomeResult;

/**
 * Proves a {@code conflict} declaration over every complete patient of its guideline's closure
 * (the guideline and all it imports read one patient) that satisfies the constraints between
 * inputs (a patient that breaks one is refused, so it witnesses nothing): the condition is one
 * boolean outcome, evaluated by the interpreter in one pass, and {@link CompletionSearch} splits
 * the all-missing patient over the inputs' cells until each part is decided, or a part makes it
 * true with every constraint holding. A patient found is checked by evaluating the condition and
 * the constraints on it again before it is reported.
 */
public final class ConflictProof {
    /**
     * One-pass evaluations one conflict's proof may spend (a second or two). The NEN declarations
     * need about a hundred each at most (ConflictProofTest prints them).
     */
    public static final int BUDGET = 10_000;

    private static final long FALSE = 1L;
    private static final long TRUE = 1L << 1;
    private static final int NO_VALUE = 2;

    private final CheckedGuideline guideline;
    private final Conflict conflict;
    private final List<InputDecl> inputs;
    private final InputIndex index;
    private final Function<String, Interpreter> interpreters;
    private final Completions cells;

    private ConflictProof(Function<String, Interpreter> interpreters, String id, Conflict conflict,
            Completions cells) {
        this.interpreters = interpreters;
        this.cells = cells;
        this.guideline = interpreters.apply(id).guideline();
        this.conflict = conflict;
        this.inputs = guideline.inputs();
        this.index = InputIndex.of(inputs.stream().map(InputDecl::name).toList());
    }

    /**
     * The verdict on {@code conflict}, declared in the guideline {@code id}; {@code interpreters}
     * gives the interpreter of that guideline and of each it imports, by id, and {@code cells} the
     * cells of its inputs over complete patients ({@link #cells}), the same for all its conflicts.
     */
    static ConflictVerdict prove(Function<String, Interpreter> interpreters, String id, Conflict conflict,
            Completions cells, int budget) {
        return new ConflictProof(interpreters, id, conflict, cells).run(budget);
    }

    /** The cells the proofs of {@code guideline}'s conflicts split its inputs into. */
    static Completions cells(CheckedGuideline guideline) {
        return InputCells.forCompletePatients(guideline);
    }

    private ConflictVerdict run(int budget) {
        int[] weights = SplitOrder.weights(inputs, conflict.condition());
        CompletionSearch.Result result = CompletionSearch.search(cells, weights, this::reach, TRUE, budget);
        return switch (result.verdict()) {
            case ABSENT -> new ConflictVerdict.Absent(conflict, result.evaluations());
            case FOUND -> reached(Witnesses.complete(inputs, cells, result.values()), result.evaluations());
            case BLOCKED -> new ConflictVerdict.Beyond(conflict, blocked(result), result.evaluations());
            case OUT_OF_BUDGET -> new ConflictVerdict.Beyond(conflict, "the proof stopped after " + budget
                    + " evaluations without deciding it: simplify the condition, or split it into several conflicts",
                    result.evaluations());
        };
    }

    /**
     * The condition's one-pass answer for the completion that gives input {@code i} {@code
     * values[i]}, among the patients that satisfy the constraints between inputs: false where the
     * given values break one (no witness there), and true only where every constraint holds too;
     * while one is unknown, its missing inputs are split with the condition's.
     */
    private Completions.Reach reach(Object[] values) {
        Map<String, Object> patient = Witnesses.patient(inputs, values);
        ConstraintEvaluation constraints = ConstraintEvaluation.ofCompletePatients(guideline.constraints(), patient);
        if (!constraints.broken().isEmpty()) {
            return new Completions.Reach(FALSE, 0L);
        }
        Set<String> open = constraints.undecidedInputs();
        OutcomeResult answer = evaluate(patient);
        if (answer.isDetermined() && (Boolean.FALSE.equals(answer.value()) || open.isEmpty())) {
            return new Completions.Reach(Boolean.TRUE.equals(answer.value()) ? TRUE : FALSE, 0L);
        }
        Set<String> missing = new LinkedHashSet<>(answer.missing());
        missing.addAll(open);
        return Completions.reach(FALSE | TRUE, index.bits(missing), false, NO_VALUE);
    }

    private OutcomeResult evaluate(Map<String, Object> patient) {
        return interpreters.apply(guideline.id()).condition(conflict.name(), conflict.condition(), patient);
    }

    private ConflictVerdict reached(Map<String, Object> patient, int evaluations) {
        OutcomeResult confirmed = evaluate(patient);
        if (!confirmed.isDetermined() || !Boolean.TRUE.equals(confirmed.value())
                || !Interpreter.constraintErrors(guideline, patient).isEmpty()) {
            return new ConflictVerdict.Beyond(conflict, "the patient the proof found, " + Witnesses.text(guideline,
                    patient) + ", does not confirm it (" + confirmed + "): a defect of guidec, please report it",
                    evaluations);
        }
        Set<String> shown = new LinkedHashSet<>();
        List<ConflictVerdict.Answer> answers = new ArrayList<>();
        for (CExpr.OutcomeRef ref : outcomesRead(conflict.condition())) {
            Interpreter owner = interpreters.apply(ref.guideline());
            owner.guideline().inputs().forEach(i -> shown.add(i.name()));
            answers.add(answer(owner, ref, patient));
        }
        Map<String, Object> witness = new LinkedHashMap<>();
        for (InputDecl input : inputs) {
            if (shown.contains(input.name())) {
                witness.put(input.name(), patient.get(input.name()));
            }
        }
        return new ConflictVerdict.Reached(conflict, witness, answers, evaluations);
    }

    private static ConflictVerdict.Answer answer(Interpreter owner, CExpr.OutcomeRef ref,
            Map<String, Object> patient) {
        Map<String, Object> own = new LinkedHashMap<>();
        owner.guideline().inputs().forEach(i -> own.put(i.name(), patient.get(i.name())));
        EvaluationResult result = owner.evaluate(own);
        OutcomeResult outcome = result.outcome(ref.outcome().name()).orElseThrow();
        return new ConflictVerdict.Answer(ref.display(), owner.guideline().id(), outcome.value(),
                DecidingSteps.of(result.explanation(), ref.outcome()));
    }

    private String blocked(CompletionSearch.Result result) {
        Map<String, Object> part = Witnesses.patient(inputs, result.values());
        String where = part.isEmpty() ? "for some patients" : "for patients with " + Witnesses.text(guideline, part);
        List<String> deciding = List.copyOf(index.names(result.blocked()));
        String names = deciding.size() == 1 ? deciding.get(0)
                : String.join(", ", deciding.subList(0, deciding.size() - 1)) + " and " + deciding.get(deciding.size() - 1);
        return "it may hold " + where + ": what decides it there, " + names + ", is read in arithmetic or compared "
                + "with another input, which the proof does not split into cases";
    }

    /** The outcomes {@code condition} reads, each once, in the order written (through definitions too). */
    static List<CExpr.OutcomeRef> outcomesRead(CExpr condition) {
        Map<String, CExpr.OutcomeRef> found = new LinkedHashMap<>();
        collect(condition, found);
        return List.copyOf(found.values());
    }

    private static void collect(CExpr expr, Map<String, CExpr.OutcomeRef> found) {
        if (expr instanceof CExpr.OutcomeRef ref) {
            found.putIfAbsent(ref.guideline() + "." + ref.outcome().name(), ref);
        } else if (expr instanceof CExpr.DefinitionRef d) {
            collect(d.definition().value(), found);
        }
        expr.children().forEach(operand -> collect(operand, found));
    }
}
