package org.guidelang.compiler.model;

/** A checked citation: a declared source id and an optional locator ("Table 1"). */
public record CitationRef(String source, String locator) {
    @Override
    public String toString() {
        return locator == null ? source : source + ", " + locator;
    }
}
