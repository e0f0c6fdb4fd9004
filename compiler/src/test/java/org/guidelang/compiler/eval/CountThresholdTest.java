package org.guidelang.compiler.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A count is a plain number of things, so it meets plain-number parameters and negated constants
 * as it meets written numbers: `mitoticCount > mitosesLimit` with `param mitosesLimit = 20`.
 */
class CountThresholdTest {
    private static final Interpreter MITOSES = Guidelines.of("mitoses", """
            guideline mitoses version 1.0.0 {
              title "Mitotic band"
              source who2019 "WHO Classification of Tumours, 5th ed., 2019"
              input mitoticCount : count per "2 mm²" in [0, *) "Mitoses per 2 mm²"
              param mitosesLimit = 20 cite who2019 at "Table 1"
              table band : code { HIGH, LOW, IMPOSSIBLE } hit first {
                when mitoticCount > mitosesLimit -> HIGH
                when mitoticCount < -1 -> IMPOSSIBLE
                otherwise -> LOW
              } cite who2019
              example "21 mitoses are above the limit" {
                given mitoticCount = 21
                expect band = HIGH
              }
            }
            """);

    private static Object band(double mitoses) {
        return MITOSES.evaluate(Map.of("mitoticCount", mitoses)).outcome("band").orElseThrow().value();
    }

    @Test
    void aPlainParameterIsAThresholdForACount() {
        assertEquals("LOW", band(20));
        assertEquals("HIGH", band(21));
        assertEquals("LOW", band(0));
    }
}
