package org.guidelang.benchmarks.peers;

/** The harness's two answers for one patient ({@code peers.Outcome}): a code, or null when undetermined. */
public record PeersOutcome(String grade, String eligibility) {}
