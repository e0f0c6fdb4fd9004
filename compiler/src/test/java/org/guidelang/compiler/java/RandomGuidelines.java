package org.guidelang.compiler.java;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.guidelang.compiler.naming.GeneratedMembers;
import org.guidelang.compiler.naming.JavaIdentifiers;

/**
 * Random valid guidelines, written as source text, for the Java back end to choke on if it can:
 * names from a hostile pool (Java keywords, {@code java.lang} and runtime class names, the names
 * of generated members and locals, names that differ only in case or underscores), texts full
 * of {@code $}, comment ends, unicode escapes, quotes and backslashes, long and deep
 * expressions, tables of many codes and rules, imports in chains and diamonds. Every guideline
 * is meant to check without errors; one that does not is a bug of this generator (or of the
 * checker). Seeded: unit {@code n} of seed {@code s} is always the same text.
 */
final class RandomGuidelines {
    /** Java and runtime names, generated members and locals, and words Java reserves. */
    private static final List<String> HOSTILE = List.of(
            "class", "new", "default", "int", "long", "short", "native", "static", "final", "public", "private",
            "switch", "case", "enum", "record", "var", "yield", "this", "super", "null", "goto", "const", "assert",
            "_", "__", "___", "String", "Object", "Integer", "Long", "Double", "Boolean", "Math", "System", "Override",
            "Record", "Enum", "Class", "Void", "List", "Map", "Objects", "Collections", "ArrayList", "TreeSet",
            "Ops", "Truth", "Unit", "Range", "Decided", "InputSpec", "MissingInputs", "PossibleCodes",
            "ExplainedValues", "Conditions", "CodeValue", "InputValidator", "InputIndex", "EvaluationResult",
            "DecisionTableLogic", "CriteriaSetLogic", "RecommendationLogic", "Builder", "Result", "Evaluation",
            "MapEvaluator", "Input", "trace", "label", "element", "candidates", "holding", "held", "unknown",
            "relative", "relativeMissing", "b", "values", "index", "value", "result", "evaluation", "bits",
            "patient", "outcomes", "outcome", "missingInputs", "explanation", "evaluationResult", "inputOf",
            "requireValid", "missingNumber", "numberOf", "truthOf", "part1", "part1Missing", "condition",
            "condition0", "evaluateAll", "PENDING", "VALIDATOR", "EVALUATOR", "OUTCOMES", "ID", "VERSION",
            "INPUTS", "INPUT_INDEX", "org", "java", "javax", "ofCode", "valueOf", "ordinal", "name", "compareTo",
            "evaluate", "evaluator", "fromValues", "equals", "rule1", "criterion", "version", "grade", "Grade",
            "GRADE", "gr_ade", "grade_", "_grade", "gradeMissing", "gradePossible", "gradeLogic", "gradeValues",
            "gradeDecided", "decideGrade", "gradeFrom", "fromWho", "who", "shared", "code", "item", "x", "X",
            "a_b", "aB", "AB", "Ab", "whoGrading", "WhoGrading", "who_grading", "InputValues", "ExactAnswers",
            "Completions", "OutcomeResult", "ExactSubject", "Answers", "Constraints", "LinkedHashMap", "BigDecimal",
            "unit", "INPUT_VALUES", "input_values");

    /** Words the grammar reserves everywhere, unit spellings, and numbers' unit suffixes. */
    private static final Set<String> NOT_NAMES = Set.of("guideline", "import", "input", "boolean", "code", "param",
            "define", "table", "when", "otherwise", "criteria", "recommend", "cite", "example", "given", "expect",
            "and", "or", "not", "in", "is", "known", "missing", "true", "false", "percent", "year", "years", "month",
            "months", "week", "weeks", "day", "days", "cm", "mm", "count", "integer", "decimal", "strong", "weak",
            "conditional", "high", "moderate", "low", "very_low", "draft", "active", "retired", "first", "unique",
            "complete");

