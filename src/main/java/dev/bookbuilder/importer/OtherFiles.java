package dev.bookbuilder.importer;

import dev.bookbuilder.config.SourceFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** The files of an imported book that are not its pages, and where the book stands in its git repository. */
final class OtherFiles {
    private static final Set<String> SKIPPED = Set.of(".git", "node_modules", "book", "_book", "site", "target", "out");

    private OtherFiles() {
    }

    /** Every file but the pages (images, code, data, Markdown the contents do not list) to the same place below the new root. */
    static Map<String, String> copy(Path root, Path to, Set<String> pages, ImportNotes notes) throws IOException {
        Map<String, String> renamed = new LinkedHashMap<>();
        Path target = to.toAbsolutePath().normalize();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).filter(p -> !p.toAbsolutePath().normalize().startsWith(target)).toList()) {
                Path rel = root.relativize(p);
                boolean skipped = false;
                for (Path part : rel) {
                    String name = part.toString();
                    skipped |= SKIPPED.contains(name) || name.startsWith(".") && !name.equals(".");
                }
                String file = rel.getFileName().toString();
                String relPath = rel.toString().replace('\\', '/');
                if (!skipped && !SourceFiles.inside(root, p)) {
                    // A link to /etc/passwd named secret.png: the book carries only its own files.
                    notes.add(relPath, "is a link that leads outside the book's folder: not copied");
                    skipped = true;
                }
                if (!skipped && !pages.contains(relPath) && !file.equals("SUMMARY.md") && !file.equals("_sidebar.md")
                        && !file.equals("book.toml") && !file.equals("book.yml")) {
                    String copy = relPath;
                    java.util.Optional<String> real = dev.bookbuilder.markdown.ImageType.mismatch(p);
                    if (real.isPresent()) {
                        // A JPEG named .png: readers trust the name, so the copy is named for what it is.
                        String stem = relPath.replaceFirst("\\.[^./]+$", "");
                        String ext = "." + (real.get().equals("jpeg") ? "jpg" : real.get());
                        copy = stem + ext;
                        for (int n = 2; Files.exists(root.resolve(copy)) || Files.exists(to.resolve(copy)); n++) {
                            copy = stem + "-" + n + ext; // photo.png is a JPEG, and there is a photo.jpg too
                        }
                        renamed.put(relPath, copy);
                        notes.add(relPath, "is a " + real.get().toUpperCase(Locale.ROOT) + " file: copied as " + copy);
                    }
                    Files.createDirectories(to.resolve(copy).getParent());
                    Files.copy(p, to.resolve(copy));
                }
            }
        }
        return renamed;
    }

    /** The folder holding the book's {@code .git} (an mdBook includes its code from there), else the book's own folder. */
    static Path repositoryRoot(Path from) {
        Path f = from.toAbsolutePath().normalize();
        for (Path p = f; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) {
                return p;
            }
        }
        return f;
    }

    /** The book's folder inside its git repository ({@code docs}), found by climbing to the folder holding {@code .git}. */
    static String repositoryPath(Path from, Path root) {
        Path r = root.toAbsolutePath().normalize();
        for (Path p = r; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve(".git"))) {
                return p.relativize(r).toString().replace('\\', '/');
            }
        }
        return from.toAbsolutePath().normalize().relativize(r).toString().replace('\\', '/');
    }
}
