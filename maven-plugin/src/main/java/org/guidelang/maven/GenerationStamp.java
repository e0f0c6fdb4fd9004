package org.guidelang.maven;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.guidelang.compiler.output.AtomicFile;

/**
 * What the last successful {@code generate} run read and wrote: the generator's identity, the
 * settings, each source's path and content hash, and each generated file's path and hash. A run
 * whose inputs equal the stamp's, and whose outputs are still on disk as written, has nothing
 * to do. Hashes rather than timestamps, so that a checkout or a touch that changes no byte
 * does not regenerate.
 */
record GenerationStamp(
        String generator,
        SortedMap<String, String> settings,
        SortedMap<String, String> sources,
        SortedMap<String, String> outputs) {

    private static final String HEADER = "# GuideLang generate stamp: inputs and outputs of the last successful run";

    GenerationStamp {
        settings = new TreeMap<>(settings);
        sources = new TreeMap<>(sources);
        outputs = new TreeMap<>(outputs);
    }

    /** Whether {@code other} was made by the same generator, with the same settings, from the same sources. */
    boolean sameInputs(GenerationStamp other) {
        return generator.equals(other.generator) && settings.equals(other.settings) && sources.equals(other.sources);
    }

    /**
     * The recorded outputs that are missing or no longer hold what was written; their names are
     * resolved against {@code base}.
     */
    List<String> changedOutputs(Path base) throws IOException {
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, String> output : outputs.entrySet()) {
            Path file = base.resolve(output.getKey());
            if (!Files.isRegularFile(file) || !sha256(Files.readAllBytes(file)).equals(output.getValue())) {
                changed.add(output.getKey());
            }
        }
        return changed;
    }

    /** One line per fact, sorted, so that the stamp itself is deterministic. */
    String toText() {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        text.append("generator ").append(generator).append('\n');
        settings.forEach((key, value) -> text.append("setting ").append(key).append('=').append(value).append('\n'));
        sources.forEach((path, hash) -> text.append("source ").append(hash).append(' ').append(path).append('\n'));
        outputs.forEach((path, hash) -> text.append("output ").append(hash).append(' ').append(path).append('\n'));
        return text.toString();
    }

    /** Reads a stamp; empty when there is none or it is not one this version wrote (then everything is regenerated). */
    static Optional<GenerationStamp> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            return Optional.empty();
        }
        String generator = null;
        SortedMap<String, String> settings = new TreeMap<>();
        SortedMap<String, String> sources = new TreeMap<>();
        SortedMap<String, String> outputs = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            int space = line.indexOf(' ');
            if (space < 0) {
                return Optional.empty();
            }
            String kind = line.substring(0, space);
            String rest = line.substring(space + 1);
            switch (kind) {
                case "generator" -> generator = rest;
                case "setting" -> {
                    int eq = rest.indexOf('=');
                    if (eq < 0) {
                        return Optional.empty();
                    }
                    settings.put(rest.substring(0, eq), rest.substring(eq + 1));
                }
                case "source", "output" -> {
                    int gap = rest.indexOf(' ');
                    if (gap < 0) {
                        return Optional.empty();
                    }
                    (kind.equals("source") ? sources : outputs).put(rest.substring(gap + 1), rest.substring(0, gap));
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        return generator == null ? Optional.empty() : Optional.of(new GenerationStamp(generator, settings, sources, outputs));
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFile.write(file, toText());
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /**
     * The generator's identity: the plugin version, and for a snapshot also the hash of the jar
     * holding {@code backend}, because a snapshot's code changes while its version does not.
     */
    static String generator(String pluginVersion, Class<?> backend) throws IOException {
        String identity = "guidelang-maven-plugin " + pluginVersion;
        if (!pluginVersion.endsWith("-SNAPSHOT")) {
            return identity;
        }
        CodeSource source = backend.getProtectionDomain().getCodeSource();
        if (source == null) {
            return identity;
        }
        Path jar;
        try {
            jar = Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return identity;
        }
        return identity + " " + contentHash(jar);
    }

    /** The hash of a jar, or of every file of a classes folder (the reactor before packaging, an IDE). */
    private static String contentHash(Path location) throws IOException {
        MessageDigest digest = digest();
        List<Path> files;
        if (Files.isDirectory(location)) {
            try (Stream<Path> walk = Files.walk(location)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
        } else {
            files = List.of(location);
        }
        byte[] buffer = new byte[1 << 16];
        for (Path file : files) {
            digest.update(location.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
            try (InputStream in = Files.newInputStream(file)) {
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    digest.update(buffer, 0, n);
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
