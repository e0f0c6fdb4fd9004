package org.guidelang.runtime;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How a generated evaluator decides one decision table: its rules (conditions, codes, texts and
 * citations) and the hit policy, with the reference interpreter's semantics. First hit: the first
 * rule that holds wins unless an earlier unknown rule would yield another code. Unique: the rule
 * that holds wins; with none known to hold, the unknown rules' codes and the otherwise code
 * compete. Agreeing candidates decide the table; otherwise it is undetermined.
 *
 * <p>Codes are indexes into {@link #codes()}; immutable once built.
 */
public final class DecisionTableLogic {
    /** {@link #decide} answers this when the table is undetermined. */
    public static final int UNDETERMINED = -1;

    /** The most codes whose sets fit one {@code long}, with the bit for "no rule". */
    public static final int MAX_LONG_CODES = Long.SIZE - 1;

    private final boolean unique;
    private final List<String> codes;
    private final InputIndex inputs;
    private final String citation;
    private final List<Rule> rules;
    private final int otherwise;
    private final String otherwiseCitation;
    private final int noRule;
    private final boolean total;

    private record Rule(int element, int code, String stepName, String text, String citation) {}

    private DecisionTableLogic(Builder b) {
        this.unique = b.unique;
        this.codes = b.codes;
        this.inputs = b.inputs;
        this.citation = b.citation;
        this.rules = List.copyOf(b.rules);
        this.otherwise = b.otherwise;
        this.otherwiseCitation = b.otherwiseCitation;
        this.noRule = codes.size();
        this.total = b.total;
    }

    /** A first-hit table yielding one of {@code codes}; {@code citation} is the table's own (may be null). */
    public static Builder firstHit(List<String> codes, InputIndex inputs, String citation) {
        return new Builder(false, codes, inputs, citation);
    }

    /** A unique-hit table yielding one of {@code codes}. */
    public static Builder unique(List<String> codes, InputIndex inputs, String citation) {
        return new Builder(true, codes, inputs, citation);
    }

    public List<String> codes() {
        return codes;
    }

    /**
     * Whether sets of this table's codes fit one {@code long} (with the bit for "no rule"): at most
     * {@value #MAX_LONG_CODES} codes. Wider tables answer {@link #possibleCodes} only.
     */
    public boolean fitsLong() {
        return noRule < Long.SIZE;
    }

    /**
     * The index of the code the table yields, or {@link #UNDETERMINED}; adds one explanation step
     * per rule tried (and a closing step where the interpreter adds one) to {@code trace} unless
     * it is null.
     */
    public int decide(Conditions conditions, String label, List<ExplanationStep> trace) {
        long[] candidates = CodeBits.none(noRule + 1); // bit c: code c may result; bit noRule: no rule may apply
        Set<String> order = trace == null ? null : new LinkedHashSet<>();
        long missing = 0L;
        long[] holdingCodes = unique ? CodeBits.none(noRule) : null; // the codes of the rules that hold
        List<String> holding = trace == null ? null : new ArrayList<>(2);
        int held = UNDETERMINED;
        for (Rule rule : rules) {
            Truth truth = conditions.condition(rule.element);
            if (trace != null) {
                trace.add(new ExplanationStep(label, rule.stepName, rule.text, StepStatus.of(truth),
                        conditions.values(rule.element), rule.citation, conditions::unit));
            }
            if (truth == Truth.TRUE) {
                if (!unique) {
                    CodeBits.set(candidates, rule.code);
                    if (order != null) {
                        order.add(codes.get(rule.code));
                    }
                    return conclude(candidates, order, missing, true, label, trace);
                }
                if (CodeBits.count(holdingCodes) == 0) {
                    held = rule.code;
                }
                CodeBits.set(holdingCodes, rule.code);
                if (holding != null) {
                    holding.add(codes.get(rule.code));
                }
            } else if (truth == Truth.UNKNOWN) {
                CodeBits.set(candidates, rule.code);
                if (order != null) {
                    order.add(codes.get(rule.code));
                }
                missing |= conditions.missing(rule.element);
            }
        }
        if (unique && CodeBits.count(holdingCodes) != 0) {
            if (CodeBits.count(holdingCodes) > 1) {
                if (trace != null) {
                    trace.add(new ExplanationStep(label, "conflict",
                            "several rules of a unique table hold: " + String.join(", ", holding), StepStatus.FAILED,
                            Map.of(), null));
                }
                return UNDETERMINED;
            }
            return held;
        }
        int last = otherwise >= 0 ? otherwise : noRule;
        CodeBits.set(candidates, last);
        if (order != null) {
            order.add(last == noRule ? null : codes.get(last));
        }
        return conclude(candidates, order, missing, false, label, trace);
    }

    private int conclude(long[] candidates, Set<String> order, long missing, boolean winner, String label,
            List<ExplanationStep> trace) {
        if (CodeBits.count(candidates) == 1) {
            int only = CodeBits.first(candidates);
            if (only == noRule) {
                if (trace != null) {
                    trace.add(new ExplanationStep(label, "no rule", "no rule of the table applies", StepStatus.FAILED,
                            Map.of(), citation));
                }
                return UNDETERMINED;
            }
            if (!winner && otherwise >= 0 && trace != null) {
                trace.add(new ExplanationStep(label, "otherwise", "→ " + codes.get(only), StepStatus.HELD, Map.of(),
                        otherwiseCitation));
            }
            return only;
        }
        if (trace != null) {
            List<String> possible = new ArrayList<>();
            for (String code : order) {
                possible.add(code == null ? "no rule" : code);
            }
            trace.add(new ExplanationStep(label, "undetermined", "could be " + ValueText.possible(possible)
                    + " until " + inputs.join(missing) + " is known", StepStatus.UNKNOWN, Map.of(), null));
        }
        return UNDETERMINED;
    }

    /**
     * The code that {@code candidates} decide, or {@link #UNDETERMINED}: bits over {@link
     * #codes()}, with bit {@code codes().size()} for "no rule may apply", gathered by a generated
     * evaluator's straight-line rules as {@link #decide} gathers them. One candidate decides. For
     * tables that {@link #fitsLong()}.
     */
    public int outcomeOf(long candidates) {
        if (Long.bitCount(candidates) != 1) {
            return UNDETERMINED;
        }
        int only = Long.numberOfTrailingZeros(candidates);
        return only == noRule ? UNDETERMINED : only;
    }

    /**
     * The codes still possible when {@link #outcomeOf} answered UNDETERMINED for {@code
     * candidates}, as {@link #possible} gives them ({@code 0} for a conflict of a unique table).
     */
    public long possibleOf(long candidates) {
        return total ? candidates & ~(1L << noRule) : PossibleCodes.UNKNOWN;
    }

    /** The missing inputs that could decide the table, when {@link #decide} answered UNDETERMINED. */
    public long missing(Conditions conditions) {
        long missing = 0L;
        boolean held = false;
        for (Rule rule : rules) {
            Truth truth = conditions.condition(rule.element);
            if (truth == Truth.TRUE) {
                if (!unique) {
                    return missing; // the unknown rules before the one that holds
                }
                held = true;
            }
            if (truth == Truth.UNKNOWN) {
                missing |= conditions.missing(rule.element);
            }
        }
        return held ? 0L : missing; // a unique table whose rules conflict lacks no input
    }

    /**
     * The codes still possible (bits over {@link #codes()}) when {@link #decide} answered
     * UNDETERMINED, or {@link PossibleCodes#UNKNOWN} unless the table is total (every complete
     * patient gets one code) or when its rules already conflict. For tables that {@link
     * #fitsLong()}; {@link #possibleCodes} answers for any table.
     *
     * @throws IllegalStateException for a table of more than {@value #MAX_LONG_CODES} codes
     */
    public long possible(Conditions conditions) {
        if (!fitsLong()) {
            throw new IllegalStateException("a table of " + noRule + " codes answers possibleCodes, not possible");
        }
        long[] possible = possibleCodes(conditions);
        return possible.length == 0 ? PossibleCodes.UNKNOWN : possible[0];
    }

    /**
     * {@link #possible} for a table of any number of codes: words of 64 bits over {@link
     * #codes()} (as {@link java.util.BitSet#toLongArray()}), every bit clear when nothing is known.
     */
    public long[] possibleCodes(Conditions conditions) {
        long[] possible = CodeBits.none(noRule);
        if (!total) {
            return possible;
        }
        for (Rule rule : rules) {
            Truth truth = conditions.condition(rule.element);
            if (truth == Truth.TRUE) {
                if (unique) {
                    return CodeBits.none(noRule); // decided, or a conflict: no code is possible
                }
                CodeBits.set(possible, rule.code);
                return possible;
            }
            if (truth == Truth.UNKNOWN) {
                CodeBits.set(possible, rule.code);
            }
        }
        // Total: when every unknown rule turns out false, the otherwise code applies (if any).
        if (otherwise >= 0) {
            CodeBits.set(possible, otherwise);
        }
        return possible;
    }

    /** Collects the rules of one table in order. */
    public static final class Builder {
        private final boolean unique;
        private final List<String> codes;
        private final InputIndex inputs;
        private final String citation;
        private final List<Rule> rules = new ArrayList<>();
        private int otherwise = -1;
        private String otherwiseCitation;
        private boolean total;

        private Builder(boolean unique, List<String> codes, InputIndex inputs, String citation) {
            this.unique = unique;
            this.codes = List.copyOf(codes);
            this.inputs = Objects.requireNonNull(inputs, "inputs");
            this.citation = citation;
        }

        /**
         * Rule {@code number} (1-based, as shown) with condition {@code element}, yielding {@code
         * code}; {@code text} is the condition as written, {@code citation} the rule's (or the table's).
         */
        public Builder rule(int number, int element, String code, String text, String citation) {
            int index = codes.indexOf(code);
            if (index < 0) {
                throw new IllegalArgumentException("unknown code " + code);
            }
            rules.add(new Rule(element, index, "rule " + number, text + " → " + code, citation));
            return this;
        }

        /** The otherwise code, with its citation (or the table's). */
        public Builder otherwise(String code, String citation) {
            otherwise = codes.indexOf(code);
            if (otherwise < 0) {
                throw new IllegalArgumentException("unknown code " + code);
            }
            otherwiseCitation = citation;
            return this;
        }

        /**
         * Declares the table total, as static analysis proved: every complete patient gets exactly
         * one code (no gap and, for a unique table, no overlap), so {@link #possible} may narrow
         * the codes of an undetermined table.
         */
        public Builder total() {
            total = true;
            return this;
        }

        public DecisionTableLogic build() {
            return new DecisionTableLogic(this);
        }
    }
}
