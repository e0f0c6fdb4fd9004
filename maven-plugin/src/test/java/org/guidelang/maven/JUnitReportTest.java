package org.guidelang.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Guideline text in a report stays well-formed XML and reads back as written. */
class JUnitReportTest {
    @Test
    void markupQuotesAndControlCharactersAreEscaped() throws Exception {
        String title = "Ki-67 < 3% & \"low\" <b>grade</b>\u0007";
        String xml = "<testcase name=\"" + JUnitReport.escape(title) + "\">" + JUnitReport.escape(title) + "</testcase>";

        Element parsed = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();

        assertEquals("Ki-67 < 3% & \"low\" <b>grade</b>?", parsed.getAttribute("name"));
        assertEquals("Ki-67 < 3% & \"low\" <b>grade</b>?", parsed.getTextContent());
    }
}
