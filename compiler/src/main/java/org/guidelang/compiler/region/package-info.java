/**
 * The region algebra: exact sets of patients, over which the coverage analysis proves that
 * tables classify everyone, and on which exact three-valued answers and the conflicts between
 * guidelines are to be built.
 *
 * <h2>The model</h2>
 *
 * A {@link org.guidelang.compiler.region.Space} is built from input declarations (the runtime's
 * {@link org.guidelang.runtime.InputSpec}s), so that the guidelines reading the same inputs can
 * share one. Its {@link org.guidelang.compiler.region.Variable}s are the inputs, plus what a
 * reader adds: outcomes read as variables over their codes, and conditions beyond exact reading
 * as free true/false values. A patient is a point of the product of the variables' domains. A
 * {@link org.guidelang.compiler.region.Region} is a set of patients as a union of disjoint
 * {@link org.guidelang.compiler.region.Box}es; a box gives each variable a
 * {@link org.guidelang.compiler.region.ValueSet}: a
 * {@link org.guidelang.compiler.region.NumberSet} (disjoint
 * {@link org.guidelang.compiler.region.NumberInterval}s with open or closed ends) or a
 * {@link org.guidelang.compiler.region.ChoiceSet} (codes, true/false).
 *
 * <p><b>Missing</b> is a point of a variable's domain: in a space built
 * {@linkplain org.guidelang.compiler.region.Space#withMissing with missing values} every domain
 * holds it, and a value set says whether it includes it. A space of
 * {@linkplain org.guidelang.compiler.region.Space#knownValues known values} leaves it out: the
 * coverage analysis quantifies over known values only (a missing value makes a result honestly
 * undetermined, which the evaluators report). {@code not} is the complement within the space,
 * so over a space with missing values a condition's three values (holds, fails, unknown) are
 * three regions its reader builds, not one.
 *
 * <h2>What is exact</h2>
 *
 * <ul>
 *   <li>{@code and}, {@code or}, {@code minus} and {@code not} are exact: a region is empty if
 *       and only if no patient lies in it, and a witness taken from a box is a patient of the
 *       region.
 *   <li>Numbers are the doubles the runtime compares; interval ends keep their open or closed
 *       flags ({@code ki67 < 3%} and {@code ki67 > 3%} leave exactly {@code ki67 = 3%}); an
 *       unbounded end is open.
 *   <li>Whole-number variables ({@code integer} inputs and counts) hold whole numbers only, so
 *       the gap {@code (2, 3)} over a count is empty and a decimal's is not.
 *   <li>Codes and truth values are finite sets of positions.
 * </ul>
 *
 * <p>Where it stops being exact it says so rather than guess. A region of more than
 * {@link org.guidelang.compiler.region.Region#LIMIT} boxes throws
 * {@link org.guidelang.compiler.region.Region.TooComplex}. What a condition means is its
 * reader's affair: the coverage analysis reads comparisons, intervals and sets of one numeric
 * input with constants and parameters exactly (also through arithmetic with constants, the
 * threshold solved in floating point), codes, booleans and outcomes; anything else (two inputs
 * compared, products of inputs) becomes a condition variable. A result that holds whatever the
 * conditions' values ({@link org.guidelang.compiler.region.Region#definite()}) is proven; one
 * that depends on them is undecided, never guessed. An outcome variable is independent of the
 * inputs it is decided from, so a box may combine values no patient has.
 *
 * <h2>Where it lives</h2>
 *
 * In the compiler, but written to move: it depends on nothing but {@code java.*} and the
 * runtime's input declarations and units (the ArchitectureTest enforces that), and no type here
 * names the compiler's model: a reader (the coverage analysis) translates checked expressions
 * into regions. The interpreter can use it as it is. Exact possible values in generated
 * evaluators need the algebra at run time, and generated code depends on the runtime jar alone:
 * when that comes, this package moves into the runtime unchanged but for its name, and the
 * runtime stays free of dependencies. It does not move before, because every type in the
 * runtime is public API that each generated evaluator ships with. A {@code Space} creates its
 * variables on first use and is not thread-safe; a run-time space would create them all first.
 */
package org.guidelang.compiler.region;
