package org.guidelang.runtime;

/**
 * Composes sets of missing inputs (bits of an {@link InputIndex}) in generated code as the
 * interpreter composes them: a value that is missing lacks the inputs its missing operands lack,
 * and a value that is known lacks nothing. None of these methods allocates.
 *
 * <pre>{@code
 * // ki67 > 20% or mitoticCount > 20
 * MissingInputs.of(gt(ki67, 20.0).or(gt(mitoticCount, 20.0)),
 *         MissingInputs.of(gt(ki67, 20.0), MissingInputs.of(ki67, 1L << 1))
 *         | MissingInputs.of(gt(mitoticCount, 20.0), MissingInputs.of(mitoticCount, 1L << 2)))
 * }</pre>
 */
public final class MissingInputs {
    private MissingInputs() {}

    /** {@code operands} if {@code value} is unknown, else 0. */
    public static long of(Truth value, long operands) {
        return value == Truth.UNKNOWN ? operands : 0L;
    }

    /** {@code operands} if {@code value} is missing (NaN), else 0. */
    public static long of(double value, long operands) {
        return value != value ? operands : 0L;
    }

    /** {@code operands} if {@code value} (a code) is missing (null), else 0. */
    public static long of(Object value, long operands) {
        return value == null ? operands : 0L;
    }
}
