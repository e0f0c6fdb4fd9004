package org.guidelang.compiler.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.CodeSet;
import org.guidelang.compiler.model.InputDecl;
import org.guidelang.compiler.model.Quantities;
import org.guidelang.compiler.model.Type;
import org.guidelang.runtime.Decimals;
import org.guidelang.runtime.Unit;

/**
 * Writes checked expressions as Java expressions inside a generated evaluation, in three forms
 * that mirror the interpreter: the value ({@code Truth}, a number, or a code enum with null for
 * missing), the missing inputs as a {@code long} of input bits (a value that is missing lacks the
 * missing inputs of its missing operands), and the values an explanation step shows.
 *
 * <p>Numbers are decimals, as in the interpreter. Inputs, and constants and parameters that a
 * double stands for exactly, are {@code double}s (NaN: missing), and a comparison of two of them in
 * one unit is the fast path {@code Ops.lt(double, double)}: comparing doubles compares their
 * decimals exactly (see {@code Decimals}). Arithmetic, conversions between units and any other
 * constant go through {@code Decimals} on {@code BigDecimal}s (null: missing), as the interpreter
 * computes.
 */
final class ExpressionWriter {
    private final CheckedGuideline guideline;
    private final JavaTypes types;
    private final MemberNames names;
    private final ClassName self;
    /** Parts of an expression already held in locals, written as the local's name. */
    private final Map<CExpr, String> bound;
    /**
     * The guideline that declares the expression, whose parameters it reads; null for one of
     * {@code guideline}'s outcomes, whose definitions are members of its evaluation. An expression
     * of another guideline (an imported constraint) has its definitions written out in place.
     */
    private final String declaredIn;

    /** Shared with the writers made for missing sets, so that each part is one method. */
    private final Map<CExpr, Integer> weights;
    private final Map<CExpr, Integer> partIndexes;
    private final Deque<CExpr> pendingParts;

    ExpressionWriter(CheckedGuideline guideline, JavaTypes types) {
        this(guideline, types, null);
    }

    private ExpressionWriter(CheckedGuideline guideline, JavaTypes types, String declaredIn) {
        this.guideline = guideline;
        this.types = types;
        this.names = types.membersOf(guideline.id());
        this.self = types.classOf(guideline.id());
        this.bound = Map.of();
        this.weights = new IdentityHashMap<>();
        this.partIndexes = new IdentityHashMap<>();
        this.pendingParts = new ArrayDeque<>();
        this.declaredIn = declaredIn;
    }

    /** A writer like {@code writer} that writes each part in {@code bound} as its local. */
    private ExpressionWriter(ExpressionWriter writer, Map<CExpr, String> bound) {
        this.guideline = writer.guideline;
        this.types = writer.types;
        this.names = writer.names;
        this.self = writer.self;
        this.bound = bound;
        this.weights = writer.weights;
        this.partIndexes = writer.partIndexes;
        this.pendingParts = writer.pendingParts;
        this.declaredIn = writer.declaredIn;
    }

    // --- parts: large expressions as methods of their own ---

    /**
     * Whether {@code expr} is written as a method of its own ({@code part3()}) rather than inline:
     * when it holds more than {@link MethodSize#INLINE_WEIGHT} operators and operands not already
     * in parts. Every method then holds a bounded expression, so that generated code grows in
     * step with the guideline, however long or deep an expression is, and no method nears the
     * JVM's 64 KB or javac's stack. Parts are members of the evaluation, so an expression written
     * outside it (a constraint between inputs) is written whole.
     */
    private boolean isPart(CExpr expr) {
        return declaredIn == null && !isLeaf(expr) && weight(expr) > MethodSize.INLINE_WEIGHT;
    }

    private static boolean isLeaf(CExpr expr) {
        return expr instanceof CExpr.Const || expr instanceof CExpr.InputRef || expr instanceof CExpr.ParamRef
                || expr instanceof CExpr.DefinitionRef || expr instanceof CExpr.OutcomeRef;
    }

