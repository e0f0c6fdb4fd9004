package org.guidelang.compiler.java;

import java.util.HashSet;
import java.util.Set;
import org.guidelang.compiler.model.CheckedGuideline;
import org.guidelang.compiler.model.CodeSet;
import org.guidelang.compiler.model.Constraint;
import org.guidelang.compiler.model.Definition;
import org.guidelang.compiler.model.InputDecl;
import org.guidelang.compiler.model.Outcome;
import org.guidelang.compiler.model.ParamDecl;
import org.guidelang.compiler.naming.GeneratedMembers;
import org.guidelang.compiler.naming.JavaIdentifiers;

/**
 * Every member name inside one guideline's generated class. The names a guideline's declarations
 * give (inputs, outcomes, parameters, codes) come from {@link JavaIdentifiers}, and {@code check}
 * has made sure they do not clash. The generator's own members (private constants, helper methods,
 * the evaluation's fields, locals) are allocated clear of everything else in their namespace,
 * including the simple names of every type the class may name and the first part of every
 * package: in a Java expression a field or local hides a type or package of the same name.
 */
final class MemberNames {
    /** Methods every generated class has, whatever the guideline declares. */
    private static final Set<String> FIXED_METHODS = Set.of(
            "clone", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait", "equals",
            "values", "valueOf", "name", "ordinal", "compareTo", "getDeclaringClass", "describeConstable",
            "code", "label", "ofCode", "builder", "toBuilder", "fromValues", "build", "input", "explain", "missing",
            "toEvaluationResult", "condition", "evaluateAll", "id", "version", "inputs", "outcomes", "evaluate",
            "evaluator", "toValues", "exactAnswers", "resultOf", "resultWhenGiven", "unit");

    private final CheckedGuideline guideline;
    private final NameAllocation statics;
    private final NameAllocation methods;
    private final NameAllocation fields;
    private final NameAllocation locals;
    private final NameAllocation staticLocals;
    private final NameAllocation inputLocals;
    private final NameAllocation constraintMethods;
    private final Set<String> hidable;

    /**
     * The names of {@code guideline}'s class; {@code hidable} holds the simple names of every type
     * the class may name and the first part of every package it may name.
     */
    MemberNames(CheckedGuideline guideline, Set<String> hidable) {
        this.guideline = guideline;
        this.hidable = Set.copyOf(hidable);
        Set<String> constants = new HashSet<>(hidable);
        constants.addAll(GeneratedMembers.CONSTANTS.keySet());
        guideline.params().forEach(p -> constants.add(param(p)));
        this.statics = new NameAllocation(constants);
        statics.name("OUTCOMES", "OUTCOMES");
        for (Outcome outcome : guideline.outcomes()) {
            String constant = JavaIdentifiers.constantName(outcome.name());
            if (Codes.of(outcome) != null) {
                statics.name("values:" + outcome.name(), constant + "_VALUES");
                statics.name("decided:" + outcome.name(), constant + "_DECIDED");
            }
            statics.name("logic:" + outcome.name(), constant + "_LOGIC");
        }
        statics.name("VALIDATOR", "VALIDATOR");
        statics.name("EVALUATOR", "EVALUATOR");

        Set<String> fixedMethods = new HashSet<>(FIXED_METHODS);
        guideline.inputs().forEach(i -> fixedMethods.add(input(i)));
        guideline.outcomes().forEach(o -> fixedMethods.add(outcome(o)));
        this.methods = new NameAllocation(fixedMethods);
        for (Outcome outcome : guideline.outcomes()) {
            methods.name("missing:" + outcome.name(), outcome(outcome) + "Missing");
            if (Codes.of(outcome) != null) {
                methods.name("possible:" + outcome.name(), outcome(outcome) + "Possible");
            }
        }
        for (Outcome outcome : guideline.outcomes()) {
            String member = outcome(outcome);
            methods.name("decide:" + outcome.name(), "decide" + Character.toUpperCase(member.charAt(0))
                    + member.substring(1));
            methods.name("conclude:" + outcome.name(), member + "From");
            methods.name("given:" + outcome.name(), member + "WhenGiven");
        }
        for (Definition definition : guideline.definitions()) {
            String name = methods.name("definition:" + definition.name(), JavaIdentifiers.memberName(definition.name()));
            methods.name("definitionMissing:" + definition.name(), name + "Missing");
        }
        for (CheckedGuideline.ImportRef imported : guideline.imports()) {
            methods.name("remap:" + imported.alias(), "from" + JavaIdentifiers.typeName(imported.alias()));
        }
        for (CheckedGuideline.ImportRef imported : guideline.imports()) {
            methods.name("imported:" + imported.alias(), JavaIdentifiers.memberName(imported.alias()));
        }

        Set<String> evaluationTaken = new HashSet<>(hidable);
        evaluationTaken.addAll(statics.taken());
        this.fields = new NameAllocation(evaluationTaken);
        fields.name("PENDING", "PENDING");
        fields.name("input", "input");
        fields.name("trace", "trace");
        for (CheckedGuideline.ImportRef imported : guideline.imports()) {
            fields.name("alias:" + imported.alias(), JavaIdentifiers.memberName(imported.alias()));
        }
        for (Outcome outcome : guideline.outcomes()) {
            String member = outcome(outcome);
            fields.name("value:" + outcome.name(), member);
            fields.name("missing:" + outcome.name(), member + "Missing");
            if (Codes.of(outcome) != null) {
                fields.name("possible:" + outcome.name(), member + "Possible");
            }
        }
        this.locals = new NameAllocation(fields.taken());
        this.staticLocals = new NameAllocation(statics.taken());
        Set<String> inputTaken = new HashSet<>(hidable);
        guideline.inputs().forEach(i -> inputTaken.add(input(i)));
        this.inputLocals = new NameAllocation(inputTaken);
        Set<String> constraintTaken = new HashSet<>(FIXED_METHODS);
        constraintTaken.addAll(Set.of("broken", "errors", "missing"));
        this.constraintMethods = new NameAllocation(constraintTaken);
        for (Constraint constraint : guideline.constraints()) {
            String key = constraint.guideline() + "." + constraint.name();
            String name = JavaIdentifiers.memberName(constraint.name());
            while (constraintMethods.taken().contains(name) || constraintMethods.taken().contains(name + "Missing")) {
                name = name + "_";
            }
            constraintMethods.name("constraint:" + key, name);
            constraintMethods.name("constraintMissing:" + key, name + "Missing");
        }
    }

