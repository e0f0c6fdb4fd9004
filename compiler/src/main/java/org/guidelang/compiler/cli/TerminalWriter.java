package org.guidelang.compiler.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import org.guidelang.runtime.ControlCharacters;

/**
 * Everything guidec prints passes through here, so that no control character from a guideline,
 * a patient record or a file name reaches the terminal raw, even from a message that forgot to
 * escape it. Carriage return alone passes: guidec's own progress line uses it, and the texts that
 * could carry one (patient data, sources) are escaped where they are printed, with {@link
 * ControlCharacters#escape}, or refused.
 */
final class TerminalWriter extends FilterWriter {
    TerminalWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        write(String.valueOf((char) c));
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        write(new String(chars, offset, length));
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        String part = text.substring(offset, offset + length);
        if (part.indexOf('\r') < 0) {
            out.write(ControlCharacters.escape(part));
            return;
        }
        int from = 0;
        for (int cr = part.indexOf('\r'); cr >= 0; from = cr + 1, cr = part.indexOf('\r', from)) {
            out.write(ControlCharacters.escape(part.substring(from, cr)));
            out.write('\r');
        }
        out.write(ControlCharacters.escape(part.substring(from)));
    }
}
