package org.guidelang.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * How a generated evaluator decides one criteria set, with the reference interpreter's semantics:
 * the requirement counts the absolute criteria that hold (met when enough hold, failed when too
 * few can still hold); then the relative criteria choose between the met outcome (all hold) and
 * the exception outcome (one fails). Codes are indexes into {@link #codes()}; immutable once built.
 */
public final class CriteriaSetLogic {
    /** {@link #decide} answers this when the criteria set is undetermined. */
    public static final int UNDETERMINED = -1;

    private final List<String> codes;
    private final int required;
    private final int met;
    private final int exception;
    private final int unmet;
    private final List<Criterion> criteria;
    private final boolean total;

    private record Criterion(int element, boolean relative, String stepName, String text, String citation) {}

    private CriteriaSetLogic(Builder b) {
        this.codes = b.codes;
        this.required = b.required;
        this.met = b.met;
        this.exception = b.exception;
        this.unmet = b.unmet;
        this.criteria = List.copyOf(b.criteria);
        this.total = b.total;
    }

    /**
     * A criteria set yielding {@code met}, {@code exception} (null when no criterion is relative)
     * or {@code unmet}, requiring {@code required} absolute criteria to hold.
     */
    public static Builder builder(List<String> codes, int required, String met, String exception, String unmet) {
        return new Builder(codes, required, met, exception, unmet);
    }

    public List<String> codes() {
        return codes;
    }

    /**
     * The index of the resulting code, or {@link #UNDETERMINED}; one step per criterion goes to
     * {@code trace}, and a closing "undetermined" step when the criteria leave the set open (which
     * {@link ExactAnswers} then states exactly, as it does a table's).
     */
    public int decide(Conditions conditions, String label, List<ExplanationStep> trace) {
        int held = 0;
        int unknown = 0;
        Truth relative = Truth.TRUE;
        for (Criterion criterion : criteria) {
            Truth truth = conditions.condition(criterion.element);
            if (trace != null) {
                trace.add(new ExplanationStep(label, criterion.stepName, criterion.text, StepStatus.of(truth),
                        conditions.values(criterion.element), criterion.citation, conditions::unit));
            }
            if (criterion.relative) {
                relative = relative.and(truth);
            } else if (truth == Truth.TRUE) {
                held++;
            } else if (truth == Truth.UNKNOWN) {
                unknown++;
            }
        }
        int code = outcomeOf(held, unknown, relative);
        if (code == UNDETERMINED && trace != null) {
            List<String> possible = new ArrayList<>();
            long bits = total ? codesOf(held, unknown, relative) : (1L << codes.size()) - 1;
            for (; bits != 0L; bits &= bits - 1) {
                possible.add(codes.get(Long.numberOfTrailingZeros(bits)));
            }
            trace.add(new ExplanationStep(label, "undetermined", "could be " + ValueText.possible(possible)
                    + " until its open criteria are known", StepStatus.UNKNOWN, java.util.Map.of(), null));
        }
        return code;
    }

    /**
     * The code decided by {@code held} and {@code unknown} absolute criteria and the conjunction
     * {@code relative} of the relative ones, or {@link #UNDETERMINED}; generated straight-line
     * code counts them as {@link #decide} does.
     */
    public int outcomeOf(int held, int unknown, Truth relative) {
        if (held >= required) {
            if (relative == Truth.UNKNOWN) {
                return UNDETERMINED;
            }
            return relative == Truth.TRUE ? met : exception;
        }
        return held + unknown < required ? unmet : UNDETERMINED;
    }

    /**
     * The missing inputs that could decide an undetermined set, from the missing inputs of its
     * unknown absolute and relative criteria: met, only the relative ones are open; otherwise the
     * relative ones matter too, should it turn out met.
     */
    public long missingOf(int held, long absolute, long relative) {
        return held >= required ? relative : absolute | relative;
    }

    /** The missing inputs that could decide the set, when {@link #decide} answered UNDETERMINED. */
    public long missing(Conditions conditions) {
        int held = 0;
        long absolute = 0L;
        long relative = 0L;
        for (Criterion criterion : criteria) {
            Truth truth = conditions.condition(criterion.element);
            if (truth == Truth.TRUE && !criterion.relative) {
                held++;
            } else if (truth == Truth.UNKNOWN) {
                if (criterion.relative) {
                    relative |= conditions.missing(criterion.element);
                } else {
                    absolute |= conditions.missing(criterion.element);
                }
            }
        }
        return missingOf(held, absolute, relative);
    }

    /**
     * The codes still possible (bits over {@link #codes()}) when {@link #decide} answered
     * UNDETERMINED, or {@link PossibleCodes#UNKNOWN} unless the set is total (its criteria are
     * decided for every complete patient). Met or exception as the relative criteria allow; unmet
     * too while the requirement is open.
     */
    public long possible(Conditions conditions) {
        if (!total) {
            return PossibleCodes.UNKNOWN;
        }
        int held = 0;
        int unknown = 0;
        Truth relative = Truth.TRUE;
        for (Criterion criterion : criteria) {
            Truth truth = conditions.condition(criterion.element);
            if (criterion.relative) {
                relative = relative.and(truth);
            } else if (truth == Truth.TRUE) {
                held++;
            } else if (truth == Truth.UNKNOWN) {
                unknown++;
            }
        }
        return possibleOf(held, unknown, relative);
    }

    private long codesOf(int held, int unknown, Truth relative) {
        long possible = 0L;
        if (relative != Truth.FALSE) {
            possible |= 1L << met;
        }
        if (relative != Truth.TRUE) {
            possible |= 1L << exception;
        }
        if (held < required && held + unknown >= required) {
            possible |= 1L << unmet;
        }
        return possible;
    }

    /** The codes still possible when {@link #outcomeOf} answered UNDETERMINED, as {@link #possible} gives them. */
    public long possibleOf(int held, int unknown, Truth relative) {
        return total ? codesOf(held, unknown, relative) : PossibleCodes.UNKNOWN;
    }

    /** Collects the criteria of one set in order. */
    public static final class Builder {
        private final List<String> codes;
        private final int required;
        private final int met;
        private final int exception;
        private final int unmet;
        private final List<Criterion> criteria = new ArrayList<>();
        private boolean total;

        private Builder(List<String> codes, int required, String met, String exception, String unmet) {
            this.codes = List.copyOf(codes);
            this.required = required;
            this.met = index(met);
            this.exception = exception == null ? UNDETERMINED : index(exception);
            this.unmet = index(unmet);
        }

        private int index(String code) {
            int index = codes.indexOf(code);
            if (index < 0) {
                throw new IllegalArgumentException("unknown code " + code);
            }
            return index;
        }

        /** Criterion {@code name} with condition {@code element}; {@code text} is shown in explanations. */
        public Builder criterion(int element, String name, boolean relative, String text, String citation) {
            criteria.add(new Criterion(element, relative, (relative ? "relative criterion " : "criterion ") + name,
                    text, citation));
            return this;
        }

        /**
         * Declares every criterion decided for every complete patient (it reads no outcome that
         * could stay undetermined), so {@link #possible} may narrow the codes of an undetermined set.
         */
        public Builder total() {
            total = true;
            return this;
        }

        public CriteriaSetLogic build() {
            return new CriteriaSetLogic(this);
        }
    }
}
