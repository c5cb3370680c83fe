package dev.augur.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Creates and deletes the temporary work directories of forked nodes. */
final class WorkDirectories {

  private WorkDirectories() {}

  static Path createTemporary() {
    try {
      return Files.createTempDirectory("augur-cassandra-");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create a temporary work directory", e);
    }
  }

  /** Deletes a directory tree; best effort, since a dead node can leave nothing locked. */
  static void delete(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths
          .sorted(Comparator.reverseOrder())
          .forEach(
              path -> {
                try {
                  Files.deleteIfExists(path);
                } catch (IOException e) {
                  // Left behind in the temporary directory; not worth failing a test for.
                }
              });
    } catch (IOException | UncheckedIOException e) {
      // As above.
    }
  }
}