    private static final List<String> TEXTS = List.of("$", "$$", "$L", "$S", "$T", "$N", "$1", "*/", "/*", "/**",
            "\\u0022", "\\\\u0022", "\\u002a/", "\\\"", "\\\\", "</script>", "<b>", "&amp;", "&", "@param x",
            "{@code x}", "@deprecated", "\\t", "\\n", "%s", "%n", "${x}", "é", "中文", "😀", "'", "`", "\\\\n",
            "line\nbreak", "end \\\\", "#", "\\\"\\\"");

    private enum Dim {
        PERCENT("percent", List.of("%")), TIME("years", List.of("years", "months", "weeks", "days")),
        LENGTH("cm", List.of("cm", "mm")), COUNT("count", List.of("")), PLAIN("decimal", List.of(""));

        final String type;
        final List<String> units;

        Dim(String type, List<String> units) {
            this.type = type;
            this.units = units;
        }
    }

    /** A declared name the guideline's expressions may read, with its type. */
    private record Ref(String text, String kind, Dim dim, List<String> codes) {
        boolean bool() {
            return kind.equals("bool");
        }

        boolean num() {
            return kind.equals("num");
        }

        boolean code() {
            return kind.equals("code");
        }
    }

    /** A guideline written so far, for those importing it. */
    private record Written(String id, String className, List<Ref> inputs, List<Ref> outcomes, Set<String> names,
            Set<String> types, Set<String> codes, Set<String> inputJava, List<Written> imports,
            Map<String, String> aliases) {}

    /** How much a guideline holds: the many small ones test names and texts, the large ones sizes. */
    enum Size {
        /** One or two guidelines a unit, few inputs and outcomes, shallow expressions: cheap to compile by thousands. */
        SMALL,
        /** One to three guidelines a unit, up to six inputs and four outcomes. */
        MEDIUM,
        /** Many inputs, long expressions and texts, wide tables: the sizes that broke javac once. */
        LARGE
    }

    private final Random random = new Random();
    private final long seed;
    private final boolean large;
    private final boolean small;

    RandomGuidelines(long seed, Size size) {
        this.seed = seed;
        this.large = size == Size.LARGE;
        this.small = size == Size.SMALL;
    }

    /** The texts of unit {@code n}: one to three guidelines, each importing some of the earlier ones. */
    List<String> unit(int n) {
        // Each unit draws from its own seed, so that one unit can be written again without the others;
        // mixed (SplitMix64), since java.util.Random's first draws of nearby seeds are nearly equal.
        random.setSeed(mix(mix(seed) + n));
        int count = 1 + random.nextInt(small ? 2 : 3);
        List<Written> written = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        Set<String> classes = new HashSet<>();
        String pkg = List.of("rnd", "org", "input", "trace", "Ops", "evaluation", "values").get(random.nextInt(7))
                + ".u" + n;
        for (int i = 0; i < count; i++) {
            String id;
            do {
                id = hostile() + "_" + n + "_" + i;
            } while (!classes.add(JavaIdentifiers.typeName(id).toLowerCase(Locale.ROOT)) || NOT_NAMES.contains(id));
            List<Written> imports = new ArrayList<>();
            for (Written earlier : written) {
                if (random.nextInt(3) != 0) {
                    imports.add(earlier);
                }
            }
            Guideline guideline = new Guideline(id, pkg, imports);
            texts.add(guideline.write());
            written.add(guideline.written());
        }
        return texts;
    }

    private static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private String hostile() {
        String base = HOSTILE.get(random.nextInt(HOSTILE.size()));
        return switch (random.nextInt(8)) {
            case 0 -> base.toUpperCase(Locale.ROOT);
            case 1 -> base + "_";
            case 2 -> "_" + base;
            case 3 -> base + random.nextInt(3);
            default -> base;
        };
    }

