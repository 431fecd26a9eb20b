package dev.bookbuilder.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One "Markdown . expected XHTML" example of a spec file, in flexmark's spec-file style. */
record SpecExample(String name, String markdown, String expected) {
    private static final String FENCE = "````````````````````````````````";

    @Override
    public String toString() {
        return name;
    }

    static List<SpecExample> load(Path spec) throws IOException {
        List<SpecExample> out = new ArrayList<>();
        String section = spec.getFileName().toString();
        List<String> lines = Files.readAllLines(spec);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("## ")) {
                section = line.substring(3).strip();
            } else if (line.startsWith(FENCE + " example")) {
                StringBuilder md = new StringBuilder();
                StringBuilder html = new StringBuilder();
                StringBuilder target = md;
                for (i++; !lines.get(i).startsWith(FENCE); i++) {
                    if (lines.get(i).equals(".") && target == md) {
                        target = html;
                    } else {
                        target.append(lines.get(i)).append('\n');
                    }
                }
                out.add(new SpecExample(spec.getFileName() + ": " + section, md.toString(), html.toString().strip()));
            }
        }
        return out;
    }
}
