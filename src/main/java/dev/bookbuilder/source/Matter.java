package dev.bookbuilder.source;

/** A front or back matter page (preface, FAQ, ...). */
public record Matter(String id, String title, String shortTitle, SourceText text) implements PageSource {
}