    /** Operators and operands written inline for {@code expr}: a part counts as one, a call. */
    private int weight(CExpr expr) {
        Integer known = weights.get(expr);
        if (known != null) {
            return known;
        }
        int weight = 1;
        if (!isLeaf(expr)) {
            for (CExpr child : expr.children()) {
                weight += isPart(child) ? 1 : weight(child);
            }
        }
        weights.put(expr, weight);
        return weight;
    }

    private int partIndex(CExpr expr) {
        Integer index = partIndexes.get(expr);
        if (index == null) {
            index = partIndexes.size() + 1;
            partIndexes.put(expr, index);
            pendingParts.add(expr);
        }
        return index;
    }

    private String partName(CExpr expr) {
        int index = partIndex(expr);
        return names.helper("part:" + index, "part" + index);
    }

    private String partMissingName(CExpr expr) {
        int index = partIndex(expr);
        return names.helper("partMissing:" + index, "part" + index + "Missing");
    }

    /**
     * The methods of the parts written so far, and of the parts those need in turn; call once,
     * after writing every expression.
     */
    List<MethodSpec> parts() {
        List<MethodSpec> methods = new ArrayList<>();
        while (!pendingParts.isEmpty()) {
            CExpr expr = pendingParts.remove();
            String source = JavadocText.escape(abbreviated(expr.span().text()));
            methods.add(MethodSpec.methodBuilder(partName(expr))
                    .addModifiers(Modifier.PRIVATE)
                    .returns(javaType(expr))
                    .addJavadoc("Part of a larger condition: {@code $L}.\n", source)
                    .addStatement("return $L", inlineValue(expr))
                    .build());
            if (!lacksNothing(expr)) {
                Missing missing = new MissingSet(Set.of(), expr).of(expr, true);
                methods.add(MethodSpec.methodBuilder(partMissingName(expr))
                        .addModifiers(Modifier.PRIVATE)
                        .returns(long.class)
                        .addCode(missing.locals())
                        .addStatement("return $L", missing.set())
                        .build());
            }
        }
        return methods;
    }

    private static String abbreviated(String text) {
        String line = text.replaceAll("\\s+", " ");
        return line.length() <= 120 ? line : line.substring(0, 117) + "...";
    }

    /**
     * A writer of expressions over {@code guideline}'s input alone, outside its evaluation: a
     * constraint between inputs declared in {@code declaredIn} (the guideline or one it imports).
     * Definitions are written out in place, as the interpreter evaluates them, and parameters are
     * the declaring class's constants.
     */
    static ExpressionWriter outsideEvaluation(CheckedGuideline guideline, JavaTypes types, String declaredIn) {
        return new ExpressionWriter(guideline, types, declaredIn);
    }

    // --- values ---

    /** {@code Ops.eq(input.differentiation(), Differentiation.POOR).and(highProliferation())} */
    CodeBlock value(CExpr expr) {
        if (bound.containsKey(expr)) {
            return CodeBlock.of("$L", bound.get(expr));
        }
        return isPart(expr) ? CodeBlock.of("$L()", partName(expr)) : inlineValue(expr);
    }

    private CodeBlock inlineValue(CExpr expr) {
        if (expr instanceof CExpr.Const c) {
            return constant(c);
        } else if (expr instanceof CExpr.InputRef i) {
            return InputRecordGenerator.read(i.input(),
                    CodeBlock.of("$L.$L()", names.field("input"), MemberNames.input(i.input())));
        } else if (expr instanceof CExpr.ParamRef p) {
            CodeBlock constant = param(p);
            return p.type() instanceof Type.Bool ? CodeBlock.of("$T.of($L)", RuntimeTypes.TRUTH, constant)
                    : constant;
        } else if (expr instanceof CExpr.DefinitionRef d) {
            return declaredIn == null ? CodeBlock.of("$L()", names.definition(d.definition()))
                    : value(d.definition().value());
        } else if (expr instanceof CExpr.OutcomeRef o) {
            return outcome(o);
        } else if (expr instanceof CExpr.And a) {
            return CodeBlock.of("$L.and($L)", value(a.left()), value(a.right()));
        } else if (expr instanceof CExpr.Or o) {
            return CodeBlock.of("$L.or($L)", value(o.left()), value(o.right()));
        } else if (expr instanceof CExpr.Not n) {
            return CodeBlock.of("$L.not()", value(n.operand()));
        } else if (expr instanceof CExpr.Compare c) {
            return compare(c);
        } else if (expr instanceof CExpr.Arithmetic a) {
            return arithmetic(a);
        } else if (expr instanceof CExpr.Negate n) {
            return CodeBlock.of("$T.neg($L)", isDecimal(n.operand()) ? RuntimeTypes.DECIMALS : RuntimeTypes.OPS,
                    value(n.operand()));
        } else if (expr instanceof CExpr.InRange r) {
            return inRange(r);
        } else if (expr instanceof CExpr.InSet s) {
            return inSet(s);
        } else if (expr instanceof CExpr.IsKnown k) {
            return CodeBlock.of("$T.$L($L)", RuntimeTypes.OPS, k.known() ? "isKnown" : "isMissing", value(k.operand()));
        }
        throw new IllegalStateException("a checked model has no " + expr.getClass().getSimpleName());
    }

