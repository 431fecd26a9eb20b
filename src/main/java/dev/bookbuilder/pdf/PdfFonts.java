package dev.bookbuilder.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import dev.bookbuilder.pdf.cff.CffSubsetRepair;
import dev.bookbuilder.pdf.cff.OpenTypeCff;
import org.openpdf.pdf.CJKFontResolver;
import org.openpdf.pdf.FontFamily;
import org.openpdf.pdf.ITextFontResolver;
import org.openpdf.text.pdf.BaseFont;

/**
 * The fonts the print edition is set in: a serif for text, a sans for headings, a monospace for
 * code, each with a bold face where one exists, all able to set Chinese. They are found once per
 * build, in book.yml's {@code pdf.fonts} first, then among well-known CJK fonts on the machine.
 * CSS refers to them by the family names of {@link Role}.
 */
public final class PdfFonts {
    /** What a font is for, and the CSS family name it is registered under. */
    public enum Role {
        SERIF("BookSerif"), SANS("BookSans"), MONO("BookMono");

        private final String family;

        Role(String family) {
            this.family = family;
        }

        public String family() {
            return family;
        }
    }

    /** A font file (a TrueType collection with its face index), or null for the built-in fallback. */
    record Face(Path file, int index, String name) {
        String path() {
            return file.toString().toLowerCase(Locale.ROOT).endsWith(".ttc") ? file + "," + index : file.toString();
        }
    }


    // Well-known fonts, best first: (role, file name, face name containing), regular then bold.
    private static final Map<Role, List<String[]>> KNOWN = new EnumMap<>(Map.of(
            Role.SERIF, List.<String[]>of(
                    new String[] {"NotoSerifCJK-Regular.ttc", "Noto Serif CJK SC"},
                    new String[] {"NotoSerifCJKsc-Regular.otf", ""},
                    new String[] {"SourceHanSerif-Regular.ttc", "Source Han Serif SC"},
                    new String[] {"SourceHanSerifSC-Regular.otf", ""},
                    new String[] {"Songti.ttc", "Songti SC"},
                    new String[] {"simsun.ttc", "SimSun"},
                    new String[] {"NotoSansCJK-Regular.ttc", "Noto Sans CJK SC"},
                    new String[] {"wqy-zenhei.ttc", "WenQuanYi Zen Hei"},
                    new String[] {"wqy-microhei.ttc", "WenQuanYi Micro Hei"}),
            Role.SANS, List.<String[]>of(
                    new String[] {"NotoSansCJK-Regular.ttc", "Noto Sans CJK SC"},
                    new String[] {"NotoSansCJKsc-Regular.otf", ""},
                    new String[] {"SourceHanSans-Regular.ttc", "Source Han Sans SC"},
                    new String[] {"SourceHanSansSC-Regular.otf", ""},
                    new String[] {"PingFang.ttc", "PingFang SC"},
                    new String[] {"msyh.ttc", "Microsoft YaHei"},
                    new String[] {"wqy-zenhei.ttc", "WenQuanYi Zen Hei"},
                    new String[] {"wqy-microhei.ttc", "WenQuanYi Micro Hei"}),
            Role.MONO, List.<String[]>of(
                    new String[] {"NotoSansCJK-Regular.ttc", "Noto Sans Mono CJK SC"},
                    new String[] {"NotoSansMonoCJKsc-Regular.otf", ""},
                    new String[] {"wqy-zenhei.ttc", "WenQuanYi Zen Hei Mono"},
                    new String[] {"wqy-microhei.ttc", "WenQuanYi Micro Hei Mono"},
                    new String[] {"simsun.ttc", "NSimSun"})));

    private final Map<Role, List<Face>> faces;
    /** The CFF tables of the faces, by PostScript name: what the subsets were cut from. */
    private final Map<String, Optional<byte[]>> originals = new java.util.concurrent.ConcurrentHashMap<>();

    private PdfFonts(Map<Role, List<Face>> faces) {
        this.faces = faces;
    }

    /**
     * An embedded CFF subset with the subroutines OpenPDF's subsetter dropped put back (see
     * {@link CffSubsetRepair}); unchanged when it is not cut from one of these fonts.
     */
    byte[] repairSubset(byte[] subset) {
        String name = CffSubsetRepair.fontName(subset);
        return original(name).map(o -> CffSubsetRepair.repair(subset, o)).orElse(subset);
    }

    private Optional<byte[]> original(String postscriptName) {
        return originals.computeIfAbsent(postscriptName, n -> faces.values().stream().flatMap(List::stream).distinct()
                .map(f -> {
                    try {
                        return OpenTypeCff.read(f.file(), f.path().contains(",") ? f.index() : 0);
                    } catch (IOException e) {
                        return null; // a font we cannot read again was not embedded from this file
                    }
                })
                .filter(cff -> cff != null && CffSubsetRepair.fontName(cff).equals(n)).findFirst());
    }

    /**
     * Finds the fonts: for each role, the configured families or files, else the first well-known
     * font present. A role with none is left to the built-in STSong-Light (not embedded).
     */
    public static PdfFonts discover(Map<String, List<String>> configured) {
        return discover(configured, fontDirs());
    }

