package dev.augur.processor.derived;

import dev.augur.processor.derived.DerivedQuery.Action;
import dev.augur.processor.derived.DerivedQuery.Comparison;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a DAO method's name as a query, in the Spring Data style: a verb ({@code find}, {@code
 * count}, {@code exists}, {@code delete} and their synonyms), an optional {@code First}/{@code Top}
 * limit, {@code By}, conditions joined by {@code And}, each a property of the entity with an
 * optional comparison ({@code GreaterThan}, {@code Between}, {@code In}...), and an optional {@code
 * OrderBy} of properties with {@code Asc}/{@code Desc}. {@code Near} makes a vector property's
 * condition an ANN ordering ({@code findTop10ByEmbeddingNear}). Properties are matched against the
 * entity's, longest first, so a property may contain words such as {@code In} or {@code And}.
 */
public final class DerivedNameParser {
  private static final Pattern NAME =
      Pattern.compile(
          "(find|get|read|query|stream|search|count|exists|delete|remove)"
              + "(?:(First|Top)(\\d*))?(.*?)(?:By([A-Z].*))?");
  private static final Map<String, Comparison> COMPARISONS = new LinkedHashMap<>();
  private static final List<String> UNSUPPORTED =
      List.of(
          "IsNotNull",
          "IsNull",
          "NotNull",
          "Null",
          "NotIn",
          "NotLike",
          "Like",
          "IsNot",
          "Not",
          "StartingWith",
          "EndingWith",
          "IgnoreCase",
          "Regex",
          "True",
          "False",
          "Exists");

  static {
    COMPARISONS.put("GreaterThanEqual", Comparison.GREATER_THAN_EQUAL);
    COMPARISONS.put("GreaterThan", Comparison.GREATER_THAN);
    COMPARISONS.put("LessThanEqual", Comparison.LESS_THAN_EQUAL);
    COMPARISONS.put("LessThan", Comparison.LESS_THAN);
    COMPARISONS.put("After", Comparison.GREATER_THAN);
    COMPARISONS.put("Before", Comparison.LESS_THAN);
    COMPARISONS.put("Between", Comparison.BETWEEN);
    COMPARISONS.put("ContainingKey", Comparison.CONTAINS_KEY);
    COMPARISONS.put("ContainsKey", Comparison.CONTAINS_KEY);
    COMPARISONS.put("Containing", Comparison.CONTAINS);
    COMPARISONS.put("Contains", Comparison.CONTAINS);
    COMPARISONS.put("Equals", Comparison.EQUALS);
    COMPARISONS.put("Is", Comparison.EQUALS);
    COMPARISONS.put("In", Comparison.IN);
    COMPARISONS.put("Near", Comparison.NEAR);
  }

  /** A name that does not read as a query; {@link #property} is set when a property is unknown. */
  public static final class InvalidNameException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String property;

    InvalidNameException(String message, String property) {
      super(message);
      this.property = property;
    }