    /** {@code AGE_LIMIT}, or {@code MilanNen.AGE_LIMIT} for a parameter of another guideline. */
    CodeBlock param(CExpr.ParamRef p) {
        String owner = declaredIn == null ? guideline.id() : declaredIn;
        String constant = MemberNames.param(p.param());
        return owner.equals(guideline.id()) ? CodeBlock.of("$L", constant)
                : CodeBlock.of("$T.$L", types.classOf(owner), constant);
    }

    private CodeBlock constant(CExpr.Const c) {
        if (c.value() instanceof Boolean b) {
            return CodeBlock.of("$T.$L", RuntimeTypes.TRUTH, b ? "TRUE" : "FALSE");
        }
        if (c.value() instanceof BigDecimal d) {
            return isDecimal(c) ? decimalLiteral(d) : CodeBlock.of("$L", number(d.doubleValue()));
        }
        Type.Code code = (Type.Code) c.type();
        return CodeBlock.of("$T.$L", types.enumOf(code.codes()), MemberNames.code((String) c.value()));
    }

    /**
     * A double literal that reads back as exactly {@code value}; a number too large for a double
     * (a parameter of 400 digits) is infinite in the interpreter too, and Java has no literal for it.
     */
    static CodeBlock number(double value) {
        if (Double.isFinite(value)) {
            return CodeBlock.of("$L", Double.toString(value));
        }
        return CodeBlock.of("$T.$L", Double.class, Double.isNaN(value) ? "NaN"
                : value > 0 ? "POSITIVE_INFINITY" : "NEGATIVE_INFINITY");
    }

    /** {@code new BigDecimal("2.9999999999999999")}: a decimal exactly as written. */
    static CodeBlock decimalLiteral(BigDecimal value) {
        return CodeBlock.of("new $T($S)", RuntimeTypes.BIG_DECIMAL, value.toPlainString());
    }

    /**
     * Whether the Java value of a number expression is a {@code BigDecimal} (null when missing)
     * rather than a {@code double}: arithmetic, and constants and parameters no double stands for.
     */
    boolean isDecimal(CExpr expr) {
        if (expr instanceof CExpr.Const c) {
            return c.value() instanceof BigDecimal d && !Decimals.fitsDouble(d);
        } else if (expr instanceof CExpr.ParamRef p) {
            return p.param().value() instanceof BigDecimal d && !Decimals.fitsDouble(d);
        } else if (expr instanceof CExpr.DefinitionRef d) {
            return isDecimal(d.definition().value());
        } else if (expr instanceof CExpr.Negate n) {
            return isDecimal(n.operand());
        }
        return expr instanceof CExpr.Arithmetic;
    }

    /** A number expression's value as a {@code BigDecimal}: {@code Decimals.of(input.ki67())}. */
    private CodeBlock decimal(CExpr expr) {
        if (isDecimal(expr)) {
            return value(expr);
        }
        if (expr instanceof CExpr.Const c) {
            return decimalLiteral((BigDecimal) c.value());
        }
        return CodeBlock.of("$T.of($L)", RuntimeTypes.DECIMALS, value(expr));
    }

