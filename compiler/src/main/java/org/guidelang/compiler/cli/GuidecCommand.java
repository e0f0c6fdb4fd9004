package org.guidelang.compiler.cli;

import java.util.concurrent.Callable;

/**
 * A {@code guidec} command that a module built after the compiler contributes, such as {@code
 * guidec lsp}: an implementation is a picocli {@code @Command} class with a public no-argument
 * constructor, listed in {@code META-INF/services/org.guidelang.compiler.cli.GuidecCommand}, and
 * {@link Guidec} adds it when its jar is on the class path (the command-line jar holds them all).
 */
public interface GuidecCommand extends Callable<Integer> {}
