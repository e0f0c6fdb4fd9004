package org.guidelang.compiler.diff;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The semantic-versioning policy: the release two versions make (major, minor, patch, none, or
 * a lower version) against the release their changes call for, the largest {@link Bump} of
 * any change. A release smaller than called for gets a warning naming the changes that call
 * for more.
 */
public final class Versioning {
    private static final Pattern SEMVER = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)(?:-(.+))?");
    private static final int REASONS_SHOWN = 3;

    private Versioning() {}

    /** What the version change is, what the changes call for, and the warning when they disagree. */
    public record Check(String release, Bump required, Optional<String> warning) {}

    public static Check check(String old, String now, List<Change> changes) {
        List<Change> semantic = changes.stream().filter(c -> !c.subject().equals("version")).toList();
        Bump required = semantic.stream().map(Change::bump).max(Enum::compareTo).orElse(null);
        String release = release(old, now);
        if (required == null) {
            return new Check(release, null, Optional.empty());
        }
        int made = switch (release) {
            case "major" -> 3;
            case "minor" -> 2;
            case "patch", "pre-release" -> 1;
            default -> 0;
        };
        if (release.equals("lower")) {
            return new Check(release, required, Optional.of("the version goes down (" + old + " → " + now
                    + "); a new version of a guideline must have a higher version number"));
        }
        if (made > required.ordinal()) {
            return new Check(release, required, Optional.empty());
        }
        String reasons = semantic.stream().filter(c -> c.bump() == required).limit(REASONS_SHOWN).map(Change::line)
                .collect(Collectors.joining("; "));
        String what = release.equals("none") ? "the version " + now + " is unchanged"
                : "the version " + old + " → " + now + " is a " + release + " release";
        return new Check(release, required, Optional.of(what + ", but the changes call for a " + required.word()
                + " release (" + reasons + "); raise it to " + next(old, required)));
    }

    /** The kind of release from {@code old} to {@code now}: major, minor, patch, pre-release, none or lower. */
    static String release(String old, String now) {
        Matcher a = SEMVER.matcher(old);
        Matcher b = SEMVER.matcher(now);
        if (!a.matches() || !b.matches()) {
            return old.equals(now) ? "none" : "patch";
        }
        for (int part = 1; part <= 3; part++) {
            int x = Integer.parseInt(a.group(part));
            int y = Integer.parseInt(b.group(part));
            if (y != x) {
                return y < x ? "lower" : part == 1 ? "major" : part == 2 ? "minor" : "patch";
            }
        }
        return java.util.Objects.equals(a.group(4), b.group(4)) ? "none" : "pre-release";
    }

    /** The smallest version after {@code old} that makes a {@code bump} release. */
    static String next(String old, Bump bump) {
        Matcher m = SEMVER.matcher(old);
        if (!m.matches()) {
            return "a higher version";
        }
        int major = Integer.parseInt(m.group(1));
        int minor = Integer.parseInt(m.group(2));
        int patch = Integer.parseInt(m.group(3));
        return switch (bump) {
            case MAJOR -> (major + 1) + ".0.0";
            case MINOR -> major + "." + (minor + 1) + ".0";
            case PATCH -> major + "." + minor + "." + (patch + 1);
        };
    }
}