    // --- names the guideline gives ---

    /** An input's accessor, builder setter and record component. */
    static String input(InputDecl input) {
        return JavaIdentifiers.memberName(input.name());
    }

    /** An outcome's component of {@code Result} and its accessor in {@code Evaluation}. */
    static String outcome(Outcome outcome) {
        return JavaIdentifiers.memberName(outcome.name());
    }

    /** A parameter's public constant. */
    static String param(ParamDecl param) {
        return JavaIdentifiers.constantName(param.name());
    }

    /** A code's enum constant. */
    static String code(String code) {
        return JavaIdentifiers.memberName(code);
    }

    // --- the class's own static members ---

    /** A private constant: {@code OUTCOMES}, {@code VALIDATOR} or {@code EVALUATOR}. */
    String constant(String fixed) {
        return statics.name(fixed);
    }

    /** {@code GRADE_VALUES}: the codes of an outcome in ordinal order. */
    String values(Outcome outcome) {
        return statics.name("values:" + outcome.name());
    }

    /** {@code GRADE_DECIDED}: the shared decided values of an outcome's codes. */
    String decided(Outcome outcome) {
        return statics.name("decided:" + outcome.name());
    }

    /** {@code GRADE_LOGIC}: the runtime logic of an outcome. */
    String logic(Outcome outcome) {
        return statics.name("logic:" + outcome.name());
    }

    /** A private static helper method, such as {@code fromWho} or {@code inputOf}. */
    String helper(String key, String preferred) {
        return methods.name("helper:" + key, preferred);
    }

    /** The static method that renumbers an import's input bits: {@code fromWho}. */
    String remap(String alias) {
        return methods.name("remap:" + alias);
    }

    /** A local variable or parameter of a static method of the class. */
    String staticLocal(String preferred) {
        return staticLocals.name(preferred, preferred);
    }

    /** The parameter of a static method holding an import's result: {@code who}, clear of the outcomes' locals. */
    String staticLocal(CheckedGuideline.ImportRef imported) {
        return staticLocals.name("imported:" + imported.alias(), JavaIdentifiers.memberName(imported.alias()));
    }

    /** The local of a static method holding an outcome: {@code grade}. */
    String staticLocal(Outcome outcome) {
        return staticLocals.name("outcome:" + outcome.name(), outcome(outcome));
    }