    /** A text from the hostile pool: dollars, comment ends, escapes, quotes; now and then a long one. */
    private String text() {
        StringBuilder text = new StringBuilder();
        int parts = 1 + random.nextInt(4);
        for (int i = 0; i < parts; i++) {
            text.append(random.nextBoolean() ? "word " : "").append(TEXTS.get(random.nextInt(TEXTS.size())));
        }
        if (large && random.nextInt(40) == 0) {
            text.append(" long".repeat(3000 + random.nextInt(12000)));
        }
        return text.toString();
    }

    private String quoted() {
        return "\"" + text() + "\"";
    }

    private final class Guideline {
        private final String id;
        private final String pkg;
        private final List<Written> imports;
        private final String className;
        private final Map<String, String> aliases = new LinkedHashMap<>();
        /** Every alias among the imports, near or far, with the guideline it names (GL219: one each). */
        private final Map<String, String> aliasTargets = new LinkedHashMap<>();
        private final Set<String> names = new HashSet<>();
        private final Set<String> inputJava = new HashSet<>();
        private final Set<String> outcomeJava = new HashSet<>();
        private final Set<String> constants = new HashSet<>();
        private final Set<String> enumsFolded = new HashSet<>();
        private final Set<String> types = new HashSet<>();
        private final Set<String> codes = new HashSet<>();
        private final List<Ref> inputs = new ArrayList<>();
        private final List<Ref> ownInputs = new ArrayList<>();
        private final List<Ref> readable = new ArrayList<>();
        private final List<Ref> outcomes = new ArrayList<>();
        private final List<Ref> params = new ArrayList<>();
        private final List<String> sources = new ArrayList<>();
        private final StringBuilder out = new StringBuilder();

        Guideline(String id, String pkg, List<Written> imports) {
            this.id = id;
            this.pkg = pkg;
            this.imports = imports;
            this.className = JavaIdentifiers.typeName(id);
            types.add(className);
            for (Written imported : imports) {
                reach(imported);
            }
        }

        private void reach(Written imported) {
            types.add(imported.className());
            types.addAll(imported.types());
            names.addAll(imported.names());
            codes.addAll(imported.codes());
            inputJava.addAll(imported.inputJava());
            aliasTargets.putAll(imported.aliases());
            for (Written deeper : imported.imports()) {
                reach(deeper);
            }
        }

        Written written() {
            Set<String> inputNames = new HashSet<>();
            inputs.forEach(i -> inputNames.add(i.text()));
            return new Written(id, className, List.copyOf(inputs), List.copyOf(outcomes), Set.copyOf(inputNames),
                    Set.copyOf(types), Set.copyOf(codes), Set.copyOf(inputJava), List.copyOf(imports),
                    Map.copyOf(aliasTargets));
        }

