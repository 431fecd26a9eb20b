package dev.bookbuilder.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Tag;

/** Every ```python block in chapters/ compiles (python3 -m py_compile); skipped where python3 is absent. */
@Tag("content")
class PythonBlocksCompileTest {

    @Test
    void everyPythonBlockCompiles(@TempDir Path dir) throws IOException, InterruptedException {
        assumeTrue(python3Available(), "python3 is not installed: the Python code blocks were not compiled");
        List<CourseText.Block> blocks = new ArrayList<>();
        for (Path f : CourseText.questionFiles()) {
            blocks.addAll(CourseText.pythonBlocks(f));
        }
        List<String> args = new ArrayList<>(List.of("python3", "-m", "py_compile"));
        for (int i = 0; i < blocks.size(); i++) {
            Path p = dir.resolve("block" + i + ".py");
            Files.writeString(p, blocks.get(i).code());
            args.add(p.toString());
        }
        Process proc = new ProcessBuilder(args).redirectErrorStream(true).start();
        String output = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        proc.waitFor(60, TimeUnit.SECONDS);
        // Name the Markdown file and line of each failing block, not the temporary file.
        for (int i = 0; i < blocks.size(); i++) {
            CourseText.Block b = blocks.get(i);
            output = output.replace(dir.resolve("block" + i + ".py").toString(), b.file() + " (block at line " + b.line() + ")");
        }
        assertEquals(0, proc.exitValue(), output);
        System.out.println(blocks.size() + " python blocks compile");
    }

    private static boolean python3Available() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