    /** An operand as it meets the others in {@code unit} ({@link Quantities}): its decimal, or its exact ticks. */
    private CodeBlock operand(CExpr expr, boolean ticks, Unit unit) {
        return ticks ? CodeBlock.of("$T.$L.toTicks($L)", RuntimeTypes.UNIT, Quantities.tickUnit(expr, unit).name(),
                decimal(expr)) : decimal(expr);
    }

    /**
     * An operand meeting the others in {@code unit} as a {@code double} in that unit, or null when
     * it has none: a double-valued expression already in {@code unit}, or a constant whose exact
     * conversion to {@code unit} is a double ({@code 10.0 /* CLEAR_MARGIN in mm *\/} for 1 cm).
     * Operands that all have one compare exactly as doubles (see {@code Decimals}).
     */
    CodeBlock doubleIn(CExpr expr, Unit unit) {
        Unit own = Quantities.tickUnit(expr, unit);
        if (own == unit) {
            return isDecimal(expr) ? null : value(expr);
        }
        BigDecimal constant = constantValue(expr);
        BigDecimal converted = constant == null ? null : own.convertExactly(constant, unit).orElse(null);
        if (converted == null || !Decimals.fitsDouble(converted)) {
            return null;
        }
        String named = expr instanceof CExpr.ParamRef p ? MemberNames.param(p.param())
                : own.format(constant);
        return CodeBlock.of("$L /* $L in $L */", number(converted.doubleValue()), named, unit.symbol());
    }

    /** The value of a constant, a parameter or a negated one; null for any other expression. */
    private static BigDecimal constantValue(CExpr expr) {
        if (expr instanceof CExpr.Const c && c.value() instanceof BigDecimal d) {
            return d;
        } else if (expr instanceof CExpr.ParamRef p && p.param().value() instanceof BigDecimal d) {
            return d;
        } else if (expr instanceof CExpr.Negate n) {
            BigDecimal operand = constantValue(n.operand());
            return operand == null ? null : operand.negate();
        }
        return null;
    }

    private CodeBlock outcome(CExpr.OutcomeRef o) {
        if (o.guideline().equals(guideline.id())) {
            return CodeBlock.of("$L($S)", MemberNames.outcome(o.outcome()), o.display());
        }
        return CodeBlock.of("$L.$L($S)", names.aliasField(o.alias()), MemberNames.outcome(o.outcome()), o.display());
    }

    // Ops.ge(input.ki67(), 20.0), or Decimals.ge(Decimals.add(...), new BigDecimal("3.3"))
    private CodeBlock compare(CExpr.Compare c) {
        if (c.left().type() instanceof Type.Num) {
            String op = switch (c.op()) {
                case LT -> "lt";
                case LE -> "le";
                case GT -> "gt";
                case GE -> "ge";
                case NE -> "ne";
                default -> "eq";
            };
            CodeBlock left = doubleIn(c.left(), c.unit());
            CodeBlock right = doubleIn(c.right(), c.unit());
            if (left != null && right != null) {
                // Exact: two doubles compare as the decimals they stand for do (see Decimals).
                return CodeBlock.of("$T.$L($L, $L)", RuntimeTypes.OPS, op, left, right);
            }
            boolean ticks = Quantities.meetInTicks(c.unit(), c.left(), c.right());
            return CodeBlock.of("$T.$L($L, $L)", RuntimeTypes.DECIMALS, op, operand(c.left(), ticks, c.unit()),
                    operand(c.right(), ticks, c.unit()));
        }
        CodeBlock eq = CodeBlock.of("$T.eq($L, $L)", RuntimeTypes.OPS, value(c.left()), value(c.right()));
        CodeBlock narrowed = narrowed(narrowed(eq, c.left(), List.of(c.right())), c.right(), List.of(c.left()));
        if (narrowed == eq) {
            return CodeBlock.of("$T.$L($L, $L)", RuntimeTypes.OPS, c.op() == CExpr.CompareOp.NE ? "ne" : "eq",
                    value(c.left()), value(c.right()));
        }
        return c.op() == CExpr.CompareOp.NE ? CodeBlock.of("$L.not()", narrowed) : narrowed;
    }

