package org.guidelang.compiler.html;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The typed input of one template (AutoValue's idea): a record whose components are exactly the
 * variables its template reads, so that a template can only see what its record declares and a
 * missing value is a compile-time or construction-time error, not a blank in a page.
 */
sealed interface TemplateVars permits IndexVars, GuidelineVars {
    /** The template's resource name, relative to this package. */
    String template();

    /** The template's variables: each record component by name. */
    default Map<String, Object> variables() {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (RecordComponent component : getClass().getRecordComponents()) {
            try {
                Object value = component.getAccessor().invoke(this);
                if (value == null) {
                    throw new IllegalStateException(getClass().getSimpleName() + "." + component.getName()
                            + " is null; a template variable always has a value");
                }
                variables.put(component.getName(), value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component.getName(), e);
            }
        }
        return variables;
    }
}
