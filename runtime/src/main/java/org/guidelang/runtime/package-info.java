/**
 * The semantics that the GuideLang reference interpreter and every generated evaluator share:
 * three-valued logic, units, input validation, and result and explanation types.
 *
 * <p>This package depends on nothing but the JDK, so that generated evaluators need only this
 * jar. Every type is immutable and safe to share between threads. Missing values are {@code NaN}
 * for numbers on the hot path, {@code null} for codes and booleans in maps, and
 * {@link org.guidelang.runtime.Truth#UNKNOWN} for conditions.
 */
package org.guidelang.runtime;