        String write() {
            out.append("guideline ").append(id).append(" version ").append(random.nextInt(3)).append(".")
                    .append(random.nextInt(20)).append(".").append(random.nextInt(9)).append(" {\n");
            out.append("  title ").append(quoted()).append('\n');
            if (random.nextBoolean()) {
                String status = List.of("draft", "active", "retired").get(random.nextInt(3));
                out.append("  status ").append(status).append('\n');
                out.append("  authors ").append(quoted()).append(", ").append(quoted()).append('\n');
                out.append("  committee ").append(quoted()).append('\n');
                out.append("  issued 2024-0").append(1 + random.nextInt(9)).append("-1").append(random.nextInt(9))
                        .append("\n  updated 2025-02-28\n");
                if (status.equals("active")) {
                    // An active guideline names its approval (GL432).
                    out.append("  approved \"The $ committee */\" role \"chair \\\"x\\\"\" on 2025-03-01\n");
                    out.append("  review by 2027-03-01\n");
                }
                out.append("  description ").append(quoted()).append(' ').append(quoted()).append('\n');
            }
            out.append("  package ").append(pkg).append('\n');
            int sourceCount = 1 + random.nextInt(3);
            for (int i = 0; i < sourceCount; i++) {
                String source = name(n -> true);
                sources.add(source);
                out.append("  source ").append(source).append(' ').append(quoted());
                if (random.nextBoolean()) {
                    out.append(" doi \"10.").append(1000 + random.nextInt(9000)).append("/x.").append(i).append('"');
                }
                if (random.nextBoolean()) {
                    out.append(" url \"https://example.org/").append(random.nextInt(100)).append("?a=$L&b=*/\"");
                }
                out.append('\n');
            }
            for (Written imported : imports) {
                String alias = name(n -> aliasTargets.getOrDefault(n, imported.id()).equals(imported.id()));
                aliases.put(imported.id(), alias);
                aliasTargets.put(alias, imported.id());
                out.append("  import ").append(imported.id()).append(" as ").append(alias).append('\n');
                for (Ref input : imported.inputs()) {
                    addInherited(input);
                }
                for (Ref outcome : imported.outcomes()) {
                    readable.add(new Ref(alias + "." + outcome.text(), outcome.kind(), outcome.dim(), outcome.codes()));
                }
            }
            int inputCount = Math.min(64 - inputs.size(), 1 + random.nextInt(large ? 12 : small ? 3 : 6));
            for (int i = 0; i < inputCount; i++) {
                input();
            }
            int paramCount = random.nextInt(small ? 2 : 4);
            for (int i = 0; i < paramCount; i++) {
                param();
            }
            int elements = 1 + random.nextInt(large ? 8 : small ? 2 : 4);
            for (int i = 0; i < elements; i++) {
                switch (random.nextInt(5)) {
                    case 0 -> definition();
                    case 1 -> recommendation();
                    case 2 -> criteria();
                    default -> table();
                }
            }
            if (outcomes.isEmpty()) {
                table();
            }
            return out.append("}\n").toString();
        }

        private void addInherited(Ref input) {
            if (inputs.stream().noneMatch(i -> i.text().equals(input.text()))) {
                inputs.add(input);
                readable.add(input);
            }
        }

        /** A fresh name that no GuideLang name of this guideline has, and {@code java} accepts. */
        private String name(Predicate<String> java) {
            for (int attempt = 0; attempt < 40; attempt++) {
                String name = hostile();
                if (!NOT_NAMES.contains(name) && !name.matches("[eE][0-9]+") && !names.contains(name)
                        && !codes.contains(name) && java.test(name)) {
                    names.add(name);
                    return name;
                }
            }
            String name;
            do {
                name = "n" + random.nextInt(1_000_000);
            } while (names.contains(name) || !java.test(name));
            names.add(name);
            return name;
        }

        /** A name whose enum does not clash, up to case, with another of this class or a parameter's constant. */
        private boolean enumOk(String name) {
            String type = JavaIdentifiers.enumName(name, className);
            return !enumsFolded.contains(type.toLowerCase(Locale.ROOT)) && !constants.contains(type)
                    && !types.contains(type);
        }

        private void claimEnum(String name) {
            String type = JavaIdentifiers.enumName(name, className);
            enumsFolded.add(type.toLowerCase(Locale.ROOT));
            types.add(type);
        }

        private List<String> codeSet(int count) {
            List<String> set = new ArrayList<>();
            Set<String> java = new HashSet<>();
            for (int i = 0; i < count; i++) {
                String code;
                int attempt = 0;
                do {
                    code = attempt++ < 20 ? hostile() : "C" + random.nextInt(1_000_000);
                } while (NOT_NAMES.contains(code) || names.contains(code) || codes.contains(code)
                        || java.contains(JavaIdentifiers.memberName(code)) || code.matches("[eE][0-9]+"));
                codes.add(code);
                java.add(JavaIdentifiers.memberName(code));
                set.add(code);
            }
            return set;
        }