    // --- the evaluation ---

    /** {@code gradeMissing()}: the inputs that could decide an outcome. */
    String missingMethod(Outcome outcome) {
        return methods.name("missing:" + outcome.name());
    }

    /** {@code gradePossible()}: the codes an undetermined outcome can still take. */
    String possibleMethod(Outcome outcome) {
        return methods.name("possible:" + outcome.name());
    }

    /** {@code decideGrade()}: decides an outcome without an explanation. */
    String decideMethod(Outcome outcome) {
        return methods.name("decide:" + outcome.name());
    }

    /** {@code gradeWhenGiven()}: decides an outcome in plain Java when every input it reads is given. */
    String givenMethod(Outcome outcome) {
        return methods.name("given:" + outcome.name());
    }

    /** {@code gradeFrom(candidates, missing)}: concludes a table from its candidates. */
    String concludeMethod(Outcome outcome) {
        return methods.name("conclude:" + outcome.name());
    }

    /** {@code highProliferation()}: a definition's value. */
    String definition(Definition definition) {
        return methods.name("definition:" + definition.name());
    }

    /** {@code highProliferationMissing()}: a definition's missing inputs. */
    String definitionMissing(Definition definition) {
        return methods.name("definitionMissing:" + definition.name());
    }

    /** A field of the evaluation: {@code PENDING}, {@code input} or {@code trace}. */
    String field(String fixed) {
        return fields.name(fixed);
    }

    /**
     * The component of {@code Result} holding an import's result: {@code who}, clear of the
     * outcomes' components and of every method a result has.
     */
    String importedResult(String alias) {
        return methods.name("imported:" + alias);
    }

    /** The evaluation field holding an import's evaluation. */
    String aliasField(String alias) {
        return fields.name("alias:" + alias);
    }

    /** The evaluation field holding an outcome once decided. */
    String valueField(Outcome outcome) {
        return fields.name("value:" + outcome.name());
    }

    /** The evaluation field holding an outcome's missing inputs. */
    String missingField(Outcome outcome) {
        return fields.name("missing:" + outcome.name());
    }

    /** The evaluation field holding an outcome's possible codes. */
    String possibleField(Outcome outcome) {
        return fields.name("possible:" + outcome.name());
    }

    /** A local variable or parameter of the evaluation's methods, the same name in each. */
    String local(String preferred) {
        return locals.name(preferred, preferred);
    }

    /** A local named after something of the guideline ({@code key} tells which), clear of every other local. */
    String local(String key, String preferred) {
        return locals.name(key, preferred);
    }

    // --- the input and its builder ---

    /** The builder's field for an input: its name, as the builder's code names no type the name could hide. */
    String builderField(InputDecl input) {
        return input(input);
    }

    /** A local of the input record's methods. */
    String inputLocal(String preferred) {
        return inputLocals.name(preferred, preferred);
    }

    // --- the Constraints class ---

    /** {@code clearedMeansNone(input)}: a constraint's truth, a method of the {@code Constraints} class. */
    String constraint(Constraint constraint) {
        return constraintMethods.name("constraint:" + constraint.guideline() + "." + constraint.name());
    }

    /** {@code brokenPart2(input)}: part {@code part} of a method of the {@code Constraints} class too long for one. */
    String constraintPart(String method, int part) {
        return constraintMethods.name("part:" + method + ":" + part, method + "Part" + part);
    }

    /** {@code clearedMeansNoneMissing(input)}: a constraint's missing inputs when it is unknown. */
    String constraintMissing(Constraint constraint) {
        return constraintMethods.name("constraintMissing:" + constraint.guideline() + "." + constraint.name());
    }

    // --- code enums ---

    /** The private members of a code enum: its fields and the parameter of {@code ofCode}. */
    record EnumMembers(String codeField, String labelField, String codeParameter) {}

    /** The private members of the enum of {@code codes}, clear of its constants. */
    EnumMembers enumMembers(CodeSet codes) {
        Set<String> taken = new HashSet<>(hidable);
        codes.codes().forEach(c -> taken.add(code(c.name())));
        NameAllocation names = new NameAllocation(taken);
        return new EnumMembers(names.name("code", "code"), names.name("label", "label"),
                new NameAllocation(taken).name("code", "code"));
    }

    CheckedGuideline guideline() {
        return guideline;
    }
}
