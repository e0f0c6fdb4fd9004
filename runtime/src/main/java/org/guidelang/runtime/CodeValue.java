package org.guidelang.runtime;

/**
 * A code of a guideline's code set as a Java value; every generated code enum implements it, so
 * tools can show any code with its label without knowing the enum.
 */
public interface CodeValue {
    /** The code as written in the guideline, such as {@code NET_G2}. */
    String code();

    /** The label the guideline gives the code (the code itself when it gives none). */
    String label();
}
