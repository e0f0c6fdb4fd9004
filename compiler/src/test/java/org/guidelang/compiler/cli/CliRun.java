package org.guidelang.compiler.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs guidec in-process and captures its exit code and output, as a user would see them. */
record CliRun(int exitCode, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Guidec.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }

    static CliRun withStdin(String stdin, String... args) {
        return withStdin(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    static synchronized CliRun withStdin(byte[] stdin, String... args) {
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(stdin));
        try {
            return of(args);
        } finally {
            System.setIn(original);
        }
    }

    String all() {
        return out + err;
    }
}
