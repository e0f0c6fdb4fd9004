package org.guidelang.compiler.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.guidelang.compiler.ast.Guideline;
import org.guidelang.compiler.ast.Member;
import org.guidelang.compiler.ast.Name;
import org.guidelang.compiler.diagnostics.DiagnosticCode;
import org.guidelang.compiler.diagnostics.Diagnostics;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.CriteriaSet;
import org.guidelang.compiler.model.DecisionTable;
import org.guidelang.compiler.model.InputDecl;
import org.guidelang.compiler.model.Outcome;
import org.guidelang.compiler.naming.GeneratedMembers;
import org.guidelang.compiler.naming.JavaIdentifiers;
import org.guidelang.compiler.source.SourceSpan;

/**
 * Names that the generated Java could not hold apart: two names of one guideline that become the
 * same Java name (GL215; for types, the same up to case, GL217, since their class files would
 * overwrite each other on Windows and macOS), a name that becomes a member every evaluator class
 * already has (GL216), and a parameter's constant that would hide a type the class refers to
 * (GL218). The Java names come from {@link JavaIdentifiers}, the back end's own source of them.
 * Names the back end chooses itself (locals, helper methods, private fields) never clash: it
 * picks them clear of these.
 */
public final class JavaNameCheck {
    private final Diagnostics diagnostics;

