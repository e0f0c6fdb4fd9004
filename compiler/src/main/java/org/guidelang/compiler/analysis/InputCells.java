package org.guidelang.compiler.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.CodeSet;
import org.guidelang.compiler.model.Constraint;
import org.guidelang.compiler.model.CriteriaSet;
import org.guidelang.compiler.model.DecisionTable;
import org.guidelang.compiler.model.Definition;
import org.guidelang.compiler.model.InputDecl;
import org.guidelang.compiler.model.Outcome;
import org.guidelang.compiler.model.Recommendation;
import org.guidelang.compiler.model.Quantities;
import org.guidelang.compiler.model.Reads;
import org.guidelang.compiler.model.Type;
import org.guidelang.runtime.Completions;
import org.guidelang.runtime.Decimals;
import org.guidelang.runtime.InputKind;
import org.guidelang.runtime.Range;
import org.guidelang.runtime.Unit;

/**
 * The cells of each input of a guideline (its imports included): classes of values that no
 * condition tells apart, one representative each, for {@link Completions} to split a missing
 * input over. A code input's cells are its codes and a boolean's its two values. A numeric input
 * compared only with constants and parameters is cut at every such threshold (converted exactly
 * to its unit) and at its range ends, into points and the open stretches between them that hold
 * a value (a whole number, for a count); pieces that every test of the input answers alike
 * ({@code x < 50%} is one test, {@code x in [3%, 20%]} two) then form one cell.
 *
 * <p>An input read any other way — in arithmetic, compared with another input or an outcome, or
 * tested with {@code is known} / {@code is missing} (which ask about the record, not the value) —
 * has no cells: it is never split, and answers that depend on it stay sound rather than exact.
 * Over complete patients only ({@link #forCompletePatients}, for the conflict proof) an input has a
 * value in every completion, so {@code is known} asks nothing of it and leaves its cells.
 */
public final class InputCells {
    private static final MathContext PRECISION = new MathContext(60, RoundingMode.HALF_EVEN);

    private final Map<String, Set<BigDecimal>> thresholds = new HashMap<>();
    private final Map<String, Set<Cut>> tests = new HashMap<>();
    private final Set<String> unsplittable = new HashSet<>();
    /**
     * The expressions that took inputs' cells away, and how, for {@link #withoutCells}. Expressions
     * are told apart by identity, here and below (each is one place in the text): a record of the
     * model hashes its whole tree, through method handles linked on first use, which a cold compile
     * pays in tens of milliseconds.
     */
    private final Map<CExpr, Site> sites = new IdentityHashMap<>();
    /** The same, in the order the analysis met them. */
    private final List<Site> sitesInOrder = new ArrayList<>();
    /** The comparison, range, set, {@code is known}, arithmetic or numeric definition being read. */
    private CExpr site;
    /** Whether the input being taken its cells is read inside arithmetic ({@link #unsplit}). */
    private boolean inArithmetic;
    /**
     * Where each input's value is read (compared with constants, or a boolean read as a condition)
     * outside a guard that decides the condition when it is missing ({@code x is known and …},
     * {@code x is missing or …}): such a read is what an input without cells makes inexact.
     */
    private final Map<String, List<CExpr>> unguardedReads = new LinkedHashMap<>();
    /** For each expression in {@link #unguardedReads}, the inputs it is listed under. */
    private final Map<CExpr, Set<String>> unguardedInputs = new IdentityHashMap<>();
    /** The inputs whose guard encloses the expression being read. */
    private final Set<String> guarded = new HashSet<>();
    private final Set<Definition> seenDefinitions = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<String> seenGuidelines = new HashSet<>();
    private final boolean completePatients;

    private InputCells(boolean completePatients) {
        this.completePatients = completePatients;
    }

    /** The cells of {@code guideline}'s inputs, in the order of {@link CheckedGuideline#inputs()}. */
    public static Completions of(CheckedGuideline guideline) {
        return of(guideline, new InputCells(false));
    }

