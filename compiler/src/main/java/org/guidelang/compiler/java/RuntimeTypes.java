package org.guidelang.compiler.java;

import com.palantir.javapoet.ClassName;

/** The runtime and JDK classes generated code refers to, named once (Dagger's model). */
final class RuntimeTypes {
    private static final String RUNTIME = "org.guidelang.runtime";

    static final ClassName TRUTH = ClassName.get(RUNTIME, "Truth");
    static final ClassName OPS = ClassName.get(RUNTIME, "Ops");
    static final ClassName DECIMALS = ClassName.get(RUNTIME, "Decimals");
    static final ClassName UNIT = ClassName.get(RUNTIME, "Unit");
    static final ClassName RANGE = ClassName.get(RUNTIME, "Range");
    static final ClassName INPUT_SPEC = ClassName.get(RUNTIME, "InputSpec");
    static final ClassName INPUT_KIND = ClassName.get(RUNTIME, "InputKind");
    static final ClassName INPUT_VALIDATOR = ClassName.get(RUNTIME, "InputValidator");
    static final ClassName INPUT_INDEX = ClassName.get(RUNTIME, "InputIndex");
    static final ClassName INPUT_VALUES = ClassName.get(RUNTIME, "InputValues");
    static final ClassName INVALID_INPUT = ClassName.get(RUNTIME, "InvalidInputException");
    static final ClassName INPUT_ERROR = ClassName.get(RUNTIME, "InputError");
    static final ClassName CONSTRAINT_CHECK = ClassName.get(RUNTIME, "ConstraintCheck");
    static final ClassName DECIDED = ClassName.get(RUNTIME, "Decided");
    static final ClassName CODE_VALUE = ClassName.get(RUNTIME, "CodeValue");
    static final ClassName CONDITIONS = ClassName.get(RUNTIME, "Conditions");
    static final ClassName TABLE_LOGIC = ClassName.get(RUNTIME, "DecisionTableLogic");
    static final ClassName CRITERIA_LOGIC = ClassName.get(RUNTIME, "CriteriaSetLogic");
    static final ClassName RECOMMENDATION_LOGIC = ClassName.get(RUNTIME, "RecommendationLogic");
    static final ClassName MISSING_INPUTS = ClassName.get(RUNTIME, "MissingInputs");
    static final ClassName POSSIBLE_CODES = ClassName.get(RUNTIME, "PossibleCodes");
    static final ClassName EXPLAINED_VALUES = ClassName.get(RUNTIME, "ExplainedValues");
    static final ClassName EXPLANATION_STEP = ClassName.get(RUNTIME, "ExplanationStep");
    static final ClassName EVALUATION_RESULT = ClassName.get(RUNTIME, "EvaluationResult");
    static final ClassName OUTCOME_RESULT = ClassName.get(RUNTIME, "OutcomeResult");
    static final ClassName EXACT_ANSWERS = ClassName.get(RUNTIME, "ExactAnswers");
    static final ClassName EXACT_SUBJECT = EXACT_ANSWERS.nestedClass("Subject");
    static final ClassName COMPLETIONS = ClassName.get(RUNTIME, "Completions");
    static final ClassName ANSWER_MEMO = ClassName.get(RUNTIME, "AnswerMemo");
    static final ClassName GUIDELINE_EVALUATOR = ClassName.get(RUNTIME, "GuidelineEvaluator");

    static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    static final ClassName LIST = ClassName.get("java.util", "List");
    static final ClassName MAP = ClassName.get("java.util", "Map");
    static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");
    static final ClassName LINKED_HASH_MAP = ClassName.get("java.util", "LinkedHashMap");
    static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
    static final ClassName BIG_DECIMAL = ClassName.get("java.math", "BigDecimal");

    /** The simple names of the classes above, which no field or local of generated code may take. */
    static final java.util.Set<String> SIMPLE_NAMES = java.util.Set.of("AnswerMemo", "Truth", "Ops", "Unit", "Range", "InputSpec",
            "InputKind", "InputValidator", "InputIndex", "InvalidInputException", "InputError", "ConstraintCheck",
            "Decimals", "Decided", "CodeValue", "Conditions",
            "DecisionTableLogic", "CriteriaSetLogic", "RecommendationLogic", "MissingInputs", "PossibleCodes",
            "ExplainedValues", "ExplanationStep", "EvaluationResult", "GuidelineEvaluator", "Generated", "List", "Map",
            "ArrayList", "Objects");

    private RuntimeTypes() {}
}
