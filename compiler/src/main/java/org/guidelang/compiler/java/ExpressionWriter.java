package org.guidelang.compiler.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.guidelang.compiler.model.CExpr;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.CodeSet;
import org.guidelang.compiler.model.InputDecl;
import org.guidelang.compiler.model.References;
import org.guidelang.compiler.model.Type;
import org.guidelang.runtime.Unit;

/**
 * Writes checked expressions as Java expressions inside a generated evaluation, in three forms
 * that mirror the interpreter: the value ({@code Truth}, {@code double} with NaN for missing, or
 * a code enum with null for missing), the missing inputs as a {@code long} of input bits (a value
 * that is missing lacks the missing inputs of its missing operands), and the values an
 * explanation step shows.
 */
final class ExpressionWriter {
    private final CheckedGuideline guideline;
    private final JavaTypes types;
    private final Map<String, String> members;
    private final ClassName self;

    ExpressionWriter(CheckedGuideline guideline, JavaTypes types) {
        this.guideline = guideline;
        this.types = types;
        this.members = JavaTypes.evaluationNames(guideline);
        this.self = types.classOf(guideline.id());
    }

    // --- values ---

    /** {@code Ops.eq(input.differentiation(), Differentiation.POOR).and(highProliferation())} */
    CodeBlock value(CExpr expr) {
        return expr.accept(values);
    }

    /** The Java value of each kind of node. */
    private final CExpr.Visitor<CodeBlock> values = new CExpr.Visitor<>() {
        @Override
        public CodeBlock constant(CExpr.Const e) {
            return ExpressionWriter.this.constant(e);
        }

        @Override
        public CodeBlock input(CExpr.InputRef e) {
            return CodeBlock.of("input.$L()", JavaTypes.inputName(e.input().name()));
        }

        @Override
        public CodeBlock param(CExpr.ParamRef e) {
            String constant = types.constantOf(guideline.id(), e.param());
            return e.type() instanceof Type.Bool ? CodeBlock.of("$T.of($L)", RuntimeTypes.TRUTH, constant)
                    : CodeBlock.of("$L", constant);
        }

        @Override
        public CodeBlock definition(CExpr.DefinitionRef e) {
            return CodeBlock.of("$L()", members.get(e.definition().name()));
        }

        @Override
        public CodeBlock outcome(CExpr.OutcomeRef e) {
            return ExpressionWriter.this.outcome(e);
        }

        @Override
        public CodeBlock and(CExpr.And e) {
            return CodeBlock.of("$L.and($L)", value(e.left()), value(e.right()));
        }

        @Override
        public CodeBlock or(CExpr.Or e) {
            return CodeBlock.of("$L.or($L)", value(e.left()), value(e.right()));
        }

        @Override
        public CodeBlock not(CExpr.Not e) {
            return CodeBlock.of("$L.not()", value(e.operand()));
        }

        @Override
        public CodeBlock compare(CExpr.Compare e) {
            return ExpressionWriter.this.compare(e);
        }

        @Override
        public CodeBlock arithmetic(CExpr.Arithmetic e) {
            return ExpressionWriter.this.arithmetic(e);
        }

        @Override
        public CodeBlock negate(CExpr.Negate e) {
            return CodeBlock.of("$T.neg($L)", RuntimeTypes.OPS, value(e.operand()));
        }

        @Override
        public CodeBlock inRange(CExpr.InRange e) {
            return ExpressionWriter.this.inRange(e);
        }

        @Override
        public CodeBlock inSet(CExpr.InSet e) {
            return ExpressionWriter.this.inSet(e);
        }

        @Override
        public CodeBlock isKnown(CExpr.IsKnown e) {
            return CodeBlock.of("$T.$L($L)", RuntimeTypes.OPS, e.known() ? "isKnown" : "isMissing", value(e.operand()));
        }

        @Override
        public CodeBlock invalid(CExpr.Invalid e) {
            throw new IllegalStateException("a checked guideline without errors has no invalid expression");
        }
    };

    private CodeBlock constant(CExpr.Const c) {
        if (c.value() instanceof Boolean b) {
            return CodeBlock.of("$T.$L", RuntimeTypes.TRUTH, b ? "TRUE" : "FALSE");
        }
        if (c.value() instanceof Double d) {
            return CodeBlock.of("$L", number(d));
        }
        Type.Code code = (Type.Code) c.type();
        return CodeBlock.of("$T.$L", types.enumOf(code.codes()), CodeEnumGenerator.constantName((String) c.value()));
    }

    /** A double literal that reads back as exactly {@code value}. */
    static String number(double value) {
        return Double.toString(value);
    }

