package org.guidelang.compiler.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The semantic-versioning policy: the release made against the release the changes call for. */
class VersioningTest {
    private static final Change THRESHOLD = new Change(Change.Kind.CHANGED, "parameter limit", "20% → 10%", Bump.MAJOR);
    private static final Change NEW_INPUT = new Change(Change.Kind.ADDED, "input age", "years", Bump.MINOR);
    private static final Change TITLE = new Change(Change.Kind.CHANGED, "title", "\"A\" → \"B\"", Bump.PATCH);

    @Test
    void releases() {
        assertEquals("major", Versioning.release("1.4.2", "2.0.0"));
        assertEquals("minor", Versioning.release("1.4.2", "1.5.0"));
        assertEquals("patch", Versioning.release("1.4.2", "1.4.3"));
        assertEquals("none", Versioning.release("1.4.2", "1.4.2"));
        assertEquals("lower", Versioning.release("1.4.2", "1.3.9"));
        assertEquals("pre-release", Versioning.release("1.0.0-draft.1", "1.0.0-draft.2"));
        assertEquals("minor", Versioning.release("2019.1.0", "2019.2.0"));
    }

    @Test
    void aMajorChangeInAPatchReleaseIsWarnedWithTheReasonAndTheFix() {
        Versioning.Check check = Versioning.check("1.0.0", "1.0.1", List.of(TITLE, THRESHOLD));
        assertEquals(Bump.MAJOR, check.required());
        assertEquals(Optional.of("the version 1.0.0 → 1.0.1 is a patch release, but the changes call for a major "
                + "release (parameter limit: 20% → 10%); raise it to 2.0.0"), check.warning());
    }

    @Test
    void aLargeEnoughReleaseIsNotWarned() {
        assertTrue(Versioning.check("1.0.0", "2.0.0", List.of(THRESHOLD)).warning().isEmpty());
        assertTrue(Versioning.check("1.0.0", "1.1.0", List.of(NEW_INPUT, TITLE)).warning().isEmpty());
        assertTrue(Versioning.check("1.0.0", "1.0.1", List.of(TITLE)).warning().isEmpty());
        assertTrue(Versioning.check("1.0.0", "3.0.0", List.of(TITLE)).warning().isEmpty());
    }

    @Test
    void anUnchangedOrLowerVersionIsWarned() {
        assertEquals(Optional.of("the version 1.0.0 is unchanged, but the changes call for a minor release "
                + "(added input age: years); raise it to 1.1.0"), Versioning.check("1.0.0", "1.0.0", List.of(NEW_INPUT))
                .warning());
        assertTrue(Versioning.check("1.2.0", "1.1.0", List.of(TITLE)).warning().orElseThrow().startsWith(
                "the version goes down (1.2.0 → 1.1.0)"));
    }

    @Test
    void theVersionChangeItselfCallsForNothing() {
        Change version = new Change(Change.Kind.CHANGED, "version", "1.0.0 → 1.0.1", Bump.PATCH);
        Versioning.Check check = Versioning.check("1.0.0", "1.0.1", List.of(version));
        assertEquals(null, check.required());
        assertTrue(check.warning().isEmpty());
    }
}
