package org.guidelang.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The {@code test} goal on the sketch guidelines: the examples gate the build and leave JUnit reports. */
class TestMojoTest {
    private static final String BROKEN_TITLE = "liver involvement 49% is below the limit";

    @TempDir
    Path base;

    MojoProject project;

    @BeforeEach
    void setUp() throws IOException {
        project = new MojoProject(base);
    }

    @Test
    void passingExamplesPassAndAreReportedPerGuideline() throws Exception {
        project.test().execute();

        assertTrue(project.log.text().contains("GuideLang: examples of 2 guidelines: "), project.log.text());
        assertTrue(project.log.text().contains(" passed, 0 failed"), project.log.text());
        Document milan = report("milan_nen");
        Element suite = milan.getDocumentElement();
        assertEquals("testsuite", suite.getTagName());
        assertEquals("guidelang.milan_nen", suite.getAttribute("name"));
        assertEquals("0", suite.getAttribute("failures"));
        NodeList cases = milan.getElementsByTagName("testcase");
        assertEquals(Integer.parseInt(suite.getAttribute("tests")), cases.getLength());
        assertTrue(cases.getLength() > 10, "every example of milan_nen is a test case");
        assertEquals(BROKEN_TITLE, titles(milan).stream().filter(BROKEN_TITLE::equals).findFirst().orElseThrow());
        assertEquals(0, milan.getElementsByTagName("failure").getLength());
        assertTrue(Files.isRegularFile(project.reports().resolve("TEST-guidelang-who_grading.xml")));
    }

    @Test
    void aFailingExampleFailsTheBuildWithExpectedAndActual() throws Exception {
        breakExample();

        MojoFailureException failure = assertThrows(MojoFailureException.class, () -> project.test().execute());

        String message = failure.getMessage();
        assertTrue(message.startsWith("1 of "), message);
        assertTrue(message.contains("FAIL milan_nen: " + BROKEN_TITLE + " (src/main/guide/milan_nen.guide:"), message);
        assertTrue(message.contains("  expected eligibility = NOT_ELIGIBLE\n  actual   eligibility = ELIGIBLE"), message);
        assertTrue(project.log.text().contains("  why:"), "the explanation is logged: " + project.log.text());
        assertTrue(project.log.text().contains("with liverInvolvement = 49%, liverInvolvementLimit = 50%"),
                "values in their units, as guidec eval writes them: " + project.log.text());
        Document milan = report("milan_nen");
        assertEquals("1", milan.getDocumentElement().getAttribute("failures"));
        Element failed = (Element) milan.getElementsByTagName("failure").item(0);
        assertEquals("expected eligibility = NOT_ELIGIBLE, actual eligibility = ELIGIBLE", failed.getAttribute("message"));
        assertEquals(BROKEN_TITLE, ((Element) failed.getParentNode()).getAttribute("name"));
        assertTrue(failed.getTextContent().contains("why:"), failed.getTextContent());
    }

    @Test
    void testFailureIgnoreReportsButDoesNotFail() throws Exception {
        breakExample();
        TestMojo mojo = project.test();
        MojoProject.set(mojo, "testFailureIgnore", true);

        mojo.execute();

        assertTrue(project.log.text().contains("1 of "), project.log.text());
        assertEquals("1", report("milan_nen").getDocumentElement().getAttribute("failures"));
    }

    @Test
    void skipTestsAndMavenTestSkipRunNothing() throws Exception {
        breakExample();
        for (String skip : List.of("skipTests", "skipTestCompilation", "skip")) {
            TestMojo mojo = project.test();
            MojoProject.set(mojo, skip, true);

            mojo.execute();

            assertFalse(Files.exists(project.reports()), skip);
            assertTrue(project.log.text().contains("GuideLang: examples skipped"), project.log.text());
        }
    }

    @Test
    void guidelineErrorsFailTheBuildWithDiagnostics() throws Exception {
        Path milan = project.guides.resolve("milan_nen.guide");
        Files.writeString(milan, Files.readString(milan).replace("ageLimit = 60 years", "ageLimit = 60"));

        assertThrows(MojoFailureException.class, () -> project.test().execute());

        assertTrue(project.log.text().contains("error:"), project.log.text());
        assertFalse(Files.exists(project.reports()), "no report of a guideline that does not compile");
    }

    /** Expects the wrong eligibility of one example. */
    @Test
    void requiredCoverageOfFullyCoveredGuidelinesPassesAndIsLogged() throws Exception {
        TestMojo mojo = project.test();
        MojoProject.set(mojo, "requireCoverage", true);

        mojo.execute();

        assertTrue(project.log.text().contains("GuideLang: coverage of milan_nen by "), project.log.text());
        assertTrue(project.log.text().contains(" 5 of 5 rules, criteria and conditions covered, 3 of 3 codes produced"),
                project.log.text());
    }

    @Test
    void requiredCoverageFailsTheBuildNamingEachGapWhereItIsWritten() throws Exception {
        Files.copy(MojoProject.SKETCH.resolveSibling("coverage/cov.guide"), project.guides.resolve("cov.guide"));
        TestMojo mojo = project.test();
        MojoProject.set(mojo, "requireCoverage", true);

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

        assertEquals("the examples leave 2 gaps in rule coverage (requireCoverage); add examples for:\n"
                + "  src/main/guide/cov.guide:9:5: rule 2 of table `band` never holds in an example\n"
                + "  src/main/guide/cov.guide:7:3: no example yields `MID` from table `band`", failure.getMessage());
    }

    @Test
    void coverageIsNotRequiredByDefault() throws Exception {
        Files.copy(MojoProject.SKETCH.resolveSibling("coverage/cov.guide"), project.guides.resolve("cov.guide"));

        project.test().execute();

        assertTrue(project.log.text().contains(" passed, 0 failed"), project.log.text());
        assertFalse(project.log.text().contains("coverage of"), project.log.text());
    }

    private void breakExample() throws IOException {
        Path milan = project.guides.resolve("milan_nen.guide");
        String text = Files.readString(milan);
        int start = text.indexOf("example \"" + BROKEN_TITLE + "\"");
        int expect = text.indexOf("expect eligibility = ELIGIBLE", start);
        assertTrue(start > 0 && expect > start, "the sketch still has the example " + BROKEN_TITLE);
        String broken = text.substring(0, expect) + "expect eligibility = NOT_ELIGIBLE"
                + text.substring(expect + "expect eligibility = ELIGIBLE".length());
        Files.writeString(milan, broken);
    }

    private Document report(String id) throws Exception {
        Path file = project.reports().resolve("TEST-guidelang-" + id + ".xml");
        assertTrue(Files.isRegularFile(file), "no report " + file + ": " + project.log.text());
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }

    private static List<String> titles(Document report) {
        NodeList cases = report.getElementsByTagName("testcase");
        return java.util.stream.IntStream.range(0, cases.getLength())
                .mapToObj(i -> ((Element) cases.item(i)).getAttribute("name"))
                .toList();
    }
}
