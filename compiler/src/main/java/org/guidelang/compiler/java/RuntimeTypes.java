package org.guidelang.compiler.java;

import com.palantir.javapoet.ClassName;
import java.util.LinkedHashSet;
import java.util.Set;

/** The runtime and JDK classes generated code refers to, named once (Dagger's model). */
final class RuntimeTypes {
    private static final String RUNTIME = "org.guidelang.runtime";
    /** Filled by {@link #runtime} and {@link #jdk} as the constants below are made, so that no class is left out. */
    private static final Set<String> NAMED = new LinkedHashSet<>();

    static final ClassName TRUTH = runtime("Truth");
    static final ClassName OPS = runtime("Ops");
    static final ClassName DECIMALS = runtime("Decimals");
    static final ClassName UNIT = runtime("Unit");
    static final ClassName RANGE = runtime("Range");
    static final ClassName INPUT_SPEC = runtime("InputSpec");
    static final ClassName INPUT_KIND = runtime("InputKind");
    static final ClassName INPUT_VALIDATOR = runtime("InputValidator");
    static final ClassName INPUT_INDEX = runtime("InputIndex");
    static final ClassName INPUT_VALUES = runtime("InputValues");
    static final ClassName INVALID_INPUT = runtime("InvalidInputException");
    static final ClassName INPUT_ERROR = runtime("InputError");
    static final ClassName CONSTRAINT_CHECK = runtime("ConstraintCheck");
    static final ClassName DECIDED = runtime("Decided");
    static final ClassName CODE_VALUE = runtime("CodeValue");
    static final ClassName CONDITIONS = runtime("Conditions");
    static final ClassName TABLE_LOGIC = runtime("DecisionTableLogic");
    static final ClassName CRITERIA_LOGIC = runtime("CriteriaSetLogic");
    static final ClassName RECOMMENDATION_LOGIC = runtime("RecommendationLogic");
    static final ClassName MISSING_INPUTS = runtime("MissingInputs");
    static final ClassName POSSIBLE_CODES = runtime("PossibleCodes");
    static final ClassName EXPLAINED_VALUES = runtime("ExplainedValues");
    static final ClassName EXPLANATION_STEP = runtime("ExplanationStep");
    static final ClassName EVALUATION_RESULT = runtime("EvaluationResult");
    static final ClassName OUTCOME_RESULT = runtime("OutcomeResult");
    static final ClassName EXACT_ANSWERS = runtime("ExactAnswers");
    static final ClassName EXACT_SUBJECT = EXACT_ANSWERS.nestedClass("Subject");
    static final ClassName COMPLETIONS = runtime("Completions");
    static final ClassName ANSWER_MEMO = runtime("AnswerMemo");
    static final ClassName GUIDELINE_EVALUATOR = runtime("GuidelineEvaluator");
    static final ClassName SCOPED_TRACE = runtime("ScopedTrace");

    static final ClassName GENERATED = jdk("javax.annotation.processing", "Generated");
    static final ClassName LIST = jdk("java.util", "List");
    static final ClassName MAP = jdk("java.util", "Map");
    static final ClassName ARRAY_LIST = jdk("java.util", "ArrayList");
    static final ClassName LINKED_HASH_MAP = jdk("java.util", "LinkedHashMap");
    static final ClassName OBJECTS = jdk("java.util", "Objects");
    static final ClassName BIG_DECIMAL = jdk("java.math", "BigDecimal");

    /**
     * The simple names of the classes above, which no field or local of generated code may take: in a
     * Java expression a variable hides a type of the same name.
     */
    static final Set<String> SIMPLE_NAMES = Set.copyOf(NAMED);

    private RuntimeTypes() {}

    private static ClassName runtime(String simpleName) {
        NAMED.add(simpleName);
        return ClassName.get(RUNTIME, simpleName);
    }

    private static ClassName jdk(String packageName, String simpleName) {
        NAMED.add(simpleName);
        return ClassName.get(packageName, simpleName);
    }
}