        private void input() {
            String name = name(n -> {
                String java = JavaIdentifiers.memberName(n);
                return !inputJava.contains(java) && !GeneratedMembers.INPUT_METHODS.containsKey(java);
            });
            inputJava.add(JavaIdentifiers.memberName(name));
            int kind = random.nextInt(6);
            Ref ref;
            out.append("  input ").append(name).append(" : ");
            if (kind == 0) {
                out.append("boolean");
                ref = new Ref(name, "bool", null, null);
            } else if (kind == 1 && enumOk(name)) {
                claimEnum(name);
                List<String> set = codeSet(2 + random.nextInt(large && random.nextInt(10) == 0 ? 80 : 4));
                out.append("code { ");
                for (int i = 0; i < set.size(); i++) {
                    out.append(i == 0 ? "" : ", ").append(set.get(i));
                    if (random.nextBoolean()) {
                        out.append(' ').append(quoted());
                    }
                }
                out.append(" }");
                ref = new Ref(name, "code", null, set);
            } else {
                Dim dim = Dim.values()[random.nextInt(Dim.values().length)];
                String type = dim == Dim.PLAIN ? (random.nextBoolean() ? "integer" : "decimal")
                        : dim == Dim.TIME || dim == Dim.LENGTH ? dim.units.get(random.nextInt(dim.units.size()))
                        : dim.type;
                out.append(type);
                if (dim == Dim.COUNT && random.nextBoolean()) {
                    out.append(" per ").append(quoted());
                }
                int lo = random.nextInt(4) == 0 ? -random.nextInt(50) : random.nextInt(20);
                if (dim == Dim.PERCENT) {
                    out.append(" in [0, 100]");
                } else if (dim == Dim.COUNT) {
                    out.append(" in [0, *)");
                } else if (random.nextInt(3) > 0) {
                    out.append(" in ").append(random.nextBoolean() ? "[" : "(").append(lo).append(", ")
                            .append(random.nextInt(4) == 0 ? "*" : String.valueOf(lo + 1 + random.nextInt(200)))
                            .append(random.nextBoolean() ? "]" : ")");
                }
                ref = new Ref(name, "num", dim, null);
            }
            if (random.nextBoolean()) {
                out.append(' ').append(quoted());
            }
            out.append('\n');
            inputs.add(ref);
            ownInputs.add(ref);
            readable.add(ref);
        }

        private void param() {
            String name = name(n -> {
                String constant = JavaIdentifiers.constantName(n);
                return !constants.contains(constant) && !GeneratedMembers.CONSTANTS.containsKey(constant)
                        && !types.contains(constant);
            });
            constants.add(JavaIdentifiers.constantName(name));
            out.append("  param ").append(name).append(" = ");
            Ref ref;
            if (random.nextInt(4) == 0) {
                boolean value = random.nextBoolean();
                out.append(value);
                ref = new Ref(name, "bool", null, null);
            } else {
                Dim dim = Dim.values()[random.nextInt(Dim.values().length)];
                out.append(literal(dim, false));
                // A parameter written without a unit is a plain number, even where it meets counts.
                ref = new Ref(name, "num", dim == Dim.COUNT ? Dim.PLAIN : dim, null);
            }
            if (random.nextBoolean()) {
                out.append(" cite ").append(citation());
            }
            if (random.nextBoolean()) {
                out.append(" rationale ").append(quoted());
            }
            out.append('\n');
            readable.add(ref);
            params.add(ref);
        }

        private String citation() {
            String source = sources.get(random.nextInt(sources.size()));
            return random.nextBoolean() ? source : source + " at " + quoted();
        }

        private void definition() {
            String name = name(n -> true);
            out.append("  define ").append(name);
            if (random.nextBoolean()) {
                out.append(' ').append(quoted());
            }
            Ref ref;
            if (random.nextInt(3) == 0) {
                Dim dim = Dim.values()[random.nextInt(Dim.values().length)];
                String value = num(dim, 3);
                if (value == null) {
                    value = literal(dim, false);
                }
                out.append(" = ").append(value);
                ref = new Ref(name, "num", dim, null);
            } else {
                out.append(" = ").append(condition());
                ref = new Ref(name, "bool", null, null);
            }
            out.append('\n');
            readable.add(ref);
        }