    /**
     * The cells of {@code guideline}'s inputs for completions read as complete patients, where
     * {@code x is known} of an input is decided by the completion (see {@code Interpreter.condition}):
     * an input read only that way is split over its type's cells.
     */
    public static Completions forCompletePatients(CheckedGuideline guideline) {
        return of(guideline, new InputCells(true));
    }

    private static Completions of(CheckedGuideline guideline, InputCells cells) {
        cells.visit(guideline);
        int count = guideline.inputs().size();
        Object[][] byInput = new Object[count][];
        Object[][] cuts = new Object[count][];
        Object[][] pieces = new Object[count][];
        for (int i = 0; i < count; i++) {
            InputDecl input = guideline.inputs().get(i);
            List<Object> representatives = cells.representatives(input);
            byInput[i] = representatives.toArray();
            if (!representatives.isEmpty() && input.spec().kind() != InputKind.BOOLEAN
                    && input.spec().kind() != InputKind.CODE) {
                cells.placing(input, representatives, cuts, pieces, i);
            }
        }
        return Completions.of(byInput, cuts, pieces).constrainedBy(constraintReads(guideline));
    }

    /**
     * For each constraint of {@code guideline} (its imports' included), the inputs it reads, as
     * bits in the order of {@link CheckedGuideline#inputs()}: which inputs the constraints tie.
     */
    public static long[] constraintReads(CheckedGuideline guideline) {
        List<String> names = guideline.inputs().stream().map(InputDecl::name).toList();
        long[] reads = new long[guideline.constraints().size()];
        for (int c = 0; c < reads.length; c++) {
            for (InputDecl input : Reads.of(guideline.constraints().get(c).condition()).inputs()) {
                int index = names.indexOf(input.name());
                if (index >= 0) {
                    reads[c] |= 1L << index;
                }
            }
        }
        return reads;
    }

    /**
     * What places a patient's own value of numeric {@code input} in one of its cells, for {@link
     * Completions#keyOf}: the doubles at which the tests of the input change their answer (a
     * threshold no double stands for at the double below it, up to which {@code x < t} and {@code x
     * <= t} hold), into {@code cuts[index]}, and the cell of each piece of the number line they cut,
     * found by the tests' answers on one double of the piece (every double of a piece gets the same
     * answers), into {@code pieces[index]}; -1 for a piece whose answers no cell has (no patient's
     * value lies there: outside the range, or between two adjacent doubles).
     */
    private void placing(InputDecl input, List<Object> representatives, Object[][] cuts, Object[][] pieces, int index) {
        Set<Cut> inputTests = tests.getOrDefault(input.name(), Set.of());
        Map<List<Boolean>, Integer> cellBySignature = new HashMap<>();
        for (int cell = 0; cell < representatives.size(); cell++) {
            cellBySignature.putIfAbsent(signature(Decimals.of((Double) representatives.get(cell)), inputTests), cell);
        }
        TreeSet<Double> points = new TreeSet<>();
        for (Cut cut : inputTests) {
            double point = Decimals.fitsDouble(cut.threshold()) ? cut.threshold().doubleValue()
                    : Math.nextDown(Thresholds.firstAbove(cut.threshold()));
            if (Double.isFinite(point)) {
                points.add(point + 0.0);
            }
        }
        double[] at = points.stream().mapToDouble(Double::doubleValue).toArray();
        Object[] cells = new Object[2 * at.length + 1];
        for (int piece = 0; piece < cells.length; piece++) {
            double sample = sample(at, piece);
            Integer cell = Double.isNaN(sample) ? null
                    : cellBySignature.get(signature(Decimals.of(sample), inputTests));
            cells[piece] = cell == null ? -1 : cell;
        }
        cuts[index] = points.toArray();
        pieces[index] = cells;
    }

