package org.guidelang.compiler.cli;

/**
 * Turns one line of a cohort into a patient's raw values, or into the errors that cost that line
 * (and no other). Implementations are immutable and shared by the threads of a batch run.
 */
interface RecordReader {
    PatientReader.Parsed read(byte[] bytes, int from, int to);
}