    private JavaNameCheck(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** A type the generated class names, and where it comes from. */
    private record NamedType(String what, String where) {}

    /** A name as written and the Java name it becomes. */
    private record Claim(String kind, String name, SourceSpan span, String java) {
        String where() {
            return span.file().displayPath() + ":" + span.line();
        }
    }

    /**
     * Checks the names of {@code ast}, whose inputs (inherited ones first) are {@code inputs} and
     * whose imports are {@code imports}.
     */
    static void check(Guideline ast, Collection<InputDecl> inputs, Collection<CheckedGuideline> imports,
            Diagnostics diagnostics) {
        new JavaNameCheck(diagnostics).run(ast, inputs, imports);
    }

    /** Two guidelines that would be one Java class, or two whose class files differ only in case. */
    public static void checkClasses(Collection<Guideline> guidelines, Diagnostics diagnostics) {
        List<Claim> classes = new ArrayList<>();
        for (Guideline guideline : guidelines) {
            classes.add(new Claim("guideline", guideline.id().text(), guideline.id().span(),
                    JavaIdentifiers.typeName(guideline.id().text())));
        }
        Map<String, Claim> exact = new LinkedHashMap<>();
        Map<String, Claim> folded = new LinkedHashMap<>();
        for (Claim claim : classes) {
            Claim earlier = exact.putIfAbsent(claim.java(), claim);
            Claim sameUpToCase = folded.putIfAbsent(claim.java().toLowerCase(Locale.ROOT), claim);
            if (earlier != null) {
                diagnostics.reportWithHint(DiagnosticCode.JAVA_CLASS_CLASH, claim.span(),
                        "rename one of them: the class is the id in UpperCamelCase, without underscores",
                        claim.name(), claim.java(), earlier.name(), earlier.where());
            } else if (sameUpToCase != null) {
                diagnostics.reportWithHint(DiagnosticCode.JAVA_CASE_CLASH, claim.span(),
                        "rename one of them so that their classes differ in more than case",
                        "guideline", claim.name(), "the class " + claim.java(), "guideline", sameUpToCase.name(),
                        sameUpToCase.where(), "the class " + sameUpToCase.java());
            }
        }
    }

    private void run(Guideline ast, Collection<InputDecl> inputs, Collection<CheckedGuideline> imports) {
        String className = JavaIdentifiers.typeName(ast.id().text());
        List<Claim> enums = new ArrayList<>();
        List<Claim> outcomes = new ArrayList<>();
        List<Claim> params = new ArrayList<>();
        List<Claim> inputClaims = new ArrayList<>();
        Map<String, SourceSpan> ownInputs = new LinkedHashMap<>();
        for (Member member : ast.members()) {
            if (member instanceof Member.Input input) {
                ownInputs.putIfAbsent(input.id().text(), input.id().span());
            }
        }
        for (InputDecl input : inputs) {
            SourceSpan span = input.guideline().equals(ast.id().text()) ? ownInputs.getOrDefault(input.name(),
                    input.span()) : input.span();
            inputClaims.add(new Claim("input", input.name(), span, JavaIdentifiers.memberName(input.name())));
        }
        for (Member member : ast.members()) {
            if (member instanceof Member.Input input && input.type() instanceof Member.CodeType type) {
                enums.add(enumClaim("input", input.id(), className));
                codes(input.id().text(), type.codes().stream().map(Member.CodeDecl::id).toList());
            } else if (member instanceof Member.Param param) {
                params.add(new Claim("parameter", param.id().text(), param.id().span(),
                        JavaIdentifiers.constantName(param.id().text())));
            } else if (member instanceof Member.Table table) {
                enums.add(enumClaim("table", table.id(), className));
                outcomes.add(outcomeClaim("table", table.id()));
                codes(table.id().text(), table.codes().stream().map(Member.CodeDecl::id).toList());
            } else if (member instanceof Member.CriteriaSet set) {
                enums.add(enumClaim("criteria set", set.id(), className));
                outcomes.add(outcomeClaim("criteria set", set.id()));
                codes(set.id().text(), set.mappings().stream().map(Member.OutcomeMapping::code).toList());
            } else if (member instanceof Member.Recommendation rec) {
                outcomes.add(outcomeClaim("recommendation", rec.id()));
            }
        }
        distinct(inputClaims, c -> "the accessor " + c.java() + "()");
        reserved(inputClaims, GeneratedMembers.INPUT_METHODS, c -> "the accessor " + c.java() + "() of Input");
        distinct(outcomes, c -> "the component " + c.java() + " of Result");
        reserved(outcomes, GeneratedMembers.RESULT_METHODS, c -> "the component " + c.java() + " of Result");
        distinct(params, c -> "the constant " + c.java());
        reserved(params, GeneratedMembers.CONSTANTS, c -> "the constant " + c.java());
        distinctTypes(enums);
        hiddenTypes(params, types(ast, className, enums, imports));
    }

    private static Claim enumClaim(String kind, Name owner, String className) {
        return new Claim(kind, owner.text(), owner.span(), JavaIdentifiers.enumName(owner.text(), className));
    }

    private static Claim outcomeClaim(String kind, Name name) {
        return new Claim(kind, name.text(), name.span(), JavaIdentifiers.memberName(name.text()));
    }

    /** The codes of one set, which become the constants of one enum. */
    private void codes(String owner, List<Name> codes) {
        List<Claim> claims = new ArrayList<>();
        Map<String, Name> seen = new LinkedHashMap<>();
        for (Name code : codes) {
            // A code written twice is reported as a duplicate, and a criteria set may map one code twice.
            if (seen.putIfAbsent(code.text(), code) == null) {
                claims.add(new Claim("code", code.text(), code.span(), JavaIdentifiers.memberName(code.text())));
            }
        }
        distinct(claims, c -> "the constant " + c.java() + " of the enum of `" + owner + "`");
    }

    private void distinct(List<Claim> claims, Function<Claim, String> what) {
        Map<String, Claim> seen = new LinkedHashMap<>();
        for (Claim claim : claims) {
            Claim earlier = seen.putIfAbsent(claim.java(), claim);
            if (earlier != null && !earlier.name().equals(claim.name())) {
                diagnostics.reportWithHint(DiagnosticCode.JAVA_NAME_CLASH, claim.span(), hint(claim),
                        claim.kind(), claim.name(), what.apply(claim), earlier.kind(), earlier.name(), earlier.where());
            }
        }
    }

    private void reserved(List<Claim> claims, Map<String, String> members, Function<Claim, String> what) {
        for (Claim claim : claims) {
            String member = members.get(claim.java());
            if (member != null) {
                diagnostics.reportWithHint(DiagnosticCode.JAVA_NAME_RESERVED, claim.span(),
                        "choose another name for the " + claim.kind(), claim.kind(), claim.name(), what.apply(claim),
                        member);
            }
        }
    }

    /** Enums are class files of their own, so two that differ only in case clash where case is ignored. */
    private void distinctTypes(List<Claim> enums) {
        distinct(enums, c -> "the enum " + c.java());
        Map<String, Claim> exact = new LinkedHashMap<>();
        Map<String, Claim> folded = new LinkedHashMap<>();
        for (Claim claim : enums) {
            exact.putIfAbsent(claim.java(), claim);
            Claim earlier = folded.putIfAbsent(claim.java().toLowerCase(Locale.ROOT), claim);
            if (earlier != null && !earlier.java().equals(claim.java())) {
                diagnostics.reportWithHint(DiagnosticCode.JAVA_CASE_CLASH, claim.span(),
                        "rename one of them so that their enums differ in more than case", claim.kind(), claim.name(),
                        "the enum " + claim.java(), earlier.kind(), earlier.name(), earlier.where(),
                        "the enum " + earlier.java());
            }
        }
    }

    /**
     * The types the class names in its code, by their simple names: its own class and enums, and
     * those of every guideline it reaches through imports.
     */
    private static Map<String, NamedType> types(Guideline ast, String className, List<Claim> enums,
            Collection<CheckedGuideline> imports) {
        Map<String, NamedType> types = new LinkedHashMap<>();
        types.put(className, new NamedType("the class of guideline `" + ast.id().text() + "`", where(ast.id().span())));
        for (Claim claim : enums) {
            types.putIfAbsent(claim.java(), new NamedType("the enum of " + claim.kind() + " `" + claim.name() + "`",
                    claim.where()));
        }
        List<CheckedGuideline> reached = new ArrayList<>();
        imports.forEach(g -> reach(g, reached));
        for (CheckedGuideline imported : reached) {
            String name = JavaIdentifiers.typeName(imported.id());
            types.putIfAbsent(name, new NamedType("the class of guideline `" + imported.id() + "`",
                    where(imported.span())));
            for (InputDecl input : imported.ownInputs()) {
                if (input.codes() != null) {
                    types.putIfAbsent(JavaIdentifiers.enumName(input.name(), name), new NamedType("the enum of input `"
                            + input.name() + "` of `" + imported.id() + "`", where(input.span())));
                }
            }
            for (Outcome outcome : imported.outcomes()) {
                if (outcome instanceof DecisionTable || outcome instanceof CriteriaSet) {
                    types.putIfAbsent(JavaIdentifiers.enumName(outcome.name(), name), new NamedType("the enum of `"
                            + outcome.name() + "` of `" + imported.id() + "`", where(outcome.span())));
                }
            }
        }
        return types;
    }

    private static void reach(CheckedGuideline guideline, List<CheckedGuideline> reached) {
        if (reached.stream().noneMatch(g -> g.id().equals(guideline.id()))) {
            reached.add(guideline);
            guideline.imports().forEach(i -> reach(i.guideline(), reached));
        }
    }

    /** In an expression, a field hides a type of the same name: {@code AB.YES} would read the constant AB. */
    private void hiddenTypes(List<Claim> params, Map<String, NamedType> types) {
        for (Claim claim : params) {
            NamedType type = types.get(claim.java());
            if (type != null) {
                diagnostics.reportWithHint(DiagnosticCode.JAVA_CONSTANT_HIDES_TYPE, claim.span(),
                        "choose another name for the parameter", claim.name(), claim.java(), type.what(), type.where());
            }
        }
    }

    private static String hint(Claim claim) {
        return "rename one of them: Java names keep the name as written, except that "
                + (claim.kind().equals("parameter") ? "a parameter's constant is in UPPER_SNAKE_CASE"
                        : "a word Java reserves gets a trailing `_`");
    }

    private static String where(SourceSpan span) {
        return span.file().displayPath() + ":" + span.line();
    }
}