    /**
     * {@code PossibleCodes.in(truth, gradePossible(), 12L)}: membership of an undetermined code
     * outcome in code constants, narrowed over the codes it can still take (as the interpreter
     * narrows); {@code truth} unchanged for any other operand.
     */
    private CodeBlock narrowed(CodeBlock truth, CExpr operand, List<CExpr> members) {
        if (!(operand instanceof CExpr.OutcomeRef o) || Codes.of(o.outcome()) == null) {
            return truth;
        }
        List<String> codes = Codes.of(o.outcome()).codes().stream().map(CodeSet.Code::name).toList();
        long[] mask = new long[(codes.size() + 63) / 64];
        for (CExpr member : members) {
            if (!(member instanceof CExpr.Const constant) || !codes.contains(constant.value())) {
                return truth;
            }
            int code = codes.indexOf(constant.value());
            mask[code / 64] |= 1L << code;
        }
        if (Codes.wide(o.outcome())) {
            List<CodeBlock> words = new ArrayList<>();
            for (long word : mask) {
                words.add(CodeBlock.of("$LL", word));
            }
            return CodeBlock.of("$T.in($L, $L, new long[] {$L})", RuntimeTypes.POSSIBLE_CODES, truth,
                    outcomePossible(o), CodeBlock.join(words, ", "));
        }
        return CodeBlock.of("$T.in($L, $L, $LL)", RuntimeTypes.POSSIBLE_CODES, truth, outcomePossible(o), mask[0]);
    }

    private CodeBlock outcomePossible(CExpr.OutcomeRef o) {
        if (o.guideline().equals(guideline.id())) {
            return CodeBlock.of("$L()", names.possibleMethod(o.outcome()));
        }
        MemberNames imported = types.membersOf(imported(o.alias()).id());
        return CodeBlock.of("$L.$L()", names.aliasField(o.alias()), imported.possibleMethod(o.outcome()));
    }

    // Decimals.add(Decimals.of(input.lesion1()), Decimals.of(input.lesion2())): always exact
    private CodeBlock arithmetic(CExpr.Arithmetic a) {
        Unit result = Quantities.unitOf(a);
        return switch (a.op()) {
            case ADD -> CodeBlock.of("$T.add($L, $L)", RuntimeTypes.DECIMALS, in(a.left(), result), in(a.right(), result));
            case SUB -> CodeBlock.of("$T.sub($L, $L)", RuntimeTypes.DECIMALS, in(a.left(), result), in(a.right(), result));
            case MUL -> CodeBlock.of("$T.mul($L, $L)", RuntimeTypes.DECIMALS, decimal(a.left()), decimal(a.right()));
            case DIV -> {
                // a ratio of like quantities in different units: the exact quotient of their ticks
                Unit left = Quantities.unitOf(a.left());
                boolean ticks = Quantities.isRatio(a) && Quantities.meetInTicks(left, a.right());
                yield CodeBlock.of("$T.div($L, $L)", RuntimeTypes.DECIMALS, operand(a.left(), ticks, left),
                        operand(a.right(), ticks, left));
            }
        };
    }

    // Ops.in(input.ki67(), 3.0, true, 20.0, true), or Decimals.ge(x, lo).and(Decimals.le(x, hi))
    private CodeBlock inRange(CExpr.InRange r) {
        boolean ticks = Quantities.meetInTicks(r.unit(), r.operand(), r.low(), r.high());
        CodeBlock x = doubleIn(r.operand(), r.unit());
        CodeBlock low = r.low() == null ? CodeBlock.of("$T.NEGATIVE_INFINITY", Double.class) : doubleIn(r.low(), r.unit());
        CodeBlock high = r.high() == null ? CodeBlock.of("$T.POSITIVE_INFINITY", Double.class)
                : doubleIn(r.high(), r.unit());
        CodeBlock test;
        if (x != null && low != null && high != null) {
            test = CodeBlock.of("$T.in($L, $L, $L, $L, $L)", RuntimeTypes.OPS, x, low, r.lowClosed(), high,
                    r.highClosed());
        } else if (r.low() == null && r.high() == null) {
            test = CodeBlock.of("$T.inAll($L)", RuntimeTypes.DECIMALS, operand(r.operand(), ticks, r.unit()));
        } else {
            List<CodeBlock> ends = new ArrayList<>();
            if (r.low() != null) {
                ends.add(CodeBlock.of("$T.$L($L, $L)", RuntimeTypes.DECIMALS, r.lowClosed() ? "ge" : "gt",
                        operand(r.operand(), ticks, r.unit()), operand(r.low(), ticks, r.unit())));
            }
            if (r.high() != null) {
                ends.add(CodeBlock.of("$T.$L($L, $L)", RuntimeTypes.DECIMALS, r.highClosed() ? "le" : "lt",
                        operand(r.operand(), ticks, r.unit()), operand(r.high(), ticks, r.unit())));
            }
            test = ends.size() == 1 ? ends.get(0) : CodeBlock.of("$L.and($L)", ends.get(0), ends.get(1));
        }
        return r.negated() ? CodeBlock.of("$L.not()", test) : test;
    }

