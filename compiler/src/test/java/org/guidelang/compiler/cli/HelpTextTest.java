package org.guidelang.compiler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every command's {@code --help} reads well on an 80-column terminal: no line is wider, lines
 * break only between sentences or where picocli wraps a paragraph, and wrapping never splits a
 * word.
 */
class HelpTextTest {
    private static final int WIDTH = 80;

    @Test
    void everyHelpFitsEightyColumnsAndKeepsEveryWordWhole() {
        CommandLine root = Guidec.commandLine();
        List<String> problems = new ArrayList<>();
        check(root.getCommandSpec(), CliRun.of("--help"), problems);
        for (Map.Entry<String, CommandLine> command : root.getSubcommands().entrySet()) {
            if (!command.getKey().equals("help")) {
                check(command.getValue().getCommandSpec(), CliRun.of(command.getKey(), "--help"), problems);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void eachCommandIsRegisteredUnderTheNameItsAnnotationGives() {
        Guidec.COMMANDS.forEach((name, type) ->
                assertEquals(name, type.getAnnotation(CommandLine.Command.class).name(), type.getName()));
    }

    @Test
    void aRunOfOneCommandBuildsThatCommandOnly() {
        assertEquals(Set.of("check"), Guidec.commandLine(new String[] {"check", "x.guide"}).getSubcommands().keySet());
        assertEquals(Guidec.COMMANDS.keySet(), Guidec.commandLine(new String[] {"help", "check"}).getSubcommands().keySet());
        assertEquals(Guidec.COMMANDS.keySet(), Guidec.commandLine(new String[] {"chek"}).getSubcommands().keySet());
    }

    @Test
    void theCommandListFitsOneLinePerCommand() {
        String help = CliRun.of("--help").out();
        String commands = help.substring(help.indexOf("Commands:"));
        for (String line : commands.lines().skip(1).toList()) {
            assertTrue(!line.startsWith("   "), "a command summary wraps onto a second line: \"" + line + "\"\n" + help);
        }
    }

    private static void check(CommandSpec spec, CliRun run, List<String> problems) {
        String name = spec.qualifiedName();
        if (run.exitCode() != 0) {
            problems.add(name + " --help exits with " + run.exitCode() + ": " + run.all());
            return;
        }
        String help = run.out();
        help.lines().filter(line -> line.length() > WIDTH)
                .forEach(line -> problems.add(name + ": " + line.length() + " columns: " + line));
        Set<String> words = new HashSet<>(Arrays.asList(help.split("\\s+")));
        List<String> texts = new ArrayList<>(Arrays.asList(spec.usageMessage().description()));
        for (String paragraph : spec.usageMessage().description()) {
            if (!paragraph.endsWith(".")) {
                problems.add(name + ": a description line that ends mid-sentence, so the help breaks there: \""
                        + paragraph + "\"");
            }
        }
        for (ArgSpec arg : spec.args()) {
            texts.addAll(Arrays.asList(arg.description()));
        }
        for (String text : texts) {
            for (String word : text.split("\\s+")) {
                if (!word.isEmpty() && !words.contains(word)) {
                    problems.add(name + ": the word \"" + word + "\" is split across lines");
                }
            }
        }
    }
}