        private void recommendation() {
            String name = outcomeName(false);
            out.append("  recommend ").append(name).append(' ').append(quoted());
            if (random.nextInt(4) > 0) {
                out.append(" when ").append(condition());
            }
            if (random.nextBoolean()) {
                out.append(" strength ").append(List.of("strong", "conditional", "weak").get(random.nextInt(3)));
            }
            if (random.nextBoolean()) {
                out.append(" evidence ").append(List.of("high", "moderate", "low", "very_low").get(random.nextInt(4)));
            }
            if (random.nextBoolean()) {
                out.append(" cite ").append(citation());
            }
            out.append('\n');
            Ref ref = new Ref(name, "bool", null, null);
            readable.add(ref);
            outcomes.add(ref);
        }

        private String outcomeName(boolean withEnum) {
            String name = name(n -> {
                String java = JavaIdentifiers.memberName(n);
                return !outcomeJava.contains(java) && !GeneratedMembers.RESULT_METHODS.containsKey(java)
                        && (!withEnum || enumOk(n));
            });
            outcomeJava.add(JavaIdentifiers.memberName(name));
            if (withEnum) {
                claimEnum(name);
            }
            return name;
        }

        private void table() {
            String name = outcomeName(true);
            boolean wide = large && random.nextInt(12) == 0;
            List<String> set = codeSet(wide ? 60 + random.nextInt(80) : 2 + random.nextInt(4));
            boolean unique = random.nextInt(3) == 0;
            out.append("  table ").append(name);
            if (random.nextBoolean()) {
                out.append(' ').append(quoted());
            }
            out.append(" : code { ");
            for (int i = 0; i < set.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(set.get(i));
                if (random.nextInt(3) == 0) {
                    out.append(' ').append(quoted());
                }
            }
            out.append(" } hit ").append(unique ? "unique" : "first").append(" {\n");
            int rules = large && random.nextInt(15) == 0 ? 100 + random.nextInt(300) : 1 + random.nextInt(large ? 6 : 4);
            for (int i = 0; i < rules; i++) {
                out.append("    when ").append(condition()).append(" -> ")
                        .append(set.get(wide ? i % set.size() : random.nextInt(set.size())));
                if (random.nextInt(3) == 0) {
                    out.append(" cite ").append(citation());
                }
                out.append('\n');
            }
            if (random.nextBoolean()) {
                out.append("    otherwise -> ").append(set.get(random.nextInt(set.size())));
                if (random.nextBoolean()) {
                    out.append(" cite ").append(citation());
                }
                out.append('\n');
            }
            out.append("  }");
            if (random.nextBoolean()) {
                out.append(" cite ").append(citation());
            }
            out.append('\n');
            Ref ref = new Ref(name, "code", null, set);
            readable.add(ref);
            outcomes.add(ref);
        }

        private void criteria() {
            String name = outcomeName(true);
            int count = 1 + random.nextInt(large && random.nextInt(10) == 0 ? 60 : 5);
            Set<String> criterionNames = new HashSet<>();
            StringBuilder body = new StringBuilder();
            int absolute = 0;
            boolean anyRelative = false;
            for (int i = 0; i < count; i++) {
                boolean relative = i > 0 && random.nextInt(4) == 0;
                anyRelative |= relative;
                absolute += relative ? 0 : 1;
                String criterion;
                do {
                    criterion = hostile();
                } while (NOT_NAMES.contains(criterion) || !criterionNames.add(criterion));
                body.append("    ").append(relative ? "relative " : "").append("criterion ").append(criterion);
                if (random.nextBoolean()) {
                    body.append(' ').append(quoted());
                }
                body.append(": ").append(condition());
                if (random.nextInt(3) == 0) {
                    body.append(" cite ").append(citation());
                }
                body.append('\n');
            }
            String requirement = switch (random.nextInt(3)) {
                case 0 -> "all";
                case 1 -> "any";
                default -> "at least " + (1 + random.nextInt(absolute));
            };
            List<String> set = codeSet(anyRelative ? 3 : 2);
            out.append("  criteria ").append(name);
            if (random.nextBoolean()) {
                out.append(' ').append(quoted());
            }
            out.append(" require ").append(requirement).append(" {\n").append(body).append("  } outcome {\n")
                    .append("    met ").append(set.get(0)).append(random.nextBoolean() ? " " + quoted() : "")
                    .append('\n');
            if (anyRelative) {
                out.append("    exception ").append(set.get(2)).append('\n');
            }
            out.append("    unmet ").append(set.get(1)).append(random.nextBoolean() ? " " + quoted() : "")
                    .append("\n  }");
            if (random.nextBoolean()) {
                out.append(" cite ").append(citation());
            }
            out.append('\n');
            Ref ref = new Ref(name, "code", null, set);
            readable.add(ref);
            outcomes.add(ref);
        }

