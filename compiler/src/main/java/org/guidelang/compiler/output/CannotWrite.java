package org.guidelang.compiler.output;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file that could not be written, named once with the reason in words. When it comes from
 * {@link AtomicFile}, the file is as it was before the attempt.
 */
public class CannotWrite extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String reason;

    public CannotWrite(Path file, String reason, Throwable cause) {
        super("cannot write " + file + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    public CannotWrite(Path file, IOException cause) {
        this(file, IoFailure.reason(cause), cause);
    }

    /** The file as the user named it (not the temporary file beside it). */
    public Path file() {
        return file;
    }

    /** Why, without the path: "the disk is full". */
    public String reason() {
        return reason;
    }
}
