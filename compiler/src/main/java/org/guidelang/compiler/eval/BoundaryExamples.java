package org.guidelang.compiler.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.CriteriaSet;
import org.guidelang.compiler.model.DecisionTable;
import org.guidelang.compiler.model.ExampleCase;
import org.guidelang.compiler.model.InputDecl;
import org.guidelang.compiler.model.Outcome;
import org.guidelang.compiler.model.Recommendation;
import org.guidelang.compiler.model.References;
import org.guidelang.compiler.model.Type;
import org.guidelang.runtime.Decimals;
import org.guidelang.runtime.EvaluationResult;
import org.guidelang.runtime.OutcomeResult;
import org.guidelang.runtime.Range;
import org.guidelang.runtime.Unit;

/**
 * Proposes examples at each threshold of a guideline: for every comparison of an input with a
 * constant (a number or a parameter, also the ends of an interval), a patient on the threshold
 * and one a hair either side, with the outcomes the interpreter gives today, for a committee to
 * review and paste. A threshold is taken as written, to its last digit ({@code 2.999999999999%});
 * one written in another unit is converted to the input's and rounded to 3 decimals. The hair is 1
 * for whole-number inputs (counts, integers) and otherwise one unit in the last decimal place the
 * guideline writes for that input (in its thresholds, range and examples; at least 0.1), so never
 * coarser than the threshold's own last place: {@code 2.999999999998%}, {@code 2.999999999999%},
 * {@code 3%}. Values outside the input's declared range are left out. Only values a patient's
 * number can be are proposed (a double, standing for its shortest decimal): where no double holds
 * the value a hair away, the nearest a patient can have on that side instead; a point no patient's
 * value can be (the threshold {@code 2.99999999999999999}, read as 3; beyond the doubles) is said
 * in an {@link Omitted} comment. Each patient starts from the first example that gives the
 * input (so the other inputs are clinically meaningful), or from no other input at all; patients
 * equal to an existing example's or to an earlier proposal's are left out. The order is that of
 * the thresholds in the file, then the value.
 */
public final class BoundaryExamples {
    /** Digits kept after the point for a threshold converted from another unit (months to years). */
    private static final int MAX_DECIMALS = 3;

    /** Why a point beyond the largest (or under the smallest) double is left out. */
    private static final String BEYOND_DOUBLES = "a patient's value cannot be there (numbers go up to about "
            + "1.8 × 10^308 either way)";

    /** A threshold: {@code input} compared with {@code value} (in the input's unit) in {@code condition}, as written. */
    public record Threshold(InputDecl input, BigDecimal value, String condition) {}

    /** What is said at a threshold: an example proposed, or a point left out and why. */
    public sealed interface Entry permits Proposal, Omitted {
        /** The entry in GuideLang, unformatted: the formatter lays it out. */
        String source();
    }

    /**
     * A point of a threshold that no patient's value can be (a double cannot hold it), said as a
     * comment among the examples rather than left out in silence.
     */
    public record Omitted(String title, String reason) implements Entry {
        @Override
        public String source() {
            return "// " + title + ": " + reason + "\n";
        }
    }

    /**
     * A proposed example: its title, the inputs given (name to the value as written, in the
     * order of the guideline's inputs) and what each outcome reading the threshold's input is today.
     */
    public record Proposal(String title, Map<String, String> givens, List<Expected> expectations) implements Entry {
        public Proposal {
            givens = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(givens));
            expectations = List.copyOf(expectations);
        }