        // --- expressions ---

        /** A condition: now and then a long chain of `and`/`or`, otherwise a small random tree. */
        private String condition() {
            if (random.nextInt(large ? 8 : 30) == 0) {
                int terms = 10 + random.nextInt(large ? 150 : 40);
                StringBuilder chain = new StringBuilder(bool(1));
                for (int i = 1; i < terms; i++) {
                    chain.append(random.nextBoolean() ? " and " : " or ").append(bool(0));
                }
                return chain.toString();
            }
            return bool(1 + random.nextInt(large ? 4 : small ? 2 : 3));
        }

        private String bool(int depth) {
            int choice = random.nextInt(depth <= 0 ? 6 : 10);
            switch (choice) {
                case 0, 1 -> {
                    Ref ref = pick(Ref::bool);
                    if (ref != null) {
                        return random.nextInt(4) == 0 ? ref.text() + (random.nextBoolean() ? " = true" : " != false")
                                : ref.text();
                    }
                    return random.nextBoolean() ? "true" : "false";
                }
                case 2 -> {
                    Ref ref = pick(Ref::code);
                    if (ref != null) {
                        return codeTest(ref);
                    }
                    return compare();
                }
                case 3, 4 -> {
                    return compare();
                }
                case 5 -> {
                    Ref ref = pick(r -> !isParam(r));
                    return ref == null ? "true" : ref.text() + (random.nextBoolean() ? " is known"
                            : random.nextBoolean() ? " is missing" : " is not missing");
                }
                case 6 -> {
                    return "not (" + bool(depth - 1) + ")";
                }
                default -> {
                    return "(" + bool(depth - 1) + (random.nextBoolean() ? " and " : " or ") + bool(depth - 1) + ")";
                }
            }
        }

        private String codeTest(Ref ref) {
            List<String> set = ref.codes();
            if (random.nextBoolean()) {
                return ref.text() + (random.nextBoolean() ? " = " : " != ") + set.get(random.nextInt(set.size()));
            }
            StringBuilder items = new StringBuilder();
            int count = 1 + random.nextInt(Math.min(set.size(), 4));
            int first = random.nextInt(set.size());
            for (int i = 0; i < count; i++) {
                items.append(i == 0 ? "" : ", ").append(set.get((first + i) % set.size()));
            }
            return ref.text() + (random.nextBoolean() ? " in {" : " not in {") + items + "}";
        }

        private String compare() {
            Ref ref = pick(Ref::num);
            if (ref == null) {
                return "true";
            }
            Dim dim = ref.dim();
            String left = random.nextInt(3) == 0 ? num(dim, 2) : ref.text();
            if (left == null) {
                left = ref.text();
            }
            switch (random.nextInt(4)) {
                case 0 -> {
                    return left + (random.nextBoolean() ? " in " : " not in ") + interval(dim);
                }
                case 1 -> {
                    StringBuilder items = new StringBuilder();
                    int count = 1 + random.nextInt(large && random.nextInt(10) == 0 ? 200 : 4);
                    for (int i = 0; i < count; i++) {
                        items.append(i == 0 ? "" : ", ").append(literal(dim, true));
                    }
                    return left + (random.nextBoolean() ? " in {" : " not in {") + items + "}";
                }
                default -> {
                    String right = random.nextBoolean() ? literal(dim, true) : num(dim, 1);
                    if (right == null) {
                        right = literal(dim, true);
                    }
                    String op = List.of("<", "<=", ">", ">=", "=", "!=", "==").get(random.nextInt(7));
                    return left + " " + op + " " + right;
                }
            }
        }