    /** The unknown property as written in the name (capitalized), or null. */
    public String property() {
      return property;
    }
  }

  private final List<String> properties;

  /** A parser for names over the entity's {@code properties} (Java field names). */
  public DerivedNameParser(List<String> properties) {
    this.properties =
        properties.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
  }

  /** Whether {@code name} starts like a derived query, so that it is read as one. */
  public static boolean looksDerived(String name) {
    Matcher matcher = NAME.matcher(name);
    return matcher.matches() && (matcher.group(5) != null || matcher.group(4).startsWith("All"));
  }

  public DerivedQuery parse(String name) throws InvalidNameException {
    Matcher matcher = NAME.matcher(name);
    if (!matcher.matches()) {
      throw new InvalidNameException("it does not start with find, count, exists or delete", null);
    }
    Action action = action(matcher.group(1));
    int limit = 0;
    if (matcher.group(2) != null) {
      if (action != Action.FIND) {
        throw new InvalidNameException(matcher.group(2) + " limits only find queries", null);
      }
      limit = matcher.group(3).isEmpty() ? 1 : Integer.parseInt(matcher.group(3));
      if (limit <= 0) {
        throw new InvalidNameException(
            matcher.group(2) + matcher.group(3) + " limits to no rows", null);
      }
    }
    String subject = matcher.group(4);
    if (subject.contains("Distinct")) {
      throw new InvalidNameException("Distinct is not supported", null);
    }
    String predicate = matcher.group(5);
    if (predicate == null) {
      if (!subject.startsWith("All")) {
        throw new InvalidNameException("it has no By followed by the properties to query by", null);
      }
      return new DerivedQuery(action, limit, List.of(), orderings(subject.substring(3)));
    }
    int orderBy = orderByIndex(predicate);
    List<DerivedQuery.Ordering> orderings =
        orderBy < 0 ? List.of() : orderings(predicate.substring(orderBy));
    String conditions = orderBy < 0 ? predicate : predicate.substring(0, orderBy);
    if (orderings.size() > 0 && action != Action.FIND) {
      throw new InvalidNameException("OrderBy orders only find queries", null);
    }
    List<DerivedQuery.Condition> parsed = conditions(conditions);
    long near = parsed.stream().filter(c -> c.comparison() == Comparison.NEAR).count();
    if (near > 0 && action != Action.FIND) {
      throw new InvalidNameException("Near orders only find queries", null);
    }
    if (near > 1) {
      throw new InvalidNameException(
          "it has Near twice, and Cassandra orders by the ANN of one vector only", null);
    }
    return new DerivedQuery(action, limit, parsed, orderings);
  }

  private static Action action(String verb) {
    return switch (verb) {
      case "count" -> Action.COUNT;
      case "exists" -> Action.EXISTS;
      case "delete", "remove" -> Action.DELETE;
      default -> Action.FIND;
    };
  }

  /** Where {@code OrderBy} starts, if what follows it reads as orderings; -1 otherwise. */
  private int orderByIndex(String predicate) {
    int from = 0;
    while (true) {
      int index = predicate.indexOf("OrderBy", from);
      if (index < 0) {
        return -1;
      }
      try {
        orderings(predicate.substring(index));
        return index;
      } catch (InvalidNameException e) {
        from = index + 1;
      }
    }
  }

  private List<DerivedQuery.Condition> conditions(String text) throws InvalidNameException {
    List<DerivedQuery.Condition> conditions = new ArrayList<>();
    String rest = text;
    while (true) {
      String property = property(rest, true);
      rest = rest.substring(capitalized(property).length());
      Comparison comparison = Comparison.EQUALS;
      for (Map.Entry<String, Comparison> keyword : COMPARISONS.entrySet()) {
        if (rest.startsWith(keyword.getKey())
            && endsCondition(rest.substring(keyword.getKey().length()))) {
          comparison = keyword.getValue();
          rest = rest.substring(keyword.getKey().length());
          break;
        }
      }
      conditions.add(new DerivedQuery.Condition(property, comparison));
      if (rest.isEmpty()) {
        return conditions;
      }
      if (startsWord(rest, "Or")) {
        throw new InvalidNameException(
            "Or is not supported: CQL has no OR; write one method per alternative", null);
      }
      if (!startsWord(rest, "And")) {
        String unsupported = UNSUPPORTED.stream().filter(rest::startsWith).findFirst().orElse(null);
        throw new InvalidNameException(
            unsupported != null
                ? unsupported
                    + " is not a comparison Cassandra supports here; use =, GreaterThan, LessThan,"
                    + " Between, In or Containing"
                : "after "
                    + capitalized(property)
                    + " comes "
                    + rest
                    + ", which is neither a comparison nor And",
            null);
      }
      rest = rest.substring(3);
    }
  }

  private List<DerivedQuery.Ordering> orderings(String text) throws InvalidNameException {
    if (text.isEmpty()) {
      return List.of();
    }
    if (!text.startsWith("OrderBy")) {
      throw new InvalidNameException("after All comes " + text + "; only OrderBy may follow", null);
    }
    List<DerivedQuery.Ordering> orderings = new ArrayList<>();
    String rest = text.substring("OrderBy".length());
    while (!rest.isEmpty()) {
      String property = property(rest, false);
      rest = rest.substring(capitalized(property).length());
      boolean descending = rest.startsWith("Desc");
      if (descending || rest.startsWith("Asc")) {
        rest = rest.substring(descending ? 4 : 3);
      }
      orderings.add(new DerivedQuery.Ordering(property, descending));
    }
    if (orderings.isEmpty()) {
      throw new InvalidNameException("OrderBy names no property", null);
    }
    return orderings;
  }

  /** The longest property {@code text} starts with, followed by what may follow a property. */
  private String property(String text, boolean condition) throws InvalidNameException {
    for (String property : properties) {
      String written = capitalized(property);
      if (text.startsWith(written)
          && (!condition || followsProperty(text.substring(written.length())))) {
        return property;
      }
    }
    throw new InvalidNameException("unknown property", unknownProperty(text));
  }

  private boolean followsProperty(String rest) {
    if (endsCondition(rest)) {
      return true;
    }
    for (String keyword : COMPARISONS.keySet()) {
      if (rest.startsWith(keyword) && endsCondition(rest.substring(keyword.length()))) {
        return true;
      }
    }
    return UNSUPPORTED.stream().anyMatch(rest::startsWith);
  }

  private static boolean endsCondition(String rest) {
    return rest.isEmpty() || startsWord(rest, "And") || startsWord(rest, "Or");
  }

  /** The unknown property at the start of {@code text}: up to And, Or or a comparison. */
  private static String unknownProperty(String text) {
    for (int i = 1; i < text.length(); i++) {
      String rest = text.substring(i);
      if (Character.isUpperCase(text.charAt(i))
          && (startsWord(rest, "And")
              || startsWord(rest, "Or")
              || COMPARISONS.keySet().stream()
                  .anyMatch(
                      k -> rest.startsWith(k) && endsCondition(rest.substring(k.length()))))) {
        return text.substring(0, i);
      }
    }
    return text;
  }

  private static boolean startsWord(String text, String word) {
    return text.startsWith(word)
        && text.length() > word.length()
        && Character.isUpperCase(text.charAt(word.length()));
  }

  static String capitalized(String property) {
    return Character.toUpperCase(property.charAt(0)) + property.substring(1);
  }
}
