package org.guidelang.compiler.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.CodeSet;
import org.guidelang.compiler.model.CriteriaSet;
import org.guidelang.compiler.model.DecisionTable;
import org.guidelang.compiler.model.InputDecl;
import org.guidelang.compiler.model.Outcome;
import org.guidelang.compiler.model.Recommendation;
import org.guidelang.compiler.model.Type;
import org.guidelang.runtime.Decimals;
import org.guidelang.runtime.EvaluationResult;
import org.guidelang.runtime.InputKind;
import org.guidelang.runtime.OutcomeResult;
import org.guidelang.runtime.Range;
import org.guidelang.runtime.Unit;

/**
 * Exact three-valued answers, proven by brute force, for any engine that evaluates a checked
 * guideline (the interpreter, a generated class): for random partial patients, every completion
 * of the missing inputs over a boundary grid (each constant of the guideline converted to the
 * input's unit, a hair either side, and the nearest numbers a patient can have either side of it,
 * as a patient's number is a double standing for its shortest decimal; the range ends; every
 * code; both truth values) is
 * evaluated by {@link CompletePatientOracle}, which shares no code with the interpreter or the
 * runtime. The engine must answer: determined exactly when all completions agree; the possible
 * values exactly those the completions give; the missing inputs exactly those of some minimal change
 * between two completions with different answers ({@link #deciding}; without constraints, those
 * whose value alone changes the answer). Where a missing input is read in a way the
 * refinement does not split (arithmetic, comparison with another input, {@code is known}), the
 * answer must be sound: no possible value or deciding input left out, no wrong decision.
 * Constraints between inputs count as docs/language.md §5.1 says: a patient whose given values
 * break one must be refused, and is not evaluated; a completion that breaks one is no completion
 * at all; the oracle evaluates the constraints itself.
 */
public final class ExactAnswersBruteForce {
    private static final int MAX_COMPLETIONS = Boolean.getBoolean("guidelang.long") ? 20_000 : 1_500;

    // The NEN guidelines' constraints refuse most random patients of liver_transplantation.
    private static final int DRAWS_PER_PATIENT = 10;

    private ExactAnswersBruteForce() {}

    /**
     * Checks {@code engine}'s answers for {@code patients} random partial patients of {@code
     * guideline} (seeded by its id) against every completion over the boundary grid; patients that
     * break a constraint (checked to be refused) or that no completion keeps do not count, and
     * more are drawn, up to {@link #DRAWS_PER_PATIENT} per patient asked for. {@code
     * engine} gets the patient as a validated map: numbers as Double, codes as String, Boolean;
     * {@code refuses} says whether the engine refuses a patient for breaking a constraint.
     */
    public static void check(CheckedGuideline guideline, Function<Map<String, Object>, EvaluationResult> engine,
            Predicate<Map<String, Object>> refuses, int patients) {
        Random random = new Random(guideline.id().hashCode());
        Map<String, List<Object>> grid = grid(guideline);
        Set<String> soundOnly = soundOnly(guideline);
        int checked = 0;
        for (int n = 0; checked < patients && n < patients * DRAWS_PER_PATIENT; n++) {
            Map<String, Object> patient = partialPatient(guideline, grid, random);
            List<String> missing = guideline.inputs().stream().map(InputDecl::name)
                    .filter(name -> !patient.containsKey(name)).toList();
            boolean breaks = !new CompletePatientOracle(patient, new HashSet<>(missing)).satisfiesConstraints(guideline);
            assertEquals(breaks, refuses.test(engineView(patient)), "refused: " + guideline.id() + " " + patient);
            if (breaks) {
                continue;
            }
            Map<String, Expected> expected = bruteForce(guideline, patient, missing, grid);
            if (expected == null) {
                continue; // no completion satisfies the constraints, though none is false as given
            }
            checked++;
            EvaluationResult result = engine.apply(engineView(patient));
            boolean exact = missing.stream().noneMatch(soundOnly::contains);
            for (Outcome outcome : guideline.outcomes()) {
                OutcomeResult actual = result.outcome(outcome.name()).orElseThrow();
                Expected truth = expected.get(outcome.name());
                String where = guideline.id() + "." + outcome.name() + " for " + patient + " (missing " + missing + ")";
                compare(truth, actual, exact, where);
            }
        }
        assertTrue(checked >= patients / 2, guideline.id() + ": only " + checked + " patients satisfied the constraints");
    }

    private record Expected(List<Object> values, Set<String> missing) {}