    /**
     * {@code FALSE.or(eq(x, a)).or(eq(x, b))}: the interpreter's fold, item by item. Kleene's
     * {@code or} is associative, so a long list folds in groups of {@value #GROUP}, groups of groups
     * and so on, keeping the chain of calls javac reads short.
     */
    private CodeBlock inSet(CExpr.InSet s) {
        boolean numeric = s.operand().type() instanceof Type.Num;
        List<CodeBlock> tests = new ArrayList<>();
        for (CExpr item : s.items()) {
            CodeBlock eq;
            if (!numeric) {
                eq = CodeBlock.of("$T.eq($L, $L)", RuntimeTypes.OPS, value(s.operand()), value(item));
            } else {
                boolean ticks = Quantities.meetInTicks(s.unit(), s.operand(), item);
                CodeBlock x = doubleIn(s.operand(), s.unit());
                CodeBlock member = doubleIn(item, s.unit());
                eq = x != null && member != null
                        ? CodeBlock.of("$T.eq($L, $L)", RuntimeTypes.OPS, x, member)
                        : CodeBlock.of("$T.eq($L, $L)", RuntimeTypes.DECIMALS, operand(s.operand(), ticks, s.unit()),
                                operand(item, ticks, s.unit()));
            }
            tests.add(eq);
        }
        CodeBlock any = anyOf(tests);
        if (!numeric) {
            any = narrowed(any, s.operand(), s.items());
        }
        return s.negated() ? CodeBlock.of("$L.not()", any) : any;
    }

    private static final int GROUP = 16;

    private static CodeBlock anyOf(List<CodeBlock> tests) {
        if (tests.size() > GROUP) {
            List<CodeBlock> groups = new ArrayList<>();
            for (int i = 0; i < tests.size(); i += GROUP) {
                groups.add(anyOf(tests.subList(i, Math.min(tests.size(), i + GROUP))));
            }
            return anyOf(groups);
        }
        CodeBlock any = CodeBlock.of("$T.FALSE", RuntimeTypes.TRUTH);
        for (CodeBlock test : tests) {
            any = CodeBlock.of("$L.or($L)", any, test);
        }
        return any;
    }

    /** A number expression's decimal in {@code unit}, converted by the runtime as the interpreter converts it. */
    private CodeBlock in(CExpr expr, Unit unit) {
        Unit from = Quantities.unitOf(expr);
        if (!Unit.converts(from, unit)) {
            return decimal(expr);
        }
        return CodeBlock.of("$T.$L.convert($L, $T.$L)", RuntimeTypes.UNIT, from.name(), decimal(expr), RuntimeTypes.UNIT,
                unit.name());
    }

    // --- missing inputs ---

    /**
     * The missing inputs of an expression: {@code locals}, statements to run first, then {@code
     * set}, a {@code long} expression over them. The locals hold the compound parts whose truth the
     * set tests and their parent's value needs too ({@code Truth part1 = Ops.lt(input.ki67(), 3.0);}),
     * so that every part is evaluated once.
     */
    record Missing(CodeBlock locals, CodeBlock set) {}

    /**
     * {@code MissingInputs.of(part1.and(part2), MissingInputs.of(part1, …) | MissingInputs.of(part2, …))}:
     * the missing inputs of {@code expr}, composed as the interpreter composes them (a value that is
     * unknown lacks the missing inputs of its unknown operands; a known one lacks nothing). The
     * locals' names avoid {@code taken}, the names of the caller's locals in scope.
     */
    Missing missing(CExpr expr, Set<String> taken) {
        return new MissingSet(taken, null).of(expr, true);
    }