    /** As {@link #discover(Map)}, looking for fonts in the given folders only. */
    public static PdfFonts discover(Map<String, List<String>> configured, List<Path> fontDirs) {
        List<Path> files = allFontFiles(fontDirs);
        Map<Role, List<Face>> faces = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            List<String> wanted = configured.getOrDefault(role.name().toLowerCase(Locale.ROOT), List.of());
            Optional<Face> regular = wanted.stream().map(w -> configuredFace(w, files)).flatMap(Optional::stream).findFirst();
            if (regular.isEmpty()) {
                regular = KNOWN.get(role).stream().map(k -> knownFace(k[0], k[1], files)).flatMap(Optional::stream).findFirst();
            }
            List<Face> list = new ArrayList<>();
            regular.ifPresent(r -> {
                list.add(r);
                boldOf(r).ifPresent(list::add);
            });
            faces.put(role, List.copyOf(list));
        }
        return new PdfFonts(faces);
    }

    /** The regular face of a role, if a font file was found for it. */
    Optional<Face> regular(Role role) {
        return faces.get(role).stream().findFirst();
    }

    /** True when every role has a real font file, so that everything is embedded. */
    public boolean complete() {
        return faces.values().stream().noneMatch(List::isEmpty);
    }

    /** A font resolver for a renderer: with the built-in CJK fonts only when a role has no font file. */
    ITextFontResolver newResolver() {
        return complete() ? new ITextFontResolver() : new CJKFontResolver();
    }

    /** Registers the fonts with a renderer's font resolver under the role family names. */
    void registerWith(ITextFontResolver resolver) throws IOException {
        for (Map.Entry<Role, List<Face>> e : faces.entrySet()) {
            if (e.getValue().isEmpty()) {
                // Adobe's CJK font that every PDF reader knows (referenced, not embedded), from a CJKFontResolver.
                FontFamily stsong = resolver.getFonts().get("STSong-Light-H");
                if (stsong == null) {
                    throw new IllegalStateException("no CJK font and no built-in STSong-Light: use newResolver()");
                }
                resolver.getFonts().put(e.getKey().family(), stsong);
                continue;
            }
            for (Face f : e.getValue()) {
                resolver.addFont(f.path(), e.getKey().family(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, null);
            }
        }
    }

    private static Optional<Face> configuredFace(String spec, List<Path> files) {
        Path p = Path.of(spec);
        if (p.isAbsolute() || spec.contains("/")) {
            return Files.isRegularFile(p) ? face(p, "") : Optional.empty();
        }
        // A family name: look for it among the font files on the machine.
        return files.stream().map(f -> face(f, spec)).flatMap(Optional::stream)
                .filter(f -> f.name().equalsIgnoreCase(spec)).findFirst();
    }

    private static Optional<Face> knownFace(String fileName, String faceName, List<Path> files) {
        return files.stream().filter(p -> p.getFileName().toString().equalsIgnoreCase(fileName)).findFirst()
                .flatMap(p -> face(p, faceName));
    }

    /** The bold sibling of a regular face: same name with Bold for Regular. */
    private static Optional<Face> boldOf(Face regular) {
        String name = regular.file().getFileName().toString();
        if (!name.contains("Regular")) {
            return Optional.empty();
        }
        Path bold = regular.file().resolveSibling(name.replace("Regular", "Bold"));
        return Files.isRegularFile(bold) ? face(bold, regular.name()) : Optional.empty();
    }

    /** The face of {@code file} whose name contains {@code faceName} (any face when empty). */
    private static Optional<Face> face(Path file, String faceName) {
        String lower = file.toString().toLowerCase(Locale.ROOT);
        try {
            if (lower.endsWith(".ttc")) {
                String[] names = BaseFont.enumerateTTCNames(file.toString());
                for (int i = 0; i < names.length; i++) {
                    // Collections name their faces by PostScript name: "Noto Serif CJK SC" is NotoSerifCJKsc-Regular.
                    if (faceName.isEmpty() || squash(names[i]).startsWith(squash(faceName))) {
                        return Optional.of(new Face(file, i, faceName.isEmpty() ? names[i] : faceName));
                    }
                }
                return Optional.empty();
            }
            return Optional.of(new Face(file, 0, faceName.isEmpty() ? file.getFileName().toString() : faceName));
        } catch (Exception e) {
            return Optional.empty(); // unreadable font file: not a candidate
        }
    }

    private static String squash(String name) {
        return name.replaceAll("[\\s_-]", "").toLowerCase(Locale.ROOT);
    }

    private static List<Path> allFontFiles(List<Path> dirs) {
        {
            List<Path> found = new ArrayList<>();
            for (Path dir : dirs) {
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                try (Stream<Path> s = Files.walk(dir, 6)) {
                    s.filter(Files::isRegularFile).filter(p -> p.toString().toLowerCase(Locale.ROOT).matches(".*\\.(ttf|otf|ttc)"))
                            .sorted().forEach(found::add);
                } catch (IOException e) {
                    // a folder we cannot read holds no fonts for us
                }
            }
            return List.copyOf(found);
        }
    }

    /** Where fonts live on Linux, macOS and Windows; {@code -Dbookbuilder.fontDirs=a:b} replaces the list. */
    public static List<Path> fontDirs() {
        String override = System.getProperty("bookbuilder.fontDirs");
        if (override != null) {
            return java.util.Arrays.stream(override.split(java.io.File.pathSeparator)).filter(d -> !d.isBlank()).map(Path::of).toList();
        }
        String home = System.getProperty("user.home", "");
        List<Path> dirs = new ArrayList<>(List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"),
                Path.of(home, ".fonts"), Path.of(home, ".local/share/fonts"),
                Path.of("/Library/Fonts"), Path.of("/System/Library/Fonts"), Path.of(home, "Library/Fonts")));
        String windir = System.getenv("WINDIR");
        if (windir != null) {
            dirs.add(Path.of(windir, "Fonts"));
        }
        return dirs;
    }
}
