package org.guidelang.compiler.model;

/** A bibliographic source a guideline cites; doi and url may be null. */
public record SourceRef(String id, String citation, String doi, String url) {}
