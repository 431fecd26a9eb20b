package dev.bookbuilder.source;

/**
 * Splits a Markdown file into its YAML front matter (between two {@code ---} lines at the
 * very top) and its body, keeping track of the line on which each starts.
 *
 * @param yaml      the front matter text, or null when the file has none
 * @param yamlLine  file line (1-based) of the first front matter line
 * @param body      the Markdown after the front matter
 * @param bodyLine  file line (1-based) of the first body line
 */
public record FrontMatter(String yaml, int yamlLine, String body, int bodyLine) {

    /** True when the file opens a front matter block with {@code ---} and never closes it. */
    public static boolean unclosed(String text) {
        String t = (text.startsWith("\uFEFF") ? text.substring(1) : text).replace("\r\n", "\n");
        if (!(t.startsWith("---\n") || t.equals("---"))) {
            return false;
        }
        return t.substring(Math.min(4, t.length())).lines().noneMatch(l -> l.strip().equals("---") || l.strip().equals("..."));
    }

    public static FrontMatter split(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        t = t.replace("\r\n", "\n");
        if (!(t.startsWith("---\n") || t.equals("---"))) {
            return new FrontMatter(null, 1, t, 1);
        }
        int pos = 4;
        int line = 2;
        while (pos <= t.length()) {
            int end = t.indexOf('\n', pos);
            String l = end < 0 ? t.substring(pos) : t.substring(pos, end);
            if (l.strip().equals("---") || l.strip().equals("...")) {
                String yaml = t.substring(4, pos);
                String body = end < 0 ? "" : t.substring(end + 1);
                return new FrontMatter(yaml, 2, body, line + 1);
            }
            if (end < 0) {
                break;
            }
            pos = end + 1;
            line++;
        }
        // An opening fence that never closes: treat all of it as front matter, so YAML reports it.
        return new FrontMatter(t.substring(Math.min(4, t.length())), 2, "", line);
    }
}