        /** An interval in {@code dim}: literal ends in order, or a parameter at one end and `*` at the other. */
        private String interval(Dim dim) {
            String open = random.nextBoolean() ? "(" : "[";
            String close = random.nextBoolean() ? ")" : "]";
            Ref param = pick(r -> isParam(r) && r.dim() == dim);
            if (param != null && random.nextInt(3) == 0) {
                return random.nextBoolean() ? "(*, " + param.text() + close : open + param.text() + ", *)";
            }
            String unit = dim.units.get(random.nextInt(dim.units.size()));
            String suffix = unit.isEmpty() ? "" : unit.equals("%") ? "%" : " " + unit;
            int low = random.nextInt(4) == 0 ? -random.nextInt(100) : random.nextInt(100);
            int high = low + 1 + random.nextInt(100);
            String lowText = random.nextInt(6) == 0 ? "*" : low + suffix;
            String highText = random.nextInt(6) == 0 ? "*" : high + (random.nextBoolean() ? ".5" : "") + suffix;
            return (lowText.equals("*") ? "(" : open) + lowText + ", " + highText + (highText.equals("*") ? ")" : close);
        }

        private boolean isParam(Ref ref) {
            return params.contains(ref);
        }

        /** A numeric expression in {@code dim} that reads at least one input, parameter or definition; null if none has it. */
        private String num(Dim dim, int depth) {
            Ref ref = pick(r -> r.num() && r.dim() == dim);
            if (ref == null) {
                return null;
            }
            if (depth <= 0 || random.nextInt(3) == 0) {
                return random.nextInt(6) == 0 ? "-" + ref.text() : ref.text();
            }
            String left = num(dim, depth - 1);
            switch (random.nextInt(5)) {
                case 0, 1 -> {
                    String right = random.nextBoolean() ? literal(dim, false) : num(dim, depth - 1);
                    return "(" + left + (random.nextBoolean() ? " + " : " - ") + right + ")";
                }
                case 2 -> {
                    return "(" + left + " * " + plain() + ")";
                }
                case 3 -> {
                    return "(" + left + " / " + nonZero() + ")";
                }
                default -> {
                    if (dim == Dim.PLAIN) {
                        Dim other = List.of(Dim.PERCENT, Dim.TIME, Dim.LENGTH).get(random.nextInt(3));
                        String numerator = num(other, depth - 1);
                        String denominator = num(other, depth - 1);
                        if (numerator != null && denominator != null) {
                            return "(" + numerator + " / " + denominator + ")";
                        }
                    }
                    return left;
                }
            }
        }

        private String plain() {
            return random.nextInt(3) + "." + random.nextInt(10);
        }

        private String nonZero() {
            return (1 + random.nextInt(9)) + (random.nextBoolean() ? "" : "." + random.nextInt(10));
        }

        /** A number with the unit its dimension needs; plain numbers for counts and plain inputs. */
        private String literal(Dim dim, boolean inExpression) {
            String number = switch (random.nextInt(6)) {
                case 0 -> String.valueOf(random.nextInt(3));
                case 1 -> random.nextInt(100) + "." + random.nextInt(100);
                case 2 -> "0.000" + (1 + random.nextInt(9));
                case 3 -> String.valueOf(random.nextInt(1000));
                default -> String.valueOf(random.nextInt(30));
            };
            String unit = dim.units.get(random.nextInt(dim.units.size()));
            return unit.isEmpty() ? number : unit.equals("%") ? number + "%" : number + " " + unit;
        }

        private Ref pick(Predicate<Ref> wanted) {
            List<Ref> candidates = readable.stream().filter(wanted).toList();
            return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
        }
    }
}
