package org.guidelang.benchmarks.peers;

/**
 * One patient of the peer harness ({@code ../shared/peers}, its {@code peers.Patient}): boxed fields,
 * null when missing, in the harness's types (whole months and years as {@code Integer}).
 */
public record PeersPatient(
        String differentiation,
        Double ki67,
        Integer mitoticCount,
        Boolean portalDrainage,
        Boolean extrahepaticDiseaseCleared,
        Double liverInvolvement,
        Integer stableDiseaseMonths,
        Integer age) {}