    /** One double of piece {@code piece} of the line cut at {@code at} (see {@link Completions}), or NaN when it holds none. */
    private static double sample(double[] at, int piece) {
        if (at.length == 0) {
            return 0.0;
        }
        if (piece % 2 == 1) {
            return at[piece / 2];
        }
        int next = piece / 2; // the stretch below at[next], above at[next - 1]
        double sample = next == 0 ? Math.nextDown(at[0]) : Math.nextUp(at[next - 1]);
        boolean inside = Double.isFinite(sample) && (next == at.length || sample < at[next]);
        return inside ? sample : Double.NaN;
    }

    private static List<Boolean> signature(BigDecimal value, Set<Cut> cuts) {
        List<Boolean> signature = new ArrayList<>(cuts.size());
        for (Cut cut : cuts) {
            signature.add(cut.test().holds(value, cut.threshold()));
        }
        return signature;
    }

    /** Why an input has no cells, for docs and tests: null when it has some. */
    public static List<String> unsplittable(CheckedGuideline guideline) {
        InputCells cells = new InputCells(false);
        cells.visit(guideline);
        return guideline.inputs().stream().map(InputDecl::name).filter(cells.unsplittable::contains).toList();
    }

    /**
     * An expression whose answer is sound rather than exact where {@code inputs} are missing, and
     * why: it reads them in arithmetic, or compares them with another input, a computed number or
     * an outcome, or it reads the value of an input that lost its cells only to {@code is known}
     * elsewhere.
     */
    public record WithoutCells(CExpr site, List<String> inputs, Why why) {}

    /** Why an expression leaves inputs without cells. */
    public enum Why {
        ARITHMETIC,
        COMPARED,
        ASKED_IF_KNOWN
    }

    /** The inputs an expression took cells from, and whether any of them was read in arithmetic. */
    private static final class Site {
        final CExpr expression;
        final Set<String> inputs = new LinkedHashSet<>();
        boolean arithmetic;

        Site(CExpr expression) {
            this.expression = expression;
        }
    }

    /**
     * The expressions of {@code guideline}'s own file (not of its imports, which report their
     * own) whose answers are sound rather than exact, in the order the analysis meets them. An
     * input read only under {@code is known} otherwise, or behind such a guard ({@code x is known
     * and x}, which is false whatever a missing x would be), loses nothing and is not listed.
     */
    public static List<WithoutCells> withoutCells(CheckedGuideline guideline) {
        InputCells cells = new InputCells(false);
        cells.visit(guideline);
        Set<String> onlyAskedIfKnown = new LinkedHashSet<>(cells.unsplittable);
        for (Site taken : cells.sitesInOrder) {
            if (!(taken.expression instanceof CExpr.IsKnown)) {
                onlyAskedIfKnown.removeAll(taken.inputs);
            }
        }
        List<WithoutCells> result = new ArrayList<>();
        for (Site taken : cells.sitesInOrder) {
            CExpr site = taken.expression;
            List<String> inexact = taken.inputs.stream().filter(i -> !onlyAskedIfKnown.contains(i)).toList();
            if (!(site instanceof CExpr.IsKnown) && !inexact.isEmpty() && site.span().file() == guideline.span().file()) {
                result.add(new WithoutCells(site, inexact, taken.arithmetic ? Why.ARITHMETIC : Why.COMPARED));
            }
        }
        for (String input : onlyAskedIfKnown) {
            for (CExpr read : cells.unguardedReads.getOrDefault(input, List.of())) {
                if (read.span().file() == guideline.span().file()) {
                    result.add(new WithoutCells(read, List.of(input), Why.ASKED_IF_KNOWN));
                }
            }
        }
        return result;
    }

    /** The value of {@code input} is read by the expression being read (unless a guard encloses it). */
    private void valueRead(String input) {
        if (site != null && !guarded.contains(input)
                && unguardedInputs.computeIfAbsent(site, k -> new HashSet<>()).add(input)) {
            unguardedReads.computeIfAbsent(input, k -> new ArrayList<>()).add(site);
        }
    }

