package org.guidelang.compiler.html;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * The Velocity engine of the site: templates and the macro library from this package's
 * resources, strict mode (an unknown reference or method is an error, never a blank), and every
 * inserted value HTML-escaped unless it is {@link Html} built by the back end.
 */
final class Templates {
    private static final String ROOT = "org/guidelang/compiler/html/";

    private final VelocityEngine engine;

    Templates() {
        Properties properties = new Properties();
        properties.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
        properties.setProperty("resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
        // A template is parsed once per engine, not once per page: the resources of a jar do not change.
        properties.setProperty("resource.loader.classpath.cache", "true");
        properties.setProperty("resource.loader.classpath.modification_check_interval", "-1");
        properties.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        properties.setProperty(RuntimeConstants.VM_LIBRARY, ROOT + "macros.vm");
        properties.setProperty(RuntimeConstants.INPUT_ENCODING, StandardCharsets.UTF_8.name());
        properties.setProperty(RuntimeConstants.SPACE_GOBBLING, "lines");
        // Templates define no macros of their own: the library is the one place for them.
        properties.setProperty(RuntimeConstants.VM_PERM_INLINE_LOCAL, "true");
        engine = new VelocityEngine(properties);
        engine.init();
    }

    String render(TemplateVars vars) {
        Template template = engine.getTemplate(ROOT + vars.template(), StandardCharsets.UTF_8.name());
        StringWriter out = new StringWriter();
        template.merge(context(vars), out);
        return out.toString();
    }

    /** Renders {@code text} as a template with the variables of {@code vars}, as the tests of strict mode do. */
    String renderText(String text, TemplateVars vars) {
        StringWriter out = new StringWriter();
        engine.evaluate(context(vars), out, "inline", text);
        return out.toString();
    }

    private static VelocityContext context(TemplateVars vars) {
        VelocityContext context = new VelocityContext(vars.variables());
        EventCartridge cartridge = new EventCartridge();
        cartridge.addEventHandler(new Escaping());
        cartridge.attachToContext(context);
        return context;
    }

    /** Escapes every inserted value but trusted {@link Html}. */
    private static final class Escaping implements ReferenceInsertionEventHandler {
        @Override
        public Object referenceInsert(org.apache.velocity.context.Context context, String reference, Object value) {
            if (value == null || value instanceof Html) {
                return value;
            }
            return Html.escape(value.toString());
        }
    }
}
