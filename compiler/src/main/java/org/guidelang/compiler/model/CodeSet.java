package org.guidelang.compiler.model;

import java.util.List;
import java.util.Optional;

/**
 * The codes an input may take or an outcome may yield. {@code owner} names it in messages
 * (`differentiation`, `grade`); {@code key} identifies it across guidelines.
 */
public record CodeSet(String key, String owner, List<Code> codes) {
    public CodeSet {
        codes = List.copyOf(codes);
    }

    /** One code with its label (the label is the code itself when none was written). */
    public record Code(String name, String label) {}

    public List<String> names() {
        return codes.stream().map(Code::name).toList();
    }

    public boolean contains(String name) {
        return codes.stream().anyMatch(c -> c.name().equals(name));
    }

    public Optional<Code> code(String name) {
        return codes.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** `differentiation` (WELL, POOR), as messages show a code set. */
    public String describe() {
        return "`" + owner + "` (" + String.join(", ", names()) + ")";
    }
}
