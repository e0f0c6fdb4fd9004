package org.guidelang.compiler.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A random guideline with one decision table over one to three inputs (whole numbers, decimals,
 * codes, booleans), and one recommendation per rule with the rule's condition, so that the
 * interpreter can tell for any patient which rules hold. Records every constant compared with
 * each numeric input, from which the test builds its grid.
 */
final class RandomTable {
    static final List<String> CODES = List.of("A", "B", "C");
    private static final double[] CONSTANTS = {-1, 0, 0.5, 1, 2, 2.5, 3, 4, 4.5, 5, 6, 7.5, 8, 9, 10};

    enum Kind { INTEGER, COUNT, DECIMAL, MONTHS, CODE, BOOLEAN }

    /** A generated input: its kind, and for numbers its declared range. */
    record Input(String name, Kind kind, double lo, boolean loClosed, double hi, boolean hiClosed) {
        boolean numeric() {
            return kind != Kind.CODE && kind != Kind.BOOLEAN;
        }

        boolean whole() {
            return kind == Kind.INTEGER || kind == Kind.COUNT;
        }

        String declaration() {
            return switch (kind) {
                case INTEGER, COUNT, DECIMAL, MONTHS -> "  input " + name + " : " + kind.name().toLowerCase() + " in "
                        + (loClosed ? "[" : "(") + number(lo) + ", "
                        + (hi == Double.POSITIVE_INFINITY ? "*" : number(hi)) + (hiClosed ? "]" : ")") + "\n";
                case CODE -> "  input " + name + " : code { A, B, C }\n";
                case BOOLEAN -> "  input " + name + " : boolean\n";
            };
        }
    }

    final List<Input> inputs = new ArrayList<>();
    final List<String> conditions = new ArrayList<>();
    final List<String> outputs = new ArrayList<>();
    final Map<String, TreeSet<Double>> constants = new TreeMap<>();
    /** Parameters {@code p0, p1, …} by name, with their values as written. */
    final Map<String, String> params = new TreeMap<>();
    final boolean unique;
    final String otherwise;
    private final Random random;

