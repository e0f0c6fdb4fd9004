package org.guidelang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void escapesStrings() {
        assertEquals("\"plain\"", Json.quote("plain"));
        assertEquals("\"say \\\"hi\\\"\"", Json.quote("say \"hi\""));
        assertEquals("\"a\\\\b\"", Json.quote("a\\b"));
        assertEquals("\"line\\nnext\\r\\ttab\"", Json.quote("line\nnext\r\ttab"));
        assertEquals("\"\\u0000\\u0001\\u001f\\u0008\\u000c\\u007f\"", Json.quote("\0\u0001\u001f\b\f\u007f"));
        assertEquals("\"</script> &amp;\"", Json.quote("</script> &amp;"));
        assertEquals("\"\\u2028\\u2029\"", Json.quote("\u2028\u2029"));
        assertEquals("\"Ki-67 ≥ 20% — mm²\"", Json.quote("Ki-67 ≥ 20% — mm²"));
        assertEquals("\"\uD83D\uDE00\"", Json.quote("\uD83D\uDE00"));
        assertEquals("\"\\ud83d x \\ude00\"", Json.quote("\uD83D x \uDE00"));
        assertEquals("\"\"", Json.quote(""));
    }

    @Test
    void formatsNumbersWithoutTrailingZero() {
        assertEquals("60", Json.number(60.0));
        assertEquals("2.5", Json.number(2.5));
        assertEquals("-3", Json.number(-3.0));
        assertEquals("0", Json.number(-0.0));
        assertEquals("0.1", Json.number(0.1));
        assertEquals("123456789012345", Json.number(123456789012345.0));
        assertEquals("1.0E15", Json.number(1e15));
        assertEquals("1.0E-5", Json.number(0.00001));
        assertEquals("null", Json.number(Double.NaN));
        assertEquals("null", Json.number(Double.POSITIVE_INFINITY));
        assertEquals("null", Json.number(Double.NEGATIVE_INFINITY));
    }

    @Test
    void writesEveryNumberType() {
        assertEquals("[1,2,3,2.5,60,2.5,12345678901234567890,100,0.25,null]", Json.compact(Arrays.asList(
                1, 2L, (short) 3, 2.5f, 60.0, 2.5, new BigInteger("12345678901234567890"),
                new BigDecimal("1E+2"), new BigDecimal("0.250"), Double.NaN)));
    }

    @Test
    void writesScalars() {
        assertEquals("null", Json.pretty(null));
        assertEquals("true", Json.pretty(true));
        assertEquals("false", Json.pretty(Truth.FALSE));
        assertEquals("null", Json.pretty(Truth.UNKNOWN));
        assertEquals("\"HELD\"", Json.pretty(StepStatus.HELD));
        assertEquals("\"x\"", Json.pretty("x"));
    }

    @Test
    void prettyPrintsWithTwoSpaces() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("b", List.of(1, "two"));
        inner.put("a", null);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("z", inner);
        root.put("empty", Map.of());
        root.put("none", new ArrayList<>());
        root.put("q", "\"");
        assertEquals(
                "{\n"
                        + "  \"z\": {\n"
                        + "    \"b\": [\n"
                        + "      1,\n"
                        + "      \"two\"\n"
                        + "    ],\n"
                        + "    \"a\": null\n"
                        + "  },\n"
                        + "  \"empty\": {},\n"
                        + "  \"none\": [],\n"
                        + "  \"q\": \"\\\"\"\n"
                        + "}",
                Json.pretty(root));
        assertEquals("{\"z\":{\"b\":[1,\"two\"],\"a\":null},\"empty\":{},\"none\":[],\"q\":\"\\\"\"}", Json.compact(root));
    }

    @Test
    void escapesKeys() {
        assertEquals("{\"a\\\"b\":1}", Json.compact(Map.of("a\"b", 1)));
    }

    @Test
    void refusesUnknownTypes() {
        assertThrows(IllegalArgumentException.class, () -> Json.pretty(new Object()));
        assertThrows(IllegalArgumentException.class, () -> Json.pretty(List.of(new int[] {1})));
    }
}
