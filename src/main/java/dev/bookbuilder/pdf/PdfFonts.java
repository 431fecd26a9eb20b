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
import dev.bookbuilder.config.Position;
import dev.bookbuilder.config.Positioned;
import dev.bookbuilder.diag.Diagnostics;
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

    // Fonts for characters the role fonts lack: symbols, arrows, math, monochrome emoji; best first.
    private static final List<String> SYMBOL_FILES = List.of("NotoSansSymbols2-Regular.ttf", "NotoSansMath-Regular.ttf",
            "NotoSansSymbols-Regular.ttf", "Symbola.ttf", "Symbola_hint.ttf", "DejaVuSans.ttf", "NotoSans-Regular.ttf");

    /** A font tried for a character the font of its text lacks, registered under {@code family}. */
    record Fallback(String family, Face face, BaseFont font) {
    }

    private final Map<Role, List<Face>> faces;
    private final List<Fallback> fallbacks;
    /** The configured faces by PostScript name, with the book.yml entry that named them. */
    private final Map<String, Positioned<String>> configuredByName;
    /** The CFF tables of the faces, by PostScript name: what the subsets were cut from. */
    private final Map<String, Optional<byte[]>> originals = new java.util.concurrent.ConcurrentHashMap<>();

    private PdfFonts(Map<Role, List<Face>> faces, List<Fallback> fallbacks, Map<String, Positioned<String>> configuredByName) {
        this.faces = faces;
        this.fallbacks = fallbacks;
        this.configuredByName = configuredByName;
    }

    /**
     * The faces chosen for each role and the fallback chain, each with its file's size and time: what a
     * layout measured with these fonts depends on ({@link PartCache}).
     */
    String fingerprint() {
        StringBuilder out = new StringBuilder();
        faces.forEach((role, list) -> list.forEach(f -> stamp(out.append(role).append(' '), f)));
        fallbacks.forEach(f -> stamp(out.append("fallback ").append(f.family()).append(' '), f.face()));
        return out.toString();
    }

    private static void stamp(StringBuilder out, Face f) {
        out.append(f.path()).append(' ').append(f.name()).append(' ').append(dev.bookbuilder.cache.FileStamps.of(f.file())).append('\n');
    }

    /** The fallback chain, best first. */
    List<Fallback> fallbacks() {
        return fallbacks;
    }

    /** The book.yml entry that chose the font of this PostScript name, if one did. */
    Optional<Positioned<String>> configuredAs(String postscriptName) {
        return Optional.ofNullable(configuredByName.get(postscriptName));
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
        return originals.computeIfAbsent(postscriptName, n -> java.util.stream.Stream.concat(faces.values().stream().flatMap(List::stream),
                        fallbacks.stream().map(Fallback::face)).distinct()
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
     * font present. A role with none is left to the built-in STSong-Light (not embedded). A
     * configured font that is not on the machine is a warning, {@code font-not-found}.
     */
    public static PdfFonts discover(Map<String, List<Positioned<String>>> configured, Diagnostics diags) {
        return discover(configured, fontDirs(), diags);
    }

    public static PdfFonts discover(Map<String, List<Positioned<String>>> configured) {
        return discover(configured, fontDirs(), new Diagnostics());
    }

    /** As {@link #discover(Map, Diagnostics)}, looking for fonts in the given folders only. */
    public static PdfFonts discover(Map<String, List<Positioned<String>>> configured, List<Path> fontDirs) {
        return discover(configured, fontDirs, new Diagnostics());
    }

    static PdfFonts discover(Map<String, List<Positioned<String>>> configured, List<Path> fontDirs, Diagnostics diags) {
        List<Path> files = allFontFiles(fontDirs);
        java.util.function.Supplier<List<FontNames>> names = memo(() -> files.stream().flatMap(f -> FontNames.read(f).stream()).toList());
        Map<Role, List<Face>> faces = new EnumMap<>(Role.class);
        Map<String, Positioned<String>> configuredByName = new java.util.HashMap<>();
        for (Role role : Role.values()) {
            List<Face> list = new ArrayList<>();
            for (Positioned<String> wanted : configured.getOrDefault(role.name().toLowerCase(Locale.ROOT), List.of())) {
                list = configuredFaces(wanted.value(), names);
                if (!list.isEmpty()) {
                    for (Face f : list) {
                        FontNames.read(f.file()).stream().filter(n -> n.index() == f.index()).findFirst()
                                .ifPresent(n -> configuredByName.put(n.postscriptName(), wanted));
                    }
                    break;
                }
                Position at = wanted.position();
                diags.warning("font-not-found", at == null ? new Position(null, 0, 0) : at,
                        "pdf.fonts." + role.name().toLowerCase(Locale.ROOT) + ": no font file " + (isFile(wanted.value()) ? "" : "has the family ")
                        + "`" + wanted.value() + "`" + (isFile(wanted.value()) ? " exists" : " (families are matched by the name inside the font, as fc-list shows it)"));
            }
            if (list.isEmpty()) {
                KNOWN.get(role).stream().map(k -> knownFace(k[0], k[1], files)).flatMap(Optional::stream).findFirst().ifPresent(r -> {
                    faces.put(role, withBold(r));
                });
            } else {
                faces.put(role, List.copyOf(list));
            }
            faces.putIfAbsent(role, List.of());
        }
        return new PdfFonts(faces, fallbacks(files), Map.copyOf(configuredByName));
    }

    /** The well-known CJK faces (for a configured font without Chinese), then the symbol fonts present. */
    private static List<Fallback> fallbacks(List<Path> files) {
        List<Face> chain = new ArrayList<>();
        for (Role role : List.of(Role.SERIF, Role.SANS)) {
            KNOWN.get(role).stream().map(k -> knownFace(k[0], k[1], files)).flatMap(Optional::stream).findFirst().ifPresent(chain::add);
        }
        for (String name : SYMBOL_FILES) {
            files.stream().filter(p -> p.getFileName().toString().equalsIgnoreCase(name)).findFirst().flatMap(p -> face(p, ""))
                    .ifPresent(chain::add);
        }
        List<Fallback> out = new ArrayList<>();
        for (Face f : chain.stream().distinct().toList()) {
            try {
                out.add(new Fallback("BookFallback" + (out.size() + 1), f, BaseFont.createFont(f.path(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED)));
            } catch (IOException | RuntimeException e) {
                // a font OpenPDF cannot read is no fallback
            }
        }
        return List.copyOf(out);
    }

    private static List<Face> withBold(Face regular) {
        List<Face> list = new ArrayList<>();
        list.add(regular);
        boldOf(regular).ifPresent(list::add);
        return List.copyOf(list);
    }

    private static boolean isFile(String spec) {
        return Path.of(spec).isAbsolute() || spec.contains("/");
    }

    /** A configured font: a file (its first face, bold by file name), or a family (its regular face and bold face). */
    private static List<Face> configuredFaces(String spec, java.util.function.Supplier<List<FontNames>> names) {
        if (isFile(spec)) {
            Path p = Path.of(spec);
            return Files.isRegularFile(p) ? face(p, "").map(PdfFonts::withBold).orElse(List.of()) : List.of();
        }
        List<FontNames> family = names.get().stream().filter(n -> n.isFamily(spec)).toList();
        // The plain face of the family: its own legacy family name, regular style (DejaVu Serif, not DejaVu Serif Condensed).
        java.util.Comparator<FontNames> plain = java.util.Comparator.comparing((FontNames n) -> !n.legacyFamily().equalsIgnoreCase(spec.strip()))
                .thenComparing(n -> n.file().toString());
        Optional<FontNames> regular = family.stream().filter(FontNames::regular).sorted(plain).findFirst();
        if (regular.isEmpty()) {
            return List.of();
        }
        List<Face> out = new ArrayList<>();
        out.add(face(regular.get()));
        family.stream().filter(FontNames::bold).sorted(plain).findFirst().ifPresent(b -> out.add(face(b)));
        return List.copyOf(out);
    }

    private static Face face(FontNames n) {
        return new Face(n.file(), n.index(), n.family());
    }

    private static <T> java.util.function.Supplier<T> memo(java.util.function.Supplier<T> s) {
        return new java.util.function.Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = s.get();
                }
                return value;
            }
        };
    }

    /** The regular face of a role, if a font file was found for it. */
    Optional<Face> regular(Role role) {
        return faces.get(role).stream().findFirst();
    }

    /**
     * The role's regular or bold face as a Java2D font of size 1 (the EPUB's generated cover is
     * drawn in the book's fonts); empty when the role has no font file or it cannot be loaded.
     */
    public Optional<java.awt.Font> awtFont(Role role, boolean bold) {
        List<Face> list = faces.getOrDefault(role, List.of());
        if (list.isEmpty()) {
            return Optional.empty();
        }
        Face f = bold && list.size() > 1 ? list.get(1) : list.get(0);
        try {
            java.awt.Font[] all = java.awt.Font.createFonts(f.file().toFile());
            return Optional.of(all[Math.min(f.index(), all.length - 1)]);
        } catch (java.awt.FontFormatException | IOException e) {
            return Optional.empty();
        }
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
        for (Fallback f : fallbacks) {
            resolver.addFont(f.face().path(), f.family(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, null);
        }
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
