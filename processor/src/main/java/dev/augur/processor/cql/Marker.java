package dev.augur.processor.cql;

/**
 * A bind marker found in a CQL statement.
 *
 * @param name the marker's name as written ({@code id}, or {@code "userId"} quoted); null for a
 *     positional marker {@code ?}
 * @param offset where the marker starts in the statement
 */
public record Marker(String name, int offset) {
  public boolean isPositional() {
    return name == null;
  }
}