    /**
     * The missing inputs of a condition already known to be unknown: {@link #missing} without the
     * outer test, for straight-line decisions that hold the condition's truth in a local.
     */
    Missing missingWhenUnknown(CExpr expr, Set<String> taken) {
        return new MissingSet(taken, null).of(expr, false);
    }

    /** Composes one missing set, declaring the locals it needs as it goes (children first). */
    private final class MissingSet {
        private final Map<CExpr, String> locals = new IdentityHashMap<>();
        private final ExpressionWriter writer = new ExpressionWriter(ExpressionWriter.this, locals);
        private final CodeBlock.Builder declarations = CodeBlock.builder();
        private final Set<String> taken = new HashSet<>();
        /** The part whose own method this set is written for, written inline; null for none. */
        private final CExpr inlineRoot;

        MissingSet(Set<String> taken, CExpr inlineRoot) {
            this.taken.addAll(taken);
            this.inlineRoot = inlineRoot;
        }

        Missing of(CExpr expr, boolean tested) {
            CodeBlock set = set(expr, tested, false);
            return new Missing(declarations.build(), set);
        }

        /**
         * The set of {@code expr}: tested, it is empty unless {@code expr} is unknown; {@code
         * shared}, its value is also part of its parent's value, so it goes into a local.
         */
        private CodeBlock set(CExpr expr, boolean tested, boolean shared) {
            if (expr != inlineRoot && isPart(expr) && !bound.containsKey(expr)) {
                // The part's own method tests it, whether or not this caller already knows it is unknown.
                return lacksNothing(expr) ? CodeBlock.of("0L") : CodeBlock.of("$L()", partMissingName(expr));
            }
            if (expr instanceof CExpr.InputRef i) {
                return tested ? CodeBlock.of("$T.of($L, $L)", RuntimeTypes.MISSING_INPUTS, value(expr),
                        bit(i.input().name())) : bit(i.input().name());
            } else if (expr instanceof CExpr.DefinitionRef d && declaredIn != null) {
                return set(d.definition().value(), tested, shared);
            } else if (expr instanceof CExpr.DefinitionRef d) {
                return CodeBlock.of("$L()", names.definitionMissing(d.definition()));
            } else if (expr instanceof CExpr.OutcomeRef o) {
                return outcomeMissing(o);
            } else if (lacksNothing(expr)) {
                return CodeBlock.of("0L");
            }
            List<CodeBlock> parts = new ArrayList<>();
            for (CExpr child : expr.children()) {
                if (!lacksNothing(child)) {
                    parts.add(set(child, true, tested));
                }
            }
            CodeBlock union = CodeBlock.join(parts, "\n| ");
            if (!tested) {
                return union;
            }
            CodeBlock truth = expr == inlineRoot ? writer.inlineValue(expr) : writer.value(expr);
            if (shared) {
                String local = local();
                declarations.addStatement("$T $L = $L", javaType(expr), local, truth);
                locals.put(expr, local);
                truth = CodeBlock.of("$L", local);
            }
            return CodeBlock.of("$T.of($L,\n$>$L$<)", RuntimeTypes.MISSING_INPUTS, truth, union);
        }

        /** {@code part1}, {@code part2}, ...: clear of the caller's locals and of every name a local could hide. */
        private String local() {
            for (int n = 1; ; n++) {
                String name = names.local("missingPart:" + n, "part" + n);
                if (taken.add(name)) {
                    return name;
                }
            }
        }
    }

    /** True when {@code expr} is never missing an input: constants, parameters, {@code is known} tests. */
    private static boolean lacksNothing(CExpr expr) {
        if (expr instanceof CExpr.Const || expr instanceof CExpr.ParamRef || expr instanceof CExpr.IsKnown) {
            return true;
        } else if (expr instanceof CExpr.InputRef || expr instanceof CExpr.DefinitionRef
                || expr instanceof CExpr.OutcomeRef) {
            return false;
        }
        return expr.children().stream().allMatch(ExpressionWriter::lacksNothing);
    }

