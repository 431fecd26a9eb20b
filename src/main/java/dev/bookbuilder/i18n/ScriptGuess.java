package dev.bookbuilder.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The language a book's pages are written in, from their script: for a book.yml that names none, so that an
 * English book gets English words and Latin typesetting rather than the Chinese default. Han, kana or Hangul
 * characters against Latin letters, code blocks left out. Reads only regular files below the folder (no link
 * is followed) and only their beginnings.
 */
public final class ScriptGuess {
    private static final Pattern FENCED = Pattern.compile("(?ms)^(```|~~~).*?^\\1");
    private static final int PER_FILE = 32 * 1024;
    private static final int FILES = 200;

    private ScriptGuess() {
    }

    /** {@code en}, {@code zh-CN}, {@code ja} or {@code ko} for the Markdown files below {@code root}; the default when it has none. */
    public static String of(Path root) {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> s = Files.walk(root)) {
            List<Path> pages = s.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .sorted().limit(FILES).toList();
            for (Path p : pages) {
                try (InputStream in = Files.newInputStream(p, LinkOption.NOFOLLOW_LINKS)) {
                    text.append(new String(in.readNBytes(PER_FILE), StandardCharsets.UTF_8)).append('\n');
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // An unreadable folder is reported when the book is loaded; the guess goes with what was read.
        }
        return of(text);
    }

    /** The language {@code text} is written in, as {@link #of(Path)} decides it. */
    public static String of(CharSequence text) {
        String prose = FENCED.matcher(text).replaceAll("");
        long han = 0, kana = 0, hangul = 0, latin = 0;
        for (int i = 0; i < prose.length(); i++) {
            char c = prose.charAt(i);
            if (c < 0x80) {
                latin += Character.isLetter(c) ? 1 : 0;
                continue;
            }
            switch (Character.UnicodeScript.of(c)) {
                case LATIN -> latin++;
                case HAN -> han++;
                case HIRAGANA, KATAKANA -> kana++;
                case HANGUL -> hangul++;
                default -> { }
            }
        }
        long cjk = han + kana + hangul;
        if (cjk + latin == 0) {
            return Labels.DEFAULT_LANGUAGE;
        }
        // A Han character is a word; an English word is about five letters: a tenth of CJK characters is CJK text.
        if (cjk * 10 < cjk + latin) {
            return "en";
        }
        return kana * 5 > cjk ? "ja" : hangul * 2 > cjk ? "ko" : "zh-CN";
    }
}
