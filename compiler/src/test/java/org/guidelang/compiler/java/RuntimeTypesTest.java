package org.guidelang.compiler.java;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.palantir.javapoet.ClassName;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The simple names generated fields and locals keep clear of are exactly those of the classes
 * generated code names: a class left out (as {@code InputValues}, {@code ExactAnswers},
 * {@code Completions} and {@code OutcomeResult} once were) could be hidden by a local of the
 * same name and the generated Java would not compile.
 */
class RuntimeTypesTest {
    @Test
    void everyClassTheGeneratedCodeNamesIsKeptClearOf() throws IllegalAccessException {
        Set<String> named = new TreeSet<>();
        for (Field field : RuntimeTypes.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == ClassName.class) {
                named.add(((ClassName) field.get(null)).topLevelClassName().simpleName());
            }
        }
        assertEquals(named, new TreeSet<>(RuntimeTypes.SIMPLE_NAMES));
    }
}
