package dev.augur.processor.differential;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Why Cassandra rejected a statement, as the tags of Augur's messages for the same rule ({@code
 * differential/reasons.txt}): two rejections agree only when they have the same reason, so that a
 * statement Augur rejects for another mistake than Cassandra's does not count as agreement.
 */
final class Reasons {
  private record Rule(Pattern message, Set<String> tags) {}

  private final List<Rule> rules;

  private Reasons(List<Rule> rules) {
    this.rules = rules;
  }

  /** The rules of {@code text}: {@code regex ## TAG TAG...} lines, comments starting with #. */
  static Reasons parse(String text) {
    List<Rule> rules = new ArrayList<>();
    for (String line : text.lines().map(String::strip).toList()) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int separator = line.lastIndexOf(" ## ");
      rules.add(
          new Rule(
              Pattern.compile(line.substring(0, separator).strip()),
              Set.of(line.substring(separator + 4).strip().split("\\s+"))));
    }
    return new Reasons(rules);
  }

  /**
   * The tags of Augur's messages for the rule Cassandra's {@code rejection} ({@code "prepare: ..."}
   * or {@code "execute: ..."}) states, or null when no rule matches it.
   */
  Set<String> tagsFor(String rejection) {
    String message = rejection.replaceFirst("^(prepare|execute): ", "").strip();
    for (Rule rule : rules) {
      if (rule.message().matcher(message).matches()) {
        return rule.tags();
      }
    }
    return null;
  }
}
