package org.guidelang.compiler.java;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;
import org.guidelang.runtime.InputSpec;
import org.guidelang.runtime.Range;

/** Writes a runtime {@link InputSpec} as the Java expression that rebuilds it. */
final class InputSpecs {
    private InputSpecs() {}

    // InputSpec.quantity("ki67", Unit.PERCENT, new Range(0.0, true, 100.0, true), "Ki-67 proliferation index")
    static CodeBlock of(InputSpec spec) {
        return switch (spec.kind()) {
            case BOOLEAN -> CodeBlock.of("$T.bool($S, $L)", RuntimeTypes.INPUT_SPEC, spec.name(),
                    TextLiterals.of(spec.description()));
            case CODE -> CodeBlock.of("$T.code($S, $L, $L)", RuntimeTypes.INPUT_SPEC, spec.name(), codes(spec.codes()),
                    TextLiterals.of(spec.description()));
            case INTEGER -> CodeBlock.of("$T.integer($S, $L, $L)", RuntimeTypes.INPUT_SPEC, spec.name(),
                    range(spec.range()), TextLiterals.of(spec.description()));
            case DECIMAL -> CodeBlock.of("$T.decimal($S, $L, $L)", RuntimeTypes.INPUT_SPEC, spec.name(),
                    range(spec.range()), TextLiterals.of(spec.description()));
            case QUANTITY -> CodeBlock.of("$T.quantity($S, $T.$L, $L, $L)", RuntimeTypes.INPUT_SPEC, spec.name(),
                    RuntimeTypes.UNIT, spec.unit().name(), range(spec.range()), TextLiterals.of(spec.description()));
        };
    }

    private static CodeBlock codes(List<String> codes) {
        List<CodeBlock> items = new ArrayList<>();
        for (String code : codes) {
            items.add(CodeBlock.of("$S", code));
        }
        return CodeBlock.of("$T.of($L)", RuntimeTypes.LIST, CodeBlock.join(items, ", "));
    }

    private static CodeBlock range(Range range) {
        if (range.isUnbounded()) {
            return CodeBlock.of("$T.unbounded()", RuntimeTypes.RANGE);
        }
        return CodeBlock.of("new $T($L, $L, $L, $L)", RuntimeTypes.RANGE, bound(range.lo()), range.loClosed(),
                bound(range.hi()), range.hiClosed());
    }

    private static CodeBlock bound(double value) {
        return ExpressionWriter.number(value);
    }
}