    private static void compare(Expected truth, OutcomeResult actual, boolean exact, String where) {
        if (truth.values().size() == 1 && truth.values().get(0) != CompletePatientOracle.NONE) {
            if (exact) {
                assertEquals(truth.values().get(0), actual.value(), "determined: " + where);
            } else if (actual.isDetermined()) {
                assertEquals(truth.values().get(0), actual.value(), "sound decision: " + where);
            }
            return;
        }
        assertEquals(null, actual.value(), "undetermined: " + where);
        List<Object> possible = new ArrayList<>();
        for (Object value : actual.possible()) {
            possible.add(OutcomeResult.NO_VALUE.equals(value) ? CompletePatientOracle.NONE : value);
        }
        if (truth.values().equals(List.of(CompletePatientOracle.NONE))) {
            if (exact) {
                assertEquals(Set.of(), actual.missing(), "no value for every completion: " + where);
            }
            return;
        }
        if (exact) {
            assertEquals(truth.values(), possible, "possible values: " + where);
            assertEquals(truth.missing(), actual.missing(), "deciding inputs: " + where);
        } else {
            if (!possible.isEmpty()) {
                assertTrue(possible.containsAll(truth.values()), "no possible value left out: " + where
                        + " expected " + truth.values() + " got " + possible);
            }
            assertTrue(actual.missing().containsAll(truth.missing()), "no deciding input left out: " + where
                    + " expected " + truth.missing() + " got " + actual.missing());
        }
    }

