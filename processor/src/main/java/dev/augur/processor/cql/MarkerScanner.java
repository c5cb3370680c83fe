package dev.augur.processor.cql;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the bind markers of a CQL statement, skipping what only looks like one: string literals
 * ({@code '...'} and {@code $$...$$}), quoted identifiers, and comments ({@code --}, {@code //},
 * {@code /* *}{@code /}). A full parser comes with the compile-time CQL checks; markers are all the
 * binding rules need.
 */
public final class MarkerScanner {

  /** The result: markers in order, or the reason the statement could not be scanned. */
  public record Scan(List<Marker> markers, String syntaxError) {}

  private MarkerScanner() {}

  public static Scan scan(String cql) {
    List<Marker> markers = new ArrayList<>();
    int i = 0;
    int n = cql.length();
    while (i < n) {
      char c = cql.charAt(i);
      if (c == '\'') {
        int end = skipQuoted(cql, i, '\'');
        if (end < 0) {
          return new Scan(markers, "the string literal at offset " + i + " is not closed");
        }
        i = end;
      } else if (c == '"') {
        int end = skipQuoted(cql, i, '"');
        if (end < 0) {
          return new Scan(markers, "the quoted identifier at offset " + i + " is not closed");
        }
        i = end;
      } else if (c == '$' && cql.startsWith("$$", i)) {
        int end = cql.indexOf("$$", i + 2);
        if (end < 0) {
          return new Scan(markers, "the $$ string at offset " + i + " is not closed");
        }
        i = end + 2;
      } else if ((c == '-' && cql.startsWith("--", i)) || (c == '/' && cql.startsWith("//", i))) {
        int end = cql.indexOf('\n', i);
        i = end < 0 ? n : end + 1;
      } else if (c == '/' && cql.startsWith("/*", i)) {
        int end = cql.indexOf("*/", i + 2);
        if (end < 0) {
          return new Scan(markers, "the comment at offset " + i + " is not closed");
        }
        i = end + 2;
      } else if (c == '?') {
        markers.add(new Marker(null, i));
        i++;
      } else if (c == ':' && i + 1 < n && startsIdentifier(cql.charAt(i + 1))) {
        int start = i + 1;
        int end;
        if (cql.charAt(start) == '"') {
          end = skipQuoted(cql, start, '"');
          if (end < 0) {
            return new Scan(markers, "the quoted marker name at offset " + i + " is not closed");
          }
        } else {
          end = start;
          while (end < n && isIdentifierPart(cql.charAt(end))) {
            end++;
          }
        }
        markers.add(new Marker(cql.substring(start, end), i));
        i = end;
      } else {
        i++;
      }
    }
    return new Scan(markers, null);
  }

  /** The index just past the closing quote, where a doubled quote is an escaped one; -1 if open. */
  private static int skipQuoted(String cql, int open, char quote) {
    int i = open + 1;
    while (i < cql.length()) {
      if (cql.charAt(i) == quote) {
        if (i + 1 < cql.length() && cql.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return -1;
  }

  private static boolean startsIdentifier(char c) {
    return c == '"' || c == '_' || (c < 128 && Character.isLetter(c));
  }

  private static boolean isIdentifierPart(char c) {
    return c == '_' || (c < 128 && Character.isLetterOrDigit(c));
  }
}