        /** The example block in GuideLang, unformatted: the formatter lays it out. */
        @Override
        public String source() {
            StringBuilder text = new StringBuilder("example ").append(quoted(title)).append(" {\n");
            if (!givens.isEmpty()) {
                List<String> bindings = new ArrayList<>();
                givens.forEach((name, value) -> bindings.add(name + " = " + value));
                text.append("given ").append(String.join(", ", bindings)).append('\n');
            }
            for (Expected expected : expectations) {
                text.append("expect ").append(expected.written()).append('\n');
            }
            return text.append("}\n").toString();
        }
    }

    /** One outcome as the interpreter gives it for the proposed patient. */
    public record Expected(String target, OutcomeResult result) {
        /** The expectation as a guideline writes it after {@code expect}. */
        public String written() {
            if (result.isDetermined()) {
                return target + " = " + result.value();
            }
            if (result.missing().isEmpty()) {
                return target + " is undetermined"; // no value for this complete patient (a gap)
            }
            return target + " is undetermined missing {" + String.join(", ", new TreeSet<>(result.missing())) + "}";
        }
    }

    private final Interpreter interpreter;
    private final CheckedGuideline guideline;
    private final Map<String, Set<String>> inputsRead = new HashMap<>();

    private BoundaryExamples(Interpreter interpreter) {
        this.interpreter = interpreter;
        this.guideline = interpreter.guideline();
    }

    /**
     * The proposals for the interpreter's guideline, deduplicated, and the points left out because
     * no patient's value can be there, in a deterministic order.
     */
    public static List<Entry> propose(Interpreter interpreter) {
        return new BoundaryExamples(interpreter).proposals();
    }

    /** The thresholds of the guideline's own outcomes and definitions, each once, in the order written. */
    public static List<Threshold> thresholds(CheckedGuideline guideline) {
        ThresholdCollector collector = new ThresholdCollector();
        for (Outcome outcome : guideline.outcomes()) {
            conditions(outcome).forEach(collector::walk);
        }
        guideline.definitions().forEach(d -> collector.walk(d.value()));
        return List.copyOf(collector.found.values());
    }

    private List<Entry> proposals() {
        Set<Map<String, Object>> seen = new HashSet<>();
        guideline.examples().forEach(e -> seen.add(e.patient()));
        List<Entry> proposals = new ArrayList<>();
        for (Threshold threshold : thresholds(guideline)) {
            Map<String, Object> base = base(threshold);
            for (Point point : points(threshold)) {
                if (point.value() == null) {
                    proposals.add(new Omitted("boundary of " + oneLine(threshold.condition()) + ": no example "
                            + point.place(), point.omission()));
                    continue;
                }
                BigDecimal value = point.value();
                Map<String, Object> patient = at(base, threshold, value);
                if (!Interpreter.constraintErrors(guideline, patient).isEmpty()) {
                    continue; // `check` would refuse it as an example (GL506)
                }
                Proposal proposal = proposal(threshold, value, patient);
                // Without an outcome that reads the input (a threshold of an unused definition) there is nothing to expect.
                if (!proposal.expectations().isEmpty() && seen.add(Map.copyOf(patient))) {
                    proposals.add(proposal);
                }
            }
        }
        return proposals;
    }

    private Proposal proposal(Threshold threshold, BigDecimal value, Map<String, Object> patient) {
        InputDecl input = threshold.input();
        String shown = written(input, value);
        Map<String, String> givens = new LinkedHashMap<>();
        for (InputDecl declared : guideline.inputs()) {
            Object given = patient.get(declared.name());
            if (given != null) {
                givens.put(declared.name(), declared.name().equals(input.name()) ? shown : written(declared, given));
            }
        }
        EvaluationResult result = interpreter.evaluate(patient);
        List<Expected> expectations = new ArrayList<>();
        for (Outcome outcome : guideline.outcomes()) {
            if (reads(guideline, outcome).contains(input.name())) {
                expectations.add(new Expected(outcome.name(), result.outcome(outcome.name()).orElseThrow()));
            }
        }
        String title = "boundary of " + oneLine(threshold.condition()) + ": " + input.name() + " = " + shown;
        return new Proposal(title, givens, expectations);
    }

    /**
     * The patient of the first example that gives the threshold's input and keeps the constraints
     * between inputs at every point (complete clearance with 69.9% debulking would not), else of
     * the first that gives the input, else of none.
     */
    private Map<String, Object> base(Threshold threshold) {
        List<Map<String, Object>> giving = guideline.examples().stream()
                .map(ExampleCase::patient)
                .filter(p -> p.containsKey(threshold.input().name()))
                .toList();
        return giving.stream()
                .filter(p -> points(threshold).stream().filter(v -> v.value() != null)
                        .allMatch(v -> Interpreter.constraintErrors(guideline, at(p, threshold, v.value())).isEmpty()))
                .findFirst()
                .orElse(giving.isEmpty() ? Map.of() : giving.get(0));
    }

    private static Map<String, Object> at(Map<String, Object> base, Threshold threshold, BigDecimal value) {
        Map<String, Object> patient = new HashMap<>(base);
        patient.put(threshold.input().name(), value.doubleValue());
        return patient;
    }

    /**
     * A point at a threshold: the value a patient has there, or null with where the point is
     * ({@code at size = 3 cm}, {@code above size = …}) and why no patient's value can be there;
     * {@code position} places it against the input's range (infinite beyond the doubles).
     */
    private record Point(BigDecimal value, double position, String place, String omission) {
        static Point of(BigDecimal value) {
            return new Point(value, value.doubleValue(), null, null);
        }
    }

    /**
     * The threshold and a hair either side, in increasing order, those inside the input's range.
     * Patients' numbers are doubles, each standing for its shortest decimal ({@link Decimals}): a
     * point that no double stands for (a hair below 10^300 is 10^300 again, the point after the
     * largest double is none) is replaced, either side, by the nearest value a patient can have on
     * that side, and said to be left out when there is none, or when it is the threshold itself.
     */
    private List<Point> points(Threshold threshold) {
        InputDecl input = threshold.input();
        BigDecimal hair = hair(threshold);
        BigDecimal on = input.spec().isWholeNumber() ? threshold.value().setScale(0, RoundingMode.CEILING)
                : threshold.value();
        BigDecimal below = input.spec().isWholeNumber() && on.compareTo(threshold.value()) != 0
                ? threshold.value().setScale(0, RoundingMode.FLOOR) // 2.5: 2 and 3 are either side
                : on.subtract(hair);
        List<Point> points = List.of(beside(input, below, on, false), on(input, on),
                beside(input, on.add(hair), on, true));
        Range range = input.spec().range();
        return points.stream().filter(p -> range == null || inside(range, p.position())).distinct().toList();
    }

    /** The threshold itself, when a patient's value can be it. */
    private static Point on(InputDecl input, BigDecimal on) {
        if (Decimals.fitsDouble(on)) {
            return Point.of(on);
        }
        String place = "at " + input.name() + " = " + written(input, on);
        double nearest = on.doubleValue();
        if (Double.isInfinite(nearest)) {
            return new Point(null, nearest, place, BEYOND_DOUBLES);
        }
        return new Point(null, nearest, place, "a patient's value cannot be exactly that (a number keeps about 15 "
                + "significant digits; this one reads as " + written(input, decimal(nearest)) + ")");
    }

    /**
     * {@code candidate}, a hair above or below {@code on}, when a patient's value can be it; else
     * the value a patient can have nearest {@code on} on that side; else none (beyond the doubles).
     */
    private static Point beside(InputDecl input, BigDecimal candidate, BigDecimal on, boolean above) {
        if (Decimals.fitsDouble(candidate)) {
            return Point.of(candidate);
        }
        double nearest = on.doubleValue();
        double beside;
        if (Double.isInfinite(nearest)) {
            beside = (nearest > 0) == above ? nearest : Math.copySign(Double.MAX_VALUE, nearest);
        } else {
            int side = Decimals.of(nearest).compareTo(on);
            beside = above ? (side > 0 ? nearest : Math.nextUp(nearest))
                    : (side < 0 ? nearest : Math.nextDown(nearest));
        }
        if (Double.isInfinite(beside)) {
            return new Point(null, beside, (above ? "above " : "below ") + input.name() + " = " + written(input, on),
                    BEYOND_DOUBLES);
        }
        return Point.of(decimal(beside));
    }

    /** Whether {@code x} lies in the range; an infinity (beyond the doubles) lies beyond any bound on its side. */
    private static boolean inside(Range range, double x) {
        boolean aboveLow = !range.hasLowerBound() || (range.loClosed() ? x >= range.lo() : x > range.lo());
        boolean belowHigh = !range.hasUpperBound() || (range.hiClosed() ? x <= range.hi() : x < range.hi());
        return aboveLow && belowHigh;
    }

    /** 1 for whole numbers, else one unit in the last decimal place the guideline writes for the input. */
    private BigDecimal hair(Threshold threshold) {
        InputDecl input = threshold.input();
        if (input.spec().isWholeNumber()) {
            return BigDecimal.ONE;
        }
        int decimals = Math.max(1, decimals(threshold.value()));
        for (Threshold other : thresholds(guideline)) {
            if (other.input().name().equals(input.name())) {
                decimals = Math.max(decimals, decimals(other.value()));
            }
        }
        for (ExampleCase example : guideline.examples()) {
            if (example.patient().get(input.name()) instanceof Double d) {
                decimals = Math.max(decimals, decimals(decimal(d)));
            }
        }
        Range range = input.spec().range();
        if (range != null && range.hasLowerBound()) {
            decimals = Math.max(decimals, decimals(decimal(range.lo())));
        }
        if (range != null && range.hasUpperBound()) {
            decimals = Math.max(decimals, decimals(decimal(range.hi())));
        }
        return BigDecimal.ONE.movePointLeft(decimals);
    }

    /** The inputs an outcome reads, through definitions and the outcomes it reads, imported ones included. */
    private Set<String> reads(CheckedGuideline owner, Outcome outcome) {
        String key = owner.id() + "." + outcome.name();
        Set<String> known = inputsRead.get(key);
        if (known != null) {
            return known;
        }
        Set<String> inputs = new LinkedHashSet<>();
        inputsRead.put(key, inputs); // no cycles among checked outcomes; this only stops a repeat
        for (CExpr condition : conditions(outcome)) {
            References.read(condition, new References.Reader() {
                @Override
                public void input(CExpr.InputRef ref) {
                    inputs.add(ref.input().name());
                }

                @Override
                public void param(CExpr.ParamRef ref) {}

                @Override
                public void outcome(CExpr.OutcomeRef ref) {
                    CheckedGuideline target = ref.alias() == null ? owner : owner.imports().stream()
                            .filter(i -> i.alias().equals(ref.alias())).findFirst().orElseThrow().guideline();
                    inputs.addAll(reads(target, ref.outcome()));
                }

                @Override
                public boolean definition(CExpr.DefinitionRef ref) {
                    return true;
                }
            });
        }
        return inputs;
    }

    private static List<CExpr> conditions(Outcome outcome) {
        if (outcome instanceof DecisionTable table) {
            return table.rules().stream().map(DecisionTable.Rule::condition).toList();
        } else if (outcome instanceof CriteriaSet set) {
            return set.criteria().stream().map(CriteriaSet.Criterion::condition).toList();
        }
        CExpr condition = ((Recommendation) outcome).condition();
        return condition == null ? List.of() : List.of(condition);
    }

    /** A value as a guideline writes it for {@code input}: 20%, 60 years, 3, true, WELL. */
    private static String written(InputDecl input, Object value) {
        if (value instanceof Double d) {
            return written(input, decimal(d));
        }
        return String.valueOf(value);
    }

    private static String written(InputDecl input, BigDecimal value) {
        String number = value.stripTrailingZeros().toPlainString();
        Unit unit = input.spec().unit();
        if (unit == null || unit == Unit.NONE || unit == Unit.COUNT) {
            return number;
        }
        return unit == Unit.PERCENT ? number + "%" : number + " " + unit.symbol();
    }

    /** The decimal a patient's double stands for (its shortest), as {@link #plain}. */
    private static BigDecimal decimal(double value) {
        return plain(Decimals.of(value));
    }

    /** {@code value} without trailing zeros after the point, and with none written as an exponent (1E+2 is 100). */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal exact = value.stripTrailingZeros();
        return exact.scale() < 0 ? exact.setScale(0) : exact;
    }

    private static int decimals(BigDecimal value) {
        return Math.max(0, value.stripTrailingZeros().scale());
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /** Finds comparisons of an input with a constant, walking every expression once. */
    private static final class ThresholdCollector {
        private final Map<String, Threshold> found = new LinkedHashMap<>();
        private final Set<String> definitionsSeen = new HashSet<>();

        void walk(CExpr expr) {
            if (expr instanceof CExpr.Compare c && c.op() != CExpr.CompareOp.EQ && c.op() != CExpr.CompareOp.NE) {
                add(c.left(), c.right(), c);
                add(c.right(), c.left(), c);
            } else if (expr instanceof CExpr.InRange r) {
                if (r.low() != null) {
                    add(r.operand(), r.low(), r);
                }
                if (r.high() != null) {
                    add(r.operand(), r.high(), r);
                }
            } else if (expr instanceof CExpr.DefinitionRef d && definitionsSeen.add(d.definition().name())) {
                walk(d.definition().value());
            }
            expr.children().forEach(this::walk);
        }

        private void add(CExpr side, CExpr other, CExpr condition) {
            if (!(side instanceof CExpr.InputRef ref) || !ref.input().spec().isNumeric()) {
                return;
            }
            BigDecimal value = constant(other, ref.input());
            if (value != null) {
                String key = ref.input().name() + "=" + value.toPlainString();
                found.putIfAbsent(key, new Threshold(ref.input(), value, condition.span().text()));
            }
        }

        /** The value of a constant side in the input's unit, or null when the side is not constant. */
        private static BigDecimal constant(CExpr side, InputDecl input) {
            Object value;
            Type type;
            boolean negative = false;
            if (side instanceof CExpr.Negate n) {
                side = n.operand();
                negative = true;
            }
            if (side instanceof CExpr.Const c) {
                value = c.value();
                type = c.type();
            } else if (side instanceof CExpr.ParamRef p) {
                value = p.param().value();
                type = p.param().type();
            } else {
                return null;
            }
            // Constants and parameters hold the decimal written, exactly (decimal semantics).
            if (!(value instanceof BigDecimal number)) {
                return null;
            }
            BigDecimal exact = plain(negative ? number.negate() : number);
            Unit to = input.spec().unit();
            if (type instanceof Type.Num num && num.unit() != null && to != null && num.unit() != to
                    && num.unit().convertibleTo(to)) {
                // Only a converted threshold is rounded (1 month is 0.0833… years): one written in the
                // input's unit is kept as written, to the last digit, so that the proposal is on it.
                BigDecimal converted = plain(num.unit().convert(exact, to));
                return converted.scale() > MAX_DECIMALS
                        ? plain(converted.setScale(MAX_DECIMALS, RoundingMode.HALF_UP)) : converted;
            }
            return exact;
        }
    }
}