    RandomTable(Random random) {
        this.random = random;
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            inputs.add(input("v" + i));
        }
        unique = random.nextBoolean();
        int rules = 1 + random.nextInt(4);
        for (int i = 0; i < rules; i++) {
            conditions.add(expr(random.nextInt(3)));
            outputs.add(CODES.get(random.nextInt(CODES.size())));
        }
        otherwise = random.nextInt(10) < 3 ? CODES.get(random.nextInt(CODES.size())) : null;
    }

    private Input input(String name) {
        Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
        if (kind == Kind.CODE || kind == Kind.BOOLEAN) {
            return new Input(name, kind, 0, false, 0, false);
        }
        constants.put(name, new TreeSet<>());
        double lo = random.nextInt(2);
        boolean unbounded = kind == Kind.DECIMAL && random.nextInt(4) == 0;
        double hi = unbounded ? Double.POSITIVE_INFINITY : 6 + random.nextInt(3);
        return new Input(name, kind, lo, random.nextBoolean(), hi, !unbounded && random.nextBoolean());
    }

    private String expr(int depth) {
        if (depth == 0) {
            return atom();
        }
        return switch (random.nextInt(4)) {
            case 0 -> "(" + expr(depth - 1) + " and " + expr(depth - 1) + ")";
            case 1 -> "(" + expr(depth - 1) + " or " + expr(depth - 1) + ")";
            case 2 -> "not (" + expr(depth - 1) + ")";
            default -> atom();
        };
    }

    private String atom() {
        Input input = inputs.get(random.nextInt(inputs.size()));
        String x = input.name();
        return switch (input.kind()) {
            case CODE -> switch (random.nextInt(4)) {
                case 0 -> x + " = " + code();
                case 1 -> x + " != " + code();
                case 2 -> x + " in {" + code() + ", " + code() + "}";
                default -> x + " not in {" + code() + "}";
            };
            case BOOLEAN -> switch (random.nextInt(3)) {
                case 0 -> x;
                case 1 -> "not " + x;
                default -> x + " = " + (random.nextBoolean() ? "true" : "false");
            };
            default -> numericAtom(input);
        };
    }

    private String numericAtom(Input input) {
        String x = input.name();
        int shape = random.nextInt(12);
        if (shape < 6) {
            String op = List.of("<", "<=", ">", ">=", "=", "!=").get(shape);
            return x + " " + op + " " + constant(x) + unit(input);
        }
        if (shape >= 9) {
            return derived(input, shape);
        }
        if (shape < 8) {
            double a = pickConstant();
            double b = pickConstant();
            if (input.kind() == Kind.COUNT) {
                a = Math.abs(a);
                b = Math.abs(b);
            }
            double lo = Math.min(a, b);
            double hi = Math.max(a, b);
            boolean loClosed = lo == hi || random.nextBoolean();
            boolean hiClosed = lo == hi || random.nextBoolean();
            boolean openLow = random.nextInt(6) == 0;
            boolean openHigh = !openLow && random.nextInt(6) == 0;
            if (!openLow) {
                constants.get(x).add(lo);
            }
            if (!openHigh) {
                constants.get(x).add(hi);
            }
            return x + (shape == 7 ? " not in " : " in ") + (openLow ? "(" : loClosed ? "[" : "(")
                    + (openLow ? "*" : number(lo) + unit(input)) + ", " + (openHigh ? "*" : number(hi) + unit(input))
                    + (openHigh ? ")" : hiClosed ? "]" : ")");
        }
        return x + " in {" + constant(x) + unit(input) + ", " + constant(x) + unit(input) + "}";
    }

    /**
     * A comparison through a parameter, arithmetic over the input, or another unit; each
     * records the boundary it puts on the input, all exact in binary floating point.
     */
    private String derived(Input input, int shape) {
        String x = input.name();
        String op = List.of("<", "<=", ">", ">=").get(random.nextInt(4));
        double c = Math.abs(pickConstant());
        String unit = unit(input);
        if (shape == 9 && input.kind() != Kind.COUNT) { // a count is compared with plain numbers only
            String name = "p" + params.size();
            params.put(name, number(c) + (input.kind() == Kind.MONTHS ? " years" : ""));
            constants.get(x).add(input.kind() == Kind.MONTHS ? c * 12 : c);
            return x + " " + op + " " + name;
        }
        if (shape == 10) {
            constants.get(x).add(c / 2);
            return x + " * 2 " + op + " " + number(c) + unit;
        }
        if (input.kind() == Kind.MONTHS) {
            constants.get(x).add(c * 6);
            return x + " " + op + " " + number(c / 2) + " years";
        }
        constants.get(x).add(10 - c);
        return "10 - " + x + " " + op + " " + number(c);
    }

    private String constant(String input) {
        double value = pickConstant();
        if (value < 0 && kindOf(input) == Kind.COUNT) {
            value = -value; // the checker does not accept `count < -1` (a negated constant is not a plain number)
        }
        constants.get(input).add(value);
        return number(value);
    }

    private static String unit(Input input) {
        return input.kind() == Kind.MONTHS ? " months" : "";
    }

    private Kind kindOf(String name) {
        return inputs.stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow().kind();
    }

    private double pickConstant() {
        return CONSTANTS[random.nextInt(CONSTANTS.length)];
    }

    private String code() {
        return CODES.get(random.nextInt(CODES.size()));
    }

    /** The guideline's text: inputs, the table, and recommendation {@code rN} for rule N. */
    String text() {
        StringBuilder out = new StringBuilder("guideline g version 1.0.0 {\n  title \"random\"\n  source s \"s\"\n");
        inputs.forEach(i -> out.append(i.declaration()));
        params.forEach((name, value) -> out.append("  param ").append(name).append(" = ").append(value)
                .append(" cite s\n"));
        out.append("  table t : code { A, B, C } hit ").append(unique ? "unique" : "first").append(" {\n");
        for (int i = 0; i < conditions.size(); i++) {
            out.append("    when ").append(conditions.get(i)).append(" -> ").append(outputs.get(i)).append('\n');
        }
        if (otherwise != null) {
            out.append("    otherwise -> ").append(otherwise).append('\n');
        }
        out.append("  } cite s\n");
        for (int i = 0; i < conditions.size(); i++) {
            out.append("  recommend r").append(i + 1).append(" \"rule ").append(i + 1).append("\" when ")
                    .append(conditions.get(i)).append(" cite s\n");
        }
        return out.append("}\n").toString();
    }

    private static String number(double value) {
        if (value < 0) {
            return "-" + number(-value);
        }
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