    /**
     * Reads {@code side}, with the inputs that {@code guard} asks about ({@code x is known} when
     * {@code known}, {@code x is missing} otherwise) guarded: in {@code a and b} a missing x makes
     * {@code x is known} false and so the whole, whatever b reads of x; in {@code a or b} {@code
     * x is missing} makes the whole true.
     */
    private void readGuarded(CExpr guard, boolean known, CExpr side) {
        List<String> added = new ArrayList<>();
        if (guard instanceof CExpr.IsKnown k && k.known() == known && k.operand() instanceof CExpr.InputRef in
                && guarded.add(in.input().name())) {
            added.add(in.input().name());
        }
        try {
            condition(side);
        } finally {
            guarded.removeAll(added);
        }
    }

    /** {@code input} loses its cells, because of the expression being read. */
    private void noCells(String input) {
        unsplittable.add(input);
        if (site != null) {
            Site taken = sites.get(site);
            if (taken == null) {
                taken = new Site(site);
                sites.put(site, taken);
                sitesInOrder.add(taken);
            }
            taken.inputs.add(input);
            taken.arithmetic |= inArithmetic;
        }
    }

    private void visit(CheckedGuideline guideline) {
        if (!seenGuidelines.add(guideline.id())) {
            return;
        }
        for (CheckedGuideline.ImportRef imported : guideline.imports()) {
            visit(imported.guideline());
        }
        for (Outcome outcome : guideline.outcomes()) {
            // In a first-hit table a rule `x is missing` guards the rules after it: they are read
            // only for a patient who has x.
            boolean firstHit = outcome instanceof DecisionTable t && t.policy() == DecisionTable.HitPolicy.FIRST;
            List<String> missingTaken = new ArrayList<>();
            for (CExpr condition : conditions(outcome)) {
                condition(condition);
                if (firstHit && condition instanceof CExpr.IsKnown k && !k.known()
                        && k.operand() instanceof CExpr.InputRef in && guarded.add(in.input().name())) {
                    missingTaken.add(in.input().name());
                }
            }
            guarded.removeAll(missingTaken);
        }
        // A constraint's thresholds cut the cells too, so that a split decides it in every cell.
        for (Constraint constraint : guideline.constraints()) {
            condition(constraint.condition());
        }
    }

    private static List<CExpr> conditions(Outcome outcome) {
        if (outcome instanceof DecisionTable table) {
            return table.rules().stream().map(DecisionTable.Rule::condition).toList();
        }
        if (outcome instanceof CriteriaSet set) {
            return set.criteria().stream().map(CriteriaSet.Criterion::condition).toList();
        }
        Recommendation rec = (Recommendation) outcome;
        return rec.condition() == null ? List.of() : List.of(rec.condition());
    }

    /** A boolean expression: inputs may be read plainly (a boolean input) or compared. */
    private void condition(CExpr expr) {
        boolean isSite = !(expr instanceof CExpr.And || expr instanceof CExpr.Or || expr instanceof CExpr.Not
                || expr instanceof CExpr.DefinitionRef d && d.definition().value().type() instanceof Type.Bool);
        CExpr outer = site;
        if (isSite) {
            site = expr;
        }
        try {
            read(expr);
        } finally {
            site = outer;
        }
    }

