package dev.augur.testkit;

import com.datastax.oss.driver.api.core.CqlSession;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Keyspaces for tests: valid names derived from a test class, and creation with SimpleStrategy.
 *
 * <p>Test classes that share one Cassandra should each use their own keyspace, so that their tables
 * cannot collide: {@code Keyspaces.createSimple(session, Keyspaces.nameFor(getClass()))}.
 */
public final class Keyspaces {

  /** Cassandra's limit on keyspace name length. */
  public static final int MAX_NAME_LENGTH = 48;

  /** Unquoted identifiers: a letter, then letters, digits and underscores. */
  private static final Pattern VALID_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,47}");

  private Keyspaces() {}

  /**
   * A keyspace name for a test class: its simple name in lower case, plus a hash of the full name
   * so that same-named classes in different packages differ, e.g. {@code userdaoit_3f2a9c1b}. The
   * same class always gets the same name, so a rerun against an external cluster finds its old
   * keyspace: use {@link #recreateSimple} if that matters.
   *
   * @param testClass the test class
   * @return a valid, unquoted keyspace name of at most {@value #MAX_NAME_LENGTH} characters
   */
  public static String nameFor(Class<?> testClass) {
    String hash = String.format("%08x", testClass.getName().hashCode());
    String base = testClass.getSimpleName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
      base = "ks_" + base;
    }
    int room = MAX_NAME_LENGTH - hash.length() - 1;
    if (base.length() > room) {
      base = base.substring(0, room);
    }
    return base + "_" + hash;
  }

  /**
   * Creates a keyspace with SimpleStrategy and replication factor 1 unless it exists.
   *
   * @param session a session
   * @param name an unquoted keyspace name (letters, digits, underscores; at most 48)
   * @return {@code name}, for chaining
   */
  public static String createSimple(CqlSession session, String name) {
    return createSimple(session, name, 1);
  }

  /**
   * Creates a keyspace with SimpleStrategy unless it exists.
   *
   * @param session a session
   * @param name an unquoted keyspace name (letters, digits, underscores; at most 48)
   * @param replicationFactor replicas per partition, e.g. 3 on a three-node cluster
   * @return {@code name}, for chaining
   */
  public static String createSimple(CqlSession session, String name, int replicationFactor) {
    checkName(name);
    session.execute(
        "CREATE KEYSPACE IF NOT EXISTS "
            + name
            + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': "
            + replicationFactor
            + "}");
    return name;
  }

  /**
   * Drops the keyspace if it exists, then creates it empty with SimpleStrategy, RF 1.
   *
   * @param session a session
   * @param name an unquoted keyspace name
   * @return {@code name}, for chaining
   */
  public static String recreateSimple(CqlSession session, String name) {
    drop(session, name);
    return createSimple(session, name);
  }

  /**
   * Drops the keyspace if it exists.
   *
   * @param session a session
   * @param name an unquoted keyspace name
   */
  public static void drop(CqlSession session, String name) {
    checkName(name);
    session.execute("DROP KEYSPACE IF EXISTS " + name);
  }

  private static void checkName(String name) {
    if (name == null || !VALID_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "Not a valid unquoted keyspace name: '"
              + name
              + "'. Use a letter, then letters, digits or underscores, 48 at most.");
    }
  }
}
