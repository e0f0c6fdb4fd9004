package org.guidelang.runtime;

/** What happened to one element (rule, criterion, condition) while an outcome was decided. */
public enum StepStatus {
    /** Its condition was true. */
    HELD,
    /** Its condition was false. */
    FAILED,
    /** Its condition depends on a missing value. */
    UNKNOWN,
    /** It was not evaluated, because an earlier element already decided the outcome. */
    SKIPPED;

    /** HELD, FAILED or UNKNOWN for the truth value of the element's condition. */
    public static StepStatus of(Truth truth) {
        switch (truth) {
            case TRUE:
                return HELD;
            case FALSE:
                return FAILED;
            default:
                return UNKNOWN;
        }
    }
}