    private void read(CExpr expr) {
        if (expr instanceof CExpr.And a) {
            readGuarded(a.right(), true, a.left());
            readGuarded(a.left(), true, a.right());
        } else if (expr instanceof CExpr.Or o) {
            readGuarded(o.right(), false, o.left());
            readGuarded(o.left(), false, o.right());
        } else if (expr instanceof CExpr.Not n) {
            condition(n.operand());
        } else if (expr instanceof CExpr.InputRef in) {
            valueRead(in.input().name()); // a boolean input read as a condition: its two values are its cells
        } else if (expr instanceof CExpr.DefinitionRef d) {
            if (seenDefinitions.add(d.definition())) {
                if (d.definition().value().type() instanceof Type.Bool) {
                    condition(d.definition().value());
                } else {
                    unsplit(d.definition().value()); // a numeric definition used somewhere: beyond cells
                }
            }
        } else if (expr instanceof CExpr.Compare c) {
            compare(c.left(), c.right(), c.unit(), c.op());
            compare(c.right(), c.left(), c.unit(), mirrored(c.op()));
        } else if (expr instanceof CExpr.InRange r) {
            if (r.operand() instanceof CExpr.InputRef input && bound(r.low()) && bound(r.high())) {
                valueRead(input.input().name());
                threshold(input, r.low(), r.unit(), r.lowClosed() ? Test.BELOW : Test.AT_MOST);
                threshold(input, r.high(), r.unit(), r.highClosed() ? Test.AT_MOST : Test.BELOW);
            } else {
                unsplit(r.operand());
            }
            unsplitUnlessConstant(r.low());
            unsplitUnlessConstant(r.high());
        } else if (expr instanceof CExpr.InSet s) {
            boolean constants = s.items().stream().allMatch(InputCells::isConstant);
            if (s.operand() instanceof CExpr.InputRef input && constants) {
                valueRead(input.input().name());
                if (s.operand().type() instanceof Type.Num) {
                    s.items().forEach(item -> threshold(input, item, s.unit(), Test.EQUAL));
                }
            } else {
                unsplit(s.operand());
                s.items().forEach(this::unsplitUnlessConstant);
            }
        } else if (expr instanceof CExpr.IsKnown k) {
            if (!completePatients || !(k.operand() instanceof CExpr.InputRef || k.operand() instanceof CExpr.OutcomeRef)) {
                unsplit(k.operand());
            }
        } else if (expr instanceof CExpr.OutcomeRef || expr instanceof CExpr.Const || expr instanceof CExpr.ParamRef
                || expr instanceof CExpr.Invalid) {
            return; // outcomes are decided from their own conditions, visited with their guideline
        } else if (expr instanceof CExpr.Arithmetic || expr instanceof CExpr.Negate) {
            unsplit(expr);
        } else {
            throw new IllegalStateException("a checked condition has no " + expr.getClass().getSimpleName());
        }
    }

    /** One side of a comparison {@code side op other}: an input compared with a constant gets a threshold; else no cells. */
    private void compare(CExpr side, CExpr other, Unit unit, CExpr.CompareOp op) {
        if (side instanceof CExpr.InputRef input) {
            if (isConstant(other)) {
                valueRead(input.input().name());
                if (side.type() instanceof Type.Num) {
                    threshold(input, other, unit, switch (op) {
                        case LT, GE -> Test.BELOW;
                        case LE, GT -> Test.AT_MOST;
                        case EQ, NE -> Test.EQUAL;
                    });
                }
            } else {
                noCells(input.input().name());
            }
        } else if (!isConstant(side)) {
            if (side instanceof CExpr.DefinitionRef d && d.definition().value().type() instanceof Type.Num) {
                unsplit(d.definition().value());
            } else if (side.type() instanceof Type.Bool) {
                condition(side);
            } else {
                unsplit(side);
            }
        }
    }

    /** {@code a op b} as {@code b op' a}. */
    private static CExpr.CompareOp mirrored(CExpr.CompareOp op) {
        return switch (op) {
            case LT -> CExpr.CompareOp.GT;
            case LE -> CExpr.CompareOp.GE;
            case GT -> CExpr.CompareOp.LT;
            case GE -> CExpr.CompareOp.LE;
            case EQ, NE -> op;
        };
    }

    private static boolean bound(CExpr bound) {
        return bound == null || isConstant(bound);
    }

