package org.guidelang.compiler.analysis;

import java.util.List;
import org.guidelang.compiler.model.CheckedGuideline;

/**
 * The static analysis of one checked guideline, as data of its compilation: the findings (which
 * become diagnostics) and what they prove of the guideline's outcomes (which the interpreter
 * and the back ends read).
 */
public record GuidelineAnalysis(CheckedGuideline guideline, List<Finding> findings, OutcomeFacts outcomes) {
    public GuidelineAnalysis {
        findings = List.copyOf(findings);
    }
}
