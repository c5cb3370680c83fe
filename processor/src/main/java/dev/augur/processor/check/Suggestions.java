package dev.augur.processor.check;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean ...?" for misspelt names: the closest known name by edit distance. */
public final class Suggestions {
  private Suggestions() {}

  /** {@code " (did you mean x?)"} when a known name is close to {@code name}, else empty. */
  public static String didYouMean(String name, Collection<String> known) {
    String best = closest(name, known);
    return best == null ? "" : " (did you mean " + best + "?)";
  }

  /** The known name closest to {@code name}, if one is close enough to be a likely typo. */
  public static String closest(String name, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String lower = name.toLowerCase(Locale.ROOT);
    for (String candidate : known) {
      int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    int allowed = Math.max(2, name.length() / 3);
    return bestDistance <= allowed ? best : null;
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