    private static boolean isConstant(CExpr expr) {
        return expr instanceof CExpr.Const || expr instanceof CExpr.ParamRef
                || expr instanceof CExpr.Negate n && isConstant(n.operand());
    }

    private void unsplitUnlessConstant(CExpr expr) {
        if (expr != null && !isConstant(expr)) {
            unsplit(expr);
        }
    }

    /** As {@link #unsplit}, for an operand of arithmetic. */
    private void unsplitInArithmetic(CExpr operand) {
        boolean outer = inArithmetic;
        inArithmetic = true;
        try {
            unsplit(operand);
        } finally {
            inArithmetic = outer;
        }
    }

    /** Every input read anywhere inside {@code expr} loses its cells. */
    private void unsplit(CExpr expr) {
        if (expr instanceof CExpr.InputRef i) {
            noCells(i.input().name());
        } else if (expr instanceof CExpr.DefinitionRef d) {
            unsplit(d.definition().value());
        } else if (expr instanceof CExpr.And a) {
            unsplit(a.left());
            unsplit(a.right());
        } else if (expr instanceof CExpr.Or o) {
            unsplit(o.left());
            unsplit(o.right());
        } else if (expr instanceof CExpr.Not n) {
            unsplit(n.operand());
        } else if (expr instanceof CExpr.Compare c) {
            unsplit(c.left());
            unsplit(c.right());
        } else if (expr instanceof CExpr.Arithmetic a) {
            unsplitInArithmetic(a.left());
            unsplitInArithmetic(a.right());
        } else if (expr instanceof CExpr.Negate n) {
            unsplitInArithmetic(n.operand());
        } else if (expr instanceof CExpr.InRange r) {
            unsplit(r.operand());
            if (r.low() != null) {
                unsplit(r.low());
            }
            if (r.high() != null) {
                unsplit(r.high());
            }
        } else if (expr instanceof CExpr.InSet s) {
            unsplit(s.operand());
            s.items().forEach(this::unsplit);
        } else if (expr instanceof CExpr.IsKnown k) {
            unsplit(k.operand());
        } else if (!(expr instanceof CExpr.Const || expr instanceof CExpr.ParamRef || expr instanceof CExpr.OutcomeRef
                || expr instanceof CExpr.Invalid)) {
            throw new IllegalStateException("a checked expression has no " + expr.getClass().getSimpleName());
        }
    }

    /**
     * Records {@code bound} (in {@code unit}, null for an open end) as a threshold of {@code
     * input}, and the test made against it: every comparison of the input with a constant is one
     * of {@code x < t}, {@code x <= t}, {@code x = t} or a negation of one.
     */
    private void threshold(CExpr.InputRef input, CExpr bound, Unit unit, Test test) {
        if (bound == null) {
            return;
        }
        BigDecimal value = constant(bound);
        if (value == null) {
            noCells(input.input().name());
            return;
        }
        Unit own = ((Type.Num) input.type()).unit();
        // The bound's number is in its own unit where that converts (a parameter of 1 year beside an
        // input in months is 12 months), as the evaluator reads it (Quantities.tickUnit).
        Unit from = !(bound.type() instanceof Type.Num) ? unit
                : unit == null ? Quantities.unitOf(bound) : Quantities.tickUnit(bound, unit);
        BigDecimal threshold = convert(value, from, own);
        thresholds.computeIfAbsent(input.input().name(), k -> new TreeSet<>()).add(threshold);
        tests.computeIfAbsent(input.input().name(), k -> new LinkedHashSet<>()).add(new Cut(threshold, test));
    }

    /** How a condition tests a number against a threshold (a negation tests the same). */
    private enum Test {
        BELOW,
        AT_MOST,
        EQUAL;

        boolean holds(BigDecimal value, BigDecimal threshold) {
            int order = value.compareTo(threshold);
            return switch (this) {
                case BELOW -> order < 0;
                case AT_MOST -> order <= 0;
                case EQUAL -> order == 0;
            };
        }
    }

