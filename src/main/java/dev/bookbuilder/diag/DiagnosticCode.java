package dev.bookbuilder.diag;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every diagnostic the builder can give: a stable code, its severity and what it means, in one
 * place, as EPUBCheck's MessageId. docs/format.md's table is tested against this list, and every
 * code has a fixture book under src/test/resources/bad/ that triggers it.
 */
public enum DiagnosticCode {
    YAML_SYNTAX(Severity.ERROR, "a YAML block (book.yml or front matter) does not parse"),
    WRONG_TYPE(Severity.ERROR, "a value has the wrong shape (a text where a list is expected, ...)"),
    MISSING_FIELD(Severity.ERROR, "a required field is missing or empty, or a file has no front matter"),
    BAD_ID(Severity.ERROR, "an id is not lower-case letters, digits and hyphens"),
    DUPLICATE_ID(Severity.ERROR, "two pages, editions or clusters share an id"),
    UNKNOWN_CLUSTER(Severity.ERROR, "an edition names a cluster that `clusters:` does not list"),
    UNKNOWN_EDITION(Severity.ERROR, "`--edition` names an edition book.yml does not define"),
    MISSING_FILE(Severity.ERROR, "a file or cluster folder named in book.yml, or a cluster's cluster.md, does not exist"),
    BROKEN_LINK(Severity.ERROR, "a relative link points at a file that does not exist, or outside the source folder"),
    UNSAFE_LINK(Severity.WARNING, "a link to a scheme other than http, https or mailto (javascript:, data:, file:), dropped"),
    BAD_URL(Severity.WARNING, "a web address no reader can open (http: without //, no host): the text stays, without the link"),
    FILE_LINK(Severity.WARNING, "a link to a file of the book that is not a page, with no repository to point it at"),
    MISSING_ANCHOR(Severity.ERROR, "a link's #anchor names no heading or caption of its target"),
    EMPTY_INDEX_TERM(Severity.ERROR, "an index term has no text"),
    MISSING_ALT(Severity.ERROR, "an image, diagram or chart has no text alternative"),
    MISSING_IMAGE(Severity.ERROR, "an image file does not exist"),
    IMAGE_TYPE(Severity.ERROR, "an image's content is not what its file name says (a JPEG named .png)"),
    BAD_IMAGE(Severity.ERROR, "an image file is empty, truncated, corrupt, not an image, or larger than the pixel limit"),
    UNSAFE_SVG(Severity.WARNING, "an SVG image held script, event handlers, foreignObject, a DOCTYPE or external references, dropped"),
    UNSAFE_CSS(Severity.WARNING, "a stylesheet's @import or url() would leave the book; the rule or declaration is dropped"),
    RESERVED_ID(Severity.ERROR, "a page id is one the package uses for its own files (nav, css, ncx, ...)"),
    BAD_CHARACTER(Severity.WARNING, "a character XML does not allow (a control character), dropped"),
    HTML_MISSING_ALT(Severity.WARNING, "an image in raw HTML has no alt text"),
    IMAGE_NO_ALT(Severity.WARNING, "a Markdown image has no alt text: kept as decorative (alt=\"\")"),
    WEBP_IMAGE(Severity.WARNING, "a WebP image: in the EPUB, but the PDF cannot draw it"),
    REMOTE_IMAGE(Severity.ERROR, "an image is a remote URL"),
    IMAGE_OUTSIDE(Severity.ERROR, "an image lies outside the source folder"),
    UNREADABLE(Severity.ERROR, "a file cannot be read, or is not a plain file"),
    OUTSIDE_SOURCE(Severity.ERROR, "a file, image or cluster leads outside the book's folder (a symbolic link, ../)"),
    BAD_ENCODING(Severity.ERROR, "a file is not UTF-8"),
    UNSAFE_HTML(Severity.WARNING, "raw HTML outside the safe set, which is dropped"),
    BAD_VALUE(Severity.ERROR, "a value is of the right type but not allowed (an unknown page size)"),
    NO_CJK_FONT(Severity.WARNING, "no Chinese font was found for the PDF"),
    FONT_NOT_FOUND(Severity.WARNING, "a family or file named in pdf.fonts is not on the machine"),
    FONT_LACKS_GLYPHS(Severity.WARNING, "a font named in pdf.fonts has no glyph for characters the book sets in it"),
    MISSING_GLYPH(Severity.WARNING, "no font, fallbacks included, has a glyph for a character"),
    UNUSED_TERM(Severity.WARNING, "a glossary term whose spellings never occur in a question"),
    TERM_SPELLING(Severity.WARNING, "one index term written in two letter cases"),
    DUPLICATE_TERM(Severity.WARNING, "a spelling that two glossary entries claim"),
    UNKNOWN_CITATION(Severity.ERROR, "a citation key is not in references.bib"),
    BIB_SYNTAX(Severity.ERROR, "references.bib has an entry without its closing brace"),
    DUPLICATE_KEY(Severity.WARNING, "references.bib defines a key twice"),
    BAD_MATH(Severity.WARNING, "a formula does not parse; it is shown as its LaTeX source"),
    BAD_DIAGRAM(Severity.WARNING, "a PlantUML block does not parse or draw; it is shown as its source"),
    BAD_CHART(Severity.WARNING, "a chart block is not valid chart YAML; it is shown as its source"),
    FIGURE_TIMEOUT(Severity.WARNING, "a diagram or chart took too long to draw; it is shown as its source"),
    UNKNOWN_LANGUAGE(Severity.WARNING, "a code fence's language has no highlighter"),
    UNKNOWN_FIELD(Severity.WARNING, "a front matter, book.yml or chart field the format does not define"),
    UNNUMBERED_FILE(Severity.WARNING, "a .md file in a cluster folder that is not NN-name.md"),
    UNKNOWN_CALLOUT(Severity.WARNING, "a quote opens with [!NAME] for a kind of callout that does not exist; it stays a quote"),
    UNUSED_IMAGE(Severity.WARNING, "an image file in the source folder that no page shows (`book check` only)"),
    UNREFERENCED_CAPTION(Severity.WARNING, "a figure or table given an id that no link refers to (`book check` only)"),
    EPUBCHECK(Severity.ERROR, "EPUBCheck finds a problem in a built EPUB (`book check` only; a builder bug: please report it)"),
    TOO_DEEP(Severity.ERROR, "Markdown nested past the builder's limits (block quotes and lists, a run of emphasis marks)"),
    MATH_LIMIT(Severity.WARNING, "a formula nests too deeply, is too long, expands its macros without end or draws too slowly; it is shown as its source"),
    IMAGE_SYNTAX(Severity.ERROR, "an ![alt] the parser cannot take as an image (an unclosed <path>, a reference that is not defined)");

    private static final Map<String, DiagnosticCode> BY_ID = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(DiagnosticCode::id, Function.identity()));

    private final Severity severity;
    private final String explanation;

    DiagnosticCode(Severity severity, String explanation) {
        this.severity = severity;
        this.explanation = explanation;
    }

    /** The code as printed and documented: {@code broken-link}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public Severity severity() {
        return severity;
    }

    public String explanation() {
        return explanation;
    }

    /** The code with this id; an id the catalogue lacks is a bug in the builder, not in the book. */
    public static DiagnosticCode of(String id) {
        DiagnosticCode c = BY_ID.get(id);
        if (c == null) {
            throw new IllegalArgumentException("diagnostic code `" + id + "` is not in DiagnosticCode");
        }
        return c;
    }
}
