package dev.bookbuilder.build;

/** Output formats the builder writes. */
public enum Format {
    EPUB("epub"), PDF("pdf");

    private final String extension;

    Format(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
