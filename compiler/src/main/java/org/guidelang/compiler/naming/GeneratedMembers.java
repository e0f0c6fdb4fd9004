package org.guidelang.compiler.naming;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The members every generated evaluator class has whatever the guideline says, by the Java
 * namespace a guideline's names share with them, each with what it is. A name of the guideline
 * that would be one of these is a {@code check} error (GL216): the generated code could not hold
 * both, and renaming the guideline's silently would break the names the data dictionary promises.
 */
public final class GeneratedMembers {
    /**
     * Record components Java forbids (JLS 8.10.1): their accessors would override {@code Object}'s
     * methods.
     */
    private static final Map<String, String> OBJECT_METHODS = objectMethods();

    /** Nested types of the class; an enum of codes that would take one of these names gets {@code Code} appended. */
    public static final Set<String> NESTED_TYPES = Set.of("Input", "Result", "Evaluation", "MapEvaluator", "Builder",
            "ExactSubject", "Answers", "Constraints");

    /** Public constants of the class, the namespace of parameters. */
    public static final Map<String, String> CONSTANTS = Map.of(
            "ID", "the guideline's id",
            "VERSION", "the guideline's version",
            "INPUTS", "the list of input specifications",
            "INPUT_INDEX", "the numbering of the inputs");

    /** Methods of the {@code Input} record, the namespace of inputs. */
    public static final Map<String, String> INPUT_METHODS = with(OBJECT_METHODS, Map.of(
            "builder", "the static method that starts a builder",
            "toBuilder", "the method that copies the input into a builder",
            "toValues", "the method that gives the input as a map"));

    /** Methods of the {@code Result} record, the namespace of outcomes. */
    public static final Map<String, String> RESULT_METHODS = with(OBJECT_METHODS, Map.of(
            "input", "the patient's input",
            "explain", "the explanation",
            "missing", "the inputs that could decide an undetermined outcome",
            "toEvaluationResult", "the map and JSON form of the result",
            "unit", "the method of the evaluation that gives the unit of an input or parameter"));

    private GeneratedMembers() {}

    private static Map<String, String> objectMethods() {
        Map<String, String> methods = new LinkedHashMap<>();
        for (String name : new String[] {"clone", "finalize", "getClass", "hashCode", "notify", "notifyAll",
                "toString", "wait"}) {
            methods.put(name, "the method every Java object has");
        }
        return methods;
    }

    private static Map<String, String> with(Map<String, String> base, Map<String, String> more) {
        Map<String, String> all = new LinkedHashMap<>(base);
        all.putAll(more);
        return Map.copyOf(all);
    }
}
