package org.guidelang.compiler.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Reads guideline files as committed at a git revision ({@code FILE@REV} in {@code guidec
 * diff}), by running {@code git} in the file's repository. Every failure is a {@link Problem}
 * that says what is missing: git itself, the repository, the revision or the path.
 */
final class GitRevision {
    private static final long TIMEOUT_SECONDS = 60;

    private final Path root;
    private final String revision;

    /** Why a committed version cannot be read; guidec prints the message and exits with 2. */
    static final class Problem extends Exception {
        private static final long serialVersionUID = 1L;

        Problem(String message) {
            super(message);
        }
    }

    private GitRevision(Path root, String revision) {
        this.root = root;
        this.revision = revision;
    }

    /** The repository holding {@code path} (which need not exist any more), at {@code revision}. */
    static GitRevision of(Path path, String revision) throws Problem {
        Path dir = path.toAbsolutePath().normalize();
        while (dir != null && !Files.isDirectory(dir)) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new Problem(path + ": no folder of it exists to find its git repository in");
        }
        Result top = run(dir, "rev-parse", "--show-toplevel");
        if (top.code != 0) {
            throw new Problem(path + " is not in a git repository (" + top.error.strip() + ")");
        }
        GitRevision git = new GitRevision(Path.of(top.output.strip()), revision);
        Result commit = run(git.root, "rev-parse", "--verify", "--quiet", revision + "^{commit}");
        if (commit.code != 0) {
            throw new Problem("no revision `" + revision + "` in the git repository " + git.root
                    + "; give a commit, branch or tag, such as HEAD~1 or v1.0.0");
        }
        return git;
    }

    /** The path of {@code path} inside the repository, with forward slashes. */
    String inRepository(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path real = absolute;
        try {
            Path existing = absolute;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing != null) {
                real = existing.toRealPath().resolve(existing.relativize(absolute));
            }
        } catch (IOException e) {
            real = absolute;
        }
        Path rootReal = root;
        try {
            rootReal = root.toRealPath();
        } catch (IOException e) {
            // keep the path git gave
        }
        return rootReal.relativize(real).toString().replace('\\', '/');
    }

    /** True when {@code relative} is a folder at the revision, false for a file; a Problem when absent. */
    boolean isFolder(String relative) throws Problem {
        Result type = run(root, "cat-file", "-t", revision + ":" + relative);
        if (type.code != 0) {
            throw new Problem("`" + relative + "` does not exist at revision " + revision + " of " + root);
        }
        return type.output.strip().equals("tree");
    }

    /** The .guide files under folder {@code relative} at the revision (direct children only when {@code shallow}). */
    List<String> guideFiles(String relative, boolean shallow) throws Problem {
        String folder = relative.isEmpty() || relative.equals(".") ? "." : relative + "/";
        Result list = shallow ? run(root, "ls-tree", "--name-only", revision, "--", folder)
                : run(root, "ls-tree", "-r", "--name-only", revision, "--", folder);
        if (list.code != 0) {
            throw new Problem("cannot list `" + relative + "` at revision " + revision + ": " + list.error.strip());
        }
        return list.output.lines().filter(l -> l.endsWith(".guide")).sorted().toList();
    }

    /** The text of file {@code relative} at the revision. */
    String show(String relative) throws Problem {
        Result shown = run(root, "show", revision + ":" + relative);
        if (shown.code != 0) {
            throw new Problem("`" + relative + "` does not exist at revision " + revision + " of " + root);
        }
        return shown.output;
    }

    String revision() {
        return revision;
    }

    private record Result(int code, String output, String error) {}

    private static Result run(Path dir, String... args) throws Problem {
        List<String> command = new java.util.ArrayList<>(List.of("git", "--no-pager", "-C", dir.toString()));
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        } catch (IOException e) {
            throw new Problem("git is not available (" + e.getMessage() + "); install git to compare with a "
                    + "committed version, or give two files");
        }
        try {
            process.getOutputStream().close();
            ByteArrayOutputStream error = new ByteArrayOutputStream();
            Thread drain = new Thread(() -> copy(process.getErrorStream(), error));
            drain.start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new Problem("git did not answer within " + TIMEOUT_SECONDS + " seconds");
            }
            drain.join();
            return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8),
                    error.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Problem("cannot read git's answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Problem("interrupted while waiting for git");
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try {
            in.transferTo(out);
        } catch (IOException e) {
            // the exit code tells what went wrong
        }
    }
}
