package org.guidelang.compiler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fast path of JSON Lines agrees with the full parser: the same values, or it steps aside. */
class FlatJsonTest {
    private static final List<org.guidelang.runtime.InputSpec> INPUTS = List.of(
            org.guidelang.runtime.InputSpec.quantity("ki67", org.guidelang.runtime.Unit.PERCENT,
                    org.guidelang.runtime.Range.closed(0, 100), ""),
            org.guidelang.runtime.InputSpec.decimal("age", org.guidelang.runtime.Range.unbounded(), ""),
            org.guidelang.runtime.InputSpec.code("differentiation", List.of("WELL", "POOR"), ""),
            org.guidelang.runtime.InputSpec.bool("portalDrainage", ""));
    private static final FlatJson FAST = new FlatJson(List.of("ki67", "age", "differentiation", "portalDrainage"),
            List.of("WELL", "POOR"));
    private static final RecordReader READER = PatientReader.jsonLines(INPUTS);

    private static Map<String, Object> fast(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return FAST.parse(bytes, 0, bytes.length);
    }

    /** What the full parser (Jackson) gives, values or errors, and the reader with its fast path agrees. */
    private static PatientReader.Parsed agreed(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        PatientReader.Parsed full = PatientReader.read(bytes, 0, bytes.length);
        PatientReader.Parsed reader = READER.read(bytes, 0, bytes.length);
        assertSameValues(full.values(), reader.values(), json);
        assertEquals(full.errors(), reader.errors(), json);
        Map<String, Object> values = FAST.parse(bytes, 0, bytes.length);
        if (values != null) {
            assertSameValues(full.values(), values, json);
        }
        return full;
    }

    /**
     * The full parser reads numbers as the decimals written (BigDecimal, BigInteger); the fast path
     * takes a double only where it stands for exactly that decimal.
     */
    private static void assertSameValues(Map<String, Object> full, Map<String, Object> fast, String json) {
        assertEquals(full.keySet(), fast.keySet(), json);
        for (Map.Entry<String, Object> e : fast.entrySet()) {
            Object expected = full.get(e.getKey());
            if (e.getValue() instanceof Double d) {
                assertTrue(expected instanceof Number, json);
                java.math.BigDecimal written = new java.math.BigDecimal(expected.toString());
                assertEquals(0, written.compareTo(new java.math.BigDecimal(Double.toString(d))),
                        json + ": the fast path's " + d + " is not the decimal written, " + written);
            } else {
                assertEquals(expected, e.getValue(), json);
            }
        }
    }

    @Test
    void takesFlatRecords() {
        assertEquals(Map.of("ki67", 12.5, "age", 63.0, "differentiation", "WELL", "portalDrainage", true),
                fast(" { \"ki67\" : 12.5 ,\"age\":63, \"differentiation\":\"WELL\",\"portalDrainage\":true } "));
        assertEquals(Map.of(), fast("{}"));
        assertEquals(java.util.Collections.singletonMap("age", null), fast("{\"age\":null}"));
        assertEquals(Map.of("größe", "é"), fast("{\"größe\":\"é\"}"));
        assertNotNull(fast("{\"x\":-0.0}"));
        assertSame("WELL", fast("{\"differentiation\":\"WELL\"}").get("differentiation"), "a known code is not copied");
        assertSame("differentiation", fast("{\"differentiation\":1}").keySet().iterator().next());
    }

    @Test
    void bytesThatAreNotUtf8GoToTheFullParserWhichSaysWhere() {
        byte[] bytes = {'{', '"', 'a', '"', ':', '"', (byte) 0xe9, '"', '}'};
        assertNull(FAST.parse(bytes, 0, bytes.length));
        PatientReader.Parsed parsed = READER.read(bytes, 0, bytes.length);
        assertEquals("the line is not UTF-8 text: byte 0xE9 at byte 7 of the line", parsed.errors().get(0).message());
        byte[] outside = {'{', (byte) 0xc3, (byte) 0xa9, '}'};
        assertNull(FAST.parse(outside, 0, outside.length), "beyond ASCII outside a string: not JSON");
        assertEquals(-1, Utf8.firstInvalid(outside, 0, outside.length));
        assertTrue(READER.read(outside, 0, outside.length).errors().get(0).message().startsWith("malformed JSON"));
    }

    @Test
    void stepsAsideForWhatOnlyTheFullParserCanSay() {
        for (String json : List.of("", "[]", "{", "{\"a\":1", "{\"a\":1}x", "{\"a\":1}{}", "{\"a\":\"\\n\"}",
                "{\"a\\u0041\":1}", "{\"a\":[1]}", "{\"a\":{}}", "{\"a\":1,\"a\":2}", "{\"a\":null,\"a\":null}",
                "{\"a\":01}", "{\"a\":1.}", "{\"a\":.5}", "{\"a\":+1}", "{\"a\":1e}", "{\"a\":12345678901234567890}",
                "{\"a\":2.9999999999999999}", "{\"a\":1e2}", "{\"a\":1234567890123456}", "{\"a\":tru}", "{\"a\":nullx}", "{\"a\":1x}", "{a:1}", "{\"a\":1,}", "{\"a\" 1}", "{\"a\":\"x\ty\"}")) {
            assertNull(fast(json), json);
            agreed(json);
        }
    }

    @Test
    void agreesWithTheFullParserOnRandomRecords() {
        SplittableRandom random = new SplittableRandom(42);
        String[] names = {"ki67", "age", "differentiation", "portalDrainage", "other", "a\\\"b", "ki67"};
        for (int i = 0; i < 20000; i++) {
            StringBuilder json = new StringBuilder("{");
            int members = random.nextInt(0, 5);
            for (int m = 0; m < members; m++) {
                if (m > 0) {
                    json.append(random.nextInt(20) == 0 ? " , " : ",");
                }
                json.append('"').append(names[random.nextInt(names.length)]).append("\":").append(value(random));
            }
            json.append(random.nextInt(30) == 0 ? "" : "}");
            agreed(json.toString());
        }
    }

    private static String value(SplittableRandom random) {
        switch (random.nextInt(9)) {
            case 0:
                return "null";
            case 1:
                return random.nextBoolean() ? "true" : "false";
            case 2:
                return "\"" + (random.nextBoolean() ? "WELL" : "pöor\\u00e9") + "\"";
            case 3:
                return Long.toString(random.nextLong() >> random.nextInt(64));
            case 4:
                return (random.nextBoolean() ? "-" : "") + random.nextInt(1000) + "." + random.nextInt(0, 1_000_000);
            case 5:
                return Double.toString(random.nextDouble() * Math.pow(10, random.nextInt(-30, 30)));
            case 6:
                return random.nextInt(100) + "e" + (random.nextBoolean() ? "-" : "+") + random.nextInt(400);
            case 7:
                return "0." + "0".repeat(random.nextInt(20)) + random.nextLong(1, Long.MAX_VALUE);
            default:
                return random.nextBoolean() ? "-0" : "-0.0";
        }
    }
}
