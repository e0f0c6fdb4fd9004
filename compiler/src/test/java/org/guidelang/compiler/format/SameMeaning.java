package org.guidelang.compiler.format;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guidelang.compiler.source.SourceFile;
import org.guidelang.compiler.source.SourceSpan;

/**
 * Compares two ASTs or checked models field by field, ignoring where things were written:
 * source spans and files are skipped, and the texts the checker copies from the source as
 * written (a rule's condition, a parameter's value) are compared without their whitespace,
 * since laying them out again is what a formatter does.
 */
final class SameMeaning {
    private static final Set<String> AS_WRITTEN = Set.of("text", "conditionText", "valueText");

    private SameMeaning() {}

    /** The paths where {@code a} and {@code b} differ; empty when they mean the same. */
    static List<String> differences(Object a, Object b) {
        List<String> out = new ArrayList<>();
        compare("", a, b, false, out);
        return out;
    }

    private static void compare(String path, Object a, Object b, boolean asWritten, List<String> out) {
        if (a instanceof SourceSpan || a instanceof SourceFile || b instanceof SourceSpan || b instanceof SourceFile) {
            return;
        }
        if (a == null || b == null) {
            if (a != b) {
                out.add(path + ": " + a + " vs " + b);
            }
            return;
        }
        if (a.getClass() != b.getClass()) {
            out.add(path + ": " + a.getClass().getSimpleName() + " vs " + b.getClass().getSimpleName());
        } else if (a.getClass().isRecord()) {
            for (RecordComponent component : a.getClass().getRecordComponents()) {
                try {
                    compare(path + "." + component.getName(), component.getAccessor().invoke(a),
                            component.getAccessor().invoke(b), AS_WRITTEN.contains(component.getName()), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else if (a instanceof List<?> la) {
            List<?> lb = (List<?>) b;
            if (la.size() != lb.size()) {
                out.add(path + ": " + la.size() + " items vs " + lb.size());
                return;
            }
            for (int i = 0; i < la.size(); i++) {
                compare(path + "[" + i + "]", la.get(i), lb.get(i), false, out);
            }
        } else if (a instanceof Map<?, ?> ma) {
            Map<?, ?> mb = (Map<?, ?>) b;
            if (!ma.keySet().equals(mb.keySet())) {
                out.add(path + ": keys " + ma.keySet() + " vs " + mb.keySet());
                return;
            }
            for (Object key : ma.keySet()) {
                compare(path + "[" + key + "]", ma.get(key), mb.get(key), false, out);
            }
        } else if (a instanceof Set<?> sa) {
            if (sa.size() != ((Set<?>) b).size() || !sa.equals(b)) {
                out.add(path + ": " + a + " vs " + b);
            }
        } else if (asWritten && a instanceof String sa) {
            if (!sa.replaceAll("\\s+", "").equals(((String) b).replaceAll("\\s+", ""))) {
                out.add(path + ": \"" + a + "\" vs \"" + b + "\"");
            }
        } else if (!a.equals(b)) {
            out.add(path + ": " + a + " vs " + b);
        }
    }
}
