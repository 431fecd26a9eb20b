package dev.bookbuilder.config;

/** Print settings from book.yml's {@code pdf:} mapping. */
public record PdfConfig(String page, boolean duplex) {
    public static final PdfConfig DEFAULT = new PdfConfig("a4", true);
}
