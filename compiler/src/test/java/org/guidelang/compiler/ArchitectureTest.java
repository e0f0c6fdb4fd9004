package org.guidelang.compiler;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The pipeline's direction, enforced on the compiled classes (every reference, not only import
 * lines): source → parse tree → AST → checked model → analysis → {interpreter, back ends}; each
 * rule says why. The formatter is the one back end of the syntax, and the command line the one
 * shell over everything.
 */
@AnalyzeClasses(packages = {"org.guidelang.compiler", "org.guidelang.runtime"},
        importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String ANTLR = "org.antlr..";
    private static final String GRAMMAR = "org.guidelang.grammar..";
    private static final String RUNTIME = "org.guidelang.runtime..";
    private static final String COMPILER = "org.guidelang.compiler";
    private static final String AST = "org.guidelang.compiler.ast..";
    private static final String PARSE = "org.guidelang.compiler.parse..";
    private static final String CHECK = "org.guidelang.compiler.check..";
    private static final String MODEL = "org.guidelang.compiler.model..";
    private static final String REGION = "org.guidelang.compiler.region..";
    private static final String ANALYSIS = "org.guidelang.compiler.analysis..";
    private static final String EVAL = "org.guidelang.compiler.eval..";
    private static final String CONFLICTS = "org.guidelang.compiler.conflicts..";
    private static final String JAVA = "org.guidelang.compiler.java..";
    private static final String HTML = "org.guidelang.compiler.html..";
    private static final String DIFF = "org.guidelang.compiler.diff..";
    private static final String FORMAT = "org.guidelang.compiler.format..";
    private static final String CLI = "org.guidelang.compiler.cli..";
    private static final String SOURCE = "org.guidelang.compiler.source..";
    private static final String NAMING = "org.guidelang.compiler.naming..";

    @ArchTest
    static final ArchRule nothingPastTheAstBuilderSeesTheParseTree = noClasses()
            .that().resideInAPackage(COMPILER + "..")
            .and().resideOutsideOfPackages(COMPILER, PARSE, FORMAT, CLI)
            .should().dependOnClassesThat().resideInAnyPackage(ANTLR, GRAMMAR, PARSE)
            .because("output generated straight from the parse tree is what the CQL maintainers' ADR 003 calls "
                    + "a mistake: only the parse pass reads ANTLR's tree, the rest reads the AST or the model "
                    + "(the pipeline in the root package runs the parser; the formatter lays out tokens, and the "
                    + "command line is a shell over all of it)");

    @ArchTest
    static final ArchRule theAstIsPlainSyntax = classes()
            .that().resideInAPackage(AST)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", AST, SOURCE)
            .because("the AST is records of what was written, with spans: it knows neither ANTLR nor any pass");

    @ArchTest
    static final ArchRule theModelNamesItsOwnTypes = classes()
            .that().resideInAPackage(MODEL)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.lang.model..", MODEL, SOURCE,
                    RUNTIME)
            .because("the checked model is the one thing back ends read: it borrows no type from the syntax "
                    + "(its operators are its own) and knows no pass; the JDK's javax.lang.model says what a "
                    + "Java package name may be (JavaPackage)");

    @ArchTest
    static final ArchRule backEndsReadTheCheckedModelNotTheSyntax = noClasses()
            .that().resideInAnyPackage(REGION, ANALYSIS, EVAL, CONFLICTS, JAVA, HTML, DIFF)
            .should().dependOnClassesThat().resideInAnyPackage(AST, PARSE, CHECK)
            .because("the analysis, the interpreter and the back ends read only the checked model, so that a "
                    + "change of syntax or of checking cannot change what they compute");

    @ArchTest
    static final ArchRule theConflictProofIsAnAnalysisNotABackEnd = noClasses()
            .that().resideInAPackage(CONFLICTS)
            .should().dependOnClassesThat().resideInAnyPackage(JAVA, HTML, DIFF, FORMAT, CLI)
            .because("it proves conflict declarations over the checked model with the interpreter, as part of "
                    + "checking: no back end or command is needed to run it");

    @ArchTest
    static final ArchRule theRegionAlgebraCanMoveIntoTheRuntime = classes()
            .that().resideInAPackage(REGION)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", RUNTIME, REGION)
            .because("exact possible values in generated evaluators will need the algebra at run time, where "
                    + "only the runtime jar is: it must move there unchanged (see its package Javadoc)");

    @ArchTest
    static final ArchRule theRuntimeDependsOnNothing = classes()
            .that().resideInAPackage(RUNTIME)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", RUNTIME)
            .because("generated evaluators ship with the runtime jar alone, in any hospital system");

    @ArchTest
    static final ArchRule javaNamesHaveOneSource = classes()
            .that().resideInAPackage(NAMING)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.lang.model..", NAMING)
            .because("check reports the Java names the back end would clash on, and both read them from naming: "
                    + "it knows no pass, so that the two can never disagree about a name");

    @ArchTest
    static final ArchRule theCheckerAsksNamingNotTheJavaBackEnd = noClasses()
            .that().resideInAPackage(CHECK)
            .should().dependOnClassesThat().resideInAPackage(JAVA)
            .because("the checker runs before any back end; the Java names it checks come from naming");

    @ArchTest
    static final ArchRule theFormatterIsABackEndOfTheSyntax = noClasses()
            .that().resideInAPackage(FORMAT)
            .should().dependOnClassesThat().resideInAnyPackage(CHECK, MODEL, REGION, ANALYSIS, EVAL, JAVA, HTML, DIFF,
                    CLI)
            .because("it lays out the parse tree and tokens: meaning comes from neither the checker nor the "
                    + "model, so formatting never depends on whether a guideline checks");

    @ArchTest
    static final ArchRule theDifferReadsTheCheckedModel = noClasses()
            .that().resideInAPackage(DIFF)
            .should().dependOnClassesThat().resideInAnyPackage(FORMAT, CLI)
            .because("it compares what the checker resolved (and runs the interpreter for the impact), "
                    + "independently of layout and of any command");

    @ArchTest
    static final ArchRule onlyTheCommandLineUsesTheFormatterAndTheDiffer = noClasses()
            .that().resideInAPackage(COMPILER + "..")
            .and().resideOutsideOfPackages(CLI, FORMAT, DIFF)
            .should().dependOnClassesThat().resideInAnyPackage(FORMAT, DIFF)
            .because("they are tools of their own over the pipeline, not stages of it");

    @ArchTest
    static final ArchRule compilerPackagesFormNoCycle = slices()
            .assignedFrom(new CompilerPackages())
            .should().beFreeOfCycles()
            .because("a stage that depends on a later one cannot be understood, tested or replaced on its own");

    /** One slice per package directly under the compiler's (its subpackages with it); the root is one too. */
    private static final class CompilerPackages implements SliceAssignment {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (name.equals(COMPILER)) {
                return SliceIdentifier.of("(compiler)");
            }
            if (!name.startsWith(COMPILER + ".")) {
                return SliceIdentifier.ignore();
            }
            return SliceIdentifier.of(name.substring(COMPILER.length() + 1).split("\\.")[0]);
        }

        @Override
        public String getDescription() {
            return "the compiler's packages";
        }
    }
}
