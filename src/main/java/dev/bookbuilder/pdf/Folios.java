package dev.bookbuilder.pdf;

/**
 * The printed page numbers: pages before the body in lower-case Roman numerals counted from the
 * title page (i, ii, …), the body from 1. The contents, the index, the cross-references and the
 * PDF's page labels all take their numbers from here.
 *
 * @param bodyStart the physical page (1-based) on which the body's page 1 stands
 */
record Folios(int bodyStart) {

    /** The folio printed on a physical page (1-based). */
    String of(int physicalPage) {
        return physicalPage < bodyStart ? PrintIndex.roman(physicalPage) : Integer.toString(physicalPage - bodyStart + 1);
    }
}
