package org.guidelang.compiler.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.CRC32C;
import org.guidelang.compiler.output.AtomicFile;
import org.guidelang.compiler.output.CannotWrite;
import org.guidelang.compiler.output.IoFailure;

/**
 * The class files of compiled evaluators, kept between runs of {@code batch}: compiling the
 * generated Java in process costs about three seconds of CPU, more than evaluating 300,000
 * records. An entry is named by a SHA-256 of everything the class files depend on — the texts
 * of the guideline and of those it imports, guidec itself (its jar's path, size and time: the
 * generator and the runtime the classes are compiled against), javac's options and the JVM — so
 * a changed guideline, a rebuilt guidec or another JDK finds no entry and compiles afresh. The key
 * is taken from the texts rather than from the generated Java, which is a deterministic function
 * of them and guidec: a hit then skips generating the Java as well as compiling it.
 *
 * <p>The cache can only cost time, never change an answer: an entry that cannot be read, is cut
 * short, or whose content does not match its own checksum and key is ignored (and replaced); a
 * folder that cannot be written is warned about once and the run goes on without keeping the
 * classes. Entries are written to a temporary file beside them and renamed into place, so a
 * concurrent run reads either a whole entry or none.
 */
final class EvaluatorCache {
    /** The first bytes of an entry, with the format's version: another format is never read as this one. */
    private static final byte[] MAGIC = "guidec-evaluator-classes/2\n".getBytes(StandardCharsets.US_ASCII);
    /** The checksum's length: a CRC-32C, which catches an entry cut short or damaged on disk. */
    private static final int SUM = 4;
    private static final int MAX_CLASSES = 100_000;
    private static final int MAX_CLASS_BYTES = 64 << 20;

    private final Path folder;
    private final PrintWriter err;

    EvaluatorCache(Path folder, PrintWriter err) {
        this.folder = folder;
        this.err = err;
    }

    /**
     * Where entries go when {@code --cache-dir} is not given: {@code $GUIDEC_CACHE}, else
     * {@code $XDG_CACHE_HOME/guidec}, else {@code ~/.cache/guidec}; empty when none can be told.
     */
    static Optional<Path> defaultFolder(Map<String, String> environment, String userHome) {
        String own = environment.get("GUIDEC_CACHE");
        if (own != null && !own.isBlank()) {
            return Optional.of(Path.of(own));
        }
        String xdg = environment.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) { // the XDG rule: a relative path is ignored
            return Optional.of(Path.of(xdg, "guidec"));
        }
        return userHome == null || userHome.isBlank() ? Optional.empty() : Optional.of(Path.of(userHome, ".cache", "guidec"));
    }

    /**
     * The key of an evaluator made from {@code fields}: everything its class files depend on (the
     * guidelines' texts, the compiler and runtime that turn them into classes, javac's options),
     * in an order of the caller's; the JVM is added here.
     */
    static String key(List<String> fields) {
        MessageDigest digest = sha256();
        field(digest, new String(MAGIC, StandardCharsets.US_ASCII));
        field(digest, System.getProperty("java.vm.vendor", "") + " " + System.getProperty("java.vm.version", ""));
        fields.forEach(field -> field(digest, field));
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A kept evaluator: the class to load first, and every class file by its binary name. */
    record Kept(String type, Map<String, byte[]> classes) {}

    /** The evaluator kept under {@code key}, or empty when there is no whole, matching entry. */
    Optional<Kept> read(String key) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(entry(key));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unreadable: compile, and try to replace it
        }
        return decode(key, bytes);
    }

    /** Keeps {@code kept} under {@code key}; a failure to write is warned about, once, and otherwise ignored. */
    void write(String key, Kept kept) {
        try {
            Files.createDirectories(folder);
            AtomicFile.write(entry(key), encode(key, kept));
        } catch (CannotWrite e) {
            warn(e.getMessage());
        } catch (IOException e) {
            warn(IoFailure.reason(e));
        }
    }

    Path entry(String key) {
        return folder.resolve(key + ".classes");
    }

    private void warn(String reason) {
        err.println("guidec batch: cannot keep the compiled evaluator in " + folder + " (" + reason
                + "); the next run will compile it again. Give a writable folder with --cache-dir, or --no-cache");
    }

    /**
     * magic, key, type, count, (name, length, bytes)*, then the CRC-32C of all that. Not a SHA-256:
     * the checksum is there for damage, not for an adversary (who could write a matching one either
     * way), and a SHA-256 of the entry cost tens of milliseconds of every run's start, computed by
     * code the JIT compiler had not compiled yet; CRC-32C is computed by the JVM's own code.
     */
    static byte[] encode(String key, Kept kept) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.write(MAGIC);
            out.writeUTF(key);
            out.writeUTF(kept.type());
            Map<String, byte[]> sorted = new TreeMap<>(kept.classes()); // the same classes give the same bytes
            out.writeInt(sorted.size());
            for (Map.Entry<String, byte[]> entry : sorted.entrySet()) {
                out.writeUTF(entry.getKey());
                out.writeInt(entry.getValue().length);
                out.write(entry.getValue());
            }
            out.writeInt(crc32c(buffer.toByteArray(), buffer.size()));
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return buffer.toByteArray();
    }

    /** The classes of a whole entry made for {@code key}; empty for anything else (cut short, altered, another key). */
    static Optional<Kept> decode(String key, byte[] bytes) {
        int body = bytes.length - SUM;
        if (body < MAGIC.length || !Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC)) {
            return Optional.empty();
        }
        if (crc32c(bytes, body) != java.nio.ByteBuffer.wrap(bytes, body, SUM).getInt()) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, MAGIC.length, body - MAGIC.length))) {
            if (!in.readUTF().equals(key)) {
                return Optional.empty();
            }
            String type = in.readUTF();
            int count = in.readInt();
            if (count < 1 || count > MAX_CLASSES) {
                return Optional.empty();
            }
            Map<String, byte[]> classes = new TreeMap<>();
            for (int i = 0; i < count; i++) {
                String name = in.readUTF();
                int length = in.readInt();
                if (length < 0 || length > MAX_CLASS_BYTES || length > in.available()) {
                    return Optional.empty();
                }
                classes.put(name, in.readNBytes(length));
            }
            return in.available() == 0 && classes.containsKey(type) ? Optional.of(new Kept(type, classes))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void field(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int n = bytes.length; // the length first, so that two fields never hash as one
        digest.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
        digest.update(bytes);
    }

    private static int crc32c(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return (int) crc.getValue();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
