package org.guidelang.compiler.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.CitationRef;
import org.guidelang.compiler.model.CodeSet;
import org.guidelang.compiler.model.CriteriaSet;
import org.guidelang.compiler.model.DecisionTable;
import org.guidelang.compiler.model.Outcome;
import org.guidelang.compiler.model.Recommendation;
import org.guidelang.runtime.Conditions;
import org.guidelang.runtime.CriteriaSetLogic;
import org.guidelang.runtime.DecisionTableLogic;
import org.guidelang.runtime.ExplanationStep;
import org.guidelang.runtime.InputIndex;
import org.guidelang.runtime.PossibleCodes;
import org.guidelang.runtime.RecommendationLogic;
import org.guidelang.runtime.Truth;
import org.guidelang.runtime.Unit;

/**
 * Decides one outcome with the runtime's logic classes, the very ones generated evaluators call,
 * so that the semantics of tables, criteria sets and recommendations exist once. The outcome's
 * conditions are numbered in order (element {@code i} is rule, criterion or condition {@code i})
 * and evaluated by the interpreter's {@link Evaluator}. {@code total} says the static analysis
 * proved the outcome decided for every complete patient, so its possible codes may be narrowed.
 */
final class OutcomeLogic {
    private OutcomeLogic() {}

    static Interpreter.Decision decide(Outcome outcome, boolean total, Evaluator evaluator, InputIndex inputs,
            Function<String, Unit> units, String label, List<ExplanationStep> trace) {
        if (outcome instanceof DecisionTable table) {
            EvaluatedConditions conditions = new EvaluatedConditions(evaluator, inputs, units,
                    table.rules().stream().map(DecisionTable.Rule::condition).toList());
            DecisionTableLogic logic = table(table, inputs, total);
            int code = logic.decide(conditions, label, trace);
            if (code != DecisionTableLogic.UNDETERMINED) {
                return new Interpreter.Decision(logic.codes().get(code), Set.of());
            }
            return new Interpreter.Decision(null, inputs.names(logic.missing(conditions)),
                    PossibleCodes.names(logic.possibleCodes(conditions), logic.codes()));
        }
        if (outcome instanceof CriteriaSet set) {
            EvaluatedConditions conditions = new EvaluatedConditions(evaluator, inputs, units,
                    set.criteria().stream().map(CriteriaSet.Criterion::condition).toList());
            CriteriaSetLogic logic = criteria(set, total);
            int code = logic.decide(conditions, label, trace);
            if (code != CriteriaSetLogic.UNDETERMINED) {
                return new Interpreter.Decision(logic.codes().get(code), Set.of());
            }
            return new Interpreter.Decision(null, inputs.names(logic.missing(conditions)),
                    PossibleCodes.names(logic.possible(conditions), logic.codes()));
        }
        Recommendation rec = (Recommendation) outcome;
        EvaluatedConditions conditions = new EvaluatedConditions(evaluator, inputs, units,
                rec.condition() == null ? List.of() : List.of(rec.condition()));
        RecommendationLogic logic = rec.condition() == null
                ? RecommendationLogic.always(rec.text(), CitationRef.text(rec.citations()))
                : RecommendationLogic.when(0, rec.conditionText(), CitationRef.text(rec.citations()));
        Truth truth = logic.decide(conditions, label, trace);
        if (truth.isUnknown()) {
            return new Interpreter.Decision(null, inputs.names(logic.missing(conditions)));
        }
        return new Interpreter.Decision(truth.isTrue(), Set.of());
    }

    /** The values of {@code outcome} in bit order: its codes, or false and true for a recommendation. */
    static List<Object> values(Outcome outcome) {
        if (outcome instanceof DecisionTable table) {
            return List.copyOf(names(table.codes()));
        }
        if (outcome instanceof CriteriaSet set) {
            return List.copyOf(names(set.codes()));
        }
        return List.of(Boolean.FALSE, Boolean.TRUE);
    }

    private static DecisionTableLogic table(DecisionTable table, InputIndex inputs, boolean total) {
        String cited = CitationRef.text(table.citations());
        DecisionTableLogic.Builder builder = table.policy() == DecisionTable.HitPolicy.UNIQUE
                ? DecisionTableLogic.unique(names(table.codes()), inputs, cited)
                : DecisionTableLogic.firstHit(names(table.codes()), inputs, cited);
        for (int i = 0; i < table.rules().size(); i++) {
            DecisionTable.Rule rule = table.rules().get(i);
            builder.rule(rule.number(), i, rule.code(), rule.text(),
                    CitationRef.firstText(rule.citations(), table.citations()));
        }
        if (table.otherwise() != null) {
            builder.otherwise(table.otherwise().code(),
                    CitationRef.firstText(table.otherwise().citations(), table.citations()));
        }
        if (total) {
            builder.total();
        }
        return builder.build();
    }

    private static CriteriaSetLogic criteria(CriteriaSet set, boolean total) {
        CriteriaSetLogic.Builder builder = CriteriaSetLogic.builder(names(set.codes()), set.required(), set.metCode(),
                set.exceptionCode(), set.unmetCode());
        for (int i = 0; i < set.criteria().size(); i++) {
            CriteriaSet.Criterion criterion = set.criteria().get(i);
            builder.criterion(i, criterion.name(), criterion.relative(), criterion.label() + ": " + criterion.text(),
                    CitationRef.firstText(criterion.citations(), set.citations()));
        }
        if (total) {
            builder.total();
        }
        return builder.build();
    }

    private static List<String> names(CodeSet codes) {
        return codes.codes().stream().map(CodeSet.Code::name).toList();
    }

    /** An outcome's conditions, each evaluated once, on first use. */
    private static final class EvaluatedConditions implements Conditions {
        private final Evaluator evaluator;
        private final InputIndex inputs;
        private final Function<String, Unit> units;
        private final List<CExpr> conditions;
        private final List<Val> values;

        EvaluatedConditions(Evaluator evaluator, InputIndex inputs, Function<String, Unit> units, List<CExpr> conditions) {
            this.evaluator = evaluator;
            this.inputs = inputs;
            this.units = units;
            this.conditions = conditions;
            this.values = new ArrayList<>();
            for (int i = 0; i < conditions.size(); i++) {
                values.add(null);
            }
        }

        private Val value(int element) {
            Val value = values.get(element);
            if (value == null) {
                value = evaluator.eval(conditions.get(element));
                values.set(element, value);
            }
            return value;
        }

        @Override
        public Truth condition(int element) {
            return value(element).truth();
        }

        @Override
        public long missing(int element) {
            Val value = value(element);
            if (!value.truth().isUnknown()) {
                return 0L;
            }
            long bits = 0L;
            List<String> names = inputs.names();
            for (String name : value.missing()) {
                int bit = names.indexOf(name);
                if (bit >= 0) {
                    bits |= 1L << bit;
                }
            }
            return bits;
        }

        @Override
        public Map<String, Object> values(int element) {
            return evaluator.values(conditions.get(element));
        }

        @Override
        public Unit unit(String name) {
            return units.apply(name);
        }
    }
}