    private record Cut(BigDecimal threshold, Test test) {
        // The record's equals and hashCode, written out: its own are linked through method handles on
        // first use, which costs a cold compile (the first in a process) tens of milliseconds.
        @Override
        public boolean equals(Object other) {
            return other instanceof Cut o && Objects.equals(threshold, o.threshold) && test == o.test;
        }

        @Override
        public int hashCode() {
            return 31 * Objects.hashCode(threshold) + Objects.hashCode(test);
        }
    }

    private static BigDecimal constant(CExpr expr) {
        if (expr instanceof CExpr.Negate n) {
            BigDecimal operand = constant(n.operand());
            return operand == null ? null : operand.negate();
        }
        Object value = expr instanceof CExpr.Const c ? c.value() : ((CExpr.ParamRef) expr).param().value();
        return value instanceof Number number ? new BigDecimal(number.toString()) : null;
    }

    /** {@code value} in {@code from} expressed in {@code to}, exactly where the ratio allows. */
    private static BigDecimal convert(BigDecimal value, Unit from, Unit to) {
        if (from == to || from == Unit.NONE || to == Unit.NONE || !from.convertibleTo(to)) {
            return value;
        }
        // The factors are whole multiples of 1/48 day or 1 mm, exact in binary.
        BigDecimal numerator = value.multiply(new BigDecimal(from.factor()));
        BigDecimal denominator = new BigDecimal(to.factor());
        try {
            return numerator.divide(denominator);
        } catch (ArithmeticException nonTerminating) {
            return numerator.divide(denominator, PRECISION);
        }
    }

    private List<Object> representatives(InputDecl input) {
        if (unsplittable.contains(input.name())) {
            return List.of();
        }
        InputKind kind = input.spec().kind();
        if (kind == InputKind.BOOLEAN) {
            return List.of(Boolean.FALSE, Boolean.TRUE);
        }
        if (kind == InputKind.CODE) {
            List<Object> codes = new ArrayList<>();
            for (CodeSet.Code code : input.codes().codes()) {
                codes.add(code.name());
            }
            return codes;
        }
        List<Object> values = new ArrayList<>();
        for (BigDecimal value : merged(numericCells(input.spec().range(), input.spec().isWholeNumber(),
                thresholds.getOrDefault(input.name(), Set.of())), tests.getOrDefault(input.name(), Set.of()))) {
            values.add(value.doubleValue()); // exactly: each cell's value is a double's decimal
        }
        return values;
    }

    /**
     * One value of each class of {@code cells} that no test tells apart: a threshold only some
     * tests ask about, or a range end, makes no class of its own ({@code x < 50%} over [0, 100]
     * has two classes, not five), so a refinement splits an input into no more values than its
     * conditions can tell apart.
     */
    private static List<BigDecimal> merged(List<BigDecimal> cells, Set<Cut> cuts) {
        Map<List<Boolean>, BigDecimal> classes = new LinkedHashMap<>();
        for (BigDecimal cell : cells) {
            classes.putIfAbsent(signature(cell, cuts), cell);
        }
        return List.copyOf(classes.values());
    }

