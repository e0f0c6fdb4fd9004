package org.guidelang.compiler.cli;

import java.util.List;
import org.guidelang.runtime.EvaluationResult;
import org.guidelang.runtime.InputError;

/**
 * Writes a batch run's output records: one per input record, a result or the record's errors,
 * each on its own line, as UTF-8 bytes. Implementations are immutable (or keep only caches safe to
 * share) and shared by the threads of a batch run.
 */
interface RecordWriter {
    /** What comes before the first record (a CSV header row), if anything. */
    void header(OutputBytes out);

    /** The result of the record on input line {@code line}. */
    void result(OutputBytes out, long line, EvaluationResult result);

    /** The errors that kept the record on input line {@code line} from being evaluated. */
    void errors(OutputBytes out, long line, List<InputError> errors);
}
