package org.practiceworkbook.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Another copy of the program for process tests: a JVM on this test's class path running one main class, its output
 * read a line at a time. Always closed in a finally block (or try-with-resources): a stray JVM would hold the
 * workbook's file lock and the build's cores.
 */
public final class ChildProcess implements AutoCloseable {

    private final Process process;
    private final PrintWriter input;
    private final List<String> lines = new ArrayList<>();
    /** Its output, read as it comes so a chatty child never stalls on a full pipe; END once it has ended. */
    private final BlockingQueue<String> output = new LinkedBlockingQueue<>();

    private ChildProcess(Process process) {
        this.process = process;
        this.input = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        var reader = new Thread(() -> {
            try (var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    output.add(line);
                }
            } catch (IOException e) {
                // the process was killed mid-line: what was read is all there is
            } finally {
                output.add(END);
            }
        }, "child-output");
        reader.setDaemon(true);
        reader.start();
    }

    private static final String END = new String("end of output");

    /** @param dataFolder where the child keeps its settings and logs (XDG_DATA_HOME), never the real data folder */
    public static ChildProcess start(Path dataFolder, Class<?> main, String... args) throws IOException {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("XDG_DATA_HOME", dataFolder.toString());
        return new ChildProcess(builder.start());
    }

    /** Reads output until a line matches; returns it, or null when the process ended first. */
    public String readUntil(Predicate<String> wanted) throws InterruptedException {
        String line;
        while ((line = output.poll(60, TimeUnit.SECONDS)) != null && line != END) {
            lines.add(line);
            if (wanted.test(line)) {
                return line;
            }
        }
        if (line == END) {
            output.add(END);   // for the next reader
        }
        return null;
    }

    /** Everything it printed until it ended. */
    public List<String> readToEnd() throws InterruptedException {
        readUntil(line -> false);
        return lines;
    }

    public void tell(String line) {
        input.println(line);
    }

    /** Kills it as the task manager or a crash would: no shutdown hooks, no clean close of the workbook. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