    /**
     * One value of each cell of a numeric input's range cut at {@code cuts}, each a value a
     * patient can have: the decimal of a double ({@link Decimals#of(double)}), since patients'
     * numbers are doubles. A cell that holds no double (the point {@code 2.9999999999999999}, or
     * the stretch between it and 3) holds no patient and has no value.
     */
    static List<BigDecimal> numericCells(Range range, boolean whole, Set<BigDecimal> cuts) {
        BigDecimal lo = range.hasLowerBound() ? Decimals.of(range.lo()) : null;
        BigDecimal hi = range.hasUpperBound() ? Decimals.of(range.hi()) : null;
        TreeSet<BigDecimal> points = new TreeSet<>();
        for (BigDecimal cut : cuts) {
            if ((lo == null || cut.compareTo(lo) >= 0) && (hi == null || cut.compareTo(hi) <= 0)) {
                points.add(cut.stripTrailingZeros());
            }
        }
        if (lo != null) {
            points.add(lo.stripTrailingZeros());
        }
        if (hi != null) {
            points.add(hi.stripTrailingZeros());
        }
        Set<BigDecimal> cells = new LinkedHashSet<>();
        if (points.isEmpty()) {
            cells.add(BigDecimal.ZERO);
            return List.copyOf(cells);
        }
        if (lo == null) {
            add(cells, patientValue(below(points.first(), whole), null, points.first()));
        }
        BigDecimal previous = null;
        for (BigDecimal point : points) {
            if (previous != null) {
                add(cells, patientValue(between(previous, point, whole), previous, point));
            }
            boolean inside = (lo == null || point.compareTo(lo) > 0 || range.loClosed())
                    && (hi == null || point.compareTo(hi) < 0 || range.hiClosed());
            if (inside && (!whole || isWhole(point)) && Decimals.fitsDouble(point)) {
                cells.add(point);
            }
            previous = point;
        }
        if (hi == null) {
            add(cells, patientValue(above(points.last(), whole), points.last(), null));
        }
        return List.copyOf(cells);
    }

    private static void add(Set<BigDecimal> cells, BigDecimal value) {
        if (value != null) {
            cells.add(value);
        }
    }

    /**
     * {@code candidate} if a double stands for it, else a double's decimal strictly between {@code
     * a} and {@code b} (null: unbounded), else null: the stretch holds no patient's number.
     */
    private static BigDecimal patientValue(BigDecimal candidate, BigDecimal a, BigDecimal b) {
        if (candidate == null || Decimals.fitsDouble(candidate)) {
            return candidate;
        }
        double d = a == null ? candidate.doubleValue() : firstDoubleAbove(a);
        if (Double.isInfinite(d)) {
            return null;
        }
        BigDecimal value = Decimals.of(d);
        boolean inside = (a == null || value.compareTo(a) > 0) && (b == null || value.compareTo(b) < 0);
        return inside ? value : null;
    }

    /** The first double whose decimal exceeds {@code a} (doubles are ordered as their decimals). */
    private static double firstDoubleAbove(BigDecimal a) {
        return Decimals.fitsDouble(a) ? Math.nextUp(a.doubleValue()) : Thresholds.firstAbove(a);
    }

    private static BigDecimal below(BigDecimal point, boolean whole) {
        return whole ? floorBelow(point) : point.subtract(BigDecimal.ONE);
    }

    private static BigDecimal above(BigDecimal point, boolean whole) {
        return whole ? point.setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE)
                : point.setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE);
    }

    private static BigDecimal floorBelow(BigDecimal point) {
        BigDecimal floor = point.setScale(0, RoundingMode.FLOOR);
        return floor.compareTo(point) < 0 ? floor : floor.subtract(BigDecimal.ONE);
    }

    /** A short value strictly between {@code a} and {@code b}, or null when none qualifies. */
    private static BigDecimal between(BigDecimal a, BigDecimal b, boolean whole) {
        if (whole) {
            BigDecimal next = a.setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE);
            return next.compareTo(b) < 0 ? next : null;
        }
        BigDecimal mid = a.add(b).divide(BigDecimal.valueOf(2), PRECISION);
        for (int scale = 0; scale <= PRECISION.getPrecision(); scale++) {
            BigDecimal shortValue = mid.setScale(scale, RoundingMode.HALF_EVEN);
            if (shortValue.compareTo(a) > 0 && shortValue.compareTo(b) < 0) {
                return shortValue.stripTrailingZeros();
            }
        }
        return mid;
    }

    private static boolean isWhole(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }
}
