package dev.augur.testkit;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Reads the last lines of a log file without loading a large file whole. */
final class LogTail {

  /** Enough bytes for ~60 long lines; older output is not worth reading. */
  private static final int MAX_BYTES = 64 * 1024;

  private LogTail() {}

  /**
   * The last {@code lines} lines of {@code file}, or an empty list if it does not exist.
   *
   * @param file the log file
   * @param lines how many lines at most
   * @return the lines, oldest first
   */
  static List<String> lastLines(Path file, int lines) {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
      long length = raf.length();
      int size = (int) Math.min(length, MAX_BYTES);
      byte[] bytes = new byte[size];
      raf.seek(length - size);
      raf.readFully(bytes);
      List<String> all = Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\\R"));
      // When the read started mid-file, the first line is probably cut: drop it.
      int from = size < length ? 1 : 0;
      from = Math.max(from, all.size() - lines);
      return all.subList(Math.min(from, all.size()), all.size());
    } catch (IOException e) {
      return List.of("(could not read " + file + ": " + e + ")");
    }
  }

  /**
   * A block for an error message: a header line naming the file, then its last lines indented.
   *
   * @param title what the file is, e.g. "node output"
   * @param file the log file
   * @param lines how many lines at most
   * @return the block, or an empty string if the file is missing or empty
   */
  static String block(String title, Path file, int lines) {
    List<String> tail = lastLines(file, lines);
    if (tail.isEmpty() || tail.stream().allMatch(String::isBlank)) {
      return "";
    }
    StringBuilder block =
        new StringBuilder()
            .append("\n--- last ")
            .append(tail.size())
            .append(" lines of ")
            .append(title)
            .append(" (")
            .append(file)
            .append(") ---\n");
    tail.forEach(line -> block.append("  ").append(line).append('\n'));
    return block.toString();
  }
}
