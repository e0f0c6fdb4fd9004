package org.guidelang.compiler.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.guidelang.runtime.ControlCharacters;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A date option such as {@code --today 2027-03-01}, read as the guideline's own dates are
 * written: four-digit year, month, day. A bad one is told in those words, never as Java's parse
 * exception.
 */
final class IsoDate implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        if (!value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            throw new TypeConversionException("`" + ControlCharacters.escape(value) + "` is not a date; write it YYYY-MM-DD, "
                    + "such as 2027-03-01");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            throw new TypeConversionException("`" + value + "` is no day of the calendar (the month has no such day, "
                    + "or there is no such month); write it YYYY-MM-DD, such as 2027-03-01");
        }
    }
}
