package org.guidelang.example;

import org.guidelang.test.decimal.DecimalProbes;

/** The decimal probes through the typed API, as a developer calls it; run by DecimalProbesTest. */
public final class DecimalProbesUsage {
    private DecimalProbesUsage() {}

    public static String run() {
        // A double argument stands for its shortest decimal: 1.1 is 1.1, not 1.100000000000000088817841970012523.
        DecimalProbes.Result result = DecimalProbes.evaluate(DecimalProbes.Input.builder()
                .lesion1(1.1)
                .lesion2(2.2)
                .stableDisease(1.2)
                .ki67First(0.1)
                .ki67Second(0.2)
                .score(2.99999999999999)
                .interval(1.4285714285714286)
                .build());
        DecimalProbes.Result justShort = DecimalProbes.evaluate(result.input().toBuilder()
                .interval(1.4285714285714284)
                .score(3.0)
                .build());
        return "smallTogether " + result.smallTogether() + "\n"
                + "stableLongEnough " + result.stableLongEnough() + "\n"
                + "highMeanKi67 " + result.highMeanKi67() + "\n"
                + "scoreAtLeastThree " + result.scoreAtLeastThree() + " then " + justShort.scoreAtLeastThree() + "\n"
                + "tenDaysAfter " + result.tenDaysAfter() + " then " + justShort.tenDaysAfter() + "\n";
    }
}