    private CodeBlock outcome(CExpr.OutcomeRef o) {
        if (o.guideline().equals(guideline.id())) {
            return CodeBlock.of("$L($S)", members.get(o.outcome().name()), o.display());
        }
        CheckedGuideline imported = imported(o.alias());
        String member = JavaTypes.evaluationNames(imported).get(o.outcome().name());
        return CodeBlock.of("$L.$L($S)", aliasField(o.alias()), member, o.display());
    }

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
            return CodeBlock.of("$T.$L($L, $L)", RuntimeTypes.OPS, op, in(c.left(), c.unit()), in(c.right(), c.unit()));
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
        long mask = 0L;
        for (CExpr member : members) {
            if (!(member instanceof CExpr.Const constant) || !codes.contains(constant.value())) {
                return truth;
            }
            mask |= 1L << codes.indexOf(constant.value());
        }
        return CodeBlock.of("$T.in($L, $L, $LL)", RuntimeTypes.POSSIBLE_CODES, truth, outcomePossible(o), mask);
    }

    private CodeBlock outcomePossible(CExpr.OutcomeRef o) {
        if (o.guideline().equals(guideline.id())) {
            return CodeBlock.of("$LPossible()", members.get(o.outcome().name()));
        }
        String member = JavaTypes.evaluationNames(imported(o.alias())).get(o.outcome().name());
        return CodeBlock.of("$L.$LPossible()", aliasField(o.alias()), member);
    }

    private CodeBlock arithmetic(CExpr.Arithmetic a) {
        Unit result = ((Type.Num) a.type()).unit();
        Unit leftUnit = ((Type.Num) a.left().type()).unit();
        CodeBlock x;
        CodeBlock y;
        if (a.op() == CExpr.ArithmeticOp.ADD || a.op() == CExpr.ArithmeticOp.SUB) {
            x = in(a.left(), result);
            y = in(a.right(), result);
        } else if (a.op() == CExpr.ArithmeticOp.DIV && result == Unit.NONE && leftUnit != Unit.NONE) {
            x = value(a.left());
            y = in(a.right(), leftUnit); // a ratio of like quantities
        } else {
            x = value(a.left());
            y = value(a.right());
        }
        String op = switch (a.op()) {
            case ADD -> "add";
            case SUB -> "sub";
            case MUL -> "mul";
            default -> "div";
        };
        return CodeBlock.of("$T.$L($L, $L)", RuntimeTypes.OPS, op, x, y);
    }

    private CodeBlock inRange(CExpr.InRange r) {
        CodeBlock low = r.low() == null ? CodeBlock.of("$T.NEGATIVE_INFINITY", Double.class) : in(r.low(), r.unit());
        CodeBlock high = r.high() == null ? CodeBlock.of("$T.POSITIVE_INFINITY", Double.class) : in(r.high(), r.unit());
        CodeBlock test = CodeBlock.of("$T.in($L, $L, $L, $L, $L)", RuntimeTypes.OPS, value(r.operand()), low,
                r.lowClosed(), high, r.highClosed());
        return r.negated() ? CodeBlock.of("$L.not()", test) : test;
    }

    /** {@code FALSE.or(eq(x, a)).or(eq(x, b))}: the interpreter's fold, item by item. */
    private CodeBlock inSet(CExpr.InSet s) {
        boolean numeric = s.operand().type() instanceof Type.Num;
        CodeBlock any = CodeBlock.of("$T.FALSE", RuntimeTypes.TRUTH);
        for (CExpr item : s.items()) {
            CodeBlock eq = numeric
                    ? CodeBlock.of("$T.eq($L, $L)", RuntimeTypes.OPS, in(s.operand(), s.unit()), in(item, s.unit()))
                    : CodeBlock.of("$T.eq($L, $L)", RuntimeTypes.OPS, value(s.operand()), value(item));
            any = CodeBlock.of("$L.or($L)", any, eq);
        }
        if (!numeric) {
            any = narrowed(any, s.operand(), s.items());
        }
        return s.negated() ? CodeBlock.of("$L.not()", any) : any;
    }

    /** The value of a number expression in {@code unit}, converted by the runtime as the interpreter does. */
    private CodeBlock in(CExpr expr, Unit unit) {
        Unit from = ((Type.Num) expr.type()).unit();
        if (from == unit || from == Unit.NONE || unit == Unit.NONE || !from.convertibleTo(unit)) {
            return value(expr);
        }
        return CodeBlock.of("$T.$L.convert($L, $T.$L)", RuntimeTypes.UNIT, from.name(), value(expr), RuntimeTypes.UNIT,
                unit.name());
    }

    // --- missing inputs ---

    /** {@code MissingInputs.of(input.ki67(), 1L << 1)}, composed as the interpreter composes missing sets. */
    CodeBlock missing(CExpr expr) {
        return expr.accept(new MissingBits(true));
    }

    /**
     * The missing inputs of a condition already known to be unknown: {@link #missing} without its
     * outer test, for straight-line decisions that hold the condition's truth in a local.
     */
    CodeBlock missingWhenUnknown(CExpr expr) {
        return expr.accept(new MissingBits(false));
    }

    /**
     * The missing inputs of each kind of node: none for a value that is never missing, the
     * input's bit, the member of a definition or outcome, and for an operation the union of its
     * operands' (the interpreter's {@code missingOf}), tested ({@code wrapped}) so that a known
     * value lacks nothing.
     */
    private final class MissingBits implements CExpr.Visitor<CodeBlock> {
        private final boolean wrapped;

        MissingBits(boolean wrapped) {
            this.wrapped = wrapped;
        }

        private CodeBlock operands(CExpr expr) {
            List<CodeBlock> parts = new ArrayList<>();
            for (CExpr child : expr.children()) {
                CodeBlock part = missing(child);
                if (!part.toString().equals("0L")) {
                    parts.add(part);
                }
            }
            if (parts.isEmpty()) {
                return CodeBlock.of("0L");
            }
            return wrapped ? CodeBlock.of("$T.of($L,\n$>$L$<)", RuntimeTypes.MISSING_INPUTS, value(expr),
                    CodeBlock.join(parts, "\n| ")) : CodeBlock.join(parts, "\n| ");
        }

        @Override
        public CodeBlock constant(CExpr.Const e) {
            return CodeBlock.of("0L");
        }

        @Override
        public CodeBlock input(CExpr.InputRef e) {
            return wrapped ? CodeBlock.of("$T.of($L, $L)", RuntimeTypes.MISSING_INPUTS, value(e), bit(e.input().name()))
                    : bit(e.input().name());
        }

        @Override
        public CodeBlock param(CExpr.ParamRef e) {
            return CodeBlock.of("0L");
        }

        @Override
        public CodeBlock definition(CExpr.DefinitionRef e) {
            return CodeBlock.of("$LMissing()", members.get(e.definition().name()));
        }

        @Override
        public CodeBlock outcome(CExpr.OutcomeRef e) {
            return outcomeMissing(e);
        }

        @Override
        public CodeBlock and(CExpr.And e) {
            return operands(e);
        }

        @Override
        public CodeBlock or(CExpr.Or e) {
            return operands(e);
        }

        @Override
        public CodeBlock not(CExpr.Not e) {
            return operands(e);
        }

        @Override
        public CodeBlock compare(CExpr.Compare e) {
            return operands(e);
        }

        @Override
        public CodeBlock arithmetic(CExpr.Arithmetic e) {
            return operands(e);
        }

        @Override
        public CodeBlock negate(CExpr.Negate e) {
            return operands(e);
        }

        @Override
        public CodeBlock inRange(CExpr.InRange e) {
            return operands(e);
        }

        @Override
        public CodeBlock inSet(CExpr.InSet e) {
            return operands(e);
        }

        /** Never missing: {@code is known} and {@code is missing} are true or false. */
        @Override
        public CodeBlock isKnown(CExpr.IsKnown e) {
            return CodeBlock.of("0L");
        }

        @Override
        public CodeBlock invalid(CExpr.Invalid e) {
            throw new IllegalStateException("a checked guideline without errors has no invalid expression");
        }
    }

    private CodeBlock outcomeMissing(CExpr.OutcomeRef o) {
        if (o.guideline().equals(guideline.id())) {
            return CodeBlock.of("$LMissing()", members.get(o.outcome().name()));
        }
        CheckedGuideline imported = imported(o.alias());
        String member = JavaTypes.evaluationNames(imported).get(o.outcome().name());
        CodeBlock bits = CodeBlock.of("$L.$LMissing()", aliasField(o.alias()), member);
        return sameBits(imported) ? bits : CodeBlock.of("$L($L)", remapName(o.alias()), bits);
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
        References.read(expr, new References.Reader() {
            @Override
            public void input(CExpr.InputRef ref) {
                values.put(ref.input().name(), value(ref));
            }

            @Override
            public void param(CExpr.ParamRef ref) {
                values.put(ref.param().name(), CodeBlock.of("$L", types.constantOf(guideline.id(), ref.param())));
            }

            @Override
            public void outcome(CExpr.OutcomeRef ref) {
                CodeSet codes = Codes.of(ref.outcome());
                values.put(ref.display(), codes == null ? value(ref) : CodeBlock.of("$T.shown($L, $L, $T.values())",
                        RuntimeTypes.POSSIBLE_CODES, value(ref), outcomePossible(ref), types.enumOf(codes)));
            }

            @Override
            public boolean definition(CExpr.DefinitionRef ref) {
                return true; // as the interpreter explains: what the definition reads
            }
        });
    }

    // --- imports ---

    CheckedGuideline imported(String alias) {
        return guideline.imports().stream()
                .filter(i -> i.alias().equals(alias))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no import " + alias))
                .guideline();
    }

    /** The evaluation field of an import: its alias, made a legal Java name. */
    static String aliasField(String alias) {
        return JavaNames.memberName(alias, JavaTypes.EVALUATION_MEMBERS);
    }

    /** The static method that renumbers an import's input bits: {@code fromWho}. */
    static String remapName(String alias) {
        return "from" + JavaNames.typeName(alias);
    }

    ClassName self() {
        return self;
    }
}