    /**
     * Values over every completion that satisfies the constraints, in the outcome's order; the
     * deciding inputs as docs/language.md §9.1 defines them ({@link #deciding}); null when no
     * completion satisfies the constraints.
     */
    private static Map<String, Expected> bruteForce(CheckedGuideline g, Map<String, Object> patient,
            List<String> missing, Map<String, List<Object>> grid) {
        int[] sizes = new int[missing.size()];
        int count = 1;
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = grid.get(missing.get(i)).size();
            count *= sizes[i];
        }
        // values[outcome][completion]: the value's place in the outcome's order, -1 where a constraint is broken.
        Map<String, int[]> values = new HashMap<>();
        for (Outcome outcome : g.outcomes()) {
            values.put(outcome.name(), new int[count]);
        }
        boolean any = false;
        for (int index = 0; index < count; index++) {
            Map<String, Object> completion = new HashMap<>(patient);
            int[] digits = digits(index, sizes);
            for (int i = 0; i < digits.length; i++) {
                completion.put(missing.get(i), grid.get(missing.get(i)).get(digits[i]));
            }
            CompletePatientOracle oracle = new CompletePatientOracle(completion, new HashSet<>(missing));
            boolean valid = oracle.satisfiesConstraints(g);
            any |= valid;
            for (Outcome outcome : g.outcomes()) {
                values.get(outcome.name())[index] = valid ? order(outcome).indexOf(oracle.outcome(g, outcome)) : -1;
            }
        }
        if (!any) {
            return null;
        }
        Map<String, Expected> expected = new HashMap<>();
        for (Outcome outcome : g.outcomes()) {
            int[] value = values.get(outcome.name());
            List<Object> ordered = new ArrayList<>();
            List<Object> order = order(outcome);
            for (int v = 0; v < order.size(); v++) {
                final int place = v;
                if (java.util.Arrays.stream(value).anyMatch(x -> x == place)) {
                    ordered.add(order.get(v));
                }
            }
            Set<String> deciding = new TreeSet<>();
            long bits = ordered.size() > 1 ? deciding(value, sizes) : 0L;
            for (int i = 0; i < missing.size(); i++) {
                if ((bits & 1L << i) != 0L) {
                    deciding.add(missing.get(i));
                }
            }
            expected.put(outcome.name(), new Expected(ordered, deciding));
        }
        return expected;
    }

    /** Completion {@code index}'s value of each missing input, as places in its grid (the first varying fastest). */
    private static int[] digits(int index, int[] sizes) {
        int[] digits = new int[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            digits[i] = index % sizes[i];
            index /= sizes[i];
        }
        return digits;
    }

    /**
     * The deciding inputs, straight from the definition (docs/language.md §9.1), as bits over the
     * missing inputs: {@code x} is one when two completions {@code c}, {@code c'} that satisfy the
     * constraints ({@code value} not -1) have different values, {@code x} among the inputs where
     * they differ ({@code Δ}), and every completion that takes {@code c'}'s values on a proper
     * part of {@code Δ} and {@code c}'s elsewhere, if it satisfies the constraints, has {@code
     * c}'s value. Every pair is tried; a pair that could add no input is skipped.
     */
    static long deciding(int[] value, int[] sizes) {
        int count = value.length;
        int[][] digits = new int[count][];
        for (int index = 0; index < count; index++) {
            digits[index] = digits(index, sizes);
        }
        int[] places = new int[sizes.length];
        for (int i = 0, place = 1; i < sizes.length; place *= sizes[i], i++) {
            places[i] = place;
        }
        long listed = 0L;
        for (int c = 0; c < count; c++) {
            if (value[c] < 0) {
                continue;
            }
            for (int d = 0; d < count; d++) {
                if (value[d] < 0 || value[d] == value[c]) {
                    continue;
                }
                long delta = 0L;
                for (int i = 0; i < sizes.length; i++) {
                    if (digits[c][i] != digits[d][i]) {
                        delta |= 1L << i;
                    }
                }
                if ((delta & ~listed) != 0L && minimal(value, c, d, delta, digits, places)) {
                    listed |= delta;
                }
            }
        }
        return listed;
    }

    /** Whether no completion between {@code c} and {@code d} (d's values on a proper part of {@code delta}) satisfies the constraints with a value other than c's. */
    private static boolean minimal(int[] value, int c, int d, long delta, int[][] digits, int[] places) {
        int[] at = new int[Long.bitCount(delta)];
        int n = 0;
        for (long bits = delta; bits != 0L; bits &= bits - 1) {
            at[n++] = Long.numberOfTrailingZeros(bits);
        }
        for (int part = (1 << n) - 2; part > 0; part--) {
            int mix = c;
            for (int k = 0; k < n; k++) {
                if ((part & 1 << k) != 0) {
                    mix += (digits[d][at[k]] - digits[c][at[k]]) * places[at[k]];
                }
            }
            if (value[mix] >= 0 && value[mix] != value[c]) {
                return false;
            }
        }
        return true;
    }

    private static List<Object> order(Outcome outcome) {
        List<Object> order = new ArrayList<>();
        if (outcome instanceof DecisionTable table) {
            order.addAll(table.codes().names());
        } else if (outcome instanceof CriteriaSet set) {
            order.addAll(set.codes().names());
        } else if (outcome instanceof Recommendation) {
            order.add(Boolean.FALSE);
            order.add(Boolean.TRUE);
        }
        order.add(CompletePatientOracle.NONE);
        return order;
    }

    /** A random partial patient whose completions number at most {@link #MAX_COMPLETIONS}. */
    private static Map<String, Object> partialPatient(CheckedGuideline g, Map<String, List<Object>> grid,
            Random random) {
        double missingShare = random.nextDouble();
        Map<String, Object> patient = new LinkedHashMap<>();
        long completions = 1;
        List<InputDecl> inputs = new ArrayList<>(g.inputs());
        java.util.Collections.shuffle(inputs, random);
        for (InputDecl input : inputs) {
            List<Object> values = grid.get(input.name());
            if (random.nextDouble() < missingShare && completions * values.size() <= MAX_COMPLETIONS) {
                completions *= values.size();
            } else {
                patient.put(input.name(), values.get(random.nextInt(values.size())));
            }
        }
        return patient;
    }

    /** The patient as the interpreter reads it: numbers as Double. */
    private static Map<String, Object> engineView(Map<String, Object> patient) {
        Map<String, Object> view = new HashMap<>();
        patient.forEach((k, v) -> view.put(k, v instanceof BigDecimal d ? (Object) d.doubleValue() : v));
        return view;
    }

    /** Per input: codes, truth values, or numbers on, beside and between every constant. */
    static Map<String, List<Object>> grid(CheckedGuideline g) {
        List<Constant> constants = new ArrayList<>();
        constants(g, constants, new HashSet<>());
        Map<String, List<Object>> grid = new HashMap<>();
        for (InputDecl input : g.inputs()) {
            InputKind kind = input.spec().kind();
            if (kind == InputKind.BOOLEAN) {
                grid.put(input.name(), List.of(Boolean.FALSE, Boolean.TRUE));
            } else if (kind == InputKind.CODE) {
                grid.put(input.name(), new ArrayList<>(input.codes().codes().stream().map(CodeSet.Code::name).toList()));
            } else {
                grid.put(input.name(), numbers(input, constants));
            }
        }
        return grid;
    }

    private record Constant(BigDecimal value, Unit unit) {}

    private static List<Object> numbers(InputDecl input, List<Constant> constants) {
        Unit unit = ((Type.Num) input.type()).unit();
        boolean whole = input.spec().isWholeNumber();
        BigDecimal hair = whole ? BigDecimal.ONE : new BigDecimal("0.001");
        Range range = input.spec().range();
        TreeSet<BigDecimal> points = new TreeSet<>();
        for (Constant c : constants) {
            if (c.unit() == unit || c.unit() == Unit.NONE || unit == Unit.NONE || c.unit().convertibleTo(unit)) {
                BigDecimal t = CompletePatientOracle.convert(c.value(), c.unit(), unit);
                if (t.precision() > 30) {
                    points.add(t.setScale(6, java.math.RoundingMode.FLOOR));
                    points.add(t.setScale(6, java.math.RoundingMode.CEILING));
                    continue;
                }
                points.add(t);
                points.add(t.subtract(hair));
                points.add(t.add(hair));
                if (!whole) {
                    // The closest a patient's number comes to t: the doubles around it.
                    double nearest = t.doubleValue();
                    points.add(Decimals.of(nearest));
                    points.add(Decimals.of(Math.nextDown(nearest)));
                    points.add(Decimals.of(Math.nextUp(nearest)));
                }
            }
        }
        if (range.hasLowerBound()) {
            BigDecimal lo = new BigDecimal(Double.toString(range.lo()));
            points.add(lo);
            points.add(lo.add(hair));
        }
        if (range.hasUpperBound()) {
            BigDecimal hi = new BigDecimal(Double.toString(range.hi()));
            points.add(hi);
            points.add(hi.subtract(hair));
        }
        if (!points.isEmpty()) {
            points.add(points.last().add(BigDecimal.ONE));
        }
        points.add(BigDecimal.ZERO);
        Set<BigDecimal> inside = new LinkedHashSet<>();
        for (BigDecimal p : points) {
            boolean isWhole = p.stripTrailingZeros().scale() <= 0;
            // Only numbers a patient can have: a double's decimal (2.9999999999999999 is read as 3, and refused).
            if (range.contains(p.doubleValue()) && (!whole || isWhole) && Decimals.fitsDouble(p)) {
                inside.add(p.stripTrailingZeros());
            }
        }
        return new ArrayList<>(inside);
    }

    /** Every numeric constant and parameter of {@code g} and its imports, with its unit. */
    private static void constants(CheckedGuideline g, List<Constant> out, Set<String> seen) {
        if (!seen.add(g.id())) {
            return;
        }
        g.imports().forEach(i -> constants(i.guideline(), out, seen));
        for (var param : g.params()) {
            if (param.value() instanceof Number n && param.type() instanceof Type.Num num) {
                out.add(new Constant(new BigDecimal(n.toString()), num.unit()));
            }
        }
        for (Outcome outcome : g.outcomes()) {
            if (outcome instanceof DecisionTable t) {
                t.rules().forEach(r -> constantsIn(r.condition(), out));
            } else if (outcome instanceof CriteriaSet s) {
                s.criteria().forEach(c -> constantsIn(c.condition(), out));
            } else if (outcome instanceof Recommendation r && r.condition() != null) {
                constantsIn(r.condition(), out);
            }
        }
        g.definitions().forEach(d -> constantsIn(d.value(), out));
        g.constraints().forEach(c -> constantsIn(c.condition(), out));
    }

    private static void constantsIn(CExpr e, List<Constant> out) {
        if (e instanceof CExpr.Const c && c.value() instanceof Number n && c.type() instanceof Type.Num num) {
            out.add(new Constant(new BigDecimal(n.toString()), num.unit()));
        } else if (e instanceof CExpr.And a) {
            constantsIn(a.left(), out);
            constantsIn(a.right(), out);
        } else if (e instanceof CExpr.Or o) {
            constantsIn(o.left(), out);
            constantsIn(o.right(), out);
        } else if (e instanceof CExpr.Not n) {
            constantsIn(n.operand(), out);
        } else if (e instanceof CExpr.Compare c) {
            constantsIn(c.left(), out);
            constantsIn(c.right(), out);
        } else if (e instanceof CExpr.Arithmetic a) {
            constantsIn(a.left(), out);
            constantsIn(a.right(), out);
        } else if (e instanceof CExpr.Negate n) {
            if (n.operand() instanceof CExpr.Const c && c.value() instanceof Number v && c.type() instanceof Type.Num num) {
                out.add(new Constant(new BigDecimal(v.toString()).negate(), num.unit()));
            }
            constantsIn(n.operand(), out);
        } else if (e instanceof CExpr.InRange r) {
            constantsIn(r.operand(), out);
            if (r.low() != null) {
                constantsIn(r.low(), out);
            }
            if (r.high() != null) {
                constantsIn(r.high(), out);
            }
        } else if (e instanceof CExpr.InSet s) {
            constantsIn(s.operand(), out);
            s.items().forEach(i -> constantsIn(i, out));
        } else if (e instanceof CExpr.IsKnown k) {
            constantsIn(k.operand(), out);
        }
    }

    /**
     * Inputs whose answers need only be sound: read in arithmetic, compared with anything but a
     * constant, or asked {@code is known}. Found here by a walk of its own, not the interpreter's.
     */
    private static Set<String> soundOnly(CheckedGuideline g) {
        Set<String> out = new LinkedHashSet<>();
        soundOnly(g, out, new HashSet<>());
        return out;
    }

    private static void soundOnly(CheckedGuideline g, Set<String> out, Set<String> seen) {
        if (!seen.add(g.id())) {
            return;
        }
        g.imports().forEach(i -> soundOnly(i.guideline(), out, seen));
        List<CExpr> all = new ArrayList<>();
        g.definitions().forEach(d -> all.add(d.value()));
        g.constraints().forEach(c -> all.add(c.condition()));
        for (Outcome outcome : g.outcomes()) {
            if (outcome instanceof DecisionTable t) {
                t.rules().forEach(r -> all.add(r.condition()));
            } else if (outcome instanceof CriteriaSet s) {
                s.criteria().forEach(c -> all.add(c.condition()));
            } else if (outcome instanceof Recommendation r && r.condition() != null) {
                all.add(r.condition());
            }
        }
        for (CExpr e : all) {
            inexact(e, out);
        }
    }

    private static void inexact(CExpr e, Set<String> out) {
        if (e instanceof CExpr.IsKnown || e instanceof CExpr.Arithmetic) {
            inputsIn(e, out);
        } else if (e instanceof CExpr.Compare c) {
            boolean plain = c.left() instanceof CExpr.InputRef && constant(c.right())
                    || c.right() instanceof CExpr.InputRef && constant(c.left());
            if (!plain) {
                if (c.left().type() instanceof Type.Bool) {
                    inexact(c.left(), out);
                    inexact(c.right(), out);
                } else {
                    inputsIn(c, out);
                }
            }
        } else if (e instanceof CExpr.InRange r) {
            if (!(r.operand() instanceof CExpr.InputRef) || !(r.low() == null || constant(r.low()))
                    || !(r.high() == null || constant(r.high()))) {
                inputsIn(r, out);
            }
        } else if (e instanceof CExpr.InSet s) {
            if (!(s.operand() instanceof CExpr.InputRef) || !s.items().stream().allMatch(ExactAnswersBruteForce::constant)) {
                inputsIn(s, out);
            }
        } else if (e instanceof CExpr.And a) {
            inexact(a.left(), out);
            inexact(a.right(), out);
        } else if (e instanceof CExpr.Or o) {
            inexact(o.left(), out);
            inexact(o.right(), out);
        } else if (e instanceof CExpr.Not n) {
            inexact(n.operand(), out);
        }
    }

    private static boolean constant(CExpr e) {
        return e instanceof CExpr.Const || e instanceof CExpr.ParamRef
                || e instanceof CExpr.Negate n && constant(n.operand());
    }

    private static void inputsIn(CExpr e, Set<String> out) {
        if (e instanceof CExpr.InputRef i) {
            out.add(i.input().name());
        } else if (e instanceof CExpr.DefinitionRef d) {
            inputsIn(d.definition().value(), out);
        } else if (e instanceof CExpr.And a) {
            inputsIn(a.left(), out);
            inputsIn(a.right(), out);
        } else if (e instanceof CExpr.Or o) {
            inputsIn(o.left(), out);
            inputsIn(o.right(), out);
        } else if (e instanceof CExpr.Not n) {
            inputsIn(n.operand(), out);
        } else if (e instanceof CExpr.Compare c) {
            inputsIn(c.left(), out);
            inputsIn(c.right(), out);
        } else if (e instanceof CExpr.Arithmetic a) {
            inputsIn(a.left(), out);
            inputsIn(a.right(), out);
        } else if (e instanceof CExpr.Negate n) {
            inputsIn(n.operand(), out);
        } else if (e instanceof CExpr.InRange r) {
            inputsIn(r.operand(), out);
        } else if (e instanceof CExpr.InSet s) {
            inputsIn(s.operand(), out);
        } else if (e instanceof CExpr.IsKnown k) {
            inputsIn(k.operand(), out);
        }
    }
}
