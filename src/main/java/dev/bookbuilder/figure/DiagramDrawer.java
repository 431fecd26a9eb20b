package dev.bookbuilder.figure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import net.sourceforge.plantuml.core.Diagram;
import net.sourceforge.plantuml.error.PSystemError;

/**
 * PlantUML source to SVG, with PlantUML as a library: its own layout engine (Smetana, never an
 * external Graphviz), its sandbox security profile (no file, URL or environment access), and the
 * house skin ahead of the author's lines.
 */
final class DiagramDrawer {
    static {
        // Before PlantUML reads it: no !include of files or URLs, no %getenv.
        System.setProperty("PLANTUML_SECURITY_PROFILE", "SANDBOX");
        pinJdkTransformer();
    }

    private DiagramDrawer() {
    }

    /** The drawing, or the problem with the line of the block it is on (1-based, 0 when unknown). */
    record Result(String svg, String problem, int line) {
        boolean ok() {
            return svg != null;
        }
    }

    static Result draw(String source, FigureStyle style, FigureFont font) {
        String body = source.strip();
        if (!body.startsWith("@start")) {
            body = "@startuml\n" + body + "\n@enduml";
        }
        int firstLineBreak = body.indexOf('\n');
        if (firstLineBreak < 0) {
            return new Result(null, "the diagram is empty", 1);
        }
        String header = style.plantUmlHeader(font);
        int added = (int) header.chars().filter(c -> c == '\n').count();
        String text = body.substring(0, firstLineBreak + 1) + header + body.substring(firstLineBreak + 1);
        int offset = source.strip().startsWith("@start") ? 0 : -1; // our own @startuml is not the author's line
        try {
            SourceStringReader reader = new SourceStringReader(text);
            if (reader.getBlocks().isEmpty()) {
                return new Result(null, "no @startuml … @enduml block", 1);
            }
            Diagram diagram = reader.getBlocks().get(0).getDiagram();
            if (diagram instanceof PSystemError error) {
                int at = error.getLineLocation() == null ? 0 : error.getLineLocation().getPosition();
                int line = at > added ? at - added + 1 + offset : 1;
                String message = error.getFirstError() == null ? "syntax error" : error.getFirstError().getError();
                return new Result(null, message, Math.max(1, line));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            reader.outputImage(out, new FileFormatOption(FileFormat.SVG));
            String svg = out.toString(StandardCharsets.UTF_8);
            if (svg.contains("An error has occured")) {
                return new Result(null, "PlantUML could not draw this diagram", 1);
            }
            return new Result(SvgOutlines.outline(svg, font), null, 0);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return new Result(null, "PlantUML failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), 1);
        }
    }

    /**
     * PlantUML takes its XML transformer from JAXP once. On a class path that also holds Saxon (EPUBCheck
     * brings it), Saxon would win and refuses non-ASCII comments in PlantUML's us-ascii output: pin the
     * JDK's own transformer for PlantUML's lifetime, then put the JAXP setting back.
     */
    private static void pinJdkTransformer() {
        String key = "javax.xml.transform.TransformerFactory";
        String before = System.getProperty(key);
        System.setProperty(key, "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");
        try {
            net.sourceforge.plantuml.xml.XmlFactories.newTransformer();
        } catch (javax.xml.transform.TransformerConfigurationException | RuntimeException e) {
            // PlantUML will report its own failure on first use
        } finally {
            if (before == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, before);
            }
        }
    }
}