    /** The Java type of {@code expr}'s value: a {@code BigDecimal} where {@link #isDecimal}, else {@link #javaType(Type)}. */
    TypeName javaType(CExpr expr) {
        return isDecimal(expr) ? RuntimeTypes.BIG_DECIMAL : javaType(expr.type());
    }

    /** The Java type of a value of {@code type}: Truth, double or a code enum. */
    TypeName javaType(Type type) {
        if (type instanceof Type.Bool) {
            return RuntimeTypes.TRUTH;
        } else if (type instanceof Type.Code code) {
            return types.enumOf(code.codes());
        }
        return TypeName.DOUBLE;
    }

    private CodeBlock outcomeMissing(CExpr.OutcomeRef o) {
        if (o.guideline().equals(guideline.id())) {
            return CodeBlock.of("$L()", names.missingMethod(o.outcome()));
        }
        CheckedGuideline imported = imported(o.alias());
        CodeBlock bits = CodeBlock.of("$L.$L()", names.aliasField(o.alias()),
                types.membersOf(imported.id()).missingMethod(o.outcome()));
        return sameBits(imported) ? bits : CodeBlock.of("$L($L)", names.remap(o.alias()), bits);
    }

    /** {@code 1L << 2} for the third input of this guideline. */
    CodeBlock bit(String inputName) {
        int index = indexOf(guideline, inputName);
        return CodeBlock.of("1L << $L", index);
    }

    static int indexOf(CheckedGuideline guideline, String inputName) {
        List<InputDecl> inputs = guideline.inputs();
        for (int i = 0; i < inputs.size(); i++) {
            if (inputs.get(i).name().equals(inputName)) {
                return i;
            }
        }
        throw new IllegalStateException(guideline.id() + " has no input " + inputName);
    }

    /** Whether an imported guideline numbers the inputs it shares with this one the same way. */
    boolean sameBits(CheckedGuideline imported) {
        for (int i = 0; i < imported.inputs().size(); i++) {
            if (indexOf(guideline, imported.inputs().get(i).name()) != i) {
                return false;
            }
        }
        return true;
    }

    // --- explanation values ---

    /** {@code ExplainedValues.of("age", input.age(), "ageLimit", AGE_LIMIT)}, names sorted as the interpreter's map. */
    CodeBlock values(CExpr expr) {
        Map<String, CodeBlock> values = new TreeMap<>();
        collect(expr, values);
        List<CodeBlock> args = new ArrayList<>();
        values.forEach((name, value) -> args.add(CodeBlock.of("$S, $L", name, value)));
        return CodeBlock.of("$T.of($L)", RuntimeTypes.EXPLAINED_VALUES, CodeBlock.join(args, ", "));
    }

    private void collect(CExpr expr, Map<String, CodeBlock> values) {
        if (expr instanceof CExpr.InputRef i) {
            values.put(i.input().name(), value(expr));
        } else if (expr instanceof CExpr.ParamRef p) {
            values.put(p.param().name(), CodeBlock.of("$L", MemberNames.param(p.param())));
        } else if (expr instanceof CExpr.OutcomeRef o && Codes.of(o.outcome()) != null) {
            values.put(o.display(), CodeBlock.of("$T.shown($L, $L, $T.values())", RuntimeTypes.POSSIBLE_CODES,
                    value(expr), outcomePossible(o), types.enumOf(Codes.of(o.outcome()))));
        } else if (expr instanceof CExpr.OutcomeRef o) {
            values.put(o.display(), value(expr));
        } else if (expr instanceof CExpr.DefinitionRef d) {
            collect(d.definition().value(), values);
        } else if (expr instanceof CExpr.InRange r) {
            collect(r.operand(), values);
        } else if (expr instanceof CExpr.InSet s) {
            collect(s.operand(), values);
        } else if (expr instanceof CExpr.IsKnown k) {
            collect(k.operand(), values);
        } else {
            for (CExpr child : expr.children()) {
                collect(child, values);
            }
        }
    }

    // --- imports ---

    CheckedGuideline imported(String alias) {
        return guideline.imports().stream()
                .filter(i -> i.alias().equals(alias))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no import " + alias))
                .guideline();
    }

    ClassName self() {
        return self;
    }
}
