package dev.bookbuilder.build;

import dev.bookbuilder.diag.Diagnostic;
import dev.bookbuilder.diag.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What the last build in an output folder was made from: the builder's version, the options, a fingerprint
 * of every input file (the source folder and the styles folder beside it) and of every file written,
 * and its warnings. A build whose manifest matches has nothing to do; timestamps are never trusted.
 * Kept as a hidden file in out/.
 */
public final class BuildManifest {
    static final String FILE = ".bookbuilder-manifest";
    private final TreeMap<String, String> entries;

    private BuildManifest(TreeMap<String, String> entries) {
        this.entries = entries;
    }

    /** The manifest a build of {@code request} would have: the inputs as they are now. */
    public static BuildManifest of(BuildRequest request, String version) throws IOException {
        TreeMap<String, String> e = new TreeMap<>();
        e.put("version", version);
        e.put("editions", String.join(",", new TreeSet<>(request.editions())));
        e.put("formats", String.join(",", new TreeSet<>(request.formats())));
        e.put("time", Long.toString(request.buildTime().getEpochSecond()));
        Path root = request.source().toAbsolutePath().normalize();
        hashTree(root, "input.source/", e);
        if (root.getParent() != null) {
            hashTree(root.getParent().resolve("styles"), "input.styles/", e);
        }
        return new BuildManifest(e);
    }

    private static void hashTree(Path dir, String prefix, Map<String, String> into) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                into.put(prefix + dir.relativize(p).toString().replace('\\', '/'), hash(p));
            }
        }
    }

    /**
     * A file's fingerprint: its CRC-32C, CRC-32 and size. This detects change, it guards nothing: a
     * one-off build runs on C1 alone, where SHA-256 ran as plain Java (7–9 % of an EPUB build's CPU),
     * while both CRCs are processor instructions there.
     */
    static String hash(Path file) throws IOException {
        Fingerprint f = new Fingerprint();
        if (Files.isDirectory(file)) { // a folder output (the web edition): its files' names and fingerprints
            TreeMap<String, String> files = new TreeMap<>();
            hashTree(file, "", files);
            files.forEach((name, h) -> {
                byte[] line = (name + "\0" + h + "\n").getBytes(StandardCharsets.UTF_8);
                f.update(line, line.length);
            });
            return f.toString();
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                f.update(buf, n);
            }
        }
        return f.toString();
    }

    private static final class Fingerprint {
        private final java.util.zip.CRC32C c = new java.util.zip.CRC32C();
        private final java.util.zip.CRC32 d = new java.util.zip.CRC32();
        private long size;

        void update(byte[] bytes, int length) {
            c.update(bytes, 0, length);
            d.update(bytes, 0, length);
            size += length;
        }

        @Override
        public String toString() {
            return String.format("%08x%08x-%d", c.getValue(), d.getValue(), size);
        }
    }

    /** Records what was written and the warnings met, in out/. */
    public void write(Path out, List<BuildResult.Output> outputs, List<Diagnostic> warnings) throws IOException {
        TreeMap<String, String> e = new TreeMap<>(entries);
        for (BuildResult.Output o : outputs) {
            e.put("output." + o.file().getFileName(), hash(o.file()) + " " + o.edition() + " " + o.format() + " " + o.millis()
                    + " " + o.pages());
        }
        for (int i = 0; i < warnings.size(); i++) {
            Diagnostic d = warnings.get(i);
            e.put(String.format("warning.%05d", i), String.join("\t", d.code(), d.file() == null ? "" : d.file().toAbsolutePath().toString(),
                    Integer.toString(d.line()), Integer.toString(d.column()), d.message()));
        }
        StringBuilder sb = new StringBuilder("# bookbuilder: what the last build here was made from (see BuildManifest)\n");
        e.forEach((k, v) -> sb.append(escape(k)).append('=').append(escape(v)).append('\n'));
        AtomicOutput.write(out.resolve(FILE), o -> o.write(sb.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static String escape(String s) {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("k", s);
        StringWriter w = new StringWriter();
        try {
            p.store(w, null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String line = w.toString().lines().filter(l -> l.startsWith("k=")).findFirst().orElse("k=");
        return line.substring(2);
    }

    /**
     * The last build's result when it was made from these same inputs and options and its files are
     * still there, unchanged; empty when a build is needed.
     *
     * @param ignoreTime true when the build time is the clock's (no SOURCE_DATE_EPOCH, no git), which
     *                   alone is no reason to build again
     */
    public Optional<BuildResult> upToDate(Path out, boolean ignoreTime) {
        Path file = out.resolve(FILE);
        java.util.Properties stored = new java.util.Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            stored.load(r);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        TreeMap<String, String> inputs = new TreeMap<>();
        List<BuildResult.Output> outputs = new ArrayList<>();
        List<Diagnostic> warnings = new ArrayList<>();
        for (String k : stored.stringPropertyNames()) {
            String v = stored.getProperty(k);
            if (k.startsWith("output.")) {
                String[] f = v.split(" ");
                Path written = out.resolve(k.substring("output.".length()));
                try {
                    if (f.length < 5 || !Files.exists(written) || !hash(written).equals(f[0])) {
                        return Optional.empty();
                    }
                    outputs.add(new BuildResult.Output(f[1], f[2], written, FolderOutput.size(written), Long.parseLong(f[3]), Integer.parseInt(f[4])));
                } catch (IOException | NumberFormatException e) {
                    return Optional.empty();
                }
            } else if (k.startsWith("warning.")) {
                String[] f = v.split("\t", 5);
                if (f.length == 5) {
                    warnings.add(new Diagnostic(f[0], Severity.WARNING, f[1].isEmpty() ? null : Path.of(f[1]),
                            Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[4]));
                }
            } else if (!(ignoreTime && k.equals("time"))) {
                inputs.put(k, v);
            }
        }
        TreeMap<String, String> now = new TreeMap<>(entries);
        if (ignoreTime) {
            now.remove("time");
        }
        if (!now.equals(inputs) || outputs.isEmpty()) {
            return Optional.empty();
        }
        outputs.sort(java.util.Comparator.comparing(o -> o.file().getFileName().toString()));
        warnings.sort(java.util.Comparator.comparing((Diagnostic d) -> d.file() == null ? "" : d.file().toString())
                .thenComparingInt(Diagnostic::line));
        return Optional.of(new BuildResult(List.copyOf(outputs), List.copyOf(warnings)));
    }
}
